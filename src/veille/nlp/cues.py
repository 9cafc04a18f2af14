"""Lexicon phrases found on tokens: the cue lists of ``lang/<code>/*.toml`` ("frappe* de
drone*", "cessez-le-feu", "a visé") compiled into token patterns on the tokens' lower-case
form (spaCy's ``LOWER``), instead of one regular expression over the text.

A word ending in ``*`` takes any ending ("frappe*": frappe, frappes, frappé). The words of a
phrase are tokenized with the pipeline's own tokenizer, so "tir* d'obus" is the three tokens
the text gives. Where cues overlap, the reading is the one a regular expression of the cues
(longest first) would give: scanning left to right, the first cue in lexicon order that
matches at a place wins and the scan goes on after it; a match must start and end at a word
edge ("raid" is not found in "raids-éclair" unless the cue is "raid*").

Why not spaCy's ``Matcher``: a wildcard word needs a ``REGEX`` predicate, which the Matcher
runs for every token and pattern (4 s on the benchmark corpus where the text regex took
2.6 s). Here each distinct token form is classified once (a dict lookup for whole words, one
per prefix length for wildcards) and the doc is read as an array of ``LOWER`` ids.
"""
from __future__ import annotations

import re
from typing import Sequence

from spacy.attrs import IS_SPACE, LOWER
from spacy.language import Language
from spacy.tokens import Doc

from veille.nlp.links import text_of

_WORD = re.compile(r"[\w-]")
_WORD_RUN = re.compile(r"[\w-]*")
_TAIL = re.compile(r"[\w-]*")


def cue_regex(phrase: str) -> str:
    """A cue as a regular expression over text: words split by spaces, ``*`` any ending."""
    parts = [re.escape(x.rstrip("*")) + (r"[\w-]*" if x.endswith("*") else "") for x in phrase.split()]
    return r"\s+".join(parts)


class CueMatcher:
    """Finds the phrases of one ordered cue list in a Doc: ``(start_char, end_char, index)``
    with ``index`` the phrase's place in the list (earlier phrases win overlaps)."""

    def __init__(self, nlp: Language, phrases: Sequence[str]):
        self.phrases = list(phrases)
        self.strings = nlp.vocab.strings
        self.exact = [re.compile(cue_regex(p), re.I) for p in self.phrases]
        self.open_end = [p.split()[-1].endswith("*") for p in self.phrases]
        # each cue: its pieces, (text, wildcard, new word), tokenized by the pipeline's own
        # tokenizer (which knows the language's elisions and compounds)
        self.pieces: list[list[tuple[str, bool, bool]]] = []
        self.first_exact: dict[str, list[int]] = {}
        self.first_prefix: dict[str, list[int]] = {}
        for i, phrase in enumerate(self.phrases):
            pieces = []
            for k, word in enumerate(phrase.split()):
                star = word.endswith("*")
                toks = [t.lower_ for t in nlp.make_doc(word.rstrip("*"))]
                for j, piece in enumerate(toks):
                    pieces.append((piece, star and j == len(toks) - 1, k > 0 and j == 0))
            self.pieces.append(pieces)
            text, star, _ = pieces[0]
            (self.first_prefix if star else self.first_exact).setdefault(text, []).append(i)
        self.prefix_lengths = sorted({len(x) for x in self.first_prefix})
        # each cue's second piece when it is a whole word, as a LOWER id, and whether it opens a
        # new word: a cue whose second word is not the next token's is passed over without
        # reading it further (most cues that open with "a", "ont", "le" fail there)
        self.second: list[tuple[int, bool] | None] = [
            (self.strings.add(p[1][0]), p[1][2]) if len(p) > 1 and not p[1][1] else None for p in self.pieces]
        self._first: dict[int, tuple[int, ...]] = {}   # LOWER id -> cues it can open
        self._fits: dict[tuple[str, bool, int], bool] = {}

    def openers(self, lower_id: int) -> tuple[int, ...]:
        """The cues a token of this LOWER id can open, in list order."""
        return self._openers(lower_id)

    def _openers(self, lower_id: int) -> tuple[int, ...]:
        found = self._first.get(lower_id)
        if found is None:
            s = self.strings[lower_id]
            cues = list(self.first_exact.get(s, ()))
            for n in self.prefix_lengths:
                if n <= len(s):
                    for i in self.first_prefix.get(s[:n], ()):
                        if _TAIL.fullmatch(s, n):
                            cues.append(i)
            found = self._first[lower_id] = tuple(sorted(cues))
        return found

    def _fit(self, piece: tuple[str, bool, bool], lower_id: int) -> bool:
        key = (piece[0], piece[1], lower_id)
        ok = self._fits.get(key)
        if ok is None:
            s = self.strings[lower_id]
            ok = s == piece[0] or (piece[1] and s.startswith(piece[0]) and bool(_TAIL.fullmatch(s, len(piece[0]))))
            self._fits[key] = ok
        return ok

    def _end(self, i: int, lower, space, t: int, skips: dict[int, tuple[int, ...]]) -> tuple[int, tuple[int, int] | None] | None:
        """(token index past cue ``i`` matched from token ``t``, the tokens skipped inside it),
        or None. ``skips``: token index -> indexes past the stretches that may sit between two
        words of a phrase (one, once: "a suspendu dimanche les activités")."""
        pieces = self.pieces[i]
        k = t + 1
        skipped = None
        for piece in pieces[1:]:
            if piece[2]:
                while k < len(lower) and space[k]:
                    k += 1  # "\n" between two words is a token of its own
            if k < len(lower) and piece[2] and skipped is None and k in skips and not self._fit(piece, int(lower[k])):
                # the longest stretch after which the phrase goes on: "s'est rendu samedi à
                # Koumra" skips the day alone, "a reçu lundi à Nairobi une délégation" the day
                # and its place
                for stop in skips[k]:
                    j = stop
                    while j < len(lower) and space[j]:
                        j += 1
                    if j < len(lower) and self._fit(piece, int(lower[j])):
                        skipped, k = (k, stop), j
                        break
                else:
                    return None
            if k >= len(lower) or not self._fit(piece, int(lower[k])):
                return None
            k += 1
        return k, skipped

    def __call__(self, doc: Doc, text: str | None = None,
                 skippable: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, int]]:
        """The cues found, ``(start_char, end_char, index)``. ``skippable``: character spans
        (times: "dimanche", "mardi soir") a phrase may hold between two of its words, as
        agency copy puts the day right after the verb ("ont pris lundi le contrôle de")."""
        text = text_of(doc) if text is None else text
        if not len(doc):
            return []
        arr = doc.to_array([LOWER, IS_SPACE])
        lower, space = arr[:, 0], arr[:, 1]
        skips: dict[int, tuple[int, ...]] = {}  # token -> the ends of the stretches opening there, longest first
        for s0, e0 in skippable:
            span = doc.char_span(s0, e0, alignment_mode="expand")
            if span is not None and span.start > 0:
                skips[span.start] = tuple(sorted({*skips.get(span.start, ()), span.end}, reverse=True))
        out = []
        pos = 0
        for t in range(len(doc)):
            cues = self._openers(int(lower[t]))
            if not cues:
                continue
            start = doc[t].idx
            if start < pos or (start and _WORD.match(text, start - 1)):
                continue  # inside a match already taken, or inside a word ("contre-offensive")
            glued = t + 1  # the next token, and the next word past spaces
            spaced = glued
            while spaced < len(doc) and space[spaced]:
                spaced += 1
            glued_id = int(lower[glued]) if glued < len(doc) else -1
            spaced_id = int(lower[spaced]) if spaced < len(doc) else -1
            for i in cues:  # lexicon order: the first that matches wins
                second = self.second[i]
                if second is not None and (
                        (second[1] and spaced not in skips and second[0] != spaced_id) or
                        (not second[1] and second[0] != glued_id)):
                    continue  # (what _end would find at once)
                found = self._end(i, lower, space, t, skips)
                if found is None:
                    continue
                k, skipped = found
                last = doc[k - 1]
                end = last.idx + len(last.text)
                if self.open_end[i]:
                    end = _WORD_RUN.match(text, end).end()  # "drone*" takes all of "drones-suicides"
                elif end < len(text) and _WORD.match(text, end):
                    continue
                # the words must be what the cue says, spaced as it says ("s'est", not "s' est")
                if skipped is None and not self.exact[i].fullmatch(text, start, end):
                    continue
                if skipped is not None:
                    gap0, gap1 = doc[skipped[0]].idx, doc[skipped[1] - 1].idx + len(doc[skipped[1] - 1].text)
                    if not self.exact[i].fullmatch(text[start:gap0].rstrip() + " " + text[gap1:end].lstrip()):
                        continue
                out.append((start, end, i))
                pos = end
                break
        return out
