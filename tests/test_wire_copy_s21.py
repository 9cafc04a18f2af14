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


def typed(rec):
    return sorted(e.type for e in rec.events)


# ------------------------------------------------------------------ events
@pytest.mark.parametrize("text, lang, want", [
    # coordinated clauses at two towns: two attacks
    ("The army pounded RSF positions in Bahri, and shelling in Omdurman killed 13 civilians.", "en",
     ["ASSAULT", "ASSAULT"]),
    # two acts of a type whose acts are distinct, each clause with its own subject
    ("Les manifestants ont été dispersés et une douzaine d'entre eux ont été appréhendés.", "fr",
     ["COERCE", "COERCE"]),
    # ...not one subject's two verbs ("arrested and deported": one detention)
    ("Two activists were arrested and deported on Sunday.", "en", ["COERCE"]),
    # ...nor a clause subordinate to the toll's ("killed ... when the RSF shelled the camp")
    ("At least 14 people were killed and 30 wounded in Nyala on Tuesday when the RSF shelled a camp near "
     "El Fasher.", "en", ["ASSAULT"]),
])
def test_two_clauses_of_one_sentence(text, lang, want):
    assert typed(record(text, lang=lang)) == want
