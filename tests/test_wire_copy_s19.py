"""Wire-copy cases of session 19, each a defect a probe in agency, Wikinews or press format
showed, reduced to the sentence that shows it. The sentences and the persons in them are invented."""
from __future__ import annotations

import pytest

from test_wire_copy import name_of, record


def typed_sources(rec):
    return [(e.type, name_of(rec, e.source)) for e in rec.events]


# ------------------------------------------------------------------ sources
@pytest.mark.parametrize("text", [
    "Le président sénégalais Amadou Diallo a reçu mardi à Dakar son homologue ivoirien. "
    "Le président français a salué mercredi l'accord.",
    "Le Premier ministre irakien Ali Hassan est arrivé lundi à Paris. "
    "Le chef du gouvernement français a salué sa visite.",
])
def test_an_office_of_another_nationality_is_not_the_person_named_before(text):
    rec = record(text, published="2024-05-14")
    named = next(a.name for a in rec.actors if a.kind == "person" and a.country)
    sources = [s for t, s in typed_sources(rec) if t == "SUPPORT"]
    assert len(sources) == 1 and sources[0] not in (named, None)


# ------------------------------------------------------------------ places
@pytest.mark.parametrize("text, district, town", [
    # a town of the district's name in another country is a namesake
    ("Une bombe a explosé dans le quartier chiite de Sadrabad à Bagdad.", "Sadrabad", "Baghdad"),
    # the district's noun in an apposition after its name
    ("La police a dispersé les manifestants à Hamrawi, un quartier du nord de Khartoum.", "Hamrawi", "Khartoum"),
])
def test_a_district_is_in_the_town_its_sentence_names(text, district, town):
    rec = record(text, published="2024-05-14")
    places = {p.name.split(" (")[0]: p for p in rec.places}
    assert places[district].feature == "district"
    assert (places[district].lat, places[district].lon) == (places[town].lat, places[town].lon)
