"""Time expressions: found with patterns built from ``lang/<code>/time.toml``, resolved
against the publication date, weekday direction taken from the governing verb's tense.

Libraries such as dateparser resolve a bare "samedi" to the past and read "8000" as a
year, so the finder only accepts shapes a French dispatch uses for dates, and the
resolver works on those spans alone.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from veille.lang import Lang, alternation as _alt, get_lang
from veille.nlp.grammar import governing_verb, points_to_future
from veille.record import Timex
from veille.resolve import dates
from veille.resolve.numbers import parse_number
from veille.nlp.links import cache_of, text_of
from veille.nlp.extensions import LANG_CONFIG
from veille.nlp.kb_ruler import SPANS_KEY as KB_SPANS


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
        openers = lx["direction_words"].get("future_openers", [])
        self.rx_future_opener = re.compile(rf"(?:{_alt(openers)})(?![\w-])", re.I) if openers else None
        # "En 2015, ... le 13 novembre": a year opening the sentence frames its days (absent: none)
        self.year_frame_openers = {_norm(w) for w in lx.get("year_frame", {}).get("openers", [])}
        nouns = lx["direction_words"].get("past_event_nouns", [])
        of = lx["direction_words"].get("past_event_of", [])
        # (the noun, then the "of" a date takes after it, inside the date or before it: "l'attaque du 7 octobre")
        self.rx_past_event_before = re.compile(
            rf"(?<![\w-])(?:{_alt(nouns)})\s+(?:(?:{_alt(of) or '(?!x)x'})\s+)?$", re.I) if nouns else None
        grammar = lx["grammar"]
        self.first_of_month = {_norm(w) for w in grammar["first_of_month"]}
        # years of other centuries ("en 1648") only when no lowercase word follows ("1500 ans")
        year = r"(?:1[89]\d\d|20\d\d|1[0-7]\d\d(?!\s+(?-i:[a-zà-ÿ])))"
        self.holidays = {_norm(k): v for k, v in lx.get("holidays", {}).items()}
        ago = lx.get("ago", {})
        self.ago_units = {k.lower(): v for k, v in ago.get("units", {}).items()}
        # "au premier trimestre", "in the first half of 2024": a part of a year (absent: none)
        parts = lx.get("year_parts", {})
        self.year_part_ordinals = {k.lower(): int(v) for k, v in parts.get("ordinals", {}).items()}
        self.year_part_months = {k.lower(): int(v) for k, v in parts.get("units", {}).items()}
        slots = dict(
            b=r"(?<![\w-])", e=r"(?![\w-])", year=year, dyear=r"(?:1\d\d\d|20\d\d)", wd=_alt(self.weekdays), mo=_alt(self.months),
            part=_alt(lx["parts_of_day"]["words"]), mod=_alt(lx["month_modifiers"]["words"]),
            yprep=_alt(lx["year_prepositions"]["words"]), since=_alt(lx["since"]["words"]),
            dirw=_alt(self.past_words | self.future_words), first=_alt(grammar["first_of_month"]),
            rel_days=_alt(self.rel_days), rel_weeks=_alt(self.rel_weeks), rel_months=_alt(self.rel_months),
            rel_years=_alt(self.rel_years), weekend=_alt(self.weekend_words),
            dird=_alt(lx["direction_words"].get("dates", [])) or r"(?!x)x",
            holiday=_alt(self.holidays) or r"(?!x)x", ago=ago.get("opener", r"(?!x)x").replace(" ", r"\s+"),
            ago_units=_alt(self.ago_units) or r"(?!x)x",
            part_ord=_alt(self.year_part_ordinals) or r"(?!x)x", part_unit=_alt(self.year_part_months) or r"(?!x)x",
            # a year counted from publication right after a date ("March 3 last year"): one expression
            ryear=_alt([w for w in grammar.get("years_after_date", []) if w.lower() in self.rel_years]) or r"(?!x)x",
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
        # a weekday naming a weekly rite ("la prière du vendredi", "Friday prayers"); absent: none does
        self.rx_rite_before = re.compile(grammar["rite_before"], re.I) if grammar.get("rite_before") else None
        self.rx_rite_after = re.compile(grammar["rite_after"], re.I) if grammar.get("rite_after") else None
        # a date a few words after "since", in the phrase that opens: "depuis le coup d'État du 26
        # juillet" is behind, whatever the clause's tense
        self.rx_since_phrase = re.compile(rf"(?<![\w-])(?:{_alt(lx['since']['behind'])})\s+(?:[^\W\d][\w'’-]*\s+){{0,5}}$",
                                          re.I) if lx["since"].get("behind") else None
        anch = lx["anchored"]
        self.rx_anchored = re.compile(rf"{slots['b']}{anch['opener']}(?P<noun>{_alt(anch['nouns'])}){slots['e']}", re.I)
        # "the day after the bombing": so many days from the date the story gave that event
        # (absent: none)
        self.anchored_days = {_norm(k): int(v) for k, v in anch.get("days", {}).items()}
        # the article the language may put before the event's noun ("the day after the bombing")
        article = anch.get("days_article", "")
        self.rx_anchored_days = re.compile(
            rf"{slots['b']}(?P<off>{_alt(self.anchored_days)})\s+{article}(?P<noun>{_alt(anch['nouns'])}){slots['e']}",
            re.I) if self.anchored_days else None
        # nouns that, undated, name the story's own event ("the day after the tragedy")
        self.story_nouns = {_norm(w) for w in anch.get("story_nouns", [])}
        # ...unless a name follows the noun ("l'attaque du Hamas"): another event than the story's
        self.rx_story_not_after = re.compile(anch.get("story_not_after", r"(?!)"))
        # between a date and an anchored day that restates it ("le 8 octobre, au lendemain de")
        self.rx_apposed = re.compile(anch.get("apposed", r"(?!)"))
        # "le lendemain", "trois jours plus tard": days counted from the last day the story named
        ana = lx.get("anaphoric_days", {})
        self.ana_days = {_norm(k): v for k, v in ana.items() if isinstance(v, int)}
        self.rx_anaphoric_day = re.compile(
            rf"{slots['b']}(?P<w>{_alt(self.ana_days)}){slots['e']}(?!{ana.get('not_before', '(?!x)x')})",
            re.I) if self.ana_days else None
        until = lx.get("anaphoric_until_now", {}).get("words", [])
        self.rx_until_now = re.compile(rf"{slots['b']}(?:{_alt(until)}){slots['e']}", re.I) if until else None
        cd = lx.get("counted_days", {})
        self.count_units = counted_units(self.lang)
        self.count_after = {_norm(w) for w in cd.get("after", [])}
        self.rx_counted = re.compile(
            rf"{slots['b']}(?P<u>{_alt(self.count_units)})\s+(?P<t>{_alt(cd['after'] + cd['before'])}){slots['e']}"
            rf"(?!{cd.get('not_before', '(?!x)x')})", re.I) if self.count_units else None
        self.rx_count_opener = re.compile(rf"(?:{_alt(cd.get('openers', []))})\s+$", re.I) \
            if cd.get("openers") else None
        self.rx_bare_part = re.compile(rf"{slots['b']}(?:{_alt(lx['bare_parts_of_day']['words'])}){slots['e']}", re.I)
        hours = lx["bare_parts_of_day"].get("hours")
        self.rx_hour = re.compile(hours, re.I) if hours else None
        # "l'année suivante": a year counted from the last one named
        self.anaphoric_years = {k.lower(): int(v) for k, v in lx.get("anaphoric_years", {}).items()}
        self.rx_anaphoric_year = re.compile(
            rf"{slots['b']}(?:{_alt(self.anaphoric_years)}){slots['e']}", re.I) if self.anaphoric_years else None
        # "«Hier, une unité a été prise à partie», indique le communiqué publié vendredi": a
        # relative day inside a quotation counts from the day the words were said
        sent = lang.toml("grammar").get("sentences", {})
        self.rx_quote = re.compile("|".join(rf"{re.escape(o)}[^{re.escape(c)}]{{1,2000}}{re.escape(c)}"
                                            for o, c in zip(sent.get("opening", []), sent.get("closing", [])))) \
            if sent.get("opening") else None
        self.report_verbs = {w.lower() for w in lx.get("report_time_verbs", {}).get("lemmas", [])}
        bio = lx.get("biographical", {}).get("before")
        self.rx_biographical = re.compile(bio, re.I) if bio else None
        # a body dateline dates the text (absent: the publication date alone does)
        dl = lx.get("dateline", {})
        self.rx_dateline = re.compile(lang.fill(dl["pattern"], **slots), re.I) if dl.get("pattern") else None
        self.dateline_days = int(dl.get("max_days", 0))
        # "between 1990 and 2017", "from 2011 to 2013": one interval (absent: each year its own)
        self.year_range_openers = {w.lower() for w in lx.get("year_ranges", {}).get("openers", [])}

    def quoted_days(self, doc: Doc, out: list) -> None:
        """Relative days inside a quotation ("«Hier, ...»") count from the day the words were
        said: a day governed by a verb of saying or publishing, right after the quotation
        ("», a raconté vendredi un habitant") or, failing that, before it ("Dans un communiqué
        publié vendredi soir ... «Hier»"); with none, from the publication date as before."""
        if self.rx_quote is None:
            return
        text = text_of(doc)
        quotes = [(m.start(), m.end()) for m in self.rx_quote.finditer(text)]
        inside = [(t, m) for t, m in out if m is not None and m.kind == "rel_day" and t.value and len(t.value) == 10
                  and isinstance(self.rel_days.get(_norm(m.groups.get("w", ""))), int)]
        if not quotes or not inside:
            return
        said = []
        for t, _ in out:
            if not (t.value and len(t.value) == 10) or any(q[0] < t.span[0] < q[1] for q in quotes):
                continue
            span = doc.char_span(t.span[0], t.span[1], alignment_mode="expand")
            verb = governing_verb(span.root) if span is not None else None
            if verb is not None and verb.lemma_.lower() in self.report_verbs:
                said.append(t)
        for t, m in inside:
            q = next((q for q in quotes if q[0] < t.span[0] < q[1]), None)
            if q is None:
                continue
            after = [s for s in said if q[1] <= s.span[0] < q[1] + 150]
            before = [s for s in said if s.span[1] <= q[0] and q[0] - s.span[1] < 800]
            anchor = after[0] if after else before[-1] if before else None
            if anchor is not None:
                day = dt.date.fromisoformat(anchor.value) + dt.timedelta(days=self.rel_days[_norm(m.groups["w"])])
                t.value = day.isoformat()

    def dateline_span(self, text: str) -> tuple[int, int] | None:
        """Where the body dateline stands ("22 mars 2016. –"), if the text has one."""
        m = self.rx_dateline.search(text) if self.rx_dateline is not None else None
        return (m.start(), m.end()) if m else None

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
        return 1 if _norm(g[key]) in self.first_of_month or g[key].lower() in self.first_of_month else int(g[key])

    # ------------------------------------------------------------------ finding
    def find(self, text: str) -> list[_Match]:
        found: list[_Match] = []
        for kind, rx in self.patterns:
            for m in rx.finditer(text):
                g = {k: v for k, v in m.groupdict().items() if v is not None}
                if kind == "month" and not (g.get("year") or g.get("prep") or g.get("mod") or g.get("noun") or g.get("dir")):
                    continue  # a bare "mars" or "mai" is too often something else
                if kind in ("ago", "since_ago") and parse_number(g["n"], self.lang) is None:
                    continue  # "il y a quelques jours", "depuis le début du mois": no count
                if self.rx_in_name and kind in ("date", "month") and self.rx_in_name[0].search(text[max(0, m.start() - 8):m.start()]) \
                        and self.rx_in_name[1].match(text[m.end():m.end() + 30]) \
                        and not self.rx_in_name_word(text[m.end():m.end() + 30]):
                    continue  # "the March 23 Movement": a name, not a date
                if kind == "weekday" and (
                        (self.rx_rite_before and self.rx_rite_before.search(text, max(0, m.start() - 30), m.start())) or
                        (self.rx_rite_after and self.rx_rite_after.match(text, m.end()))):
                    continue  # "la prière du vendredi": a rite, not a day
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
        if kind in ("date", "month", "since_month", "holiday") and g.get("dir"):
            # "le 3 mai dernier", "en juin prochain": the word fixes the direction
            d = _norm(g["dir"]).rstrip("s")
            future = True if d in self.future_words else False if d in self.past_words else future
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
                if mon1 != mon:
                    # "du 20 janvier au 20 février": the start fixes the year (it is the part
                    # told as past or future), the end follows it
                    y1 = dates.year_for_month(pub, mon1, future, day1, future_slack=90)
                    year = y1 if (mon1, day1) <= (mon, day2) else y1 + 1
                else:
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
                    # ("à partir du 1er septembre" told in the future is a start ahead, no span to now)
                    year = dates.year_for_month(pub, mon, future if kind == "date" else bool(future), day,
                                                future_slack=90, past_slack=21 if kind == "date" else 7)
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
            if kind.startswith("since") and pub is not None and not future:
                return dates.interval(value, pub.isoformat())
            return value
        if kind == "year_part":
            # "au premier trimestre 2024" = 2024-01/2024-03; without a year, the latest one that
            # the tense allows (a part still to come when the verb points ahead)
            size = self.year_part_months[_norm(g["u"])]
            which = self.year_part_ordinals[_norm(g["q"])]
            which = which if which > 0 else 12 // size + 1 + which  # (-1: the last, "le dernier trimestre")
            first = (which - 1) * size + 1
            if first + size - 1 > 12:
                return None
            if year is None:
                if pub is None:
                    return None
                year = pub.year
                if not future and (year, first) > (pub.year, pub.month):
                    year -= 1
            return dates.interval(f"{year}-{first:02d}", f"{year}-{first + size - 1:02d}")
        if kind == "holiday":
            mon, day = (int(x) for x in self.holidays[_norm(g["w"])].split("-"))
            if year is None:
                if pub is None:
                    return None
                year = dates.year_for_month(pub, mon, future, day, future_slack=90)
            return dt.date(year, mon, day).isoformat()
        if pub is None:
            return None
        if kind == "ago":
            n, unit = parse_number(g["n"], self.lang), self.ago_units[g["u"].lower()]
            if n is None:
                return None
            if unit == "day":
                return (pub - dt.timedelta(days=n)).isoformat()
            if unit == "week":
                return dates.iso_week(pub - dt.timedelta(weeks=n))
            if unit == "month":
                y, mth = dates.shift_months(pub, -n)
                return f"{y}-{mth:02d}"
            return f"{pub.year - n:04d}"
        if kind == "since_ago":
            n, unit = parse_number(g["n"], self.lang), self.ago_units[g["u"].lower()]
            if n is None:
                return None
            if unit == "day":
                start = (pub - dt.timedelta(days=n)).isoformat()
            elif unit == "week":
                start = dates.iso_week(pub - dt.timedelta(weeks=n))
            elif unit == "month" or g.get("half"):
                y, mth = dates.shift_months(pub, -(n * 12 + 6 if unit == "year" else n))
                start = f"{y}-{mth:02d}"
            else:
                start = f"{pub.year - n:04d}"
            return dates.interval(start, pub.isoformat())
        if kind == "night1":
            direction = _norm(g.get("dir", ""))
            fut = True if direction in self.future_words else False if direction in self.past_words else bool(future)
            d1 = dates.weekday_date(pub, self.weekdays[_norm(g["wd"])], fut)
            return f"{d1.isoformat()}/{(d1 + dt.timedelta(days=1)).isoformat()}"
        if kind == "night":
            d2 = dates.weekday_date(pub, self.weekdays[_norm(g["wd2"])], bool(future))
            return f"{(d2 - dt.timedelta(days=1)).isoformat()}/{d2.isoformat()}"
        if kind in ("weekday", "since_wd"):
            direction = g.get("dir", "").lower()
            fut = True if direction in self.future_words else False if direction in self.past_words \
                else bool(future)
            day = dates.weekday_date(pub, self.weekdays[_norm(g["wd"])], fut)
            if day == pub and (direction in self.future_words or direction in self.past_words):
                # "last Monday" written on a Monday is a week back, "next Monday" a week on
                day += dt.timedelta(days=7 if fut else -7)
            elif (pub - day).days == 1 and direction in self.past_words:
                # "last Monday" written on a Tuesday is not yesterday (the text would say so): a week back
                day -= dt.timedelta(days=7)
            if kind == "since_wd" and not future:
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

    def framing_year(self, doc: Doc, m: _Match, before: list[tuple[Timex, _Match]]) -> str | None:
        """The year that opens the sentence of a day or month told without one ("En 2015, le pays
        avait connu une vague d'attentats : le 13 novembre, ..."), if one does; not a year told
        inside the clause ("l'accord, signé en 2010, a été dénoncé le 3 mars")."""
        if m.kind not in ("date", "month", "date_range") or m.groups.get("year") or m.groups.get("dir") \
                or m.groups.get("ryear") or not self.year_frame_openers:
            return None
        years = [(t, x) for t, x in before if x is not None and x.kind == "year" and t.span[1] <= m.start
                 and _norm(x.groups.get("prep") or "") in self.year_frame_openers and not x.groups.get("more")]
        if not years:
            return None
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return None
        sent = span.sent
        first = next((t for t in sent if not (t.is_punct or t.is_space)), None)
        return next((t.value for t, _ in years if first is not None and t.span[0] == first.idx), None)

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
            if any(t.span[0] < m.end() and m.start() < t.span[1] for t in found):
                continue  # "depuis le début de l'année": the year itself
            dated = self.event_date(text, m.group("noun").lower(), m.start(), found)
            if dated:
                value = dates.interval(dated, pub.isoformat()) if pub else dated
                out.append(Timex(text=m.group(0), span=(m.start(), m.end()), value=value))
        for m in self.rx_anchored_days.finditer(text) if self.rx_anchored_days else ():
            if any(t.span[0] < m.end() and m.start() < t.span[1] and not (m.start() <= t.span[0] and t.span[1] <= m.end())
                   for t in found):
                continue  # inside a longer date ("the day after the vote on June 5")
            if any(self.rx_apposed.fullmatch(text[t.span[1]:m.start()]) for t in found if t.span[1] <= m.start()):
                continue  # "le 8 octobre, au lendemain de l'attaque": the date told already
            dated = self.event_date(text, m.group("noun").lower(), m.start(), found)
            if dated is None and _norm(m.group("noun")) in self.story_nouns and \
                    not self.rx_story_not_after.match(text, m.end()):
                dated = self.story_day(text, m.start(), found, pub)
            if dated and len(dated) == 10:
                day = dt.date.fromisoformat(dated) + dt.timedelta(days=self.anchored_days[_norm(m.group("off"))])
                out.append(Timex(text=m.group(0), span=(m.start(), m.end()), value=day.isoformat()))
        return out

    def story_day(self, text: str, before: int, found: list[Timex], pub: dt.date | None) -> str | None:
        """The first day the story named before ``before``, the dateline aside, not after the
        day the text is dated: the day of the event a story is about ("Un homme a été tué mardi
        ... au lendemain du drame")."""
        line = self.dateline_span(text)
        for t in sorted(found, key=lambda t: t.span[0]):
            if t.span[0] >= before:
                break
            if line and line[0] <= t.span[0] < line[1]:
                continue
            day = _day(t.value) if t.value else None
            if day is not None and len(t.value) == 10 and (pub is None or day <= pub):
                return t.value
        return None

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

    def anaphoric_days(self, text: str, found: list[Timex], pub: dt.date | None) -> list[Timex]:
        """"Le 20 mars ... le lendemain", "cinq jours plus tard": days counted from the last day
        named before them (the start of an interval); "la veille" with none, from the
        publication date."""
        spans = []
        if self.rx_until_now is not None and pub is not None:
            for m in self.rx_until_now.finditer(text):
                spans.append((m.start(), m.end(), None, False))
        if self.rx_anaphoric_day is not None:
            for m in self.rx_anaphoric_day.finditer(text):
                spans.append((m.start(), m.end(), self.ana_days[_norm(m.group("w"))], False))
        if self.rx_counted is not None:
            for m in self.rx_counted.finditer(text):
                start, n = self.count_before(text, m.start())
                if n is None:
                    continue
                sign = 1 if _norm(m.group("t")) in self.count_after else -1
                opener = self.rx_count_opener.search(text[max(0, start - 20):start]) if self.rx_count_opener else None
                if opener:
                    start -= len(text[max(0, start - 20):start]) - opener.start()
                spans.append((start, m.end(), sign * n * self.count_units[m.group("u").lower()], True))
        out: list[Timex] = []
        for s, e, off, counted in sorted(spans, key=lambda x: (x[0], x[1])):
            if any(t.span[0] < e and s < t.span[1] for t in found + out):
                continue
            # (not a stretch up to now, "que les civils fuient depuis le 6 mai": no day told)
            before = [t for t in found + out if t.span[1] <= s and t.value and _day(t.value)
                      and (off is not None or _day(t.value) < pub)
                      and not (pub is not None and "/" in t.value and t.value.endswith(pub.isoformat()))]
            if before:
                base = _day(max(before, key=lambda t: t.span[1]).value)
                if off is None:  # "dans les jours suivants": from that day to now
                    if base < pub:
                        out.append(Timex(text=text[s:e], span=(s, e), value=dates.interval(base.isoformat(), pub.isoformat())))
                    continue
            elif off == -1 and not counted and pub is not None:
                base = pub  # "la veille" in a story that named no day: the day before publication
            else:
                continue
            out.append(Timex(text=text[s:e], span=(s, e), value=(base + dt.timedelta(days=off)).isoformat()))
        return out

    def count_before(self, text: str, end: int) -> tuple[int, int | None]:
        """The number that ends right before ``end`` ("cinq " in "cinq jours"): its start and
        value, the longest of up to four words that reads as one number."""
        words = list(re.finditer(r"[\w'’-]+", text[max(0, end - 40):end]))
        base = max(0, end - 40)
        if not words or text[base + words[-1].end():end].strip():
            return end, None
        for k in range(min(4, len(words)), 0, -1):
            first = words[-k]
            n = parse_number(text[base + first.start():base + words[-1].end()], self.lang)
            if n is not None and n > 0:
                return base + first.start(), n
        return end, None

    def bare_parts(self, text: str, found: list[Timex], pub: dt.date | None = None) -> list[Timex]:
        """"En début d'après-midi": on the last day named before it. "Vers 21 heures": on the
        last day or night named before it within a week of the publication date (a story
        hardly gives the hour of a background date: "le 18 mars"); an hour of a night dates
        what happened in it with the night, as annotators date counts of a night raid."""
        out = []
        parts = [(m, False) for m in self.rx_bare_part.finditer(text)]
        if self.rx_hour is not None:
            parts = sorted(parts + [(m, True) for m in self.rx_hour.finditer(text)], key=lambda x: x[0].start())
        for m, hour in parts:
            if any(t.span[0] < m.end() and m.start() < t.span[1] for t in found + out):
                continue
            if hour:
                before = [t for t in found if t.span[1] <= m.start() and t.value and _day(t.value)
                          and (pub is None or abs((_day(t.value) - pub).days) <= 7)]
            else:
                before = [t for t in found if t.span[1] <= m.start() and t.value and len(t.value) == 10]
            # (not a day still to come named in another sentence: "ont appelé à observer une minute de
            # silence lundi. Des centaines de personnes se sont rassemblées en fin de journée")
            before = [t for t in before if not (pub is not None and _day(t.value) and _day(t.value) > pub and
                                                re.search(r"[.!?]\s", text[t.span[1]:m.start()]))]
            if before:
                out.append(Timex(text=m.group(0), span=(m.start(), m.end()), value=before[-1].value))
        return out

    def __call__(self, doc: Doc, pub: dt.date | None) -> list[tuple[Timex, _Match]]:
        out = []
        pub = self.anchor(text_of(doc), pub)
        for m in self.find(text_of(doc)):
            future = None
            if m.kind in ("weekday", "night", "night1", "date", "date_range", "month", "weekend", "holiday",
                          "since_date", "since_month", "since_wd"):
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if span is not None:
                    future = points_to_future(span.root, self.lang, time_word=True)
                # (a preposition that opens the date is read with the word before it: "repoussé au
                # 12 juin" is put off, "a repoussé samedi une attaque" repelled)
                lead = span[0].idx + len(span[0].text) + 1 if span is not None and span[0].pos_ == "ADP" and len(span) > 1 \
                    else m.start
                window = text_of(doc)[max(0, m.start - 40):lead]
                before = self.rx_future_before.search(window)
                # "une délégation attendue lundi" points ahead; "ils ont attendu lundi" does not
                if before and not self.rx_past_auxiliary.search(window[:before.start()]):
                    future = True
                elif future is None and m.kind in ("date", "month") and self.rx_since_phrase is not None and \
                        self.rx_since_phrase.search(text_of(doc), max(0, m.start - 50), m.start):
                    future = False
                if self.rx_future_opener is not None and self.rx_future_opener.match(text_of(doc), m.start):
                    future = True  # "d'ici septembre": a deadline ahead
                elif self.rx_past_event_before is not None and m.kind == "date" and \
                        self.rx_past_event_before.search(text_of(doc), max(0, m.start - 40), m.start):
                    future = False  # "l'attaque du 7 octobre": a happening past
            value = self.resolve(m, pub, future)
            framed = self.framing_year(doc, m, out) if future is not True else None
            if framed is not None and value and value[:4] != framed:
                # (resolved again from the middle of that year, no tense: the day falls in it)
                value = self.resolve(m, dt.date(int(framed), 7, 2), None) or value
            text = text_of(doc)[m.start:m.end]
            out.append((Timex(text=text, span=(m.start, m.end), value=value), m))
            # "en 2019 et 2020": each further year is its own expression
            if m.kind == "year" and m.groups.get("more") and not self.year_range(m.groups):
                base = m.end - len(m.groups["more"])
                for y in self.year_re.finditer(m.groups["more"]):
                    s = base + y.start()
                    out.append((Timex(text=y.group(0), span=(s, s + 4), value=y.group(0)), m))
        self.quoted_days(doc, out)
        plain = [t for t, _ in out]
        anchored = self.anchored(text_of(doc), plain, pub)
        # "the day before the vote" is one expression, not "the day before" and a noun
        out = [(t, m) for t, m in out if not any(a.span[0] <= t.span[0] and t.span[1] <= a.span[1] and a.span != t.span
                                                 for a in anchored)]
        out.extend((t, None) for t in anchored)
        out.extend((t, None) for t in self.years_after(text_of(doc), plain))
        out.sort(key=lambda x: x[0].span[0])
        out.extend((t, None) for t in self.anaphoric_days(text_of(doc), [t for t, _ in out], pub))
        out.sort(key=lambda x: x[0].span[0])
        plain = [t for t, _ in out]
        # bare parts of the day are kept for linking counts and events, not reported:
        # annotators rarely count them as dates of their own
        doc._.implicit_timexes = self.bare_parts(text_of(doc), plain, pub)
        return out


@functools.cache
def counted_units(lang: Lang) -> dict[str, int]:
    """The units of a count of days, in days ("trois jours", "two weeks": time.toml [counted_days])."""
    return {k.lower(): int(v) for k, v in lang.toml("time").get("counted_days", {}).get("units", {}).items()}


@functools.cache
def _finder(lang: str) -> TimexFinder:
    return TimexFinder(lang)


def body_dateline(doc: Doc) -> tuple[int, int] | None:
    """Where the text's body dateline stands ("22 mars 2016. –"): derived from the text and
    its language alone, computed once per doc."""
    cache = cache_of(doc)
    if "body_dateline" not in cache:
        lang = (doc._.meta or {}).get("lang") or "fr"
        cache["body_dateline"] = _finder(lang).dateline_span(text_of(doc))
    return cache["body_dateline"]


def biographical(doc: Doc, t: Timex) -> bool:
    """Whether a time expression is a date of birth ("né le 31 décembre 1977")."""
    rx = _finder((doc._.meta or {}).get("lang") or "fr").rx_biographical
    return rx is not None and bool(rx.search(text_of(doc)[max(0, t.span[0] - 20):t.span[0]]))


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("’", "'").split())


def _day(value: str) -> dt.date | None:
    """The day a value starts on, when it names one ("2024-05-02", "2024-05-02/2024-05-03")."""
    return dates.parse_iso_date(value.split("/")[0]) if len(value.split("/")[0]) == 10 else None


@Language.factory("veille_timexes", requires=["token.dep", "token.morph", "token.lemma", "doc._.meta"],
                  assigns=["doc._.timexes", "doc._.implicit_timexes"], default_config={"lang": LANG_CONFIG})
def make_timexes(nlp: Language, name: str, lang):
    finder = TimexFinder(lang)

    def set_timexes(doc: Doc) -> Doc:
        pub = dates.parse_iso_date((doc._.meta or {}).get("published"))
        found = finder(doc, pub)
        # a date inside a known body's name is its name ("le Mouvement du 23 mars")
        names = [(sp.start_char, sp.end_char) for sp in doc.spans.get(KB_SPANS, ())]
        doc._.timexes = [t for t, _ in found if not any(a <= t.span[0] and t.span[1] <= b for a, b in names)]
        return doc

    return set_timexes


def ahead_of_publication(doc: Doc, x) -> bool:
    """The time ``x`` starts after the dispatch's publication day (none is, without that day)."""
    published = dates.parse_iso_date((doc._.meta or {}).get("published"))
    return published is not None and (dates.date_bounds(x.value)[0] or published) > published


def timexes_in(doc: Doc, start: int, end: int):
    """Time expressions in [start, end) that may date a count or an event: those reported,
    and the implicit ones ("en début d'après-midi": the last day named) that only serve to
    date; not dates of birth, nor the body dateline when the stretch names another time."""
    found = list(doc._.timexes or []) + list(doc._.implicit_timexes or [])
    # a date of birth ("né le 31 décembre 1977") dates a life, not what the story reports
    here = sorted((t for t in found if t.span[0] < end and t.span[1] > start and not biographical(doc, t)),
                  key=lambda t: t.span[0])
    # the body dateline ("18 février 2017. –") dates the report; a time the story gives in
    # the same stretch ("a fait un mort vendredi soir") dates what happened
    dl = body_dateline(doc)
    if dl is not None:
        story = [t for t in here if not (dl[0] <= t.span[0] and t.span[1] <= dl[1])]
        if len(story) < len(here) and any(t.value for t in story):
            return story
    return here
