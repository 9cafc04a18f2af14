"""Wire-copy cases of session 11, each a defect a probe in agency format showed: the agent of a
feeling is no speaker when it is a thing, a tradesman after a verb of saying speaks, a riposte is
the reporting army's even after a claim, a month told before a statement does not date it, a road
between two towns names both, a possessive on what a speaker reports is the speaker's, sources who
speak are not a toll, and a country's possessive locates the province after it. The sentences and
the persons in them are invented."""
from __future__ import annotations

import pytest

import veille


def record(text: str, lang: str = "fr", published: str = "2025-05-14"):
    return veille.extract(text, published=published, lang=lang)


def name_of(rec, aid):
    return next((a.name for a in rec.actors if a.id == aid), None)


def place_of(rec, pid):
    return next((p.name for p in rec.places if p.id == pid), None)


# ------------------------------------------------------------------ quotes
def test_the_agent_of_a_feeling_that_is_a_thing_is_no_speaker():
    rec = record("La Monusco a dit être « profondément préoccupée » par l'avancée des rebelles dans le Nord-Kivu.")
    quote = next(q for q in rec.quotes if q.text == "profondément préoccupée")
    assert name_of(rec, quote.speaker) == "MONUSCO"


def test_an_agent_that_is_an_office_still_speaks():
    rec = record("La manifestation a été qualifiée de « provocation » par le chef de la police de Kidal.")
    quote = next(q for q in rec.quotes if q.text == "provocation")
    assert quote.speaker is not None and "police" in name_of(rec, quote.speaker).lower()


@pytest.mark.parametrize("text, lang, speaker", [
    ("« Les chauffeurs ont été emmenés dans la brousse », a raconté à l'AFP un transporteur malien "
     "sous couvert d'anonymat.", "fr", "transporteur malien"),
    ("« Ils ont tout brûlé », a témoigné une commerçante du marché.", "fr", "commerçante du marché"),
    ('"They took everything," said a truck driver who asked not to be named.', "en", "truck driver"),
])
def test_a_tradesman_after_a_verb_of_saying_speaks(text, lang, speaker):
    rec = record(text, lang)
    assert rec.quotes and rec.quotes[0].speaker is not None
    assert name_of(rec, rec.quotes[0].speaker) == speaker


def test_a_thing_after_a_verb_of_saying_is_still_no_speaker():
    rec = record("« Le bilan est lourd », a précisé mardi le secteur de la santé.")
    assert not any(a.name.startswith("secteur") and a.kind == "other" for a in rec.actors)


# ------------------------------------------------------------------ events
def test_a_riposte_is_the_reporting_army_s_even_after_a_claim():
    rec = record("BAMAKO, 9 septembre 2025 (AFP) - Des jihadistes ont attaqué mardi un convoi dans l'ouest du Mali.\n\n"
                 "Le JNIM a revendiqué l'attaque dans un communiqué.\n\n"
                 "L'armée malienne a affirmé avoir « neutralisé une vingtaine de terroristes » lors d'une riposte "
                 "aérienne près de Kita.\n", published="2025-09-09")
    riposte = next(e for e in rec.events if e.trigger == "riposte")
    attack = next(e for e in rec.events if e.trigger == "ont attaqué")
    assert name_of(rec, riposte.source) == "Malian Armed Forces"
    assert name_of(rec, attack.source) != "Malian Armed Forces"


@pytest.mark.parametrize("text, lang, expected", [
    ("Russia's Defense Ministry said its forces had captured the village of Pishchane.", "en",
     "Russian Ministry of Defence"),
    ("Ukraine's air force said Russia launched 117 drones overnight.\n\nRussia's Defense Ministry said its "
     "forces had captured the village of Pishchane.", "en", "Russian Ministry of Defence"),
])
def test_a_possessive_on_what_a_speaker_reports_is_the_speaker_s(text, lang, expected):
    rec = record(text, lang, "2025-03-14")
    capture = next(e for e in rec.events if e.trigger == "captured")
    assert name_of(rec, capture.source) == expected


def test_a_person_s_organization_is_not_the_person():
    rec = record("The Red Cross is short of funds, Ahmed Karimi said. Karimi said his organization has provided "
                 "some assistance to the displaced.", "en", "2025-03-14")
    aid = next(e for e in rec.events if e.type == "AID")
    assert name_of(rec, aid.source) != "Ahmed Karimi"


# ------------------------------------------------------------------ figures
def test_sources_who_speak_are_no_toll():
    rec = record("Burundi began withdrawing its soldiers, two officials said on condition of anonymity.", "en",
                 "2025-02-20")
    assert not any(f.kind in ("killed", "injured", "displaced", "detained") for f in rec.figures)


def test_one_who_speaks_is_no_count_but_the_arrested_are():
    rec = record("Un habitant a raconté que les rebelles étaient arrivés à l'aube. Un mineur a également été "
                 "interpellé.")
    assert [(f.kind, f.best) for f in rec.figures] == [("detained", 1)]


def test_the_dead_a_source_tells_of_are_still_a_toll():
    rec = record("Plusieurs sources locales évoquent entre 40 et 50 militaires tués.")
    assert any(f.kind == "killed" and f.low == 40 for f in rec.figures)


# ------------------------------------------------------------------ places
@pytest.mark.parametrize("text, towns", [
    ("Des jihadistes ont attaqué un convoi sur l'axe Kayes-Bamako, dans l'ouest du Mali.", {"Kayes", "Bamako"}),
    ("La route Goma-Rutshuru est coupée depuis lundi.", {"Goma", "Rutshuru"}),
])
def test_a_road_between_two_towns_names_both(text, towns):
    rec = record(text)
    assert towns <= {p.name for p in rec.places}


def test_a_country_s_possessive_locates_the_province_after_it():
    rec = record("KHARTOUM, Sudan (AP) — Paramilitary fighters killed at least 40 people in an attack on a "
                 "village in Sudan's North Kordofan province, a doctors' group said Tuesday.", "en", "2025-06-03")
    toll = next(f for f in rec.figures if f.best == 40)
    assert place_of(rec, toll.place) == "North Kordofan"


# ------------------------------------------------------------------ second round of probes
def test_a_time_in_the_object_s_participle_does_not_date_the_statement_nor_its_sister():
    rec = record("Le président libanais a condamné « une violation flagrante » du cessez-le-feu conclu en "
                 "novembre 2024 et appelé les Etats-Unis et la France à faire pression sur Israël.\n",
                 published="2025-10-08")
    condemn = next(e for e in rec.events if e.type == "ACCUSE")
    appeal = next(e for e in rec.events if e.type == "REQUEST")
    assert condemn.date == appeal.date == "2025-10-08"
    assert name_of(rec, condemn.target) != "United States"


@pytest.mark.parametrize("text, lang", [
    ("Les Etats-Unis ont promis une aide de 20 millions de dollars aux populations affectées.", "fr"),
])
def test_aid_pledged_with_its_amount_is_announced_aid(text, lang):
    rec = record(text, lang)
    aid = next(e for e in rec.events if e.type == "AID")
    assert aid.status == "announced" and name_of(rec, aid.source) == "United States"


# ------------------------------------------------------------------ third round of probes
@pytest.mark.parametrize("text, expected", [
    ("La junte a expulsé ces derniers mois plusieurs organisations humanitaires.", "COERCE"),
    ("L'armée a expulsé les jihadistes de la ville de Kidal.", "ASSAULT"),
])
def test_driving_out_people_is_coercion_driving_out_a_force_is_battle(text, expected):
    rec = record(text)
    assert [e.type for e in rec.events if e.trigger == "a expulsé"] == [expected]


def test_breaking_off_military_cooperation_is_a_sanction():
    rec = record("Le Niger a rompu sa coopération militaire avec la France.")
    assert any(e.type == "SANCTION" and name_of(rec, e.source) == "Niger" for e in rec.events)


def test_the_agent_of_an_aside_is_not_the_agent_of_the_noun_before_it():
    rec = record("Le régime nigérien a annoncé la suspension des activités de l'ONG, une décision qualifiée "
                 "d'« inacceptable » par l'organisation.")
    suspension = next(e for e in rec.events if e.type == "COERCE")
    assert name_of(rec, suspension.source) == "Nigerien government"


def test_an_attack_dated_by_its_report_takes_the_day_told_later():
    rec = record("OUAGADOUGOU, 28 août 2025 (AFP) - Au moins 50 soldats ont été tués lors d'une attaque jihadiste "
                 "contre un détachement militaire à Djibo, ont indiqué jeudi à l'AFP des sources sécuritaires.\n\n"
                 "L'attaque, survenue mardi, a été revendiquée par le JNIM.\n", published="2025-08-28")
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert [e.date for e in attacks] == ["2025-08-26"]


def test_a_source_the_parse_hangs_on_the_object_is_no_target():
    rec = record("Des frappes américaines ont visé dans la nuit le port de Hodeida, dans l'ouest du Yémen, tuant "
                 "au moins 12 personnes, selon la chaîne Al-Massirah des rebelles houthis.\n", published="2025-07-15")
    strike = rec.events[0]
    assert name_of(rec, strike.source) == "United States" and strike.target is None


# ------------------------------------------------------------------ fourth round of probes
def test_suspending_the_activities_of_parties_is_coercion_not_a_truce():
    rec = record("Mali's military junta has suspended the activities of all political parties and banned their "
                 "meetings until further notice.", "en")
    assert [e.type for e in rec.events] == ["COERCE"]


def test_a_dateline_abroad_is_not_where_the_story_happens():
    rec = record("GENÈVE, 4 novembre 2025 (AFP) - L'Ocha a alerté mardi sur une « catastrophe imminente » au "
                 "Soudan du Sud, où plus de 60.000 personnes ont fui les combats dans l'Etat du Haut-Nil.\n\n"
                 "Selon l'agence, 18 civils ont été tués la semaine dernière lors d'affrontements à Nasir.\n\n"
                 "Le gouvernement sud-soudanais a démenti toute attaque contre des civils.\n",
                 published="2025-11-04")
    denial = next(e for e in rec.events if e.type == "REJECT")
    assert place_of(rec, denial.place) != "Geneva"


# ------------------------------------------------------------------ fifth round of probes
def test_a_relative_the_parse_hangs_on_the_main_verb_is_the_name_before_it_s():
    rec = record("Au moins deux manifestants ont été tués par balle, selon le Front national pour la défense de "
                 "la Constitution (FNDC), qui accuse les gendarmes d'avoir tiré à balles réelles.")
    accuse = next(e for e in rec.events if e.type == "ACCUSE")
    killing = next(e for e in rec.events if e.type == "ASSAULT")
    assert "Constitution" in name_of(rec, accuse.source)
    assert killing.source is None or "Constitution" not in name_of(rec, killing.source)


def test_gendarmes_are_the_police_of_the_country_in_focus():
    rec = record("CONAKRY, 6 septembre 2025 (AFP) - Les gendarmes ont dispersé les manifestants à Conakry.",
                 published="2025-09-06")
    disperse = next(e for e in rec.events if e.type == "COERCE")
    assert disperse.source is not None and name_of(rec, disperse.source).startswith("Guinea")


def test_a_ban_on_protests_is_coercion_and_no_protest():
    rec = record("Le gouvernement a interdit toute manifestation jusqu'au référendum.")
    assert [e.type for e in rec.events] == ["COERCE"]


# ------------------------------------------------------------------ sixth round of probes
def test_a_group_named_with_bare_capitals_is_the_group_and_its_region_no_place():
    rec = record("MAIDUGURI (Nigeria), 14 janvier 2025 (AFP) - Au moins 20 agriculteurs ont été tués dimanche par des "
                 "jihadistes présumés de l'Etat islamique en Afrique de l'Ouest (Iswap) dans l'Etat du Borno.\n",
                 published="2025-01-14")
    assert "Islamic State West Africa Province" in {a.name for a in rec.actors}
    assert not any(p.feature == "continent" for p in rec.places)


def test_an_elided_opener_names_the_source():
    rec = record("Au moins 20 agriculteurs ont été tués dimanche près de Maiduguri, a-t-on appris auprès d'un "
                 "responsable local.", published="2025-01-14")
    toll = next(f for f in rec.figures if f.best == 20)
    assert toll.reported_by is not None and "responsable" in name_of(rec, toll.reported_by)


def test_a_bomb_dropped_is_the_dropper_s_and_its_toll_at_the_village_not_the_dateline():
    rec = record("RANGOUN, 12 mai 2025 (AFP) - Au moins 22 personnes ont été tuées lorsqu'un avion de la junte "
                 "birmane a largué une bombe sur une école du village de Oe Htein Kwin, dans la région de Sagaing, "
                 "ont indiqué lundi un enseignant et un groupe armé local.\n", published="2025-05-12")
    bomb = next(e for e in rec.events if e.trigger == "bombe")
    assert bomb.source is not None and "Myanmar" in name_of(rec, bomb.source)
    assert [(f.kind, f.best) for f in rec.figures] == [("killed", 22)]   # the teacher who tells is no toll
    assert place_of(rec, rec.figures[0].place) != "Yangon"


def test_a_currency_is_no_actor():
    rec = record("Les ravisseurs réclament 50 millions de francs CFA pour libérer les otages.")
    assert "CFA" not in {a.name for a in rec.actors}


def test_a_body_described_by_its_leader_speaks_for_itself_and_a_nickname_is_the_person():
    rec = record("Les FSR, dirigées par Mohamed Hamdan Daglo, dit « Hemedti », ont affirmé que leurs combattants "
                 "« restaient positionnés à proximité ».")
    assert [name_of(rec, q.speaker) for q in rec.quotes] == ["Rapid Support Forces"]
    daglo = next(a for a in rec.actors if a.name == "Mohamed Hamdan Daglo")
    assert "Hemedti" in daglo.aliases and "Hemedti" not in {a.name for a in rec.actors}


def test_a_spokesman_in_apposition_still_speaks_for_the_office():
    rec = record("Le porte-parole de l'armée, Souleymane Dembélé, a affirmé que « la situation est maîtrisée ».")
    assert [name_of(rec, q.speaker) for q in rec.quotes] == ["Souleymane Dembélé"]


def test_a_definite_attack_claimed_is_the_attack_told():
    rec = record("MOGADISCIO, 3 février 2025 (AFP) - Un attentat suicide a fait au moins neuf morts lundi dans un "
                 "restaurant de Mogadiscio, a annoncé la police.\n\n"
                 "Les shebab ont revendiqué l'attentat sur une radio qui leur est affiliée.\n", published="2025-02-03")
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and name_of(rec, attacks[0].source) == "Al-Shabaab"


@pytest.mark.parametrize("text, lang", [
    ("Hezbollah said it would not disarm as long as Israeli troops remained in Lebanon.", "en"),
    ("Le groupe a affirmé qu'il ne déposerait pas les armes.", "fr"),
    ("Les rebelles ont affirmé qu'ils ne libéreraient pas les otages.", "fr"),
])
def test_a_concession_refused_is_a_rejection_made(text, lang):
    rec = record(text, lang)
    rejects = [e for e in rec.events if e.type == "REJECT"]
    assert rejects and rejects[0].status == "occurred"


def test_a_negated_deed_is_still_denied():
    rec = record("L'armée n'a pas frappé l'hôpital.")
    assert [e.status for e in rec.events if e.type == "ASSAULT"] == ["denied"]


def test_a_town_named_only_in_the_dateline_is_not_the_story_s_place():
    rec = record("BEIRUT (AP) — Israeli airstrikes on southern Lebanon killed at least five people on Thursday, "
                 "Lebanon's Health Ministry said.", "en", "2025-10-09")
    strike = next(e for e in rec.events if e.type == "ASSAULT")
    toll = next(f for f in rec.figures if f.best == 5)
    assert place_of(rec, strike.place) == place_of(rec, toll.place) == "Lebanon"


@pytest.mark.parametrize("text, value", [
    ("L'opposition a appelé à de nouvelles marches mardi.", "2025-09-16"),
    ("L'opposition a appelé mardi à de nouvelles marches.", "2025-09-09"),
])
def test_a_day_after_what_an_appeal_asks_for_is_ahead(text, value):
    rec = record(text, published="2025-09-10")
    assert [t.value for t in rec.timexes] == [value]


def test_a_communique_named_again_is_its_issuer_s_and_a_perpetrator_agent_is_the_culprit():
    rec = record("NIAMEY, 21 mars 2025 (AFP) - Au moins 44 civils ont été tués vendredi lors de l'attaque d'une "
                 "mosquée dans la région de Tillabéri, a annoncé le ministère nigérien de l'Intérieur.\n\n"
                 "L'attaque a été perpétrée par des « terroristes lourdement armés » de l'Etat islamique au Grand "
                 "Sahara (EIGS), selon le communiqué.\n\n"
                 "La région est le théâtre d'attaques régulières de groupes jihadistes.\n", published="2025-03-21")
    quote = next(q for q in rec.quotes if q.text == "terroristes lourdement armés")
    assert "Intérieur" in name_of(rec, quote.speaker)
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert len(attacks) == 1 and name_of(rec, attacks[0].source) == "Islamic State Sahel Province"


@pytest.mark.parametrize("text, lang", [
    ("L'association Kisal a réclamé une enquête indépendante.", "fr"),
])
def test_a_name_after_a_body_s_noun_is_the_body(text, lang):
    rec = record(text, lang)
    kisal = next(a for a in rec.actors if a.name == "Kisal")
    assert kisal.kind == "organization"


# ------------------------------------------------------------------ one attribute of one event
def event_where(rec, key: str, value: str):
    """The first event whose ``key`` (type, trigger, or the source's name) is ``value``."""
    for e in rec.events:
        got = name_of(rec, e.source) if key == "source" else getattr(e, key)
        if got == value:
            return e
    raise AssertionError(f"no event with {key} {value!r}: {[(e.type, e.trigger) for e in rec.events]}")


EVENT_ATTRIBUTES = [
    # a time in the subject's apposition does not date the statement
    ("L'armée soudanaise, en guerre contre les FSR depuis avril 2023, a accusé mercredi soir les paramilitaires "
     "de crimes de guerre.\n", "fr", "2025-05-14", ("type", "ACCUSE"), "date", "2025-05-14"),
    # a month told before a statement in its paragraph does not date it...
    # (a danger foretold is no threat since session 21: the programme warns of its own act)
    ("Plus de 400.000 personnes ont fui la ville depuis le début du siège en mai 2024. Le Programme alimentaire "
     "mondial a averti qu'il suspendrait ses livraisons dans une dizaine de localités.\n", "fr", "2025-05-14",
     ("source", "World Food Programme"), "date", "2025-05-14"),
    # ...a day still does
    ("Mardi, des obus sont tombés sur le marché de Kidal. Le gouverneur a dénoncé une « attaque lâche ».\n",
     "fr", "2025-05-14", ("type", "ACCUSE"), "date", "2025-05-13"),
    # and so does the day a communiqué was published
    ("Dans un communiqué publié lundi soir, la présidence a appelé Washington à cesser ses livraisons d'armes.\n",
     "fr", "2025-10-08", ("type", "REQUEST"), "date", "2025-10-06"),
    # a quoted word between auxiliary and participle keeps the subject
    ("Le régime a annoncé la suspension des activités de l'ONG Médecins du Monde.\n\n"
     "Médecins du Monde a « fermement » rejeté ces accusations.\n", "fr", "2025-05-14",
     ("type", "REJECT"), "source", "Médecins du Monde"),
    # strikes told with their dead happened, whatever condition the parse hangs them on
    ("Israël a menacé mercredi de frapper le Liban si le Hezbollah ne désarmait pas, au lendemain de frappes "
     "ayant tué trois personnes dans le sud du pays.\n", "fr", "2025-10-08", ("trigger", "frappes"), "status",
     "occurred"),
    # the accused does what the infinitive the parse hung on the object says
    ("Le gouvernement a démenti toute attaque contre des civils et accusé l'Armée blanche d'avoir pris pour "
     "cible une base militaire.", "fr", "2025-05-14", ("type", "ASSAULT"), "source", "White Army (South Sudan)"),
    # a lead on a province makes it the story's place, not the dateline's town
    ("KHARTOUM, Sudan (AP) — Paramilitary fighters killed at least 40 people in an attack on a village in "
     "Sudan's North Kordofan province, a doctors' group said Tuesday.\n\n"
     "The Rapid Support Forces stormed the village of Umm Sidra on Monday, torching homes.", "en", "2025-06-03",
     ("trigger", "stormed"), "place", "North Kordofan"),
    # a lead naming a foreign town and a province is about the province
    ("ADDIS ABEBA, 20 janvier 2025 (AFP) - Le gouvernement éthiopien et les rebelles Fano de la région Amhara "
     "ont entamé des pourparlers à Djibouti, a confirmé lundi un porte-parole.\n\n"
     "Les combats entre l'armée fédérale et les milices Fano ont fait des milliers de morts depuis août 2023.\n",
     "fr", "2025-01-20", ("trigger", "combats"), "place", "Amhara"),
]


@pytest.mark.parametrize("text, lang, published, which, attribute, expected", EVENT_ATTRIBUTES)
def test_one_attribute_of_one_event(text, lang, published, which, attribute, expected):
    rec = record(text, lang, published)
    event = event_where(rec, *which)
    got = getattr(event, attribute)
    if attribute in ("source", "target"):
        got = name_of(rec, got)
    elif attribute == "place":
        got = place_of(rec, got)
    assert got == expected
