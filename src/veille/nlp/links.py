"""Lookups from a stretch of text to the actors, places and times mentioned in it, used by
the components that link facets together (figures, quotes, events)."""
from __future__ import annotations

import bisect

from spacy.tokens import Doc


CACHE = "veille_cache"


def cache_of(doc: Doc) -> dict:
    """Values derived from the doc alone (its text, its sentences), computed once. Not a
    channel between components: anything one component tells another is a declared
    ``Doc._`` attribute; this dict is the only thing veille keeps in ``doc.user_data``."""
    cache = doc.user_data.get(CACHE)
    if cache is None:
        cache = doc.user_data[CACHE] = {}
    return cache


def text_of(doc: Doc) -> str:
    """The doc's text, built once: ``Doc.text`` joins every token on each access, which
    made long articles quadratic."""
    cache = cache_of(doc)
    text = cache.get("text")
    if text is None:
        text = cache["text"] = doc.text
    return text


def sentences_of(doc: Doc) -> list:
    """The doc's sentences, listed once: iterating ``doc.sents`` walks every token."""
    cache = cache_of(doc)
    sents = cache.get("sents")
    if sents is None:
        sents = cache["sents"] = list(doc.sents)
    return sents


def _in(index, start: int, end: int) -> list[tuple[int, int, str]]:
    return [x for x in (index or []) if x[0] < end and x[1] > start]


def actors_in(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    """Actor mentions overlapping [start, end), in text order."""
    return _in(doc._.actor_spans, start, end)


def first_actor(doc: Doc, start: int, end: int) -> str | None:
    hits = actors_in(doc, start, end)
    return hits[0][2] if hits else None


def places_in(doc: Doc, start: int, end: int) -> list[tuple[int, int, str]]:
    return _in(doc._.place_spans, start, end)


def in_timex(doc: Doc, char: int) -> bool:
    """Whether the character at ``char`` lies inside a time expression the record reports ("a
    indiqué la police mardi", "ont repris lundi les négociations")."""
    return any(t.span[0] <= char < t.span[1] for t in doc._.timexes or ())


def story_start(doc: Doc, start: int) -> int:
    """``start``, or the end of the wire dateline when it starts inside it: the dateline's
    date ("KHARTOUM, June 11 (Reuters) -") is the report's, never what the story tells."""
    dl = doc._.dateline
    return dl[1] if dl and dl[0] <= start < dl[1] else start


def nearest(items, char: int):
    """The item (start, end, ...) nearest to a character offset, or None."""
    best, gap = None, None
    for it in items:
        s, e = it[0], it[1]
        d = 0 if s <= char < e else min(abs(char - s), abs(char - e))
        if gap is None or d < gap:
            best, gap = it, d
    return best


class Ranges:
    """Character ranges ``(start, end, ...)`` kept sorted by start, asked "does anything
    overlap / enclose this stretch?" in logarithmic time. A plain list scanned on every
    question made those questions, asked once per mention, quadratic on long articles."""

    def __init__(self, ranges=()):
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.longest = 0
        for r in ranges:
            self.append(r)

    def append(self, r) -> None:
        s, e = r[0], r[1]
        i = bisect.bisect_right(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)
        self.longest = max(self.longest, e - s)

    def _near(self, start: int, end: int) -> range:
        """Indexes of the only ranges that can reach into [start, end]."""
        return range(bisect.bisect_right(self.starts, start - self.longest - 1),
                     bisect.bisect_right(self.starts, end))

    def free(self, start: int, end: int) -> bool:
        """No range overlaps [start, end)."""
        return all(end <= self.starts[i] or start >= self.ends[i] for i in self._near(start, end))

    def encloses(self, start: int, end: int) -> bool:
        """A range starts before ``start`` and ends at or after ``end``."""
        return any(self.starts[i] < start and end <= self.ends[i] for i in self._near(start, end))

    def holds_inside(self, start: int, end: int) -> bool:
        """A range starts before ``start`` and goes on after ``end``: [start, end) is inside
        a longer name, not its last word."""
        return any(self.starts[i] < start and end < self.ends[i] for i in self._near(start, end))


    def opens(self, start: int, end: int, whole: bool = False) -> bool:
        """A range starts at ``start`` and goes on after ``end``: [start, end) is its first word
        (or, with ``whole``, the range is [start, end) itself)."""
        return any(self.starts[i] == start and (end < self.ends[i] or (whole and end == self.ends[i]))
                   for i in self._near(start, end))


def headline_clause_break(doc: Doc, start: int, end: int) -> bool:
    """Whether [start, end) of a headline (the first line, above a wire dateline) crosses a comma
    into a clause with a finite verb of its own: "Gaza: 22 morts dans des frappes, les
    négociations reprennent au Caire" tells two pieces of news."""
    text = text_of(doc)
    line_end = text.find("\n")
    dl = doc._.dateline
    if line_end < 0 or end > line_end or not dl or dl[0] < line_end:
        return False
    comma = text.find(",", start, end)
    span = doc.char_span(comma, end, alignment_mode="expand") if comma >= 0 else None
    return span is not None and any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in span)
