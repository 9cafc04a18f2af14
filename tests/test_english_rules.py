"""English rules that the small model's parse and NER need: speakers of quotations (named before
the verb, in apposition, by a title alone, by a pronoun, in the sentence before), what a person
cannot be, dates naming an event, and places the NER mislabels. The persons and bodies below
are invented."""
from __future__ import annotations

import pytest
import veille

PUB = "2024-06-12"


def speakers(text: str) -> dict[str, str | None]:
    """Each quotation's first words -> the name of its speaker."""
    rec = veille.extract(text, published=PUB, lang="en")
    names = {a.id: a.name for a in rec.actors}
    return {" ".join(q.text.split()[:2]): names.get(q.speaker) for q in rec.quotes}


# (the rule, a text, its quote's first two words, the speaker's name)
SPEAKER_CASES = [
    ('a_body_named_before_the_verb_speaks_not_the_person_after_it',
     'Police detained Daniel Okafor on Monday. "The vote cannot be free," the Popular Front said '
     "following Okafor's arrest.",
     'The vote', 'Popular Front'),
    ('a_surname_before_the_verb_speaks_not_the_outlet_he_spoke_to',
     'General Tomas Reyvald commands the northern front. "We will review every strike," Reyvald said '
     'in an interview with ABC News.',
     'We will', 'Tomas Reyvald'),
    ('the_person_in_apposition_speaks_not_the_leader_he_speaks_for',
     'A spokesman for Ahmed Zuberi, Karim Haddou, told reporters: "The city will be defended street '
     'by street."',
     'The city', 'Karim Haddou'),
    ('a_title_alone_is_the_person_named_before_with_that_title',
     'Government spokesman Idriss Mahamat Saleh said troops had landed at dawn.\n\nHeavy fighting was '
     'reported near the port.\n\n"We hope the island will be calm by tonight," the government '
     'spokesman said.',
     'We hope', 'Idriss Mahamat Saleh'),
    ('he_is_the_person_his_own_sentence_is_about',
     'Salim Haddad, an aide to the cleric, said the fighters would not disarm.\n\nIn a speech today, '
     'Prime Minister Farid Nassiri did not name the movement, and he said the operation was "only '
     'against criminal gangs".',
     'only against', 'Farid Nassiri'),
    ('he_is_the_agent_of_the_sentence_that_reports_his_words',
     '"Our resolve is firm," Prime Minister Farid Nassiri said.\n\nThe strikes were condemned by Yusuf '
     'Karimi, a member of parliament. "We condemn these raids on our people," he said.',
     'We condemn', 'Yusuf Karimi'),
    ('a_source_named_in_the_same_paragraph_outranks_an_earlier_speaker',
     '"The offensive will go on," General Tomas Reyvald said.\n\nRetired general Oskar Lindqvist '
     'called the plan sound. But he acknowledged doubts about the army. "I hope their capability '
     'will increase."',
     'I hope', 'Oskar Lindqvist'),
    ('a_name_the_model_mislabels_is_a_person_when_it_speaks',
     '"They hit the building at four in the morning," Iryna Bondarchuk, 58, told The Associated '
     'Press.',
     'They hit', 'Iryna Bondarchuk'),
    ('he_follows_a_chain_of_sentences_about_the_same_person',
     '"The push will continue," Colonel Piet Vandermeer said.\n\nKasimir Olek called it a reasonable '
     'plan. Even so, he admitted he has misgivings. "I expect their skills to improve," he said.',
     'I expect', 'Kasimir Olek'),
    ('the_person_after_a_titles_complement_speaks',
     '"We have received reports of two killings," said spokesperson for the UN High Commissioner for '
     'Human Rights, Marta Velasquez.',
     'We have', 'Marta Velasquez'),
    ('a_surname_alone_names_the_full_name_the_text_gave_before',
     'Ilyas Matoori, the bureau chief of a local news network, said the killing was linked to his '
     'work. Reporting in the province is becoming "a dangerous trade," Matoori said.',
     'a dangerous', 'Ilyas Matoori'),
    ('he_added_is_the_person_quoted_in_the_sentence_before',
     'Colonel Amadou Sall spoke on radio on Sunday. A spokesman for Sall, Karim Haddou, told '
     'reporters: "The city will be defended."\n\n"We hold the foreign powers responsible," he added.',
     'We hold', 'Karim Haddou'),
    ('he_after_a_bodys_unnamed_spokesman_is_the_body',
     'Colonel Ivo Marek visited the front on Monday. The Russian Defence Ministry\'s spokesman voiced '
     'his astonishment. "It is a provocation," he said.',
     'It is', 'Russian Ministry of Defence'),
    ('the_spokesman_of_a_countrys_body_named_by_its_possessive_is_that_body',
     'Colonel Ivo Marek visited the front on Monday. "We deny it," Ukraine\'s Defence Ministry said.',
     'We deny', 'Ukrainian Ministry of Defence'),
]


@pytest.mark.parametrize("rule, text, quote, speaker", SPEAKER_CASES, ids=[c[0] for c in SPEAKER_CASES])
def test_speaker_rules(rule, text, quote, speaker):
    assert speakers(text)[quote] == speaker


def test_one_and_another_are_of_the_group_the_sentence_before_made_speak():
    got = speakers('Speaking to reporters in the square, many demonstrators said the new cabinet changed '
                   'nothing. "We want a civilian government," one said. Another added: "This is the same '
                   'regime."')
    assert "demonstrators" in (got["We want"] or "")
    assert "demonstrators" in (got["This is"] or "")


def test_a_body_that_called_it_something_and_said_more_is_the_speaker():
    got = speakers("The North Kivu governor's office called the attack \"barbaric\" and said the victims would "
                   "be buried on Wednesday.")
    assert "office" in (got["barbaric"] or "")



# ------------------------------------------------------------------ what a person cannot be

def persons(text: str) -> set[str]:
    rec = veille.extract(text, published=PUB, lang="en")
    return {a.name for a in rec.actors if a.kind == "person"}


def test_a_square_or_a_rights_body_is_never_a_person():
    got = persons("Protesters gathered in Tahrir Square on Friday. Karim Haddou, a spokesman for the "
                  "UN High Commissioner for Human Rights, said the office was monitoring the protests.")
    assert "Karim Haddou" in got
    assert not {n for n in got if "Square" in n or "Rights" in n}, got


def test_a_name_after_the_village_of_is_not_a_person_but_a_possessive_keeps_it():
    got = persons("Militiamen burned houses in the village of Tawilaabu on Monday. Aid workers read "
                  "Daniel Okafor's statement aloud.")
    assert "Tawilaabu" not in got
    assert "Daniel Okafor" in got or "Okafor" in got


def test_a_possessive_is_not_part_of_a_persons_name():
    got = persons("Supporters of Muqtar al-Sadiri clashed with police. Thousands of al-Sadiri's followers "
                  "marched on Friday.")
    assert not {n for n in got if n.endswith(("'s", "’s"))}, got


def test_the_un_rights_office_under_its_english_names():
    rec = veille.extract("The U.N. High Commissioner for Human Rights said on Monday that 40 civilians were "
                         "killed. The U.N. urged restraint.", published=PUB, lang="en")
    names = {a.name for a in rec.actors}
    assert "Office of the UN High Commissioner for Human Rights" in names
    assert "United Nations" in names


# ------------------------------------------------------------------ dates naming an event

def timexes(text: str, published: str = PUB) -> dict[str, str]:
    return {t.text: t.value for t in veille.extract(text, published=published, lang="en").timexes}


def test_a_bare_month_or_year_before_an_event_noun_is_a_date():
    got = timexes("The talks focused on the disputed December elections. Colonel Amadou Sall seized power in "
                  "a 2019 military coup and ignored the 2015 peace agreement.", published="2024-02-07")
    assert got.get("December") == "2023-12"
    assert got.get("2019") == "2019"
    assert got.get("2015") == "2015"


def test_a_bare_month_or_year_without_an_event_noun_is_not_a_date():
    got = timexes("The 2000 soldiers left the camp. March on, the commander told his men.")
    assert "2000" not in got and "March" not in got


def test_a_date_someone_is_slated_for_lies_ahead():
    got = timexes("The governor, who is slated to meet union leaders for talks on July 9, "
                  "said today that a deal was close.", published="2008-06-14")
    assert got.get("July 9") == "2008-07-09"


# ------------------------------------------------------------------ places the NER mislabels

def places(text: str) -> dict[str, str]:
    rec = veille.extract(text, published=PUB, lang="en")
    return {p.name: p.country for p in rec.places}


def test_an_island_after_a_locative_is_a_place_whatever_the_ner_calls_it():
    got = places("Comoran troops landed on the island of Anjouan on Tuesday. The rebel colonel was later seen "
                 "fleeing to the island of Mayotte.")
    assert got.get("Anjouan") == "KM"
    assert "Mayotte" in got


def test_a_country_people_flee_to_is_a_place_not_an_actor():
    rec = veille.extract("Thousands of villagers from West Darfur were forced to go across the border to Chad, "
                         "aid workers said.", published=PUB, lang="en")
    assert "Chad" in {p.name for p in rec.places}
    assert "Chad" not in {a.name for a in rec.actors}


def test_a_region_named_in_full_is_a_place_even_tagged_as_a_body():
    got = places("The report covers Pakistan-administered Kashmir, namely Gilgit-Baltistan and Azad Kashmir, "
                 "where Pakistan restricts assembly.")
    assert got.get("Gilgit-Baltistan") == "PK"


def test_a_nationality_or_a_place_after_in_is_not_an_organisation():
    rec = veille.extract("Ugandan-Congolese operations resumed in the Khowst on Monday, and the Joint Relief "
                         "Committee said it had sent aid.", published=PUB, lang="en")
    names = {a.name for a in rec.actors if a.kind == "organization"}
    assert "Ugandan-Congolese" not in names and "Khowst" not in names, names


def test_a_date_inside_a_name_is_not_a_date():
    got = timexes("Fighting between the March 23 Movement and the army resumed on June 3, officials said.")
    assert "March 23" not in got
    assert got.get("June 3") == "2024-06-03"


def test_a_weekday_in_a_when_clause_under_a_future_is_ahead():
    got = timexes("Foreign ministers will discuss air defences when they meet in Brussels on Thursday.")
    assert got.get("Thursday") == "2024-06-13"


def test_a_name_before_region_is_the_province():
    rec = veille.extract("Russian troops took a village in the Kharkiv region on Sunday, the ministry said.",
                         published=PUB, lang="en")
    assert {(p.name, p.feature) for p in rec.places} & {("Kharkiv Oblast", "admin1"), ("Kharkiv", "admin1")}, \
        [(p.name, p.feature) for p in rec.places]


def test_the_un_security_council_spelled_with_dots_is_the_council_not_the_un():
    rec = veille.extract("The U.N. Security Council will meet on Friday to discuss the siege.", published=PUB,
                         lang="en")
    assert "UN Security Council" in {a.name for a in rec.actors}


def test_a_feeling_professed_is_the_speakers_statement_not_aimed_at_them():
    rec = veille.extract("The UN envoy Antonio Mendez said he was 'deeply saddened' by the loss of life. The European "
                         "Union said it was appalled by the attack.", published="2025-03-03", lang="en")
    names = {a.id: a.name for a in rec.actors}
    assert [(e.type, names.get(e.source), names.get(e.target)) for e in rec.events] == [
        ("SUPPORT", "Antonio Mendez", None), ("ACCUSE", "European Union", None)]


def test_a_particle_and_a_surname_are_no_given_name():
    # "the ruling Al Khalifa", "Bin Zaid": the surname alone, the same family name as the king's
    rec = veille.extract("Protesters oppose the ruling Al Khalifa family. King Hamad bin Isa Al Khalifa spoke on "
                         "Monday.", published="2012-02-15", lang="en")
    assert [a.name for a in rec.actors if a.kind == "person"] == ["Hamad bin Isa Al Khalifa"]


def test_the_father_of_a_victim_speaks_for_himself():
    rec = veille.extract("Ahmed Diallo, 17, was killed on Tuesday.\n\n\"My son was innocent,\" said the father of Ahmed "
                         "Diallo.", published="2025-03-03", lang="en")
    names = {a.id: a.name for a in rec.actors}
    assert [names.get(q.speaker) for q in rec.quotes] == ["father of Ahmed Diallo"]


def test_what_a_request_asks_another_to_obtain_is_no_happening():
    rec = veille.extract("President Joseph Aoun urged the United States and France to pressure Israel to halt its "
                         "attacks.", published="2025-03-03", lang="en")
    assert [e.type for e in rec.events] == ["REQUEST"]


def test_taking_people_hostage_is_an_abduction_and_a_count_of_the_held():
    rec = veille.extract("Gunmen attacked a passenger train on Tuesday and took 20 passengers hostage, officials said.",
                         published="2025-03-03", lang="en")
    assert "COERCE" in [e.type for e in rec.events]
    assert [(f.kind, f.best) for f in rec.figures] == [("detained", 20)]


def test_police_alone_is_the_police_of_the_country_in_focus():
    rec = veille.extract("CAIRO, March 3 (AP) - Six journalists were detained by police in Cairo on Monday, their union "
                         "said.", published="2025-03-03", lang="en")
    names = {a.id: a.name for a in rec.actors}
    assert [(e.type, names.get(e.source)) for e in rec.events] == [("COERCE", "Egyptian National Police")]


@pytest.mark.parametrize("text, status", [
    ("The United States on Monday imposed sanctions on two Rwandan officials.", "occurred"),
    ("The African Union offered to host talks in Addis Ababa.", "planned"),
])
def test_imposed_sanctions_happened_and_talks_offered_are_planned(text, status):
    rec = veille.extract(text, published="2025-03-03", lang="en")
    assert [e.status for e in rec.events] == [status]


def test_a_deed_done_and_one_promised_in_one_sentence_are_two_events():
    rec = veille.extract("President Felix Tshisekedi pardoned about 100 prisoners on Friday and promised to release "
                         "other detainees.", published="2025-03-03", lang="en")
    assert [(e.trigger, e.status) for e in rec.events] == [("pardoned", "occurred"), ("release", "planned")]


# Who reports the counts: the case, the text, the reporter of each figure.
REPORTERS = [
    # the article of "a doctors' group" hangs on "doctors'": still a first mention, so the toll is
    # the doctors', never the paramilitaries' named before
    ("a doctors' group", "KHARTOUM, March 3 (AP) — Sudan's paramilitary Rapid Support Forces shelled a market in "
     "Omdurman on Sunday, killing at least 22 civilians, a doctors' group said.", ["doctors' group"]),
    ("a place's news agency", "BEIRUT, March 3 (AP) — An Israeli drone strike on a car in southern Lebanon killed two "
     "people on Monday, Lebanon's state news agency said.", ["Lebanon's state news agency"]),
    ("a spokesman in apposition tells the agency", "KHARTOUM, Sudan (AP) — Fighting raged on Wednesday.\n\nMohamed "
     "Khamis, a spokesman for the local resistance committee, told The Associated Press that at least 30 people had "
     "been killed since Monday.", ["Mohamed Khamis"]),
]


@pytest.mark.parametrize("case, text, reporters", REPORTERS, ids=[c[0] for c in REPORTERS])
def test_who_reports_the_counts(case, text, reporters):
    rec = veille.extract(text, published="2025-03-03", lang="en")
    names = {a.id: a.name for a in rec.actors}
    assert [names.get(f.reported_by) for f in rec.figures] == reporters



def test_the_accused_of_a_gerund_did_it():
    # "accused Russia of shelling": the shelling is told, Russia's (as French "d'avoir bombardé")
    rec = veille.extract("Ukraine accused Russia of shelling a hospital in Kharkiv on Monday.", published="2025-03-03",
                         lang="en")
    names = {a.id: a.name for a in rec.actors}
    assert [(e.type, names.get(e.source)) for e in rec.events] == [("ACCUSE", "Ukraine"), ("ASSAULT", "Russia")]


def test_targets_in_quotation_marks_are_things_and_mediators_press():
    rec = veille.extract("Israeli strikes killed at least 50 Palestinians overnight, as mediators pressed both sides to "
                         "return to talks. Israel's military said it had struck more than 100 \"terror targets\" and "
                         "killed several militants.", published="2025-03-03", lang="en")
    names = {a.id: a.name for a in rec.actors}
    assert [(f.kind, f.best) for f in rec.figures] == [("killed", 50), ("other", 100)]
    assert ("REQUEST", "mediators") in [(e.type, names.get(e.source)) for e in rec.events]
