"""English event rules, second round: resistance met is fighting, a definite event noun with
words before it repeats the event told, untargeted events at different places stay apart. The
dispatches are invented."""
from __future__ import annotations

import veille

PUB = "2024-06-12"


def events(text: str) -> list[tuple[str, str]]:
    rec = veille.extract(text, published=PUB, lang="en")
    return [(e.type, text[e.span[0]:e.span[1]]) for e in rec.events]


def test_troops_meeting_resistance_is_fighting_not_a_meeting():
    got = events("Government troops met stiff resistance from rebels armed with rocket launchers near Dengo "
                 "on Tuesday. The loyalists later began using guerrilla tactics against the soldiers.")
    types = [t for t, _ in got]
    assert "CONSULT" not in types
    assert types.count("ASSAULT") >= 1


def test_a_minister_who_met_an_envoy_still_consults():
    got = events("The foreign minister met the UN envoy in Geneva on Monday to discuss the truce.")
    assert any(t == "CONSULT" for t, _ in got)


def test_a_definite_event_noun_with_words_before_it_repeats_the_attack_told():
    got = events("A suicide bomber attacked a military base in Dengo province on Wednesday, killing seven "
                 "officers, the army said. Among those killed in the Dengo attack was a senior commander.")
    assert [t for t, _ in got].count("ASSAULT") == 1


def test_occupations_of_different_places_by_one_force_are_separate_seizures():
    got = events("Officials said the Sudanese troops were occupying 13 villages, pushing the front line deeper "
                 "into Darfur.\n\nSudanese troops are still occupying the key towns of Kutum, north of El Fasher, "
                 "and Tawila in the west of Darfur. Sudanese soldiers also took control of the main east-west "
                 "highway.")
    assert [t for t, _ in got].count("COERCE") == 3
