"""A battery of quotations in the shapes wire copy gives them, one per line, in each language: the
speaker every quote of the line must be given (by a word of the actor's name or aliases). The
sentences and persons are invented; they stand for the ways agencies attribute words (inverted
incise with apposition, "a déclaré à l'AFP X", a colon after the verb, "selon X, « ... »", "a-t-il
ajouté" after a named speaker, "told The Associated Press", "posted on Facebook")."""
from __future__ import annotations

import pytest

import veille
from battery import battery


@pytest.mark.parametrize("lang, speaker, text", list(battery("quote_battery")))
def test_every_quote_has_its_speaker(lang, speaker, text):
    rec = veille.extract(text, published="2025-03-04", lang=lang)
    actors = {a.id: a for a in rec.actors}
    assert rec.quotes, "no quotation found"
    for q in rec.quotes:
        assert q.speaker in actors, (q.text, q.speaker)
        names = [actors[q.speaker].name, *actors[q.speaker].aliases]
        assert any(speaker.lower() in n.lower() for n in names), (q.text, names)
