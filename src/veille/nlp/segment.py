"""Sentence boundaries that survive French wire style, set before the parser runs.

The statistical parser splits inside «» quotes, on hyphenated compounds ("russo-américaines",
"Alep-Est") and after subheads. Wire copy is regular enough for rules: a sentence starts
after a line break, or after final punctuation followed by a capital, a digit or an
opening quote, never inside a quotation. Every token gets an explicit value, so the
parser only builds trees within these sentences.
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

OPENING = {"«", "“", "‹"}
CLOSING = {"»", "”", "›"}
FINAL = {".", "!", "?", "…", "...", ":"}


@Language.component("veille_sentences", assigns=["token.is_sent_start"])
def set_sentence_starts(doc: Doc) -> Doc:
    depth = 0
    # collected, then set in one from_array: spaCy's Token.is_sent_start setter scans the
    # whole doc for a parse on every call, which made long articles quadratic
    starts = numpy.full(len(doc), -1, dtype="int64")
    for i, tok in enumerate(doc):
        if i == 0:
            starts[i] = 1
        else:
            prev = doc[i - 1]
            start = "\n" in prev.whitespace_ or "\n" in prev.text or prev.is_space
            if not start and depth == 0 and not tok.is_space:
                before = prev
                # «...» ends a sentence when the quote closed on final punctuation
                if before.text in CLOSING and i >= 2:
                    before = doc[i - 2]
                if before.text in FINAL - {":"} and (tok.text[:1].isupper() or tok.text[:1].isdigit()
                                                    or tok.text in OPENING):
                    start = True
            starts[i] = 1 if start else -1
        if tok.text in OPENING:
            depth += 1
        elif tok.text in CLOSING and depth:
            depth -= 1
        if "\n\n" in tok.whitespace_ or (tok.is_space and "\n\n" in tok.text):
            depth = 0  # an unclosed quote never runs past its paragraph
    if len(doc):
        doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))
    return doc
