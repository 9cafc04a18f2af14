"""Wire-copy cases of session 20, each a defect a probe in agency, Wikinews or press format
showed, reduced to the sentence that shows it. The sentences and the persons in them are invented."""
from __future__ import annotations

import pytest

from test_wire_copy import record


# ------------------------------------------------------------------ time
@pytest.mark.parametrize("text, lang, published, when, want", [
    # a year opening the sentence frames the days it names without one
    ("En 2015, le pays avait connu une vague d'attentats : le 13 novembre, des hommes armés avaient tué "
     "130 personnes.", "fr", "2017-03-10", "le 13 novembre", "2015-11-13"),
    ("In 2015, the country suffered a wave of attacks: on November 13, gunmen killed 130 people.", "en",
     "2017-03-10", "November 13", "2015-11-13"),
    # ...not a year told inside the clause, nor a sentence told in the future
    ("L'accord, signé en 2010, a été dénoncé le 3 mars.", "fr", "2017-03-10", "le 3 mars", "2017-03-03"),
    ("Le parlement votera le 2 avril.", "fr", "2017-03-10", "le 2 avril", "2017-04-02"),
])
def test_time_values_of_session_20(text, lang, published, when, want):
    rec = record(text, published=published, lang=lang)
    assert {t.text: t.value for t in rec.timexes}[when] == want


# ------------------------------------------------------------------ sources
@pytest.mark.parametrize("text, lang, not_actor", [
    # a relative after "selon" opens a clause, not a source
    ("Des rumeurs circulent selon lesquelles le général serait resté en poste malgré les affrontements.", "fr",
     "lesquelles"),
    # pictures are no source
    ("Les victimes ont été décapitées, d'après des photographies montrant des corps empilés.", "fr", "photographies"),
    ("Dozens of bodies lay in the yard, according to photographs seen by reporters.", "en", "photographs"),
])
def test_what_follows_according_to_without_being_a_source(text, lang, not_actor):
    rec = record(text, lang=lang)
    assert not any(not_actor in " ".join([a.name, *a.aliases]).lower() for a in rec.actors)


def typed(rec):
    return sorted(e.type for e in rec.events)


# ------------------------------------------------------------------ events
@pytest.mark.parametrize("text, lang, want", [
    # an adverb or an adverbial phrase inside a phrase of the lexicon
    ("Les deux ministres se sont longuement entretenus mardi à Ankara.", "fr", ["CONSULT"]),
    ("Le Conseil présidentiel a aussitôt exclu de discuter avec les gangs.", "fr", ["REJECT"]),
    ("Le Tchad s'est de son côté engagé à retirer ses troupes.", "fr", ["AGREE"]),
    ("L'Union africaine s'est elle aussi félicitée de la trêve.", "fr", ["SUPPORT"]),
])
def test_a_phrase_holds_an_adverb(text, lang, want):
    assert typed(record(text, lang=lang)) == want
