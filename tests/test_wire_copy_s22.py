"""Wire-copy cases of session 22, each a defect a probe or a development article showed, reduced
to the sentence that shows it. The sentences and the persons in them are invented."""
from __future__ import annotations

import pytest

from test_wire_copy import record
from test_wire_copy_s20 import typed


# ------------------------------------------------------------------ an event named again
@pytest.mark.parametrize("text, lang, want", [
    # a preposition fused with the article makes the noun definite: the murder told
    ("Des combats ont éclaté lundi à Goma. Le déclenchement des combats a forcé des milliers d'habitants "
     "à fuir.", "fr", ["ASSAULT"]),
    ("Un attentat a fait douze morts au marché de Maiduguri lundi. Un blessé est hospitalisé depuis "
     "l'attentat au marché de Maiduguri.", "fr", ["ASSAULT"]),
    # a complement on a place named before: the shooting told, not a second one
    ("Une fusillade a fait trois morts à Marseille samedi. Les habitants du quartier ont témoigné "
     "au lendemain de la fusillade de Marseille.", "fr", ["ASSAULT"]),
    # a day of its own makes it another happening
    ("Une fusillade a fait trois morts à Marseille samedi. Elle rappelle la fusillade du 3 mars, "
     "qui avait fait deux morts.", "fr", ["ASSAULT", "ASSAULT"]),
])
def test_an_event_named_again_with_its_complement(text, lang, want):
    assert typed(record(text, lang=lang)) == want


def test_a_noun_subject_spans_its_verb():
    text = ("Une rencontre entre le ministre malien Issa Kanouté et son homologue nigérien se tiendrait "
            "mercredi à Niamey.")
    rec = record(text)
    meeting = next(e for e in rec.events if e.type == "CONSULT")
    assert "se tiendrait mercredi à Niamey" in text[meeting.span[0]:meeting.span[1]]


@pytest.mark.parametrize("text, want", [
    # a death told with no word of how, in a story of no violence: no attack
    ("L'ancien président Marcel Kouassi Ebah est mort vendredi soir à Abidjan. Il avait dirigé le pays "
     "pendant vingt ans.", []),
    ("Six randonneurs ont perdu la vie mercredi en Savoie. Ils étaient partis tôt le matin.", []),
    # ...where the story tells violence in other words, the deaths are its toll
    ("Six soldats ont perdu la vie mercredi près de Gao. Leur convoi a été pris dans une embuscade.",
     ["ASSAULT", "ASSAULT"]),
])
def test_a_bare_death_is_an_attack_only_in_a_story_of_violence(text, want):
    assert typed(record(text)) == want
