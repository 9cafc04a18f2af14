"""Sentence boundaries that survive French wire style, set before the parser runs.

The statistical parser splits inside «» quotes, on hyphenated compounds ("russo-américaines",
"Alep-Est") and after subheads. Wire copy is regular enough for rules: a sentence starts
after a line break, or after final punctuation followed by a capital, a digit or an
opening quote, never inside a quotation. Every token gets an explicit value, so the
parser only builds trees within these sentences.
"""
from __future__ import annotations

import numpy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from veille.lang import get_lang
from veille.nlp.extensions import LANG_CONFIG
from veille.nlp.links import text_of


# Doc.from_array's value for "not a sentence start" (-1 in a uint64 array)
NOT_START = numpy.uint64(2**64 - 1)


class SentenceSetter:
    """Sets ``is_sent_start`` on every token from the language's quote marks and final
    punctuation (``grammar.toml`` [sentences])."""

    def __init__(self, lang):
        marks = get_lang(lang).toml("grammar")["sentences"]
        self.opening, self.closing = set(marks["opening"]), set(marks["closing"])
        self.final = set(marks["final"])
        self.final_strict = self.final - {":"}
        self.abbreviations = set(marks.get("abbreviations", []))

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        # read the tokens as arrays (no Token objects) and write every value at once
        arr = doc.to_array([ORTH, IDX, IS_SPACE])
        strings, text = doc.vocab.strings, text_of(doc)
        words = [strings[int(o)] for o in arr[:, 0]]
        idx = arr[:, 1].tolist()
        space = arr[:, 2].tolist()
        ends = [i + len(w) for i, w in zip(idx, words)]
        gaps = [text[ends[i]:idx[i + 1]] for i in range(n - 1)] + [text[ends[-1]:]]
        opening, closing, final = self.opening, self.closing, self.final_strict
        starts = numpy.full((n, 1), NOT_START, dtype="uint64")
        depth = 0
        for i in range(n):
            word = words[i]
            if i == 0:
                start = True
            else:
                prev = words[i - 1]
                start = "\n" in gaps[i - 1] or "\n" in prev or bool(space[i - 1])
                if not start and depth == 0 and not space[i]:
                    before = prev
                    # «...» ends a sentence when the quote closed on final punctuation
                    if before in closing and i >= 2:
                        before = words[i - 2]
                    if before in final and (word[:1].isupper() or word[:1].isdigit() or word in opening) and \
                            not (before == "." and i >= 2 and words[i - 2] in self.abbreviations and not gaps[i - 2]):
                        start = True
            if start:
                starts[i, 0] = 1
            if word in opening and word in closing:
                depth = 0 if depth else 1   # a straight quote mark: opens, then closes
            elif word in opening:
                depth += 1
            elif word in closing and depth:
                depth -= 1
            if "\n\n" in gaps[i] or (space[i] and "\n\n" in word):
                depth = 0  # an unclosed quote never runs past its paragraph
        doc.from_array([SENT_START], starts)
        return doc


@Language.factory("veille_sentences", assigns=["token.is_sent_start"], default_config={"lang": LANG_CONFIG})
def make_sentences(nlp: Language, name: str, lang):
    return SentenceSetter(lang)
