"""Gazetteer: index build (from shipped package data + kb/places_extra.tsv) and lookups."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from veille.kb import build_gazetteer as bg
from veille.resolve.gazetteer import (
    FEATURES,
    GazEntry,
    Gazetteer,
    default_path,
    haversine_km,
    loose_key,
    name_variants,
    normalize_place_name,
    split_generic,
)


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("gaz") / "gazetteer.sqlite"
    stats = bg.build(path)
    return path, stats


@pytest.fixture(scope="session")
def gaz(built):
    return Gazetteer.open(built[0], build=False)


def top(gaz, name, **kw) -> GazEntry:
    res = gaz.lookup(name, **kw)
    assert res, f"no result for {name!r} {kw}"
    return res[0]


def near(e: GazEntry, lat: float, lon: float, km: float = 25.0) -> bool:
    return e.lat is not None and haversine_km(lat, lon, e.lat, e.lon) <= km


# ------------------------------------------------------------------ normalisation


@pytest.mark.parametrize(
    "raw, key",
    [
        ("Alep", "alep"),
        ("Genève", "geneve"),
        ("Deir ez-Zor", "deir ez zor"),
        ("Deir  Ezzor", "deir ezzor"),
        ("El-Facher", "el facher"),
        ("el Facher", "el facher"),
        ("Al‑Fashir", "al fashir"),  # non-breaking hyphen
        ("Sana'a", "sanaa"),
        ("Ma’rib", "marib"),
        ("‘Ayn al ‘Arab", "ayn al arab"),
        ("golfe d’Aden", "golfe d aden"),
        ("l'Irak", "l irak"),
        ("Hodeïda", "hodeida"),
        ("  Khan   Younès ", "khan younes"),
        ("Straße", "strasse"),
        ("", ""),
    ],
)
def test_normalize_place_name(raw, key):
    assert normalize_place_name(raw) == key


def test_article_variants():
    assert name_variants("El-Facher")[:3] == ["el facher", "facher", "al facher"]
    assert "al fashir" in name_variants("Fashir")
    assert "fashir" in name_variants("Al-Fashir")
    assert "deir zor" in name_variants("Deir ez-Zor")
    assert "deir zor" in name_variants("Deir Ezzor")
    assert "irak" in name_variants("l'Irak")
    assert name_variants("") == []


def test_loose_key_spellings():
    assert loose_key("El-Facher") == loose_key("Al-Fashir") == loose_key("El Fasher")
    assert loose_key("Boutcha") == loose_key("Bucha")
    assert loose_key("Nousseirat") == loose_key("Nuseirat")
    assert loose_key("Hodeida") == loose_key("Al Hudaydah")
    assert loose_key("Aleppo") != loose_key("Alger")
    assert loose_key("Gao") == ""  # too short to compare loosely


def test_split_generic():
    assert split_generic("region de belgorod")[0] == ("belgorod", ("admin1", "admin2", "region"))
    assert ("oicha", ("site", "district", "city")) in split_generic("hopital general de reference d oicha")
    assert split_generic("belgorod") == []


# ------------------------------------------------------------------ build


def test_build_stats(built):
    path, stats = built
    assert path.exists()
    assert stats["warnings"] == [], stats["warnings"]  # every curated row resolved
    assert 10_000_000 < stats["bytes"] < 120_000_000
    assert int(stats["places"]) > 200_000
    assert stats["version"] == bg.index_version()


def test_curated_file_is_well_formed():
    rows = bg.read_extra()
    assert len(rows) > 300
    ids = set()
    for r in rows:
        assert r["op"] in ("add", "edit"), r
        if r["feature"]:
            assert r["feature"] in FEATURES, r
        if r["lat"] or r["lon"]:
            assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r
        if r["op"] == "add":
            assert r["id"] not in ids, f"duplicate id {r['id']}"
            ids.add(r["id"])
            assert r["name"] and r["feature"], r
            if r["feature"] not in ("continent",):
                assert len(r["country"]) == 2, r
            assert r["lat"] and r["lon"], r


def test_build_is_atomic(tmp_path, monkeypatch):
    target = tmp_path / "g.sqlite"

    def boom(ix, path):
        Path(path).write_bytes(b"half an index")
        raise RuntimeError("crash while writing")

    monkeypatch.setattr(bg, "_write", boom)
    with pytest.raises(RuntimeError):
        bg.build(target)
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")] == []


def test_open_missing_without_build(tmp_path):
    with pytest.raises(FileNotFoundError):
        Gazetteer.open(tmp_path / "nope.sqlite", build=False)


def test_default_path_uses_cache_env(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILLE_CACHE", str(tmp_path))
    p = default_path()
    assert p.parent == tmp_path
    assert p.name == f"gazetteer-{bg.index_version()}.sqlite"


def test_open_builds_once_into_cache(built, tmp_path, monkeypatch):
    # an existing file at the default path is used as is (no rebuild)
    monkeypatch.setenv("VEILLE_CACHE", str(tmp_path))
    dest = default_path()
    dest.write_bytes(built[0].read_bytes())
    before = dest.stat().st_mtime_ns
    g = Gazetteer.open()
    assert g.path == dest and dest.stat().st_mtime_ns == before
    assert bg.build(dest, force=False)["skipped"]


def test_index_is_read_only(gaz):
    with pytest.raises(sqlite3.OperationalError):
        gaz._conn().execute("DELETE FROM places")


# ------------------------------------------------------------------ lookups


def test_alep_is_aleppo(gaz):
    e = top(gaz, "Alep")
    assert (e.name, e.country, e.feature) == ("Aleppo", "SY", "city")
    assert near(e, 36.20, 37.13, 10)
    assert e.geonames_id == 170063 and e.id == "gn:170063"
    assert e.admin1_name


@pytest.mark.parametrize(
    "name, country",
    [("Hambourg", "DE"), ("Genève", "CH"), ("Mossoul", "IQ"), ("Hodeida", "YE"), ("Hodeïda", "YE"),
     ("Deir Ezzor", "SY"), ("Deir ez-Zor", "SY"), ("Mogadiscio", "SO"), ("Khartoum", "SD"),
     ("Omdurman", "SD"), ("Khan Younès", "PS"), ("Benghazi", "LY"), ("Zaporijjia", "UA"),
     ("Odessa", "UA"), ("Kiev", "UA"), ("Sanaa", "YE"), ("Sana'a", "YE"), ("Moscou", "RU"),
     ("Le Caire", "EG"), ("Idleb", "SY"), ("Goma", "CD"), ("Tombouctou", "ML"),
     # session 7: French spellings (ou, tch, j, ï, al-/el-) of towns of the conflicts of the 2020s
     ("Zaporojie", "UA"), ("Lyssytchansk", "UA"), ("Severodonetsk", "UA"), ("Houliaïpole", "UA"),
     ("Krementchouk", "UA"), ("Jytomyr", "UA"), ("Soudja", "RU"), ("Oum Rouaba", "SD"),
     ("El-Nahud", "SD"), ("Kabkabia", "SD"), ("Babanousa", "SD"), ("Toulkarem", "PS"),
     ("Nousseirat", "PS"), ("Nabatiyé", "LB"), ("Marjeyoun", "LB"), ("Tal Rifaat", "SY"),
     ("Jablé", "SY"), ("Taëz", "YE"), ("Moukalla", "YE"), ("Bosasso", "SO"), ("Merca", "SO"),
     ("Belet Weyne", "SO"), ("Las Anod", "SO"), ("Kasindi", "CD"), ("Kibumba", "CD"),
     ("Mahagi", "CD"), ("Anéfis", "ML"), ("Tinzaouaten", "ML"), ("Maungdaw", "MM")],
)
def test_french_exonyms_and_transliterations(gaz, name, country):
    e = top(gaz, name)
    assert e.country == country and e.feature == "city", e


def test_geneva_coordinates(gaz):
    assert near(top(gaz, "Genève"), 46.2044, 6.1432, 10)
    assert near(top(gaz, "Hambourg"), 53.5511, 9.9937, 10)


def test_kharkov_kharkiv_same_city(gaz):
    a, b = top(gaz, "Kharkov"), top(gaz, "Kharkiv")
    assert a.id == b.id and a.country == "UA" and a.feature == "city"
    assert near(a, 49.99, 36.23)


def test_kyiv_kiev_same_city(gaz):
    assert top(gaz, "Kiev").id == top(gaz, "Kyiv").id == top(gaz, "Kiïv").id


@pytest.mark.parametrize("name", ["El-Facher", "Al-Fashir", "El Facher", "el Facher", "El Fasher", "Fashir"])
def test_el_fasher_spellings(gaz, name):
    e = top(gaz, name)
    assert e.country == "SD" and e.feature == "city"
    assert near(e, 13.63, 25.35, 10)


def test_countries(gaz):
    e = top(gaz, "Syrie")
    assert (e.feature, e.country, e.id) == ("country", "SY", "cc:SY")
    assert top(gaz, "Allemagne").country == "DE" and top(gaz, "Allemagne").feature == "country"
    assert top(gaz, "RDC").country == "CD"
    assert top(gaz, "États-Unis").country == "US"
    assert top(gaz, "l'Irak").country == "IQ"
    assert top(gaz, "Birmanie").country == "MM"


def test_country_entry_and_capital(gaz):
    sy = gaz.country_entry("sy")
    assert sy is not None and sy.feature == "country" and sy.name == "Syria" and sy.name_fr == "Syrie"
    assert sy.lat is not None
    assert gaz.capital("SY").name == "Damascus"
    assert gaz.country_entry("ZZ") is None


def test_admin1(gaz):
    e = top(gaz, "Nord-Kivu")
    assert (e.feature, e.country) == ("admin1", "CD")
    assert near(e, -0.6, 28.4, 90)
    assert top(gaz, "Darfour-Nord").id == top(gaz, "North Darfur").id
    assert near(top(gaz, "Darfour-Nord"), 15.77, 24.9, 110)
    assert top(gaz, "Moyen-Djouba").country == "SO"
    assert top(gaz, "Tigré").id == top(gaz, "Tigray").id == "a1:ET.53"
    assert top(gaz, "bande de Gaza").feature == "admin1"
    assert top(gaz, "Cisjordanie").country == "PS"
    names = {e.name for e in gaz.admin1_entries("SD")}
    assert {"North Darfur", "South Darfur", "West Darfur", "Central Darfur", "East Darfur"} <= names
    assert {"North Kordofan", "South Kordofan", "West Kordofan"} <= names
    for cc in ("SY", "IQ", "YE", "UA", "SD", "CD", "ML", "BF", "NE", "NG", "SO", "ET", "LB", "AF",
               "MM", "LY", "MZ", "CM", "TD", "CF", "HT", "PS", "IL", "RU"):
        es = gaz.admin1_entries(cc)
        assert es and all(e.lat is not None and e.country == cc for e in es), cc


def test_city_named_like_its_province_is_the_city(gaz):
    for name in ("Alep", "Kharkiv", "Idleb", "Khartoum", "Belgorod", "Kidal"):
        assert top(gaz, name).feature == "city", name
    e = top(gaz, "région de Belgorod")
    assert (e.feature, e.country, e.name) == ("admin1", "RU", "Belgorod Oblast")
    assert top(gaz, "Kharkiv", feature="admin1").name == "Kharkiv Oblast"


def test_homs(gaz):
    e = top(gaz, "Homs", country="SY")
    assert e.country == "SY" and e.feature == "city" and near(e, 34.73, 36.72)
    res = gaz.lookup("Homs")
    cities = [r for r in res if r.feature == "city"]
    assert len({c.country for c in cities}) >= 2  # Homs (SY) and Al Khums (LY)
    assert res[0].population == max(c.population for c in cities)


def test_tripoli_needs_a_country_hint(gaz):
    assert top(gaz, "Tripoli").country == "LY"
    e = top(gaz, "Tripoli", country="LB")
    assert e.country == "LB" and near(e, 34.44, 35.85)


def test_gaza_is_the_strip_unless_the_city_is_named(gaz):
    e = top(gaz, "Gaza")
    assert (e.feature, e.name) == ("admin1", "Gaza Strip")
    city = top(gaz, "ville de Gaza")
    assert city.feature == "city" and city.country == "PS"
    assert top(gaz, "Gaza", feature="city").id == city.id


def test_continents_and_seas(gaz):
    assert top(gaz, "Sahel").feature == "continent"
    assert top(gaz, "mer Rouge").name == "Red Sea"
    assert top(gaz, "golfe d'Aden").name == "Gulf of Aden"
    assert top(gaz, "Europe").feature == "continent"
    assert top(gaz, "Afrique").name == "Africa"
    assert top(gaz, "Moyen-Orient").name == "Middle East"
    assert top(gaz, "Afrique de l'Ouest").feature == "continent"


def test_curated_sites_and_districts(gaz):
    z = top(gaz, "camp de Zamzam")
    assert (z.feature, z.country) == ("site", "SD") and near(z, 13.48, 25.30, 10)
    assert top(gaz, "Zamzam", country="SD").id == z.id
    assert top(gaz, "Abou Chouk").id == top(gaz, "Abu Shouk").id
    assert near(top(gaz, "Mugunga"), -1.617, 29.147, 10)
    assert top(gaz, "Nousseirat").country == "PS"
    assert top(gaz, "Saltivka").feature == "district"
    assert top(gaz, "aéroport de Sanaa").feature == "site"
    assert top(gaz, "Darfour").feature == "region"


def test_generic_heads_and_parts(gaz):
    assert top(gaz, "hôpital général de référence d'Oicha").country == "CD"
    assert top(gaz, "marché de Jilib").name == "Jilib"
    assert top(gaz, "Alep-Est").id == "gn:170063"
    assert top(gaz, "l'est d'Alep").id == "gn:170063"
    assert top(gaz, "sud de la Somalie").id == "cc:SO"


def test_filters(gaz):
    assert all(e.country == "SY" for e in gaz.lookup("Homs", country="SY"))
    assert all(e.feature == "admin1" for e in gaz.lookup("Homs", feature="admin1"))
    assert all(e.feature in ("city", "site") for e in gaz.lookup("Aleppo", feature=["city", "site"]))
    assert gaz.lookup("Alep", country="FR") == []
    assert len(gaz.lookup("Washington", limit=3)) == 3
    assert gaz.lookup("Washington", limit=0) == []


def test_unknown_names(gaz):
    assert gaz.lookup("Xqzvbnwpt") == []
    assert gaz.lookup("") == []
    assert gaz.lookup("   ") == []
    assert gaz.lookup("!!!") == []


def test_get_and_by_geonames_id(gaz):
    e = gaz.by_geonames_id(706483)
    assert e is not None and e.name == "Kharkiv"
    assert gaz.get("a1:SD.55").name == "North Darfur"
    assert gaz.by_geonames_id(163843).id == "cc:SY"  # a country's GeoNames id
    assert gaz.admin1_of(top(gaz, "El-Facher")).name == "North Darfur"


def test_nearest_city(gaz):
    e = gaz.nearest_city(36.21, 37.15, min_population=100_000)
    assert e is not None and e.name == "Aleppo"
    assert gaz.nearest_city(13.60, 25.33, country="SD", min_population=50_000).name == "El Fasher"


def test_thread_safe_reads(gaz):
    names = ["Alep", "Kharkov", "Hodeida", "Nord-Kivu", "Homs", "Syrie", "Genève"] * 40
    expected = {n: top(gaz, n).id for n in set(names)}
    errors: list = []

    def work(n):
        try:
            gaz._cache.clear()
            assert gaz._lookup(n, None, None, 1)[0].id == expected[n]
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)

    with ThreadPoolExecutor(max_workers=8) as ex:
        list(ex.map(work, names))
    assert not errors
    assert threading.active_count() >= 1


def _child_lookup(args):
    gaz, name = args
    return gaz.lookup(name)[0].id


_FORKED: dict = {}


def _forked_lookup(name, queue):
    queue.put(_FORKED["gaz"].lookup(name)[0].id)


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_process_safe_reads(gaz):
    expected = top(gaz, "Mossoul").id  # the parent holds an open connection now
    ctx = multiprocessing.get_context("fork")
    # inherited through fork
    _FORKED["gaz"] = gaz
    queue = ctx.Queue()
    proc = ctx.Process(target=_forked_lookup, args=("Mossoul", queue))
    proc.start()
    assert queue.get(timeout=60) == expected
    proc.join(timeout=60)
    assert proc.exitcode == 0
    # sent to workers (pickled as its path)
    with ctx.Pool(2) as pool:
        got = pool.map(_child_lookup, [(gaz, "Mossoul"), (gaz, "Alep")])
    assert got == [expected, top(gaz, "Alep").id]


def test_sainte_and_st_variants_and_second_level_units(gaz):
    assert name_variants("Port Sainte Lucie")[-1] == "port saint lucie"
    assert gaz.lookup("Port Sainte Lucie", limit=1)[0].country == "US"
    # the exact name stays first: a French "Sainte-" town is itself
    assert gaz.lookup("Sainte-Maxime", limit=1)[0].name == "Sainte-Maxime"
    # French départements are admin2 units (countrystatecity), under the town of the same name
    aude = gaz.lookup("Aude", feature="admin2", limit=1)[0]
    assert aude.country == "FR" and abs(aude.lat - 43.05) < 0.3
    assert gaz.lookup("Paris", limit=1)[0].feature == "city"


def test_airports_from_the_airports_table(gaz):
    # sites of the airportsdata package: by their own name, by that name less "Airport",
    # and near a town's point; a town keeps its bare name
    ist = top(gaz, "Ataturk International Airport")
    assert ist.feature == "site" and ist.id.startswith("ap:") and near(ist, 40.98, 28.81, 3)
    assert any(c.id == ist.id for c in gaz.lookup("Atatürk", limit=12))
    assert top(gaz, "Goma").feature == "city"
    goma = gaz.airports_near(-1.674, 29.228, 30)
    assert goma and goma[0].name == "Goma International Airport"
    assert all(near(a, -1.674, 29.228, 30) for a in goma)


def test_regions_of_quebec(gaz):
    for name, lat, lon in (("Mauricie", 47.5, -73.3), ("Outaouais", 46.6, -76.2), ("Montérégie", 45.35, -73.05)):
        e = top(gaz, name)
        assert (e.feature, e.country) == ("admin2", "CA") and near(e, lat, lon, 30)
    # the bare name stays the town's where a town has it
    assert top(gaz, "Laurentides").feature == "city"
