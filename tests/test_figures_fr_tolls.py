"""French tolls (figures.toml): verbs of killing in the infinitive, counts after them, shared
tolls, counted event nouns, households, references that are no counts. Fictional sentences."""


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
    got = figures(extract, "Plus de 2 700 civils ont été tués depuis l'été 2014, dont plus de 1 000 en mars.")
    assert ("killed", 1000, "people") in got and not any(b == 2014 for _, b, _ in got)
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
