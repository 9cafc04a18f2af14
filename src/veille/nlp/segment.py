"""Sentence boundaries that survive French wire style, set before the parser runs.

The statistical parser splits inside «» quotes, on hyphenated compounds ("russo-américaines",
"Alep-Est") and after subheads. Wire copy is regular enough for rules: a sentence starts
after a line break, or after final punctuation followed by a capital, a digit or an
opening quote, never inside a quotation. Every token gets an explicit value, so the
parser only builds trees within these sentences.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from veille.lang import get_lang
from veille.nlp.extensions import LANG_CONFIG


class SentenceSetter:
    """Sets ``is_sent_start`` on every token from the language's quote marks and final
    punctuation (``grammar.toml`` [sentences])."""

    def __init__(self, lang):
        marks = get_lang(lang).toml("grammar")["sentences"]
        self.opening, self.closing = set(marks["opening"]), set(marks["closing"])
        self.final = set(marks["final"])
        self.final_strict = self.final - {":"}

    def __call__(self, doc: Doc) -> Doc:
        opening, closing, final = self.opening, self.closing, self.final_strict
        depth = 0
        for i, tok in enumerate(doc):
            if i == 0:
                tok.is_sent_start = True
            else:
                prev = doc[i - 1]
                start = "\n" in prev.whitespace_ or "\n" in prev.text or prev.is_space
                if not start and depth == 0 and not tok.is_space:
                    before = prev
                    # «...» ends a sentence when the quote closed on final punctuation
                    if before.text in closing and i >= 2:
                        before = doc[i - 2]
                    if before.text in final and (tok.text[:1].isupper() or tok.text[:1].isdigit()
                                                 or tok.text in opening):
                        start = True
                tok.is_sent_start = bool(start)
            if tok.text in opening and tok.text in closing:
                depth = 0 if depth else 1   # a straight quote mark: opens, then closes
            elif tok.text in opening:
                depth += 1
            elif tok.text in closing and depth:
                depth -= 1
            if "\n\n" in tok.whitespace_ or (tok.is_space and "\n\n" in tok.text):
                depth = 0  # an unclosed quote never runs past its paragraph
        return doc


@Language.factory("veille_sentences", assigns=["token.is_sent_start"], default_config={"lang": LANG_CONFIG})
def make_sentences(nlp: Language, name: str, lang):
    return SentenceSetter(lang)
