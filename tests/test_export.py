"""Exports (ACLED CSV, GeoJSON, Parquet, JSON Lines) parse back; stats and query print."""
from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

from veille import store
from veille.cli import main
from veille.export import export
from veille.export.acled import COLUMNS, neutralise
from veille.record import Record
from veille.store import Filters, schema as t

from test_ingest import corpus_items
from test_merge import GOMA, make_record




def _csv(db, filters=None) -> list[dict]:
    buf = io.StringIO()
    export(db, "acled-csv", buf, filters)
    buf.seek(0)
    reader = csv.DictReader(buf)
    assert tuple(reader.fieldnames) == COLUMNS
    return list(reader)


def _count(db, *where) -> int:
    with db.connect() as conn:
        return conn.scalar(sa.select(sa.func.count()).select_from(t.merged_events).where(*where))


def test_acled_csv_parses_back(corpus_db):
    rows = _csv(corpus_db)
    assert len(rows) == _count(corpus_db, t.merged_events.c.acled_event_type.is_not(None))
    kidal = next(r for r in rows if r["event_date"] == "2024-03-04")
    assert kidal["event_type"] == "Explosions/Remote violence" and kidal["sub_event_type"] == "Air/drone strike"
    assert (kidal["country"], kidal["admin1"], kidal["source"]) == ("Mali", "Kidal", "AFP; AP; Reuters")
    assert kidal["fatalities"] == "15" and kidal["time_precision"] == "1" and kidal["geo_precision"] == "1"
    assert abs(float(kidal["latitude"]) - 18.44) < 0.1
    assert "Tolls: AFP 12; AP 18; Reuters 15" in kidal["notes"]
    goma = next(r for r in rows if r["event_date"] == "2024-05-03")
    assert float(goma["latitude"]) < 0          # a negative number stays a number
    for r in rows:
        # the dispatches are of 2024; one recalls the army's retaking of Kidal in November 2023
        assert int(r["fatalities"]) >= 0 and r["event_date"][:4] in ("2023", "2024")
    assert {r["event_date"] for r in rows if r["event_date"] < "2024"} == {"2023-11-01"}


def test_filters(corpus_db):
    rows = _csv(corpus_db, Filters(country="Mali", since="2024-01-01"))
    # the Kidal strike and the mine two weeks later (the soldiers "blessés et évacués vers Gao" are
    # the mine's toll, no attack at Gao: since session 12); without the date, also the retaking
    # of Kidal in November 2023 that the strike's dispatch recalls
    assert {r["country"] for r in rows} == {"Mali"} and len(rows) == 2
    assert [r["event_type"] for r in rows] == ["Explosions/Remote violence"] * 2
    assert _csv(corpus_db, Filters(country="ML", since="2024-01-01")) == rows
    assert len(_csv(corpus_db, Filters(country="ML"))) == 3
    rows = _csv(corpus_db, Filters(since="2024-06-01", until="2024-06-30"))
    assert {r["event_date"] for r in rows} == {"2024-06-09", "2024-06-15"}
    rows = _csv(corpus_db, Filters(actor="m23"))              # an alias of "March 23 Movement"
    assert {r["location"] for r in rows} == {"Mugunga camp", "Sake"}
    rows = _csv(corpus_db, Filters(type="Air/drone strike", country="Soudan"))
    assert sorted(r["actor1"] for r in rows) == ["Rapid Support Forces", "Sudanese Armed Forces"]
    with corpus_db.connect() as conn:
        from veille.store.query import merged_events
        assert {m["type"] for m in merged_events(conn, Filters(type="protest"))} == {"PROTEST"}
    with pytest.raises(ValueError):
        Filters(country="Atlantide")


def test_geojson_parses_back(corpus_db):
    buf = io.StringIO()
    n = export(corpus_db, "geojson", buf)
    doc = json.loads(buf.getvalue())
    assert doc["type"] == "FeatureCollection" and len(doc["features"]) == n == _count(corpus_db)
    kharkiv = next(f for f in doc["features"] if f["properties"]["location"] == "Kharkiv"
                   and f["properties"]["type"] == "ASSAULT")
    lon, lat = kharkiv["geometry"]["coordinates"]
    assert abs(lat - 49.99) < 0.2 and abs(lon - 36.23) < 0.2
    props = kharkiv["properties"]
    assert (props["fatalities_low"], props["fatalities_best"], props["fatalities_high"]) == (9, 11, 11)
    assert {(r["source"], r["fatalities"], r["counted"]) for r in props["reports"]} >= {("AFP", 6, False), ("AFP", 11, True)}


def test_parquet_parses_back(corpus_db, tmp_path):
    out = tmp_path / "events.parquet"
    n = export(corpus_db, "parquet", out)
    table = pq.read_table(out)
    assert table.num_rows == n == _count(corpus_db)
    assert {"id", "date_start", "latitude", "longitude", "fatalities_best", "reports"} <= set(table.column_names)
    rows = table.to_pylist()
    kidal = next(r for r in rows if str(r["date_start"]) == "2024-03-04")
    assert (kidal["fatalities_low"], kidal["fatalities_best"], kidal["fatalities_high"]) == (12, 15, 18)
    assert sorted(r["source"] for r in kidal["reports"]) == ["AFP", "AP", "Reuters"]
    assert not list(tmp_path.glob("*.part"))


def test_jsonl_gives_the_records(corpus_db):
    buf = io.StringIO()
    n = export(corpus_db, "jsonl", buf)
    lines = buf.getvalue().splitlines()
    assert n == len(lines) == len(corpus_items())
    records = [Record.from_dict(json.loads(line)) for line in lines]
    assert {r.article.id for r in records} == {i["id"] for i in corpus_items()}
    buf = io.StringIO()
    export(corpus_db, "jsonl", buf, Filters(country="UA"))
    assert {json.loads(x)["article"]["source"] for x in buf.getvalue().splitlines()} == {"AFP", "Reuters", "Ukrinform"}


def test_csv_formula_injection_is_neutralised(new_store):
    evil = make_record("evil", source="=HYPERLINK(\"http://x.example\",\"clic\")", published="2024-05-04",
                       events=[dict(date="2024-05-03", killed=3, actor="@SUM(A1:A9)", mode="shelling",
                                    acled={"event_type": "Explosions/Remote violence",
                                           "sub_event_type": "Shelling/artillery/missile attack"},
                                    **{**GOMA, "place": "+33 Goma", "admin1": "-North Kivu"})])
    with store.open(new_store("evil")) as db:
        store.ingest([evil], db)
        buf = io.StringIO()
        export(db, "acled-csv", buf)
    [row] = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert row["source"] == "'=HYPERLINK(\"http://x.example\",\"clic\")"
    assert row["actor1"] == "'@SUM(A1:A9)"
    assert row["location"] == "'+33 Goma" and row["admin1"] == "'-North Kivu"
    assert float(row["longitude"]) == GOMA["lon"] and float(row["latitude"]) == GOMA["lat"]   # numbers untouched
    for line in buf.getvalue().splitlines()[1:]:
        for cell in next(csv.reader([line])):
            assert not cell.startswith(("=", "+", "@")) and (not cell.startswith("-") or _is_number(cell))
    assert neutralise("\tcmd") == "'\tcmd" and neutralise(-3.5) == -3.5 and neutralise("Goma") == "Goma"


def _is_number(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return False


def test_cli_export_stats_query(corpus_path, tmp_path, capsys):
    from veille.store.db import head_revision
    out = tmp_path / "mali.csv"
    assert main(["export", "--db", str(corpus_path), "--format", "acled-csv", "--country", "ML", "--out", str(out)]) == 0
    assert len(list(csv.DictReader(out.open(encoding="utf-8")))) == 3     # as test_filters, any date
    capsys.readouterr()
    assert main(["export", "--db", str(corpus_path), "--format", "geojson", "--type", "ASSAULT"]) == 0
    assert json.loads(capsys.readouterr().out)["type"] == "FeatureCollection"

    assert main(["stats", "--db", str(corpus_path), "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    assert stats["articles"] == stats["reports"] == len(corpus_items())
    assert stats["merged_events"] > 10 and stats["failures"] == 0 and stats["schema"] == head_revision()
    assert main(["stats", "--db", str(corpus_path)]) == 0
    assert "merged events" in capsys.readouterr().out

    assert main(["query", "--db", str(corpus_path), "--country", "UA", "--type", "ASSAULT"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["date", "type", "mode"] and len(lines) == 3
    assert "Kharkiv" in lines[2] and "11 (9-11)" in lines[2]
    assert main(["query", "--db", str(corpus_path), "--reports", "--country", "UA", "--type", "ASSAULT"]) == 0
    assert capsys.readouterr().out.count("Kharkiv") == 5

    assert main(["query", "--db", str(corpus_path), "--country", "Atlantide"]) == 2
    assert main(["stats", "--db", str(tmp_path / "missing.db")]) == 2
    assert "no store at" in capsys.readouterr().err
    assert not (tmp_path / "missing.db").exists()
