"""English place rules: sites named before their noun ("Tahrir Square", "the Zamzam camp"), a
province abroad named in full, the Waziristan districts. The dispatches are invented."""
from __future__ import annotations

import pytest

import veille

PUB = "2024-06-12"


def places(text: str) -> dict:
    rec = veille.extract(text, published=PUB, lang="en")
    return {p.name: p for p in rec.places}


def test_a_site_named_before_its_noun_lies_in_the_town_the_sentence_names():
    got = places("Thousands of protesters filled Liberation Square in Cairo on Friday, chanting slogans.")
    site = got.get("Liberation Square (Cairo)")
    assert site is not None and site.feature == "site" and site.country == "EG"
    assert abs(site.lat - got["Cairo"].lat) < 0.01


def test_a_capitalised_palace_after_a_possessive_is_a_site_of_that_town():
    got = places("Police fired tear gas at the marchers outside Khartoum's Republican Palace on Sunday.")
    assert any(n.startswith("Republican Palace") and p.country == "SD" for n, p in got.items())


def test_a_demonym_or_an_article_is_not_part_of_a_sites_name():
    got = places("The Israeli hospital in Haifa was evacuated. The Kaspi railway bridge in Georgia was blown up "
                 "near Kaspi.")
    assert not any(n.startswith(("Israeli", "The ")) for n in got)
    assert "Haifa" in got


def test_a_site_the_gazetteer_holds_is_one_place_however_it_is_worded():
    got = places("EL FASHER, June 11 (Reuters) - Shells hit the Abu Shouk displacement camp on Tuesday. "
                 "Residents of Abu Shouk camp fled north.")
    camps = [n for n in got if "Abu Shouk" in n]
    assert len(camps) == 1, camps
    assert got[camps[0]].feature == "site"


def test_a_site_noun_on_the_next_line_is_not_part_of_a_name():
    got = places("Shelling hit El Fasher\n\nPORT SUDAN, June 11 (Reuters) - The army said the city was calm.")
    assert not any("\n" in n for n in got)


def test_a_province_abroad_named_in_full_is_a_place():
    got = places("KABUL, June 11 (Reuters) - Afghan officials compared the burns to those seen in the Gaza "
                 "Strip during the war.")
    assert got.get("Gaza Strip") is not None and got["Gaza Strip"].country == "PS"


def test_north_waziristan_is_the_district_not_the_whole_region():
    got = places("A journalist disappeared in North Waziristan on Monday, Pakistani police said.")
    nw = got.get("North Waziristan")
    assert nw is not None and nw.feature == "admin2"
    assert nw.lat > 32.8


def test_a_park_named_before_its_noun_is_a_site_but_a_national_park_with_no_name_is_not():
    got = places("Protesters gathered in Nairobi's Uhuru Park on Tuesday. Helicopters set fire to the Kenyan "
                 "National Park near Nairobi.")
    assert any(n.startswith("Uhuru Park") for n in got)
    assert not any(n.startswith("National Park") for n in got)


def test_a_one_word_name_that_says_something_is_a_person_not_a_town():
    got = places('BASRA - Militants fought police in Basra. "Peace will not come through military operations, as '
                 'Mallawi claimed, but through talks," the cleric said.')
    assert "Basra" in got
    assert not any(n.startswith("Mallawi") for n in got)


# ------------------------------------------------------------------ where a happening took place
@pytest.mark.parametrize("text, trigger, place", [
    # a happening placed only by its country, in a story about one of its towns: the town
    ("Twin bombings in Iraq killed at least 30 people on Friday, police said. The blasts tore through a busy "
     "market in Mosul. Mosul police said the death toll could rise.", "bombings", "Mosul"),
    ("Two aid workers were kidnapped in southern Somalia on Tuesday. The men were seized at their compound in "
     "Kismayo, elders in Kismayo said.", "kidnapped", "Kismayo"),
    # ...but a war's toll told for the whole country stays the country's
    ("Fighting in Sudan has killed 15,000 people since the war began, the UN said. Residents of Kutum said "
     "the town was quiet on Monday.", None, "Sudan"),
])
def test_a_country_gives_way_to_the_town_the_story_is_about(text, trigger, place):
    rec = veille.extract(text, published=PUB, lang="en")
    names = {p.id: p.name for p in rec.places}
    first = text.index(".") + 1
    if trigger:
        ev = next(e for e in rec.events if e.trigger == trigger)
        assert names.get(ev.place) == place
    figs = [f for f in rec.figures if f.span[0] < first]
    assert figs and all(names.get(f.place) == place for f in figs)


@pytest.mark.parametrize("text, place, not_actor", [
    # a country after a town and a comma says where the town is
    ("UN officials in Rome, Italy said the two men worked for a relief agency.", "Italy", True),
    ("Aid officials in Nairobi, Kenya said the convoy was attacked near the border.", "Kenya", True),
    # a country troops are sent to is where they go
    ("Kenya said on Monday it would deploy more troops to Somalia.", "Somalia", True),
    ("Rwanda deployed 1,000 soldiers to Mozambique in July.", "Mozambique", True),
])
def test_a_country_that_locates_a_town_or_receives_troops_is_a_place(text, place, not_actor):
    rec = veille.extract(text, published=PUB, lang="en")
    assert place in {p.name for p in rec.places}
    assert (place not in {a.name for a in rec.actors}) is not_actor


@pytest.mark.parametrize("text, provinces", [
    pytest.param("In the eastern Donetsk region, Russian forces captured a village.", {"Donetsk Oblast"},
                 id="a_province_the_ner_left_untagged"),
    pytest.param("The ministry said it shot down 27 drones over the Belgorod and Kursk regions.",
                 {"Belgorod Oblast", "Kursk Oblast"}, id="a_list_of_provinces_before_a_plural_noun"),
    pytest.param("The Kherson and Zaporizhzhia regions were shelled overnight.",
                 {"Kherson Oblast", "Zaporizhzhia Oblast"}, id="a_list_opening_the_sentence"),
])
def test_names_before_a_province_noun_are_provinces(extract, text, provinces):
    rec = extract(text, published="2025-03-05", lang="en")
    assert provinces <= {p.name for p in rec.places if p.feature == "admin1"}


def test_a_country_after_in_and_a_part_word_is_a_place_even_tagged_a_person(extract):
    # the small English model tags "Mali" in "in central Mali" as a person
    rec = extract("Jihadi fighters killed at least 40 civilians in central Mali on Saturday, local officials said.",
                  published="2024-07-08", lang="en")
    assert "Mali" in {p.name for p in rec.places if p.feature == "country"}
    names = {a.id: a.name for a in rec.actors}
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert names.get(attack.source) == "Jihadists" and attack.target is None
    assert not [a for a in rec.actors if a.kind == "person"]
