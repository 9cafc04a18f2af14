"""French tolls (figures.toml): verbs of killing in the infinitive, counts after them, shared
tolls, counted event nouns, households, references that are no counts. Fictional sentences."""
import pytest


def figures(extract, text):
    rec = extract(text, published="2024-06-13", lang="fr")
    return [(f.kind, f.best, f.group) for f in rec.figures]


def test_a_verb_of_killing_in_the_infinitive_names_the_kind(extract):
    got = figures(extract, "La riposte a permis de neutraliser plus de 120 terroristes, selon l'état-major.")
    assert ("killed", 120, "fighters") in got


def test_an_unknown_noun_right_after_a_killing_verb_is_people(extract):
    got = figures(extract, "Le groupe affirme avoir abattu «une cinquantaine d'apostats» lors de l'assaut.")
    assert [(k, b) for k, b, _ in got] == [("killed", 50)]
    # ... but not when the count is a reference: "les pertes des deux côtés"
    assert figures(extract, "Les combats ont causé de lourdes pertes des deux côtés.") == []


def test_a_count_after_contre_or_ainsi_que_shares_the_toll_before_it(extract):
    got = figures(extract, "Près de 160 jihadistes auraient été tués dans l'offensive, contre onze combattants kurdes.")
    assert ("killed", 11, "fighters") in got
    got = figures(extract, "Les sources évoquent 45 militaires tués, ainsi qu'une dizaine de civils.")
    assert ("killed", 10, "civilians") in got


def test_counted_event_nouns_carry_their_kind(extract):
    got = figures(extract, "La police a procédé à entre 600 et 800 interpellations dans la nuit.")
    assert got == [("detained", 600, "people")]
    assert ("killed", 1200, "people") in figures(extract, "Le ministère a recensé 1 200 décès depuis janvier.")


def test_households_are_counted_where_they_flee(extract):
    got = figures(extract, "Environ 9 000 ménages ont fui les combats vers Goma, selon OCHA.")
    assert got == [("displaced", 9000, "households")]


def test_both_sides_is_not_a_count_of_camps(extract):
    got = figures(extract, "La mission a exhorté les deux camps à cesser immédiatement les tirs.")
    assert got == []
    assert ("other", 12, "villages") in figures(extract, "L'armée a bombardé 12 villages de la province.")


def test_the_usual_groups_of_wire_copy_and_among_the_dead(extract):
    got = figures(extract, "Trois ressortissants étrangers figurent parmi les morts, selon la police.")
    assert got == [("killed", 3, "nationals")]
    assert ("killed", 7, "men") in figures(extract, "Les forces de sécurité ont perdu 7 hommes dans l'attaque.")


def test_a_predicate_after_a_clause_break_belongs_to_the_next_count(extract):
    got = figures(extract, "L'armée affirme avoir tué 45 terroristes et en avoir capturé 12.")
    assert ("killed", 45, "fighters") in got and ("detained", 45, "fighters") not in got


def test_a_bare_year_is_no_count_and_ou_joins_a_range(extract):
    got = figures(extract, "Près de 3 400 civils ont péri depuis le printemps 2015, dont plus de 800 en janvier.")
    # (the part counted without its noun is of the whole's group: 800 of the civilians)
    assert ("killed", 800, "civilians") in got and not any(b == 2015 for _, b, _ in got)
    got = figures(extract, "Le bilan est passé à 16 ou 17 morts et 41 blessés.")
    assert ("killed", 16, "people") in got and ("killed", 17, "people") not in got


def test_counts_of_attacks_are_not_people(extract):
    got = figures(extract, "Le groupe a revendiqué deux attentats qui ont tué des civils à Mogadiscio.")
    assert not any(b == 2 for _, b, _ in got)


def test_attackers_and_protesters_are_counted_whatever_their_number(extract):
    got = figures(extract, "Au moins trois kamikazes ont participé à l'attaque de l'aéroport.")
    assert ("other", 3, "attackers") in got
    got = figures(extract, "Environ 400 manifestants se sont réunis devant le parlement.")
    assert ("other", 400, "protesters") in got


# ---- session 5: tolls outside the conflict vocabulary (floods, avalanches, prison riots, knife
# attacks, accidents), partitives, tolls told place by place, attackers and crowds

def test_deaths_outside_battle_name_the_kind(extract):
    got = figures(extract, "Dans la nuit, 23 personnes perdent la vie dans la crue de la rivière.")
    assert got == [("killed", 23, "people")]
    got = figures(extract, "Neuf randonneurs ont été emportés par les eaux près du refuge.")
    assert got == [("killed", 9, "hikers")]
    got = figures(extract, "Dans la prison de Kindia, 17 détenus meurent asphyxiés.")
    assert got == [("killed", 17, "detainees")]


def test_a_predicate_after_a_status_group_says_its_kind(extract):
    got = figures(extract, "Cinq détenus ont été tués lors de la mutinerie de Kindia.")
    assert got == [("killed", 5, "detainees")]
    # escapes are counted apart from tolls; without a predicate the group keeps its kind
    got = figures(extract, "Une quarantaine de prisonniers en profitent pour s'évader.")
    assert got == [("other", 40, "prisoners")]
    assert figures(extract, "Les rebelles détiennent toujours 12 otages.") == [("detained", 12, "hostages")]


def test_rescues_and_disappearances_in_disaster_copy(extract):
    got = figures(extract, "Au total, 140 habitants ont été secourus et trois personnes sont portées disparues.")
    assert ("evacuated", 140, "residents") in got and ("missing", 3, "people") in got
    got = figures(extract, "Une autre personne est toujours portée disparue après le glissement de terrain.")
    assert got == [("missing", 1, "people")]


def test_a_count_of_them_takes_the_group_named_before(extract):
    got = figures(extract, "Quant aux gendarmes, deux d'entre eux ont été légèrement blessés.")
    assert got == [("injured", 2, "police")]
    got = figures(extract, "L'homme a tiré sur l'un des pompiers, qui a été blessé à la jambe.")
    assert got == [("injured", 1, "firefighters")]


def test_the_people_of_accident_and_crime_copy_are_groups(extract):
    got = figures(extract, "Le conducteur a foncé sur deux passants, qui ont été légèrement blessés.")
    assert got == [("injured", 2, "passers-by")]
    got = figures(extract, "Un lieutenant-colonel est décédé plus tard à l'hôpital.")
    assert got == [("killed", 1, "officers")]


def test_a_toll_told_place_by_place(extract):
    got = figures(extract, "Le dernier bilan des morts devient ainsi : cinq à Ségou, trois à Mopti, une à Gao et aussi "
                           "une à Kayes.")
    assert got == [("killed", 5, "people"), ("killed", 3, "people"), ("killed", 1, "people"), ("killed", 1, "people")]
    # "une" before a word that is not a place stays an article
    assert figures(extract, "Il a vu une à une les maisons brûler.") == []


def test_a_bilan_without_a_noun_is_of_the_dead_unless_a_predicate_says(extract):
    assert figures(extract, "Le bilan s'élève désormais à 31, selon la préfecture.") == [("killed", 31, "people")]
    got = figures(extract, "Le bilan fait état de 40 personnes blessées, selon la préfecture.")
    assert got == [("injured", 40, "people")]


def test_a_count_after_a_far_clause_or_an_agent_is_not_its_object(extract):
    # the crowd of soldiers before "quand", not those the avalanche struck
    got = figures(extract, "Ils faisaient partie d'un groupe de 60 militaires, qui s'entraînaient au-dessus du col "
                           "quand une avalanche a touché plusieurs d'entre eux.")
    assert got == [("other", 60, "soldiers")]
    # "chassés par les 9 000 hommes de la force": the force, not the displaced
    got = figures(extract, "Chassé de la ville par les 9 000 hommes de la force régionale, le groupe recule.")
    assert got == [("other", 9000, "men")]
    got = figures(extract, "L'attaque aurait été perpétrée par trois hommes armés.")
    assert got == [("other", 3, "men")]


def test_among_the_injured_and_after_a_victim_copula(extract):
    got = figures(extract, "Parmi les blessés, on dénombre quatre Maliens.")
    assert got == [("injured", 4, "Malians")]
    assert figures(extract, "La victime est un enfant de sept ans.") == [("killed", 1, "children")]
    got = figures(extract, "Le bilan provisoire s'élève à neuf morts, en plus des deux assaillants.")
    assert ("killed", 2, "attackers") in got


def test_a_range_after_a_count_shares_its_kind_and_a_long_aside_keeps_a_list(extract):
    got = figures(extract, "À Goma, il y a eu entre 600 et 800 arrestations, et 200 à 300 dans le reste de la province.")
    assert got == [("detained", 600, "people"), ("detained", 200, "people")]
    got = figures(extract, "Depuis un an, 120 civils (en majorité des femmes venues chercher de l'eau au puits), "
                           "40 soldats et deux Canadiens ont perdu la vie.")
    assert [k for k, _, _ in got] == ["killed"] * 3


def test_an_hour_offset_is_no_count(extract):
    got = figures(extract, "Vers 22 h 35 UTC+01:00, douze personnes sont mortes dans l'explosion.")
    assert got == [("killed", 12, "people")]


# ---- session 5: the date of a toll is the day of what it counts, not of the report

def dated(extract, text, published="2024-03-05"):
    rec = extract(text, published=published, lang="fr")
    return [(f.kind, f.best, f.date) for f in rec.figures]


def test_a_body_dateline_does_not_date_the_toll(extract):
    got = dated(extract, "5 mars 2024. – L'incendie d'un entrepôt, ce samedi 2 mars, à Kindia, a causé la mort de "
                         "neuf ouvriers.\n\nLe premier bilan faisait état de 12 blessés.")
    assert got == [("killed", 9, "2024-03-02"), ("injured", 12, "2024-03-02")]


def test_a_night_across_two_days_dates_the_toll_from_its_first_day(extract):
    got = dated(extract, "5 mars 2024. – Des violences ont eu lieu dans la nuit du samedi 2 au dimanche 3 mars à "
                         "Kindia. La police a procédé à 40 arrestations.")
    # (the night may be read as one stretch: it starts on its first day)
    assert [(k, b) for k, b, _ in got] == [("detained", 40)] and got[0][2].split("/")[0] == "2024-03-02"


def test_a_report_told_with_a_light_verb_or_a_birth_date_does_not_date_the_toll(extract):
    got = dated(extract, "5 mars 2024. – Les pluies sont tombées dans la nuit de samedi 2 mars. Hier, la préfecture "
                         "a fait état de 14 morts.")
    assert got == [("killed", 14, "2024-03-02")]
    got = dated(extract, "Un gendarme a été tué jeudi 29 février. L'assaillant, Paul Venard (né le 3 mai 1988), a "
                         "ensuite blessé deux passants.")
    assert [d for _, _, d in got] == ["2024-02-29", "2024-02-29"]


def test_a_range_is_approximate(extract):
    rec = extract("La police a procédé à entre 600 et 800 interpellations dans la nuit.", published="2024-06-13",
                  lang="fr")
    f = rec.figures[0]
    assert (f.best, f.low, f.high, f.qualifier) == (600, 600, 800, "approximate")


# ---- session 5: where a toll happened

def placed(extract, text):
    rec = extract(text, published="2024-06-13", lang="fr")
    names = {p.id: p.name for p in rec.places}
    return [(f.kind, f.best, names.get(f.place)) for f in rec.figures]


def test_a_place_named_to_locate_another_is_not_where_the_toll_happened(extract):
    got = placed(extract, "Une explosion a eu lieu dimanche à Bentiu, à 150 km au nord de Juba.\n\nLe bilan s'élève "
                          "désormais à 13 morts.")
    assert got[0][:2] == ("killed", 13) and got[0][2] == "Bentiu"


def test_a_place_inside_another_is_no_list_of_towns(extract):
    got = placed(extract, "Quatre détenus ont été tués dans la prison de Goma, dimanche.")
    assert got[0][2] != "Democratic Republic of the Congo" and got[0][2] is not None


def test_a_count_for_the_rest_of_the_country(extract):
    got = placed(extract, "Au Mali, la police a procédé à 300 arrestations à Bamako, et 200 sur le reste du pays.")
    assert got[1][:2] == ("detained", 200) and got[1][2] == "Mali"


def test_a_bare_count_after_a_toll_shares_its_left_out_verb(extract):
    got = figures(extract, "Neuf soldats ont été tués à Kidal et quatre dans un village voisin.")
    assert got == [("killed", 9, "soldiers"), ("killed", 4, "soldiers")]


def test_soit_restates_a_count_with_the_same_kind(extract):
    got = figures(extract, "Les combats ont poussé environ 2 000 ménages, soit quelque 10 000 personnes, à fuir.")
    assert got == [("displaced", 2000, "households"), ("displaced", 10000, "people")]


def test_part_of_things_and_numbers_in_names_are_no_counts(extract):
    assert figures(extract, "L'armée a lancé 60 drones, dont 41 ont été abattus.") == [("other", 60, "drones")]
    assert figures(extract, "La Brigade 301 a démenti toute implication.") == []


def test_an_aside_on_who_they_are_is_not_what_befell_them(extract):
    got = figures(extract, "Dans la ville, où 90 000 habitants, pour la plupart des déplacés, sont pris au piège, "
                           "les vivres manquent.")
    assert got == [("trapped", 90000, "residents")]


def test_the_subject_of_a_light_verb_of_reporting_reports_the_tolls(extract):
    rec = extract("Hier, la préfecture a fait mention de 14 morts. Le dernier bilan devient ainsi : six à Mopti, "
                  "trois à Gao.", published="2024-06-13", lang="fr")
    names = {a.id: a.name for a in rec.actors}
    assert [names.get(f.reported_by) for f in rec.figures] == ["préfecture"] * 3
    rec = extract("Le maire a ensuite donné un nouveau bilan de 50 morts.", published="2024-06-13", lang="fr")
    assert "maire" in {a.id: a.name for a in rec.actors}[rec.figures[0].reported_by]


def test_bodies_found_are_a_toll(extract):
    assert figures(extract, "Trois corps ont été retrouvés dans la rivière.") == [("killed", 3, "people")]


def test_a_unit_in_brackets_after_a_town_does_not_take_the_toll_from_the_town(extract):
    """The département in brackets locates the town; a toll told in the next sentence is the town's."""
    rec = extract("Une fusillade a éclaté samedi à Carcassonne (Aude). Trois personnes ont été tuées.",
                         published="2024-03-10", lang="fr")
    tolls = [f for f in rec.figures if f.kind == "killed"]
    places = {p.id: p.name for p in rec.places}
    assert tolls and places.get(tolls[0].place) == "Carcassonne"


def test_people_mobilised_or_sent_to_help_are_a_deployment_not_victims(extract):
    got = figures(extract, "Une quarantaine de secouristes ont été mobilisés dans la vallée.")
    assert [(k, b) for k, b, _ in got] == [("other", 40)]
    got = figures(extract, "Environ 300 soldats sont partis prêter main-forte aux sinistrés.")
    assert [(k, b) for k, b, _ in got] == [("other", 300)]


# ---- session 6: who is counted, and where and when (sentences written for the tests)

def test_a_bound_before_an_approximate_count_is_its_qualifier(extract):
    text = "Plus d'une centaine de secouristes ont été mobilisés dans la vallée."
    f = extract(text, published="2024-06-13", lang="fr").figures[0]
    assert (f.kind, f.best, f.qualifier) == ("other", 100, "more_than")
    assert text[f.span[0]:f.span[1]] == "Plus d'une centaine de secouristes"


def test_people_in_intensive_care_are_injured_and_people_unhurt_are_counted(extract):
    got = figures(extract, "Le glissement de terrain a fait deux morts et un blessé en réanimation, d'après la gendarmerie.")
    assert got == [("killed", 2, "people"), ("injured", 1, "people")]
    got = figures(extract, "Le guide était accompagné de trois randonneurs, indemnes.")
    assert got == [("other", 3, "hikers")]


def test_charged_people_are_detained_and_teenagers_are_their_own_group(extract):
    got = figures(extract, "Vendredi, trois adolescentes soupçonnées de racket ont été mises en examen à Nantes.")
    assert got == [("detained", 3, "teenagers")]


def test_a_count_of_people_with_nothing_said_of_them_is_of_kind_other(extract):
    assert figures(extract, "Les enquêteurs disposent désormais de deux suspects.") == [("other", 2, "suspects")]
    assert figures(extract, "La cérémonie a réuni un total de 1 800 personnes.") == [("other", 1800, "people")]
    # (a person named by "un"/"une" is no count)
    assert figures(extract, "Un homme a déclaré avoir vu la crue arriver.") == []


def test_who_the_people_of_the_toll_before_are(extract):
    got = figures(extract, "Samedi, une avalanche a fait quatre morts près de Kembo. Il s'agit de trois skieurs et de "
                           "leur guide.")
    assert got == [("killed", 4, "people"), ("killed", 3, "skiers")]
    got = figures(extract, "D'après les pompiers, les cinq personnes tuées, deux femmes et trois hommes, vivaient au village.")
    assert got == [("killed", 5, "people"), ("killed", 2, "women"), ("killed", 3, "men")]


def test_an_aside_of_names_does_not_take_the_predicate_from_the_count(extract):
    got = figures(extract, "Le 4 juin, trois personnes, Paul Varin, 20 ans, et Léa Morel, 16 ans, ainsi que Marc "
                           "Tissot, 33 ans, mentor des deux précédents, avaient été interpellées.")
    assert got == [("detained", 3, "people")]


def test_a_since_time_in_an_aside_dates_who_they_are_not_the_count(extract):
    got = dated(extract, "Mardi 4 mars, deux hommes, fichés depuis respectivement 2019 et 2021, ont été interpellés "
                         "à Lyon.")
    assert got == [("detained", 2, "2024-03-04")]


def test_a_header_above_the_dateline_does_not_date_the_counts(extract):
    got = dated(extract, "Page actualisée : 6 mars 2024\n\n5 mars 2024. –\nEnviron 900 personnes ont été évacuées "
                         "à cause des crues.", published="2024-03-06")
    assert got == [("evacuated", 900, "2024-03-05")]


@pytest.mark.parametrize("text,place", [
    # a coarser unit after a town locates it: the town is where it happened
    ("Jeudi, à Modane (Savoie, France), une coulée de boue a fait deux morts.", "Modane"),
    ("Le 3 juin, à Lahore, au Pakistan, une explosion a tué sept personnes.", "Lahore"),
    # where they come from, whose clock is read: not where it happened
    ("Deux hommes, originaires de Lyon, ont été arrêtés mardi à Marseille.", "Marseille"),
    ("Une femme a été tuée vendredi vers 22 h (heure de Paris) devant un restaurant d'Annecy.", "Annecy"),
    # whom a person or a school belongs to: where they come from, when another place is named
    ("Samedi, à Chamonix, une jeune femme de Grenoble a été grièvement blessée.", "Chamonix-Mont-Blanc"),
    ("Mardi, à Annecy, trois étudiants de l'université de Lyon ont été blessés.", "Annecy"),
    ("À Briançon, un moniteur de l'école de ski de Montgenèvre est mort samedi.", "Briançon"),
    ("Deux skieurs du club de Grenoble ont péri dimanche à Chamonix.", "Chamonix-Mont-Blanc"),
    # ... but with no other place, it is the only clue
    ("Deux touristes de Lyon ont été tués.", "Lyon"),
])
def test_session6_where_a_count_happened(extract, text, place):
    got = placed(extract, text)
    assert got and got[0][2] == place


def test_people_known_already_and_a_count_told_twice(extract):
    # a determiner makes them people named already: no count
    assert figures(extract, "Elle attend sous un abri avec ses quatre enfants.") == []
    # the same count told again in brackets shares the predicate after the brackets
    got = figures(extract, "Plus de 9 000 personnes (environ 1 800 ménages) ont fui Kembo.")
    assert got == [("displaced", 9000, "people"), ("displaced", 1800, "households")]
    # "d'entre elles" are of the toll before, unless things were counted since
    got = figures(extract, "Près de 600 personnes ont fui les combats. Quelque 200 d'entre elles dorment dehors.")
    assert [k for k, _, _ in got] == ["displaced", "displaced"]
    got = figures(extract, "Dix civils ont été tués. Plus de 27 maisons ont été touchées, et trois d'entre elles sont "
                           "détruites.")
    assert [(k, b) for k, b, _ in got if k != "other"] == [("killed", 10)]
    assert ("displaced", 5000, "people") in figures(extract, "La province compte 5 000 déplacés internes.")


def test_a_unit_after_an_aside_on_the_town_still_locates_it_and_a_present_count_is_of_now(extract):
    got = placed(extract, "Samedi, à Névache, dans le Briançonnais (Hautes-Alpes), deux randonneurs ont perdu la vie. "
                          "Une trentaine de secouristes avaient été mobilisés.")
    assert [(k, b) for k, b, _ in got] == [("killed", 2), ("other", 30)]
    assert all(p and p.startswith("Névache") for _, _, p in got)
    assert dated(extract, "La police dispose désormais de deux suspects.", published="2024-03-05") == \
        [("other", 2, "2024-03-05")]
    # one of them, described after the count, is no count of its own
    assert figures(extract, "Une avalanche a fait trois morts. Il s'agit de trois skieurs, un homme de 48 ans et "
                            "ses enfants.") == [("killed", 3, "people"), ("killed", 3, "skiers")]


@pytest.mark.parametrize("text,kind", [
    # the wounded of accident and crime copy, told by where they were taken or how they were hit
    ("Six passagers ont été transportés à l'hôpital de Kembo.", "injured"),
    ("Huit personnes ont été prises en charge par les secours.", "injured"),
    ("Deux gendarmes ont été légèrement touchés lors de l'interpellation.", "injured"),
    ("Quatre personnes ont été grièvement atteintes par des éclats.", "injured"),
    # the rehoused of floods and fires
    ("Près de 300 habitants ont été relogés après l'incendie.", "displaced"),
    # the charged
    ("Trois hommes ont été mis en examen pour association de malfaiteurs.", "detained"),
    # session 7: the killing, the disappearance, the displacement told by its noun and "de"
    ("L'assassinat de trois journalistes a choqué le pays.", "killed"),
    ("Le groupe a revendiqué le massacre de 30 éleveurs près de Kembo.", "killed"),
    ("L'exécution de quatre otages a été filmée par les ravisseurs.", "killed"),
    # a status group ("otages", "détenus") takes the kind of a verb right before it
    ("Les ravisseurs ont exécuté deux otages dans la nuit.", "killed"),
    ("Les ravisseurs détiennent encore 40 otages.", "detained"),
    ("Le meurtre de deux infirmières a provoqué une grève.", "killed"),
    ("La disparition de trois militants inquiète leurs familles.", "missing"),
    ("Le déplacement de 8 000 personnes complique l'aide.", "displaced"),
    # wounds that kill, fighters fallen
    ("Deux soldats ont été mortellement blessés lors de l'embuscade.", "killed"),
    ("Cinq militaires sont tombés au combat samedi.", "killed"),
    # hit by fire or shrapnel, treated: injured, not affected
    ("Sept personnes ont été touchées par des éclats d'obus.", "injured"),
    ("Quatre manifestants ont été touchés par balle près du palais.", "injured"),
    ("Neuf personnes ont été admises aux urgences après l'explosion.", "injured"),
    ("Onze personnes ont été soignées sur place par les secours.", "injured"),
    # missing: no one answers the roll
    ("Six pêcheurs manquent toujours à l'appel après la tempête.", "missing"),
    # displaced: thrown onto the roads, homeless, driven to leave home
    ("Plus de 8 000 personnes ont été jetées sur les routes par les combats.", "displaced"),
    ("Environ 700 personnes sont désormais sans abri après les crues.", "displaced"),
    ("Les combats ont forcé 3 000 familles à abandonner leurs villages.", "displaced"),
    ("Plus de 500 habitants ont dû quitter leur domicile.", "displaced"),
    # put under arrest, held
    ("Sept opposants ont été mis aux arrêts à l'aube.", "detained"),
    ("Douze suspects ont été placés sous mandat de dépôt.", "detained"),
    # buried under rubble, trapped
    ("Sept mille personnes sont prises au piège dans la vieille ville.", "trapped"),
    ("Une vingtaine de personnes seraient ensevelies sous les gravats.", "trapped"),
    # affected by a crisis
    ("Sept mille personnes ont été impactées par les inondations.", "affected"),
    ("Près de 40 000 personnes sont en situation d'insécurité alimentaire.", "affected"),
    # an aside right after the people tells what they went through before: the predicate
    # after it says what the count is
    ("Un homme, blessé lors de l'attentat de mars, a succombé à ses blessures.", "killed"),
    ("Deux soldats, grièvement blessés dans l'embuscade, sont morts à l'hôpital.", "killed"),
    ("Quatorze ouvriers, bloqués depuis mardi dans la galerie, ont été secourus.", "evacuated"),
    ("Trois otages, enlevés en janvier, ont été exécutés.", "killed"),
    ("Environ 200 familles, sinistrées par les crues, ont été relogées.", "displaced"),
    ("Cinq policiers, touchés par des pierres, ont été hospitalisés.", "injured"),
    ("Deux hommes, blessés lors de l'échange de tirs, ont été interpellés.", "detained"),
    # losses told by those who suffered them
    ("« Nous avons perdu 22 hommes », a confié un officier.", "killed"),
    ("L'unité aurait perdu une dizaine de soldats dans l'assaut.", "killed"),
    # the buried, the forced to leave
    ("« Nous avons enterré dix personnes », a déclaré un habitant de Kembo.", "killed"),
    ("Plus de 50 000 personnes ont été forcées de quitter leur foyer.", "displaced"),
    # singulars and feminines of the wire's groups
    ("Un humanitaire a été tué par balle lundi.", "killed"),
    ("Une enseignante a été enlevée sur la route de l'école.", "detained"),
    ("Trois manifestantes ont été interpellées devant le ministère.", "detained"),
    ("Quatre commerçants ont été blessés dans l'incendie du marché.", "injured"),
    # feminine nouns of the toll say its kind by themselves
    ("On compte parmi les passagers 12 tuées et 30 blessées.", "killed"),
    ("Le glissement de terrain a fait 14 disparues, toutes des ouvrières.", "missing"),
    # brain death is no death yet
    ("Trois personnes sont en état de mort cérébrale.", "injured"),
    # ... but an aside with no predicate after it keeps its kind
    ("Douze personnes, grièvement blessées, selon la police.", "injured"),
])
def test_session6_kinds_of_people_counted(extract, text, kind):
    got = figures(extract, text)
    assert got and got[0][0] == kind


# session 7: one attribute of the first figure, (text, attribute, value)
@pytest.mark.parametrize("text,attr,value", [
    # a bound before an approximate noun says more than the noun
    ("Au moins une cinquantaine de personnes ont été tuées.", "qualifier", "at_least"),
    ("Plus d'une centaine de civils ont fui.", "qualifier", "more_than"),
    ("Une vingtaine de soldats ont été blessés.", "qualifier", "approximate"),
    ("Environ une trentaine de personnes ont été évacuées.", "qualifier", "approximate"),
    # bounds of wire copy
    ("Pas loin de 50 personnes ont été tuées.", "qualifier", "approximate"),
    ("Presque 300 familles ont été déplacées.", "qualifier", "approximate"),
    ("Quasiment 80 civils ont été tués depuis lundi.", "qualifier", "approximate"),
    ("De l'ordre de 2 000 personnes ont été évacuées.", "qualifier", "approximate"),
    ("Pas plus de 15 suspects ont été interpellés.", "qualifier", "at_most"),
    # a range in words is one figure, approximate, as one in digits
    ("Entre dix et quinze civils ont été tués dans le village.", "qualifier", "approximate"),
    ("Entre 10 et 15 civils ont été tués dans le village.", "qualifier", "approximate"),
    # things counted are named in English, as the records name groups
    ("Les frappes ont détruit 12 maisons dans le quartier.", "group", "houses"),
    ("Trois écoles ont été touchées par les obus.", "group", "schools"),
    ("L'armée a repris une centaine de localités en un mois.", "group", "localities"),
    ("Plus de 27 bâtiments ont été endommagés.", "group", "buildings"),
    # the men of the fire brigade, doctors
    ("Plus de vingt pompiers ont été légèrement blessés.", "group", "firefighters"),
    ("Deux sapeurs-pompiers ont été hospitalisés.", "group", "firefighters"),
    ("Trois médecins ont été enlevés à Kembo.", "group", "doctors"),
    # an unknown noun whose thing has a name
    ("Environ 130 municipalités sont touchées par les crues.", "group", "municipalities"),
])
def test_session7_qualifiers_and_groups(extract, text, attr, value):
    rec = extract(text, published="2024-06-13", lang="fr")
    assert rec.figures and getattr(rec.figures[0], attr) == value


def test_session7_a_time_in_the_aside_on_the_past_does_not_date_the_count(extract):
    got = dated(extract, "Un homme, blessé lors de l'attaque du 2 mai, a succombé mardi à ses blessures.",
                published="2024-06-13")
    assert got == [("killed", 1, "2024-06-11")]
    got = dated(extract, "Deux policiers, blessés le 3 juin lors d'une manifestation, sont morts jeudi.",
                published="2024-06-13")
    assert got == [("killed", 2, "2024-06-13")]


@pytest.mark.parametrize("text,kind,best", [
    # number shapes of wire copy
    ("Une dizaine de milliers de personnes ont fui les combats.", "displaced", 10000),
    ("Une centaine de milliers de personnes ont fui les combats.", "displaced", 100000),
    ("Près d'un demi-million de personnes ont fui les combats.", "displaced", 500000),
    ("Quelque 3,5 millions de personnes ont été déplacées.", "displaced", 3500000),
    ("Plus de 800.000 personnes ont été déplacées.", "displaced", 800000),
    ("Plus d'un millier de civils ont été tués depuis janvier.", "killed", 1000),
    # a toll revised from one count to another: the new count, not a range
    ("Le bilan est passé de 30 à 45 morts.", "killed", 45),
    ("Le bilan a été revu à la hausse de 12 à 20 morts.", "killed", 20),
    # ... while a range keeps its low end
    ("Entre 600 et 800 personnes ont été arrêtées.", "detained", 600),
])
def test_session7_number_shapes(extract, text, kind, best):
    got = figures(extract, text)
    assert (kind, best) in [(k, b) for k, b, _ in got]


@pytest.mark.parametrize("text,expected", [
    # a state far along the sentence tells of a place or a thing named since, not of the count
    ("Quatorze personnes se trouvaient dans le bus lorsque la route, bloquée par la neige, a cédé.",
     [("other", 14, "people")]),
    ("L'immeuble abritait 14 personnes, dont plusieurs seraient encore coincées sous les décombres.",
     [("other", 14, "people")]),
    # ... but right after the count (an aside on who they are left aside) it is theirs
    ("Quelque 200 000 civils sont assiégés dans la partie est de la ville.", [("trapped", 200000, "civilians")]),
    ("La ville, où quelque 270 000 habitants, pour la plupart des déplacés, sont pris au piège, manque de tout.",
     [("trapped", 270000, "residents")]),
    # who a source named by first and last name is: no count
    ("Selon Paul Mandé, un enseignant de la ville réfugié chez des proches, la route est coupée.", []),
    ("La route est coupée, a indiqué Awa Diallo, une commerçante réfugiée à Goma.", []),
    # ... but a person named and what befell them is a count
    ("Paul Mandé, un enseignant de la ville, a été tué mardi.", [("killed", 1, "teachers")]),
    # one suicide bomber is the attacker, not a count
    ("Un kamikaze a fait exploser sa voiture devant le poste.", []),
])
def test_session7_what_the_count_is_not(extract, text, expected):
    assert figures(extract, text) == expected
