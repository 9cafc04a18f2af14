"""Gazetteer benchmark: build time, index size, lookups per second.

    PYTHONPATH=src python benchmarks/gazetteer.py            # builds into a temp dir
    PYTHONPATH=src python benchmarks/gazetteer.py --path X   # uses (or builds) index X
    PYTHONPATH=src python benchmarks/gazetteer.py -n 20000

Prints numbers only; asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from veille.kb import build_gazetteer as bg
from veille.resolve.gazetteer import Gazetteer

NEWS_NAMES = [
    "Alep", "Hambourg", "Genève", "Mossoul", "Kharkov", "Kharkiv", "El-Facher", "Al-Fashir",
    "Hodeida", "Deir Ezzor", "Syrie", "Allemagne", "Nord-Kivu", "Homs", "Gaza", "bande de Gaza",
    "Khan Younès", "Nousseirat", "Tripoli", "Benghazi", "Kiev", "Zaporijjia", "Odessa", "Sanaa",
    "Mogadiscio", "Khartoum", "Omdurman", "Darfour-Nord", "Moyen-Djouba", "région de Belgorod",
    "Sahel", "mer Rouge", "golfe d'Aden", "RDC", "États-Unis", "Moscou", "Le Caire", "Damas",
    "camp de Zamzam", "aéroport de Sanaa", "Alep-Est", "l'est d'Alep", "Boutcha", "Bakhmout",
    "Marioupol", "Idleb", "Goma", "Beni", "Jilib", "Tombouctou", "Cisjordanie", "Liban-Sud",
]
UNKNOWN = ["Xqzvbnwpt", "Blorptown", "Zzyzxville", "Qwfpgj", "Mnbvcxz Nord"]


def mixed_names(gaz: Gazetteer, n: int, seed: int = 7) -> list[str]:
    """News names, random index names (as stored: primary names of places) and a few
    unknown strings and misspellings, shuffled."""
    rng = random.Random(seed)
    conn = gaz._conn()
    max_id = conn.execute("SELECT MAX(id) FROM places").fetchone()[0]
    sample = []
    while len(sample) < n // 2:
        row = conn.execute("SELECT name FROM places WHERE id = ?", (rng.randint(1, max_id),)).fetchone()
        if row:
            sample.append(row[0])
    misspelled = [s[:-1] + "e" if len(s) > 5 else s + "a" for s in rng.sample(sample, n // 10)]
    pool = sample + misspelled
    names = pool + [rng.choice(NEWS_NAMES) for _ in range(n - len(pool) - n // 20)]
    names += [rng.choice(UNKNOWN) for _ in range(n - len(names))]
    rng.shuffle(names)
    return names[:n]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--path", type=Path, default=None, help="index to use (built there if missing)")
    ap.add_argument("-n", type=int, default=10_000, help="number of lookups")
    args = ap.parse_args()

    tmp = None
    path = args.path
    if path is None:
        tmp = tempfile.TemporaryDirectory()
        path = Path(tmp.name) / "gazetteer.sqlite"
    if not path.exists():
        t0 = time.perf_counter()
        stats = bg.build(path)
        print(f"build time:          {time.perf_counter() - t0:8.1f} s")
        print(f"places / names:      {stats['places']} / {stats['names']} (+{stats['loose']} loose keys)")
    else:
        print("build time:          (index already there)")
    print(f"index size:          {path.stat().st_size / 1e6:8.1f} MB  ({path})")

    t0 = time.perf_counter()
    gaz = Gazetteer.open(path, build=False)
    print(f"open:                {(time.perf_counter() - t0) * 1e3:8.1f} ms")
    names = mixed_names(gaz, args.n)

    # cold: every lookup goes to SQLite (the result cache is bypassed)
    t0 = time.perf_counter()
    hits = 0
    for name in names:
        hits += bool(gaz._lookup(name, None, None, 10))
    cold = time.perf_counter() - t0
    print(f"lookups (uncached):  {len(names) / cold:8.0f} /s  ({cold / len(names) * 1e6:.0f} µs each, {hits}/{len(names)} found)")

    t0 = time.perf_counter()
    for name in names:
        gaz._lookup(name, "SY", None, 10)
    filt = time.perf_counter() - t0
    print(f"lookups (country=SY):{len(names) / filt:8.0f} /s  (uncached)")

    for name in names:  # prime the result cache
        gaz.lookup(name)
    t0 = time.perf_counter()
    for name in names:
        gaz.lookup(name)
    warm = time.perf_counter() - t0
    print(f"lookups (cached):    {len(names) / warm:8.0f} /s  (repeated names, per-instance cache)")
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
