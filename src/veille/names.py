"""Names compared as keys: one place for accent folding and the keys built on it, used by
the actor registry, the knowledge base, the gazetteer and the store.

``fold("Cédéao")`` -> ``"Cedeao"``; ``name_key("l'Armée syrienne")`` -> ``"armee syrienne"``.
The words a key drops (articles, "de") are each language's (``grammar.toml`` [names]), all
languages together: a knowledge-base alias must give one key whatever the article's language.

Place names have keys of their own, for the gazetteer and its index builder:
``normalize_place_name("Deir ez-Zor")`` -> ``"deir ez zor"``, ``strip_articles`` drops the
transliterated Arabic article, ``mid_key``/``loose_key`` fold spellings ("Boutcha" = "Bucha").
"""
from __future__ import annotations

import functools
import re
import unicodedata


def fold(s: str) -> str:
    """``s`` without its accents (NFKD, combining marks dropped); case kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def compact_key(s: str) -> str:
    """Case-folded letters and digits only, accents kept apart: ``"Côte d'Ivoire"`` ->
    ``"cotedivoire"`` (country names typed by a user: any case, spacing, accents)."""
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if c.isalnum())


@functools.cache
def _leading_words() -> re.Pattern:
    from veille.lang import every_folder_toml

    drops = [w for data in every_folder_toml("grammar") for w in data.get("names", {}).get("key_drops", [])]
    return re.compile("^(?:" + "|".join(re.escape(w) for w in drops) + ")") if drops else re.compile(r"(?!)")


@functools.lru_cache(maxsize=65536)
def name_key(s: str) -> str:
    """A name as a key: folded, lower case, one kind of apostrophe, no leading article,
    punctuation as single spaces."""
    s = fold(s).lower()
    s = re.sub(r"[’'`´]", "'", s)
    s = _leading_words().sub("", s)
    return " ".join(re.sub(r"[^\w']+", " ", s).split())


# ------------------------------------------------------------------ place names

_SPECIAL = str.maketrans(
    {
        "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ø": "o", "Ø": "o",
        "đ": "d", "Đ": "d", "ð": "d", "þ": "th", "ł": "l", "Ł": "l", "ı": "i",
        "ħ": "h", "Ħ": "h", "ŧ": "t", "ŋ": "ng",
    }
)
# every kind of apostrophe / ayn / hamza mark
_APOS = "\u0027\u0060\u00b4\u02b9\u02ba\u02bb\u02bc\u02bd\u02be\u02bf\u02c8\u02ca\u02cb\u2018\u2019\u201b\u2032\u2035\uff07"
# French elision (l', d', qu', n', j', s') at a word start: the apostrophe separates words
_ELISION = re.compile(rf"(?<![^\W\d_])(qu|[ldnjsmtc])[{_APOS}]", re.I)
# any other apostrophe is dropped: "Sana'a" == "Sanaa", "Ma'rib" == "Marib"
_APOSTROPHES = re.compile(rf"[{_APOS}]")
# everything else that is not a letter or digit separates words
_SEPARATORS = re.compile(r"[^0-9a-z]+")


@functools.lru_cache(maxsize=65536)
def normalize_place_name(s: str) -> str:
    """Lowercase, strip accents, unify apostrophes, hyphens and spaces.

    ``"Deir ez-Zor"`` -> ``"deir ez zor"``, ``"El-Facher"`` -> ``"el facher"``,
    ``"Sana'a"`` -> ``"sanaa"``, ``"Genève"`` -> ``"geneve"``, ``"golfe d'Aden"`` ->
    ``"golfe d aden"`` (a French elided article stays a word of its own)."""
    if not s:
        return ""
    s = s.translate(_SPECIAL)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = _ELISION.sub(r"\1 ", s)
    s = _APOSTROPHES.sub("", s).lower()
    s = s.translate(_SPECIAL)
    s = _SEPARATORS.sub(" ", s)
    return s.strip()


# Arabic definite article and its assimilated forms, as transliterated in names
ARTICLES = frozenset(
    "al el il ul ad ed ud ar er ur as es us ash esh at et az ez an en ath adh".split()
)
_FUSED_ARTICLE = re.compile(r"^(?:a|e)([dnrstz])\1(?=[a-z]{2})")


def strip_articles(key: str) -> str:
    """Drop Arabic article tokens from a normalised key ("al fashir" -> "fashir",
    "deir ez zor" -> "deir zor", "deir ezzor" -> "deir zor"). A one-token key is kept."""
    toks = key.split()
    if len(toks) < 2:
        return key
    out = []
    for i, t in enumerate(toks):
        if t in ARTICLES:
            continue
        if i > 0:  # inner assimilated article fused with the next word: "ezzor", "arraqqa"
            m = _FUSED_ARTICLE.match(t)
            if m:
                t = t[1:]  # "ezzor" -> "zzor" (double letters are folded by loose_key)
                t = t[1:] if len(t) > 3 and t[0] == t[1] else t
        out.append(t)
    return " ".join(out) if out else key


# French/English spelling equivalences, applied in one pass (longest match first)
_FOLD = {
    "tch": "S", "tsh": "S", "sch": "S", "ch": "S", "sh": "S",
    "dzh": "j", "dj": "j", "zh": "j", "kh": "K", "gh": "g", "ph": "f", "ck": "k", "q": "k",
    "ou": "u", "w": "u", "y": "i",
}
_FOLD_RX = re.compile(r"tch|tsh|sch|dzh|ch|sh|dj|zh|kh|gh|ph|ck|q|ou|w|(?<=[a-z])y")
# a hard c is a k in every transliteration ("Racca" = "Raqqa", "Kobané" = "Cobanê")
_HARD_C = re.compile(r"c(?=c?[aouk])")
_VOWEL_H = re.compile(r"(?<=[aeiouy])h(?![aeiouy])")
_DOUBLE = re.compile(r"([a-zA-Z])\1+")
_VOWELS = re.compile(r"[aeiouy]+")


def mid_key(s: str, *, normalized: bool = False) -> str:
    """Article-free key with French/English digraphs folded (ch/sh/tch -> S, dj/zh -> j,
    ou -> u, kh -> K, q -> k...) and double letters folded, vowels kept, no spaces.
    Used to compare two spellings ("boutcha" and "bucha" both give "buSa")."""
    key = s if normalized else normalize_place_name(s)
    key = strip_articles(key)
    words = []
    for w in key.split():
        if not w.isdigit():
            w = _HARD_C.sub("k", w)
            w = _FOLD_RX.sub(lambda m: _FOLD[m.group()], w)
            w = _VOWEL_H.sub("", w)
            w = _DOUBLE.sub(r"\1", w)
        words.append(w)
    out = _DOUBLE.sub(r"\1", "".join(words))
    if len(out) > 4 and out.endswith("e") and out[-2] not in "aeiou":
        out = out[:-1]  # French mute e: "Maaret al-Noomane", "Afrine"
    return out


def loose_key(s: str, *, normalized: bool = False) -> str:
    """A transliteration-blind skeleton: :func:`mid_key` with every vowel run reduced
    to one 'a'. ``El-Facher``, ``Al-Fashir`` and ``El Fasher`` share one key. Returns
    "" for keys too short to be safe (fewer than 4 characters)."""
    return loose_from_mid(mid_key(s, normalized=normalized))


def loose_from_mid(mid: str) -> str:
    """:func:`loose_key` from an already computed :func:`mid_key`."""
    out = _VOWELS.sub("a", mid)
    return out if len(out) >= 4 else ""
