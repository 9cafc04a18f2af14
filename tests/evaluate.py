"""Extract every article of a development set and score it with shared/eval/score.py.

    .venv/bin/python tests/evaluate.py [shared|own|all|own-en|real-en] [--verbose] [--only rw-,bl-] [--skip rw-]

``--only``/``--skip`` keep or drop the articles whose names start with the given prefixes
(to score a new blind set alone, or the older sets without it).

Each set takes the gold of one language (``article.lang``) and extracts in it: ``shared`` and
``own`` (the accuracy gate, and ``all``) are French. ``own-en`` is the English gold kept in
tests/data/gold/ (fictional wire dispatches, en-*.json), ``real-en`` the English Wikinews set
(texts in ../shared/eval/real/en/, gold in tests/data/real/en/) less the five blind articles
of tests/data/real/README.md, which only ``real-en-blind`` scores (once, by the lead). The English sets are scored by hand only, outside ``all`` and the gate,
until English extraction exists and the lead pins their floors.

Used by tests/test_accuracy.py (the accuracy gate) and by hand while developing.
"""
from __future__ import annotations

import json
import pathlib
import subprocess
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from conftest import OWN_DATA, SHARED_EVAL, gold_sets  # noqa: E402

SCORER = SHARED_EVAL / "score.py"
ONLY: tuple[str, ...] = ()
SKIP: tuple[str, ...] = ()

# The English real articles kept blind (tests/data/real/README.md): never in 'real-en', so
# that developing on it never runs the extractor on them; 'real-en-blind' is the one-off score.
EN_BLIND = ("wn-en-20080202-baghdad", "wn-en-20080327-basra", "wn-en-20080402-somalia",
            "wn-en-20090118-ceasefire", "wn-en-20110421-misrata")
# set name -> (gold names it keeps, gold names it drops)
SET_FILTERS = {"real-en": ((), EN_BLIND), "real-en-blind": (EN_BLIND, ())}


def all_sets() -> list[tuple[str, pathlib.Path, pathlib.Path, str]]:
    """Every set by name: (name, articles dir, gold dir, language of the gold it takes).

    The gated sets of conftest.gold_sets (shared, own) take the French gold; the English
    gold kept beside it (tests/data/gold/en-*.json) is the set 'own-en', and the English
    Wikinews articles the set 'real-en'. Both English sets are scored by hand, outside
    ``all`` and the accuracy gate, until English extraction exists."""
    sets = [(name, articles, gold, "fr") for name, articles, gold in gold_sets()]
    sets.append(("own-en", OWN_DATA / "articles", OWN_DATA / "gold", "en"))
    real_texts, real_gold = SHARED_EVAL / "real" / "en", OWN_DATA / "real" / "en"
    if real_texts.is_dir() and real_gold.is_dir():
        sets.append(("real-en", real_texts, real_gold, "en"))
        sets.append(("real-en-blind", real_texts, real_gold, "en"))
    return sets


def _meta(gold_file: pathlib.Path) -> dict:
    return json.loads(gold_file.read_text(encoding="utf-8"))["article"]


def selected(gold: pathlib.Path, lang: str = "fr", set_name: str = "") -> list[pathlib.Path]:
    keep, drop = SET_FILTERS.get(set_name, ((), ()))
    # names are tested before a file is opened: a blind gold is not even read
    names = [g for g in sorted(gold.glob("*.json"))
             if (not ONLY or g.name.startswith(ONLY)) and not (SKIP and g.name.startswith(SKIP))
             and (not keep or g.name.startswith(keep)) and not (drop and g.name.startswith(drop))]
    return [g for g in names if (_meta(g).get("lang") or "fr") == lang]


def _copy_gold(gold: pathlib.Path, into: pathlib.Path, lang: str = "fr", set_name: str = "") -> None:
    for g in selected(gold, lang, set_name):
        (into / g.name).write_text(g.read_text(encoding="utf-8"), encoding="utf-8")


def extract_set(articles: pathlib.Path, gold: pathlib.Path, out: pathlib.Path, lang: str = "fr",
                set_name: str = "") -> None:
    import veille
    for g in selected(gold, lang, set_name):
        meta = _meta(g)
        text = (articles / meta.get("file", g.stem + ".txt")).read_text(encoding="utf-8")
        rec = veille.extract(text, published=meta.get("published"), lang=lang, id=g.stem, source=meta.get("source"))
        (out / f"{g.stem}.json").write_text(rec.to_json(), encoding="utf-8")


def score(gold: pathlib.Path, pred: pathlib.Path, verbose: bool = False) -> dict:
    cmd = [sys.executable, str(SCORER), str(gold), str(pred), "--json"] + (["--verbose"] if verbose else [])
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    if verbose:
        sys.stderr.write(res.stderr)
    return json.loads(res.stdout)


def evaluate(name: str, verbose: bool = False) -> dict:
    for set_name, articles, gold, lang in all_sets():
        if set_name == name:
            with tempfile.TemporaryDirectory() as tmp:
                pred, gold_sel = pathlib.Path(tmp) / "pred", pathlib.Path(tmp) / "gold"
                pred.mkdir()
                gold_sel.mkdir()
                _copy_gold(gold, gold_sel, lang, name)
                extract_set(articles, gold, pred, lang, name)
                return score(gold_sel, pred, verbose)
    raise KeyError(name)


def evaluate_all(verbose: bool = False) -> dict:
    """The gated sets scored as one (micro-averaged over all their articles)."""
    with tempfile.TemporaryDirectory() as tmp:
        gold_all = pathlib.Path(tmp) / "gold"
        pred = pathlib.Path(tmp) / "pred"
        gold_all.mkdir()
        pred.mkdir()
        for _, articles, gold in gold_sets():
            extract_set(articles, gold, pred)
            _copy_gold(gold, gold_all)
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
    from veille.extract import ExtractionError
    names = ["shared", "own"] if which == "all" else [which]
    known = [n for n, _, _, _ in all_sets()]
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
