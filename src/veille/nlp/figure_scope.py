"""What each count covers: one event, a running total from a start, or a period.

"12 tués dimanche à Goma" counts one event; "le bilan s'élève à 15 899 morts depuis le 7
octobre" is a running total (``cumulative``, from 2023-10-07, as of the publication date);
"200 civils tués en une semaine" covers a period (``period``, the seven days to the count's
date). The cues are data (``lang/<code>/scope.toml``), read on the words between a figure and
its neighbours in its sentence. Sets on each figure ``scope``, ``scope_start``,
``scope_end`` (ISO days, or null when the text does not give them) and ``scope_span`` (the
cue's words); a "dont" part takes its whole's scope.
"""
from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc

from veille.lang import get_lang, load_toml
from veille.nlp.extensions import LANG_CONFIG
from veille.nlp.links import text_of
from veille.resolve.dates import date_bounds, parse_iso_date
from veille.resolve.durations import reader as duration_reader

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _words_rx(words) -> re.Pattern:
    parts = []
    for w in sorted(words, key=len, reverse=True):
        parts.append(r"\s+".join(re.escape(x.rstrip("*")) + (r"\w*" if x.endswith("*") else "") for x in w.split()))
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


def bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of a record date (day, month, year, week or "A/B")."""
    return date_bounds(value) if value else (None, None)


class ScopeFinder:
    def __init__(self, lang):
        lang = get_lang(lang)
        lx = load_toml(lang, "scope")
        self.durations = duration_reader(lang)
        self.since = _words_rx(lx["since"]["words"])
        self.calendar = [(re.compile(r"^\s*" + re.escape(k).replace("'", "['’]"), re.I), v)
                         for k, v in sorted(lx["since_calendar"].items(), key=lambda kv: -len(kv[0]))]
        self.totals = _words_rx(lx["totals"]["words"])
        unit = "|".join(re.escape(u) for u in sorted(self.durations.units, key=len, reverse=True))
        self.periods = []
        for p in sorted(lx["period"]["patterns"], key=len, reverse=True):
            rx = r"\s+".join(re.escape(x).replace("'", "['’]") for x in p.split())
            rx = rx.replace(re.escape("{n}"), r"(?P<n>[\w'’-]+(?:\s+[\w'’-]+)?)").replace(re.escape("{unit}"),
                                                                                        rf"(?P<u>{unit})")
            self.periods.append(re.compile(r"(?<![\w-])" + rx + r"(?![\w-])", re.I))
        self.open_ended = _words_rx(lx["period"]["open_ended"])
        # "depuis un an et demi", "depuis trois mois": a running total from that long ago
        half = "|".join(r"\s+".join(re.escape(x) for x in w.split())
                        for w in lx.get("since_length", {}).get("half", [])) or r"(?!)"
        # between two counts of one list ("259 Palestiniens (…), 40 Israéliens et deux Américains"):
        # a later one shares the scope the first is given
        self.rx_list = re.compile(lx.get("since_length", {}).get("list_joiner", r"(?!)"), re.I)
        self.rx_since_length = re.compile(rf"\s*(?P<n>[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?P<u>{unit})"
                                          rf"(?P<half>\s+(?:{half}))?(?![\w-])", re.I)

    def __call__(self, doc: Doc) -> None:
        figures = doc._.figures or []
        if not figures:
            return
        text = text_of(doc)
        published = parse_iso_date((doc._.meta or {}).get("published"))
        order = sorted(figures, key=lambda f: f.span)
        by_id = {f.id: f for f in figures}
        for i, f in enumerate(order):
            if f.part_of:
                continue
            span = doc.char_span(f.span[0], f.span[1], alignment_mode="expand")
            sent = span.sent if span is not None else None
            lo = sent.start_char if sent is not None else 0
            hi = sent.end_char if sent is not None else len(text)
            if i and order[i - 1].span[1] > lo and order[i - 1].span[1] <= f.span[0]:
                lo = order[i - 1].span[1]
            if i + 1 < len(order) and lo <= order[i + 1].span[0] < hi and order[i + 1].span[0] >= f.span[1]:
                hi = order[i + 1].span[0]
            self.assign(doc, f, lo, hi, published)
        for prev, f in zip(order, order[1:]):
            # (a count with no cue of its own: an event, or a period read off its date)
            if f.scope_span is None and prev.scope == "cumulative" and not f.part_of and \
                    self.rx_list.fullmatch(text[prev.span[1]:f.span[0]]):
                f.scope, f.scope_start, f.scope_end, f.scope_span = (prev.scope, prev.scope_start, prev.scope_end,
                                                                     prev.scope_span)
                if prev.date and "/" in prev.date and (not f.date or DAY.match(f.date)):
                    f.date = prev.date
        for f in figures:
            whole = by_id.get(f.part_of) if f.part_of else None
            if whole is not None:
                f.scope, f.scope_start, f.scope_end, f.scope_span = (whole.scope, whole.scope_start, whole.scope_end,
                                                                     whole.scope_span)

    def assign(self, doc: Doc, f, lo: int, hi: int, published: dt.date | None) -> None:
        text = text_of(doc)
        window = text[lo:hi]
        timexes = [t for t in doc._.timexes or [] if lo <= t.span[0] < hi and t.value]
        as_of = _iso(bounds(f.date)[1] if f.date and "/" in f.date else published)
        # a running total from a start: "depuis le 7 octobre", "depuis le début de l'année"
        for m in self.since.finditer(window):
            cue = (lo + m.start(), lo + m.end())
            start, known = self.since_start(text, cue, timexes, published, m.group(0))
            if known:
                return _set(f, "cumulative", start, as_of, cue)
            start = self.since_length(text, cue, published, m.group(0))
            if start:
                # the count covers that stretch: dated from its start to its report
                if as_of and (not f.date or (DAY.match(f.date) and f.date >= start)):
                    f.date = f"{start}/{as_of}"
                return _set(f, "cumulative", start, as_of, cue)
        # a period of a given length: "en une semaine", "au cours du mois écoulé"
        for rx in self.periods:
            m = rx.search(window)
            if m:
                days = self.durations.days(m.groupdict().get("n") or "", m.group("u"))
                if days:
                    end = bounds(f.date)[1] if f.date and DAY.match(f.date) else published
                    start = end - dt.timedelta(days=max(round(days), 1) - 1) if end else None
                    return _set(f, "period", _iso(start), _iso(end), (lo + m.start(), lo + m.end()))
        m = self.open_ended.search(window)
        if m:
            return _set(f, "period", None, _iso(published), (lo + m.start(), lo + m.end()))
        # a total without a start ("au total", "le bilan s'élève à"), unless its sentence
        # dates it to one day: then it is the total of that day's event
        m = self.totals.search(window)
        if m and not any(DAY.match(t.value) for t in timexes):
            return _set(f, "cumulative", None, as_of, (lo + m.start(), lo + m.end()))
        # a count dated by a month, a week or a span of days covers that period
        if f.date and not DAY.match(f.date):
            start, end = bounds(f.date)
            if start and end and start != end:
                return _set(f, "period", _iso(start), _iso(end), None)
        _set(f, "event", None, None, None)

    def since_length(self, text, cue, published, words) -> str | None:
        """The start of "depuis un an et demi": the publication date less that length."""
        if published is None or len(words.split()) > 1:
            return None
        m = self.rx_since_length.match(text, cue[1])
        if not m:
            return None
        days = self.durations.days(m.group("n"), m.group("u"))
        if not days or days < 1:
            return None
        if m.group("half"):
            days += self.durations.units[m.group("u").lower()] / 2
        return _iso(published - dt.timedelta(days=round(days)))

    def since_start(self, text, cue, timexes, published, words) -> tuple[str | None, bool]:
        """(start, whether the cue is a time at all): "depuis le Liban" is a place."""
        # a bare "depuis" is a time only when a date follows at once ("depuis 2011"); "depuis
        # le début de l'offensive le 3 mars" may name its event before the date
        reach = 40 if len(words.split()) > 1 else 1
        near = [t for t in timexes if t.span[0] <= cue[1] + reach and t.span[1] > cue[0]]
        if near:
            t = min(near, key=lambda t: abs(t.span[0] - cue[0]))
            return _iso(bounds(t.value)[0]), True
        after = text[cue[1]:cue[1] + 40]
        for rx, unit in self.calendar:
            if rx.match(after) and published:
                if unit == "year":
                    return f"{published.year}-01-01", True
                if unit == "month":
                    return f"{published.year}-{published.month:02d}-01", True
                return _iso(published - dt.timedelta(days=published.weekday())), True
        # "depuis le début de la guerre": a running total whose start the text does not date
        return None, len(words.split()) > 1


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _set(f, scope, start, end, span) -> None:
    f.scope, f.scope_start, f.scope_end = scope, start, end
    f.scope_span = tuple(span) if span else None


@Language.factory("veille_figure_scope", requires=["doc._.figures", "doc._.timexes"],
                  assigns=["doc._.figures"], default_config={"lang": LANG_CONFIG})
def make_figure_scope(nlp: Language, name: str, lang):
    finder = ScopeFinder(lang)

    def set_scopes(doc: Doc) -> Doc:
        finder(doc)
        return doc

    return set_scopes
