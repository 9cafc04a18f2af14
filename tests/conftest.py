"""Shared fixtures: one pipeline for the whole session (loading spaCy takes seconds)."""
from __future__ import annotations

import json
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
OWN_DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def nlp():
    from veille.nlp.pipeline import get_pipeline
    return get_pipeline("fr")


@pytest.fixture(scope="session")
def extract():
    import veille
    return veille.extract


def gold_sets():
    """(name, articles dir, gold dir) for the development sets present on this machine."""
    sets = []
    if (SHARED_EVAL / "gold").is_dir():
        sets.append(("shared", SHARED_EVAL / "articles", SHARED_EVAL / "gold"))
    sets.append(("own", OWN_DATA / "articles", OWN_DATA / "gold"))
    return sets


def load_gold(path: pathlib.Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
