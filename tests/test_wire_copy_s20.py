"""Wire-copy cases of session 20, each a defect a probe in agency, Wikinews or press format
showed, reduced to the sentence that shows it. The sentences and the persons in them are invented."""
from __future__ import annotations

import pytest

from test_wire_copy import name_of, record


# ------------------------------------------------------------------ time
@pytest.mark.parametrize("text, lang, published, when, want", [
    # a year opening the sentence frames the days it names without one
    ("En 2015, le pays avait connu une vague d'attentats : le 13 novembre, des hommes armés avaient tué "
     "130 personnes.", "fr", "2017-03-10", "le 13 novembre", "2015-11-13"),
    ("In 2015, the country suffered a wave of attacks: on November 13, gunmen killed 130 people.", "en",
     "2017-03-10", "November 13", "2015-11-13"),
    # ...not a year told inside the clause, nor a sentence told in the future
    ("L'accord, signé en 2010, a été dénoncé le 3 mars.", "fr", "2017-03-10", "le 3 mars", "2017-03-03"),
    ("Le parlement votera le 2 avril.", "fr", "2017-03-10", "le 2 avril", "2017-04-02"),
])
def test_time_values_of_session_20(text, lang, published, when, want):
    rec = record(text, published=published, lang=lang)
    assert {t.text: t.value for t in rec.timexes}[when] == want


# ------------------------------------------------------------------ sources
@pytest.mark.parametrize("text, lang, not_actor", [
    # a relative after "selon" opens a clause, not a source
    ("Des rumeurs circulent selon lesquelles le général serait resté en poste malgré les affrontements.", "fr",
     "lesquelles"),
    # pictures are no source
    ("Les victimes ont été décapitées, d'après des photographies montrant des corps empilés.", "fr", "photographies"),
    ("Dozens of bodies lay in the yard, according to photographs seen by reporters.", "en", "photographs"),
])
def test_what_follows_according_to_without_being_a_source(text, lang, not_actor):
    rec = record(text, lang=lang)
    assert not any(not_actor in " ".join([a.name, *a.aliases]).lower() for a in rec.actors)


def typed(rec):
    return sorted(e.type for e in rec.events)


# ------------------------------------------------------------------ events
@pytest.mark.parametrize("text, lang, want", [
    # an adverb or an adverbial phrase inside a phrase of the lexicon
    ("Les deux ministres se sont longuement entretenus mardi à Ankara.", "fr", ["CONSULT"]),
    ("Le Conseil présidentiel a aussitôt exclu de discuter avec les gangs.", "fr", ["REJECT"]),
    ("Le Tchad s'est de son côté engagé à retirer ses troupes.", "fr", ["AGREE"]),
    ("L'Union africaine s'est elle aussi félicitée de la trêve.", "fr", ["SUPPORT"]),
])
def test_a_phrase_holds_an_adverb(text, lang, want):
    assert typed(record(text, lang=lang)) == want


# the words varied writers use for a happening (probes written to avoid the obvious verb)
@pytest.mark.parametrize("text, lang, kind", [
    ("Quelques centaines de personnes ont battu le pavé mardi à Port-Soudan.", "fr", "PROTEST"),
    ("Les fonctionnaires ont débrayé mardi à Abuja.", "fr", "PROTEST"),
    ("Trois militants ont été emmenés de force vers une destination inconnue.", "fr", "COERCE"),
    ("L'opposant Paul Mbemba a été mis aux arrêts lundi à Brazzaville.", "fr", "COERCE"),
    ("L'armée a quadrillé la ville de Kidal samedi.", "fr", "MOBILIZE"),
    ("Les jihadistes ont tendu un guet-apens à une patrouille près de Gao.", "fr", "ASSAULT"),
    ("Les miliciens ont passé par les armes une dizaine de villageois.", "fr", "ASSAULT"),
    ("Paris s'est élevé contre la fermeture de l'ambassade.", "fr", "ACCUSE"),
    ("L'opposition a déposé un recours devant la Cour constitutionnelle.", "fr", "ACCUSE"),
    ("Le gouvernement a battu en brèche les rumeurs de coup d'Etat.", "fr", "REJECT"),
    ("Le ministre a laissé planer la menace de sanctions.", "fr", "THREATEN"),
    ("Les évêques ont conjuré les belligérants de déposer les armes.", "fr", "REQUEST"),
    ("Le Sénégal s'est dit favorable à l'accord.", "fr", "SUPPORT"),
    ("La Norvège a dégagé une enveloppe de 25 millions d'euros pour Gaza.", "fr", "AID"),
    ("Les deux camps sont tombés d'accord sur un échange de détenus.", "fr", "AGREE"),
    ("Le Premier ministre a rendu son tablier vendredi.", "fr", "CONCEDE"),
    ("Les rebelles ont capitulé dimanche à Bunia.", "fr", "RETREAT"),
    ("Niamey a déclaré indésirable l'ambassadeur de France.", "fr", "SANCTION"),
    ("Les deux armées ont mutualisé leurs moyens contre les jihadistes.", "fr", "COOPERATE"),
    ("L'opposant Paul Mbemba a été embarqué par la police à son domicile.", "fr", "COERCE"),
    ("Le tribunal a reconnu coupable l'ancien ministre Jean Mavoungou.", "fr", "COERCE"),
    ("La défense a interjeté appel du jugement mardi.", "fr", "ACCUSE"),
    ("L'opposant Jean Mavoungou crie à la fraude massive.", "fr", "ACCUSE"),
    ("L'ONU a fait part de sa vive préoccupation après l'arrestation de l'opposant.", "fr", "ACCUSE"),
    ("Le ministre de la Défense a rendu son portefeuille lundi.", "fr", "CONCEDE"),
    ("Les rebelles du M23 se sont rendus maîtres mercredi de la localité de Shasha.", "fr", "ASSAULT"),
    ("Une alerte à la bombe a conduit lundi à l'évacuation de la gare de Lyon.", "fr", "THREATEN"),
    ("Les casques bleus ont prêté main-forte à l'armée malienne.", "fr", "COOPERATE"),
    ("Des agriculteurs ont bloqué lundi l'autoroute A7.", "fr", "PROTEST"),
    ("Les organisations de défense des droits humains pointent du doigt la responsabilité de l'armée.", "fr", "ACCUSE"),
    ("L'Union africaine invite la junte à libérer le président.", "fr", "REQUEST"),
    ("Le Tchad a annoncé la rupture de l'accord de défense avec la France.", "fr", "REJECT"),
    ("Niamey a dénoncé lundi l'accord militaire qui le liait à Washington.", "fr", "REJECT"),
    ("L'Union africaine a exclu lundi le Niger de ses instances.", "fr", "SANCTION"),
    ("Les paramilitaires resserrent leur étau autour d'El-Fasher.", "fr", "COERCE"),
    ("Le ministre a été contraint de démissionner lundi.", "fr", "CONCEDE"),
    ("Des centaines de jeunes ont laissé éclater leur colère lundi à Conakry.", "fr", "PROTEST"),
    ("Trois militants ont été reconduits à la frontière lundi.", "fr", "COERCE"),
    ("Les soldats français ont levé le camp de Gao samedi.", "fr", "RETREAT"),
    ("Le ministre s'est attiré les foudres de l'opposition.", "fr", "ACCUSE"),
    # the infinitive of a participle of the lexicon
    ("Le Premier ministre a pris la parole pour déplorer des actes de vandalisme.", "fr", "ACCUSE"),
    ("Le Mali a décidé d'expulser trois journalistes étrangers.", "fr", "COERCE"),
    # ...and its present plural and imperfect
    ("Les ONG désapprouvaient la décision du gouvernement.", "fr", "ACCUSE"),
    ("Les miliciens rançonnaient les voyageurs sur la route de Kidal.", "fr", "ASSAULT"),
    ("La police belge a démantelé une cellule jihadiste à Molenbeek.", "fr", "COERCE"),
    ("Un camion a fauché des passants sur la promenade.", "fr", "ASSAULT"),
    ("Le gouvernement a relevé son niveau d'alerte jeudi.", "fr", "MOBILIZE"),
    ("Le parquet antiterroriste s'est saisi du dossier.", "fr", "ACCUSE"),
    ("Les drapeaux seront mis en berne lundi.", "fr", "SUPPORT"),
    ("Le chef de l'État a limogé le chef d'état-major de l'armée.", "fr", "COERCE"),
    ("Moscou tient pour nul et non avenu le référendum.", "fr", "REJECT"),
    # a deed judged harshly, whatever words stand between the verb and the adjective
    ("Le ministre a jugé l'attaque « scandaleuse ».", "fr", "ACCUSE"),
    ("L'ONU a jugé illégale l'annexion de la Crimée.", "fr", "ACCUSE"),
    ("Berlin a estimé cette décision extrêmement dangereuse.", "fr", "ACCUSE"),
    ("Le Qatar a mis Israël en garde contre toute escalade.", "fr", "THREATEN"),
    ("L'opposition promet de descendre dans la rue dimanche.", "fr", "PROTEST"),
    ("Des pirates ont détourné un navire au large de la Somalie.", "fr", "COERCE"),
    # stances voiced (session 20, sixth probes)
    ("Amnesty voit dans ce verdict une attaque contre la liberté d'expression.", "fr", "ACCUSE"),
    ("Le Sénégal voit dans l'accord un jalon important.", "fr", "SUPPORT"),
    ("L'opposition a parlé d'un jour sombre pour la démocratie.", "fr", "ACCUSE"),
    ("L'Union africaine attend des autorités qu'elles publient les résultats.", "fr", "REQUEST"),
    ("L'opposition ne reconnaît pas ces résultats.", "fr", "REJECT"),
    ("La Cédéao n'exclut pas de recourir à des sanctions.", "fr", "THREATEN"),
    ("Des milliers de jeunes ont pris la rue lundi à Conakry.", "fr", "PROTEST"),
    ("Le président a quitté le pouvoir vendredi.", "fr", "CONCEDE"),
    ("Le poste-frontière est passé aux mains des rebelles.", "fr", "ASSAULT"),
    ("Les soldats tiraient sur la foule.", "fr", "ASSAULT"),
    ("L'armée irakienne a achevé la libération de Mossoul.", "fr", "ASSAULT"),
    ("Les djihadistes ont miné les routes autour de Raqqa.", "fr", "ASSAULT"),
    ("La foule est descendue dans la rue samedi à Minsk.", "fr", "PROTEST"),
    ("La police a saisi des urnes dans plusieurs bureaux de vote.", "fr", "COERCE"),
    ("Les gilets jaunes ont occupé des ronds-points dans toute la France.", "fr", "PROTEST"),
    ("Le président a promis de traquer les auteurs de l'attaque.", "fr", "THREATEN"),
    ("L'ONU a estimé que ces attaques pouvaient constituer des crimes de guerre.", "fr", "ACCUSE"),
    ("L'Arménie a rétrocédé quatre villages à l'Azerbaïdjan.", "fr", "CONCEDE"),
    ("Washington a frappé Caracas d'un embargo pétrolier.", "fr", "SANCTION"),
    ("Les rebelles ont rendu la liberté à quatre otages.", "fr", "CONCEDE"),
    ("Les putschistes ont pris le pouvoir à l'aube.", "fr", "COERCE"),
    ("Khartoum a chassé du pays treize ONG étrangères.", "fr", "COERCE"),
    ("L'Éthiopie a rapatrié ses troupes de Somalie.", "fr", "RETREAT"),
    ("Des inconnus ont saboté un gazoduc dans le Sinaï.", "fr", "ASSAULT"),
    ("Le suspect a été remis à la Cour pénale internationale jeudi.", "fr", "COERCE"),
    ("La CPI a décerné un mandat d'arrêt à l'encontre du général Jean Mbala.", "fr", "ACCUSE"),
    # a present call whose addressee is a named state or capital
    ("L'Union européenne appelle Caracas à libérer les prisonniers politiques.", "fr", "REQUEST"),
    ("Gunmen hijacked a bus near Maiduguri on Monday.", "en", "COERCE"),
    ("China and Russia held joint exercises in the Sea of Japan.", "en", "MOBILIZE"),
    ("Rebel fighters fell back from the town of Bunia.", "en", "RETREAT"),
    ("The minister hit out at Washington over the report.", "en", "ACCUSE"),
    ("Japan lodged a protest with North Korea on Tuesday.", "en", "ACCUSE"),
    ("The Kremlin shrugged off the new measures.", "en", "REJECT"),
    ("The foreign minister conferred with his Kenyan counterpart in Nairobi.", "en", "CONSULT"),
    ("The African Union hailed the ceasefire agreement.", "en", "SUPPORT"),
    ("The prime minister resigned on Friday after weeks of protests.", "en", "CONCEDE"),
    ("Thousands poured into the streets of Dakar on Monday.", "en", "PROTEST"),
    ("Mutinous soldiers toppled President Ali Ben Salah on Wednesday.", "en", "COERCE"),
    ("The opposition contested the results on Monday.", "en", "REJECT"),
    ("The town fell into the hands of the rebels on Sunday.", "en", "ASSAULT"),
    ("Several protesters were beaten by riot police in Tbilisi on Monday.", "en", "ASSAULT"),
    ("Truck drivers blocked the main highway on Monday to protest against fuel prices.", "en", "PROTEST"),
    ("Protesters gathered outside the ministry on Monday, witnesses said.", "en", "PROTEST"),
    ("The ten hostages walked free on Sunday after months in captivity.", "en", "CONCEDE"),
    ("Soldiers cordoned off the presidential palace in Bissau.", "en", "COERCE"),
    ("Canada closed its embassy in Tehran on Friday.", "en", "SANCTION"),
    ("The opposition leader cried foul after the results were announced.", "en", "ACCUSE"),
    ("Beijing distanced itself from the Russian proposal.", "en", "REJECT"),
    ("Protesters hurled petrol bombs at the police station.", "en", "ASSAULT"),
    ("The junta granted clemency to 7,114 prisoners on Monday.", "en", "CONCEDE"),
    ("Israel shut its crossings with Gaza on Tuesday.", "en", "COERCE"),
    ("Tamils formed a human chain along the coast road.", "en", "PROTEST"),
    ("A drone slammed into a power plant in Kharkiv overnight.", "en", "ASSAULT"),
    ("ECOWAS lifted some of its sanctions on Niger on Saturday.", "en", "CONCEDE"),
    ("Teachers went on a three-day strike on Monday.", "en", "PROTEST"),
    ("The family sought the release of the journalist on Monday.", "en", "REQUEST"),
    ("The minister handed in his resignation on Friday.", "en", "CONCEDE"),
    # the present and -ing forms of the lexicon's past tenses
    ("The European Union castigates the junta for the arrests.", "en", "ACCUSE"),
    ("Militiamen were plundering villages near Gao on Monday.", "en", "ASSAULT"),
])
def test_the_words_of_session_20(text, lang, kind):
    assert kind in typed(record(text, lang=lang))


@pytest.mark.parametrize("text, lang, want", [
    # a passive condemnation whose accuser is no known actor still has one
    ("L'incendie a été unanimement condamné par la classe politique.", "fr", ["ACCUSE"]),
    ("Cette décision a été vivement critiquée par le syndicat.", "fr", ["ACCUSE"]),
    # ...not one that names nobody
    ("Il avait été condamné pour vol en 2019.", "fr", []),
    # a state suspended from a body, help and flights suspended: sanctions, not a truce
    ("L'Union africaine a suspendu le Mali jusqu'au retour à l'ordre constitutionnel.", "fr", ["SANCTION"]),
    ("Washington a suspendu son assistance militaire au Mali.", "fr", ["SANCTION"]),
    ("Le Panama a suspendu les liaisons aériennes avec le Venezuela.", "fr", ["SANCTION"]),
    # voters called to the polls, a powder keg lit: nobody appeals, nobody attacks
    ("Près de huit millions d'électeurs étaient appelés aux urnes dimanche pour élire leurs députés.", "fr", []),
    ("Some eight million voters were called to the polls on Sunday.", "en", []),
    ("La proclamation des résultats a mis le feu aux poudres.", "fr", []),
    # envoys expelled are a sanction whatever words stand before them; an enemy expelled is a battle's
    ("La Pologne a expulsé lundi trois diplomates russes.", "fr", ["SANCTION"]),
    ("Quito expelled the Mexican ambassador on Friday.", "en", ["SANCTION"]),
    ("L'armée a expulsé les jihadistes de la ville.", "fr", ["ASSAULT"]),
    # commanders hit with restrictions are sanctioned, not struck
    ("Washington hit two RSF commanders with visa restrictions and asset freezes.", "en", ["SANCTION"]),
    ("Russian missiles hit Kharkiv on Monday.", "en", ["ASSAULT"]),
    # shells bought for a country are aid; a boat intercepted is seized; missiles intercepted stay an attack
    ("La République tchèque a acheté 180 000 obus pour l'Ukraine.", "fr", ["AID"]),
    ("La marine française a intercepté une embarcation transportant des armes.", "fr", ["COERCE"]),
    ("The coast guard intercepted a boat carrying weapons.", "en", ["COERCE"]),
    ("La défense antiaérienne a intercepté deux missiles au-dessus de Kiev.", "fr", ["ASSAULT"]),
    # a force leaving a country or a town withdraws; anyone else leaving, or a convoy a force escorts, does not
    ("Les derniers militaires américains ont quitté le Niger dimanche.", "fr", ["RETREAT"]),
    ("Les rebelles ont abandonné le village de Kibumba.", "fr", ["RETREAT"]),
    ("Le ministre a quitté Paris lundi pour Dakar.", "fr", []),
    ("Le convoi, composé de 150 camions escortés par l'armée, avait quitté Kaya mardi.", "fr", []),
    # a standing state of the noun after the trigger does not make the act habitual
    ("Les rebelles ont libéré dimanche deux otages détenus depuis plusieurs mois.", "fr", ["CONCEDE"]),
    ("L'armée a arrêté dimanche deux journalistes recherchés depuis plusieurs mois.", "fr", ["COERCE"]),
    # the longer phrase keeps a word from its wrong reading
    ("The army delegation stormed out of the talks in Jeddah on Monday.", "en", ["REJECT"]),
    ("The Iranian foreign ministry handed the ambassador a protest note on Monday.", "en", ["ACCUSE"]),
    ("Thailand pledged $2 million in humanitarian support on Monday.", "en", ["AID"]),
    ("An advance team of 200 Kenyan police officers landed in Port-au-Prince.", "en", []),
    ("ECOWAS suspended Niger from the bloc on Tuesday.", "en", ["SANCTION"]),
    # figurative attacks and a comment declined are no happenings
    ("Le Maroc a lancé lundi une offensive diplomatique en Afrique de l'Ouest.", "fr", []),
    ("Le ministre a été bombardé de questions par les journalistes mardi.", "fr", []),
    ("Le porte-parole s'est refusé à tout commentaire.", "fr", []),
    ("The spokesman declined to comment.", "en", []),
    # an agreement criticised is not ended; a kick-off is no deployment; sanctions are no strike
    ("L'opposition a vivement critiqué l'accord signé à Minsk.", "fr", ["ACCUSE"]),
    ("Le président a donné lundi le coup d'envoi de la campagne électorale.", "fr", []),
    ("Il a plaidé pour que le Conseil de sécurité frappe Kigali de sanctions ciblées.", "fr", ["REQUEST", "SANCTION"]),
    # naming stays no appeal
    ("Des habitants de la localité appelée Bahri ont fui.", "fr", []),
    # a calling-by-a-name that is praise supports
    ("Le chef de la diplomatie ukrainienne a qualifié la journée d'« historique ».", "fr", ["SUPPORT"]),
    ("Le gouvernement a qualifié l'attaque de « lâche ».", "fr", ["ACCUSE"]),
    # a resignation's phrase wins over a force leaving; a fight between two sides it names is one of its own
    ("Le ministre de la Défense a quitté ses fonctions mardi.", "fr", ["CONCEDE"]),
    ("Des obus sont tombés dimanche sur un camp de Goma. En Birmanie, les combats entre l'Armée d'Arakan et la "
     "junte ont jeté sur les routes des milliers de Rohingyas.", "fr", ["ASSAULT", "ASSAULT"]),
    # a text voted down is rejected; an attack repelled stays one; hostages freed are released
    ("Le Conseil de sécurité a repoussé le projet de résolution russe.", "fr", ["REJECT"]),
    ("L'armée a repoussé une attaque jihadiste contre Mopti.", "fr", ["ASSAULT"]),
    ("Le Hamas a annoncé la libération de trois otages à Gaza.", "fr", ["CONCEDE"]),
    # a deed judged needed is support, a step judged needed no event; no victim to deplore is no accusation
    ("Washington a jugé les frappes « nécessaires et appropriées ».", "fr", ["SUPPORT"]),
    ("Le ministre a jugé nécessaire de renforcer la sécurité.", "fr", []),
    ("Le Pentagone a assuré qu'aucune victime civile n'était à déplorer.", "fr", []),
    # a town's past capture in apposition is no event of the story
    ("Les habitants de Kidal, reprise par l'armée en novembre 2023, ont manifesté mardi.", "fr", ["PROTEST"]),
    # a plan's aim is no attack
    ("Kinshasa et Kigali ont approuvé une feuille de route visant à apaiser les tensions.", "fr", []),
])
def test_event_types_of_session_20(text, lang, want):
    assert typed(record(text, lang=lang)) == want


def test_a_capitalised_name_the_tagger_made_a_negation_negates_nothing():
    # "Dhabi" read as a negative adverb had made the praise denied
    rec = record("Abou Dhabi a salué un pas dans la bonne direction.")
    assert [(e.type, e.status) for e in rec.events] == [("SUPPORT", "occurred")]


def test_a_group_named_for_support_claims_no_support():
    # the English name of the JNIM is a name the knowledge base knows, not a statement of support
    rec = record("The attack was claimed by the Group to Support Islam and Muslims.", lang="en")
    assert [(e.type, name_of(rec, e.source)) for e in rec.events] == [("ASSAULT", "Jama'at Nusrat al-Islam wal-Muslimin")]
