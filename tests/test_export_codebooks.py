"""ACLED and UCDP GED exports: the official columns in the official order, codebook values only,
and files that load next to a row in the official layout."""
from __future__ import annotations

import csv
import io

import pytest

from veille.export import codebook as cb, export
from veille.export.events import sentence_around
from veille.export.ucdp import deaths, type_of_violence

# the published column lists, typed from ACLED's export and the GED codebook (23.1+)
ACLED_COLUMNS = ("event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 "
                 "assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region "
                 "country admin1 admin2 admin3 location latitude longitude geo_precision source source_scale "
                 "notes fatalities tags timestamp").split()
GED_COLUMNS = ("id relid year active_year code_status type_of_violence conflict_dset_id conflict_new_id "
               "conflict_name dyad_dset_id dyad_new_id dyad_name side_a_dset_id side_a_new_id side_a "
               "side_b_dset_id side_b_new_id side_b number_of_sources source_article source_office source_date "
               "source_headline source_original where_prec where_coordinates where_description adm_1 adm_2 "
               "latitude longitude geom_wkt priogrid_gid country country_id region event_clarity date_prec "
               "date_start date_end deaths_a deaths_b deaths_civilians deaths_unknown best high low gwnoa "
               "gwnob").split()
INTERS = {"State forces", "Rebel group", "Political militia", "Identity militia", "Rioters", "Protesters",
          "Civilians", "External/Other forces"}
DISORDERS = {"Political violence", "Demonstrations", "Strategic developments", "Political violence; Demonstrations"}
ACLED_REGIONS = {"Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa",
                 "South Asia", "Southeast Asia", "East Asia", "Middle East", "Europe", "Caucasus and Central Asia",
                 "Central America", "South America", "Caribbean", "North America", "Oceania"}


def _rows(db, fmt) -> tuple[list[str], list[dict]]:
    buf = io.StringIO()
    n = export(db, fmt, buf)
    reader = csv.DictReader(io.StringIO(buf.getvalue()))
    rows = list(reader)
    assert len(rows) == n
    return reader.fieldnames, rows


def test_acled_columns_and_codes(corpus_db):
    header, rows = _rows(corpus_db, "acled-csv")
    assert header == ACLED_COLUMNS
    assert rows
    for r in rows:
        assert r["disorder_type"] in DISORDERS
        assert r["inter1"] in INTERS | {""} and r["inter2"] in INTERS | {""}
        one, _, two = r["interaction"].partition("-")
        # an event whose actors the text does not give has no interaction
        assert (r["interaction"].endswith(" only") and one.removesuffix(" only") in INTERS) or {one, two} <= INTERS \
            or (r["interaction"] == "" and not r["inter1"] and not r["inter2"])
        assert r["civilian_targeting"] in ("", "Civilian targeting")
        assert r["region"] in ACLED_REGIONS and int(r["iso"]) > 0 and int(r["year"]) in (2023, 2024)
        assert r["event_id_cnty"][:3].isalpha() and r["event_id_cnty"][3:].isdigit()
        assert r["notes"].strip() and int(r["timestamp"]) > 0
    ids = [r["event_id_cnty"] for r in rows]
    assert len(set(ids)) == len(ids)
    kidal = next(r for r in rows if r["event_date"] == "2024-03-04")
    assert kidal["event_id_cnty"].startswith("MLI") and kidal["iso"] == "466" and kidal["region"] == "Western Africa"
    assert (kidal["inter1"], kidal["interaction"], kidal["disorder_type"]) == (
        "State forces", "State forces only", "Political violence")
    assert kidal["source_scale"] == "International"
    # the notes are the evidence sentence, whole, not a clause fragment
    assert kidal["notes"].startswith("Au moins 12 civils") and ". [Tolls: AFP 12; AP 18; Reuters 15]" in kidal["notes"]
    protest = next(r for r in rows if r["event_type"] == "Protests")
    assert (protest["actor1"], protest["inter1"], protest["disorder_type"]) == (
        "Protesters (Senegal)", "Protesters", "Demonstrations")


def test_acled_ids_are_stable_across_exports(corpus_db):
    assert [r["event_id_cnty"] for r in _rows(corpus_db, "acled-csv")[1]] == \
        [r["event_id_cnty"] for r in _rows(corpus_db, "acled-csv")[1]]


def test_ucdp_columns_and_conventions(corpus_db):
    header, rows = _rows(corpus_db, "ucdp-csv")
    assert header == GED_COLUMNS
    assert rows
    for r in rows:
        assert r["type_of_violence"] in ("1", "2", "3")
        assert r["where_prec"] in {str(i) for i in range(1, 8)} and r["date_prec"] in {str(i) for i in range(1, 6)}
        low, best, high = int(r["low"]), int(r["best"]), int(r["high"])
        assert 0 < best and low <= best <= high
        assert sum(int(r[k]) for k in ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown")) == best
        assert r["region"] in {"Africa", "Americas", "Asia", "Europe", "Middle East"}
        assert r["date_start"] <= r["date_end"] and r["year"] == r["date_start"][:4]
        lon, lat = r["geom_wkt"].removeprefix("POINT (").removesuffix(")").split()
        assert (float(lat), float(lon)) == (float(r["latitude"]), float(r["longitude"]))
        assert int(r["priogrid_gid"]) == cb.priogrid_gid(float(r["latitude"]), float(r["longitude"]))
    kidal = next(r for r in rows if r["date_start"] == "2024-03-04")
    assert (kidal["low"], kidal["best"], kidal["high"]) == ("12", "15", "18")
    assert kidal["number_of_sources"] == "3" and kidal["source_office"] == "AFP; AP; Reuters"
    assert kidal["country"] == "Mali" and kidal["region"] == "Africa" and kidal["where_prec"] == "1"
    regions = {r["country"]: r["region"] for r in rows}
    assert regions.get("Lebanon", "Middle East") == "Middle East" and regions.get("Ukraine", "Europe") == "Europe"


def test_both_files_load_with_pandas_next_to_an_official_row(corpus_db):
    pd = pytest.importorskip("pandas")
    for fmt, columns in (("acled-csv", ACLED_COLUMNS), ("ucdp-csv", GED_COLUMNS)):
        buf = io.StringIO()
        export(corpus_db, fmt, buf)
        ours = pd.read_csv(io.StringIO(buf.getvalue()))
        official = pd.DataFrame([{c: None for c in columns}])   # a row in the official layout
        both = pd.concat([official, ours], ignore_index=True)
        assert list(both.columns) == list(columns) and len(both) == len(ours) + 1


def test_inter_types_from_names_and_kinds():
    assert cb.acled_inter("Rapid Support Forces", "armed_group") == "Rebel group"
    assert cb.acled_inter("Malian Armed Forces", "military") == "State forces"
    assert cb.acled_inter("Dozo militia", "armed_group") == "Political militia"
    assert cb.acled_inter("Protesters", "other") == "Protesters"
    assert cb.acled_inter("civilians", None) == "Civilians"
    assert cb.acled_inter("OCHA", "organization") == "External/Other forces"
    assert cb.acled_inter(None, None) == ""
    assert cb.acled_interaction("Civilians", "State forces") == "State forces-Civilians"
    assert cb.acled_interaction("Rebel group", "") == "Rebel group only"
    assert cb.disorder_type("Violence against civilians", "Attack") == "Political violence"
    assert cb.disorder_type("Violence against civilians", "Excessive force against protesters") == \
        "Political violence; Demonstrations"
    assert cb.source_scale(["AFP", "Radio Okapi"]) == "National-International" and cb.source_scale(["X"]) == ""
    assert cb.acled_region("UA") == "Europe" and cb.acled_region("SD") == "Northern Africa"
    assert cb.acled_region("GE") == "Caucasus and Central Asia" and cb.acled_region("MM") == "Southeast Asia"
    assert cb.ged_region("SY") == "Middle East" and cb.ged_region("AF") == "Asia" and cb.ged_region("CD") == "Africa"


def test_priogrid_cells():
    assert cb.priogrid_gid(-89.9, -179.9) == 1
    assert cb.priogrid_gid(89.9, 179.9) == 259200
    assert cb.priogrid_gid(-89.9, -179.4) == 2          # the next cell east
    assert cb.priogrid_gid(-89.4, -179.9) == 721        # the next row north
    assert cb.priogrid_gid(None, 3.0) is None


def test_type_of_violence_and_deaths_split():
    ev = {"acled_event_type": "Battles", "fatalities_best": 20, "deaths": [("soldiers", 5), ("fighters", 12)]}
    assert type_of_violence(ev, "State forces", "Rebel group") == 1
    assert type_of_violence(ev, "Rebel group", "Political militia") == 2
    assert type_of_violence({**ev, "acled_event_type": "Violence against civilians"}, "Rebel group", "") == 3
    assert deaths(ev, True, False) == {"deaths_a": 5, "deaths_b": 12, "deaths_civilians": 0, "deaths_unknown": 3}
    # neither side a government: GED cannot tell whose the fighters were
    assert deaths(ev, False, False)["deaths_unknown"] == 20
    civ = {"fatalities_best": 12, "deaths": [("civilians", 9), ("children", 3)]}
    assert deaths(civ, False, False)["deaths_civilians"] == 12
    overlapping = {"fatalities_best": 10, "deaths": [("people", 10), ("soldiers", 4)]}
    assert deaths(overlapping, True, False) == {"deaths_a": 0, "deaths_b": 0, "deaths_civilians": 0, "deaths_unknown": 10}


def test_evidence_sentence():
    text = "GOMA (AFP) - Premier point. Au moins 12 civils ont été tués lundi à Sake, a dit un élu. La suite."
    start = text.index("tués")
    assert sentence_around(text, start, start + 4) == "Au moins 12 civils ont été tués lundi à Sake, a dit un élu."
    quoted = "Il a dit: « Ils ont tiré sur nous. » Puis rien."
    s = quoted.index("tiré")
    assert sentence_around(quoted, s, s + 5) == "Il a dit: « Ils ont tiré sur nous. »"
