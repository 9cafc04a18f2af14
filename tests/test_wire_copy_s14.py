"""Wire-copy cases of session 14, each a defect a probe in agency format showed, reduced to the
sentence that shows it. The sentences and the persons in them are invented."""
from __future__ import annotations

import pytest

from test_wire_copy import name_of, place_of, record


def counted(rec):
    return sorted((f.kind, f.best) for f in rec.figures)


# ------------------------------------------------------------------ figures
@pytest.mark.parametrize("lang, text, want", [
    ("fr", "Deux hommes armés ont tué trois civils samedi à Hébron.", [("killed", 3)]),
    ("fr", "Un homme armé a abattu un policier mardi à Kidal.", [("killed", 1)]),
    ("en", "Two men shot dead three police officers in Kano on Monday.", [("killed", 3), ("other", 2)]),
])
def test_who_kills_someone_is_not_counted_among_the_dead(lang, text, want):
    assert counted(record(text, lang=lang, published="2024-04-02")) == want


@pytest.mark.parametrize("text, want", [
    # the people counted went through what the verb says of them
    ("Quelque 7 800 personnes ont fui leurs foyers la semaine dernière dans la province.", [("displaced", 7800)]),
    ("Trois soldats ont perdu la vie lundi près de Gao.", [("killed", 3)]),
])
def test_the_subject_of_a_verb_that_befalls_it_is_still_counted(text, want):
    assert counted(record(text, published="2024-04-02")) == want


# ------------------------------------------------------------------ events
def test_a_wounding_told_actively_is_an_attack():
    rec = record("Un homme a blessé deux passants samedi à Hébron, a indiqué la police.", published="2024-04-02")
    assert [(e.type, e.trigger) for e in rec.events] == [("ASSAULT", "a blessé")]
    assert counted(rec) == [("injured", 2)]


def test_the_person_named_as_the_attacker_carried_out_the_attack_a_group_claimed():
    rec = record("BAIDOA, May 3 (Reuters) - An army base in Baidoa was attacked on Monday, officials said. The Shabaab "
                 "claimed responsibility for the attack. The attacker, Abdi Warsame, had trained in Yemen.",
                 lang="en", published="2024-05-04")
    attack = next(e for e in rec.events if e.trigger == "attacked")
    assert name_of(rec, attack.source) == "Abdi Warsame"


@pytest.mark.parametrize("lang, text", [
    ("en", "Kidnappings of foreigners in the region have increased in recent months, aid groups say."),
    ("fr", "Les enlèvements d'étrangers se sont multipliés ces derniers mois dans la région, selon des ONG."),
])
def test_a_trend_of_happenings_is_no_happening(lang, text):
    assert record(text, lang=lang).events == []


def test_a_kidnapping_told_as_news_stays_one():
    rec = record("Two aid workers were kidnapped in the region on Monday, aid groups said.", lang="en",
                 published="2024-05-14")
    assert [e.type for e in rec.events] == ["COERCE"]


def test_a_toll_risen_after_a_long_description_of_the_strike_is_a_death_toll():
    rec = record("KYIV, May 13 (Reuters) - The death toll from a Russian missile strike on a hardware store in Kharkiv "
                 "on Saturday rose to 12, regional officials said.", lang="en", published="2024-05-13")
    toll = next(f for f in rec.figures if f.best == 12)
    assert (toll.kind, toll.date) == ("killed", "2024-05-11")


@pytest.mark.parametrize("lang, text, trigger", [
    ("en", "The RSF accused Sudan's army of bombing a market in Omdurman on Sunday.", "bombing"),
    ("fr", "Les FSR ont accusé l'armée soudanaise d'avoir bombardé un marché à Omdourman dimanche.", "bombardé"),
])
def test_the_accused_army_named_with_a_possessive_did_what_it_is_accused_of(lang, text, trigger):
    rec = record(text, lang=lang, published="2024-05-13")
    attack = next(e for e in rec.events if e.trigger == trigger)
    assert name_of(rec, attack.source) == "Sudanese Armed Forces"


def test_an_expletive_ne_negates_nothing():
    rec = record("MOGADISCIO, 15 mars 2024 (AFP) - L'assaut des shebab contre un hôtel de la capitale a duré plus de "
                 "douze heures jeudi avant que les forces spéciales ne reprennent le contrôle du bâtiment.",
                 published="2024-03-15")
    assert {e.status for e in rec.events} == {"occurred"}


def test_ne_with_its_partner_still_negates():
    rec = record("L'armée n'a pas frappé l'hôpital lundi, a affirmé son porte-parole.")
    assert [e.status for e in rec.events if e.type == "ASSAULT"] == ["denied"]


@pytest.mark.parametrize("lang, text, best", [
    ("fr", "BEYROUTH, 12 avril 2024 (AFP) - Sept soldats syriens ont été tués jeudi dans une attaque de l'EI à "
           "Palmyre, a indiqué l'OSDH.\n\nSelon l'ONG, basée au Royaume-Uni, quatre autres militaires ont été "
           "blessés dans l'attaque.", 4),
    ("en", "BEIRUT, April 12 (Reuters) - Seven Syrian soldiers were killed on Thursday in an Islamic State attack "
           "near Palmyra, the Syrian Observatory for Human Rights said.\n\nThe monitor, based in the United Kingdom, "
           "said four more soldiers were wounded in the attack.", 4),
])
def test_where_a_source_is_based_is_not_where_people_were_hurt(lang, text, best):
    rec = record(text, lang=lang, published="2024-04-12")
    wounded = next(f for f in rec.figures if f.best == best)
    assert place_of(rec, wounded.place) == "Palmyra"


@pytest.mark.parametrize("lang, text, kind", [
    ("fr", "Des hommes armés ont tué mercredi 12 personnes dans un camp de déplacés de l'Etat de Borno.", "killed"),
    ("fr", "Des hommes armés ont enlevé mercredi 12 personnes dans un camp de déplacés de l'Etat de Borno.", "detained"),
])
def test_a_verb_then_a_day_before_the_count_says_its_kind(lang, text, kind):
    rec = record(text, lang=lang, published="2024-03-08")
    assert [(f.kind, f.best) for f in rec.figures] == [(kind, 12)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Des affrontements ont opposé samedi l'armée congolaise aux rebelles du M23 près de Sake."),
    ("fr", "Des combats opposent depuis samedi l'armée congolaise et les rebelles du M23 près de Sake."),
    ("en", "Clashes pitted the Congolese army against M23 rebels near Sake on Saturday."),
])
def test_a_fight_whose_verb_opposes_two_sides_is_the_first_against_the_second(lang, text):
    rec = record(text, lang=lang, published="2024-06-09")
    fight = next(e for e in rec.events if e.type == "ASSAULT")
    assert (name_of(rec, fight.source), name_of(rec, fight.target)) == (
        "Armed Forces of the Democratic Republic of the Congo", "March 23 Movement")


def test_a_count_of_a_year_gone_takes_no_reporter_from_the_paragraph_before():
    rec = record("KANO (Nigeria), 8 mars 2024 (AFP) - L'armée nigériane a annoncé vendredi avoir arrêté 12 suspects "
                 "dans l'Etat de Zamfara.\n\nEn 2014, l'enlèvement de 276 lycéennes à Chibok par Boko Haram avait "
                 "suscité une indignation mondiale.", published="2024-03-08")
    by = {f.best: name_of(rec, f.reported_by) for f in rec.figures}
    assert by == {12: "Nigerian Armed Forces", 276: None}


def test_a_day_between_a_source_with_a_complement_and_its_verb_of_saying_is_the_reports():
    rec = record("GAZA, May 14 (Reuters) - An Israeli air strike hit a school in Nuseirat on Sunday.\n\nThe Gaza "
                 "Ministry of Health on Monday said 12 people were killed in the strike.", lang="en",
                 published="2024-05-14")
    toll = next(f for f in rec.figures if f.best == 12)
    assert toll.kind == "killed" and toll.date != "2024-05-13"


@pytest.mark.parametrize("lang, text", [
    ("en", "The army has increased its air strikes on rebel positions."),
    ("fr", "Les deux armées ont augmenté leurs frappes aériennes contre les rebelles."),
])
def test_strikes_increased_by_an_actor_are_an_act_not_a_trend(lang, text):
    assert [e.type for e in record(text, lang=lang).events] == ["ASSAULT"]
