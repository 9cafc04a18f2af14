"""Small questions about the parse that several components ask: which verb governs a
word, whether that verb points to the future, who its subject is."""
from __future__ import annotations

import functools

from spacy.tokens import Token

from veille.lang import DEFAULT, Lang, get_lang

VERBAL = {"VERB", "AUX"}


def governing_verb(tok: Token, max_up: int = 6) -> Token | None:
    """The nearest verb above (or at) a token in the dependency tree."""
    cur = tok
    for _ in range(max_up):
        if cur.pos_ in VERBAL and cur.dep_ not in ("aux", "aux:tense", "aux:pass", "cop"):
            return cur
        if cur.head.i == cur.i:
            return cur if cur.pos_ in VERBAL else None
        cur = cur.head
    return None


@functools.cache
def _negating_marks(lang: Lang) -> frozenset[str]:
    """Words opening a clause that say its verb did not happen (grammar.toml [closed] negating_marks)."""
    return frozenset(lang.closed("negating_marks"))


@functools.cache
def _expletive_negations(lang: Lang) -> frozenset[str]:
    """Negation words that negate nothing alone (grammar.toml [closed] expletive_negations)."""
    return frozenset(lang.closed("expletive_negations"))


def negations(verb: Token, lang: "str | Lang" = DEFAULT) -> list[Token]:
    """The words that negate a verb: its children the parse marks negative, unless all of them
    are words that negate only with a partner ("avant que les forces ne reprennent": an
    expletive "ne", no "pas", "plus", "jamais")."""
    # (not a capitalised word inside the sentence the tagger made a negation: "Abou Dhabi a salué")
    neg = [c for c in verb.children if "Neg" in c.morph.get("Polarity") and not (c.text[:1].isupper() and c.i > c.sent.start)]
    # (a subordinating word that negates what it opens: "a quitté Le Caire sans avoir donné son aval")
    neg += [c for c in verb.children if c.dep_ == "mark" and c.lower_ in _negating_marks(get_lang(lang))]
    expletive = _expletive_negations(get_lang(lang))
    if neg and all(c.lower_ in expletive for c in neg):
        return []
    return neg


@functools.cache
def _tense_words(lang: Lang) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    """(conditional endings, future endings, longest first; imperfect endings; lemmas of
    verbs that point ahead), read once per language."""
    lx = lang.toml("time")
    ends = lx["verb_endings"]
    return (tuple(sorted(ends["conditional"], key=len, reverse=True)),
            tuple(sorted(ends["future"], key=len, reverse=True)),
            tuple(ends["imperfect"]), frozenset(lx["future_lemmas"]["words"]))


@functools.cache
def _infinitive_only(lang: Lang) -> frozenset[str]:
    """Lemmas of [future_lemmas] that point ahead only over an infinitive (time.toml)."""
    return frozenset(lang.toml("time")["future_lemmas"].get("with_infinitive", []))


def verb_form(verb: Token, lang: "str | Lang" = DEFAULT) -> str:
    """'future', 'conditional', 'past', 'present', 'infinitive' or 'other' from the form."""
    forms = [verb] + [c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass")]
    conditional, future, imperfect_endings, _ = _tense_words(get_lang(lang))
    for t in forms:
        w = t.lower_
        if "Fut" in t.morph.get("Tense"):
            return "future"
        if "Cnd" in t.morph.get("Mood"):
            return "conditional"
        if t.morph.get("VerbForm") == ["Fin"] or t.pos_ == "AUX":
            stem = t.lemma_.lower()[:-2] if len(t.lemma_) > 3 else t.lemma_.lower()
            for e in conditional:
                if w.endswith(e) and len(w) > len(e) + 1:
                    imperfect = any(w == stem + i for i in imperfect_endings)
                    if not imperfect:
                        return "conditional"
            for e in future:
                if w.endswith(e) and len(w) > len(e) + 2 and "Pres" not in t.morph.get("Tense") \
                        and "Past" not in t.morph.get("Tense") and "Imp" not in t.morph.get("Tense"):
                    return "future"
    aux = [c for c in verb.children if c.dep_ in ("aux:tense",)]
    if aux or "Past" in verb.morph.get("Tense") or "Imp" in verb.morph.get("Tense"):
        return "past"
    if verb.morph.get("VerbForm") == ["Inf"]:
        return "infinitive"
    if "Pres" in verb.morph.get("Tense"):
        return "present"
    return "other"


@functools.cache
def _asked_for(lang: Lang) -> frozenset[str]:
    """Lemmas of verbs of asking whose requested noun carries its own time ahead (time.toml)."""
    return frozenset(lang.toml("time")["future_lemmas"].get("asked_for", []))


@functools.cache
def person_roles(lang: Lang) -> frozenset[str]:
    """The one-word role nouns of actors.toml ("ministre", "ambassadeur"): a person, who is no
    happening with a day of its own ("a convoqué l'ambassadeur lundi")."""
    return frozenset(n.lower() for n in lang.toml("actors")["roles"]["nouns"] if " " not in n)


@functools.cache
def _promised_happenings(lang: Lang) -> frozenset[str]:
    """Nouns of happenings a promise names, whose time told after them is theirs (time.toml)."""
    return frozenset(lang.toml("time")["future_lemmas"].get("promised_happenings", []))


def points_to_future(tok: Token, lang: "str | Lang" = DEFAULT, time_word: bool = False) -> bool | None:
    """True when the clause governing ``tok`` speaks of the future, False when of the past,
    None when the grammar does not say (a bare present). ``time_word``: ``tok`` is a time
    expression's, whose day may belong to what a verb of asking asks for."""
    verb = governing_verb(tok)
    if verb is None:
        return None
    noun = tok.head
    asked_for = _asked_for(get_lang(lang))
    if noun.pos_ in ("NOUN", "PROPN") and noun.i < tok.i and noun.head.i == verb.i and noun.dep_ in ("obl:arg", "obj", "pobj") \
            and verb.lemma_.lower() in asked_for and noun.lower_ not in person_roles(get_lang(lang)):
        # (not "a convoqué l'ambassadeur de Russie lundi": the summons' Monday)
        return True  # "a appelé à de nouvelles marches mardi": the marches' Tuesday, ahead
    if time_word and verb.lemma_.lower() in asked_for and any(
            c.dep_ in ("obj", "dobj") and verb.i < c.i < tok.i and c.lower_ in _promised_happenings(get_lang(lang))
            for c in verb.children):
        return True  # "promised new rallies on Thursday": the rallies' Thursday, ahead
    asked = asked_for if time_word else frozenset()
    if verb.morph.get("VerbForm") == ["Inf"] and verb.head.i < verb.i and verb.head.lemma_.lower() in asked:
        return True  # "ont appelé à manifester vendredi": the protest's Friday
    if verb.lemma_.lower() in asked and any(c.morph.get("VerbForm") == ["Inf"] and verb.i < c.i < tok.i
                                            and c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children):
        return True  # (the parse hung the day on the verb of asking, after the infinitive asked for)
    future_lemmas = _tense_words(get_lang(lang))[3]
    # "doivent voter", "prévoyait de rencontrer", "va reprendre": a modal or a verb of
    # intent above the infinitive, or the modal itself holding the time word; some of them
    # point ahead only with an infinitive ("ont entendu des tirs samedi", "comptait 12 morts")
    if verb.lemma_.lower() in future_lemmas and (verb.lemma_.lower() not in _infinitive_only(get_lang(lang))
                                                  or any(c.morph.get("VerbForm") == ["Inf"] and c.i < tok.i
                                                         for c in verb.children)):
        return True
    if verb.morph.get("VerbForm") == ["Inf"] and any(
            c.i < verb.i and c.pos_ in VERBAL and "Part" in c.morph.get("VerbForm") and "Past" in c.morph.get("Tense")
            and any(a.dep_ == "aux:tense" for a in c.children) for c in verb.children):
        return False  # "a fait savoir mercredi": a past causative, wherever the parse hangs it
    if verb.morph.get("VerbForm") == ["Inf"] and verb.head.i != verb.i:
        if verb.head.lemma_.lower() in future_lemmas:
            return True
    if verb.dep_ == "xcomp" and verb.head.i < verb.i and verb.head.lemma_.lower() in future_lemmas and \
            not any(c.dep_ == "aux:tense" for c in [*verb.children, *verb.head.children]) and \
            "Past" not in verb.head.morph.get("Tense") and "Imp" not in verb.head.morph.get("Tense"):
        # "doit être signé le 20 février", "doit présider jeudi" (an infinitive the tagger read as a
        # participle): what a present modal says is still to come
        return True
    if any(c.lemma_.lower() in future_lemmas for c in verb.children if c.dep_.startswith("aux")):
        return True
    form = verb_form(verb, lang)
    if form == "conditional" and "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense") \
            and any(c.dep_ == "aux:tense" for c in verb.children):
        return False  # "auraient été tués en mars": a past reported with caution, not the future
    if form in ("future", "conditional"):
        return True
    if form == "past":
        return False
    if form == "infinitive" and verb.head.i != verb.i:
        head_form = verb_form(verb.head, lang)
        if head_form in ("future", "conditional"):
            return True
        if head_form == "past":
            return False
    if verb.dep_ == "advcl" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
        # "will discuss it when they meet on Thursday": a bare present under a future
        if points_to_future(verb.head, lang) is True:
            return True
    return None
