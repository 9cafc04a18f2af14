"""Extraction throughput by engine, on the same corpus in one run: one process, ``nlp.pipe``
with 2 processes, and Ray Data with 1 and 2 model workers; parallel efficiency against one
process.

    .venv/bin/python benchmarks/scale.py [--articles N] [--corpus PATH] [--ray-workers 1,2]
                                         [--oversubscribe] [--vcpu-hour USD]

Corpus: the store's test corpus (33 short dispatches, ~400 characters each) repeated under
distinct ids to N articles (default 99); or --corpus: a folder of .txt files (metadata from
``<published>--<agency>--<slug>.txt`` names) or a JSON Lines file.

Every variant runs in its own process and measures:

- ``startup``: one-off costs: loading the model and extracting a first article (the first
  one pays ~8 s of lazy set-up) in this process (local variants); starting the local Ray
  instance (Ray variants);
- ``run``: extracting the corpus, records serialised (local) or written as Parquet (Ray).
  It includes what every run pays again: nlp.pipe's worker processes, Ray's actor pool
  (each worker loads the model and warms up, ~20 s);
- ``steady``: the marginal rate (N - k) / (run(N) - run(k)), from a first run of the
  corpus' first k = N/3 articles: the rate once every worker holds its model, which is what
  a long backfill gets. It needs a corpus that takes well over the pool's start to extract
  (--articles 990 for the test dispatches); "n/a" when the two runs differ by under 2 s.

Parallel efficiency = rate / workers / (the one-process rate). Ray with W workers needs
W+1 CPUs (the reader keeps one: ray#44687); on a smaller machine that variant is skipped
unless --oversubscribe, which tells the local Ray it has W+1 logical CPUs: then the
reader and the driver share the workers' cores and the efficiency is a lower bound.
Repeated texts warm the gazetteer's lookup cache, so rates on a repeated corpus are
somewhat higher than on as many distinct articles.

The Ray variants also time loading the records into a new SQLite store (the one writer).
"""
from __future__ import annotations

import argparse
import json
import os
import pathlib
import resource
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
DISPATCHES = ROOT / "tests" / "data" / "corpus" / "dispatches"
SHARDS = 8


def corpus(path: str | None, n: int) -> list[dict]:
    src = pathlib.Path(path) if path else DISPATCHES
    base = []
    if src.is_dir():
        for p in sorted(src.glob("*.txt")):
            parts = p.stem.split("--")
            row = {"id": p.stem, "text": p.read_text(encoding="utf-8")}
            if len(parts) == 3:
                row.update(published=parts[0], source=parts[1])
            base.append(row)
    else:
        base = [json.loads(line) for line in src.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not base:
        sys.exit(f"no articles in {src}")
    return [{**base[i % len(base)], "id": f"{base[i % len(base)].get('id', i)}~{i}"} for i in range(n)]


def write_shards(items: list[dict], folder: pathlib.Path, shards: int) -> pathlib.Path:
    folder.mkdir(parents=True)
    for s in range(shards):
        rows = items[s::shards]
        if rows:
            (folder / f"part-{s:03d}.jsonl").write_text(
                "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return folder


def run_local(items: list[dict], workers: int, small: int) -> dict:
    from veille.extract import extract_many
    from veille.nlp.pipeline import get_pipeline

    def once(rows) -> float:
        t0 = time.perf_counter()
        n = sum(1 for rec in extract_many(rows, n_process=workers) if rec.to_json())
        assert n == len(rows)
        return time.perf_counter() - t0

    t0 = time.perf_counter()
    get_pipeline("fr")
    list(extract_many([{"id": "warm-up", "text": "Trois civils ont été tués lundi à Goma, selon l'ONU."}]))
    startup = time.perf_counter() - t0
    first = once(items[:small])
    return {"startup": startup, "small": first, "run": once(items),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def run_ray(items: list[dict], workers: int, small: int, oversubscribe: bool) -> dict:
    from veille import store
    from veille.scale import ray_engine

    cpus = ray_engine.local_cpus()
    if ray_engine.pool_size(max(2, cpus), workers) < workers:
        if not oversubscribe:
            return {"skipped": f"{workers} workers need {workers + 1} CPUs; this machine has {cpus} "
                               f"(--oversubscribe runs it anyway)"}
        cpus = workers + 1
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        few = write_shards(items[:small], tmp / "few", SHARDS)
        full = write_shards(items, tmp / "full", SHARDS)
        t0 = time.perf_counter()
        ray_engine.connect(num_cpus=max(2, cpus))
        startup = time.perf_counter() - t0
        import ray
        try:
            out = {"startup": startup, "cluster_cpus": ray.cluster_resources().get("CPU")}
            for key, shards in (("small", few), ("run", full)):
                time.sleep(3)   # let the previous pool's actors go
                t0 = time.perf_counter()
                run = ray_engine.extract_to_parquet([str(shards)], str(tmp / f"records-{key}"), workers=workers,
                                                    progress=False)
                out[key] = time.perf_counter() - t0
                assert run.workers == workers, run
        finally:
            ray.shutdown()
        t0 = time.perf_counter()
        res = store.ingest(ray_engine.read_records(str(tmp / "records-run")), str(tmp / "load.db"))
        out["load"] = time.perf_counter() - t0
        assert res.added == len(items) and res.ok, res
        return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=99, help="corpus size (default: 99, the 33 dispatches x 3)")
    ap.add_argument("--corpus", help="a folder of .txt files or a JSON Lines file (default: the test dispatches)")
    ap.add_argument("--ray-workers", default="1,2", help="Ray pool sizes to measure (default: 1,2)")
    ap.add_argument("--oversubscribe", action="store_true",
                    help="run Ray pools bigger than CPUs-1 by giving the local Ray W+1 logical CPUs (benchmark only)")
    ap.add_argument("--vcpu-hour", type=float, default=0.048,
                    help="assumed price of one vCPU-hour in USD, for the cost per million articles (default: 0.048)")
    ap.add_argument("--child", nargs=2, metavar=("ENGINE", "WORKERS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        engine, w = args.child[0], int(args.child[1])
        items = corpus(args.corpus, args.articles)
        small = max(1, len(items) // 3)
        res = run_local(items, w, small) if engine == "local" else run_ray(items, w, small, args.oversubscribe)
        print(json.dumps({"engine": engine, "workers": w, "articles": len(items), "small_n": small,
                          "chars": sum(len(i["text"]) for i in items), **res}))
        return
    from veille.resolve.gazetteer import Gazetteer
    Gazetteer.open()  # build the index once, outside the measured runs
    plan = [("local", 1), ("local", 2)] + [("ray", int(w)) for w in args.ray_workers.split(",")]
    rows = []
    env = {**os.environ, "RAY_USAGE_STATS_ENABLED": "0"}
    for engine, w in plan:
        cmd = [sys.executable, __file__, "--articles", str(args.articles), "--child", engine, str(w)]
        cmd += ["--corpus", args.corpus] if args.corpus else []
        cmd += ["--oversubscribe"] if args.oversubscribe else []
        out = subprocess.run(cmd, capture_output=True, text=True, env=env)
        if out.returncode:
            sys.exit(f"{engine} x{w} failed:\n{out.stderr[-3000:]}")
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    names = {"local": {1: "1 process", 2: "nlp.pipe x2"}, "ray": {}}
    base = next(r for r in rows if r["engine"] == "local" and r["workers"] == 1)

    def steady(r) -> float | None:
        gap = r["run"] - r["small"]
        return (r["articles"] - r["small_n"]) / gap if gap >= 2 else None

    base_rate, base_steady = base["articles"] / base["run"], steady(base)
    print(f"corpus: {base['articles']} articles ({base['small_n']} for the first run), "
          f"{base['chars'] / base['articles']:.0f} characters each on average; {os.cpu_count()} CPUs here")
    print(f"{'variant':12} {'workers':>7} {'startup s':>9} {'run s':>7} {'art/s':>7} {'eff':>5}   "
          f"{'steady art/s':>12} {'eff':>5}")
    for r in rows:
        name = names[r["engine"]].get(r["workers"], f"ray x{r['workers']}")
        if "skipped" in r:
            print(f"{name:12} {r['workers']:7d}  skipped: {r['skipped']}")
            continue
        rate, st = r["articles"] / r["run"], steady(r)
        eff_st = f"{st / r['workers'] / base_steady:5.2f}" if st and base_steady else "  n/a"
        print(f"{name:12} {r['workers']:7d} {r['startup']:9.1f} {r['run']:7.1f} {rate:7.2f} "
              f"{rate / r['workers'] / base_rate:5.2f}   {f'{st:12.2f}' if st else '         n/a'} {eff_st}")
    print("startup: model load and first article (local) or Ray start (ray), once per process or cluster; "
          "run: the corpus, including nlp.pipe's processes or Ray's actor pool (a model load per worker); "
          "steady: the rate once every worker is loaded.")
    if any(r.get("cluster_cpus", 0) > (os.cpu_count() or 0) for r in rows if "skipped" not in r):
        print("oversubscribed: a Ray variant ran with more logical CPUs than the machine has cores; "
              "its efficiency is a lower bound.")
    for r in rows:
        if "load" in r:
            print(f"ray x{r['workers']}: loading the records into SQLite (one writer, merge included): "
                  f"{r['articles'] / r['load']:.0f} articles/s")
    per_worker = base_steady or base_rate
    hours = 1e6 / per_worker / 3600
    print(f"one worker ({'steady' if base_steady else 'whole run'}): {per_worker:.1f} articles/s, "
          f"{per_worker * base['chars'] / base['articles'] / 1000:.1f} k characters/s; a million such articles: "
          f"{hours:.1f} worker-hours, ${hours * args.vcpu_hour:.2f} at ${args.vcpu_hour}/vCPU-hour "
          f"(one worker per vCPU; add one vCPU per node for reading); one worker's peak memory "
          f"{base['peak_rss_mb']:.0f} MB")

if __name__ == "__main__":
    main()
