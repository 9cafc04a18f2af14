"""Events: PLOVER type, status from the grammar, roles, ACLED mapping."""

import pytest


def events(extract, text):
    rec = extract(text, published="2024-06-13")
    actors = {a.id: a.name for a in rec.actors}
    return [(e.type, e.status, actors.get(e.source), e.date) for e in rec.events], rec


def test_airstrike_occurred_with_source(extract):
    got, rec = events(extract, "L'armée israélienne a bombardé mardi un camp de réfugiés à Jabalia.")
    assert got[0][:3] == ("ASSAULT", "occurred", "Israel Defense Forces") and got[0][3] == "2024-06-11"
    assert rec.events[0].acled["event_type"] == "Explosions/Remote violence"


def test_planned_talks(extract):
    got, _ = events(extract, "Les délégations doivent se rencontrer samedi à Djeddah pour des pourparlers.")
    assert ("CONSULT", "planned") == got[0][:2] and got[0][3] == "2024-06-15"


def test_announced_ceasefire(extract):
    got, _ = events(extract, "La Turquie a annoncé mercredi un cessez-le-feu dans le nord de la Syrie.")
    assert got[0][:3] == ("CONCEDE", "announced", "Turkey")


def test_request_and_accuse(extract):
    got, _ = events(extract, "L'ONU a appelé jeudi à la retenue. Le Hamas a accusé Israël de bloquer l'aide.")
    assert [g[:3] for g in got][:2] == [("REQUEST", "occurred", "United Nations"), ("ACCUSE", "occurred", "Hamas")]


def test_evidence_span_points_at_trigger(extract):
    text = "Les rebelles ont attaqué lundi une base militaire près de Dikwa."
    _, rec = events(extract, text)
    ev = rec.events[0]
    assert "attaqué" in text[ev.span[0]:ev.span[1]]


def test_ordered_evacuation_is_coercion_and_an_aid_convoy_is_aid(extract):
    got, rec = events(extract, "L'armée israélienne a ordonné samedi l'évacuation de plusieurs quartiers de Khan Younès.")
    assert [g[0] for g in got] == ["COERCE"] and rec.events[0].mode == "forced evacuation"
    got, _ = events(extract, "Un convoi d'aide de l'ONU a atteint mardi la ville de Goma, selon le PAM.")
    assert "AID" in [g[0] for g in got]


def test_the_event_takes_the_most_precise_place_of_its_sentence(extract):
    rec = extract("Le camp militaire de Djibo, dans le nord du Burkina Faso, a été la cible mardi d'une attaque "
                  "jihadiste, selon l'armée.", published="2024-06-13")
    places = {p.id: p.name for p in rec.places}
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert places[attack.place] == "Djibo" or "Djibo" in places[attack.place]


def test_a_mistagged_verb_still_takes_the_actor_before_it(extract):
    got, _ = events(extract, "La junte birmane dément avoir visé des civils à Kanbalu.")
    reject = next(g for g in got if g[0] == "REJECT")
    assert reject[2] is not None and "junta" in reject[2].lower() or reject[2] == "Tatmadaw"


def test_territory_taken_is_an_assault(extract):
    got, _ = events(extract, "L'armée a repris mardi la ville de Kembo aux rebelles.")
    assert [g[0] for g in got] == ["ASSAULT"]
    got, rec = events(extract, "Les rebelles ont été mis en déroute par l'armée près de Kembo.")
    assert [g[0] for g in got] == ["ASSAULT"] and rec.events[0].mode == "capture"


def test_siege_riot_and_tear_gas(extract):
    got, _ = events(extract, "L'armée tente de resserrer le siège de Kembo.")
    assert [g[0] for g in got] == ["COERCE"]
    got, _ = events(extract, "Des émeutes ont éclaté mardi à Kembo.")
    assert [g[0] for g in got] == ["PROTEST"]
    got, _ = events(extract, "La police a tiré des gaz lacrymogènes mardi à Kembo.")
    assert "COERCE" in [g[0] for g in got]


def test_withdrawal_negotiation_and_surrender(extract):
    got, _ = events(extract, "Débordée, l'armée se retire de Kembo.")
    assert [g[0] for g in got] == ["RETREAT"]
    got, _ = events(extract, "Des centaines de combattants se sont constitués prisonniers à Kembo.")
    assert [g[0] for g in got] == ["RETREAT"]
    got, _ = events(extract, "Les deux pays cherchent à négocier un échange.")
    assert "CONSULT" in [g[0] for g in got]


def test_no_event_in_a_quoted_title_nor_in_taking_part_in_one(extract):
    got, _ = events(extract, "Mise à jour : 3 mars — « Attentat au port de Kembo : le suspect identifié »\n\n"
                             "Les milices de Kembo n'ont pas participé à l'offensive.")
    assert got == []


def test_a_revolt_and_fighting_to_hold_a_base_are_clashes(extract):
    got, _ = events(extract, "Une révolte tribale a éclaté mardi à Kembo.")
    assert [g[0] for g in got] == ["ASSAULT"]
    got, _ = events(extract, "L'armée se bat pour conserver la base de Kembo.")
    assert [g[0] for g in got] == ["ASSAULT"]


def test_an_undated_happening_takes_the_date_of_the_event_before_it(extract):
    got, _ = events(extract, "Des rebelles ont attaqué mardi une base militaire près de Kembo. La ville reste "
                             "sous tension. Des centaines de soldats ont ensuite été déployés autour de la ville.")
    assert [(g[0], g[3]) for g in got] == [("ASSAULT", "2024-06-11"), ("MOBILIZE", "2024-06-11")]


# ---------------------------------------------------------------- session 5: attributes of events
def _names(rec):
    return {a.id: a.name for a in rec.actors}, {p.id: p.name for p in rec.places}


def test_a_sentence_without_a_place_takes_the_town_named_before_it_in_its_paragraph(extract):
    rec = extract("Des combattants ont attaqué lundi la ville de Kembo, dans le nord du pays. Des renforts ont "
                  "été déployés dans la ville mardi.", published="2024-06-13")
    _, places = _names(rec)
    mob = next(e for e in rec.events if e.type == "MOBILIZE")
    assert mob.place is not None and "Kembo" in places[mob.place]


def test_a_country_named_as_the_attacker_is_not_where_the_attack_happened(extract):
    rec = extract("Les rebelles ont pris le contrôle de Kidal en mars. Mardi, les rebelles ont percé les lignes "
                  "dans la ville malgré les frappes de la Russie.", published="2024-06-13")
    _, places = _names(rec)
    assert all(places.get(e.place) != "Russia" for e in rec.events if e.type == "ASSAULT")


def test_two_attacks_by_two_sides_in_one_sentence_stay_two_events(extract):
    rec = extract("Mardi, les rebelles ont lancé une offensive sur Kembo malgré les frappes aériennes de l'armée "
                  "malienne.", published="2024-06-13")
    actors, _ = _names(rec)
    sources = {actors.get(e.source) for e in rec.events if e.type == "ASSAULT"}
    assert len([e for e in rec.events if e.type == "ASSAULT"]) == 2 and "Rebels" in sources


def test_an_actor_after_contre_is_the_target_not_the_source(extract):
    rec = extract("Le groupe réussit mardi une offensive contre l'armée malienne, s'emparant de Kembo.",
                  published="2024-06-13")
    actors, _ = _names(rec)
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert actors.get(attack.source) != "Malian Armed Forces"


def test_the_force_of_the_subject_acts_not_the_leader_in_its_complement(extract):
    rec = extract("L'armée syrienne du général Karim Haddad avance sur trois axes à l'est d'Alep.",
                  published="2024-06-13")
    actors, _ = _names(rec)
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert actors.get(attack.source) == "Syrian Arab Army"


def test_the_subject_of_a_passive_suffers_the_event(extract):
    rec = extract("L'assaillant, Marcel Dubreuil, a été arrêté mardi à Lyon.", published="2024-06-13")
    actors, _ = _names(rec)
    arrest = next(e for e in rec.events if e.type == "COERCE")
    assert actors.get(arrest.source) != "Marcel Dubreuil" and actors.get(arrest.target) == "Marcel Dubreuil"


def test_an_attack_without_agent_takes_the_attacker_the_article_names(extract):
    rec = extract("Une explosion a frappé mardi le marché central de Kindu. Les attaques ont été revendiquées par "
                  "les Forces démocratiques alliées (ADF).", published="2024-06-13")
    actors, _ = _names(rec)
    blast = next(e for e in rec.events if e.type == "ASSAULT")
    assert actors.get(blast.source) == "Allied Democratic Forces"
    rec = extract("Un homme a ouvert le feu mardi sur des passants à Lyon. L'assaillant, Marcel Dubreuil, était "
                  "connu des services.", published="2024-06-13")
    actors, _ = _names(rec)
    shooting = next(e for e in rec.events if e.type == "ASSAULT")
    assert actors.get(shooting.source) == "Marcel Dubreuil"


def test_an_office_holder_speaking_of_the_attackers_is_not_one(extract):
    rec = extract("Des hommes armés ont ouvert le feu mardi à l'aéroport de Kano. Le ministre de l'Intérieur, "
                  "Paul Ndoumbé, a précisé que les assaillants étaient trois.", published="2024-06-13")
    actors, _ = _names(rec)
    shooting = next(e for e in rec.events if e.type == "ASSAULT")
    assert actors.get(shooting.source) != "Paul Ndoumbé"


def test_an_arrest_without_agent_is_the_police_named_before_it(extract):
    rec = extract("Un homme a attaqué mardi des passants à Lyon, en France. La police française a bouclé le quartier. "
                  "L'assaillant a été arrêté peu après.", published="2024-06-13")
    arrest = next(e for e in rec.events if e.type == "COERCE")
    assert arrest.source is not None
    assert any("police" in m.lower() or "France" in m for a in rec.actors if a.id == arrest.source
               for m in [a.name, *a.aliases])


def test_the_country_the_article_is_about_is_where_le_pays_happens(extract):
    rec = extract("Des manifestants ont été tués lundi à Bamako, au Mali. Le pays est secoué par une vague de "
                  "manifestations depuis la fin des élections.", published="2024-06-13")
    _, places = _names(rec)
    protest = [e for e in rec.events if e.type == "PROTEST"]
    assert protest and places.get(protest[-1].place) == "Mali"


def test_two_requests_by_two_sides_in_two_clauses_stay_two_events(extract):
    rec = extract("Les autorités maliennes demandent le désarmement des milices, alors que la Russie demande "
                  "d'abord l'application de l'accord de paix.", published="2024-06-13")
    actors, _ = _names(rec)
    requests = [actors.get(e.source) for e in rec.events if e.type == "REQUEST"]
    assert len(requests) == 2 and "Russia" in requests


def test_a_passive_accusation_without_accuser_is_no_event(extract):
    rec = extract("Marcel Dubreuil, 39 ans, avait déjà été condamné pour vol. Il était soupçonné de radicalisation.",
                  published="2024-06-13")
    assert not [e for e in rec.events if e.type == "ACCUSE"]
    rec = extract("L'attaque a été condamnée mardi par l'Union africaine.", published="2024-06-13")
    assert [e for e in rec.events if e.type == "ACCUSE"]


def test_deaths_in_a_natural_hazard_are_no_attack(extract):
    rec = extract("Six randonneurs ont perdu la vie mardi dans une avalanche près de Chamonix.", published="2024-06-13")
    assert not [e for e in rec.events if e.type == "ASSAULT"]


def test_a_later_killing_by_a_named_agent_is_an_event_of_its_own(extract):
    rec = extract("Un homme a ouvert le feu mardi sur des passants à Lyon, tuant deux personnes. L'assaillant a été "
                  "tué par le GIGN peu après.", published="2024-06-13")
    assert len([e for e in rec.events if e.type == "ASSAULT"]) == 2


def test_ramming_stones_and_foiled_plots(extract):
    kinds = lambda text: {e.type for e in extract(text, published="2024-06-13").events}
    assert "ASSAULT" in kinds("Une camionnette a foncé mardi sur la foule à Lyon.")
    assert "PROTEST" in kinds("Des jeunes ont jeté des pierres sur des policiers mardi à Hébron.")
    assert "COERCE" in kinds("Un attentat a été déjoué mardi à Lyon.")


def test_going_to_a_place_is_a_visit_not_a_surrender(extract):
    rec = extract("Le premier ministre et le ministre de l'Intérieur se sont rendus mardi sur les lieux à Lyon.",
                  published="2024-06-13")
    assert "RETREAT" not in {e.type for e in rec.events}
    rec = extract("Le premier ministre s'est rendu sur les lieux mardi.", published="2024-06-13")
    assert {e.type for e in rec.events} == {"CONSULT"}
    rec = extract("Trois cents combattants se sont rendus mardi aux forces kurdes.", published="2024-06-13")
    assert {e.type for e in rec.events} == {"RETREAT"}


def test_who_tells_of_an_attack_did_not_carry_it_out(extract):
    rec = extract("Mardi à Kano, le témoin Paul Ndoumbé a raconté que des hommes ont ouvert le feu sur la foule.",
                  published="2024-06-13")
    actors, _ = _names(rec)
    shooting = next(e for e in rec.events if e.type == "ASSAULT")
    assert actors.get(shooting.source) != "Paul Ndoumbé"


def test_the_police_killing_the_attacker_does_not_become_the_attacks_source(extract):
    rec = extract("Trois personnes ont été tuées mardi dans un supermarché de Lyon. L'assaillant a été tué par le "
                  "GIGN. Il avait auparavant attaqué un groupe de policiers.", published="2024-06-13")
    actors, _ = _names(rec)
    first = next(e for e in rec.events if e.type == "ASSAULT")
    assert actors.get(first.source) != "GIGN"


def test_a_toll_at_a_town_no_attack_was_told_at_is_an_event_of_its_own(extract):
    rec = extract("Un homme armé a attaqué mardi un supermarché à Nîmes, tuant deux clients. Une autre personne a "
                  "été tuée à Montpellier. Deux autres ont été tuées dans le magasin.", published="2024-06-13")
    attacks = [e for e in rec.events if e.type == "ASSAULT"]
    assert len(attacks) == 2


def test_two_attacks_of_one_sentence_on_two_days_of_their_own_stay_two(extract):
    rec = extract("Les rebelles ont lancé lundi un assaut sur Kidal et ont intensifié depuis jeudi leurs tirs "
                  "d'artillerie sur Gao.", published="2024-06-13")
    assert len([e for e in rec.events if e.type == "ASSAULT"]) == 2


def test_an_arrest_announced_has_happened(extract):
    rec = extract("La police malienne a annoncé mardi l'arrestation de seize suspects à Bamako.", published="2024-06-13")
    arrest = next(e for e in rec.events if e.type == "COERCE")
    assert arrest.status == "occurred"


# Session 6 (events, French): place, roles and status of single sentences written for the test.
# (sentence, event type, what the event must have: place name part, source name, status)
SESSION6_CASES = [
    # a named site beats its town, even placed at the town's point
    ("Des obus sont tombés lundi sur le camp de Bulengo, près de Goma, selon l'ONU.",
     "ASSAULT", {"place": "Bulengo"}),
    ("Une roquette a frappé mercredi l'hôpital Al-Amal de Khan Younès.", "ASSAULT", {"place": "hôpital Al-Amal"}),
    # ...but a site that reports is a source, not where it happened
    ("Trois civils ont été tués mardi dans une frappe à Rafah, selon l'hôpital Al-Amal.", "ASSAULT", {"place": "Rafah"}),
    # the police sent, told without who sent them, is the police force the story names
    ("La police nigériane a bouclé le quartier. Plus de 200 policiers ont été mobilisés samedi à Kano.",
     "MOBILIZE", {"source": "Nigeria Police Force"}),
    ("Des renforts policiers ont été envoyés vendredi à Bangui, a indiqué la police centrafricaine.",
     "MOBILIZE", {"source": "Central African Republic police"}),
    # a foiled attack was only planned
    ("Une tentative d'attentat a été déjouée mardi à Lyon, selon la police.", "ASSAULT", {"status": "planned"}),
    # "ont dû être déployés" were deployed; with no time or place of its own, the deployment takes
    # the last time of its paragraph and its most precise place (the town, not the province after it)
    ("Dimanche, un glissement de terrain a enseveli trois maisons à Uvira (Sud-Kivu). Les habitants ont "
     "alerté les autorités. Une centaine de soldats ont dû être déployés.",
     "MOBILIZE", {"status": "occurred", "date": "2024-06-09", "place": "Uvira"}),
    ("Cent policiers devaient être mobilisés lundi à Gao.", "MOBILIZE", {"status": "planned"}),
    # people evacuated with no destination left a place: an evacuation
    ("Quelque 2 000 personnes ont été évacuées mardi à Kinshasa après les pluies.", "AID", {"place": "Kinshasa"}),
    # shooting and arson told with "faire feu", "mettre le feu"
    ("Un soldat a fait feu sur la foule mardi à Bamako.", "ASSAULT", {"date": "2024-06-11"}),
    ("Trois écoles ont été mises à feu mercredi à Mopti.", "ASSAULT", {"place": "Mopti"}),
    # the journalistic conditional reports what happened, it plans nothing
    ("Il s'agirait d'une attaque terroriste, selon la police.", "ASSAULT", {"status": "occurred"}),
    # a happening with no date anywhere before it is the publication day's news
    ("La gendarmerie a arrêté deux suspects à Kindia.", "COERCE", {"date": "2024-06-13"}),
    # Session 7. The subject of a verb of dying suffered the attack, it did not carry it out
    ("Trois soldats maliens ont péri mardi près de Gao.", "ASSAULT",
     {"source": None, "target": "Malian Armed Forces", "date": "2024-06-11"}),
    ("Deux casques bleus ont perdu la vie lundi près de Kidal.", "ASSAULT", {"source": None, "place": "Kidal"}),
    ("Quatre gendarmes nigériens ont trouvé la mort mardi près de Tillabéri.", "ASSAULT", {"source": None}),
    ("Douze prisonniers meurent mardi lors d'une mutinerie dans une prison de Gao.", "ASSAULT",
     {"source": None, "target": "prisonniers"}),
    # ...but the subject of a verb of killing did
    ("L'armée malienne a tué mardi trois jihadistes près de Gao.", "ASSAULT", {"source": "Malian Armed Forces"}),
    # unnamed attackers are who attacked
    ("Des inconnus ont incendié l'école de Kaya mardi soir.", "ASSAULT", {"source": "inconnus"}),
    ("Plusieurs individus ont ouvert le feu sur la foule mardi à Lyon.", "ASSAULT", {"source": "individus"}),
    ("Des terroristes ont fait irruption mardi dans un hôtel de Bamako.", "ASSAULT", {"source": "terroristes"}),
    ("Des bandits ont enlevé mardi vingt élèves à Kaduna.", "COERCE", {"source": "bandits"}),
    ("Des hommes armés ont attaqué lundi un poste de gendarmerie à Gao.", "ASSAULT",
     {"source": "Unidentified armed group"}),
    # a second verb the parse hangs on the first one's object keeps the first one's subject
    ("Les deux agresseurs ont garé leur camionnette et poignardé des passants mardi à Lille.", "ASSAULT",
     {"source": "agresseurs"}),
    # an attack told only through its toll or its blast takes the unnamed attacker the story names
    ("Une prise d'otages a eu lieu mardi dans une épicerie de Rouen. Deux clients ont été tués. "
     "L'assaillant a été abattu par la police.", "ASSAULT", {"source": "assaillant", "place": "Rouen"}),
    ("Une fusillade a éclaté mardi dans un bar de Lyon. Deux personnes ont été tuées. Les tireurs ont pris la fuite.",
     "ASSAULT", {"source": "tireurs"}),
    ("Une explosion a secoué mardi le marché de Kano. Les kamikazes étaient deux femmes, selon la police.",
     "ASSAULT", {"source": "kamikazes"}),
    # ...not an object called suspect
    ("Un colis suspect a explosé mardi devant la gare de Lyon.", "ASSAULT", {"source": None}),
    # the passive agent, the claimant, a demonym's army
    ("Seize civils ont été tués mardi par des ADF à Beni.", "ASSAULT", {"source": "Allied Democratic Forces"}),
    ("L'attaque, revendiquée par l'État islamique, a visé mardi une église de Kaduna.", "ASSAULT",
     {"source": "Islamic State"}),
    # the people a protest trigger names are who protest, without their count or "environ"
    ("Environ 300 manifestants réclamaient mardi la libération d'un syndicaliste à Conakry.", "PROTEST",
     {"source": "manifestants"}),
    ("Des centaines de manifestants ont défilé mardi à Bamako.", "PROTEST", {"source": "manifestants"}),
    # people named by their nation alone act as a group
    ("Des Maliens ont bloqué mardi la route de Gao pour protester contre les coupures.", "COERCE",
     {"source": "Maliens"}),
    ("Des jeunes ont lancé des pierres sur des policiers à Conakry.", "PROTEST", {"source": "jeunes"}),
    ("Au moins trois kamikazes ont attaqué mardi un marché de Maiduguri.", "ASSAULT", {"source": "kamikazes"}),
    # a class of fighters with a definite article is the armed group named before it
    ("Les rebelles du M23 ont attaqué lundi un camp près de Goma. Mardi, les rebelles ont bombardé Sake.",
     "ASSAULT", {"trigger": "bombardé", "source": "March 23 Movement", "date": "2024-06-11"}),
    ("Les jihadistes de l'État islamique ont attaqué lundi Ménaka. Mardi, ces jihadistes ont incendié une école "
     "près de Gao.", "ASSAULT", {"trigger": "incendié", "source": "Islamic State"}),
    # ...but unidentified gunmen stay unidentified
    ("Le groupe Ansarul Islam a revendiqué une attaque à Djibo. Mardi, des hommes armés ont attaqué un poste "
     "près de Kaya.", "ASSAULT", {"trigger": "ont attaqué", "source": "Unidentified armed group", "date": "2024-06-11"}),
    # who responds carries out what its complement names
    ("Des jeunes ont lancé des pierres sur des policiers à Conakry. Ces derniers ont riposté par des gaz "
     "lacrymogènes.", "COERCE", {"source": "Guinea police"}),
    ("L'armée malienne a répliqué mardi par des frappes aériennes près de Gao.", "ASSAULT",
     {"source": "Malian Armed Forces"}),
    # the attack told again names the town the lead left at its country: that town
    ("Un attentat à la voiture piégée a fait trois morts mardi dans le nord du Mali. L'explosion a eu lieu à Gao, "
     "près d'un camp militaire.", "ASSAULT", {"place": "Gao"}),
    ("Une attaque a fait six morts mardi au Burkina Faso. L'attaque a visé Djibo, selon une source sécuritaire.",
     "ASSAULT", {"place": "Djibo"}),
    # ...not a town of another country
    ("Une attaque a fait six morts mardi au Burkina Faso. L'attaque a été condamnée à Abidjan.",
     "ASSAULT", {"place": "Burkina"}),
    # a hostage taking told without who took the hostages is the attackers'
    ("Une prise d'otages a eu lieu mardi dans une épicerie de Rouen. Deux clients ont été tués. "
     "L'assaillant a été abattu par la police.", "COERCE", {"source": "assaillant"}),
    ("Des détenus se sont affrontés mardi dans la prison de Gao. Douze gardiens ont été pris en otage.",
     "COERCE", {"source": "détenus", "target": "gardiens"}),
    # who fires the tear gas uses it
    ("La police a tiré des gaz lacrymogènes mardi à Conakry.", "COERCE", {"source": "Guinea police"}),
    ("La police kényane a utilisé des canons à eau mardi à Nairobi.", "COERCE", {"source": "Kenya police"}),
    # in a story with no attack, a happening told later in the past takes the day of the lead
    ("LYON, 13 juin (AFP) - L'incendie d'un entrepôt, mardi soir, à Vénissieux, a fait deux morts, selon les "
     "pompiers.\n\nLe quartier a été évacué par la police.", "AID", {"date": "2024-06-11"}),
    ("BUKAVU, 13 juin (AFP) - Un glissement de terrain a enseveli lundi une dizaine de maisons à Kalehe.\n\n"
     "Des renforts de la police ont été déployés.", "MOBILIZE", {"date": "2024-06-10"}),
    # "les forces de police", "la police anti-émeute": the police of the country of the story
    ("Des opposants ont incendié mardi un siège de parti à Libreville. Les forces de police ont riposté par des "
     "gaz lacrymogènes.", "COERCE", {"source": "Gabon police"}),
    ("La police anti-émeute a dispersé mardi les manifestants à Nairobi.", "COERCE", {"source": "Kenya police"}),
    # the agent of a passive that the parse hangs on the time, and no dateline agency as a party
    ("GOMA, 12 juin (AFP) - Seize civils ont été tués dans la nuit de lundi à mardi par des rebelles ADF dans "
     "le village de Mamove, près de Beni.", "ASSAULT", {"source": "Allied Democratic Forces", "target": None}),
    ("BAMAKO, 12 juin (AFP) - Deux douaniers ont été enlevés lundi soir par des jihadistes de l'État islamique "
     "près de Ménaka.", "COERCE", {"source": "Islamic State", "target": None}),
    # the people counted after a count noun are who acts
    ("Un immeuble s'est effondré mardi à Kinshasa. Une trentaine de secouristes ont été mobilisés.",
     "MOBILIZE", {"source": "secouristes"}),
    ("Des milliers de manifestants ont défilé mardi à Dakar.", "PROTEST", {"source": "manifestants"}),
    # who takes up the fight wages it
    ("Les jihadistes de l'État islamique sont repassés mardi à l'offensive près de Ménaka.", "ASSAULT",
     {"source": "Islamic State"}),
    ("L'armée malienne a engagé lundi des combats contre les jihadistes près de Tessit.", "ASSAULT",
     {"source": "Malian Armed Forces"}),
    # a toll told with a verb of shooting dead is the attack ("se sont abattus" of shells still falls)
    ("Cinq pêcheurs ont été abattus lundi sur le lac Édouard.", "ASSAULT", {"date": "2024-06-10", "source": None}),
    ("Une femme a été abattue mardi par des hommes armés près de Gao.", "ASSAULT",
     {"source": "Unidentified armed group", "trigger": "abattue"}),
    ("Des obus se sont abattus mardi sur Goma.", "ASSAULT", {"trigger": "obus", "place": "Goma"}),
    # a news agency reports an arrest, it does not make it: with no police named, the authorities do
    ("L'agence Anadolu a annoncé mardi l'arrestation de seize suspects dans le sud-est de la Turquie. Les "
     "autorités turques ont renforcé les contrôles.", "COERCE", {"source": "Turkey"}),
    ("Deux militants ont été interpellés mardi à Diyarbakir. La Turquie accuse le PKK.", "COERCE",
     {"source": "Turkey"}),
    ("La police a arrêté deux suspects mardi à Lyon.", "COERCE", {"source": "French National Police"}),
    # the time of the trigger's own clause beats a nearer one of another clause
    ("Des roquettes lancées par les rebelles depuis mercredi ont touché lundi soir un dispensaire de Kitchanga.",
     "ASSAULT", {"date": "2024-06-10"}),
    ("Le suspect, arrêté jeudi, avait attaqué mardi un policier à Lyon.", "ASSAULT", {"date": "2024-06-11"}),
    # the dateline's town is where the report was filed: the lead's own place wins
    ("BAMAKO (AFP) - Des jihadistes présumés ont tué six soldats dans le centre du Mali, a annoncé l'armée.",
     "ASSAULT", {"place": "Mali", "source": "Jihadists"}),
    ("GOMA, 11 juin (AFP) - Des hommes armés ont attaqué un convoi humanitaire, a indiqué l'ONU.",
     "ASSAULT", {"place": "Goma", "date": "2024-06-11"}),
    # the other side's killing after the attack is its own happening, not the attack's toll again
    ("Des jihadistes ont attaqué mardi un poste militaire près de Ménaka. L'armée malienne a affirmé avoir riposté "
     "et tué une dizaine d'assaillants.", "ASSAULT", {"trigger": "tué", "source": "Malian Armed Forces"}),
    # the subject of verbs chained by "affirme avoir ... et ...": the one it stands on
    ("Le JNIM a revendiqué mardi l'embuscade près de Diafarabé. Il affirme avoir tué des dizaines de soldats et "
     "capturé plusieurs militaires.", "COERCE", {"source": "Jama'at Nusrat al-Islam wal-Muslimin"}),
    # the subject after the verb of an incise speaks; it is not the statement's target
    ("Près de 25 millions de personnes, soit la moitié de la population, ont besoin d'aide, a averti mercredi "
     "le Programme alimentaire mondial (PAM).", "THREATEN", {"source": "World Food Programme", "target": None}),
    # a participle that qualifies the trigger noun dates it, before a time of the sentence at large
    ("Le Soudan du Sud, indépendant depuis 2011, reste instable malgré un accord de paix signé en 2018.", "AGREE",
     {"date": "2018"}),
    ("Despite a peace deal signed in 2018, South Sudan, independent since 2011, remains unstable.", "AGREE",
     {"date": "2018"}),
    # a personal "il" the parser reads as impersonal is still the subject ("Il a exigé des sanctions")
    ("« Ce rapport ferme les yeux sur l'agression », a déclaré le porte-parole du gouvernement, Patrick Muyaya. "
     "Il a exigé des sanctions contre les responsables rwandais.", "REQUEST", {"source": "Patrick Muyaya"}),
    # a verb coordinated with a trigger noun's clause is a statement of its own, not what the noun frames
    ("Le gouvernement burkinabè a décrété un deuil national de 72 heures et dénoncé une « attaque barbare ».",
     "ACCUSE", {"trigger": "dénoncé", "source": "Burkinabe government"}),
]


def test_people_evacuated_to_a_hospital_are_moved_not_an_evacuation(extract):
    rec = extract("Douze blessés ont été évacués mardi vers l'hôpital de Bunia.", published="2024-06-13")
    assert not [e for e in rec.events if e.type == "AID"]


@pytest.mark.parametrize("text,typ,want", SESSION6_CASES)
def test_session6_event_attributes(extract, text, typ, want):
    rec = extract(text, published="2024-06-13")
    actors = {a.id: a.name for a in rec.actors}
    places = {p.id: p.name for p in rec.places}
    ev = next(e for e in rec.events if e.type == typ and want.get("trigger", "") in (e.trigger or ""))
    if "place" in want:
        assert want["place"] in places.get(ev.place, "")
    if "source" in want:
        assert actors.get(ev.source) == want["source"]
    if "target" in want:
        assert actors.get(ev.target) == want["target"]
    if "status" in want:
        assert ev.status == want["status"]
    if "date" in want:
        assert ev.date == want["date"]


def test_deployed_troops_are_who_mobilizes(extract):
    rec = extract("L'armée malienne a annoncé mardi que 300 soldats maliens avaient été déployés à Gao.",
                  published="2024-06-13")
    ev = next(e for e in rec.events if e.type == "MOBILIZE")
    assert ev.source is not None and ev.target is None


@pytest.mark.parametrize("text", [
    "La Turquie a annoncé mardi l'arrestation de seize suspects. Ankara accuse le PKK.",
    "Moscou a annoncé jeudi une trêve, mais Kiev n'a pas réagi.",
])
def test_event_and_figure_places_are_places_of_the_record(extract, text):
    # a story's place named only as an actor ("La Turquie a annoncé") must not leave dangling ids
    rec = extract(text, published="2024-06-13")
    ids = {p.id for p in rec.places}
    assert all(e.place is None or e.place in ids for e in rec.events)
    assert all(f.place is None or f.place in ids for f in rec.figures)


def test_selon_elle_is_the_speaker_before_it_not_one_quoted_later(extract):
    rec = extract("« Nous sommes horrifiés », a déclaré une porte-parole du Haut-Commissariat, Amina Selloum, à Genève. "
                  "Selon elle, les assaillants ont mis le feu à 45 maisons.\n\nLe Premier ministre Jean Dorval a "
                  "dénoncé un « crime odieux ».", published="2024-10-04")
    names = {a.id: a.name for a in rec.actors}
    fire = next(e for e in rec.events if e.trigger == "mis le feu")
    assert names[fire.reported_by] == "Amina Selloum"


def test_a_name_after_a_settlement_noun_is_not_a_person(extract):
    for text in ("Les rebelles ont pris le village de Kalembe Mutoni.", "Les rebelles ont attaqué la commune de Moussa Bala."):
        rec = extract(text, published="2024-10-04")
        assert not [a for a in rec.actors if a.kind == "person"], text


def test_a_text_after_selon_is_neither_a_source_nor_an_event_and_a_truce_in_force_happened(extract):
    rec = extract("Un cessez-le-feu est entré en vigueur le 27 novembre entre Israël et le Hezbollah. Selon l'accord, "
                  "l'armée israélienne devait se retirer du Liban-Sud avant le 18 février.", published="2025-03-15")
    assert not [a for a in rec.actors if a.name.lower() == "accord"]
    assert [e.trigger for e in rec.events if e.trigger in ("accord", "cessez-le-feu")] == ["cessez-le-feu"]
    assert next(e for e in rec.events if e.trigger == "cessez-le-feu").date == "2024-11-27"


def test_a_strikes_own_relative_clause_is_the_same_strike_and_a_village_near_it_no_person(extract):
    rec = extract("Trois personnes ont été tuées samedi dans une frappe de drone israélienne qui a visé une voiture "
                  "près de Yohmor, a annoncé le ministère libanais de la Santé.", published="2025-03-15")
    assert len([e for e in rec.events if e.type == "ASSAULT"]) == 1
    assert not [a for a in rec.actors if a.kind == "person"]


def test_l_attaque_after_a_suicide_bombing_names_it_again(extract):
    rec = extract("Un attentat-suicide a frappé mardi soir une mosquée de Maiduguri. L'attaque n'a pas été revendiquée.",
                  published="2024-12-26")
    assert [e.trigger for e in rec.events if e.type == "ASSAULT"] == ["attentat-suicide"]


@pytest.mark.parametrize("text, lang, want", [
    pytest.param("Les Etats-Unis ont menacé de suspendre leur aide si les combats reprenaient.", "fr",
                 {("THREATEN", "occurred"), ("ASSAULT", "hypothetical")}, id="french_si_clause"),
    pytest.param("The United States threatened to cut aid if fighting resumed.", "en",
                 {("THREATEN", "occurred"), ("ASSAULT", "hypothetical")}, id="english_if_clause"),
    pytest.param("Kigali a démenti ces accusations et dénoncé une campagne de diabolisation.", "fr",
                 {("REJECT", "occurred"), ("ACCUSE", "occurred")}, id="a_denial_does_not_deny_its_coordinated_verb"),
    pytest.param("S'en suit une longue prise d'otages dans un supermarché de la ville.", "fr",
                 {("COERCE", "occurred")}, id="a_reflexive_s_is_no_condition"),
])
def test_conditions_and_coordinated_denials(extract, text, lang, want):
    rec = extract(text, published="2025-07-08", lang=lang)
    assert {(e.type, e.status) for e in rec.events} == want


def test_a_framed_trigger_frames_what_it_governs(extract):
    # "pour exiger la libération": the release is demanded, not done
    rec = extract("Des milliers de personnes ont manifesté dimanche à Tbilissi pour exiger la libération des "
                  "opposants emprisonnés.", published="2025-03-03")
    assert [e.type for e in rec.events] == ["PROTEST"]


def test_a_statement_made_is_not_dated_by_a_future_time_in_its_sentence(extract):
    rec = extract("Le Premier ministre hongrois a salué « un pas dans la bonne direction » après l'annonce de "
                  "pourparlers prévus la semaine prochaine à Ryad.", published="2025-03-03")
    (ev,) = [e for e in rec.events if e.type == "SUPPORT"]
    assert ev.date is None or ev.date <= "2025-03-03"
    names = {a.id: a.name for a in rec.actors}
    assert names[ev.source] == "Premier ministre hongrois"


def test_a_statement_with_no_date_of_its_own_is_the_dispatchs_day_not_the_leads(extract):
    rec = extract("Au moins trente civils ont été tués samedi dans une attaque contre un village du nord du Burkina "
                  "Faso.\n\nLe gouvernement n'a pas réagi. Amnesty International a appelé les autorités à ouvrir une "
                  "enquête indépendante.", published="2025-03-03")
    assert next(e for e in rec.events if e.type == "ASSAULT").date == "2025-03-01"
    assert next(e for e in rec.events if e.type == "REQUEST").date == "2025-03-03"


@pytest.mark.parametrize("text", [
    pytest.param("Kinshasa accuse Kigali de soutenir le M23, ce que le Rwanda dément.", id="country_name"),
    pytest.param("Kinshasa accuse Kigali de soutenir le M23, ce que Kigali dément.", id="capital_for_the_state"),
])
def test_the_name_right_before_a_denial_the_tagger_misreads_denies(extract, text):
    rec = extract(text, published="2025-03-03")
    names = {a.id: a.name for a in rec.actors}
    assert [names.get(e.source) for e in rec.events if e.type == "REJECT"] == ["Rwanda"]


@pytest.mark.parametrize("text, types, source", [
    # the accused did what the accusation says
    pytest.param("Kiev accuse Moscou d'avoir bombardé un hôpital.", ("ASSAULT",), "Russia", id="accuse_x_d_avoir"),
    pytest.param("Le Réseau des médecins soudanais a accusé les FSR d'avoir exécuté au moins 1.500 civils.",
                 ("ASSAULT",), "Rapid Support Forces", id="accuse_x_d_avoir_with_a_toll"),
    # who makes a statement named by a common noun
    pytest.param("L'opposition a dénoncé des fraudes massives lors du scrutin.", ("ACCUSE",), "opposition",
                 id="the_opposition"),
    pytest.param("Le président sénégalais a présenté ses condoléances aux familles des victimes.", ("SUPPORT",),
                 "président sénégalais", id="condolences_presented"),
])
def test_who_did_it(extract, text, types, source):
    rec = extract(text, published="2025-03-03")
    names = {a.id: a.name for a in rec.actors}
    assert [names.get(e.source) for e in rec.events if e.type in types] == [source]


def test_attackers_shot_by_the_police_in_the_attacks_sentence_is_a_deed_of_its_own(extract):
    rec = extract("Deux hommes armés ont ouvert le feu sur des passants à Marseille avant d'être abattus par la police "
                  "française.", published="2025-03-03")
    names = {a.id: a.name for a in rec.actors}
    assert [(e.trigger, names.get(e.source)) for e in rec.events if e.type == "ASSAULT"][1] == \
        ("abattus", "French National Police")


@pytest.mark.parametrize("text, lang, want", [
    pytest.param("Le Kremlin a proclamé vendredi l'annexion de quatre régions ukrainiennes.", "fr", ["COERCE"],
                 id="french_annexation_proclaimed"),
    pytest.param("Depuis l'annexion de la Crimée en 2014, les relations sont tendues.", "fr", [],
                 id="french_annexation_recalled"),
    pytest.param("Russia annexed Crimea in 2014.", "en", ["COERCE"], id="english_annexed"),
])
def test_annexations(extract, text, lang, want):
    rec = extract(text, published="2025-03-03", lang=lang)
    assert [e.type for e in rec.events] == want


def test_the_source_a_sentence_opens_on_is_not_the_subject_the_parse_hangs_it_on(extract):
    rec = extract("Selon l'OSDH, des avions de combat russes ont mené jeudi matin une dizaine de raids sur la province "
                  "d'Idleb.", published="2025-03-03")
    names = {a.id: a.name for a in rec.actors}
    (ev,) = rec.events
    assert (names.get(ev.source), names.get(ev.reported_by)) == ("Russia", "Syrian Observatory for Human Rights")


def test_the_attack_a_story_opens_on_is_the_one_its_sentence_accuses(extract):
    rec = extract("Au moins 38 civils ont été tués dimanche dans une frappe de drone sur un marché d'El-Obeid, a annoncé "
                  "lundi MSF, les autorités locales accusant les paramilitaires des Forces de soutien rapide (FSR), qui "
                  "démentent.", published="2025-06-02")
    names = {a.id: a.name for a in rec.actors}
    assert [names.get(e.source) for e in rec.events if e.type == "ASSAULT"] == ["Rapid Support Forces"]


def test_the_riposte_after_an_ambush_is_the_reporting_forces_own(extract):
    rec = extract("BAMAKO, 3 mars 2025 (AFP) - Au moins vingt soldats maliens ont été tués samedi dans une embuscade "
                  "tendue par des jihadistes près de Ménaka.\n\nDans un communiqué, l'état-major général des armées a "
                  "fait état de « pertes », affirmant avoir « neutralisé une dizaine de terroristes » lors de la riposte.",
                  published="2025-03-03")
    names = {a.id: a.name for a in rec.actors}
    assert [(e.trigger, names.get(e.source)) for e in rec.events if e.type == "ASSAULT"][-1] == \
        ("riposte", "Malian Armed Forces")


@pytest.mark.parametrize("text, lang", [
    pytest.param("L'armée israélienne a appelé les habitants de plusieurs quartiers de Khan Younès à évacuer vers "
                 "al-Mawasi.", "fr", id="french_appeler_a_evacuer"),
    pytest.param("The Israeli military urged residents of several districts of Khan Younis to evacuate to al-Mawasi.",
                 "en", id="english_urged_to_evacuate"),
])
def test_what_a_request_asks_for_is_no_happening(extract, text, lang):
    rec = extract(text, published="2025-03-03", lang=lang)
    assert [e.type for e in rec.events] == ["REQUEST"]


def test_a_verb_of_calling_before_an_adverb_and_a_quoted_name_names(extract):
    rec = extract("Ces bandes criminelles, appelées localement « bandits », multiplient les rapts contre rançon.",
                  published="2025-03-03")
    assert "REQUEST" not in [e.type for e in rec.events]


def test_a_claimed_firing_is_the_claimants_and_what_it_answers_is_the_other_sides(extract):
    # "revendiqué le tir de roquettes": the claimant fired; "en riposte selon lui à une frappe
    # israélienne qui a tué la veille...": the strike answered is Israel's, a day before, told
    # by the claimant (not Israel's report because Israel is named after "selon lui")
    _, rec = events(extract, "Le Hezbollah a revendiqué lundi le tir de plusieurs roquettes sur une base militaire "
                             "dans le nord d'Israël, en riposte selon lui à une frappe israélienne qui a tué la veille "
                             "deux de ses combattants dans le sud du Liban.")
    names = {a.id: a.name for a in rec.actors}
    got = [(e.trigger, names.get(e.source), names.get(e.reported_by), e.date) for e in rec.events]
    assert got == [("roquettes", "Hezbollah", None, "2024-06-10"),
                   ("frappe israélienne", "Israel", "Hezbollah", "2024-06-09")]


def test_selon_lui_after_a_toll_is_who_spoke_before(extract):
    _, rec = events(extract, "Des jihadistes ont attaqué un convoi près de Djibo, a expliqué un élu de la région. "
                             "Quatre soldats ont péri, selon lui.")
    names = {a.id: a.name for a in rec.actors}
    assert [names.get(f.reported_by) for f in rec.figures] == ["élu de la région"]


def test_the_noun_a_relative_hangs_on_acts_without_the_clause(extract):
    # "des milliers d'étudiants qui manifestaient contre le gouvernement": the students protest,
    # not the government named inside the relative clause
    _, rec = events(extract, "La police a tiré des gaz lacrymogènes lundi pour disperser des milliers d'étudiants qui "
                             "manifestaient à Dacca contre le gouvernement bangladais.")
    names = {a.id: a.name for a in rec.actors}
    assert [(e.type, names.get(e.source)) for e in rec.events if e.type == "PROTEST"] == [("PROTEST", "étudiants")]


def test_aiming_at_is_no_attack_on_a_measure_and_a_pluperfect_strike_is(extract):
    _, rec = events(extract, "L'Union européenne a adopté lundi un nouveau paquet de sanctions contre la Russie, visant "
                             "notamment des banques. Une enquête visant le ministre a été ouverte. La veille, des drones "
                             "ukrainiens avaient visé une raffinerie dans la région russe de Krasnodar.")
    names = {a.id: a.name for a in rec.actors}
    assert [(e.type, e.trigger, names.get(e.source)) for e in rec.events] == [
        ("SANCTION", "sanctions", "European Union"), ("ASSAULT", "avaient visé", "Ukraine")]


def test_a_participle_hung_on_the_object_before_it_is_a_clause_of_the_same_subject(extract):
    # the parse hangs "condamné" on "l'envoi": it is still the Prime Minister's condemnation
    _, rec = events(extract, "La Première ministre malienne Awa Keïta a promis l'envoi de renforts et condamné "
                             "« des actes barbares ».")
    names = {a.id: a.name for a in rec.actors}
    assert ("ACCUSE", "Awa Keïta") in [(e.type, names.get(e.source)) for e in rec.events]


@pytest.mark.parametrize("text, typ, source", [
    ("Le maire Manuel Durand s'est dit « attristé et choqué par le meurtre ».", "SUPPORT", "Manuel Durand"),
    ("Washington s'est dit « scandalisé » par l'attaque contre le convoi.", "ACCUSE", "United States"),
    ("La ministre Awa Keïta s'est déclarée profondément bouleversée par le drame.", "SUPPORT", "Awa Keïta"),
])
def test_a_feeling_professed_is_a_statement(extract, text, typ, source):
    _, rec = events(extract, text)
    names = {a.id: a.name for a in rec.actors}
    assert (typ, source) in [(e.type, names.get(e.source)) for e in rec.events]


def test_a_feeling_of_worry_is_no_statement(extract):
    _, rec = events(extract, "L'ONU s'est déclarée profondément préoccupée par la situation.")
    assert rec.events == []


@pytest.mark.parametrize("text, lang, source", [
    ("Des hommes armés ont attaqué un train mardi. L'attaque a été revendiquée par les shebab.", "fr", "Al-Shabaab"),
    ("Gunmen attacked a train in Balochistan on Tuesday. The Baloch Liberation Army claimed responsibility for the "
     "attack.", "en", "Balochistan Liberation Army"),
])
def test_a_claim_names_the_gunmen_of_the_attack_told_before(extract, text, lang, source):
    rec = extract(text, published="2024-06-13", lang=lang)
    names = {a.id: a.name for a in rec.actors}
    assert [(e.type, names.get(e.source)) for e in rec.events] == [("ASSAULT", source)]


def test_claiming_that_is_no_claim_of_an_attack(extract):
    rec = extract("A bomb exploded in a market on Tuesday. The army claimed that Russia was behind it.",
                  published="2024-06-13", lang="en")
    names = {a.id: a.name for a in rec.actors}
    assert [names.get(e.source) for e in rec.events if e.type == "ASSAULT"] != ["Russia"]


def test_what_the_people_a_participle_of_accusing_describes_are_charged_with_is_no_happening(extract):
    # "deux responsables rwandais accusés de soutenir la rébellion": the support is the charge the
    # sanctions rest on, not a happening the dispatch reports (session 19: the annotated sets agree,
    # own and French work events rose when such charges stopped being events)
    _, rec = events(extract, "Washington a imposé des sanctions à deux responsables rwandais accusés de soutenir la "
                             "rébellion.")
    names = {a.id: a.name for a in rec.actors}
    assert [(e.type, names.get(e.source)) for e in rec.events] == [("SANCTION", "United States")]


def test_a_participle_hung_on_a_noun_inside_the_object_shares_the_clause_subject(extract):
    _, rec = events(extract, "La Cédéao a réclamé la libération immédiate des militaires détenus et mis en garde contre "
                             "toute « escalade ».")
    names = {a.id: a.name for a in rec.actors}
    assert [(e.type, names.get(e.source)) for e in rec.events] == [("REQUEST", "ECOWAS"), ("THREATEN", "ECOWAS")]


def test_a_delegation_expected_is_a_planned_meeting(extract):
    got, _ = events(extract, "Une délégation de l'Union africaine est attendue mardi à Bamako.")
    assert [g[:2] for g in got] == [("CONSULT", "planned")]


@pytest.mark.parametrize("text, types", [
    ("Un journaliste a été découvert mort dans sa voiture samedi.", ["ASSAULT"]),
    ("L'ancien président est mort à l'âge de 88 ans vendredi dans la capitale.", []),
])
def test_found_dead_is_a_killing_and_a_death_of_old_age_none(extract, text, types):
    got, _ = events(extract, text)
    assert [g[0] for g in got] == types
