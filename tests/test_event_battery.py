"""A battery of one-sentence reports, one per common way conflict copy tells an event, in each
language: the type each must yield (or must not). The sentences are invented; they stand for the
verbs and phrases of real wire copy (looting, cattle raids, barrel bombs, a truce concluded, a
delegation received, a walk-out from talks, assets frozen, fighters fleeing) rather than for any
one article."""
from __future__ import annotations

import pytest

import veille
from battery import battery


@pytest.mark.parametrize("lang, expected, text", list(battery("event_battery")))
def test_the_sentence_yields_its_event_type(lang, expected, text):
    types = [e.type for e in veille.extract(text, published="2025-03-04", lang=lang).events]
    if expected.startswith("!"):
        assert expected[1:] not in types, types
    else:
        assert expected in types, types
