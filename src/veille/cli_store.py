"""The store's commands: ``veille ingest``, ``export``, ``stats`` and ``query``.

Argument parsing and printing only; the work is in ``veille.store`` and ``veille.export``.
``veille.cli`` calls :func:`add_commands` to register them and :func:`run` to run one.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import sys

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
COMMANDS = ("ingest", "export", "stats", "query")

DB_HELP = "the store: a SQLite file (default: $VEILLE_DB or veille.db here) or a postgresql:// URL"

INGEST_HELP = """\
Read articles, extract their records and write them to the store; then merge the reports
that several articles give of one event.

An article is known by its id (file name, JSON Lines "id", feed entry or URL; its text hash
when it has none). Ingesting the same articles again changes nothing; an article whose text
changed replaces its old report and rows. Every article is written in its own transaction:
an interrupted ingest keeps what it wrote, and running it again finishes the job.

Inputs: as for veille extract (text, HTML, JSON Lines, RSS/Atom, gzip, folders, - for stdin).

examples:
  veille ingest dispatches/ --db corpus.db
  cat batch.jsonl | veille ingest - --source AFP
  veille ingest feeds/*.xml --db postgresql://user@host/veille
  veille ingest shards/ --engine ray                      # a local Ray, CPUs-1 model workers
  veille ingest s3://bucket/2024/ --engine ray --address ray://head:10001
      --records s3://bucket/records/2024/ --db postgresql://user@host/veille   # one command

--engine ray (pip install 'veille[ray]') reads sharded JSON Lines and Parquet, extracts in a
pool of Ray workers that each load the model once, writes the records as Parquet parts
(--records), then this process loads them into the store, as one writer. Same records as
the local engine; see docs/scale.md.

exit status: 0 all articles stored, 1 some failed (each named on stderr and kept in the
store's failures table), 2 usage error or store unreachable.
"""

EXPORT_HELP = """\
Write the store's events: merged events (one per real-world event, with the low/best/high
tolls over its sources) as CSV in ACLED's or UCDP GED's columns and codebook values (to load
next to their own files), GeoJSON or Parquet, or the extraction records themselves as JSON
Lines. The ACLED file has every ACLED event (battles, explosions, violence against civilians,
protests, riots, strategic developments); the GED file only fatal organised violence, as GED.
docs/exports.md says which columns are derived how and which stay empty.

examples:
  veille export --format acled-csv --country ML --since 2024-01-01 --out mali.csv
  veille export --format ucdp-csv --out ged.csv
  veille export --format geojson --type ASSAULT > events.geojson
  veille export --format parquet --out events.parquet
  veille export --format jsonl --actor M23 > records.jsonl
"""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def _db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="PATH|URL", help=DB_HELP)


def _filter_args(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("filters")
    g.add_argument("--since", type=_date, metavar="DATE", help="events on or after this day (YYYY-MM-DD)")
    g.add_argument("--until", type=_date, metavar="DATE", help="events on or before this day (YYYY-MM-DD)")
    g.add_argument("--country", help="country: ISO code (ML) or name in English or French (Mali, Soudan)")
    g.add_argument("--type", help="PLOVER type (ASSAULT, PROTEST...) or ACLED event/sub-event type")
    g.add_argument("--actor", help="an acting or targeted actor whose name holds this (any case)")


def add_commands(sub) -> None:
    """Register the store's subcommands on ``veille``'s subparsers."""
    ing = sub.add_parser("ingest", help="extract articles into the store", description=INGEST_HELP,
                         formatter_class=argparse.RawDescriptionHelpFormatter)
    ing.add_argument("paths", nargs="+", metavar="PATH", help="files, folders or - for stdin")
    _db_arg(ing)
    ing.add_argument("--workers", type=int, help="processes for extraction (default: 1); with --engine ray, "
                     "model workers (default and most: the cluster's CPUs minus one, which the reader needs)")
    ing.add_argument("--engine", choices=("local", "ray"), default="local",
                     help="local: this machine, nlp.pipe processes (default); ray: a Ray cluster over "
                          "JSON Lines/Parquet shards, for corpora one machine cannot keep up with")
    ing.add_argument("--address", metavar="ADDR", help="with --engine ray: the cluster to join (ray://head:10001, "
                     "or auto inside the cluster; default: start a private local Ray on this machine's CPUs)")
    ing.add_argument("--records", metavar="DIR|URI", help="with --engine ray: an empty folder for the Parquet "
                     "records the workers write (default: a temporary one, deleted once loaded; with --address, "
                     "required, and reachable by the cluster and this machine: s3://..., a shared folder)")
    ing.add_argument("--published", type=_date, help="publication date for inputs that give none")
    ing.add_argument("--source", help="publisher for inputs that name none (e.g. AFP)")
    ing.add_argument("--lang", default="fr", help="article language (default: fr)")
    ing.add_argument("--model", help="spaCy model name (default: fr_core_news_md)")
    ing.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")

    ex = sub.add_parser("export", help="write events as ACLED or UCDP GED CSV, GeoJSON, Parquet, or records as JSONL",
                        description=EXPORT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    from veille.export import FORMATS
    ex.add_argument("--format", required=True, choices=FORMATS)
    ex.add_argument("--out", metavar="FILE", help="write here (default: stdout)")
    _db_arg(ex)
    _filter_args(ex)

    st = sub.add_parser("stats", help="what the store holds", description="Counts of articles, reports, "
                        "events and merged events, and the failures with their reasons.")
    _db_arg(st)
    st.add_argument("--json", action="store_true", help="print JSON")

    q = sub.add_parser("query", help="list events as a table",
                       description="List merged events (or, with --reports, each article's events) as a table.")
    _db_arg(q)
    _filter_args(q)
    q.add_argument("--reports", action="store_true", help="each article's events instead of merged events")
    q.add_argument("--limit", type=int, default=50, help="at most this many rows (default: 50; 0: all)")


def run(args) -> int:
    from veille.store import StoreError

    try:
        return {"ingest": cmd_ingest, "export": cmd_export, "stats": cmd_stats, "query": cmd_query}[args.command](args)
    except StoreError as exc:
        print(f"veille {args.command}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK


def _filters(args):
    from veille.store import Filters
    return Filters(since=args.since, until=args.until, country=args.country, type=args.type, actor=args.actor)


def cmd_ingest(args) -> int:
    from veille.extract import ExtractionError
    from veille.nlp.pipeline import ModelMissing
    from veille import store

    if args.workers is not None and args.workers < 1:
        print("veille ingest: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    if args.engine != "ray" and (args.address or args.records):
        print("veille ingest: --address and --records go with --engine ray", file=sys.stderr)
        return EXIT_USAGE
    progress = not args.no_progress

    def report(failure) -> None:
        line = f"veille: {failure}"
        if progress:
            from tqdm import tqdm
            tqdm.write(line, file=sys.stderr)
        else:
            print(line, file=sys.stderr)

    published = args.published and args.published.isoformat()
    db = store.open(args.db)
    try:
        if args.engine == "ray":
            from veille.scale import ray_engine
            try:
                res = ray_engine.ingest(args.paths, db, address=args.address, workers=args.workers,
                                        records=args.records, lang=args.lang, model=args.model, published=published,
                                        source=args.source, progress=progress, on_failure=report)
            except (ray_engine.RayMissing, ray_engine.EngineError) as exc:
                print(f"veille ingest: {exc}", file=sys.stderr)
                return EXIT_USAGE
        else:
            res = store.ingest(args.paths, db, workers=args.workers or 1, lang=args.lang, model=args.model,
                               progress=progress, on_failure=report, published=published, source=args.source)
    except (ExtractionError, ModelMissing) as exc:
        print(f"veille ingest: {exc}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        db.close()
    rate = res.articles / res.seconds if res.seconds else 0.0
    print(f"veille ingest: {res.articles} article(s): {res.added} new, {res.replaced} replaced, "
          f"{res.unchanged} unchanged; {res.failed} failed; {res.merged.written} merged event(s) written; "
          f"{res.seconds:.1f} s ({rate:.1f} articles/s)", file=sys.stderr)
    return EXIT_FAILED if res.failures else EXIT_OK


def cmd_export(args) -> int:
    from veille import store
    from veille.export import export

    try:
        filters = _filters(args)
    except ValueError as exc:
        print(f"veille export: {exc}", file=sys.stderr)
        return EXIT_USAGE
    with store.open(args.db, readonly=True) as db:
        try:
            n = export(db, args.format, args.out, filters)
        except ValueError as exc:
            print(f"veille export: {exc}", file=sys.stderr)
            return EXIT_USAGE
    if args.out:
        print(f"veille export: {n} row(s) to {args.out}", file=sys.stderr)
    return EXIT_OK


def cmd_stats(args) -> int:
    from veille import store

    from veille.store.query import summary

    with store.open(args.db, readonly=True) as db:
        s = summary(db)
    if args.json:
        print(json.dumps(s, ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"store           {s['store']} (schema {s['schema']})")
    print(f"articles        {s['articles']}")
    print(f"reports         {s['reports']}")
    print(f"events          {s['events']} ({s['merged_reports']} of them in merged events)")
    print(f"merged events   {s['merged_events']} ({s['merged_events_with_several_sources']} from several sources"
          + (f"; {s['first_day']} to {s['last_day']})" if s["first_day"] else ")"))
    if s["pending_merge"]:
        print(f"pending merge   {s['pending_merge']} article(s) (the next veille ingest merges them)")
    print(f"failures        {s['failures']}")
    for reason, n in s["failure_reasons"].items():
        print(f"  {n:5d}  {reason}")
    return EXIT_OK


def _table(headers: list[str], rows: list[list], widths: list[int]) -> str:
    def cell(v, w):
        s = "" if v is None else str(v)
        s = " ".join(s.split())
        return (s[:w - 1] + "…") if len(s) > w else s.ljust(w)
    lines = ["  ".join(cell(h, w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(cell(v, w) for v, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


def _toll(low, best, high) -> str:
    if best is None:
        return ""
    return str(best) if low == best == high else f"{best} ({low}-{high})"


def cmd_query(args) -> int:
    from veille import store
    from veille.store import query

    try:
        filters = _filters(args)
    except ValueError as exc:
        print(f"veille query: {exc}", file=sys.stderr)
        return EXIT_USAGE
    with store.open(args.db, readonly=True) as db, db.connect() as conn:
        if args.reports:
            rows = query.report_events(conn, filters, limit=args.limit or None)
            table = [[r["date"], r["type"], r["mode"], r["location"], r["country"], r["source_actor"],
                      r["fatalities"], r["source"], f"{r['article_id']}#{r['event_id']}"] for r in rows]
            headers = ["date", "type", "mode", "location", "cc", "actor", "dead", "source", "article#event"]
            widths = [21, 9, 14, 24, 2, 24, 5, 10, 40]
        else:
            rows = query.merged_events(conn, filters, limit=args.limit or None)
            table = [[r["date_start"].isoformat() + ("" if r["date_end"] == r["date_start"] else "+"),
                      r["type"], r["mode"], r["location"], r["country"], r["source_actor"],
                      _toll(r["fatalities_low"], r["fatalities_best"], r["fatalities_high"]),
                      r["n_reports"], r["sources"], r["id"]] for r in rows]
            headers = ["date", "type", "mode", "location", "cc", "actor", "dead", "n", "sources", "id"]
            widths = [11, 9, 14, 26, 2, 26, 12, 2, 24, 18]
    print(_table(headers, table, widths))
    print(f"({len(rows)} {'event' if args.reports else 'merged event'}{'s' if len(rows) != 1 else ''}"
          + (f"; --limit {args.limit} reached" if args.limit and len(rows) == args.limit else "") + ")",
          file=sys.stderr)
    return EXIT_OK
