"""Wire-copy cases of session 18, each a defect a probe in agency or Wikinews format showed,
reduced to the sentence that shows it. The sentences and the persons in them are invented."""
from __future__ import annotations

import pytest

from test_wire_copy import name_of, place_of, record


def typed_sources(rec):
    return [(e.type, name_of(rec, e.source)) for e in rec.events]


def timex_values(rec):
    return {t.text: t.value for t in rec.timexes}


# ------------------------------------------------------------------ time
@pytest.mark.parametrize("text, lang, want", [
    # a person summoned has no day of their own: the day is the summons'
    ("Le ministère a convoqué l'ambassadeur de Russie lundi.", "fr", "2024-05-13"),
    # ...a meeting called for a day has
    ("La Cédéao a convoqué un sommet lundi.", "fr", "2024-05-20"),
])
def test_a_person_summoned_keeps_the_summons_day(text, lang, want):
    assert timex_values(record(text, published="2024-05-14", lang=lang))["lundi"] == want


# ------------------------------------------------------------------ disasters
@pytest.mark.parametrize("text, lang", [
    ("Les pluies diluviennes ont tué douze personnes dans la région de Tahoua.", "fr"),
    ("Heavy rains have killed 30 people in Kano State since Sunday.", "en"),
])
def test_rain_that_kills_is_no_attack(text, lang):
    rec = record(text, published="2024-05-14", lang=lang)
    assert [e.type for e in rec.events] == []
    assert [f.kind for f in rec.figures] == ["killed"]


# ------------------------------------------------------------------ sympathy
@pytest.mark.parametrize("text, lang, source", [
    ("La ministre Hélène Varo a fait part de sa « consternation » après le drame.", "fr", "Hélène Varo"),
    ("Le président Karim Doussa a exprimé sa tristesse après la mort des soldats.", "fr", "Karim Doussa"),
    ("Le maire Jean Bastos s'est incliné devant la mémoire des victimes.", "fr", "Jean Bastos"),
    ("President Tomas Reyna offered his condolences to the families of the victims.", "en", "Tomas Reyna"),
    ("Prime Minister Anil Moradi paid tribute to the police officers.", "en", "Anil Moradi"),
])
def test_grief_and_tribute_professed_are_support(text, lang, source):
    rec = record(text, published="2024-05-14", lang=lang)
    assert [(e.type, name_of(rec, e.source), e.status) for e in rec.events] == [("SUPPORT", source, "occurred")]


def test_a_prison_sentence_is_no_grief():
    rec = record("Il a évoqué sa peine de prison.", published="2024-05-14")
    assert "SUPPORT" not in [e.type for e in rec.events]


def test_talks_offered_are_still_planned():
    rec = record("The rebels offered talks with the government.", published="2024-05-14", lang="en")
    assert [(e.type, e.status) for e in rec.events] == [("CONSULT", "planned")]


# ------------------------------------------------------------------ places
def test_towns_listed_before_give_what_follows_the_story_s_town_not_the_last_one():
    rec = record("Des milliers de personnes ont manifesté à Minsk, à Brest et à Gomel. "
                 "La police antiémeute a dispersé les rassemblements.", published="2024-05-14")
    coerce = next(e for e in rec.events if e.type == "COERCE")
    assert place_of(rec, coerce.place) == "Minsk"


# ------------------------------------------------------------------ phrases
@pytest.mark.parametrize("text, want", [
    # the pluperfect of a phrase told in the passé composé
    ("Le Conseil de sécurité s'était réuni le 8 décembre à huis clos.", [("CONSULT", "2023-12-08")]),
    ("La Minusma s'était retirée du Mali en 2023.", [("RETREAT", "2023")]),
    # a day between the verb and the rest of the phrase, with a place after it
    ("Le ministre Paul Ondo s'est rendu samedi à Koumra.", [("CONSULT", "2024-05-11")]),
])
def test_phrases_in_other_tenses_and_with_a_day_inside(text, want):
    assert [(e.type, e.date) for e in record(text, published="2024-05-14").events] == want


def test_a_standing_state_held_by_the_infinitive_does_not_make_the_accusation_habitual():
    rec = record("L'opposition a accusé le gouvernement de mentir depuis des mois.", published="2024-03-14")
    assert [e.type for e in rec.events] == ["ACCUSE"]
    rec = record("Les rebelles réclament depuis des années l'autonomie de la région.", published="2024-03-14")
    assert rec.events == []


# ------------------------------------------------------------------ diplomacy
@pytest.mark.parametrize("text, lang, want", [
    ("Le gouvernement allemand a convoqué l'ambassadeur d'Iran à Berlin.", "fr", ("ACCUSE", "Germany")),
    ("Poland summoned the Russian ambassador on Monday.", "en", ("ACCUSE", "Poland")),
    ("La Pologne a ordonné mardi au chargé d'affaires russe de quitter le pays.", "fr", ("COERCE", "Poland")),
    ("La Finlande a fermé mardi sa frontière avec la Russie.", "fr", ("COERCE", "Finland")),
    ("The Dominican Republic closed its border with Haiti on Monday.", "en", ("COERCE", "Dominican Republic")),
    ("L'Union africaine a suspendu le Soudan de ses instances.", "fr", ("SANCTION", "African Union")),
    ("Niger severed diplomatic ties with Ukraine on Monday.", "en", ("SANCTION", "Niger")),
    ("China blocked the resolution at the Security Council.", "en", ("REJECT", "China")),
])
def test_diplomatic_measures(text, lang, want):
    rec = record(text, published="2024-05-14", lang=lang)
    assert typed_sources(rec) == [want]


def test_ministers_called_together_still_meet():
    rec = record("La Cédéao a convoqué les ministres des Affaires étrangères à Abuja.", published="2024-05-14")
    assert [e.type for e in rec.events] == ["CONSULT"]


@pytest.mark.parametrize("text, lang, want", [
    ("Des jihadistes ont lancé une contre-attaque dans le quartier de Zanjili, à Mossoul.", "fr", "ASSAULT"),
    ("The army launched a counter-attack near Ténenkou on Monday.", "en", "ASSAULT"),
    ("L'armée a imposé un siège à la ville d'Idleb.", "fr", "COERCE"),
    ("Les rebelles ont saisi mardi la ville de Ras Lanouf.", "fr", "ASSAULT"),
    ("Des groupes armés du Darfour se sont rangés aux côtés de l'armée soudanaise.", "fr", "SUPPORT"),
    ("The United States provided 60 million dollars in aid to Haiti on Monday.", "en", "AID"),
])
def test_war_and_aid_words(text, lang, want):
    assert [e.type for e in record(text, published="2024-05-14", lang=lang).events] == [want]


def test_goods_seized_are_no_capture():
    rec = record("Les militaires ont saisi des armes dans la prison.", published="2024-05-14")
    assert "ASSAULT" not in [e.type for e in rec.events]


# ------------------------------------------------------------------ claims
def test_a_day_right_after_the_claimed_attack_is_the_claim_s():
    rec = record("Des jihadistes ont attaqué samedi un camp militaire à Dori. Le GSIM a revendiqué l'attaque lundi.",
                 published="2024-05-14")
    assert [(e.type, e.date) for e in rec.events] == [("ASSAULT", "2024-05-11")]


def test_a_participle_on_the_claimed_attack_s_complement_dates_the_attack():
    rec = record("Le GSIM a revendiqué lundi l'attaque d'un camp militaire survenue la veille à Djibo.",
                 published="2024-05-14")
    assert [(e.type, e.date) for e in rec.events] == [("ASSAULT", "2024-05-12")]


# ------------------------------------------------------------------ sources
@pytest.mark.parametrize("second, source", [
    ("On Saturday, a roadside bomb struck an army patrol near Kirkuk.", None),
    ("On Saturday, Turkish aircraft bombed PKK positions in northern Iraq.", "Turkish Armed Forces"),
])
def test_a_crowd_s_arson_does_not_make_it_the_author_of_the_next_attack(second, source):
    rec = record("Protesters set fire to party offices in Nasiriyah. " + second, published="2024-05-14", lang="en")
    assert [name_of(rec, e.source) for e in rec.events if e.type == "ASSAULT"] == ["Protesters", source]


# ------------------------------------------------------------------ figure sources
def fig_sources(rec):
    return [(f.best, name_of(rec, f.reported_by)) for f in rec.figures]


@pytest.mark.parametrize("text, lang, want", [
    # "des ONG" are bodies met for the first time, not the organisation named before
    ("L'Union africaine a condamné l'attaque. Le conflit a fait plus de 20 000 morts depuis 2015, selon des ONG.",
     "fr", [(20000, "ONG")]),
    # a toll owned up to is reported by who owns up
    ("Selon un responsable local, au moins 18 soldats ont été tués. L'armée malienne n'a reconnu que 8 morts.",
     "fr", [(18, "responsable local"), (8, "Malian Armed Forces")]),
    # English: a source carries on only from a sentence that gave a count
    ("Clashes broke out in Tunis on Friday. The European Union announced new aid for Tunisia. "
     "Forty people were injured in the clashes.",
     "en", [(40, None)]),
])
def test_who_reports_a_count(text, lang, want):
    assert fig_sources(record(text, published="2024-05-14", lang=lang)) == want


def test_a_preposed_source_keeps_its_count_when_another_speaks_of_its_own_after_it():
    rec = record("Selon le collectif Justice pour Koro, au moins 400 personnes ont été tuées, alors qu'une source "
                 "sécuritaire évoque près de 200 morts.", published="2024-05-14")
    (n1, by1), (n2, by2) = fig_sources(rec)
    assert (n1, n2, by2) == (400, 200, "source sécuritaire") and "Justice pour Koro" in by1


# ------------------------------------------------------------------ statements and state acts
def test_a_warning_to_someone_is_still_a_threat():
    rec = record("The president warned the rebels of serious consequences.", published="2024-05-14", lang="en")
    assert [e.type for e in rec.events] == ["THREATEN"]


@pytest.mark.parametrize("text, lang, source", [
    ("Le gouvernement turc a protesté contre les frappes.", "fr", "Turkey"),
    ("The Kurdistan Regional Government protested against the strikes.", "en", "Kurdistan Regional Government"),
])
def test_a_state_s_protest_is_a_statement(text, lang, source):
    rec = record(text, published="2024-05-14", lang=lang)
    assert typed_sources(rec) == [("ACCUSE", source)]


@pytest.mark.parametrize("text, want", [
    ("Le président a ordonné une enquête sur la mort de l'opposant.", "ACCUSE"),
    ("Le candidat Peter Achieng a saisi la Cour suprême.", "ACCUSE"),
    ("Le Venezuela et le Guyana se sont accordés mardi sur un cessez-le-feu.", "AGREE"),
    ("La marine a arraisonné un bateau de pêche.", "COERCE"),
    ("Le président a accordé mercredi une grâce à 300 détenus.", "CONCEDE"),
    ("Des milliers de personnes ont participé à une marche à Dakar.", "PROTEST"),
    # the crowd's noun no longer swallows its march
    ("Les manifestants ont défilé à Dakar.", "PROTEST"),
])
def test_more_french_acts(text, want):
    assert [e.type for e in record(text, published="2024-05-14").events] == [want]


# ------------------------------------------------------------------ protests
@pytest.mark.parametrize("text, source", [
    ("Les habitants sont descendus dans la rue pour réclamer la démission du maire.", "habitants"),
    ("Les chauffeurs de taxi bloquent les routes depuis lundi.", "chauffeurs de taxi"),
    ("Plusieurs milliers de personnes ont participé à une veillée en mémoire des victimes.", None),
    ("Des centaines de personnes se sont réunies devant l'ambassade pour dénoncer l'intervention.", None),
])
def test_protests_and_who_makes_them(text, source):
    rec = record(text, published="2017-05-14")
    assert typed_sources(rec) == [("PROTEST", source)]


@pytest.mark.parametrize("text, want", [
    ("Le maire Jean Bastos a tenu à saluer le travail des secours.", [("SUPPORT", "Jean Bastos")]),
    ("Le président Karim Doussa a réagi en exprimant son soutien aux familles.", [("SUPPORT", "Karim Doussa")]),
    ("De nombreux dirigeants ont exprimé leur indignation.", [("ACCUSE", None)]),
    ("Le gouvernement a accusé réception de la demande.", []),
])
def test_reactions(text, want):
    rec = record(text, published="2017-05-14")
    assert typed_sources(rec) == want


# ------------------------------------------------------------------ English places
@pytest.mark.parametrize("text, place, not_actor", [
    ("Sudan: The RSF shelled residential districts of El Fasher on Sunday.", "El Fasher", "El Fasher"),
    ("Mali: Residents of Diafarabé said that armed men had abducted the village chief.", "Diafarabé", "Diafarabé"),
    ("Iraq: A bomb exploded in Salahuddin province on Monday, killing three soldiers.", "Saladin Governorate", None),
])
def test_english_parts_and_people_of_a_town_name_the_town(text, place, not_actor):
    rec = record(text, published="2024-05-14", lang="en")
    assert place in [p.name for p in rec.places]
    assert not_actor not in [a.name for a in rec.actors]


@pytest.mark.parametrize("text, source, date", [
    ("Bogotá, May 12 — The ELN kidnapped four soldiers in Arauca on Friday.",
     "National Liberation Army (Colombia)", "2024-05-10"),
    ("Kyiv, May 12 — Russian forces shelled Kharkiv on Saturday.", "Russian Armed Forces", "2024-05-11"),
])
def test_an_english_dateline_without_an_agency(text, source, date):
    rec = record(text, published="2024-05-14", lang="en")
    assert [(name_of(rec, e.source), e.date) for e in rec.events] == [(source, date)]
    # the dateline's town is where the report was filed, not an actor speaking for its state
    assert rec.places[0].name in ("Bogotá", "Kyiv") and len([a for a in rec.actors if a.kind == "state"]) == 0


def test_the_force_of_a_leader_strikes_not_the_leader():
    rec = record("Les forces de l'Armée nationale libyenne du maréchal Salem Bouzid ont bombardé lundi l'aéroport "
                 "de Mitiga.", published="2024-05-14")
    assert typed_sources(rec) == [("ASSAULT", "Libyan National Army")]


def test_a_force_s_spokesman_still_speaks():
    rec = record("Le porte-parole des FARDC, Fabrice Mbala Ngoy, a accusé le M23 d'avoir tué des civils.",
                 published="2024-05-14")
    assert typed_sources(rec)[0] == ("ACCUSE", "Fabrice Mbala Ngoy")


# ------------------------------------------------------------------ days counted from an event
@pytest.mark.parametrize("text, lang, want", [
    ("Les États-Unis ont annoncé jeudi de nouvelles sanctions contre la Corée du Nord, trois jours après le tir "
     "d'un missile balistique.", "fr", "2024-06-24"),
    ("Le gouvernement a décrété jeudi un deuil national, deux jours après les attentats.", "fr", "2024-06-25"),
    ("The United States announced new sanctions on North Korea on Thursday, three days after the attack on a "
     "navy ship.", "en", "2024-06-24"),
])
def test_a_happening_so_many_days_before_the_sentence_s_day(text, lang, want):
    rec = record(text, published="2024-07-03", lang=lang)
    assert [e.date for e in rec.events if e.type == "ASSAULT"] == [want]


@pytest.mark.parametrize("text", [
    "Le capitaine Issa Kaboré, au pouvoir depuis 2022, a décrété un deuil national de trois jours.",
    "Le capitaine Issa Kaboré, au pouvoir depuis 2022, a condamné les violences.",
])
def test_a_subject_s_apposition_dates_no_act_whose_object_is_the_trigger(text):
    rec = record(text, published="2024-05-14")
    assert [e.date for e in rec.events if e.date == "2022"] == []


@pytest.mark.parametrize("text, want", [
    ("Des jeunes ont érigé des barricades, incendié deux commissariats et pillé des magasins.",
     [("PROTEST", "jeunes"), ("ASSAULT", "jeunes")]),
    ("Le gouvernement a imposé un couvre-feu, suspendu l'accès à Internet et interdit les rassemblements.",
     [("COERCE", "gouvernement")] * 3),
])
def test_participles_listed_after_one_auxiliary_share_its_subject(text, want):
    rec = record(text, published="2024-03-14")
    assert typed_sources(rec) == want


# ------------------------------------------------------------------ actors
@pytest.mark.parametrize("text, lang, name", [
    ("Le président a limogé son ministre, a rapporté Le Monde.", "fr", "Le Monde"),
    ("Selon le quotidien La Croix, trois prêtres ont été enlevés.", "fr", "La Croix"),
])
def test_a_capitalised_article_inside_a_sentence_opens_a_title(text, lang, name):
    assert name in [a.name for a in record(text, published="2024-05-14", lang=lang).actors]


@pytest.mark.parametrize("text, lang", [
    ("Protests spread to Baghdad and Mosul on Friday.", "en"),
    ("The village lies 60 kilometres from Tbilisi.", "en"),
])
def test_english_capitals_reached_by_spreading_or_distance_are_places(text, lang):
    rec = record(text, published="2012-06-04", lang=lang)
    assert rec.actors == [] and rec.places


@pytest.mark.parametrize("text, lang, want", [
    ("La Russie a bloqué une déclaration du Conseil de sécurité.", "fr", ["REJECT"]),
    ("La Turquie et l'Afrique du Sud ont rappelé leurs ambassadeurs en Israël.", "fr", ["SANCTION"]),
    ("Les rebelles se sont emparés de la ville sans rencontrer de résistance.", "fr", ["ASSAULT"]),
    ("L'application de l'accord accuse de nombreux retards.", "fr", []),
    ("NATO apologised for the incident.", "en", ["CONCEDE"]),
    ("Jets dropped bombs on the village of Tsitelubani on Tuesday evening.", "en", ["ASSAULT"]),
    ("The US embassy warned American citizens to avoid travel to Tamaulipas.", "en", []),
])
def test_more_acts_and_non_acts(text, lang, want):
    assert [e.type for e in record(text, published="2012-06-04", lang=lang).events] == want


# ------------------------------------------------------------------ quotes
@pytest.mark.parametrize("text, want", [
    ("Le ministre Jean Dufour a confié au « Journal du dimanche » qu'il ne se représenterait pas.", []),
    # a partial quote after "à" that is words, not a title
    ("Le ministre Jean Dufour a appelé à « la retenue » les deux camps.", ["la retenue"]),
])
def test_a_capitalised_title_after_a_preposition_is_no_quote(text, want):
    assert [q.text for q in record(text, published="2017-03-03").quotes] == want


@pytest.mark.parametrize("text, speaker", [
    ("« C'est une provocation », a réagi Moscou, qui a convoqué l'ambassadeur américain.", "Russia"),
    ("« Nous ne reculerons pas », a martelé Téhéran.", "Iran"),
])
def test_a_capital_after_the_verb_of_an_incise_speaks(text, speaker):
    rec = record(text, published="2017-03-03")
    assert [name_of(rec, q.speaker) for q in rec.quotes] == [speaker]


@pytest.mark.parametrize("text", [
    "Le ministre Jean Dufour a dénoncé ce qu'il a appelé une « chasse aux sorcières ».",
    "Les rebelles, qui se font appeler « Fils du désert », ont attaqué la ville de Gao.",
])
def test_calling_by_a_name_is_no_appeal(text):
    assert "REQUEST" not in [e.type for e in record(text, published="2017-03-03").events]


def test_a_capitalised_name_the_model_missed_is_no_anaphor_of_the_last_group():
    rec = record("Police blamed al-Qaeda for the bombing. The Sunni-led Iraqi Accord Front threatened to boycott "
                 "the vote.", published="2012-06-04", lang="en")
    threat = next(e for e in rec.events if e.type == "THREATEN")
    assert name_of(rec, threat.source) != "Al-Qaeda"


def test_english_peacekeepers_of_a_demonym_are_its_military():
    rec = record("Georgian officials said two villagers were hurt. Russian peacekeepers said they had detained "
                 "three police officers on Thursday.", published="2008-01-03", lang="en")
    assert typed_sources(rec) == [("COERCE", "Russian Armed Forces")]


@pytest.mark.parametrize("text, name, source_name", [
    ("La Ligue algérienne pour la défense des droits de l'homme (LADDH) a exigé la libération des manifestants.",
     "Ligue algérienne pour la défense des droits de l'homme", "Ligue algérienne pour la défense des droits de l'homme"),
    ("L'Union patriotique du Kurdistan (UPK) a proposé de reporter le vote.",
     "Union patriotique du Kurdistan", "Union patriotique du Kurdistan"),
    # a party whose name holds a country is the party, not the state
    ("La France insoumise (LFI) a demandé la démission du ministre.", "La France insoumise", "La France insoumise"),
])
def test_a_name_spelled_out_before_its_acronym_is_one_body(text, name, source_name):
    rec = record(text, published="2018-06-09")
    body = next(a for a in rec.actors if a.name == name)
    assert body.kind == "organization" and set(a.name for a in rec.actors) == {name}
    assert any(x.isupper() for x in body.aliases)
    assert [name_of(rec, e.source) for e in rec.events] == [source_name]


def test_a_crowd_counted_in_tens_of_thousands_is_still_named_by_its_nation():
    rec = record("Des dizaines de milliers d'Algériens ont manifesté vendredi à Alger.", published="2018-06-09")
    assert typed_sources(rec) == [("PROTEST", "Algériens")]


def test_an_english_war_toll_since_the_war_began_stays_the_country_s():
    rec = record("Fighting in Sudan has killed 15,000 people since the war began, the UN said. Residents of Kutum "
                 "said the town was quiet on Monday.", published="2024-06-10", lang="en")
    assert [place_of(rec, f.place) for f in rec.figures] == ["Sudan"]


@pytest.mark.parametrize("text, want", [
    ("Les autorités philippines soupçonnent le groupe Abou Sayyaf.", [("ACCUSE", "Philippines")]),
    ("Le Hamas a rendu Israël responsable de l'escalade.", [("ACCUSE", "Hamas")]),
    # an attack attributed to a group is the attack, with its author (the merge of reports reads it so)
    ("Les autorités nigériennes ont attribué l'attaque à l'État islamique au Sahel.",
     [("ASSAULT", "Islamic State Sahel Province")]),
])
def test_a_deed_laid_at_someone_s_door(text, want):
    rec = record(text, published="2017-05-14")
    assert typed_sources(rec) == want


def test_molenbeek_is_the_brussels_commune():
    rec = record("Une perquisition a eu lieu dans le quartier de Molenbeek, à Bruxelles.", published="2016-03-22")
    molenbeek = next(p for p in rec.places if p.name.startswith("Molenbeek"))
    assert molenbeek.country == "BE" and abs(molenbeek.lat - 50.855) < 0.05 and abs(molenbeek.lon - 4.33) < 0.05


@pytest.mark.parametrize("text, want", [
    # a day a few weeks ahead, named in a past clause, is the coming one (an announcement)
    ("Le médiateur a convoqué les parties à Kampala le 28 décembre.", "2015-12-28"),
    # a day months ahead in a past clause is still last year's
    ("Des hommes armés ont attaqué le village le 20 mars.", "2015-03-20"),
])
def test_a_day_weeks_ahead_in_a_past_clause_is_ahead(text, want):
    rec = record(text, published="2015-12-12")
    assert [t.value for t in rec.timexes] == [want]


def test_ce_dernier_after_the_verb_of_an_incise_is_the_person_named_last():
    rec = record("Le ministre Jean Dufour a reçu son homologue Paul Roux. « Notre coopération est exemplaire », "
                 "a déclaré ce dernier.", published="2016-03-22")
    assert [name_of(rec, q.speaker) for q in rec.quotes] == ["Paul Roux"]
