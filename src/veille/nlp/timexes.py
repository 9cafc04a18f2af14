"""Time expressions: found with patterns built from ``lang/<code>/time.toml``, resolved
against the publication date, weekday direction taken from the governing verb's tense.

Libraries such as dateparser resolve a bare "samedi" to the past and read "8000" as a
year, so the finder only accepts shapes a French dispatch uses for dates, and the
resolver works on those spans alone.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from veille.lang import Lang, alternation as _alt, get_lang
from veille.nlp.grammar import points_to_future
from veille.record import Timex
from veille.resolve import dates
from veille.nlp.links import text_of
from veille.nlp.extensions import LANG_CONFIG


@dataclass
class _Match:
    start: int
    end: int
    kind: str
    groups: dict


class TimexFinder:
    def __init__(self, lang: "str | Lang"):
        self.lang = lang = get_lang(lang)
        lx = lang.toml("time")
        self.weekdays = {k.lower(): v for k, v in lx["weekdays"].items()}
        self.months = {k.lower(): v for k, v in lx["months"].items()}
        self.rel_days = {k.lower(): v for k, v in lx["relative_days"].items()}
        self.rel_weeks = {k.lower(): v for k, v in lx["relative_weeks"].items()}
        self.rel_months = {k.lower(): v for k, v in lx["relative_months"].items()}
        self.rel_years = {k.lower(): v for k, v in lx["relative_years"].items()}
        self.weekend_words = [w.lower() for w in lx["weekend"]["words"]]
        self.past_words = set(lx["direction_words"]["past"])
        self.future_words = set(lx["direction_words"]["future"])
        grammar = lx["grammar"]
        self.first_of_month = {w.lower() for w in grammar["first_of_month"]}
        year = r"(?:1[89]\d\d|20\d\d)"
        slots = dict(
            b=r"(?<![\w-])", e=r"(?![\w-])", year=year, wd=_alt(self.weekdays), mo=_alt(self.months),
            part=_alt(lx["parts_of_day"]["words"]), mod=_alt(lx["month_modifiers"]["words"]),
            yprep=_alt(lx["year_prepositions"]["words"]), since=_alt(lx["since"]["words"]),
            dirw=_alt(self.past_words | self.future_words), first=_alt(grammar["first_of_month"]),
            rel_days=_alt(self.rel_days), rel_weeks=_alt(self.rel_weeks), rel_months=_alt(self.rel_months),
            rel_years=_alt(self.rel_years), weekend=_alt(self.weekend_words),
            # nouns of dated events ("the March election"); none: a pattern that never matches
            event_nouns=_alt(lx.get("event_nouns", {}).get("words", [])) or r"(?!x)x")
        # the date grammar is the language's (time.toml [grammar]); this module only resolves
        self.patterns = [(kind, re.compile(lang.fill(rx, **slots), re.I)) for kind, rx in grammar["patterns"]]
        self.year_re = re.compile(year)
        self.rx_future_before = re.compile(
            rf"(?<![\w-])(?:{_alt(lx['future_before']['words'])}){grammar['future_before_tail']}", re.I)
        self.rx_past_auxiliary = re.compile(grammar["past_auxiliary"], re.I)
        # a date inside a name ("the March 23 Movement"); absent: dates are never names
        self.rx_in_name = (re.compile(grammar["in_name_before"], re.I), re.compile(grammar["in_name_after"])) \
            if grammar.get("in_name_before") and grammar.get("in_name_after") else None
        anch = lx["anchored"]
        self.rx_anchored = re.compile(rf"{slots['b']}{anch['opener']}(?P<noun>{_alt(anch['nouns'])}){slots['e']}", re.I)
        # "the day after the bombing": so many days from the date the story gave that event
        # (absent: none)
        self.anchored_days = {_norm(k): int(v) for k, v in anch.get("days", {}).items()}
        self.rx_anchored_days = re.compile(
            rf"{slots['b']}(?P<off>{_alt(self.anchored_days)})\s+(?:the\s+)?(?P<noun>{_alt(anch['nouns'])}){slots['e']}",
            re.I) if self.anchored_days else None
        self.rx_bare_part = re.compile(rf"{slots['b']}(?:{_alt(lx['bare_parts_of_day']['words'])}){slots['e']}", re.I)
        # "l'année suivante": a year counted from the last one named
        self.anaphoric_years = {k.lower(): int(v) for k, v in lx.get("anaphoric_years", {}).items()}
        self.rx_anaphoric_year = re.compile(
            rf"{slots['b']}(?:{_alt(self.anaphoric_years)}){slots['e']}", re.I) if self.anaphoric_years else None
        # a body dateline dates the text (absent: the publication date alone does)
        dl = lx.get("dateline", {})
        self.rx_dateline = re.compile(lang.fill(dl["pattern"], **slots), re.I) if dl.get("pattern") else None
        self.dateline_days = int(dl.get("max_days", 0))
        # "between 1990 and 2017", "from 2011 to 2013": one interval (absent: each year its own)
        self.year_range_openers = {w.lower() for w in lx.get("year_ranges", {}).get("openers", [])}

    def anchor(self, text: str, pub: dt.date | None) -> dt.date | None:
        """The day relative expressions count from: the body's dateline ("22 mars 2016. –")
        when it is near the publication date (an updated page keeps its first dateline),
        else the publication date."""
        m = self.rx_dateline.search(text) if self.rx_dateline is not None else None
        if m is None:
            return pub
        try:
            day = dt.date(int(m.group("year")), self.months[_norm(m.group("mon"))], self.day(m.groupdict(), "day"))
        except ValueError:
            return pub
        if pub is None or abs((pub - day).days) <= self.dateline_days:
            return day
        return pub

    def day(self, g: dict, key: str) -> int:
        return 1 if g[key].lower() in self.first_of_month else int(g[key])

    # ------------------------------------------------------------------ finding
    def find(self, text: str) -> list[_Match]:
        found: list[_Match] = []
        for kind, rx in self.patterns:
            for m in rx.finditer(text):
                g = {k: v for k, v in m.groupdict().items() if v is not None}
                if kind == "month" and not (g.get("year") or g.get("prep") or g.get("mod") or g.get("noun")):
                    continue  # a bare "mars" or "mai" is too often something else
                if self.rx_in_name and kind in ("date", "month") and self.rx_in_name[0].search(text[max(0, m.start() - 8):m.start()]) \
                        and self.rx_in_name[1].match(text[m.end():m.end() + 30]) \
                        and not self.rx_in_name_word(text[m.end():m.end() + 30]):
                    continue  # "the March 23 Movement": a name, not a date
                found.append(_Match(m.start(), m.end(), kind, g))
        # keep the longest of overlapping matches, earlier patterns winning ties
        found.sort(key=lambda x: (-(x.end - x.start), x.start))
        kept: list[_Match] = []
        for m in found:
            if all(m.end <= k.start or m.start >= k.end for k in kept):
                kept.append(m)
        return sorted(kept, key=lambda x: x.start)

    def rx_in_name_word(self, after: str) -> bool:
        """Whether the capitalised word after a date is itself a time word ("June 5 Monday")."""
        w = after.split()[0].lower().strip(",.") if after.split() else ""
        return w in self.weekdays or w in self.months

    # ------------------------------------------------------------------ resolving
    def resolve(self, m: _Match, pub: dt.date | None, future: bool | None) -> str | None:
        g, kind = m.groups, m.kind
        year = int(g["year"]) if g.get("year") else None
        if year is None and g.get("ryear") and pub is not None:
            year = pub.year + self.rel_years[_norm(g["ryear"])]  # "January of this year"
        if kind == "year":
            if self.year_range(g):
                return dates.interval(str(year), self.year_re.search(g["more"]).group(0))
            return str(year)
        if kind == "numeric_date":
            try:
                return dt.date(year, int(g["mon"]), int(g["day"])).isoformat()
            except ValueError:
                return None
        if kind == "date_range":
            mon = self.months[_norm(g["mon"])]
            mon1 = self.months[_norm(g["mon1"])] if g.get("mon1") else mon
            day1, day2 = self.day(g, "day1"), self.day(g, "day")
            if year is None:
                if pub is None:
                    return None
                year = dates.year_for_month(pub, mon, future, day2, future_slack=90)
            try:
                end = dt.date(year, mon, day2)
                first = dt.date(year if (mon1, day1) <= (mon, day2) else year - 1, mon1, day1)
            except ValueError:
                return None
            return dates.interval(first.isoformat(), end.isoformat())
        if kind in ("date", "since_date", "month", "since_month"):
            mon = self.months[_norm(g["mon"])]
            if kind in ("date", "since_date"):
                day = self.day(g, "day")
                if year is None:
                    if pub is None:
                        return None
                    year = dates.year_for_month(pub, mon, future if kind == "date" else False, day, future_slack=90)
                try:
                    value = dt.date(year, mon, day).isoformat()
                except ValueError:
                    return None
            else:
                if year is None:
                    if pub is None:
                        return None
                    year = dates.year_for_month(pub, mon, future if kind == "month" else False)
                value = f"{year}-{mon:02d}"
            if kind.startswith("since") and pub is not None:
                return dates.interval(value, pub.isoformat())
            return value
        if pub is None:
            return None
        if kind == "night":
            d2 = dates.weekday_date(pub, self.weekdays[_norm(g["wd2"])], bool(future))
            return f"{(d2 - dt.timedelta(days=1)).isoformat()}/{d2.isoformat()}"
        if kind in ("weekday", "since_wd"):
            direction = g.get("dir", "").lower()
            fut = True if direction in self.future_words else False if direction in self.past_words \
                else (False if kind == "since_wd" else bool(future))
            day = dates.weekday_date(pub, self.weekdays[_norm(g["wd"])], fut)
            if day == pub and (direction in self.future_words or direction in self.past_words):
                # "last Monday" written on a Monday is a week back, "next Monday" a week on
                day += dt.timedelta(days=7 if fut else -7)
            if kind == "since_wd":
                return dates.interval(day.isoformat(), pub.isoformat())
            return day.isoformat()
        w = _norm(g.get("w", ""))
        if kind == "rel_day":
            off = self.rel_days[w]
            if isinstance(off, str):
                a, b = (int(x) for x in off.split("/"))
                return dates.interval((pub + dt.timedelta(days=a)).isoformat(),
                                      (pub + dt.timedelta(days=b)).isoformat())
            return (pub + dt.timedelta(days=off)).isoformat()
        if kind == "rel_week":
            return dates.iso_week(pub + dt.timedelta(weeks=self.rel_weeks[w]))
        if kind == "rel_month":
            y, mth = dates.shift_months(pub, self.rel_months[w])
            return f"{y}-{mth:02d}"
        if kind == "rel_year":
            return str(pub.year + self.rel_years[w])
        if kind == "weekend":
            fut = True if any(x in w for x in self.future_words) else \
                False if any(x in w for x in self.past_words) else bool(future)
            return dates.weekend(pub, fut)
        return None

    def year_range(self, g: dict) -> bool:
        """"between 1990 and 2017": an opener of the language's ranges and exactly two years."""
        return bool(g.get("more")) and (g.get("prep") or "").lower() in self.year_range_openers and \
            len(self.year_re.findall(g["more"])) == 1

    def anchored(self, text: str, found: list[Timex], pub: dt.date | None) -> list[Timex]:
        """"depuis le début de l'offensive": from the date the story gave the offensive
        ("une offensive lancée le 15 novembre") to the publication date; "the day after the
        bombing": that date plus a day."""
        out = []
        for m in self.rx_anchored.finditer(text):
            dated = self.event_date(text, m.group("noun").lower(), m.start(), found)
            if dated:
                value = dates.interval(dated, pub.isoformat()) if pub else dated
                out.append(Timex(text=m.group(0), span=(m.start(), m.end()), value=value))
        for m in self.rx_anchored_days.finditer(text) if self.rx_anchored_days else ():
            if any(t.span[0] < m.end() and m.start() < t.span[1] and not (m.start() <= t.span[0] and t.span[1] <= m.end())
                   for t in found):
                continue  # inside a longer date ("the day after the vote on June 5")
            dated = self.event_date(text, m.group("noun").lower(), m.start(), found)
            if dated and len(dated) == 10:
                day = dt.date.fromisoformat(dated) + dt.timedelta(days=self.anchored_days[_norm(m.group("off"))])
                out.append(Timex(text=m.group(0), span=(m.start(), m.end()), value=day.isoformat()))
        return out

    @staticmethod
    def event_date(text: str, noun: str, before: int, found: list[Timex]) -> str | None:
        """The date told right after the last mention of an event's noun before ``before``."""
        dated = None
        for k in [x.start() for x in re.finditer(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", text[:before], re.I)]:
            near = [t for t in found if k < t.span[0] <= k + len(noun) + 50 and t.value]
            if near:
                dated = near[0].value.split("/")[0]
        return dated

    def years_after(self, text: str, found: list[Timex]) -> list[Timex]:
        """"En 2012, ... L'année suivante": the last year named before it, plus or minus one."""
        out = []
        if self.rx_anaphoric_year is None:
            return out
        for m in self.rx_anaphoric_year.finditer(text):
            if any(t.span[0] < m.end() and m.start() < t.span[1] for t in found):
                continue
            before = [t for t in found if t.span[1] <= m.start() and t.value and t.value[:4].isdigit()]
            if before:
                year = int(before[-1].value[:4]) + self.anaphoric_years[_norm(m.group(0))]
                out.append(Timex(text=m.group(0), span=(m.start(), m.end()), value=str(year)))
        return out

    def bare_parts(self, text: str, found: list[Timex]) -> list[Timex]:
        """"En début d'après-midi": on the last day named before it."""
        out = []
        for m in self.rx_bare_part.finditer(text):
            if any(t.span[0] <= m.start() < t.span[1] or m.start() <= t.span[0] < m.end() for t in found):
                continue
            before = [t for t in found if t.span[1] <= m.start() and t.value and len(t.value) == 10]
            if before:
                out.append(Timex(text=m.group(0), span=(m.start(), m.end()), value=before[-1].value))
        return out

    def __call__(self, doc: Doc, pub: dt.date | None) -> list[tuple[Timex, _Match]]:
        out = []
        pub = self.anchor(text_of(doc), pub)
        for m in self.find(text_of(doc)):
            future = None
            if m.kind in ("weekday", "night", "date", "date_range", "month", "weekend"):
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    future = points_to_future(span.root, self.lang)
                before = self.rx_future_before.search(text_of(doc)[max(0, m.start - 40):m.start])
                # "une délégation attendue lundi" points ahead; "ils ont attendu lundi" does not
                if before and not self.rx_past_auxiliary.search(text_of(doc)[max(0, m.start - 40):m.start][:before.start()]):
                    future = True
            value = self.resolve(m, pub, future)
            text = text_of(doc)[m.start:m.end]
            out.append((Timex(text=text, span=(m.start, m.end), value=value), m))
            # "en 2019 et 2020": each further year is its own expression
            if m.kind == "year" and m.groups.get("more") and not self.year_range(m.groups):
                base = m.end - len(m.groups["more"])
                for y in self.year_re.finditer(m.groups["more"]):
                    s = base + y.start()
                    out.append((Timex(text=y.group(0), span=(s, s + 4), value=y.group(0)), m))
        plain = [t for t, _ in out]
        anchored = self.anchored(text_of(doc), plain, pub)
        # "the day before the vote" is one expression, not "the day before" and a noun
        out = [(t, m) for t, m in out if not any(a.span[0] <= t.span[0] and t.span[1] <= a.span[1] and a.span != t.span
                                                 for a in anchored)]
        out.extend((t, None) for t in anchored)
        out.extend((t, None) for t in self.years_after(text_of(doc), plain))
        out.sort(key=lambda x: x[0].span[0])
        # bare parts of the day are kept for linking counts and events, not reported:
        # annotators rarely count them as dates of their own
        doc._.implicit_timexes = self.bare_parts(text_of(doc), plain)
        return out


def _norm(s: str) -> str:
    return " ".join(s.lower().split())


@Language.factory("veille_timexes", requires=["token.dep", "token.morph", "token.lemma", "doc._.meta"],
                  assigns=["doc._.timexes", "doc._.implicit_timexes"], default_config={"lang": LANG_CONFIG})
def make_timexes(nlp: Language, name: str, lang):
    finder = TimexFinder(lang)

    def set_timexes(doc: Doc) -> Doc:
        pub = dates.parse_iso_date((doc._.meta or {}).get("published"))
        found = finder(doc, pub)
        doc._.timexes = [t for t, _ in found]
        return doc

    return set_timexes
