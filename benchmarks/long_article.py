"""Time of ``veille extract`` on one long article, as the ratio of two sizes in one run.

    .venv/bin/python benchmarks/long_article.py [--sizes 100000,300000] [--repeat 1]

A long article (a live page, a report) is built by joining the development articles
(tests/data/articles and, when present, ../shared/eval/articles) up to each size, written to
a temporary file, and extracted by ``veille extract`` in its own process, model load
included, as a user would run it. Printed: the process's CPU seconds (user + system, which
other work on a shared machine does not inflate) and wall seconds per size, and the
largest/smallest ratio of each.
Linear cost gives 3.0 for 300k/100k plus less for the fixed model load; the target is 3.5 or less.
The texts are built at run time and never written into the repository.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import subprocess
import sys
import tempfile
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


def long_text(size: int) -> str:
    dirs = [ROOT / "tests" / "data" / "articles", ROOT.parent / "shared" / "eval" / "articles"]
    texts = [p.read_text(encoding="utf-8") for d in dirs if d.is_dir() for p in sorted(d.glob("*.txt"))]
    parts, total, i = [], 0, 0
    while total < size:
        parts.append(texts[i % len(texts)].strip())
        total += len(parts[-1]) + 2
        i += 1
    text = "\n\n".join(parts)[:size]
    return text[:text.rfind(" ")] if " " in text[-50:] else text   # not cut inside a word


def time_extract(path: pathlib.Path) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one ``veille extract`` process on ``path``."""
    before = os.times()
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "veille.cli", "extract", str(path), "--published", "2024-06-11",
                    "--compact"], check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - t0
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    return cpu, wall


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100000,300000", help="characters, comma-separated (default: 100000,300000)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per size; the fastest counts (default: 1)")
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    times = {}
    with tempfile.TemporaryDirectory() as d:
        for size in sizes:
            path = pathlib.Path(d, f"long-{size}.txt")
            path.write_text(long_text(size), encoding="utf-8")
            times[size] = min(time_extract(path) for _ in range(args.repeat))
            print(f"{size:>9,} characters: {times[size][0]:6.1f} s CPU, {times[size][1]:6.1f} s wall "
                  "(model load included)", flush=True)
    lo, hi = sizes[0], sizes[-1]
    print(f"ratio {hi // 1000}k/{lo // 1000}k: {times[hi][0] / times[lo][0]:.2f}x CPU, "
          f"{times[hi][1] / times[lo][1]:.2f}x wall, for {hi / lo:.1f}x the text (target: 3.5x or less)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
