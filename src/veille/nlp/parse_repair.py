"""Mending the parser's known misreadings once, right after the model, so that every component
reads the same corrected tree instead of each patching around the error.

A repair is a tree edit the words justify on their own; what a language needs for it (which
auxiliaries, which label) comes from its ``grammar.toml`` [parse_repair]. A language without
that table gets no repair.

The repair: **an auxiliary cut from its participle by an adverbial phrase.** "La Russie a de
son côté menacé de riposter", "L'Iran a pour sa part condamné la frappe": the model makes the
auxiliary the main verb ("a" ROOT) and the participle a modifier of the phrase's noun ("côté"
-> "menacé" acl), so the statement has no verb with a subject. The participle becomes the head
again, with the auxiliary, the subject and the phrase under it.

The repair, where the language asks for it (``object_participles``): **a verb read as a
participle describing its own subject.** "Israeli air strikes killed at least 12 people in
Rafah, medics said", "GOMA (AP) - ADF fighters killed 14 villagers": the model reads "killed"
as "strikes (that were) killed"; a participle that has a direct object describes no noun, so
the noun becomes its subject and the verb takes the noun's place.

The repairs of coordination and relatives: **a coordinated verb hung inside the first verb's
object or clause** ("a condamné « cette attaque » et réaffirmé son soutien", "a promis que ...
et a annoncé") goes back beside the first verb; **a main verb swallowed by a relative clause
between commas** ("Un médecin, qui a demandé à ne pas être nommé, a fait état de") gets its
subject back.

Session 16 added, each from a probe's sentence: **a weekday that took the verb's object** ("a
accusé dimanche la Turquie de", "a tiré lundi des obus", the partitive read as a preposition);
**a participle read as a noun after an infinitive auxiliary** ("d'avoir intensifié ses frappes");
**a sentence rooted on its subject** ("L'Iran, allié du Hezbollah, a pour sa part menacé"); a
participle coordinated after a relative clause, or hung on the object, that goes with the main
verb; **a noun the parse made a conjunct of the verb** ("a appelé à un cessez-le-feu et à la
libération des otages"); and **the subject after a pronominal incise** read as its object ("«
... », s'est réjoui le ministre").

Session 20 added **a verb in the simple future read as a past participle** ("Le parlement votera
le 2 avril": "votera" a participle describing "parlement", so the day was put a year back): a
form that is the infinitive with a future ending is a future, and the noun before it its subject.

And one repair of the named entities: **a name the NER ran into the weekday after it** ("à
Bankass samedi" as one organisation) is dropped from the entities, so that the place and actor
finders read the name by their own rules.
"""
from __future__ import annotations

import functools
from typing import NamedTuple

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS
from spacy.language import Language
from spacy.symbols import VERB
from spacy.tokens import Doc, Token

from veille.lang import Lang, get_lang
from veille.nlp.extensions import LANG_CONFIG

# the most words an adverbial phrase between auxiliary and participle spans ("une nouvelle fois",
# ", peu après ,")
MAX_BETWEEN = 6
# where a clause's head sits (the participle takes the place of what stood for it)
CLAUSE_LABELS = frozenset({"ROOT", "ccomp", "conj", "advcl", "acl:relcl", "parataxis", "xcomp"})


class Settings(NamedTuple):
    auxiliaries: frozenset[str]
    auxiliary_label: str
    quote_marks: frozenset[str]
    object_participles: bool
    # the endings of a past participle the tagger may read as a noun after an infinitive
    # auxiliary ("d'avoir intensifié ses frappes"); none: no such repair
    participle_endings: tuple[str, ...]
    participle_not: frozenset[str]
    # the partitive articles the parse may read as a preposition after a weekday ("a tiré lundi
    # des obus"); none: no such repair
    partitives: frozenset[str]
    # surface form -> the lemma a verb of that form has (the lemmatizer's rarer reading undone)
    lemma_fixes: dict[str, str]
    # the endings of the simple future put on the infinitive ("voter" -> "votera"; "prendre" ->
    # "prendra"), which the tagger may read as a past participle or a present; none: no repair
    future_endings: tuple[str, ...]


@functools.cache
def _settings(lang: Lang) -> Settings | None:
    table = lang.toml("grammar").get("parse_repair")
    if not table:
        return None
    return Settings(frozenset(table["auxiliaries"]), table["auxiliary_label"], frozenset(table.get("quote_marks", [])),
                    bool(table.get("object_participles", False)), tuple(table.get("participle_endings", [])),
                    frozenset(table.get("participle_not", [])), frozenset(table.get("partitives", [])),
                    dict(table.get("lemma_fixes", {})), tuple(table.get("future_endings", [])))


def _past_participle(t: Token) -> bool:
    return "Part" in t.morph.get("VerbForm") and "Past" in t.morph.get("Tense")


class ParseRepair:
    def __init__(self, lang):
        self.lang = get_lang(lang)
        self.settings = _settings(self.lang)
        self.weekdays = frozenset(w.lower() for w in self.lang.toml("time").get("weekdays", {}))
        # (the model's own labels for times, whose spans may end on a day)
        self.time_labels = frozenset(("DATE", "TIME"))

    def split_auxiliary(self, doc: Doc, aux: Token) -> tuple[Token, Token] | None:
        """(the participle, the token that stands in its place) for an auxiliary the parse cut
        from its participle, if the words between them are an adverbial phrase (a
        prepositional phrase, adverbs, an incise between commas, a quoted adverb) and not the
        auxiliary's object ("Il a une maison construite en 1990"). The token in the
        participle's place is the auxiliary made a main verb ("a de son côté menacé"), or the
        word between that the parse made the auxiliary's head ("a « fermement » condamné",
        "fermement" read as a noun)."""
        auxiliaries, quote_marks = self.settings.auxiliaries, self.settings.quote_marks
        if aux.lemma_.lower() not in auxiliaries or aux.pos_ not in ("VERB", "AUX"):
            return None
        if not ("Fin" in aux.morph.get("VerbForm") or aux.morph.get("Mood")):
            return None
        top = aux
        if aux.dep_.startswith("aux") or aux.dep_ == "cop":
            top = aux.head  # ("ont au contraire affirmé": "ont" read as the copula of "contraire")
            if top.pos_ in ("VERB", "AUX") or not aux.i < top.i:
                return None
        if top.head.i != top.i and top.dep_ not in CLAUSE_LABELS:
            return None  # (a word the parse made a noun's modifier holds no clause to mend)
        # (the participle itself may hang on the auxiliary as its complement: "a par ailleurs
        # menacé", "menacé" read as an xcomp of "a")
        # (nor an object with a preposition of its own after the auxiliary, the phrase misread:
        # "La Russie, alliée de la Syrie, a de son côté condamné", "côté" an object of "a")
        # (nor the participle's own object, hung on the auxiliary after it: "a de son côté rejeté
        # l'appel", "l'appel" an object of "a")
        window = doc[aux.i + 2:min(aux.i + 2 + MAX_BETWEEN, aux.sent.end)]
        first_part = next((p.i for p in window if _past_participle(p)), len(doc))
        if any((c.dep_ in ("obj", "xcomp", "ccomp") and not (_past_participle(c) and c.i > aux.i) and
                not (c.dep_ == "obj" and c.i > aux.i and any(g.dep_ == "case" and g.i < c.i for g in c.children)) and
                not (c.dep_ == "obj" and c.i > first_part)) or
               (c.i > aux.i and c.dep_.startswith("aux")) for c in top.children if c.i != aux.i):
            return None
        for p in window:
            if p.pos_ == "AUX":
                return None  # (a chain of auxiliaries, "n'ont pour l'heure pas été revendiquées", is left as parsed)
            if not _past_participle(p):
                if p.pos_ == "VERB":
                    return None
                continue
            # (the participle hangs inside what it is to govern: on the auxiliary, on the phrase
            # between, or on a word the phrase holds, "condamné" <- "mercredi" <- "part")
            if top.i > p.i or any(c.dep_.startswith("aux") for c in p.children) or top not in p.ancestors:
                return None
            between = doc[aux.i + 1:p.i]
            if any(t.head.i == top.i and t.dep_.startswith(("obj", "nsubj")) and
                   not any(g.dep_ == "case" and g.i < t.i for g in t.children) for t in between):
                return None
            if top.i != aux.i and any(t.pos_ in ("NOUN", "PROPN") and t.i != top.i and t.head.i == top.i and
                                      not any(c.dep_ == "case" for c in t.children) for t in between):
                # (a bare noun phrase between is the object of a verb the tagger misread: "ont violé le
                # cessez-le-feu conclu", "violé" read as an adverb)
                return None
            marks = [t for t in between if t.is_punct and t.text not in quote_marks]
            if marks and not (between[0].text == "," and between[-1].text == "," and len(marks) == 2):
                return None
            return p, top
        return None

    @staticmethod
    def object_participle(part: Token) -> bool:
        """A past participle the parse hung on the noun right before it as a reduced relative
        although it has a direct object of its own and no auxiliary: the noun's verb."""
        noun = part.head
        return part.dep_ == "acl" and part.pos_ == "VERB" and "Past" in part.morph.get("Tense") and \
            any(c.dep_ == "obj" for c in part.children) and \
            not any(c.dep_.startswith(("aux", "nsubj")) for c in part.children) and \
            noun.pos_ in ("NOUN", "PROPN") and noun.i == part.i - 1 and \
            noun.dep_ in ("nsubj", "appos", "dep", "ROOT")

    @staticmethod
    def make_subject(noun: Token, verb: Token) -> None:
        """The verb takes the noun's place in the tree (a clause said, where the noun was the
        subject of a verb of saying after it), the noun becomes its subject, and what followed
        the verb on the noun's side goes with the verb."""
        if noun.head.i == noun.i:
            verb.head, verb.dep_ = verb, "ROOT"
        else:
            verb.head, verb.dep_ = noun.head, ("ccomp" if noun.dep_ == "nsubj" else "parataxis")
        for t in list(noun.children):
            if t.i > verb.i:
                t.head = verb
        noun.head, noun.dep_ = verb, "nsubj"

    def future_read_otherwise(self, verb: Token) -> bool:
        """A verb in the simple future the tagger read as a past participle or a present ("Le
        parlement votera le 2 avril": "votera" a participle describing "parlement"): its form is
        the infinitive's with a future ending."""
        lemma, form = verb.lemma_.lower(), verb.lower_
        if verb.pos_ != "VERB" or "Fut" in verb.morph.get("Tense") or not lemma.endswith(("er", "ir", "re")):
            return False
        stem = lemma[:-1] if lemma.endswith("re") else lemma
        return form.startswith(stem) and form[len(stem):] in self.settings.future_endings

    @staticmethod
    def make_future(verb: Token) -> None:
        was_participle = "Part" in verb.morph.get("VerbForm")
        verb.set_morph("Mood=Ind|Tense=Fut|VerbForm=Fin")
        noun = verb.head
        # a finite verb describes no noun: the noun right before it is its subject
        if was_participle and verb.dep_ == "acl" and noun.pos_ in ("NOUN", "PROPN") and noun.i == verb.i - 1 and \
                noun.dep_ in ("nsubj", "appos", "dep", "ROOT"):
            ParseRepair.make_subject(noun, verb)

    @staticmethod
    def verb_after_relative(noun: Token) -> tuple[Token, Token] | None:
        """(the relative clause's verb, the main verb) where the parse swallowed the main verb
        into a relative clause between commas: "Un médecin, qui a demandé à ne pas être nommé,
        a fait état de 12 morts" ("fait" hung under "nommé", and "médecin" left as the root or
        as the relative verb's modifier)."""
        doc = noun.doc
        if noun.pos_ not in ("NOUN", "PROPN") or noun.i + 2 >= noun.sent.end or doc[noun.i + 1].text != "," or \
                "Rel" not in doc[noun.i + 2].morph.get("PronType") or not doc[noun.i + 2].dep_.startswith("nsubj"):
            return None
        rel = doc[noun.i + 2].head
        if rel.pos_ != "VERB" or rel.i < noun.i or noun.dep_.startswith("nsubj"):
            return None
        for comma in (t for t in doc[rel.i + 1:noun.sent.end] if t.text == ","):
            v = next((t for t in doc[comma.i + 1:min(comma.i + 5, noun.sent.end)] if t.pos_ not in ("AUX", "ADV", "PRON")), None)
            if v is not None and v.pos_ == "VERB" and rel in v.ancestors and \
                    not any(c.dep_.startswith("nsubj") for c in v.children):
                return rel, v
        return None

    @staticmethod
    def conjunct_home(part: Token) -> Token | None:
        """The verb a coordinated verb belongs with where the parse hung it elsewhere:
        "a condamné « cette attaque lâche » et réaffirmé son soutien" ("réaffirmé" hung on a
        noun of the first verb's object: it shares that verb's auxiliary and subject), "a
        promis que les enfants seraient retrouvés et a annoncé" ("a annoncé" hung on the verb
        of the clause said: its auxiliary is the outer verb's, not the inner one's)."""
        if part.dep_ not in ("conj", "acl") or part.pos_ != "VERB" or not any(
                c.dep_ == "cc" and c.i < part.i for c in part.children) or any(
                c.dep_.startswith("nsubj") for c in part.children):
            return None
        auxes = [c for c in part.children if c.dep_.startswith("aux")]
        head = part.head
        if not auxes and head.pos_ == "VERB" and head.i < part.i and (
                ParseRepair.closes_relative(head, part) or (_past_participle(part) and ParseRepair.finite_alone(head))):
            # "a rejeté les résultats, qui donnent ..., et appelé": the relative clause closed
            # before the conjunction, or a bare participle cannot share a verb with no auxiliary:
            # the verb above the clause is the one it is coordinated with
            cur = head.head
            while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
                cur = cur.head
            if cur.pos_ == "VERB" and cur.i < head.i and (not _past_participle(part) or any(
                    c.dep_ == "aux:tense" for c in cur.children)):
                return cur
            return None
        # (a verb read as the object, "« cette attaque lâche »", is a noun phrase to the first verb)
        if not auxes and _past_participle(part) and (head.pos_ in ("NOUN", "PROPN", "ADJ") or (
                head.pos_ == "VERB" and head.dep_ == "obj")):
            cur = head.head if head.pos_ == "VERB" else head
            while cur.head.i != cur.i and cur.pos_ not in ("VERB", "AUX"):
                cur = cur.head
            if cur.pos_ == "VERB" and cur.i < part.i and any(c.dep_ == "aux:tense" for c in cur.children):
                return cur
            return None
        if len(auxes) == 1 and head.pos_ == "VERB" and head.dep_ in ("ccomp", "xcomp") and head.head.pos_ == "VERB":
            outer = head.head

            def tense(t: Token) -> tuple:
                return tuple(t.morph.get("Mood")), tuple(t.morph.get("Tense"))
            # (the same auxiliary as the outer verb's, in a tense the inner clause does not use:
            # "seraient retrouvés et a annoncé"; not "est sorti et a couru", one tense)
            inner_aux = [tense(c) for c in head.children if c.dep_.startswith("aux")]
            outer_aux = [c for c in outer.children if c.dep_.startswith("aux")]
            if [c.lower_ for c in outer_aux] == [auxes[0].lower_] and inner_aux and \
                    tense(auxes[0]) not in inner_aux and any(c.dep_.startswith("nsubj") for c in head.children):
                return outer
        return None

    @staticmethod
    def closes_relative(head: Token, part: Token) -> bool:
        """Whether the clause of ``head`` is a relative one that a comma or a closing quotation
        mark ends before the conjunction that joins ``part`` to it."""
        cc = next((c for c in part.children if c.dep_ == "cc" and c.i < part.i), None)
        return cc is not None and cc.i > 0 and cc.nbor(-1).is_punct and not cc.nbor(-1).is_left_punct and any(
            c.dep_.startswith("nsubj") and "Rel" in c.morph.get("PronType") for c in head.children)

    @staticmethod
    def finite_alone(head: Token) -> bool:
        """A finite verb with no auxiliary, which a bare participle cannot be coordinated with."""
        return "Fin" in head.morph.get("VerbForm") and not any(c.dep_.startswith("aux") for c in head.children)

    def participle_read_as_noun(self, aux: Token) -> Token | None:
        """The participle after an infinitive auxiliary that the tagger read as a noun or an
        adjective ("accusé Israël d'avoir intensifié ses frappes", "intensifié" a noun under
        "avoir"): a word with a participle's ending, right after the auxiliary, with no
        determiner of its own."""
        endings = self.settings.participle_endings
        if not endings or aux.lemma_.lower() not in self.settings.auxiliaries or \
                "Inf" not in aux.morph.get("VerbForm") or aux.dep_.startswith("aux") or aux.i + 1 >= aux.sent.end:
            return None
        part = aux.nbor(1)
        if part.pos_ not in ("NOUN", "ADJ") or part.head.i != aux.i or not part.lower_.endswith(endings) or \
                part.lower_ in self.settings.participle_not or \
                any(c.dep_ == "det" for c in part.children):
            return None
        return part

    @staticmethod
    def make_participle(aux: Token, part: Token, label: str) -> None:
        """The participle takes the auxiliary's place in the tree, with what hung on the auxiliary."""
        part.head, part.dep_ = (part, "ROOT") if aux.head.i == aux.i else (aux.head, aux.dep_)
        for t in list(aux.children):
            if t.i != part.i:
                t.head = part
        aux.head, aux.dep_ = part, label
        part.pos_ = "VERB"
        part.set_morph("Tense=Past|VerbForm=Part")

    def verb_under_subject(self, aux: Token) -> Token | None:
        """The participle of a sentence the parse rooted on its subject: "L'Iran, allié du
        Hezbollah, a pour sa part menacé Israël" ("Iran" the root, "a" its modifier, "menacé"
        under "part"). The auxiliary hangs on the root noun before it, and the participle after it
        lies in the auxiliary's subtree."""
        root = aux.head
        on_mark = root.pos_ == "PUNCT" and root.head.i != root.i
        if on_mark:
            # (an auxiliary the parse hung on the final stop, itself under the subject: "Le président
            # turc, X, a pour sa part dénoncé « ... ».", the paragraph's line break after it)
            root = root.head
        if aux.lemma_.lower() not in self.settings.auxiliaries or not aux.morph.get("Mood") or \
                root.head.i != root.i or root.pos_ not in ("NOUN", "PROPN") or root.i > aux.i or \
                (aux.dep_.startswith(("aux", "cop")) and not on_mark):
            return None
        for p in aux.doc[aux.i + 1:min(aux.i + 2 + MAX_BETWEEN, aux.sent.end)]:
            if p.pos_ in ("AUX",) or (p.pos_ == "VERB" and not _past_participle(p)):
                return None
            if _past_participle(p):
                # (or under the phrase between, hung on the root beside the auxiliary: "Le Premier
                # ministre a de son côté accusé", "accusé" under "côté" under "ministre")
                between = p.head.i != p.i and aux.i < p.head.i < p.i and p.head.head.i == root.i and \
                    any(c.dep_ == "case" for c in p.head.children)
                return p if (aux in p.ancestors or between) and not any(c.dep_.startswith("aux") for c in p.children) \
                    else None
        return None

    @staticmethod
    def make_root(subject: Token, aux: Token, part: Token, label: str) -> None:
        """The participle becomes the root, the noun its subject, the auxiliary its auxiliary."""
        part.head, part.dep_ = part, "ROOT"
        for t in list(subject.children):
            if t.i > aux.i and t.i not in {x.i for x in part.subtree}:
                t.head = part  # (the final stop, a phrase after the verb)
        for t in list(aux.children):
            t.head = part
        subject.head, subject.dep_ = part, "nsubj"
        aux.head, aux.dep_ = part, label
        aux.pos_ = "AUX"

    @staticmethod
    def noun_conjunct_home(noun: Token) -> Token | None:
        """The noun a coordinated noun belongs with where the parse made it a conjunct of the verb:
        "a appelé à un cessez-le-feu et à la libération des otages" ("libération" a conjunct of
        "appelé"): the verb's earlier complement with the same preposition (or none)."""
        verb = noun.head
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB" or verb.i > noun.i:
            return None
        case = [c.lower_ for c in noun.children if c.dep_ == "case"]
        for c in sorted(verb.children, key=lambda x: -x.i):
            if c.i < noun.i and c.pos_ in ("NOUN", "PROPN") and (c.dep_.startswith("obl") or c.dep_ == "obj") and \
                    [g.lower_ for g in c.children if g.dep_ == "case"] == case:
                return c
        return None

    @staticmethod
    def inverted_subject(verb: Token) -> Token | None:
        """The subject after a pronominal verb of an incise that the parse took for its object:
        "« C'est une victoire », s'est réjoui le ministre" ("ministre" an object of "réjoui"). A
        verb with a reflexive pronoun, no subject, and a comma or a closing quotation mark before
        its pronoun has no direct object after it: the noun there is who speaks."""
        if verb.pos_ != "VERB" or any(c.dep_.startswith("nsubj") for c in verb.children):
            return None
        clitics = [c for c in verb.children if c.morph.get("Reflex") == ["Yes"]]
        if not clitics or clitics[0].i > verb.i or clitics[0].i == 0:
            return None
        before = verb.doc[clitics[0].i - 1]
        if not (before.is_punct and not before.is_left_punct):
            return None
        return next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)

    def objects_of_days(self, doc: Doc, days) -> None:
        """A weekday between a verb and its object that the parse made the object's head ("ont
        accusé dimanche la Turquie de", "la Turquie" an object of "dimanche"): the object is the
        verb's. ``days``: the weekdays' token indices."""
        partitives = self.settings.partitives
        for day in (doc[i] for i in days):
            if (day.dep_.startswith("obl") or day.dep_ == "obj") and day.head.pos_ == "VERB":
                for c in list(day.children):
                    # ("a tiré lundi des obus": the partitive read as a preposition, the object
                    # as the day's complement)
                    case = [g for g in c.children if g.dep_ == "case"]
                    if c.i > day.i and (c.dep_ == "obj" or (c.dep_ == "nmod" and len(case) == 1 and
                                                            case[0].i == day.i + 1 and case[0].lower_ in partitives)):
                        c.head, c.dep_ = day.head, "obj"
                        for g in case:
                            g.dep_ = "det"
                        if day.dep_ == "obj":
                            day.dep_ = "obl:mod"

    def trim_time_from_names(self, doc: Doc) -> None:
        """A name the NER ran into the day after it ("à Bankass samedi", "de Kitshanga lundi" as
        one organisation): the day is no part of it, and the label of such a span is a guess,
        so the span is dropped and the name left to the place and actor finders' own rules."""
        ents = list(doc.ents)
        kept = [e for e in ents if not (len(e) > 1 and e[-1].lower_ in self.weekdays and e.label_ not in self.time_labels)]
        if len(kept) != len(ents):
            doc.ents = kept

    def __call__(self, doc: Doc) -> Doc:
        if self.settings is None:
            return doc
        self.trim_time_from_names(doc)
        # (candidates read from the token arrays: the checks below touch few tokens)
        strings = doc.vocab.strings
        lower = doc.to_array(LOWER)
        if self.settings.lemma_fixes:
            for i in numpy.flatnonzero(numpy.isin(lower, [strings.add(w) for w in self.settings.lemma_fixes])):
                t = doc[int(i)]
                if t.pos_ in ("VERB", "AUX"):
                    t.lemma_ = self.settings.lemma_fixes[t.lower_]
        self.objects_of_days(doc, [int(i) for i in numpy.flatnonzero(numpy.isin(lower, [strings.add(w) for w in self.weekdays]))])
        arr = doc.to_array([LEMMA, ORTH, DEP, POS])
        aux_ids = [strings.add(w) for w in self.settings.auxiliaries]
        comma = strings.add(",")
        aux_at = [int(i) for i in numpy.flatnonzero(numpy.isin(arr[:, 0], aux_ids))]
        before_comma = [int(i) - 1 for i in numpy.flatnonzero(arr[:, 1] == comma) if i > 0]
        conj_at = [int(i) for i in numpy.flatnonzero(numpy.isin(arr[:, 2], [strings.add("conj"), strings.add("acl")]))]
        for part, home in [(doc[i], h) for i in conj_at if (h := self.conjunct_home(doc[i])) is not None]:
            part.head, part.dep_ = home, "conj"
        for noun, home in [(doc[i], h) for i in conj_at if (h := self.noun_conjunct_home(doc[i])) is not None]:
            noun.head = home
        for subject in [s for i in numpy.flatnonzero(arr[:, 3] == VERB)
                        if (s := self.inverted_subject(doc[int(i)])) is not None]:
            subject.dep_ = "nsubj"
        if self.settings.future_endings:
            for verb in [doc[int(i)] for i in numpy.flatnonzero(arr[:, 3] == VERB) if self.future_read_otherwise(doc[int(i)])]:
                self.make_future(verb)
        if self.settings.object_participles:
            for part in [t for t in doc if self.object_participle(t)]:
                self.make_subject(part.head, part)
        for noun, (rel, verb) in [(doc[i], found) for i in before_comma
                                  if (found := self.verb_after_relative(doc[i])) is not None]:
            root = noun.sent.root
            # (in this order, so that no step makes a cycle: the main verb leaves the relative,
            # the noun goes under it, the relative under the noun)
            verb.head, verb.dep_ = verb, "ROOT"
            noun.head, noun.dep_ = verb, "nsubj"
            rel.head, rel.dep_ = noun, "acl:relcl"
            for t in doc[noun.sent.start:noun.sent.end]:
                if t.i > verb.i and t.head.i == root.i and root.i != verb.i:
                    t.head = verb
        label = self.settings.auxiliary_label
        for aux, part in [(doc[i], p) for i in aux_at if (p := self.participle_read_as_noun(doc[i])) is not None]:
            self.make_participle(aux, part, label)
        for aux, part in [(doc[i], p) for i in aux_at if (p := self.verb_under_subject(doc[i])) is not None]:
            self.make_root(aux.head.head if aux.head.pos_ == "PUNCT" else aux.head, aux, part, label)
        found = [(doc[i], *pair) for i in aux_at if (pair := self.split_auxiliary(doc, doc[i])) is not None]
        for aux, part, top in found:
            # (first: the participle leaves the subtree it is to govern)
            part.head = part if top.head.i == top.i else top.head
            part.dep_ = top.dep_
            for t in doc[top.sent.start:top.sent.end]:
                # (a word the parse made the head keeps its own phrase: "au" of "au contraire")
                if t.head.i == top.i and t.i != top.i and (top.i == aux.i or not aux.i < t.i < part.i):
                    t.head = part
            top.head = part
            if top.i != aux.i:
                top.dep_ = "advmod"
            aux.head = part
            aux.dep_ = label
            aux.pos_ = "AUX"
        for aux in (doc[i] for i in aux_at):
            self.subject_on_auxiliary(aux)
        for i in numpy.flatnonzero(arr[:, 2] == strings.add("expl:pass")):
            self.reflexive_subject(doc[int(i)])
        return doc

    @staticmethod
    def reflexive_subject(se: Token) -> None:
        """A pronominal verb read as a passive ("L'armée s'est retirée de Kunduz": "armée" the passive
        subject, "s'" its mark): the subject does what the verb says."""
        verb = se.head
        subject = next((c for c in verb.children if c.dep_ == "nsubj:pass"), None)
        if subject is None or not any(c.dep_ == "aux:pass" for c in verb.children):
            return
        subject.dep_ = "nsubj"
        se.dep_ = "expl:comp"
        for c in verb.children:
            if c.dep_ == "aux:pass":
                c.dep_ = "aux:tense"

    @staticmethod
    def subject_on_auxiliary(aux: Token) -> None:
        """The subject the parse hung on the auxiliary while the phrase after it, with its
        preposition, became the verb's subject ("L'Égypte a de son côté réaffirmé": "Égypte" under
        "a", "côté" the subject of "réaffirmé"): the subject goes back to the verb."""
        verb = aux.head
        if not aux.dep_.startswith("aux") or verb.i == aux.i or verb.pos_ not in ("VERB", "AUX"):
            return
        own = next((c for c in aux.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < aux.i), None)
        stray = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and aux.i < c.i < verb.i and
                      any(g.dep_ == "case" and g.i < c.i for g in c.children)), None)
        if own is None or stray is None:
            return
        own.head = verb
        stray.dep_ = "obl:mod"


@Language.factory("veille_parse_repair", requires=["token.dep", "token.lemma", "doc.ents"],
                  assigns=["token.dep", "token.head", "token.pos", "doc.ents"], default_config={"lang": LANG_CONFIG})
def make_parse_repair(nlp: Language, name: str, lang):
    return ParseRepair(lang)
