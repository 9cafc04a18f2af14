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


@pytest.fixture(scope="module")
def corpus_path(tmp_path_factory):
    """The test corpus ingested once per session (see test_ingest.shared_store)."""
    from test_ingest import shared_store
    return shared_store(tmp_path_factory)


@pytest.fixture(scope="module")
def corpus_db(corpus_path):
    from veille import store
    with store.open(corpus_path, readonly=True) as db:
        yield db
