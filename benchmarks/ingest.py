"""Ingest speed, as ratios against extraction alone (``extract_many``) in the same run.

    .venv/bin/python benchmarks/ingest.py [--repeat N] [--workers 1,2] [--db-url URL]

Every variant runs in its own process over the same articles: the store's test corpus and
the development articles (tests/data and, when present, ../shared/eval), repeated N times
under distinct ids. Variants, for each worker count W:

- ``extract``: ``veille.extract_many(n_process=W)``, each record serialised to JSON;
- ``ingest``: ``veille.store.ingest(workers=W)`` into a new SQLite store (or the --db-url
  database, emptied first): reading, extraction, writes (one transaction per article) and
  the merge;
- ``reingest`` (W=1 only): the same ingest again, where every article is already stored.

The spaCy pipeline is loaded before the clock starts. Printed: articles/s per variant, then
ingest/extract time ratios and the speed-up of W workers over one.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def corpus(repeat: int) -> list[dict]:
    base = []
    for p in sorted((ROOT / "tests" / "data" / "corpus" / "dispatches").glob("*.txt")):
        published, source, _ = p.stem.split("--")
        base.append({"id": p.stem, "text": p.read_text(encoding="utf-8"), "published": published, "source": source})
    for d in (ROOT / "tests" / "data" / "articles", ROOT.parent / "shared" / "eval" / "articles"):
        if d.is_dir():
            base += [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(d.glob("*.txt"))]
    return [{**item, "id": f"{item['id']}~{n}"} for n in range(repeat) for item in base]


def run_variant(variant: str, workers: int, repeat: int, db_url: str | None) -> dict:
    from veille.nlp.pipeline import get_pipeline

    items = corpus(repeat)
    get_pipeline("fr")
    out = {"variant": variant, "workers": workers, "articles": len(items)}
    if variant == "extract":
        from veille.extract import extract_many
        t0 = time.perf_counter()
        for rec in extract_many(items, n_process=workers):
            rec.to_json()
        out["seconds"] = time.perf_counter() - t0
        return out
    import sqlalchemy as sa

    from veille import store
    from veille.store import schema

    with tempfile.TemporaryDirectory() as tmp:
        url = db_url or f"{tmp}/bench.db"
        if db_url:
            engine = sa.create_engine(store.db_url(db_url))
            with engine.begin() as conn:
                schema.metadata.drop_all(conn)
                conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
            engine.dispose()
        with store.open(url) as db:
            t0 = time.perf_counter()
            res = store.ingest(items, db, workers=workers)
            out["seconds"] = time.perf_counter() - t0
            assert res.ok and res.added == len(items), res
            out["merged_events"] = db.counts()["merged_events"]
            out["merge_seconds"] = res.merged.seconds
            if variant == "reingest":
                t0 = time.perf_counter()
                res = store.ingest(items, db, workers=workers)
                out["seconds"] = time.perf_counter() - t0
                assert res.unchanged == len(items), res
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--workers", default="1,2")
    ap.add_argument("--db-url", help="PostgreSQL URL of a database to empty and use instead of SQLite")
    ap.add_argument("--child", nargs=2, metavar=("VARIANT", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(run_variant(args.child[0], int(args.child[1]), args.repeat, args.db_url)))
        return
    from veille.resolve.gazetteer import Gazetteer
    Gazetteer.open()  # build the index once, outside the measured runs
    workers = [int(w) for w in args.workers.split(",")]
    plan = [(v, w) for w in workers for v in ("extract", "ingest")] + [("reingest", 1)]
    rows = []
    for variant, w in plan:
        cmd = [sys.executable, __file__, "--repeat", str(args.repeat), "--child", variant, str(w)]
        if args.db_url:
            cmd += ["--db-url", args.db_url]
        out = subprocess.run(cmd, capture_output=True, text=True, check=True)
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{'variant':9} {'workers':>7} {'articles':>8} {'seconds':>8} {'art/s':>8}")
    for r in rows:
        print(f"{r['variant']:9} {r['workers']:7d} {r['articles']:8d} {r['seconds']:8.2f} {r['articles'] / r['seconds']:8.1f}")
    by = {(r["variant"], r["workers"]): r for r in rows}
    for w in workers:
        ing, ext = by[("ingest", w)], by[("extract", w)]
        print(f"{w} worker(s): ingest takes {ing['seconds'] / ext['seconds']:.2f}x the time of extract_many alone "
              f"(merge {ing['merge_seconds']:.2f} s, {ing['merged_events']} merged events)")
    if 1 in workers:
        for w in workers:
            if w != 1:
                print(f"{w} workers vs 1: extract_many {by[('extract', 1)]['seconds'] / by[('extract', w)]['seconds']:.2f}x, "
                      f"ingest {by[('ingest', 1)]['seconds'] / by[('ingest', w)]['seconds']:.2f}x faster")
        re = by[("reingest", 1)]
        print(f"re-ingesting stored articles: {re['articles'] / re['seconds']:.0f} articles/s "
              f"({by[('ingest', 1)]['seconds'] / re['seconds']:.0f}x faster than the first ingest)")


if __name__ == "__main__":
    main()
