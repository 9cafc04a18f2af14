"""The parse repair: an auxiliary cut from its participle by an adverbial phrase gets it back,
and what is no such phrase is left alone. The sentences are invented."""
from __future__ import annotations

import pytest

from test_wire_copy import name_of, record


def parsed(nlp, text):
    # the model and the repair only: what every veille component reads
    keep = [p for p in nlp.pipe_names if not p.startswith("veille_")] + [
        "veille_sentences", "veille_dep_labels", "veille_parse_repair"]
    with nlp.select_pipes(enable=keep):
        return nlp(text)


def token(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize("text, participle, subject", [
    ("La Russie a de son côté menacé de riposter.", "menacé", "Russie"),
    ("L'Iran a pour sa part condamné la frappe.", "condamné", "Iran"),
    ("Les paramilitaires ont au contraire affirmé n'avoir visé que des positions militaires.", "affirmé", "paramilitaires"),
    ("Le ministère a « fermement » condamné l'attaque.", "condamné", "ministère"),
    ("La Turquie a depuis quelques mois renforcé les contrôles.", "renforcé", "Turquie"),
])
def test_the_participle_governs_its_auxiliary_and_subject_again(nlp, text, participle, subject):
    doc = parsed(nlp, text)
    part = token(doc, participle)
    assert part.dep_ == "ROOT"
    assert [c.lower_ for c in part.children if c.dep_ == "aux:tense"] in (["a"], ["ont"])
    assert [c.text for c in part.children if c.dep_ == "nsubj"] == [subject]
    assert len(list(doc.sents)) == 1


def test_an_object_between_auxiliary_and_participle_is_left_alone(nlp):
    # "avoir" is the main verb here: the participle describes its object
    doc = parsed(nlp, "Le village a une école construite en 1990.")
    assert token(doc, "construite").head.text == "école"


@pytest.mark.parametrize("lang, text, want", [
    ("fr", "La Russie a de son côté menacé de riposter à toute attaque.", ("THREATEN", "Russia")),
    ("fr", "L'Iran a pour sa part condamné la frappe de samedi.", ("ACCUSE", "Iran")),
    ("fr", "Les États-Unis ont à leur tour imposé des sanctions à trois généraux.", ("SANCTION", "United States")),
    ("fr", "Le ministère de la Défense a « fermement » condamné l'attaque.", ("ACCUSE", "ministère de la Défense")),
])
def test_a_statement_with_an_adverbial_phrase_before_its_participle_is_an_event(lang, text, want):
    rec = record(text, lang=lang, published="2024-05-14")
    assert want in [(e.type, name_of(rec, e.source)) for e in rec.events]


def test_a_participle_with_an_object_becomes_the_verb_of_the_noun_before_it():
    from veille.nlp.pipeline import get_pipeline
    doc = parsed(get_pipeline("en"), "Israeli air strikes killed at least 12 people in Rafah, medics said.")
    killed = token(doc, "killed")
    assert [c.text for c in killed.children if c.dep_ == "nsubj"] == ["strikes"]
    assert killed.dep_ == "ccomp" and killed.head.text == "said"
    assert len(list(doc.sents)) == 1


def test_a_participle_without_an_object_still_describes_its_noun():
    from veille.nlp.pipeline import get_pipeline
    doc = parsed(get_pipeline("en"), "The soldiers killed in the ambush were buried on Monday.")
    assert token(doc, "killed").head.text == "soldiers"


def test_a_chain_of_auxiliaries_is_left_as_parsed(nlp):
    # "été" is no main verb to hand the auxiliary to
    doc = parsed(nlp, "Ces frappes n'ont pour l'instant pas été revendiquées.")
    assert token(doc, "été").dep_ != "ROOT"


@pytest.mark.parametrize("text", [
    "Un médecin, qui a demandé à ne pas être nommé, a fait état de 12 morts.",
    "Titre\n\nUn médecin, qui a demandé à ne pas être nommé, a fait état de 12 morts.",
])
def test_the_main_verb_after_a_relative_between_commas_gets_its_subject_back(nlp, text):
    doc = parsed(nlp, text)
    made = token(doc, "fait")
    assert made.dep_ == "ROOT"
    assert [c.text for c in made.children if c.dep_ == "nsubj"] == ["médecin"]
    assert token(doc, "demandé").head.text == "médecin"


@pytest.mark.parametrize("text, verb, first", [
    # hung on a noun of the first verb's object: it shares that verb's auxiliary and subject
    ("Le chef de gang a revendiqué les attaques dans une vidéo et menacé de s'en prendre aux ministres.",
     "menacé", "revendiqué"),
    # hung on the verb of the clause said: its auxiliary is the outer verb's
    ("Le gouverneur a promis que les enfants seraient retrouvés et a annoncé le déploiement de renforts.",
     "annoncé", "promis"),
])
def test_a_coordinated_verb_goes_back_beside_the_first_verb(nlp, text, verb, first):
    doc = parsed(nlp, text)
    assert token(doc, verb).head.text == first


def test_a_coordinated_verb_inside_the_clause_said_stays_there(nlp):
    doc = parsed(nlp, "Il a dit que les enfants seraient retrouvés et seraient rendus à leurs familles.")
    assert token(doc, "rendus").head.text != "dit"


@pytest.mark.parametrize("text, verb", [
    # a verb the tagger misread with its object between: no adverbial phrase to mend
    ("Les rebelles ont violé le cessez-le-feu conclu la semaine dernière.", "conclu"),
    # one tense in the clause said: "est sorti ... et a couru" stays inside it
    ("Un témoin a raconté qu'un homme est sorti d'une camionnette et a couru vers les soldats.", "couru"),
])
def test_what_looks_like_a_misreading_but_is_not_is_left_alone(nlp, text, verb):
    before = [p for p in nlp.pipe_names if not p.startswith("veille_")] + ["veille_sentences"]
    with nlp.select_pipes(enable=before):
        plain = nlp(text)
    assert token(parsed(nlp, text), verb).head.i == token(plain, verb).head.i


def test_a_participle_the_parse_made_the_auxiliary_s_complement_is_mended(nlp):
    doc = parsed(nlp, "Le général qui dirige le pays depuis le coup d'Etat de juillet 2023 a par ailleurs menacé de "
                      "fermer la frontière.")
    made = token(doc, "menacé")
    assert made.dep_ == "ROOT" and [c.text for c in made.children if c.dep_ == "nsubj"] == ["général"]
