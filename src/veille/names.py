"""Names compared as keys: one place for accent folding and the keys built on it, used by
the actor registry, the knowledge base, the gazetteer and the store.

``fold("Cédéao")`` -> ``"Cedeao"``; ``name_key("l'Armée syrienne")`` -> ``"armee syrienne"``.
The words a key drops (articles, "de") are each language's (``grammar.toml`` [names]), all
languages together: a knowledge-base alias must give one key whatever the article's language.
"""
from __future__ import annotations

import functools
import re
import unicodedata


def fold(s: str) -> str:
    """``s`` without its accents (NFKD, combining marks dropped); case kept."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


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
