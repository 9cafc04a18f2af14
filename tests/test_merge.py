"""Merge: the reports of one real-world event across articles become one merged event."""
from __future__ import annotations

import datetime as dt
import random

import sqlalchemy as sa

from veille import store
from veille.record import Actor, ArticleMeta, Event, Figure, Place, Record, sha256_text
from veille.store import merge, schema as t
from veille.store.merge import combine_tolls

from test_ingest import merged_snapshot, stored_records


def make_record(aid: str, *, source: str | None, published: str, events: list[dict]) -> Record:
    """A hand-made record: each event dict gives date, place (name, lat, lon, country,
    feature, admin1), and optionally type, actor, killed, status, acled."""
    text = f"Dépêche {aid} : " + " ".join(f"événement {i}." for i in range(len(events)))
    rec = Record(article=ArticleMeta(id=aid, published=published, source=source, sha256=sha256_text(text), text=text))
    for i, e in enumerate(events, 1):
        rec.places.append(Place(id=f"p{i}", name=e["place"], feature=e.get("feature", "city"), country=e.get("country"),
                                lat=e.get("lat"), lon=e.get("lon"), admin1=e.get("admin1")))
        src = None
        if e.get("actor"):
            rec.actors.append(Actor(id=f"a{i}", name=e["actor"], kind="armed_group"))
            src = f"a{i}"
        figs = []
        if e.get("killed") is not None:
            rec.figures.append(Figure(id=f"f{i}", kind="killed", group="people", best=e["killed"], span=(0, 7)))
            figs = [f"f{i}"]
        rec.events.append(Event(id=f"e{i}", type=e.get("type", "ASSAULT"), span=(0, len(text)), mode=e.get("mode"),
                                status=e.get("status", "occurred"), source=src, place=f"p{i}", date=e.get("date"),
                                figures=figs, acled=e.get("acled")))
    return rec


GOMA = dict(place="Goma", lat=-1.679, lon=29.222, country="CD", admin1="North Kivu")
SAKE = dict(place="Sake", lat=-1.574, lon=29.043, country="CD", admin1="North Kivu")        # 22 km from Goma
BUKAVU = dict(place="Bukavu", lat=-2.508, lon=28.861, country="CD", admin1="South Kivu")    # 100 km




def merged_at(db, location_like: str, day: str, type_: str = "ASSAULT") -> list[dict]:
    """The merged events of a type at a place and day (statements are placed at the story's
    town too since session 5: an accusation or an appeal beside an attack is another event)."""
    with db.connect() as conn:
        rows = conn.execute(sa.select(t.merged_events).where(
            t.merged_events.c.location.like(location_like), t.merged_events.c.type == type_,
            t.merged_events.c.date_start == dt.date.fromisoformat(day))).mappings().all()
        out = []
        for r in rows:
            links = conn.execute(sa.select(t.merged_event_reports).where(
                t.merged_event_reports.c.merged_id == r["id"])).mappings().all()
            out.append({**r, "links": sorted((dict(x) for x in links), key=lambda x: (x["article_id"], x["event_id"]))})
        return out


def test_three_agencies_one_strike(corpus_db):
    """AFP 12, Reuters 15, AP 18 dead in the Kidal market strike: one event, 12/15/18."""
    [kidal] = merged_at(corpus_db, "%Kidal%", "2024-03-04")
    assert kidal["type"] == "ASSAULT" and kidal["country"] == "ML"
    assert (kidal["n_reports"], kidal["n_sources"], kidal["sources"]) == (3, 3, "AFP; AP; Reuters")
    assert (kidal["fatalities_low"], kidal["fatalities_best"], kidal["fatalities_high"]) == (12, 15, 18)
    assert {x["source"]: x["fatalities"] for x in kidal["links"]} == {"AFP": 12, "Reuters": 15, "AP": 18}
    assert all(x["counted"] for x in kidal["links"])
    assert kidal["acled_event_type"] == "Explosions/Remote violence"


def test_a_later_higher_toll_supersedes_the_same_sources_earlier_one(corpus_db):
    """AFP said 6 then 11 in Kharkiv, Reuters 9, Ukrinform 11: AFP's 11 stands; best is the most cited."""
    [kharkiv] = merged_at(corpus_db, "Kharkiv", "2024-06-15")
    afp = {x["article_id"]: (x["fatalities"], x["counted"]) for x in kharkiv["links"] if x["source"] == "AFP"}
    assert afp == {"2024-06-15--AFP--ukraine-kharkiv-frappe": (6, False),
                   "2024-06-16--AFP--ukraine-kharkiv-bilan": (11, True)}
    assert (kharkiv["fatalities_low"], kharkiv["fatalities_best"], kharkiv["fatalities_high"]) == (9, 11, 11)
    assert kharkiv["n_sources"] == 3


def test_other_actor_same_place_and_day_stays_apart(corpus_db):
    """El-Facher, 9 June: the RSF shelling (AFP, Reuters) and the army's air raids (Anadolu)."""
    events = merged_at(corpus_db, "%El Fasher%", "2024-06-09")
    by_actor = {e["source_actor"]: e for e in events}
    assert set(by_actor) == {"Rapid Support Forces", "Sudanese Armed Forces"}
    assert by_actor["Rapid Support Forces"]["sources"] == "AFP; Reuters"
    assert (by_actor["Rapid Support Forces"]["fatalities_low"], by_actor["Rapid Support Forces"]["fatalities_high"]) == (20, 27)
    assert by_actor["Sudanese Armed Forces"]["sources"] == "Anadolu"


def test_same_place_other_day_stays_apart(corpus_db):
    [mine] = merged_at(corpus_db, "Kidal", "2024-03-20")
    assert mine["n_reports"] == 1 and mine["fatalities_best"] == 2


def test_a_province_report_joins_the_town_report(corpus_db):
    """RFI places the Niger attack in the Tillabéri region, AFP in Bankilaré (in that region)."""
    [niger] = merged_at(corpus_db, "Bankilaré", "2024-07-08")
    assert niger["sources"] == "AFP; RFI"
    assert (niger["fatalities_low"], niger["fatalities_best"], niger["fatalities_high"]) == (14, 14, 20)
    assert niger["feature"] == "city"       # the finer place names the merged event


def test_merge_is_independent_of_ingest_order(corpus_db, corpus_new_store):
    """The corpus' records, in shuffled orders and chunks (each chunk merged on its own), give
    the same merged events as the clean run and as a full rebuild."""
    records = stored_records(corpus_db)
    expected = merged_snapshot(corpus_db)
    with corpus_db.connect() as conn:      # the corpus has events told by several articles
        assert conn.scalar(sa.select(sa.func.count()).where(t.merged_events.c.n_reports > 1)) >= 8
    for seed in (1, 2, 3):
        rng = random.Random(seed)
        order = records[:]
        rng.shuffle(order)
        with store.open(corpus_new_store(f"shuffled-{seed}")) as db:
            i = 0
            while i < len(order):
                n = rng.randint(1, 9)
                store.ingest(order[i:i + n], db, merge_every=rng.randint(1, 4))
                i += n
            assert merged_snapshot(db) == expected
            merge.rebuild(db)
            assert merged_snapshot(db) == expected


def test_combine_tolls():
    assert combine_tolls([18, 12, 15]) == (12, 15, 18)        # all different: the median
    assert combine_tolls([11, 9, 11]) == (9, 11, 11)          # the most cited
    assert combine_tolls([8, 10]) == (8, 8, 10)               # even count: the lower middle value
    assert combine_tolls([10, 10, 20, 20]) == (10, 10, 20)    # a tie between most cited: the median
    assert combine_tolls([7]) == (7, 7, 7)
    assert combine_tolls([]) == (None, None, None)


def test_merge_rules_on_hand_made_reports(new_store):
    recs = [
        make_record("a", source="AFP", published="2024-05-04", events=[dict(date="2024-05-03", killed=5, **GOMA)]),
        # Sake is 22 km from Goma: a city-level place within 25 km
        make_record("b", source="Reuters", published="2024-05-04", events=[dict(date="2024-05-03", killed=7, **SAKE)]),
        # a day later still overlaps (one day of tolerance); no actor named is compatible
        make_record("c", source="AP", published="2024-05-05",
                    events=[dict(date="2024-05-04", killed=6, actor="March 23 Movement", **GOMA)]),
        # Bukavu is 100 km away: another event
        make_record("d", source="AFP", published="2024-05-04", events=[dict(date="2024-05-03", killed=3, **BUKAVU)]),
        # a protest in Goma that day is not the assault
        make_record("e", source="AFP", published="2024-05-04", events=[dict(type="PROTEST", date="2024-05-03", **GOMA)]),
        # a country-level report a week later: its own event
        make_record("f", source="Xinhua", published="2024-05-10",
                    events=[dict(date="2024-05-09", place="DR Congo", feature="country", lat=-2.5, lon=23.5, country="CD")]),
        # planned, undated or month-long events are not merged at all
        make_record("g", source="AFP", published="2024-05-04", events=[
            dict(date="2024-05-10", status="planned", **GOMA), dict(date=None, **GOMA),
            dict(date="2024-02/2024-05-04", **GOMA)]),
    ]
    with store.open(new_store("hand")) as db:
        store.ingest(recs, db)
        with db.connect() as conn:
            groups = {}
            for mid, aid, eid in conn.execute(sa.select(t.merged_event_reports.c.merged_id,
                                                        t.merged_event_reports.c.article_id,
                                                        t.merged_event_reports.c.event_id)):
                groups.setdefault(mid, set()).add(f"{aid}#{eid}")
            goma = conn.execute(sa.select(t.merged_events).where(t.merged_events.c.n_reports == 3)).mappings().one()
        assert sorted(map(sorted, groups.values())) == [["a#e1", "b#e1", "c#e1"], ["d#e1"], ["e#e1"], ["f#e1"]]
        assert (goma["fatalities_low"], goma["fatalities_best"], goma["fatalities_high"]) == (5, 6, 7)
        assert goma["source_actor"] == "March 23 Movement"
        assert str(goma["date_start"]) == "2024-05-03" and str(goma["date_end"]) == "2024-05-03"


def test_actors_in_conflict_split_a_component_the_same_way_in_any_order(new_store):
    """Goma on the 3rd by the M23 (X), by the army (Y), and one report naming nobody (Z):
    Z is compatible with both, X and Y are not. Complete linkage keeps X and Y apart and
    puts Z with the first of them in (date, article id) order, whatever the ingest order."""
    x = make_record("x", source="AFP", published="2024-05-04",
                    events=[dict(date="2024-05-03", actor="March 23 Movement", killed=4, **GOMA)])
    y = make_record("y", source="Reuters", published="2024-05-04",
                    events=[dict(date="2024-05-03", actor="Armed Forces of the DRC", killed=9, **GOMA)])
    z = make_record("z", source="AP", published="2024-05-04", events=[dict(date="2024-05-03", killed=5, **GOMA)])
    results = []
    for i, order in enumerate(([x, y, z], [z, y, x], [y, z, x])):
        with store.open(new_store(f"order-{i}")) as db:
            for rec in order:                 # one merge per record: the incremental path
                store.ingest([rec], db)
            results.append(merged_snapshot(db))
            with db.connect() as conn:
                groups = sorted(tuple(sorted(g)) for g in _groups(conn).values())
            assert groups == [("x#e1", "z#e1"), ("y#e1",)]
    assert results[0] == results[1] == results[2]


def test_replacing_a_report_regroups_its_old_neighbours(new_store):
    """A chain of daily reports in Goma: 1st, 2nd, 3rd. Complete linkage groups (1st, 2nd) and
    (3rd). When the 1st article is corrected to another town, (2nd, 3rd) become one event;
    the incremental merge must find that as a full rebuild does."""
    day = lambda aid, d, place=GOMA: make_record(aid, source=aid.upper(), published=d,  # noqa: E731
                                                 events=[dict(date=d, killed=1, **place)])
    with store.open(new_store("chain")) as db:
        store.ingest([day("d1", "2024-05-01"), day("d2", "2024-05-02"), day("d3", "2024-05-03")], db)
        with db.connect() as conn:
            assert sorted(tuple(sorted(g)) for g in _groups(conn).values()) == [("d1#e1", "d2#e1"), ("d3#e1",)]
        res = store.ingest([day("d1", "2024-05-01", BUKAVU)], db)
        assert res.replaced == 1
        with db.connect() as conn:
            assert sorted(tuple(sorted(g)) for g in _groups(conn).values()) == [("d1#e1",), ("d2#e1", "d3#e1")]
        incremental = merged_snapshot(db)
        merge.rebuild(db)
        assert merged_snapshot(db) == incremental


def _groups(conn) -> dict[str, set[str]]:
    groups: dict[str, set[str]] = {}
    for mid, aid, eid in conn.execute(sa.select(t.merged_event_reports.c.merged_id,
                                                t.merged_event_reports.c.article_id,
                                                t.merged_event_reports.c.event_id)):
        groups.setdefault(mid, set()).add(f"{aid}#{eid}")
    return groups


def test_a_state_and_its_army_are_one_actor_for_merging(new_store):
    """One agency writes "frappes russes" (Russia), another "l'armée russe": one strike."""
    kharkiv = dict(place="Kharkiv", lat=49.98, lon=36.25, country="UA", admin1="Kharkiv Oblast")
    recs = [make_record("s", source="AFP", published="2024-06-16", events=[dict(date="2024-06-15", killed=6,
                                                                                 actor="Russia", **kharkiv)]),
            make_record("m", source="Reuters", published="2024-06-16",
                        events=[dict(date="2024-06-15", killed=9, actor="Russian Armed Forces", **kharkiv)]),
            make_record("u", source="AP", published="2024-06-16",
                        events=[dict(date="2024-06-15", killed=3, actor="Armed Forces of Ukraine", **kharkiv)])]
    with store.open(new_store("state")) as db:
        store.ingest(recs, db)
        with db.connect() as conn:
            groups = sorted(tuple(sorted(g)) for g in _groups(conn).values())
    assert groups == [("m#e1", "s#e1"), ("u#e1",)]
