"""Reading counts as French news writes them: "80 000" (with plain, no-break or narrow
no-break spaces), "80.000", "1,5 million", "huit mille", "une vingtaine", "des dizaines
de milliers". Word numbers go through text2num; vague quantities get documented bounds.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from veille.lang import DEFAULT, Lang, get_lang



@dataclass
class NumberMatch:
    start: int
    end: int
    value: int
    low: int | None = None
    high: int | None = None
    approximate: bool = False  # "une vingtaine"
    vague: bool = False        # "des dizaines"
    word: bool = False         # written in letters


def parse_digits(s: str, separators: str) -> int | None:
    """'80 000', '80.000', '8000' with separators " .", '1,5' (-> None: not an integer count)."""
    s = s.strip()
    sep = "[" + re.escape(separators) + "]"
    if re.fullmatch(rf"\d{{1,3}}(?:{sep}\d{{3}})+|\d+", s):
        return int(re.sub(sep, "", s))
    return None


def format_fr(n: int, sep: str = "\u00a0") -> str:
    """An integer as French copy writes it (used by tests and exports)."""
    return f"{n:,}".replace(",", sep)


class NumberReader:
    def __init__(self, lang: "str | Lang" = DEFAULT):
        self.lang = lang = get_lang(lang)
        lx = lang.toml("figures")
        grammar = lx["number_grammar"]
        self.text2num_lang = grammar["text2num"]
        joiner = self.joiner = grammar["joiner"]
        self.scale = {k: int(v) for k, v in lx["number_words"]["scale"].items()}
        words = [w for w in lx["number_words"]["words"] if w != joiner]
        self.approx = {k: int(v) for k, v in lx["approximate_nouns"].items()}
        self.vague = {k: int(v) for k, v in lx["vague_nouns"].items()}
        openers = lx["vague_openers"]["words"]
        # English needs no opener ("dozens of people"); French does ("des dizaines")
        opener_optional = "?" if lx["vague_openers"].get("optional") else ""
        alt = lambda xs: "|".join(re.escape(x) for x in sorted(xs, key=len, reverse=True))
        scale = alt(self.scale)
        word = rf"(?:{alt(words)})(?:-(?:{alt(words)}|{re.escape(joiner)}))*"
        self.group_separators = grammar["group_separators"]
        self.rx_digits = re.compile(lang.fill(grammar["digits"], scale=scale), re.I)
        self.rx_words = re.compile(
            rf"(?<![\w-])(?P<w>{word}(?:\s+(?:{re.escape(joiner)}\s+)?{word})*)(?:\s+(?P<scale>{scale}))?(?![\w-])", re.I)
        self.rx_approx = re.compile(
            rf"(?<![\w-])(?:{alt(grammar['approximate_articles'])})\s+(?P<n>{alt(self.approx)})s?(?![\w-])", re.I)
        definite = grammar.get("approximate_definite_articles")
        self.rx_approx_definite = re.compile(
            rf"(?<![\w-])(?:{alt(definite)})\s+(?P<n>{alt(self.approx)})(?=\s+d(?:e\s|e$|'|’))", re.I) if definite else None
        self.rx_vague = re.compile(
            rf"(?<![\w-])(?:(?:{alt(openers)})\s+){opener_optional}(?P<n>{alt(self.vague)})(?![\w-])", re.I)

    def _parts(self, phrase: str) -> list[tuple[int, int, str]]:
        """The stretches (start, end, words) of a phrase of number words between its joiners."""
        out, at = [], 0
        for j in re.finditer(rf"\s+{re.escape(self.joiner)}\s+", phrase):
            out.append((at, j.start(), phrase[at:j.start()]))
            at = j.end()
        return out + [(at, len(phrase), phrase[at:])]

    def find(self, text: str) -> list[NumberMatch]:
        out: list[NumberMatch] = []
        taken: list[tuple[int, int]] = []

        def free(s, e):
            return all(e <= a or s >= b for a, b in taken)

        for m in self.rx_vague.finditer(text):
            unit = self.vague[m.group("n").lower()]
            out.append(NumberMatch(m.start(), m.end(), 2 * unit, low=2 * unit, high=10 * unit - 1, vague=True))
            taken.append((m.start(), m.end()))
        definite = self.rx_approx_definite.finditer(text) if self.rx_approx_definite is not None else ()
        for m in [*self.rx_approx.finditer(text), *definite]:
            if free(m.start(), m.end()):
                n = self.approx[m.group("n").lower()]
                out.append(NumberMatch(m.start(), m.end(), n, approximate=True))
                taken.append((m.start(), m.end()))
        for m in self.rx_digits.finditer(text):
            if not free(m.start(), m.end()):
                continue
            base = parse_digits(m.group("int"), self.group_separators)
            if base is None:
                continue
            value: float = base
            if m.group("dec"):
                value = float(f"{base}.{m.group('dec')}")
            if m.group("scale"):
                value *= self.scale[m.group("scale").lower()]
            elif m.group("dec"):
                continue  # a decimal without "million" is not a head count
            out.append(NumberMatch(m.start(), m.end(), int(round(value))))
            taken.append((m.start(), m.end()))
        for m in self.rx_words.finditer(text):
            if not free(m.start(), m.end()):
                continue
            phrase = m.group("w")
            try:
                value = text2num(phrase.lower(), self.text2num_lang)
            except ValueError:
                # "entre dix et quinze": two numbers joined, not one compound; each is read alone
                for a, b, words in self._parts(phrase):
                    s, e = m.start("w") + a, m.start("w") + b
                    try:
                        out.append(NumberMatch(s, e, int(text2num(words.lower(), self.text2num_lang)), word=True))
                        taken.append((s, e))
                    except ValueError:
                        pass
                continue
            if m.group("scale"):
                value *= self.scale[m.group("scale").lower()]
            out.append(NumberMatch(m.start(), m.end(), int(value), word=True))
            taken.append((m.start(), m.end()))
        return sorted(out, key=lambda x: x.start)


def parse_number(text: str, lang: "str | Lang" = DEFAULT) -> int | None:
    """The value of a text that is one number expression, else None."""
    found = _reader(lang).find(text.strip())
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text.strip()):
        return found[0].value
    return None


_READERS: dict[Lang, NumberReader] = {}


def _reader(lang: "str | Lang") -> NumberReader:
    lang = get_lang(lang)
    if lang not in _READERS:
        _READERS[lang] = NumberReader(lang)
    return _READERS[lang]
