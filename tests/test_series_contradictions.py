"""Toll series (store/series.py) and claims held against reports (store/contradictions.py),
on hand-made records: a revision, event tolls apart from running totals, a truce then an
attack, a denial against the reports that name the denier."""
from __future__ import annotations

import csv
import io

import pytest

from veille import export, store
from veille.record import Actor, ArticleMeta, Event, Figure, Place, Record, sha256_text
from veille.store import contradictions, series
from veille.store.query import Filters

KHARKIV = dict(name="Kharkiv", feature="city", country="UA", lat=49.98, lon=36.25, admin1="Kharkiv")
KADUGLI = dict(name="Kadugli", feature="city", country="SD", lat=11.01, lon=29.72, admin1="South Kordofan")
EL_OBEID = dict(name="El Obeid", feature="city", country="SD", lat=13.18, lon=30.22, admin1="North Kordofan")
EL_FASHER = dict(name="El Fasher", feature="city", country="SD", lat=13.63, lon=25.35, admin1="North Darfur")
JEDDAH = dict(name="Jeddah", feature="city", country="SA", lat=21.54, lon=39.17, admin1="Makkah")
GAZA = dict(name="Gaza Strip", feature="region", country="PS", lat=31.4, lon=34.4, admin1=None)

ACTORS = {"Rapid Support Forces": ("armed_group", "SD"), "Sudanese Armed Forces": ("military", "SD"),
          "March 23 Movement": ("armed_group", "CD"), "Russian Armed Forces": ("military", "RU")}


def record(aid: str, source: str, published: str, sentences: list[dict]) -> Record:
    """One article of one sentence per dict: ``text``, and optionally an event (``type``,
    ``mode``, ``status``, ``date``, ``place``, ``actor``) and a figure (``killed`` with
    ``scope``, ``scope_start``, ``scope_end``); the evidence is the whole sentence."""
    text = " ".join(s["text"] for s in sentences)
    rec = Record(article=ArticleMeta(id=aid, published=published, source=source, sha256=sha256_text(text), text=text))
    pos = 0
    for i, s in enumerate(sentences, 1):
        span = (pos, pos + len(s["text"]))
        pos = span[1] + 1
        place_id = actor_id = None
        if s.get("place"):
            place_id = f"p{i}"
            rec.places.append(Place(id=place_id, **s["place"]))
        if s.get("actor"):
            actor_id = f"a{i}"
            kind, cc = ACTORS[s["actor"]]
            rec.actors.append(Actor(id=actor_id, name=s["actor"], kind=kind, country=cc))
        figs = []
        if s.get("killed") is not None:
            rec.figures.append(Figure(id=f"f{i}", kind="killed", group="people", best=s["killed"], span=span,
                                      place=place_id, date=s.get("date"), scope=s.get("scope", "event"),
                                      scope_start=s.get("scope_start"), scope_end=s.get("scope_end")))
            figs = [f"f{i}"] if s.get("scope", "event") == "event" else []
        if s.get("type"):
            rec.events.append(Event(id=f"e{i}", type=s["type"], span=span, mode=s.get("mode"),
                                    status=s.get("status", "occurred"), source=actor_id, place=place_id,
                                    date=s.get("date"), figures=figs))
    return rec


def attack(text, date, place, actor=None, killed=None):
    return dict(text=text, type="ASSAULT", mode="shelling", date=date, place=place, actor=actor, killed=killed)


@pytest.fixture
def db(new_store):
    with store.open(new_store("analysis")) as d:
        yield d


def lines_of(s):
    return {ln.source: [(p.value, p.revision) for p in ln.points] for ln in s.lines}


def test_a_source_raising_its_toll_is_a_revision(db):
    store.ingest([
        record("k1", "AFP", "2024-06-15", [attack("Six morts.", "2024-06-15", KHARKIV, "Russian Armed Forces", 6)]),
        record("k2", "AFP", "2024-06-16", [attack("Onze morts.", "2024-06-15", KHARKIV, "Russian Armed Forces", 11)]),
        record("k3", "Reuters", "2024-06-16", [attack("Neuf morts.", "2024-06-15", KHARKIV, None, 9)]),
    ], db)
    (s,) = series.build(db, series.SeriesFilters(scope="event"))
    assert s.place == "Kharkiv" and s.merged_id
    assert lines_of(s) == {"AFP": [(6, None), (11, 5)], "Reuters": [(9, None)]}
    assert s.spread["low"] == 9 and s.spread["high"] == 11 and s.spread["range"] == 2
    assert s.to_dict()["revisions"] == 1


def test_running_totals_apart_from_event_tolls_with_revisions_both_ways(db):
    since = dict(scope="cumulative", scope_start="2023-10-07")
    store.ingest([
        record("g1", "AFP", "2024-06-01", [dict(text="Bilan : 15 000 morts depuis le 7 octobre.", place=GAZA,
                                                killed=15000, scope_end="2024-06-01", **since),
                                           attack("Trente morts samedi.", "2024-06-01", GAZA, None, 30)]),
        record("g2", "AFP", "2024-06-10", [dict(text="Bilan : 15 899 morts.", place=GAZA, killed=15899,
                                                scope_end="2024-06-10", **since)]),
        record("g3", "AFP", "2024-06-12", [dict(text="Bilan revu : 15 800 morts.", place=GAZA, killed=15800,
                                                scope_end="2024-06-12", **since)]),
        record("g4", "Reuters", "2024-06-11", [dict(text="Bilan : 14 000 morts.", place=GAZA, killed=14000,
                                                    scope_end="2024-06-11", **since)]),
    ], db)
    (cum,) = series.build(db, series.SeriesFilters(place="PS", scope="cumulative"))
    assert cum.since == "2023-10-07"
    assert lines_of(cum) == {"AFP": [(15000, None), (15899, 899), (15800, -99)], "Reuters": [(14000, None)]}
    assert cum.spread["latest"] == {"AFP": 15800, "Reuters": 14000}
    (ev,) = series.build(db, series.SeriesFilters(place="Gaza", scope="event"))
    assert lines_of(ev) == {"AFP": [(30, None)]}      # the event's toll, not the totals
    assert series.build(db, series.SeriesFilters(place="Mali")) == []
    assert [s.scope for s in series.build(db, series.SeriesFilters(place="PS", source="reuters"))] == ["cumulative"]


def test_a_truce_then_an_attack_in_its_area_within_its_length(db):
    truce = dict(text="Les FSR ont annoncé un cessez-le-feu de dix jours autour de Kadugli.", type="CONCEDE",
                 mode="ceasefire", status="announced", date="2024-11-04", place=KADUGLI, actor="Rapid Support Forces")
    store.ingest([
        record("t1", "AFP", "2024-11-04", [truce]),
        record("t2", "Reuters", "2024-11-07", [attack("Des obus des FSR ont tué six civils à Kadugli.", "2024-11-07",
                                                     KADUGLI, "Rapid Support Forces", 6)]),
        record("t3", "AFP", "2024-11-03", [attack("La veille, des tirs à Kadugli.", "2024-11-03", KADUGLI)]),
        record("t4", "AFP", "2024-11-20", [attack("Nouveaux tirs à Kadugli.", "2024-11-20", KADUGLI)]),
        record("t5", "AFP", "2024-11-07", [attack("Combats à El Obeid.", "2024-11-07", EL_OBEID)]),
    ], db)
    (c,) = contradictions.find(db)
    assert c.kind == "truce_then_attack" and c.by_party is True
    assert (c.claim.article_id, c.report.article_id) == ("t1", "t2")
    assert c.claim.evidence.startswith("Les FSR ont annoncé un cessez-le-feu")
    assert c.report.evidence.startswith("Des obus des FSR") and c.report.date == "2024-11-07"
    assert "3 day(s) after the truce from 2024-11-04 (10 days)" in c.note


def test_a_truce_agreed_abroad_covers_the_parties_country(db):
    store.ingest([
        record("j1", "AFP", "2024-05-10", [dict(text="L'armée a accepté à Djeddah une trêve de sept jours.", type="AGREE",
                                                mode="agreement", date="2024-05-09", place=JEDDAH,
                                                actor="Sudanese Armed Forces")]),
        record("j2", "AFP", "2024-05-12", [attack("Raids sur El-Facher.", "2024-05-12", EL_FASHER, "Sudanese Armed Forces")]),
        record("j3", "AFP", "2024-06-09", [attack("Raids sur El-Facher un mois plus tard.", "2024-06-09", EL_FASHER)]),
    ], db)
    found = contradictions.find(db, kind="truce_then_attack")
    assert [(c.claim.article_id, c.report.article_id) for c in found] == [("j1", "j2")]
    assert "in SD" in found[0].note


def test_a_denial_against_the_reports_that_name_the_denier(db):
    store.ingest([
        record("d1", "AFP", "2024-05-04", [
            attack("Neuf civils ont été tués par des obus sur le camp.", "2024-05-03",
                   dict(name="Goma", feature="city", country="CD", lat=-1.68, lon=29.22, admin1="North Kivu"), None, 9),
            dict(text="Le M23 a démenti toute implication.", type="REJECT", mode="reject", status="denied",
                 actor="March 23 Movement")]),
        record("d2", "Reuters", "2024-05-04", [
            attack("Des bombardements du M23 ont tué dix civils.", "2024-05-03",
                   dict(name="Goma", feature="city", country="CD", lat=-1.68, lon=29.22, admin1="North Kivu"),
                   "March 23 Movement", 10)]),
    ], db)
    (c,) = contradictions.find(db)
    assert c.kind == "denial_vs_reports"
    assert (c.claim.article_id, c.claim.event_id, c.claim.status) == ("d1", "e2", "denied")
    assert (c.report.article_id, c.report.actor) == ("d2", "March 23 Movement")
    assert c.report.reports == ["d2#e1"]
    assert c.claim.evidence == "Le M23 a démenti toute implication."
    assert contradictions.find(db, country="Mali") == [] and len(contradictions.find(db, source="Reuters")) == 1


def test_a_denial_nobody_contradicts_is_not_flagged(db):
    goma = dict(name="Goma", feature="city", country="CD", lat=-1.68, lon=29.22, admin1="North Kivu")
    store.ingest([
        record("n1", "AFP", "2024-05-04", [attack("Neuf civils tués.", "2024-05-03", goma, None, 9),
                                           dict(text="Le M23 a démenti.", type="REJECT", mode="reject",
                                                status="denied", actor="March 23 Movement")]),
        record("n2", "Reuters", "2024-05-04", [attack("Dix civils tués par l'armée.", "2024-05-03", goma,
                                                      "Sudanese Armed Forces", 10)]),
    ], db)
    assert contradictions.find(db) == []


def test_api_and_csv_exports(db, tmp_path):
    from fastapi.testclient import TestClient
    from veille.serve.app import create_app

    store.ingest([
        record("k1", "AFP", "2024-06-15", [attack("Six morts.", "2024-06-15", KHARKIV, "Russian Armed Forces", 6)]),
        record("k2", "AFP", "2024-06-16", [attack("Onze morts.", "2024-06-15", KHARKIV, "Russian Armed Forces", 11)]),
    ], db)
    with TestClient(create_app(db.url.render_as_string(hide_password=False))) as client:
        r = client.get("/api/series", params={"place": "Kharkiv", "scope": "event"})
        assert r.status_code == 200
        (item,) = r.json()["items"]
        assert [p["value"] for p in item["lines"][0]["points"]] == [6, 11] and item["revisions"] == 1
        assert client.get("/api/series", params={"scope": "nonsense"}).status_code == 422
        assert client.get("/api/contradictions").json() == {"total": 0, "items": []}
        assert client.get("/api/contradictions", params={"country": "Atlantis"}).status_code == 422
    buf = io.StringIO()
    assert export.export(db, "series-csv", buf, Filters(country="UA")) == 3   # 2 event points, 1 running
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [(r["scope"], r["value"], r["revision"]) for r in rows] == [
        ("event", "6", ""), ("event", "11", "5"), ("running", "11", "")]
    out = tmp_path / "c.csv"
    assert export.export(db, "contradictions-csv", str(out)) == 0
    assert out.read_text(encoding="utf-8").startswith("id,kind,note,by_party,claim_article_id")


def test_a_denied_attack_with_its_own_day_and_place(db):
    # "L'armée a démenti avoir bombardé El-Facher lundi": the denial is an attack, dated and placed
    store.ingest([
        record("s1", "Anadolu", "2024-06-11", [dict(text="L'armée a démenti avoir bombardé le marché lundi.",
                                                    type="ASSAULT", mode="airstrike", status="denied",
                                                    date="2024-06-10", place=EL_FASHER, actor="Sudanese Armed Forces")]),
        record("s2", "Reuters", "2024-06-11", [attack("Des frappes de l'armée ont tué 12 civils lundi.", "2024-06-10",
                                                      EL_FASHER, "Sudanese Armed Forces", 12)]),
        record("s3", "AFP", "2024-06-11", [attack("Des frappes ont touché Kadugli lundi.", "2024-06-10", KADUGLI,
                                                  "Sudanese Armed Forces")]),
    ], db)
    (c,) = contradictions.find(db, kind="denial_vs_reports")
    assert (c.claim.article_id, c.report.article_id) == ("s1", "s2")
    assert "denies the shelling of 2024-06-10 in El Fasher" in c.note


def test_a_rejection_whose_trigger_denies_is_a_denial_whatever_its_status():
    """"Le M23 a démenti toute implication": the denial happened (status occurred, as the gold
    has it); its trigger makes it a claim to hold against the reports."""
    from types import SimpleNamespace as Row

    from veille.store.contradictions import is_denial
    assert is_denial(Row(status="occurred", type="REJECT", trigger="démenti", lang="fr"))
    assert is_denial(Row(status="occurred", type="REJECT", trigger="denied", lang="en"))
    assert is_denial(Row(status="denied", type="ASSAULT", trigger="attaque", lang="fr"))
    assert not is_denial(Row(status="occurred", type="REJECT", trigger="rejeté", lang="fr"))
    assert not is_denial(Row(status="occurred", type="ACCUSE", trigger="démenti", lang="fr"))
