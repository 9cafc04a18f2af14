"""Near-duplicate lookup of veille watch: what a page's MinHash signature and its lookup among
N stored texts cost, against reading the same text's SHA-256 (the exact-copy test it replaces)
measured in the same run.

    PYTHONPATH=src python benchmarks/watch_dedup.py             # 5,000 stored texts
    PYTHONPATH=src python benchmarks/watch_dedup.py -n 50000

Texts are synthetic: words drawn at random from the tests' fictional dispatches (400 words
each, about a dispatch's length). Prints numbers only; asserts nothing.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from veille.watch import dedup  # noqa: E402
from watch_site import DISPATCHES, WIRE, WIRE_COPY  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=5000, help="stored texts (default: 5000)")
    ap.add_argument("--words", type=int, default=400)
    args = ap.parse_args()
    rng = random.Random(1)
    vocab = " ".join(t for _, t in DISPATCHES.values()).split()
    texts = [" ".join(rng.choice(vocab) for _ in range(args.words)) for _ in range(args.n)]

    t0 = time.perf_counter()
    for x in texts:
        hashlib.sha256(x.encode("utf-8")).hexdigest()
    sha = (time.perf_counter() - t0) / args.n

    t0 = time.perf_counter()
    sigs = [dedup.signature(x) for x in texts]
    sign = (time.perf_counter() - t0) / args.n

    index = dedup.NearDuplicates()
    t0 = time.perf_counter()
    for i, s in enumerate(sigs):
        index.add(str(i), s)
    insert = (time.perf_counter() - t0) / args.n

    probes = sigs[: min(1000, args.n)]
    t0 = time.perf_counter()
    false = sum(index.match(s, exclude=str(i)) is not None for i, s in enumerate(probes))
    lookup = (time.perf_counter() - t0) / len(probes)

    index.add("wire", dedup.signature(WIRE))
    copy = index.match(dedup.signature(WIRE_COPY))

    print(f"stored texts          {args.n:,} of {args.words} words")
    print(f"sha256 (baseline)     {sha * 1e6:8.1f} us/text")
    print(f"minhash signature     {sign * 1e6:8.1f} us/text   ({sign / sha:.0f}x the sha256)")
    print(f"lsh insert            {insert * 1e6:8.1f} us/text")
    print(f"lsh lookup + check    {lookup * 1e6:8.1f} us/text   ({lookup / sha:.0f}x the sha256)")
    print(f"false matches         {false}/{len(probes)} distinct texts")
    print(f"wire copy found       {copy[0] if copy else None} (similarity {copy[1] if copy else 0:.2f})")


if __name__ == "__main__":
    main()
