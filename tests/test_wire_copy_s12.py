"""Wire-copy cases of session 12, each a defect a probe in agency format showed: a headline's
last words and the dateline under it are no site; a headline's topic before its colon does not
speak; a happening named after a day counted from it ("au lendemain d'une attaque") is another
one, with its own place and day; an attack the clause's force fought "lors de" is that force's;
where a source was reached is no toll's place; a war's toll is the country's; a plural pronoun
stands for no one person; a class noun in an object points back at the group; a headline's short
name is the body the story names in full; a stretch is no report's time; a quoted predicate is
its subject's words; the agent of a judging participle speaks; a statement is not dated by a
noun's time; a day after an infinitive asked for is ahead; in English, an indefinite group named by
its noun is a new body, a siege laid "to" a town is no destination, forces deployed mobilize and a
crime said to be common is no event; an office holder of a body speaks in the office's words; a
participle of happening the parse hangs on a toll dates the attack; the town the wounded were taken
to is no new attack; a count "avec" or in brackets after a place is that place's; a day things are
put off to is ahead; the dateline's agency is no toll's reporter; a fight "entre X et Y" has both
sides; a subordinator opens a clause no trigger before it frames; a name's apposition says what it
does and a participle on it what it suffers. The sentences and the persons in
them are invented."""
from __future__ import annotations

import pytest

import test_wire_copy
from test_wire_copy import name_of, place_of, record


def event_by_trigger(rec, trigger):
    return next(e for e in rec.events if e.trigger == trigger)


# ------------------------------------------------------------------ places and headlines
def test_a_site_never_runs_from_the_headline_into_the_dateline():
    rec = record("Soudan: des frappes sur un marché du Darfour-Nord\n\nKHARTOUM, 14 mars 2025 (AFP) - Au moins "
                 "40 civils ont été tués mardi à Kabkabiya, a indiqué un groupe de médecins.", published="2025-03-14")
    assert not any("\n" in p.name for p in rec.places)
    assert "North Darfur" in {p.name for p in rec.places}


def test_a_headline_topic_before_its_colon_does_not_speak():
    rec = record("Mali: l'armée dit avoir \"neutralisé\" des dizaines de \"terroristes\" dans le centre\n\nBAMAKO, 11 juin "
                 "2025 (AFP) - L'armée malienne a affirmé mercredi avoir \"neutralisé\" des dizaines de \"terroristes\" "
                 "lors de frappes aériennes dans la région de Mopti.", published="2025-06-11")
    assert {name_of(rec, q.speaker) for q in rec.quotes} == {"Malian Armed Forces"}


# ------------------------------------------------------------------ another happening, named by a day counted from it
LEAD = ("BAMAKO, 11 juin 2025 (AFP) - L'armée malienne a affirmé mercredi avoir \"neutralisé\" des dizaines de "
        "terroristes lors de frappes aériennes dans la région de Mopti, au lendemain d'une attaque jihadiste contre "
        "un camp militaire à Boulkessi.")


def test_an_event_named_after_a_day_counted_from_it_is_its_own():
    rec = record(LEAD, published="2025-06-11")
    strikes, attack = event_by_trigger(rec, "frappes aériennes"), event_by_trigger(rec, "attaque")
    assert name_of(rec, strikes.source) == "Malian Armed Forces"  # "lors de": the force that struck
    assert place_of(rec, strikes.place) == "Mopti"  # not the other happening's town
    assert place_of(rec, attack.place) == "Boulkessi"
    assert attack.date == "2025-06-10"  # the day before the one the sentence gives


def test_the_english_day_after_and_during():
    rec = record("MAIDUGURI, Nigeria, June 11, 2025 (Reuters) - The Nigerian army said on Wednesday it had killed 20 "
                 "militants during air strikes in Borno state, a day after an attack on a military base in Marte.",
                 "en", "2025-06-11")
    attack = event_by_trigger(rec, "attack")
    assert attack.date == "2025-06-10" and attack.source is None  # not the army that struck the next day
    assert place_of(rec, attack.place) == "Marte"


# ------------------------------------------------------------------ figures
def test_a_stretch_is_no_report_s_time():
    rec = record("GAZA, 9 avril 2025 (AFP) - Le ministère de la Santé du Hamas a fait état de 50.000 morts depuis le "
                 "7 octobre 2023.", published="2025-04-09")
    assert rec.figures[0].date == "2023-10-07/2025-04-09"


# ------------------------------------------------------------------ actors
def test_a_plural_pronoun_stands_for_no_one_person():
    rec = record("Les FSR, en guerre depuis avril 2023 contre l'armée du général Abdel Karim Moussa, n'ont pas réagi. "
                 "Elles ont démenti par le passé viser des civils.", published="2025-03-14")
    assert name_of(rec, event_by_trigger(rec, "démenti").source) == "Rapid Support Forces"


def test_a_class_noun_in_an_object_points_back_at_the_group():
    rec = record("Les FSR n'ont pas réagi.\n\nLundi, le gouvernement avait accusé les paramilitaires d'avoir bombardé "
                 "un camp de déplacés près d'El-Facher.", published="2025-03-14")
    assert name_of(rec, event_by_trigger(rec, "accusé").target) == "Rapid Support Forces"
    assert name_of(rec, event_by_trigger(rec, "bombardé").source) == "Rapid Support Forces"


def test_a_headline_s_short_name_is_the_body_named_in_full():
    rec = record("Gaza: 17 morts dans des frappes, selon la Défense civile\n\nGAZA, 9 avril 2025 (AFP) - Au moins 17 "
                 "personnes ont été tuées dans des frappes, a annoncé la Défense civile du territoire palestinien.",
                 published="2025-04-09")
    assert [a.name for a in rec.actors if "fense civile" in " ".join(a.aliases) or "Civil" in a.name] == \
        ["Gaza Civil Defence"]


# ------------------------------------------------------------------ quotes and statements
def test_a_quoted_predicate_is_its_subject_s_words():
    rec = record("NIAMEY, 18 septembre 2025 (AFP) - Bruxelles a \"rejeté catégoriquement\" ces accusations.",
                 published="2025-09-18")
    quote = next(q for q in rec.quotes if q.text == "rejeté catégoriquement")
    assert name_of(rec, quote.speaker) == "European Union"
    assert name_of(rec, event_by_trigger(rec, "rejeté").source) == "European Union"


def test_the_agent_of_a_judging_participle_speaks():
    rec = record("La junte a dissous mardi les partis politiques, une décision dénoncée par l'opposition comme une "
                 "\"atteinte grave\" aux libertés.")
    quote = next(q for q in rec.quotes if q.text == "atteinte grave")
    assert name_of(rec, quote.speaker) == "opposition"
    assert name_of(rec, event_by_trigger(rec, "dénoncée").source) == "opposition"


def test_a_statement_is_not_dated_by_a_noun_s_time():
    rec = record("JUBA, 2 octobre 2025 (AFP) - Le SPLM-IO a dénoncé jeudi \"un coup de force\" et menacé de se retirer "
                 "de l'accord de paix de 2018.\n\nLe général qui dirige le pays depuis le coup d'Etat de juillet 2023 "
                 "a par ailleurs menacé de fermer la frontière.", published="2025-10-02")
    assert {e.date for e in rec.events if e.type == "THREATEN"} == {"2025-10-02"}


@pytest.mark.parametrize("text", [
    "Plusieurs responsables politiques ont appelé à manifester vendredi à Bamako.",
    "L'opposition a exhorté ses partisans à se rassembler vendredi devant le Parlement.",
])
def test_a_day_after_an_infinitive_asked_for_is_ahead(text):
    rec = record(text)  # published on a Wednesday
    assert [t.value for t in rec.timexes] == ["2025-05-16"]


# ------------------------------------------------------------------ English probes
def test_an_indefinite_group_named_by_its_noun_is_a_new_body_not_the_armed_group():
    rec = record("PORT SUDAN, Sudan, April 12, 2025 (Reuters) - Sudan's paramilitary Rapid Support Forces killed at "
                 "least 57 people on Friday in an attack on a camp near El Fasher, a local activist group said on "
                 "Saturday.", "en", "2025-04-12")
    toll = next(f for f in rec.figures if f.best == 57)
    reporter = next(a for a in rec.actors if a.id == toll.reported_by)
    assert reporter.name == "local activist group" and reporter.kind == "organization"


def test_forces_deployed_are_who_mobilizes_and_a_common_crime_is_no_event():
    rec = record("ABUJA, March 10, 2025 (AFP) - Gunmen abducted 25 worshippers in Kaduna state on Sunday. Police "
                 "said security forces had been deployed to the area.\n\nKidnappings for ransom by armed gangs are "
                 "common in the region.", "en", "2025-03-10")
    mobilize = next(e for e in rec.events if e.type == "MOBILIZE")
    assert mobilize.source is not None and mobilize.target is None
    assert [e.trigger for e in rec.events if e.type == "COERCE"] == ["abducted"]


@pytest.mark.parametrize("text, lang, words", [
    ("« Nous condamnons cette attaque », a déclaré le secrétaire général de l'ONU.", "fr",
     "le secrétaire général de l'ONU"),
    ("Le haut-commissaire de l'ONU aux droits de l'homme a dénoncé des « crimes de guerre ».", "fr",
     "Le haut-commissaire de l'ONU aux droits de l'homme"),
    ('"We condemn this attack," said the U.N. human rights chief.', "en", "the U.N. human rights chief"),
])
def test_an_office_holder_of_a_body_speaks_in_the_office_s_words(text, lang, words):
    rec = record(text, lang)
    assert rec.quotes[0].speaker_text == words  # (the body stays the speaker's actor)


# ------------------------------------------------------------------ tolls told again, by region, put off
def test_a_participle_of_happening_the_parse_hangs_on_the_toll_dates_the_attack():
    rec = record("OUAGADOUGOU, 27 août 2024 (AFP) - Le bilan de l'attaque jihadiste survenue samedi à Barsalogho "
                 "s'est alourdi à plus de 130 morts, a appris mardi l'AFP de sources sécuritaires.", published="2024-08-27")
    assert event_by_trigger(rec, "attaque").date == "2024-08-24"


def test_the_town_the_wounded_were_taken_to_makes_no_new_attack():
    rec = record("OUAGADOUGOU, 27 août 2024 (AFP) - Plus de 130 personnes ont été tuées samedi dans une attaque "
                 "jihadiste à Barsalogho.\n\nSelon un élu, au moins 200 personnes ont été blessées et évacuées vers "
                 "Kaya.", published="2024-08-27")
    assert [e.trigger for e in rec.events if e.type == "ASSAULT"] == ["attaque"]


def test_a_count_is_the_place_s_it_is_given_for():
    rec = record("La région de Maradi est la plus touchée avec 74 morts, suivie de Zinder (59 morts) et Tahoua "
                 "(55 morts), selon le ministère.", published="2024-10-01")
    assert [(f.best, place_of(rec, f.place)) for f in rec.figures] == [(74, "Maradi"), (59, "Zinder"), (55, "Tahoua")]


def test_a_day_things_are_put_off_to_is_ahead():
    rec = record("Les autorités ont décidé de reporter au 11 novembre la rentrée scolaire.", published="2024-10-01")
    assert [t.value for t in rec.timexes] == ["2024-11-11"]


def test_the_dateline_agency_is_no_toll_s_reporter():
    rec = record("Inondations au Niger: 339 morts et plus d'un million de sinistrés\n\nNIAMEY, 1er octobre 2024 (AFP) - Les inondations provoquées par "
                 "des pluies diluviennes ont fait 339 morts et plus d'un million de sinistrés au Niger depuis juin, selon "
                 "un nouveau bilan officiel publié mardi.", published="2024-10-01")
    assert all(name_of(rec, f.reported_by) != "Agence France-Presse" for f in rec.figures)


@pytest.mark.parametrize("text, lang, sides", [
    ("Une dizaine de personnes ont été tuées dimanche dans des affrontements entre éleveurs et agriculteurs dans "
     "la province du Ouaddaï.", "fr", ("éleveurs", "agriculteurs")),
    ("Clashes between herders and farmers killed 12 people in Plateau state on Sunday.", "en", ("herders", "farmers")),
])
def test_a_fight_between_two_sides_has_them_as_source_and_target(text, lang, sides):
    rec = record(text, lang, "2025-06-09")
    fight = next(e for e in rec.events if e.type == "ASSAULT")
    assert (name_of(rec, fight.source), name_of(rec, fight.target)) == sides


def test_a_subordinator_opens_a_clause_no_trigger_before_it_frames():
    rec = record("Le gouverneur a fait savoir que des renforts de l'armée avaient été dépêchés sur place et qu'un "
                 "couvre-feu avait été instauré.", published="2025-06-09")
    assert {e.type for e in rec.events} == {"MOBILIZE", "COERCE"}


def test_a_name_s_apposition_says_what_it_does_and_a_participle_what_it_suffers():
    rec = record("L'Egypte, soutien de l'armée soudanaise, a mis en garde contre une partition de fait du pays. Les "
                 "Emirats arabes unis, accusés par Khartoum d'armer les FSR, ont une nouvelle fois démenti toute "
                 "implication.", published="2025-11-20")
    support = next(e for e in rec.events if e.type == "SUPPORT")
    accuse = next(e for e in rec.events if e.type == "ACCUSE")
    assert name_of(rec, support.source) == "Egypt" and name_of(rec, support.target) == "Sudanese Armed Forces"
    assert name_of(rec, accuse.target) == "United Arab Emirates"


def test_since_the_start_of_the_year_is_this_year():
    rec = record("More than 300 people have been killed since the start of the year.", "en", "2025-05-14")
    assert [t.value for t in rec.timexes] == ["2025"]


# ------------------------------------------------------------------ one attribute of one event
EVENT_ATTRIBUTES = [
    # the day a happening named after a day counted from it gives in its own clause, whatever the parse
    ("Trois civils ont été tués mardi dans une nouvelle frappe russe sur Soumy, au lendemain d'une frappe qui avait "
     "fait cinq morts lundi dans la même ville, ont indiqué les autorités.", "fr", "2024-09-03",
     ("trigger", "frappe"), "date", "2024-09-02"),
    # a statement is not dated by the month before a noun
    ("BEIRUT, June 5, 2025 (AFP) - The Lebanese president condemned the strikes as a violation of the November "
     "ceasefire.", "en", "2025-06-05", ("type", "ACCUSE"), "date", "2025-06-05"),
    # an accusation the accused denies was made
    ("Pakistan has accused Afghanistan's Taliban government of harbouring militants who carry out attacks inside "
     "Pakistan, a charge Kabul denies.", "en", "2025-04-27", ("type", "ACCUSE"), "status", "occurred"),
    # talks that stalled are not the speaker's
    ("GOMA, Congo, Feb. 16, 2025 (AP) - M23 rebels seized the town of Kavumu on Friday after government troops "
     "withdrew, residents and a rebel spokesman said, as regional peace talks in Angola stalled.", "en", "2025-02-16",
     ("type", "CONSULT"), "source", None),
    # a strike dated by its report takes the day "the strike hit ... on Wednesday" gives
    ("BANGKOK, Jan 9, 2025 (Reuters) - An air strike by Myanmar's military on a village in the central Sagaing "
     "region killed at least 20 people, a local resistance group said on Thursday.\n\nThe strike hit a monastery "
     "in the village on Wednesday afternoon, according to the group.", "en", "2025-01-09", ("type", "ASSAULT"),
     "date", "2025-01-08"),
]


@pytest.mark.parametrize("text, lang, published, which, attribute, expected", EVENT_ATTRIBUTES)
def test_one_attribute_of_one_event(text, lang, published, which, attribute, expected):
    test_wire_copy.test_one_attribute_of_one_event(text, lang, published, which, attribute, expected)


def test_a_past_verb_the_parse_joined_to_a_that_clause_goes_with_the_verb_above_it():
    rec = record("The U.N. Security Council on Thursday demanded that M23 withdraw from occupied areas and called on "
                 "Rwanda to stop supporting the group.", "en", "2025-02-16")
    assert {name_of(rec, e.source) for e in rec.events if e.type == "REQUEST"} == {"UN Security Council"}


# ------------------------------------------------------------------ the place of one count
FIGURE_PLACES = [
    # where a source was reached is no toll's place
    ("Au moins 40 civils ont été tués mardi à Kabkabiya, a indiqué un médecin, Hamid Osmane, joint par téléphone "
     "depuis Port-Soudan. Selon lui, 23 blessés ont été transférés vers l'hôpital d'El-Facher.", "fr", "2025-03-12",
     23, "Kabkabiya"),
    # a war's toll is the country's
    ("Soudan: 40 civils tués\n\nKHARTOUM, 14 mars 2025 (AFP) - Au moins 40 civils ont été tués mardi à Kabkabiya."
     "\n\nLa guerre a fait des dizaines de milliers de morts et déplacé plus de 12 millions de personnes, selon "
     "l'ONU.", "fr", "2025-03-14", 12_000_000, "Sudan"),
    # a siege laid "to" a town is no destination
    ("The United Nations condemned the attack on the Abu Shouk camp. More than 400,000 people have fled the area "
     "since the RSF laid siege to El Fasher last year, according to the International Organization for Migration.",
     "en", "2025-04-12", 400_000, "El Fasher"),
]


@pytest.mark.parametrize("text, lang, published, best, expected", FIGURE_PLACES)
def test_the_place_of_one_count(text, lang, published, best, expected):
    rec = record(text, lang, published)
    assert place_of(rec, next(f for f in rec.figures if f.best == best).place) == expected


def test_members_of_one_family_are_family_members():
    rec = record("Une frappe a touché une maison de Choujaïya, tuant neuf membres d'une même famille.", published="2025-04-09")
    assert [(f.best, f.group) for f in rec.figures] == [(9, "family members")]


@pytest.mark.parametrize("text, lang, groups", [
    ("Au moins 27 civils ont été tués et plus de 60 blessés depuis samedi.", "fr", ["civilians", "civilians"]),
    ("At least five civilians were killed and 14 wounded on Monday.", "en", ["civilians", "civilians"]),
    ("Trois soldats ont été tués et deux civils blessés.", "fr", ["soldiers", "civilians"]),
    # the dead and wounded "dans nos rangs" are the speaking side's soldiers or fighters
    ("L'armée malienne a publié un communiqué qui fait état de «six morts et onze blessés dans nos rangs».", "fr",
     ["soldiers", "soldiers"]),
    ("Le JNIM a reconnu trois morts dans ses rangs.", "fr", ["fighters"]),
])
def test_a_count_of_a_state_after_named_people_counts_the_same_people(text, lang, groups):
    assert [f.group for f in record(text, lang).figures] == groups


def test_soldiers_an_army_lost_are_killed():
    rec = record("The army said it had lost six soldiers in the attack.", "en")
    assert [(f.best, f.kind) for f in rec.figures] == [(6, "killed")]


def test_a_group_described_as_opposed_makes_no_statement():
    rec = record("The strike was reported by the People's Defence Force, an armed group opposed to the junta.", "en")
    assert not any(e.type == "REJECT" for e in rec.events)
