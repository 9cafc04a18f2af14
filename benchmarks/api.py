"""HTTP API latency, for one client and under concurrent load, as ratios against baselines
measured in the same run.

    .venv/bin/python benchmarks/api.py [--events 1000000] [--keep DB] [--duration 10]
                                       [--connections 1,8] [--threads 1] [--only NAMES]

Builds (or, with ``--keep DB`` when DB exists, reuses) a store of N synthetic merged events
(``benchmarks/api_store.py``: reports, articles, figures and records too, written in bulk,
not extracted), times each query in this process straight on the store, then starts
``veille serve`` on a free loopback port in a subprocess and loads each query with ``wrk``
(``apt-get install wrk``) for ``--duration`` seconds, first over one connection, then over
the largest ``--connections`` count. Each query cycles through 200 variants (random date
windows, boxes, countries, ids) so that no single cached page is measured. A Lua script
makes wrk print its latency percentiles as JSON.

Printed per query: the in-process time, p50/p99 latency for one client, requests/s and
p50/p99 under load, and two ratios (one client):
- ``p50/sql``: against the same query in this process, one at a time, straight on the store
  (``veille.serve.queries``: SQL and row conversion; no HTTP, no validation, no JSON);
- ``p50/base``: against ``GET /api/events/<unknown id>`` (the whole HTTP stack plus one
  primary-key probe), measured the same way in the same run.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pathlib
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

LUA = r"""
local paths = {}
local i = 0
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  i = math.random(#paths)
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK {"requests": %d, "duration_us": %d, "p50": %d, "p90": %d, "p99": %d, "max": %d, ' ..
    '"errors": %d, "status": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, e.connect + e.read + e.write + e.timeout, e.status))
end
"""


def variants(db, n: int = 200, seed: int = 11) -> dict[str, list[tuple[str, dict]]]:
    """Per query: (URL, the matching queries.* call's arguments) for n random variants."""
    import sqlalchemy as sa

    from api_store import COUNTRIES
    from veille.store import schema as t

    rng = random.Random(seed)
    with db.connect() as conn:
        m = t.merged_events.c
        first, last = conn.execute(sa.select(sa.func.min(m.date_start), sa.func.max(m.date_start))).one()
        first, last = (dt.date.fromisoformat(str(x)) for x in (first, last))
        total = conn.scalar(sa.select(sa.func.count()).select_from(t.merged_events))
        ids = [conn.scalar(sa.select(m.id).order_by(m.id).offset(rng.randrange(total)).limit(1)) for _ in range(n)]
    span = (last - first).days

    def day(back=0):
        return first + dt.timedelta(days=rng.randrange(max(1, span - back)))

    out: dict[str, list] = {k: [] for k in QUERIES}
    types = ["ASSAULT", "PROTEST", "COERCE", "MOBILIZE"]
    for k in range(n):
        c = rng.choice(COUNTRIES)
        d = day(30)
        box = (round(c[3] - 2, 2), round(c[2] - 2, 2), round(c[3] + 2, 2), round(c[2] + 2, 2))
        y = day(365)
        out["baseline 404"].append((f"/api/events/m-missing{k}", {"event_id": f"m-missing{k}"}))
        out["events 30-day window"].append((f"/api/events?since={d}&until={d + dt.timedelta(days=30)}",
                                            {"since": d, "until": d + dt.timedelta(days=30)}))
        out["events bbox"].append((f"/api/events?bbox={','.join(map(str, box))}", {"bbox": box}))
        typ = rng.choice(types)
        out["events country+type"].append((f"/api/events?country={c[0]}&type={typ}", {"country": c[0], "type": typ}))
        out["events by -fatalities"].append((f"/api/events?sort=-fatalities&offset={k}",
                                             {"sort": "-fatalities", "offset": k}))
        out["events by -fatalities in a country"].append((f"/api/events?sort=-fatalities&country={c[0]}",
                                                      {"sort": "-fatalities", "country": c[0]}))
        out["one event"].append((f"/api/events/{ids[k]}", {"event_id": ids[k]}))
        y_end = y + dt.timedelta(days=365)
        out["timeseries week: 1 year"].append((f"/api/timeseries?interval=week&since={y}&until={y_end}",
                                               {"since": y, "until": y_end}))
        out["timeseries week: a country"].append((f"/api/timeseries?interval=week&country={c[0]}", {"country": c[0]}))
        out["facets: 30-day window"].append((f"/api/facets?since={d}&until={d + dt.timedelta(days=30)}",
                                             {"since": d, "until": d + dt.timedelta(days=30)}))
        out["facets: all"].append(("/api/facets", {}))
        out["timeseries week: all"].append(("/api/timeseries?interval=week", {}))
        src = rng.choice(["AFP", "Reuters"])          # the two biggest publishers (30% and 20%)
        out["events of a big source"].append((f"/api/events?source={src}", {"source": src}))
        out["facets: a big source"].append((f"/api/facets?source={src}", {"source": src}))
        word = rng.choice(WORDS)
        out["text search: articles"].append((f"/api/articles?q={word}", {"q": word}))
        out["map points: a country"].append((f"/api/points?country={c[0]}&limit=2000", {"country": c[0]}))
    return out


# words of the synthetic texts (benchmarks/api_store.py): place names and types, common and rare
WORDS = ["kharkiv", "gaza", "fasher", "goma", "assault", "protest", "personnes", "visees", "mogadishu", "sagaing"]


QUERIES = ["baseline 404", "events 30-day window", "events bbox", "events country+type", "events by -fatalities",
           "events by -fatalities in a country", "one event", "timeseries week: 1 year", "timeseries week: a country",
           "facets: 30-day window", "timeseries week: all", "facets: all", "events of a big source",
           "facets: a big source", "text search: articles", "map points: a country"]


def sql_time(db, name: str, calls: list[dict], budget_s: float = 5.0) -> float:
    """Median seconds of the query in-process (no HTTP), one call at a time."""
    from veille.serve import queries
    from veille.store.query import Filters

    times = []
    t_end = time.perf_counter() + budget_s
    with db.connect() as conn:
        for kw in calls:
            kw = dict(kw)
            t0 = time.perf_counter()
            if "event_id" in kw:
                queries.event(conn, kw["event_id"])
            elif name.startswith("text search"):
                queries.articles(conn, kw["q"], None, None, None, 100, 0)
            elif name.startswith("map points"):
                queries.points(conn, Filters(**kw), 2000)
            elif name.startswith("events"):
                sort, offset = kw.pop("sort", "date"), kw.pop("offset", 0)
                queries.events(conn, Filters(**kw), sort, 100, offset)
            elif name.startswith("timeseries"):
                queries.timeseries(conn, Filters(**kw), "week")
            else:
                queries.facets(conn, Filters(**kw))
            times.append(time.perf_counter() - t0)
            if time.perf_counter() > t_end and len(times) >= 3:
                break
    return statistics.median(times)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db_path: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "VEILLE_API_TOKEN": ""}
    proc = subprocess.Popen([sys.executable, "-m", "veille.cli", "serve", "--db", db_path, "--port", str(port)],
                            env=env, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=30).read()
            return proc
        except OSError:
            if proc.poll() is not None:
                raise SystemExit(f"veille serve exited: {proc.stderr.read()}")
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("veille serve did not answer within 120 s")


def warm(port: int, paths: list[str], budget_s: float = 3.0) -> None:
    """A few requests one after the other (none left running), so pages are in the cache."""
    t_end = time.monotonic() + budget_s
    for path in paths:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=120).read()
        except urllib.error.HTTPError as exc:     # the baseline's 404
            exc.read()
        if time.monotonic() > t_end:
            return


def wrk(port: int, paths: list[str], duration: float, connections: int, threads: int, tmp: pathlib.Path) -> dict:
    lua, listing = tmp / "paths.lua", tmp / "paths.txt"
    lua.write_text(LUA)
    listing.write_text("\n".join(paths) + "\n")
    res = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{max(1, int(duration))}s", "--timeout", "30s",
                          "-s", str(lua), f"http://127.0.0.1:{port}", "--", str(listing)],
                         capture_output=True, text=True, timeout=duration + 120)
    line = next((x for x in res.stdout.splitlines() if x.startswith("WRK ")), None)
    if line is None:
        raise SystemExit(f"wrk failed: {res.stdout}\n{res.stderr}")
    return json.loads(line[4:])


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    p.add_argument("--events", type=int, default=1_000_000, help="merged events to generate (default: 1,000,000)")
    p.add_argument("--keep", metavar="DB", help="build the store here and keep it; reuse it when it exists")
    p.add_argument("--duration", type=float, default=10, help="seconds of load per query (default: 10)")
    p.add_argument("--connections", default="1,8",
                   help="connection counts to load with, comma-separated (default: 1,8: one client, then eight)")
    p.add_argument("--threads", type=int, default=1, help="wrk threads (default: 1; the server needs the other cores)")
    p.add_argument("--only", help="comma-separated query names to run, as printed (default: all)")
    args = p.parse_args(argv)
    conns = sorted({int(c) for c in args.connections.split(",")})
    if shutil.which("wrk") is None:
        print("benchmarks/api.py needs wrk: apt-get install wrk", file=sys.stderr)
        return 2
    from api_store import generate
    from veille import store

    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = pathlib.Path(tmpdir)
        db_path = args.keep or str(tmp / "bench.db")
        with store.open(db_path) as db:          # creates it, or migrates a kept one (new indexes)
            n = db.counts()["merged_events"]
        if n:
            print(f"reusing {db_path} ({n:,} merged events)", file=sys.stderr)
        else:
            print(f"generating {args.events:,} merged events into {db_path}", file=sys.stderr)
            secs = generate(db_path, args.events)
            print(f"generated in {secs:.0f} s", file=sys.stderr)
            n = args.events
        db = store.open(db_path, readonly=True)
        todo = [q for q in QUERIES if not args.only or q in args.only.split(",") or q == "baseline 404"]
        cases = variants(db)
        # the in-process times first, while nothing else runs
        sql = {name: sql_time(db, name, [kw for _, kw in cases[name]]) for name in todo}
        db.close()
        port = free_port()
        server = start_server(db_path, port)
        results: dict[str, dict[int, dict]] = {}
        try:
            for name in todo:
                paths = [u for u, _ in cases[name]]
                warm(port, paths)
                results[name] = {}
                for c in conns:
                    r = results[name][c] = wrk(port, paths, args.duration, c, args.threads, tmp)
                    print(f"  {name}, {c} connection(s): p50 {r['p50'] / 1000:.1f} ms, "
                          f"{r['requests'] / (r['duration_us'] / 1e6):.0f} req/s", file=sys.stderr)
                    # requests still running in the server would slow the next measurement
                    time.sleep(min(20.0, max(0.5, 1.5 * r["p99"] / 1e6)))
        finally:
            server.terminate()
            server.communicate(timeout=30)
    one, many = conns[0], conns[-1]
    base = results["baseline 404"][one]["p50"]
    print(f"\n{n:,} merged events; wrk with {one} and {many} connections, {args.duration:g} s each; "
          f"{os.cpu_count()} CPU cores; {store.db_url(db_path).get_backend_name()}\n")
    print(f"| query | sql ms | p50 ms ({one}) | p99 ms ({one}) | p50/sql | p50/base | req/s ({many}) "
          f"| p50 ms ({many}) | p99 ms ({many}) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, by_c in results.items():
        a, b = by_c[one], by_c[many]
        errors = sum(x["errors"] + (0 if name == "baseline 404" else x["status"]) for x in by_c.values())
        print(f"| {name} | {sql[name] * 1000:.1f} | {a['p50'] / 1000:.1f} | {a['p99'] / 1000:.1f} | "
              f"{a['p50'] / 1000 / (sql[name] * 1000):.1f} | {a['p50'] / base:.1f} | "
              f"{b['requests'] / (b['duration_us'] / 1e6):.1f} | {b['p50'] / 1000:.1f} | {b['p99'] / 1000:.1f} |"
              + (f" {errors} errors" if errors else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
