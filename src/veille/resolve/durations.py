"""Lengths of time as news writes them: "sept jours", "une semaine", "72 heures", "dix
jours", in days, from the units of ``lang/<code>/scope.toml`` and the number words the
figures use (``NumberReader``). Shared by figure scopes ("200 tués en une semaine") and by
truces ("une trêve de sept jours")."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from veille.lang import load_toml
from veille.resolve.numbers import NumberReader

@dataclass(frozen=True)
class Duration:
    start: int
    end: int
    days: float


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


class DurationReader:
    def __init__(self, lang: str = "fr"):
        lx = load_toml(lang, "scope")
        self.units = {k.lower(): float(v) for k, v in lx["durations"].items()}
        # words that stand for "one" before a unit ("une semaine") and elided articles ("d'une")
        self.one = set(lx.get("duration_one", {}).get("words", []))
        self.elisions = tuple(lx.get("duration_one", {}).get("elisions", []))
        self.numbers = NumberReader(lang)
        unit = _alt(self.units)
        openers = _alt(lx["duration_openers"]["words"])
        # "de sept jours", "d'une semaine", "de 72 heures": an opener, a number (or one), a unit
        self.rx_length = re.compile(rf"(?<![\w-])(?:{openers})\s*(?P<n>[\w'’ \u00a0-]{{0,30}}?)\s*(?P<u>{unit})(?![\w-])",
                                    re.I)

    def count(self, words: str) -> float | None:
        """The number in a short phrase ("sept", "72", "une", ""), None if it is not one."""
        w = " ".join(words.replace("’", "'").split()).lower()
        if w in ("",) or w in self.one:
            return 1.0
        for prefix in self.elisions:
            w = w.removeprefix(prefix)
        found = self.numbers.find(w)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(w):
            return float(found[0].value)
        return None

    def length_of(self, text: str) -> Duration | None:
        """The first length given with an opener ("de sept jours", "d'une semaine") in ``text``."""
        for m in self.rx_length.finditer(text):
            n = self.count(m.group("n"))
            if n is not None:
                return Duration(m.start(), m.end(), n * self.units[m.group("u").lower()])
        return None

    def days(self, number: str, unit: str) -> float | None:
        n = self.count(number)
        u = self.units.get(unit.lower())
        return None if n is None or u is None else n * u


@functools.cache
def reader(lang: str = "fr") -> DurationReader:
    return DurationReader(lang)
