"""``veille watch``: argument parsing and messages; the work is in ``veille.watch``."""
from __future__ import annotations

import argparse
import sys

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

WATCH_HELP = """\
Follow RSS/Atom feeds and ingest their new articles as they come: each round fetches the
feeds that are due, then each new entry's page (its main text, title, date, author and
publisher read by trafilatura), and stores it like veille ingest does (extracted, merged).

SOURCES are feed URLs, files listing them (one a line, # for comments), OPML exports of a
feed reader, or TOML files with per-source settings:

  [defaults]
  interval = "30m"
  [[source]]
  url = "https://example.org/rss.xml"
  name = "Radio Example"          # shown in messages and health
  publisher = "Radio Example"     # the articles' source (default: the page's site name)
  lang = "fr"
  interval = "10m"                # how often this feed is fetched

Politeness: robots.txt is obeyed, one request per --host-delay seconds per host (several
hosts are asked at once, up to --parallel requests), a
User-Agent naming veille, conditional GET (an unchanged feed costs one 304), retries with
backoff, a size cap. A URL is fetched once (tracking parameters and #fragments dropped); a
text another outlet already carried (wire copy) becomes another publication of the stored
article, not a second article. The feeds' state (validators, failures, next fetch) is kept
in the store: a restart resumes, and a feed that keeps failing is tried less often.

examples:
  veille watch https://example.org/rss.xml --db watch.db --once       # one round, for cron
  veille watch feeds.opml --every 15m                                  # until Ctrl-C/SIGTERM
  veille watch sources.toml --db postgresql://user@host/veille
  veille stats --db watch.db                                           # the sources' health

exit status: 0 done (or stopped by SIGTERM/Ctrl-C), 1 with --once when a feed or page
failed (each named on stderr and kept in the store), 2 usage error or store unreachable.
"""


def add_commands(sub) -> None:
    from veille.cli_store import DB_HELP
    from veille.watch.fetch import FetchSettings

    d = FetchSettings()
    w = sub.add_parser("watch", help="follow feeds and ingest new articles", description=WATCH_HELP,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    w.add_argument("sources", nargs="+", metavar="SOURCE", help="feed URL, list file, OPML or TOML file")
    w.add_argument("--db", metavar="PATH|URL", help=DB_HELP)
    w.add_argument("--every", default="10m", metavar="DURATION",
                   help="fetch each feed this often unless its TOML entry says otherwise (default: 10m; "
                        "units s, m, h, d)")
    w.add_argument("--once", action="store_true", help="one round, then exit (for cron)")
    from veille.cli_store import lang_arg
    w.add_argument("--lang", type=lang_arg, default=None,
                   help="language of sources that name none: fr, en or auto (default: detected for each article)")
    w.add_argument("--model", help="spaCy model name (default: fr_core_news_md)")
    g = w.add_argument_group("HTTP")
    g.add_argument("--timeout", type=float, default=d.timeout, metavar="S",
                   help=f"seconds to connect and between two reads (default: {d.timeout:g})")
    g.add_argument("--retries", type=int, default=d.retries, metavar="N",
                   help=f"retries of a timed-out, 5xx or 429 request, with backoff (default: {d.retries})")
    g.add_argument("--host-delay", type=float, default=d.host_delay, metavar="S",
                   help=f"seconds between two requests to one host (default: {d.host_delay:g}; "
                        "robots.txt Crawl-delay wins when longer)")
    from veille.watch.round import PARALLEL
    g.add_argument("--parallel", type=int, default=PARALLEL, metavar="N",
                   help=f"requests in flight at once, to different hosts: the due feeds, and a feed's next "
                        f"pages while one is extracted (default: {PARALLEL}; 1: one after the other)")
    g.add_argument("--max-bytes", type=int, default=d.max_bytes, metavar="N",
                   help=f"largest feed or page read (default: {d.max_bytes:,})")
    g.add_argument("--user-agent", default=d.user_agent, metavar="UA",
                   help="User-Agent (default: veille's name and version; add a contact URL or address)")
    w.add_argument("-q", "--quiet", action="store_true", help="only the per-feed and per-round lines")


def run(args) -> int:
    from veille import store
    from veille.store import StoreError
    from veille.watch import FetchSettings, Fetcher, SourceError, Watcher, read_sources
    from veille.watch.sources import parse_duration

    def err(msg: str) -> None:
        print(f"veille watch: {msg}", file=sys.stderr, flush=True)

    try:
        every = parse_duration(args.every)
    except ValueError as exc:
        err(f"--every: {exc}")
        return EXIT_USAGE
    if args.timeout <= 0 or args.retries < 0 or args.host_delay < 0 or args.max_bytes < 1 or args.parallel < 1:
        err("--timeout, --max-bytes and --parallel must be positive, --retries and --host-delay not negative")
        return EXIT_USAGE
    problems = []
    try:
        sources = read_sources(args.sources, interval_s=every, lang=args.lang,
                               on_problem=lambda m: (problems.append(m), err(m)))
    except SourceError as exc:
        err(str(exc))
        return EXIT_USAGE
    if not sources:
        err("no feed to watch")
        return EXIT_USAGE
    settings = FetchSettings(timeout=args.timeout, retries=args.retries, host_delay=args.host_delay,
                             max_bytes=args.max_bytes, user_agent=args.user_agent)
    try:
        db = store.open(args.db)
    except StoreError as exc:
        err(str(exc))
        return EXIT_USAGE
    try:
        with Fetcher(settings) as fetcher:
            watcher = Watcher(db, sources, fetcher, model=args.model, verbose=not args.quiet,
                              parallel=args.parallel)
            err(f"{len(sources)} feed(s) into {db.url.render_as_string(hide_password=True)}"
                + ("" if args.once else f", every {args.every} unless set per source"))
            try:
                last = watcher.run(once=args.once)
            except KeyboardInterrupt:
                err("stopped at once (second Ctrl-C)")
                return EXIT_OK
            if watcher.stop.is_set():
                err("stopped")
                return EXIT_OK
    except StoreError as exc:
        err(str(exc))
        return EXIT_USAGE
    finally:
        db.close()
    return EXIT_FAILED if args.once and (last.failed or problems) else EXIT_OK
