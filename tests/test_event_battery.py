"""A battery of one-sentence reports, one per common way conflict copy tells an event, in each
language: the type each must yield (or must not). The sentences are invented; they stand for the
verbs and phrases of real wire copy (looting, cattle raids, barrel bombs, a truce concluded, a
delegation received, a walk-out from talks, assets frozen, fighters fleeing) rather than for any
one article."""
from __future__ import annotations

import pathlib

import pytest

import veille

HERE = pathlib.Path(__file__).parent / "data" / "event_battery"


def cases():
    for lang in ("fr", "en"):
        for line in (HERE / f"{lang}.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                expected, text = line.split("\t", 1)
                yield pytest.param(lang, expected, text, id=f"{lang}-{expected}-{text[:40]}")


@pytest.mark.parametrize("lang, expected, text", list(cases()))
def test_the_sentence_yields_its_event_type(lang, expected, text):
    types = [e.type for e in veille.extract(text, published="2025-03-04", lang=lang).events]
    if expected.startswith("!"):
        assert expected[1:] not in types, types
    else:
        assert expected in types, types
