"""French event lexicon (events.toml): the attack told through its toll, captures, statements
and the guards that keep abstract or repeated words from becoming events. Fictional sentences."""


def types(extract, text):
    rec = extract(text, published="2024-06-13", lang="fr")
    return [e.type for e in rec.events], rec


def test_an_attack_told_only_through_its_toll_is_an_assault(extract):
    got, rec = types(extract, "Seize civils ont été tués par des rebelles dans la nuit de samedi à dimanche près de Béni.")
    assert got == ["ASSAULT"]
    assert "tués" in rec.events[0].trigger


def test_a_toll_after_the_attack_is_not_a_second_event(extract):
    got, _ = types(extract, "Une embuscade a visé lundi un convoi militaire près de Ménaka. "
                            "Onze soldats ont été tués et six autres blessés, selon l'armée.")
    assert got.count("ASSAULT") == 1


def test_a_town_taken_is_an_assault_not_an_arrest(extract):
    got, rec = types(extract, "Les paramilitaires ont pris le contrôle de la ville de Tawila mardi.")
    assert got == ["ASSAULT"] and rec.events[0].mode == "capture"
    got, _ = types(extract, "Les insurgés se sont emparés d'une base militaire dans la province.")
    assert got == ["ASSAULT"]


def test_clashes_named_heurts(extract):
    got, _ = types(extract, "De violents heurts ont opposé jeudi des miliciens à l'armée près de Kalehe.")
    assert "ASSAULT" in got


def test_statements_of_the_usual_kinds(extract):
    cases = {
        "Le gouvernement a déploré samedi la mort de civils dans le bombardement du marché.": "ACCUSE",
        "Les autorités tiennent les rebelles pour responsables de l'attaque.": "ACCUSE",
        "Le Mali a expulsé l'ambassadeur du pays voisin.": "SANCTION",
        "Les deux armées mènent des patrouilles conjointes le long de la frontière.": "COOPERATE",
        "Le chef rebelle s'est engagé à libérer les otages avant la fin du mois.": "AGREE",
        "La police a dispersé les manifestants devant le parlement.": "COERCE",
        "Le ministre a été placé en garde à vue mardi.": "COERCE",
    }
    for text, want in cases.items():
        got, _ = types(extract, text)
        assert want in got, (text, got)


def test_abstract_or_modifier_words_are_no_events(extract):
    for text in ("Le président a promis de poursuivre le combat contre le terrorisme.",
                 "Des avions de combat survolaient la capitale.",
                 "La compagnie a interrompu le service de train vers la capitale.",
                 "Les zones détenues par les rebelles sont vastes.",
                 "La situation humanitaire est critique dans la ville."):
        got, _ = types(extract, text)
        assert got == [], (text, got)


def test_moved_by_nobody_is_not_an_aid_operation(extract):
    got, _ = types(extract, "Les blessés ont été acheminés vers les hôpitaux de la capitale.")
    assert "AID" not in got
    got, _ = types(extract, "Les blessés ont été acheminés vers Goma par le CICR.")
    assert "AID" in got


def test_a_bare_definite_mention_repeats_the_event_told_before(extract):
    got, _ = types(extract, "Une offensive a été lancée lundi contre la ville de Kidal. "
                            "Des dizaines de combattants sont morts dans l'offensive, selon une source locale.")
    assert got.count("ASSAULT") == 1
    # a definite mention with its own complement is an event of its own
    got, _ = types(extract, "Une offensive a été lancée lundi contre la ville de Kidal. "
                            "Elle rappelle l'offensive lancée par l'armée en 2012 dans la même région.")
    assert got.count("ASSAULT") == 2


def test_violence_named_as_a_happening_not_as_a_cause(extract):
    got, _ = types(extract, "Une nouvelle vague de violences des paramilitaires a frappé la ville d'El-Geneina.")
    assert "ASSAULT" in got
    got, _ = types(extract, "Des milliers de familles ont quitté la région en raison des violences.")
    assert "ASSAULT" not in got


def test_removed_from_the_rubble_is_no_withdrawal(extract):
    got, _ = types(extract, "Les secouristes ont retiré des gravats les corps de deux enfants.")
    assert "RETREAT" not in got
    got, _ = types(extract, "L'armée a retiré ses troupes de la ville de Kherson.")
    assert "RETREAT" in got


def test_a_site_evacuated_is_an_evacuation_people_moved_are_not(extract):
    got, _ = types(extract, "L'aéroport a été évacué dans la matinée.")
    assert got == ["AID"]
    got, _ = types(extract, "Des dizaines de civils ont été évacués vers Goma.")
    assert "AID" not in got


def test_a_military_intervention_is_a_mobilization(extract):
    got, _ = types(extract, "Le Rwanda a justifié son intervention militaire dans l'est du pays.")
    assert "MOBILIZE" in got


def test_a_negated_verb_is_denied_and_no_attack_is_no_event(extract):
    _, rec = types(extract, "L'armée n'a pas frappé l'hôpital de la ville, selon un porte-parole.")
    assert [(e.type, e.status) for e in rec.events] == [("ASSAULT", "denied")]
    got, _ = types(extract, "Aucune attaque n'a été signalée dans la nuit à Goma.")
    assert got == []


def test_the_named_group_after_a_class_of_actors_is_the_source(extract):
    _, rec = types(extract, "BAMAKO, 9 septembre 2024 (AFP) - Des jihadistes de l'Etat islamique au Sahel ont "
                            "attaqué dimanche un poste militaire près de Gao.")
    names = {a.id: a.name for a in rec.actors}
    attack = next(e for e in rec.events if e.type == "ASSAULT")
    assert names.get(attack.source) == "Islamic State Sahel Province"


def test_phone_calls_are_consultations_and_bans_are_coercion(extract):
    got, _ = types(extract, "Les deux présidents ont eu un appel téléphonique mardi soir.")
    assert "CONSULT" in got and "REQUEST" not in got
    got, _ = types(extract, "La junte a interdit les manifestations dans la capitale.")
    assert "COERCE" in got
    got, _ = types(extract, "Le gouverneur a levé le couvre-feu dans la ville.")
    assert "CONCEDE" in got


def test_participles_used_as_nouns_name_people(extract):
    got, _ = types(extract, "Les largages aériens ravitaillent les assiégés depuis des mois.")
    assert "COERCE" not in got
    got, _ = types(extract, "Les soldats sont assiégés depuis deux ans dans la ville.")
    assert "COERCE" in got


def test_the_outbreak_of_a_war_is_an_assault(extract):
    got, _ = types(extract, "La guerre, qui a éclaté en avril 2023 entre l'armée et les paramilitaires, a fait des milliers de morts.")
    assert "ASSAULT" in got


def test_an_appeal_to_a_named_addressee_is_a_request_a_name_is_not(extract):
    got, _ = types(extract, "La présidence a appelé Washington à cesser de couvrir les opérations.")
    assert "REQUEST" in got
    got, _ = types(extract, "La localité appelée Bahri a été bombardée.")
    assert "REQUEST" not in got


def test_phrases_that_hold_a_trigger_but_name_no_happening(extract):
    _, rec = types(extract, "Pendant une conférence de presse, la ministre a indiqué que l'incendie était criminel.")
    assert "CONSULT" not in [e.type for e in rec.events]
    got, _ = types(extract, "Des milliers d'habitants ont été chassés de chez eux.")
    assert "ASSAULT" not in got


def test_incitement_clashes_as_verbs_rallying_and_support_received(extract):
    cases = {
        "Le groupe avait récemment appelé à viser la communauté copte.": "THREATEN",
        "Depuis le 20 janvier, les rebelles s'affrontent dans la région d'Idleb.": "ASSAULT",
        "Plusieurs brigades se sont rangées derrière la nouvelle coalition.": "COOPERATE",
        "Le groupe bénéficie du soutien de plusieurs pays du Golfe.": "SUPPORT",
    }
    for text, want in cases.items():
        got, _ = types(extract, text)
        assert want in got, (text, got)


def test_an_attack_described_or_a_grouping_of_forces_is_no_new_event(extract):
    got, _ = types(extract, "Les Kurdes considèrent l'offensive comme une déclaration de guerre.")
    assert "ASSAULT" not in got
    got, _ = types(extract, "Le drone a visé un rassemblement de combattants près de la ville.")
    assert "PROTEST" not in got


def test_a_toll_in_a_sentence_that_names_the_attack_yields_to_it(extract):
    _, rec = types(extract, "Au moins 12 civils ont été tués lundi dans une frappe de drone sur le marché de Kidal.")
    assert [(e.type, e.mode) for e in rec.events] == [("ASSAULT", "airstrike")]


def test_the_subject_of_a_passive_toll_is_its_target_not_its_source(extract):
    _, rec = types(extract, "Vingt soldats ont été tués lundi près de Tillabéri.")
    assert rec.events and rec.events[0].source is None
