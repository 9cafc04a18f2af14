"""Figures: kind, group, bounds, qualifier, source, place, date and structure."""

import pytest


def figs(extract, text, published="2024-06-13"):
    rec = extract(text, published=published)
    actors = {a.id: a for a in rec.actors}
    places = {p.id: p for p in rec.places}
    return rec, actors, places


def test_sourced_toll(extract):
    rec, actors, places = figs(extract, "Au moins 23 civils ont été tués mardi à Goma, selon l'ONU.")
    (f,) = rec.figures
    assert (f.kind, f.group, f.best, f.low, f.high, f.qualifier) == ("killed", "civilians", 23, 23, None, "at_least")
    assert actors[f.reported_by].name == "United Nations"
    assert places[f.place].name == "Goma" and f.date == "2024-06-11"


def test_part_of_and_coordination(extract):
    rec, _, _ = figs(extract, "Quarante personnes, dont 12 enfants et sept femmes, ont péri et 60 ont été "
                              "blessées dans l'attaque, a indiqué le gouverneur.")
    by_best = {f.best: f for f in rec.figures}
    assert by_best[40].kind == "killed" and by_best[12].part_of == by_best[40].id
    assert by_best[7].part_of == by_best[40].id and by_best[7].group == "women"
    assert by_best[60].kind == "injured" and by_best[60].part_of is None


def test_displaced_with_thousands(extract):
    rec, actors, _ = figs(extract, "Plus de 12 500 personnes ont fui Kadugli depuis le 2 juin, selon l'OIM.")
    (f,) = rec.figures
    assert (f.kind, f.best, f.qualifier) == ("displaced", 12500, "more_than")
    assert f.date == "2024-06-02/2024-06-13"
    assert actors[f.reported_by].name == "International Organization for Migration"


def test_gerund_kinds(extract):
    rec, _, _ = figs(extract, "Un missile s'est abattu sur un marché, tuant cinq personnes et en blessant neuf.")
    assert [(f.kind, f.best) for f in rec.figures] == [("killed", 5), ("injured", 9)]


def test_elided_verb_takes_the_previous_kind(extract):
    rec, _, _ = figs(extract, "Depuis juin, 210 civils ont été tués à Kadugli. 95 civils, dont 30 enfants, "
                              "l'ont été à Dilling.")
    assert [(f.kind, f.best) for f in rec.figures] == [("killed", 210), ("killed", 95), ("killed", 30)]


def test_things_are_not_people(extract):
    rec, _, _ = figs(extract, "L'armée a abattu 40 drones et trois missiles sur 200 km de front en 24 heures.")
    assert all(f.kind == "other" for f in rec.figures)
    assert {f.group for f in rec.figures} == {"drones", "missiles"}  # distances and durations are no counts


def test_quote_speaker_reports_figures_inside(extract):
    rec, actors, _ = figs(extract, "«Six personnes ont été tuées», a déclaré le gouverneur Ivan Petrenko.")
    (f,) = rec.figures
    assert actors[f.reported_by].name == "Ivan Petrenko"


def test_bounds_of_vague_and_approximate_counts(extract):
    rec, _, _ = figs(extract, "Une vingtaine de blessés ont été évacués et des dizaines de milliers de civils "
                              "sont pris au piège dans la ville assiégée.")
    by_kind = {f.kind: f for f in rec.figures}
    assert (by_kind["injured"].best, by_kind["injured"].qualifier) == (20, "approximate")
    trapped = by_kind["trapped"]
    assert (trapped.best, trapped.low, trapped.high) == (20000, 20000, 99999)


def test_qualifier_scope_over_a_second_number(extract):
    rec, _, _ = figs(extract, "Au moins 26 morts et 50 blessés ont été recensés à Kramatorsk.")
    assert [(f.best, f.qualifier) for f in rec.figures] == [(26, "at_least"), (50, "exact")]


def test_military_euphemism_and_unknown_group(extract):
    rec, _, _ = figs(extract, "L'armée affirme avoir neutralisé 14 terroristes. Trois marins sont portés disparus.")
    assert [(f.kind, f.best) for f in rec.figures] == [("killed", 14), ("missing", 3)]


def test_source_named_in_the_paragraph_before(extract):
    rec, actors, _ = figs(extract, "Huit civils ont été tués lundi à Rafah, selon la Défense civile.\n\n"
                                   "Un précédent bilan faisait état de cinq morts.")
    assert {f.best: actors[f.reported_by].name if f.reported_by else None for f in rec.figures}[5] is not None


def test_things_and_percentages_are_kept_apart_as_other(extract):
    rec, _, _ = figs(extract, "L'armée a abattu 58 des 94 drones lancés par la Russie, qui contrôle 18% de la région.")
    assert {(f.kind, f.group, f.best) for f in rec.figures} == {("other", "drones", 58), ("other", "drones", 94),
                                                               ("other", "percent", 18)}


def test_a_toll_is_not_its_own_source(extract):
    rec = extract("Au moins 16 civils ont été tués lundi près de Beni, selon un premier décompte de la "
                  "société civile locale. Selon un bilan provisoire, 20 maisons ont été incendiées.",
                  published="2024-06-13")
    names = {a.id: a.name for a in rec.actors}
    killed = next(f for f in rec.figures if f.kind == "killed")
    assert "société civile" in names[killed.reported_by]
    assert not any("bilan" in n or "décompte" in n for n in names.values())


@pytest.mark.parametrize("text, reporter", [
    pytest.param("Au moins 40 civils ont été tués mardi dans une attaque des Forces de soutien rapide (FSR) contre "
                 "le camp de Zamzam, a annoncé mercredi un groupe de secouristes locaux.", "secouristes",
                 id="an_indefinite_group_of_rescuers_is_not_the_armed_group_named_before"),
    pytest.param("At least 40 civilians were killed on Tuesday in an attack by the Rapid Support Forces on the "
                 "Zamzam camp, a local rescue group said.", "rescue group",
                 id="an_indefinite_rescue_group_is_not_the_armed_group_named_before"),
])
def test_a_body_met_for_the_first_time_reports_the_toll(extract, text, reporter):
    rec = extract(text, published="2024-06-13")
    names = {a.id: a.name for a in rec.actors}
    killed = next(f for f in rec.figures if f.kind == "killed")
    assert reporter in names[killed.reported_by]


def test_the_strength_of_a_force_is_a_count_of_kind_other(extract):
    rec, _, _ = figs(extract, "Près de 3 000 policiers étaient déployés mardi dans les rues de Kembo.")
    assert [(f.kind, f.best, f.group) for f in rec.figures] == [("other", 3000, "police officers")]
    # a small number of men with nothing said of them stays out
    rec, _, _ = figs(extract, "Trois hommes attendaient devant la mairie de Kembo.")
    assert rec.figures == []


def test_a_range_is_one_figure_with_its_low_end_as_best(extract):
    rec, _, _ = figs(extract, "Entre 40 et 60 civils ont été tués mardi à Kembo.")
    assert [(f.kind, f.best, f.low, f.high) for f in rec.figures] == [("killed", 40, 40, 60)]
    rec, _, _ = figs(extract, "La police a procédé à 200 à 300 arrestations mardi à Kembo.")
    assert [(f.kind, f.best, f.high) for f in rec.figures] == [("detained", 200, 300)]


def test_a_list_of_nationals_shares_the_verb_at_its_end(extract):
    rec, _, _ = figs(extract, "Douze Syriens (dont des enfants), deux Libanais et un Jordanien ont perdu la vie "
                              "mardi à Kembo.")
    assert sorted((f.kind, f.best) for f in rec.figures) == [("killed", 1), ("killed", 2), ("killed", 12)]


def test_losses_are_a_toll(extract):
    rec, _, _ = figs(extract, "Les pertes sont lourdes : 57 soldats et plus de 400 rebelles.")
    assert sorted((f.kind, f.best) for f in rec.figures) == [("killed", 57), ("killed", 400)]


def test_a_toll_after_a_list_of_places_with_a_country_takes_the_first(extract):
    rec, _, places = figs(extract, "Les violences ont commencé en octobre en Israël et en Cisjordanie. "
                                   "Douze Palestiniens et trois Israéliens ont perdu la vie dans ces attaques.")
    assert {places[f.place].name for f in rec.figures} == {"Israel"}


def test_a_nationality_adjective_is_not_the_place_of_a_toll(extract):
    # "soldats syriens" says who died, not where: the town the story is about
    rec, _, places = figs(extract, "Des combats ont opposé mardi les rebelles à l'armée à Idleb, ville du "
                                   "nord-ouest de la Syrie. Au moins 12 soldats syriens ont été tués.")
    assert [places[f.place].name for f in rec.figures] == ["Idlib"]


def test_selon_son_acronyme_names_no_source(extract):
    rec, actors, _ = figs(extract, "Près de 160 djihadistes de l'EI (Daech selon son acronyme arabe) ont été tués "
                                   "mardi près de Kembo.")
    assert [f.best for f in rec.figures] == [160] and rec.figures[0].reported_by is None
    assert not any("acronyme" in a.name for a in actors.values())


@pytest.mark.parametrize("text, lang", [
    pytest.param("Des missiles ont tué au moins neuf personnes, dont deux enfants, et blessé 30 autres à Dnipro.", "fr",
                 id="french_dont_then_a_second_verb"),
    pytest.param("Missiles killed at least nine people, including two children, and wounded 30 others in Dnipro.", "en",
                 id="english_including_then_a_second_verb"),
])
def test_a_part_in_an_incise_is_of_the_wholes_kind_not_the_next_verbs(extract, text, lang):
    rec = extract(text, published="2025-03-05", lang=lang)
    assert {(f.kind, f.best) for f in rec.figures} == {("killed", 9), ("killed", 2), ("injured", 30)}


@pytest.mark.parametrize("text, want", [
    pytest.param("Selon un responsable local, le bilan dépasse la centaine de morts.", {("killed", 100, "more_than")},
                 id="a_definite_approximate_noun_passed_by_the_toll"),
    pytest.param("Le bilan a franchi la barre des 1 000 morts.", {("killed", 1000, "more_than")},
                 id="a_mark_the_toll_crossed"),
    pytest.param("Un habitant joint par téléphone, qui a perdu deux frères dans l'attaque, a raconté la scène.",
                 {("killed", 2, "exact")}, id="who_lost_relatives_is_not_dead_his_relatives_are"),
    pytest.param("Plus de 130 civils auraient perdu la vie dans l'effondrement.", {("killed", 130, "more_than")},
                 id="a_conditional_loss_of_life"),
    pytest.param("Il a été placé en quarantaine. La quarantaine a duré dix jours.", set(),
                 id="a_quarantine_is_no_count"),
])
def test_tolls_passing_a_mark_and_losses(extract, text, want):
    rec = extract(text, published="2024-08-27")
    assert {(f.kind, f.best, f.qualifier) for f in rec.figures} == want


@pytest.mark.parametrize("text, lang, reporter", [
    pytest.param("Douze civils ont été tués lundi à Idleb, ont rapporté des médias locaux.", "fr", "médias locaux",
                 id="french_local_media"),
    pytest.param("Twelve civilians were killed on Monday in Idlib, local media reported.", "en", "local media",
                 id="english_local_media"),
])
def test_unnamed_media_report_a_toll(extract, text, lang, reporter):
    rec = extract(text, published="2025-03-03", lang=lang)
    names = {a.id: a.name for a in rec.actors}
    assert names[rec.figures[0].reported_by] == reporter


def test_a_wars_toll_in_a_story_that_never_names_its_country_takes_its_widest_unit(extract):
    rec = extract("Israeli air strikes killed at least 25 Palestinians across the Gaza Strip on Monday, including 10 "
                  "people sheltering in a school in Jabalia, medics said.\n\nGaza's health ministry says more than "
                  "52,000 Palestinians have been killed since the war began in October 2023.",
                  published="2025-05-12", lang="en")
    places = {p.id: p.name for p in rec.places}
    assert places[next(f for f in rec.figures if f.best == 52000).place] == "Gaza Strip"


@pytest.mark.parametrize("text, lang, want", [
    pytest.param("Une femme déplacée a été tuée par balle à Tawila.", "fr", {("killed", "women", 1)},
                 id="a_state_glued_to_the_person_then_what_befell_her"),
    pytest.param("Deux soldats blessés ont succombé à leurs blessures.", "fr", {("killed", "soldiers", 2)},
                 id="the_wounded_who_died"),
    pytest.param("Trois civils blessés ont été évacués vers l'hôpital de Goma.", "fr", {("injured", "civilians", 3)},
                 id="the_wounded_cared_for_stay_wounded"),
    pytest.param("« Nous avons tout perdu », a raconté une femme réfugiée à El-Obeid.", "fr", set(),
                 id="one_person_so_described_who_speaks_is_no_toll"),
    pytest.param("Dix-huit soldats ont péri et sept sont portés disparus, selon l'armée.", "fr",
                 {("killed", "soldiers", 18), ("missing", "soldiers", 7)}, id="french_bare_count_after_a_toll"),
    pytest.param("Eighteen soldiers were killed and seven are missing, the army said.", "en",
                 {("killed", "soldiers", 18), ("missing", "soldiers", 7)}, id="english_bare_count_after_a_toll"),
    pytest.param("Des milliers de personnes ont manifesté dimanche pour exiger la libération des opposants "
                 "emprisonnés.", "fr", set(), id="a_state_of_other_people_named_after_the_count"),
])
def test_what_the_people_counted_went_through(extract, text, lang, want):
    rec = extract(text, published="2025-03-03", lang=lang)
    assert {(f.kind, f.group, f.best) for f in rec.figures if f.kind != "other"} == want


@pytest.mark.parametrize("text, lang", [
    pytest.param("Le nombre de déplacés a doublé en une semaine pour atteindre 40.000, selon l'OIM.", "fr",
                 id="french_number_of_displaced_doubled"),
    pytest.param("The number of displaced people has doubled in a week to 40,000, the IOM said.", "en",
                 id="english_number_of_displaced_doubled"),
])
def test_the_number_of_a_group_far_before_its_count(extract, text, lang):
    rec = extract(text, published="2025-03-03", lang=lang)
    assert [(f.kind, f.best) for f in rec.figures] == [("displaced", 40000)]


def test_a_civil_defence_named_after_its_verb_reports_the_toll(extract):
    rec = extract("Des frappes ont tué 17 personnes lundi dans le sud de Gaza, a annoncé la Défense civile du "
                  "territoire palestinien.", published="2025-03-03")
    names = {a.id: a.name for a in rec.actors}
    assert names[rec.figures[0].reported_by] == "Gaza Civil Defence"


@pytest.mark.parametrize("text, lang", [
    pytest.param("The attack killed four people and wounded at least 35 overnight.", "en", id="english_overnight"),
    pytest.param("L'attaque a tué quatre personnes et en a blessé 35 samedi.", "fr", id="french_a_day"),
])
def test_a_time_right_after_a_bare_count_is_no_noun(extract, text, lang):
    rec = extract(text, published="2025-03-03", lang=lang)
    assert [(f.kind, f.best) for f in rec.figures] == [("killed", 4), ("injured", 35)]


def test_a_part_in_a_quote_of_two_sentences_keeps_its_wholes_kind(extract):
    rec = extract("« Nous avons compté 43 corps, dont neuf enfants. Plusieurs personnes ont été enlevées », a déclaré "
                  "le coordonnateur de la société civile.", published="2025-03-03")
    assert {(f.kind, f.best) for f in rec.figures if f.best in (43, 9)} == {("killed", 43), ("killed", 9)}


def test_a_toll_of_years_takes_no_source_from_the_paragraph_before(extract):
    rec = extract("Le porte-parole de l'armée, le lieutenant Jules Ngongo, a fait état de 21 morts.\n\nLes ADF sont "
                  "accusés d'avoir tué des milliers de civils dans l'est de la RDC depuis 2014.", published="2025-03-03")
    (old,) = [f for f in rec.figures if f.best != 21]
    assert old.reported_by is None


def test_a_warning_reports_its_figures(extract):
    rec = extract("Plus de 30,4 millions de personnes ont besoin d'une aide humanitaire au Soudan, a averti lundi "
                  "l'ONU.\n\nPrès de 12 millions de personnes ont été déracinées, selon le Haut-Commissariat aux "
                  "réfugiés.", published="2025-03-03")
    names = {a.id: a.name for a in rec.actors}
    assert [names.get(f.reported_by) for f in rec.figures] == ["United Nations", "UNHCR"]


def test_how_badly_a_part_of_the_wounded_is_hurt_is_no_noun(extract):
    rec = extract("Quatre casques bleus ont été blessés, dont deux grièvement, selon la Monusco.", published="2025-03-03")
    whole, part = rec.figures
    assert (part.kind, part.group, part.best, part.part_of) == ("injured", "peacekeepers", 2, whole.id)


def test_the_name_of_a_body_gives_no_kind_to_a_count(extract):
    # "réfugiés" in the name of the refugee agency: the families sheltered are not a count of
    # the displaced by that word
    rec = extract("Le Haut-Commissariat de l'ONU aux réfugiés (HCR) a fourni des abris à 3.000 familles.",
                  published="2025-03-03")
    assert [(f.kind, f.best) for f in rec.figures] == [("other", 3000)]
    assert [e.type for e in rec.events] == ["AID"]


def test_people_an_actor_acted_on_take_no_source_from_the_paragraph_before(extract):
    rec = extract("Au moins 200.000 déplacés ont reçu des vivres autour de Goma, selon le PAM.\n\n"
                  "Le président Félix Kabamba a gracié vendredi une centaine de prisonniers.", published="2025-03-03")
    names = {a.id: a.name for a in rec.actors}
    assert [(f.kind, names.get(f.reported_by)) for f in rec.figures if f.best == 100] == [("detained", None)]
