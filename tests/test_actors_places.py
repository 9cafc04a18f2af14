"""Actors and places: knowledge base, composites, metonymy, demonyms, sub-places."""


def rec_of(extract, text):
    return extract(text, published="2024-06-13")


def names(items):
    return {x.name for x in items}


def test_metonymy_is_an_actor_not_a_place(extract):
    rec = rec_of(extract, "Moscou a annoncé jeudi une trêve à Kharkiv, mais Kiev n'a pas réagi.")
    assert "Russia" in names(rec.actors) and "Ukraine" in names(rec.actors)
    assert "Kharkiv" in names(rec.places) and "Moscow" not in names(rec.places)


def test_demonyms_are_not_places_and_composites_are_actors(extract):
    rec = rec_of(extract, "L'armée soudanaise a repoussé une attaque près d'El-Facher, selon des témoins. "
                          "Des frappes russes ont visé Kharkiv.")
    assert "Sudanese Armed Forces" in names(rec.actors) and "Russia" in names(rec.actors)
    assert not any(p.country == "RU" for p in rec.places)
    fasher = next(p for p in rec.places if p.country == "SD")
    assert abs(fasher.lat - 13.63) < 0.2


def test_kb_acronyms_and_persons_with_roles(extract):
    rec = rec_of(extract, "Le ministre ukrainien de la Défense Petro Zaliznyak a rencontré l'OTAN. "
                          "M. Zaliznyak a ensuite rejoint Kiev.")
    person = next(a for a in rec.actors if a.kind == "person")
    assert person.name == "Petro Zaliznyak" and len(person.mentions) == 2
    assert "ministre ukrainien de la Défense" in (person.role or "") and person.affiliation == "Ukraine"
    assert "North Atlantic Treaty Organization" in names(rec.actors) or "NATO" in names(rec.actors)


def test_sub_places_keep_the_city(extract):
    rec = rec_of(extract, "Des obus sont tombés sur Alep-Est, dans les quartiers de Kallasseh et de Bab Nairab.")
    aleppo = next(p for p in rec.places if p.name == "Aleppo")
    assert aleppo.part == "east"
    districts = [p for p in rec.places if p.feature == "district"]
    assert len(districts) == 2 and all(abs(p.lat - aleppo.lat) < 0.1 for p in districts)


def test_ambiguous_name_follows_the_country_in_focus(extract):
    rec = rec_of(extract, "Les forces syriennes ont bombardé Homs, dans le centre de la Syrie, puis Hama.")
    homs = next(p for p in rec.places if p.name == "Homs")
    assert homs.country == "SY"
    assert rec_of(extract, "Des combats ont éclaté à Tripoli, la capitale libyenne.").places[0].country == "LY"


def test_province_is_admin1(extract):
    rec = rec_of(extract, "Des combats ont eu lieu dans la province du Nord-Kivu.")
    assert rec.places[0].feature == "admin1" and rec.places[0].country == "CD"
