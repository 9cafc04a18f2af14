"""Quotes and speakers: after the verb, inverted, before a colon, partial, chained."""

import pytest


def quotes(extract, text):
    rec = extract(text, published="2024-06-13")
    actors = {a.id: a for a in rec.actors}
    return [(q.text, actors[q.speaker].name if q.speaker in actors else None, q.kind) for q in rec.quotes]


def test_speaker_after_the_verb(extract):
    got = quotes(extract, "«Nous avons perdu tout contact avec l'équipe», a déclaré mardi le porte-parole "
                          "de l'OMS, Tarik Benali.")
    assert got == [("Nous avons perdu tout contact avec l'équipe", "Tarik Benali", "direct")]


def test_inverted_takes_the_previous_speaker(extract):
    got = quotes(extract, "Le gouverneur Ivan Petrenko a dénoncé une attaque lâche. «Les secours sont sur place», "
                          "a-t-il ajouté. «Le bilan risque de s'alourdir», a-t-il poursuivi.")
    assert [s for _, s, _ in got] == ["Ivan Petrenko", "Ivan Petrenko"]


def test_speaker_before_a_colon(extract):
    got = quotes(extract, "Le porte-parole de l'armée, Moussa Diarra, a déclaré : «La situation est sous contrôle.»")
    assert got[0][1] == "Moussa Diarra" and got[0][2] == "direct"


def test_partial_quote_in_reported_speech(extract):
    got = quotes(extract, "La cheffe de l'Unicef, Amina Sow, a demandé une «pause humanitaire immédiate» à Gaza.")
    assert got == [("pause humanitaire immédiate", "Amina Sow", "partial")]


def test_english_curly_quotes(extract):
    got = quotes(extract, "“Personne n'est venu nous aider”, a raconté Marie Joseph, une habitante.")
    assert got[0][0] == "Personne n'est venu nous aider" and got[0][1] == "Marie Joseph"


def test_partial_quotes_take_the_subject_hung_on_the_auxiliary(extract):
    rec = extract('Une frappe a touché une voiture à Jouaya, a précisé le ministère.\n\nL\'armée israélienne a de '
                  'son côté affirmé avoir "éliminé" à Jouaya "un terroriste", qui "tentait de rétablir des '
                  'infrastructures" dans le sud.', published="2024-06-13")
    names = {a.id: a.name for a in rec.actors}
    assert {names.get(q.speaker) for q in rec.quotes} == {"Israel Defense Forces"}


def test_an_unnamed_body_reporting_a_toll_is_its_speaker(extract):
    rec = extract("Lundi soir, le Centre de médecine d'urgence avait fait état de « près d'une dizaine de morts ».",
                  published="2024-06-13")
    names = {a.id: a.name for a in rec.actors}
    assert "Centre de médecine d'urgence" in names[rec.quotes[0].speaker]


def test_names_in_quotation_marks_are_not_quotes(extract):
    # a naming word before the marks, or a capitalised name inside them: nobody says it
    got = quotes(extract, "Le groupe, baptisé les « Faucons de la vallée », a attaqué Kembo. La base de la "
                          "force régionale « Tonnerre » se trouve près de Kembo.")
    assert got == []


def test_scare_quotes_with_no_one_speaking_are_not_quotes(extract):
    got = quotes(extract, "Les milices plus « modérées » pourraient rejoindre les rebelles soutenus par le Zalmar.")
    assert got == []


def test_a_short_quote_with_a_verb_of_saying_stays_a_partial_quote(extract):
    got = quotes(extract, "Le gouverneur Ivan Petrenko a qualifié l'attaque de « barbare ».")
    assert got == [("barbare", "Ivan Petrenko", "partial")]


def test_a_verb_of_thinking_makes_a_short_quote_speech(extract):
    got = quotes(extract, "Le procureur Paul Kéré pensait que le suspect aurait « des liens » avec le groupe.")
    assert got == [("des liens", "Paul Kéré", "partial")]


def test_a_quoted_title_ending_a_line_is_a_heading(extract):
    got = quotes(extract, "Mise à jour : 3 mars — « Explosion dans le port de Kembo : le bilan s'alourdit »\n\n"
                          "Au moins dix personnes ont été tuées mardi à Kembo.")
    assert got == []


def test_ce_dernier_is_the_last_one_named_not_the_last_speaker(extract):
    got = quotes(extract, "Le président Karim Osso a promis des renforts. Les milices ont demandé de l'aide à "
                          "l'armée malienne, cette dernière jugeant la révolte « mineure ».")
    assert got == [("mineure", "Malian Armed Forces", "partial")]


# one quote whose speaker a rule of attribution finds: (text, the speaker's actor name)
SPEAKER_CASES = [
    pytest.param("L'agence de l'État islamique, Amaq, affirme qu'un « soldat du califat » a mené l'assaut.",
                 'Amaq News Agency', id='an_agency_in_apposition_speaks_not_the_group_it_belongs_to'),
    pytest.param("Dans un communiqué, l'ONU «condamne fermement» cette attaque contre Kembo.",
                 'United Nations', id='a_quote_holding_the_verb_takes_its_subject'),
    pytest.param('La ministre Awa Ndiaye a été claire. « Ces crimes ne resteront pas impunis », a-t-elle martelé.',
                 'Awa Ndiaye', id='incise_verbs_the_tagger_reads_as_adjectives'),
    pytest.param('La coalition internationale anti-EI a frappé Mossoul, où se cachent les djihadistes. La '
                 'coalition a annoncé une enquête sur les « multiples allégations » de victimes civiles.',
                 'US-led coalition', id='a_bare_anaphor_takes_the_actor_called_so'),
    pytest.param("Un témoin a raconté qu'un homme est sorti d'une camionnette et a couru vers les soldats en "
                 'criant « Dieu est grand ».',
                 'homme', id='shouting_gerund_takes_the_subject_of_the_verb_it_hangs_on'),
    pytest.param("Le ministre de l'Intérieur, Paul Marchetti, a réuni les préfets avec le directeur de la police, "
                 'Henri Dubreuil, à la suite de quoi il a affirmé que « la menace reste très élevée ».',
                 'Paul Marchetti', id='pronoun_after_the_first_verb_is_that_verbs_subject'),
    pytest.param("Selon les pompiers, l'entrepôt n'était pas aux normes. Ils affirment avoir « alerté à plusieurs "
                 'reprises le propriétaire », sans succès.',
                 'pompiers', id='plural_pronoun_takes_the_source_the_sentence_before_opens_on'),
    pytest.param("L'agresseur s'est ensuite retranché dans une école. Il aurait hurlé « Je vais tous vous tuer », "
                 'selon des témoins.',
                 'agresseur', id='pronoun_takes_the_unnamed_attacker_of_the_sentence_before'),
    pytest.param("« L'homme a été neutralisé par une patrouille après avoir blessé deux agents », selon les "
                 'précisions apportées par le procureur Marc Delorme.',
                 'Marc Delorme', id='the_agent_after_selon_les_precisions_is_the_source'),
    pytest.param("« Nous allons frapper la ville », avait déclaré le suspect lors d'une conversation enregistrée.",
                 'suspect', id='an_unnamed_suspect_after_the_verb_speaks'),
    pytest.param("D'après Aline Kabongo, « ils ont pilonné le village, puis sont entrés à pied » faisant au moins "
                 'trois blessés.',
                 'Aline Kabongo', id='a_figure_phrase_after_the_quote_does_not_speak'),
    pytest.param('Les combats ont fait dix morts, selon Marc Ilunga, un responsable local. Six habitants ont été '
                 'enlevés. « Ils sont arrivés la nuit », a-t-il déploré.',
                 'Marc Ilunga', id='singular_pronoun_skips_a_plural_unnamed_group'),
    pytest.param('Pour sa part, celui qui est présenté comme le chef de la cellule avait affirmé que « si on me '
                 "donne l'ordre, je suis prêt » à agir.",
                 'chef de la cellule', id='celui_qui_takes_the_noun_of_its_relative_clause'),
    pytest.param("« C'était l'horreur », se souvient Fatima, une survivante de l'attaque.",
                 'Fatima', id='a_first_name_set_off_by_an_age_is_a_person'),
    pytest.param('Des sources diplomatiques ont indiqué que la réunion aurait lieu jeudi. Le Ghana prévoit par '
                 "ailleurs d'envoyer un émissaire afin de « calmer le jeu », selon la même source.",
                 'sources diplomatiques', id='selon_la_meme_source_goes_back_to_the_last_source'),
    pytest.param('Les policiers ont été accueillis par des jets de pierres, a rapporté une source policière, '
                 'évoquant « une véritable embuscade ».',
                 'source policière', id='a_participle_goes_on_with_the_speaker_of_the_incise'),
    pytest.param("« Il faut que cela cesse », a lancé le ministre de l'Intérieur devant la presse.",
                 "ministre de l'Intérieur", id='the_speakers_phrase_stops_before_devant'),
    pytest.param('La préfète du Var, Hélène Morin, a tenu une conférence de presse en fin de journée. « Le feu est '
                 'fixé mais pas éteint. Nous restons mobilisés. »',
                 'Hélène Morin', id='a_press_conference_before_the_quote_names_its_speaker'),
    pytest.param("« Nous ne reculerons pas. » C'est par ces mots que le ministre de l'Intérieur, Joseph Aubrac, a "
                 'conclu son discours devant les policiers.',
                 'Joseph Aubrac', id='the_sentence_after_a_quoted_sentence_names_its_speaker'),
    pytest.param("Les FRS ont rejeté ces accusations. L'un de leurs conseillers, Omar Said el-Tayeb, a assuré que "
                 "ses hommes ne visaient « que les casernes de l'armée ».",
                 'Omar Said el-Tayeb', id='lun_de_ses_conseillers_is_the_person_in_apposition'),
    pytest.param("« Les bombardements n'ont pas cessé de la nuit », a témoigné auprès de l'AFP un habitant joint "
                 'par téléphone.',
                 'habitant', id='auprès_de_names_who_is_spoken_to'),
    pytest.param("Un randonneur a été retrouvé vivant. Il avait quitté le groupe « une heure avant l'avalanche » et "
                 "attendait au refuge, d'après le maire de Valbonne, Paul Mervent.",
                 'Paul Mervent', id='words_after_a_naming_noun_that_look_like_no_name_are_quoted'),
    pytest.param("Un skieur est mort lundi. Les secours précisent qu' « il était seul sur une piste fermée ».",
                 'secours', id='the_rescuers_of_accident_copy_speak'),
    # --- session 7: incise verbs the tagger misreads, and who speaks in agency copy
    pytest.param("« Nous irons jusqu'au bout », tranche Karim Benali, porte-parole de l'opposition.",
                 'Karim Benali', id='an_incise_verb_read_as_a_noun_tranche'),
    pytest.param("« Rien n'est réglé », note le chef de la délégation, Omar Haddad.",
                 'Omar Haddad', id='an_incise_verb_read_as_a_noun_note'),
    pytest.param("« Nous avons tout perdu », lâche Moussa Keita, un déplacé de Kembo.",
                 'Moussa Keita', id='an_incise_verb_read_as_an_adjective_lache'),
    pytest.param("« Le cessez-le-feu est violé chaque jour », s'est insurgé le porte-parole de l'opposition, "
                 "Karim Benali.", 'Karim Benali', id='a_reflexive_participle_read_as_an_adjective'),
    pytest.param("« C'est une honte », s'est emportée Awa Sidibé devant les journalistes.",
                 'Awa Sidibé', id='a_reflexive_verb_of_feeling_in_the_incise'),
    pytest.param("« Ils reviendront », a mis en garde Awa Sidibé, une élue locale.",
                 'Awa Sidibé', id='a_verb_of_saying_in_three_words'),
    pytest.param("Le Comité international de la Croix-Rouge a fait état de « plusieurs centaines » de blessés, accusant les rebelles d'avoir "
                 "bloqué les secours.", 'International Committee of the Red Cross',
                 id='a_present_participle_after_the_quote_has_no_subject_after_it'),
    pytest.param("Des hommes armés ont enlevé douze élèves près de Kembo, a rapporté un responsable local, Issa "
                 "Maïga.\n\n« Deux d'entre eux se sont échappés. D'après eux, les autres sont dans la forêt », "
                 "a-t-il précisé.", 'Issa Maïga', id='a_pronoun_after_a_sentence_whose_incise_names_a_source'),
    pytest.param("Pour le porte-parole de la mission de l'ONU, Paul Dupont, « la population civile paie le prix fort ».",
                 'Paul Dupont', id='pour_a_title_then_a_person_in_apposition'),
    pytest.param("Le Service de communication du gouvernement a démenti toute frappe, dénonçant une « campagne de "
                 "désinformation ».", 'Service de communication du gouvernement',
                 id='a_sub_body_speaks_as_itself_not_as_its_government'),
    pytest.param("La Mission de l'ONU pour la stabilisation en RDC (Monusco) a dénoncé « une attaque lâche » contre "
                 "ses casques bleus.", 'MONUSCO', id='a_sub_body_with_its_acronym_in_brackets'),
    pytest.param("« Les secours manquent de tout », a déclaré le bureau de l'ONU à Genève.",
                 "bureau de l'ONU", id='an_office_after_the_verb_speaks_as_itself'),
    pytest.param("« Trois soldats ont été tués », a rapporté l'agence de presse Anadolu.",
                 'Anadolu Agency', id='a_name_right_after_the_noun_is_the_body_itself'),
    pytest.param("La junte a rejeté mardi l'appel de la Cedeao à tenir des élections « sans tarder ».",
                 'ECOWAS', id='the_owner_of_a_call_says_the_words_under_it'),
    pytest.param("Moscou a rejeté les accusations de Kiev d'avoir « bombardé des civils » à Kherson.",
                 'Ukraine', id='the_owner_of_accusations_says_the_words_under_them'),
    pytest.param("Addis Abeba a affirmé avoir visé « un rassemblement de combattants ».",
                 'Ethiopian government', id='a_capital_speaks_for_its_government'),
    pytest.param("Jérusalem a menacé d'étendre ses opérations « jusqu'au retour au calme ».",
                 'Israel', id='jerusalem_speaks_for_israel'),
    pytest.param("« Le convoi a été attaqué à l'aube », a indiqué à l'AFP une source sécuritaire sous couvert "
                 "d'anonymat.", 'source sécuritaire', id='an_unnamed_source_ends_before_sous_couvert'),
    pytest.param("« Les écoles sont fermées », a raconté un enseignant de Goma joint par téléphone.",
                 'enseignant de Goma', id='an_unnamed_source_ends_before_joint_par_telephone'),
    pytest.param("« Nous avons fui dans la nuit », a déclaré à l'Agence France-Presse (AFP) Moussa Traoré, un "
                 "habitant de Gao.", 'Moussa Traoré', id='the_addressee_with_its_acronym_in_brackets'),
    pytest.param("« Nous avons fui dans la nuit », a déclaré à l'agence Reuters Moussa Traoré, un habitant de Gao.",
                 'Moussa Traoré', id='a_name_the_ner_ran_into_a_known_outlet'),
    pytest.param("« Nous avons fui dans la nuit », a déclaré à Al-Jazira Moussa Traoré, un habitant de Gao.",
                 'Moussa Traoré', id='a_name_the_ner_ran_into_a_known_channel'),
    pytest.param("Joint au téléphone par l'AFP, Moussa Traoré, un habitant de Gao, a raconté : « Nous avons fui "
                 "dans la nuit. »", 'Moussa Traoré', id='joint_par_names_who_was_spoken_to'),
    pytest.param("Interrogé par la radio RFI, Moussa Traoré, un habitant de Gao, a assuré que « personne n'est "
                 "venu ».", 'Moussa Traoré', id='interroge_par_names_who_was_spoken_to'),
    pytest.param("Contacté par l'AFP, le maire de Gao, Moussa Traoré, a estimé que « la ville est encerclée ».",
                 'Moussa Traoré', id='contacte_par_then_a_title_and_a_person'),
    pytest.param("Le président Ali Baraka a estimé que la situation restait « très tendue » dans le nord.",
                 'Ali Baraka', id='a_short_quote_in_a_clause_reported_by_the_verb'),
    pytest.param("L'ONG Amnesty International a dénoncé, par la voix de sa directrice régionale Awa Diop, « des "
                 "exécutions extrajudiciaires ».", 'Awa Diop', id='a_body_speaking_par_la_voix_de_a_person'),
    pytest.param("L'Union européenne s'est alarmée d'une « escalade dangereuse ».", 'European Union',
                 id='a_reflexive_participle_of_feeling_read_as_a_noun'),
    pytest.param("Kiev s'est indigné de ces « crimes de guerre ».", 'Ukraine',
                 id='a_capital_indignant_through_a_reflexive_verb'),
    # words after a naming noun or verb that are someone's, not a name
    pytest.param("Le ministre Paul Kaba a salué un accord « historique » avec les rebelles.",
                 'Paul Kaba', id='an_adjective_after_a_noun_of_naming_is_said'),
    pytest.param("Le ministre Paul Kaba a dénoncé une campagne « de désinformation » menée de l'étranger.",
                 'Paul Kaba', id='a_complement_after_a_noun_of_naming_is_said'),
    pytest.param("La Mission de l'ONU en RDC (Monusco) a appelé « toutes les parties » à épargner les civils.",
                 'MONUSCO', id='the_object_of_appeler_is_said_not_a_name'),
    pytest.param("Le ministre Paul Kaba a appelé les habitants « à rester chez eux ».",
                 'Paul Kaba', id='appeler_a_is_said_not_a_name'),
    # a relative after an apposition ("X, lié à Y, qui affirme") is the first name's
    pytest.param("L'attaque a été revendiquée par le Groupe de soutien à l'islam et aux musulmans (GSIM), lié à "
                 "Al-Qaïda, qui affirme avoir tué « des miliciens ».", "Jama'at Nusrat al-Islam wal-Muslimin",
                 id='a_relative_after_an_apposition_of_affiliation'),
    # the parser makes a title and the name after it two subjects of the verb
    pytest.param("Le président ukrainien Dmytro Moroz a déclaré : « Nous tiendrons ».",
                 'Dmytro Moroz', id='a_title_then_a_name_as_two_subjects_the_name_speaks'),
    pytest.param("Le président ukrainien Andriï Kravets a appelé les alliés à livrer « sans délai » des armes.",
                 'Andriï Kravets', id='a_title_then_a_name_before_a_partial_quote'),
]


@pytest.mark.parametrize("text, speaker", SPEAKER_CASES)
def test_the_speaker_of_one_quote(extract, text, speaker):
    assert quotes(extract, text)[0][1] == speaker


# words in quotation marks that are a name, a title or a nickname: nobody's words
NOT_QUOTES = [
    pytest.param("Le chef rebelle Jean Koffi, dit « le boucher de Kembo », a été arrêté mardi.",
                 id='a_nickname_after_dit_in_lower_case'),
    pytest.param("Le chef rebelle Jean Koffi, dit « Commandant Zéro », a été arrêté mardi.",
                 id='a_nickname_after_dit_capitalised'),
    pytest.param("Les habitants surnomment ce carrefour « le triangle de la mort ».",
                 id='a_verb_that_names_its_object'),
    pytest.param("Ce que les habitants appellent « la zone rouge » a été bombardé.",
                 id='what_someone_calls_after_a_relative'),
    pytest.param("Le président Ali Baraka a annoncé mardi le lancement du plan « Kembo 2030 ».",
                 id='a_plan_named_with_a_year'),
    pytest.param("La campagne « Zéro arme » a permis de collecter 3 000 fusils, selon la police.",
                 id='a_campaign_name_with_a_source_in_the_sentence'),
    pytest.param("Le documentaire « La guerre des collines » a été interdit par les autorités.",
                 id='the_title_of_a_work'),
    pytest.param("Le ministre a présenté son projet « Villages sûrs » devant les députés.",
                 id='a_project_name_in_a_sentence_with_a_speaker'),
    pytest.param("Le président Ali Baraka, qui a dénoncé mardi les violences, s'est rendu dans le quartier « chaud » "
                 "de Kembo.", id='a_verb_of_saying_in_a_closed_relative_says_no_scare_word'),
    pytest.param("Le ministre Paul Kaba, qui a démenti les accusations, a visité les quartiers « libérés » de Kembo.",
                 id='a_denial_in_a_closed_relative_says_no_scare_word'),
]


@pytest.mark.parametrize("text", NOT_QUOTES)
def test_names_and_titles_are_not_quotes(extract, text):
    assert quotes(extract, text) == []


def test_speech_verbs_of_wire_copy(extract):
    # "parler de", a reflexive verb the tagger reads as an adjective, a capital that speaks
    assert quotes(extract, "Le Kremlin a parlé d'une «attaque terroriste» contre ses installations.")[0][1] == "Russia"
    assert quotes(extract, "«Personne ne nous aide», s'indigne Fatou Bakary, mère de quatre enfants.")[0][1] == \
        "Fatou Bakary"
    assert quotes(extract, "Paris s'est félicité d'une «avancée importante».")[0][1] == "France"


def test_an_unknown_agency_that_speaks_is_the_speaker(extract):
    got = quotes(extract, "L'agence officielle a parlé d'un «attentat terroriste» contre la mosquée.")
    assert got[0][1] and "agence officielle" in got[0][1]


def test_the_actor_a_sentence_opens_on_speaks_its_quote(extract):
    got = quotes(extract, "Pour Amina Dialla, coordinatrice de la société civile de Kembo, «l'armée n'a rien fait».")
    assert got == [("l'armée n'a rien fait", "Amina Dialla", "partial")]


def test_learned_from_a_body(extract):
    got = quotes(extract, "«Trois suspects ont été arrêtés», a-t-on appris auprès de la police.")
    assert got[0][1] and "police" in got[0][1]


def test_the_phrase_opening_the_sentence_speaks_after_a_colon(extract):
    got = quotes(extract, "Un habitant, joint au téléphone, raconte : « Ils sont arrivés à moto et ont tiré sur "
                          "tout le monde. »")
    assert got[0][1] and "habitant" in got[0][1]


def test_more_incise_and_introduction_shapes(extract):
    # a noun the tagger reads as a verb ("l'opposant") does not end the speaker's phrase
    assert quotes(extract, "« C'est une honte », dénonce l'opposant Jean Pangu dans un entretien à RFI.")[0][1] == \
        "Jean Pangu"
    # an introduction without a verb
    assert quotes(extract, "Ali Baraka, sur Twitter : « Nous vaincrons. »")[0][1] == "Ali Baraka"
    # a quotation after the sentence in which its speaker reacted
    got = quotes(extract, "Le président Ali Baraka a réagi à l'attaque dans un discours télévisé.\n\n"
                          "« Nous vaincrons. Ces terroristes seront punis. »")
    assert got[0][1] == "Ali Baraka"


def test_the_agent_of_a_description_speaks_even_unnamed(extract):
    got = quotes(extract, "L'assaillant transportait ce qui est présenté comme une « bombe » par le chef de la police.")
    assert got[0][1] and "police" in got[0][1]


def test_documents_and_messages_are_not_sources(extract):
    got = quotes(extract, "L'autre voiture, qui a pu « être immobilisée » selon les messages, portait un sigle.")
    assert got == []


def test_so_called_is_a_scare_quote(extract):
    assert quotes(extract, "Les quelques derniers groupes dits « modérés » se sont ralliés à Ahrar.") == []


def test_said_as_a_verb_is_not_a_naming_cue(extract):
    got = quotes(extract, "La mission de l'ONU s'est dite « profondément alarmée » par les combats.")
    assert got and got[0][0] == "profondément alarmée" and got[0][1] == "United Nations"


def test_an_office_that_speaks_is_the_person_holding_it(extract):
    got = quotes(extract, "Ali Baraka, le Premier ministre du Kivalo, a réagi. « Nous traquerons les auteurs », a "
                          "déclaré le chef du gouvernement sur Twitter.")
    assert got[0][1] == "Ali Baraka"
    # with no holder named, the phrase keeps its own reading
    got = quotes(extract, "« Nous traquerons les auteurs », a déclaré le chef du gouvernement malien.")
    assert got[0][1] != "Ali Baraka"


# --- session 5: speakers in crime and attack copy ------------------------------------------

def test_shouted_words_are_a_quote_of_the_one_shouting(extract):
    # a verb of saying right before the marks: the capitalised words are said, not a name
    got = quotes(extract, "Un homme armé a ouvert le feu lundi dans une gare de Velmont. Selon la police, "
                          "le tireur aurait crié « Allah Akbar » avant d'être maîtrisé.")
    assert [(t, s) for t, s, _ in got] == [("Allah Akbar", "tireur")]


def test_quotes_joined_before_one_incise_share_its_speaker(extract):
    got = quotes(extract, "« Il y avait du sang partout », « les gens couraient dans tous les sens », ont "
                          "raconté des habitants.")
    assert [s for _, s, _ in got] == ["habitants", "habitants"]


def test_a_name_inside_the_quote_is_not_its_speaker(extract):
    got = quotes(extract, "Le forcené s'est retranché dans la mairie. Il aurait crié « Allahu akbar, vous allez "
                          "tous mourir », et réclamé la libération de son frère.")
    assert [s for _, s, _ in got] == ["forcené"]


def test_partial_quote_no_one_says_is_dropped(extract):
    got = quotes(extract, "Les unités d'élite des « forces d'intervention rapide » ont repris le quartier est "
                          "de Kembo.")
    assert got == []


def test_the_subject_of_a_reported_clause_does_not_speak(extract):
    got = quotes(extract, "Dans son édition de jeudi, le quotidien officiel Le Courrier du Nord a affirmé que l'armée "
                          "avait mené une « opération de sécurité » dans la région.")
    assert got[0][1] != "armée" and "Courrier du Nord" in got[0][1]


def test_unnamed_witnesses_of_crime_copy_speak(extract):
    got = quotes(extract, "« C'est un miracle qu'il n'y ait pas eu plus de victimes », confie une riveraine. "
                          "« Nous avons été pris pour cible », a déclaré à la presse un gardien de la prison.")
    assert [s for _, s, _ in got] == ["riveraine", "gardien de la prison"]


def test_a_label_with_no_one_giving_it_is_not_a_quote(extract):
    assert quotes(extract, "Abou Karim était considéré comme le « cerveau des attentats ». Il a été tué lundi.") == []
    got = quotes(extract, "Abou Karim était considéré comme le « cerveau des attentats » par les services de "
                          "renseignement.")
    assert got[0][1] == "services de renseignement"
    # "qualifié de", "décrit comme": a passive or a participle with no agent labels, nobody speaks
    assert quotes(extract, "Trois hommes, dont Karim Solal, qualifié de « cerveau » du réseau, ont été arrêtés "
                           "par la police.") == []
    assert quotes(extract, "Le guide Paul Mervent, 40 ans, était décrit comme « très prudent ». Il a été tué.") == []
    assert quotes(extract, "Les deux suspects préparaient une attaque qualifiée de « massive et imminente » "
                           "pendant le scrutin.") == []
    # ...but an active verb has a subject who speaks, and an agent gives the label
    assert quotes(extract, "Le maire Paul Mervent a qualifié de « lâche » cette agression.") == \
        [("lâche", "Paul Mervent", "partial")]
    assert quotes(extract, "Le danger était qualifié de « fort » par Météo-France.")[0][1] == "Météo-France"
    assert quotes(extract, "Le maire Paul Mervent a condamné cette agression, qualifiée de « lâche et "
                           "gratuite ».") == [("lâche et gratuite", "Paul Mervent", "partial")]


def test_a_participle_after_a_subject_verb_takes_that_subject(extract):
    # no incise: the participle's speaker is the subject of the verb before it, not its object
    got = quotes(extract, "Plusieurs élus, dont Amos Kante, ont critiqué le gouvernement dans une lettre ouverte, "
                          "réclamant la fin des « intimidations ».")
    assert got and got[0][1] != "gouvernement"


def test_a_reflexive_verb_of_continuing_says_nothing(extract):
    # "se poursuivraient" is no verb of saying: the speaker is the one who promised
    got = quotes(extract, "Le porte-parole du gouvernement, Hassan Warsame, a dénoncé un « acte lâche » et promis que "
                          "les opérations contre les rebelles se poursuivraient « jusqu'à leur élimination totale ».")
    assert [s for _, s, _ in got] == ["Hassan Warsame", "Hassan Warsame"]


def test_a_verb_of_another_clause_after_the_quote_does_not_speak_it(extract):
    got = quotes(extract, "Le Hamas a dénoncé un « massacre », tandis qu'Israël a affirmé avoir visé « des "
                          "terroristes ».")
    assert [s for _, s, _ in got] == ["Hamas", "Israel"]


def test_a_quote_in_a_sentence_naming_no_one_goes_on_in_the_voice_before(extract):
    got = quotes(extract, "La crue a été jugée « exceptionnelle » par Météo-France. Ce niveau reste « très au-dessus "
                          "des normales de saison ».\n\nLe niveau reste « préoccupant ».")
    assert [s for _, s, _ in got] == ["Météo-France", "Météo-France"]


def test_straight_quotes_open_a_sentence_and_the_dateline_agency_never_speaks(extract):
    # "...", a-t-il dit à l'AFP: the person of the sentence before, not the agency the
    # dateline names (the straight quote mark starts a sentence of its own)
    got = quotes(extract, "GAZA, 9 avril 2025 (AFP) - Au moins 27 Palestiniens ont été tués mercredi, a indiqué la "
                          "Défense civile locale.\n\nSelon le porte-parole de la Défense civile, Samir Haddad, une "
                          "frappe a visé une maison. \"Nos équipes cherchent des survivants\", a-t-il dit à l'AFP.")
    assert got == [("Nos équipes cherchent des survivants", "Samir Haddad", "direct")]


def test_a_pronoun_speaks_as_the_one_source_the_sentence_before_names_at_its_end(extract):
    got = quotes(extract, "Le ministre Ali Modu a visité la mosquée. Dix fidèles ont été blessés, selon la police de "
                          "l'Etat de Borno. « La kamikaze s'est fait exploser au milieu des fidèles », a-t-elle précisé.")
    assert got[0][1] == "police de l'Etat de Borno"


def test_a_relative_clause_after_the_quote_does_not_speak_it(extract):
    # ", ce que les paramilitaires ont rejeté": who rejects the words is not who said them
    got = quotes(extract, "L'armée soudanaise a accusé les FSR de « crimes de guerre », ce que les paramilitaires "
                          "ont rejeté dans un communiqué.")
    assert got == [("crimes de guerre", "Sudanese Armed Forces", "partial")]


def test_words_quoted_are_no_subject_of_the_incise_after_them(extract):
    # the parse makes "La kamikaze" the subject of "a-t-il précisé"; the pronoun is the governor
    got = quotes(extract, "Le gouverneur de l'Etat de Borno, Babagana Zulum, s'est rendu sur place. « La kamikaze, "
                          "une jeune femme, s'est fait exploser au milieu des fidèles », a-t-il précisé.")
    assert [s for _, s, _ in got] == ["Babagana Zulum"]


def test_a_verb_coordinated_after_a_partial_quote_has_its_subject_before(extract):
    # "qu'il juge « partial », et a accusé le Rwanda": not Rwanda's word
    got = quotes(extract, "Le gouvernement congolais a rejeté un rapport de l'ONU, qu'il juge « partial », et a accusé "
                          "le Rwanda de mentir.")
    assert got and got[0][1] != "Rwanda"


def test_the_text_that_speaks_is_the_claimants_not_the_group_it_is_tied_to(extract):
    got = quotes(extract, "L'attentat a été revendiqué par les shebab, affiliés à Al-Qaïda, dans un communiqué. « Nous "
                          "avons visé un lieu de rassemblement », affirme le texte.")
    assert [s for _, s, _ in got] == ["Al-Shabaab"]


# Speakers in agency copy: the case, the text, the speaker of each quotation in order.
AGENCY_SPEAKERS = [
    # the parse makes "NIAMEY" a second subject of "a ordonné": the agency of the dateline then
    # spoke the words the regime's statement holds
    ("dateline hung on the lead verb",
     "NIAMEY, 3 mars 2025 (AFP) - Le régime militaire nigérien a ordonné lundi l'expulsion de trois responsables "
     "d'une ONG accusée d'avoir \"entretenu des liens\" avec des groupes armés, selon un communiqué lu à la "
     "télévision.", ["Nigerien government"]),
    # "L'ONG ... qu'elle a qualifiées": the body named by an institution's noun, not the speaker of
    # the sentence before
    ("pronoun after the first verb",
     "Le gouvernement malien a accusé une ONG de « collusion » avec des groupes armés.\n\n"
     "L'ONG a rejeté ces accusations, qu'elle a qualifiées de « sans fondement ».", ["Malian government", "ONG"]),
    # the parse makes the minister an apposition of "Twitter" and leaves "s'est dit" with no subject
    ("name a closed relative clause hangs on",
     "Sur Twitter, Awa Keïta, qui avait rencontré la victime lors de sa visite en avril, s'est dit « attristée et "
     "choquée par le meurtre de ce militant ».", ["Awa Keïta"]),
    ("deputy prosecutor after the addressee",
     "« Le suspect a reconnu les faits », a indiqué au Monde le premier substitut du procureur.",
     ["premier substitut du procureur"]),
    ("surname alone after two namesakes",
     "Le père de la victime, Ahmed Traoré, a été reçu par le préfet. Son frère, Youssouf Traoré, était présent.\n\n"
     "« Nous voulons la vérité », a déclaré Youssouf Traoré à la sortie. « Justice doit être rendue », a ajouté "
     "M. Traoré.", ["Youssouf Traoré", "Youssouf Traoré"]),
    ("relative speaks, not the one named after",
     "Youssouf Traoré, 17 ans, a été tué mardi.\n\n« Mon fils était innocent », a déclaré le père de Youssouf "
     "Traoré.", ["père de Youssouf Traoré"]),
    ("counsel speaks, not the client",
     "Youssouf Traoré, 17 ans, a été arrêté mardi.\n\nL'avocat de Youssouf Traoré a déclaré : « Mon client est "
     "innocent ».", ["avocat de Youssouf Traoré"]),
    ("ordinal of an unnamed office",
     "Le Premier ministre a condamné « des actes barbares ».", ["Premier ministre"]),
]


@pytest.mark.parametrize("case, text, speakers", AGENCY_SPEAKERS, ids=[c[0] for c in AGENCY_SPEAKERS])
def test_who_speaks_in_agency_copy(extract, case, text, speakers):
    assert [s for _, s, _ in quotes(extract, text)] == speakers
