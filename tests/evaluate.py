"""Extract every article of a development set and score it with shared/eval/score.py.

    .venv/bin/python tests/evaluate.py [shared|own|all|real-fr|real-fr-blind|own-en|real-en|real-en-blind]
                                       [--verbose] [--only rw-,bl-] [--skip rw-]

``--only``/``--skip`` keep or drop the articles whose names start with the given prefixes
(to score some articles alone, or a set without them). ``all`` scores the two fictional
sets, their union, then ``real-fr``.

Each set takes the gold of one language (``article.lang``) and extracts in it: ``shared`` and
``own`` are French fictional dispatches; ``own-en`` the English ones (tests/data/gold/en-*.json).
The real Wikinews sets (texts in ../shared/eval/real/<lang>/, gold in tests/data/real/<lang>/)
come in two parts: ``real-fr`` and ``real-en`` are their development articles, and
``real-fr-blind`` / ``real-en-blind`` the blind ones (tests/data/real/blind.txt and
blind-en.txt): only the lead scores those, once (tests/data/real/BLIND-SCORES.md), and they are
never in the accuracy gate. ``--blind`` after ``real-fr`` or ``real-en`` names the blind part;
``--no-blind`` is what the plain names already mean.

Used by tests/test_accuracy.py (the accuracy gate) and by hand while developing.
"""
from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import tempfile
from typing import NamedTuple

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from conftest import OWN_DATA, SHARED_EVAL, gold_sets  # noqa: E402
from conftest import blind_stems  # noqa: E402

SCORER = SHARED_EVAL / "score.py"
ONLY: tuple[str, ...] = ()
SKIP: tuple[str, ...] = ()


class GoldSet(NamedTuple):
    name: str
    articles: pathlib.Path
    gold: pathlib.Path
    lang: str = "fr"                        # the gold it takes: article.lang, French when absent
    blind: bool | None = None               # True: only the blind stems of its language, False: all but them




def all_sets() -> list[GoldSet]:
    """Every set by name.

    The gated sets of conftest.gold_sets (shared, own, real-fr) take the French gold; the English
    gold kept beside it (tests/data/gold/en-*.json) is the set 'own-en'; the English
    Wikinews articles are 'real-en' (development part) and 'real-en-blind' (the blind files
    of tests/data/real/blind-en.txt, scored once by the lead). ``own-en`` and ``real-en`` are in the
    accuracy gate with floors of their own; ``real-en-blind`` never is."""
    sets = []
    for name, articles, gold in gold_sets():
        if name == "real-fr":   # the development part; the blind part is the lead's, scored once
            sets.append(GoldSet(name, articles, gold, blind=False))
            sets.append(GoldSet("real-fr-blind", articles, gold, blind=True))
        else:
            sets.append(GoldSet(name, articles, gold))
    sets.append(GoldSet("own-en", OWN_DATA / "articles", OWN_DATA / "gold", "en"))
    real_texts, real_gold = SHARED_EVAL / "real" / "en", OWN_DATA / "real" / "en"
    if real_texts.is_dir() and real_gold.is_dir():
        sets.append(GoldSet("real-en", real_texts, real_gold, "en", blind=False))
        sets.append(GoldSet("real-en-blind", real_texts, real_gold, "en", blind=True))
    return sets


def _meta(gold_file: pathlib.Path) -> dict:
    return json.loads(gold_file.read_text(encoding="utf-8"))["article"]


def selected(gset: GoldSet) -> list[pathlib.Path]:
    blind = frozenset(blind_stems(gset.lang)) if gset.blind is not None else frozenset()
    return [g for g in sorted(gset.gold.glob("*.json"))
            if (not ONLY or g.name.startswith(ONLY)) and not (SKIP and g.name.startswith(SKIP))
            and (_meta(g).get("lang") or "fr") == gset.lang
            and (gset.blind is None or (g.stem in blind) == gset.blind)]


def _copy_gold(gset: GoldSet, into: pathlib.Path) -> None:
    for g in selected(gset):
        (into / g.name).write_text(g.read_text(encoding="utf-8"), encoding="utf-8")


def extract_set(gset: GoldSet, out: pathlib.Path) -> None:
    import veille
    for g in selected(gset):
        meta = _meta(g)
        text = (gset.articles / meta.get("file", g.stem + ".txt")).read_text(encoding="utf-8")
        rec = veille.extract(text, published=meta.get("published"), lang=gset.lang, id=g.stem,
                             source=meta.get("source"))
        (out / f"{g.stem}.json").write_text(rec.to_json(), encoding="utf-8")


def score(gold: pathlib.Path, pred: pathlib.Path, verbose: bool = False) -> dict:
    cmd = [sys.executable, str(SCORER), str(gold), str(pred), "--json"] + (["--verbose"] if verbose else [])
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    if verbose:
        sys.stderr.write(res.stderr)
    return json.loads(res.stdout)


def evaluate(name: str, verbose: bool = False) -> dict:
    for gset in all_sets():
        if gset.name == name:
            with tempfile.TemporaryDirectory() as tmp:
                pred, gold_sel = pathlib.Path(tmp) / "pred", pathlib.Path(tmp) / "gold"
                pred.mkdir()
                gold_sel.mkdir()
                _copy_gold(gset, gold_sel)
                extract_set(gset, pred)
                return score(gold_sel, pred, verbose)
    raise KeyError(name)


FICTIONAL = ("shared", "own")


def evaluate_all(verbose: bool = False) -> dict:
    """The two fictional development sets scored as one (micro-averaged over their articles)."""
    with tempfile.TemporaryDirectory() as tmp:
        gold_all = pathlib.Path(tmp) / "gold"
        pred = pathlib.Path(tmp) / "pred"
        gold_all.mkdir()
        pred.mkdir()
        for name, articles, gold in gold_sets():
            if name not in FICTIONAL:
                continue
            gset = GoldSet(name, articles, gold)
            extract_set(gset, pred)
            _copy_gold(gset, gold_all)
        return score(gold_all, pred, verbose)


def table(result: dict) -> str:
    lines = [f"{'facet':9} {'P':>6} {'R':>6} {'F1':>6}  attributes"]
    for f, v in result["facets"].items():
        attrs = ", ".join(f"{k} {x:.2f}" for k, x in v["attributes"].items())
        lines.append(f"{f:9} {v['precision']:6.3f} {v['recall']:6.3f} {v['f1']:6.3f}  {attrs}")
    lines.append(f"articles {result['articles']}; score {result['score']:.3f}")
    return "\n".join(lines)


if __name__ == "__main__":
    args = [a for i, a in enumerate(sys.argv[1:], 1) if sys.argv[i - 1] not in ("--only", "--skip")]
    which = next((a for a in args if not a.startswith("-")), "all")
    verbose = "--verbose" in sys.argv or "-v" in sys.argv
    for flag in ("--only", "--skip"):
        if flag in sys.argv:
            value = tuple(x for x in sys.argv[sys.argv.index(flag) + 1].split(",") if x)
            globals()[flag[2:].upper()] = value
    if "--blind" in sys.argv and which in ("real-fr", "real-en"):
        which += "-blind"       # the same as naming the blind set (scored once, by the lead)
    from veille.extract import ExtractionError
    known = [gset.name for gset in all_sets()]
    names = [n for n in FICTIONAL if n in known] if which == "all" else [which]
    for n in names:
        if n not in known:
            sys.exit(f"evaluate.py: no set {n!r} here (known: {', '.join(known)})")
        print(f"== {n}")
        try:
            print(table(evaluate(n, verbose)))
        except ExtractionError as err:  # e.g. a language the extractor does not support yet
            sys.exit(f"evaluate.py: {n}: {err}")
    if which == "all":
        print("== shared + own")
        print(table(evaluate_all()))
        if "real-fr" in known:
            print("== real-fr")
            print(table(evaluate("real-fr", verbose)))
