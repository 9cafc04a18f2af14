"""Merge quality: the store's merged events scored against the gold clusterings.

    .venv/bin/python benchmarks/merge.py [--gold tests/data/merge/corpus-gold.json ...]

Each gold file names its corpus folders; they are ingested into a new SQLite store (one per
gold file) and the merged events scored with MUC, B-cubed, CEAF-e and their mean, CoNLL F1
(``veille.store.coref_metrics``). Clusters that need a language the pipeline does not read
yet (the English report of tests/data/merge/hard-gold.json) are left out, and said so. The
last line scores all gold files together: ``CoNLL F1 x.xxx``.
"""
from __future__ import annotations

import argparse
import logging
import pathlib
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from veille import store  # noqa: E402
from veille.lang import SUPPORTED  # noqa: E402
from veille.store.coref_metrics import score  # noqa: E402
from veille.store.merge_quality import evaluate, load_gold, system_clusters  # noqa: E402

GOLD = [ROOT / "tests/data/merge/corpus-gold.json", ROOT / "tests/data/merge/hard-gold.json"]


def line(name: str, s) -> str:
    return (f"{name:<28} MUC {s.muc.f1:.3f}  B3 {s.b_cubed.f1:.3f}  CEAF-e {s.ceaf_e.f1:.3f}  "
            f"CoNLL F1 {s.conll_f1:.3f}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", nargs="+", type=pathlib.Path, default=GOLD)
    args = ap.parse_args(argv)
    logging.disable(logging.WARNING)
    languages = tuple(SUPPORTED)
    key_all, resp_all = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n, path in enumerate(args.gold):
            gold = load_gold(path, languages)
            folders = [ROOT / c for c in gold.corpus if (ROOT / c).is_dir()]
            folders = [f for f in folders if not any(lang in gold.needs for lang in _langs_of(f))]
            with store.open(str(pathlib.Path(tmp) / f"gold{n}.db")) as db:
                store.ingest([str(f) for f in folders], db, progress=False)
                ev = evaluate(db, gold)
                articles = {k.split("#", 1)[0] for c in gold.clusters for k in c}
                resp_all += system_clusters(db, articles)
            key_all += gold.clusters
            print(line(path.name, ev.scores) + f"   ({ev.gold_events} gold events, {ev.system_events} merged)")
            for lang, reports in gold.needs.items():
                print(f"  left out, needs the {lang!r} pipeline: {', '.join(reports)}")
            if ev.unseen:
                print(f"  gold reports the extraction did not give: {', '.join(ev.unseen)}")
    total = score(key_all, resp_all)
    print(line("all", total))
    print(f"CoNLL F1 {total.conll_f1:.3f}")
    return 0


def _langs_of(folder: pathlib.Path) -> list[str]:
    """'hard-en' holds English dispatches: a folder name ending in -<lang> names its language."""
    tail = folder.name.rsplit("-", 1)
    return [tail[1]] if len(tail) == 2 and len(tail[1]) == 2 else []


if __name__ == "__main__":
    sys.exit(main())
