"""Mentions of the actor knowledge base: every alias of ``kb/actors.tsv`` found in the doc,
as ``doc.spans["veille_kb"]`` (label: the actor's kind, id: its KB id), overlaps resolved
to the first longest mention.

Two phrase matchers do it: case-insensitive names on ``LOWER`` ("Croix-Rouge", "armée
malienne"), and short acronyms on ``ORTH`` ("UN" must not fire on "un"). spaCy's
``span_ruler`` did the same with token patterns for the acronyms, which cost a token
``Matcher`` pass over every doc; the spans are the same.
"""
from __future__ import annotations

import unicodedata

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from veille.lang import get_lang
from veille.nlp.actors import kb_patterns
from veille.nlp.extensions import LANG_CONFIG
from veille.resolve.actor_kb import ActorKB

SPANS_KEY = "veille_kb"


class KbRuler:
    def __init__(self, nlp: Language, lang):
        self.names = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.acronyms = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.labels: dict[int, tuple[str, str]] = {}
        names: dict[str, list[Doc]] = {}
        acronyms: dict[str, list[Doc]] = {}
        for p in kb_patterns(ActorKB(get_lang(lang)), nlp):
            key = repr((p["label"], p["id"]))
            self.labels[nlp.vocab.strings.add(key)] = (p["label"], p["id"])
            if isinstance(p["pattern"], str):
                # the tokenizer alone: the patterns need no tagger or parser
                names.setdefault(key, []).append(nlp.make_doc(p["pattern"]))
                bare = bare_capitals(p["pattern"])
                if bare != p["pattern"]:
                    # wire style drops the accents of capitals: "Etat islamique", "Etats-Unis"
                    names[key].append(nlp.make_doc(bare))
            else:
                acronyms.setdefault(key, []).append(Doc(nlp.vocab, words=[t["ORTH"] for t in p["pattern"]],
                                                        spaces=[True] * len(p["pattern"])))
        # the particles of a place's name in Portuguese, Spanish or Italian that hold a capital's
        # name ("Mocímboa da Praia" is no Cape Verde)
        self.name_particles = frozenset(w.lower() for w in get_lang(lang).toml("actors").get("names", {}).get(
            "place_particles", []))
        for key, docs in names.items():
            self.names.add(key, docs)
        for key, docs in acronyms.items():
            self.acronyms.add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        found = {Span(doc, s, e, label=self.labels[m][0], span_id=self.labels[m][1])
                 for m, s, e in [*self.acronyms(doc), *self.names(doc)] if s != e}
        kept = filter_spans(sorted(found))
        text = doc.text  # joined once: spaCy builds Doc.text from every token at each call
        doc.spans[SPANS_KEY] = [sp for sp in kept if not self.inside_compound(doc, text, sp, kept)
                                and not self.after_particle(doc, sp, kept)]
        return doc

    def after_particle(self, doc: Doc, sp: Span, kept: list[Span]) -> bool:
        """A name after a place-name particle that follows a capitalised word naming nothing of
        the KB is the end of a longer name ("Mocímboa da Praia", "Foz do Iguaçu")."""
        k = sp.start - 1
        return k >= 1 and doc[k].lower_ in self.name_particles and doc[k - 1].text[:1].isupper() and \
            not any(x.start <= k - 1 < x.end for x in kept)

    @staticmethod
    def inside_compound(doc: Doc, text: str, sp: Span, kept: list[Span]) -> bool:
        """A name glued by a hyphen to a capitalised word that names nothing of the KB is part of
        a longer name ("Météo-France", "Radio-Canada"), not the actor it spells; two names so
        glued ("Israël-Hamas") stay two, and a lower-case prefix ("pro-Iran", "anti-Israel")
        or suffix ("Gaza-based") leaves the name alone."""
        s, e = sp.start_char, sp.end_char
        if s >= 2 and text[s - 1] == "-" and text[s - 2].isalpha():
            k = sp.start - 2  # the token before the hyphen
            return k >= 0 and doc[k].text[:1].isupper() and not any(x.start <= k < x.end for x in kept)
        if e + 1 < len(text) and text[e] == "-" and text[e + 1].isalpha():
            k = sp.end + 1
            return k < len(doc) and doc[k].text[:1].isupper() and not any(x.start <= k < x.end for x in kept)
        return False


def bare_capitals(name: str) -> str:
    """The name with its accented capitals written bare ("État" -> "Etat"), as agencies do."""
    return "".join(unicodedata.normalize("NFKD", c)[0] if c.isupper() else c for c in name)


@Language.factory("veille_kb_ruler", assigns=["doc.spans"], default_config={"lang": LANG_CONFIG})
def make_kb_ruler(nlp: Language, name: str, lang):
    return KbRuler(nlp, lang)
