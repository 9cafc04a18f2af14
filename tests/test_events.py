"""Events: PLOVER type, status from the grammar, roles, ACLED mapping."""


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
