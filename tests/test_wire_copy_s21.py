"""Wire-copy cases of session 21, each a defect a probe or a development article showed, reduced
to the sentence that shows it. The sentences and the persons in them are invented."""
from __future__ import annotations

import pytest

from test_wire_copy import record


def persons(rec):
    return sorted(a.name for a in rec.actors if a.kind == "person")


# ------------------------------------------------------------------ actors
@pytest.mark.parametrize("text, lang, want", [
    # a shorter form that opens the longer name is the same person
    ("Le président Paul Kobina Mensah a été réélu. Paul Kobina a salué une victoire.", "fr",
     ["Paul Kobina Mensah"]),
    ("President Paul Kobina Mensah was re-elected. Paul Kobina hailed the result.", "en",
     ["Paul Kobina Mensah"]),
    # a word of the longer name before its last, alone
    ("Fidel Ramos Castillo est mort. Fidel avait dirigé le pays.", "fr", ["Fidel Ramos Castillo"]),
    ("L'ancien président Luiz Carlos Lula da Costa a parlé. Lula a dénoncé un complot.", "fr",
     ["Luiz Carlos Lula da Costa"]),
    # two persons sharing a given name stay two
    ("Paul Mensah et Paul Owusu ont été arrêtés. Paul Mensah a été libéré.", "fr", ["Paul Mensah", "Paul Owusu"]),
])
def test_a_person_named_by_part_of_the_name_is_one_person(text, lang, want):
    assert persons(record(text, lang=lang)) == want
