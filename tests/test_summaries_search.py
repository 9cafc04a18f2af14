"""The summaries the merge keeps (veille.store.summaries) and full-text search
(veille.store.search), on both backends: the counts read from the summaries are the counts of
the events themselves under every filter they hold, after any sequence of ingests; search
ignores case and accents and ranks what it finds."""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from veille import store
from veille.serve import create_app
from veille.store import Filters, schema as t, search, summaries

from test_api import get
from test_ingest import corpus_items
from test_merge import BUKAVU, GOMA, make_record

m = t.merged_events


def _direct(conn, filters: Filters, by: str) -> dict:
    """What the summaries must say, counted on merged_events with the filters' own clauses."""
    out: dict = {}
    rows = conn.execute(sa.select(m.c.type, m.c.country, m.c.sources, m.c.fatalities_best).where(*filters.clauses(m)))
    for typ, cc, sources, best in rows:
        values = {"type": [typ], "country": [cc], "source": (sources or "").split("; "), "all": ["all"]}[by]
        for v in values:
            if v:
                slot = out.setdefault(v, [0, 0])
                slot[0] += 1
                slot[1] += int(best or 0)
    return out


def _filters(conn) -> list[Filters]:
    days = sorted({d if isinstance(d, dt.date) else dt.date.fromisoformat(d)
                   for d in conn.scalars(sa.select(m.c.date_start))})
    edges = [None, days[0], days[len(days) // 2], days[-1] - dt.timedelta(days=1), dt.date(2024, 3, 1),
             dt.date(2024, 5, 4), dt.date(2024, 6, 16)]
    out = []
    for since, until in itertools.product(edges, [None, dt.date(2024, 3, 31), dt.date(2024, 6, 15), days[-1]]):
        if since and until and since > until:
            continue
        for extra in ({}, {"type": "ASSAULT"}, {"country": "ML"}, {"type": "ASSAULT", "country": "SD"},
                      {"source": "AFP"}, {"source": "reuters"}, {"source": "AFP", "type": "ASSAULT"},
                      {"source": "Reuters", "country": "SD"}):
            out.append(Filters(since=since, until=until, **extra))
    return out


def _check_all(db) -> int:
    checked = 0
    with db.connect() as conn:
        for f in _filters(conn):
            for by in ("all", "type", "country", "source"):
                got = summaries.counts(conn, f, by)
                if got is None:
                    continue
                expected = _direct(conn, f, by)
                assert got == expected, (f, by)
                checked += 1
            series = summaries.per_day(conn, f)
            if series is not None:
                direct = conn.execute(sa.select(m.c.date_start, m.c.type, sa.func.count(),
                                                sa.func.sum(sa.func.coalesce(m.c.fatalities_best, 0)))
                                      .where(*f.clauses(m)).group_by(m.c.date_start, m.c.type)
                                      .order_by(m.c.date_start, m.c.type)).all()
                assert [(d if isinstance(d, dt.date) else dt.date.fromisoformat(d), ty, n, int(x))
                        for d, ty, n, x in direct] == series, f
                # grouped by week in SQL: the same events, folded by the Monday of their first day
                weekly: dict = {}
                week_rows = summaries.per_day(conn, f, "week")
                if f.since is None:     # each (week, type) once, in order: queries.timeseries does not fold them
                    keys = [(d, ty) for d, ty, _n, _x in week_rows]
                    assert keys == sorted(set(keys)) and all(d.weekday() == 0 for d, _ in keys), f
                for d, ty, n, x in week_rows:
                    slot = weekly.setdefault((d - dt.timedelta(days=d.weekday()), ty), [0, 0])
                    slot[0] += n
                    slot[1] += x
                by_day: dict = {}
                for d, ty, n, x in series:
                    slot = by_day.setdefault((d - dt.timedelta(days=d.weekday()), ty), [0, 0])
                    slot[0] += n
                    slot[1] += x
                assert weekly == by_day, f
                checked += 1
    return checked


def test_summaries_count_what_the_events_count(corpus_db):
    assert _check_all(corpus_db) > 300


def test_summaries_follow_every_merge(new_store):
    """Ingested in three batches, one article replaced by another text, one toll revised: the
    summaries are those of the final events after each step, and those a rebuild computes."""
    items = corpus_items()
    with store.open(new_store("steps")) as db:
        store.ingest(items[:10], db)
        _check_all(db)
        store.ingest(items[10:25], db)
        _check_all(db)
        changed = dict(items[3], text=items[3]["text"].replace("12", "40", 1))
        store.ingest([changed, *items[25:]], db)
        assert _check_all(db) > 100
        with db.connect() as conn:
            before = {tb.name: sorted(map(tuple, conn.execute(sa.select(tb)).all())) for tb in t.SUMMARIES}
        with db.begin() as conn:
            summaries.rebuild(conn)
        with db.connect() as conn:
            after = {tb.name: sorted(map(tuple, conn.execute(sa.select(tb)).all())) for tb in t.SUMMARIES}
        assert before == after


def test_multi_day_events_running_into_the_range(new_store):
    """An event of 3-5 May counts for a range starting on the 4th (its days overlap it), both
    in the totals and, on its first day, in the time series."""
    rec = make_record("long", source="AFP", published="2024-05-06",
                      events=[dict(date="2024-05-03/2024-05-05", killed=7, **GOMA)])
    with store.open(new_store("long")) as db:
        store.ingest([rec], db)
        with db.connect() as conn:
            f = Filters(since="2024-05-04", until="2024-05-31")
            assert summaries.counts(conn, f, "all") == {"all": [1, 7]}
            assert summaries.per_day(conn, f) == [(dt.date(2024, 5, 3), "ASSAULT", 1, 7)]
            assert summaries.counts(conn, Filters(since="2024-05-06"), "all") == {}


def test_search_folds_case_and_accents_and_ranks(corpus_path):
    with TestClient(create_app(corpus_path)) as client:
        plain = get(client, "/api/articles", q="tues")
        assert plain["total"] > 5 and plain["terms"] == ["tues"]
        assert get(client, "/api/articles", q="TUÉS")["total"] == plain["total"]     # case and accents
        # a word's start finds the word: "frappe" finds "frappes", "frappé"
        frappe = {a["id"] for a in get(client, "/api/articles", q="frappe", limit=100)["items"]}
        assert any("frappes" in get(client, f"/api/articles/{i}")["text"] for i in frappe)
        # every word must appear; the article that says it most comes first
        kharkiv = get(client, "/api/articles", q="Kharkiv missile", limit=100)["items"]
        assert kharkiv and all("ukraine" in a["id"] for a in kharkiv)
        assert get(client, "/api/articles", q="Kharkiv Nuseirat")["total"] == 0
        assert get(client, "/api/articles", q="%%")["total"] == 0          # no word at all
        assert get(client, "/api/articles", q="Kharkiv", source="Reuters")["total"] == 1
        # the article says where the words stand, for the dashboard to mark them
        first = kharkiv[0]["id"]
        art = get(client, f"/api/articles/{first}", q="KHARKIV missile")
        marks = [art["text"][s["start"]:s["end"]] for s in art["spans"] if s["facet"] == "search"]
        assert marks and all(search.fold(w).startswith(("kharkiv", "missile")) for w in marks)
        assert not [s for s in get(client, f"/api/articles/{first}")["spans"] if s["facet"] == "search"]
        # quotes and actors
        quotes = get(client, "/api/quotes", q="DÉCOMBRES sauveteurs")["items"]
        assert quotes and all("decombres" in search.fold(q["text"]) for q in quotes)
        actors = get(client, "/api/actors", q="m23")["items"]
        assert [a["name"] for a in actors] == ["March 23 Movement"]


def test_search_of_a_common_word_ranks_the_newest_candidates(corpus_path, monkeypatch):
    """A word found in more articles than the search ranks: the total says "at least" and the
    page is ranked among the most recently indexed; below the cap, nothing changes."""
    from veille.serve import queries
    with TestClient(create_app(corpus_path)) as client:
        every = get(client, "/api/articles", q="tues", limit=100)
        assert every["total"] > 5 and every["total_capped"] is False
        monkeypatch.setattr(queries, "SEARCH_CANDIDATES", 4)
        capped = get(client, "/api/articles", q="tues", limit=3)
        assert capped["total"] == 4 and capped["total_capped"] is True and len(capped["items"]) == 3
        assert {a["id"] for a in capped["items"]} <= {a["id"] for a in every["items"]}
        # a deeper page ranks as many as it needs
        deep = get(client, "/api/articles", q="tues", limit=100)
        assert deep["total"] == every["total"] and deep["total_capped"] is False
        assert [a["id"] for a in deep["items"]] == [a["id"] for a in every["items"]]
        rare = get(client, "/api/articles", q="Kharkiv", source="Reuters")
        assert rare["total"] == 1 and rare["total_capped"] is False


def test_deadliest_pages_run_from_known_to_unknown_tolls(corpus_db):
    """"-fatalities" read in two parts (known tolls, then unknown) pages exactly as one ORDER BY
    ... NULLS LAST, across the boundary, for any page size and offset."""
    from veille.serve import queries
    with corpus_db.connect() as conn:
        for where in ([], [m.c.country == "UA"], [m.c.type == "PROTEST"]):
            full = list(conn.scalars(sa.select(m.c.id).where(*where).order_by(*queries.EVENT_SORTS["-fatalities"])))
            tolls = dict(conn.execute(sa.select(m.c.id, m.c.fatalities_best).where(*where)).all())
            assert full
            if not where:
                assert any(tolls[i] is None for i in full) and any(tolls[i] is not None for i in full)
            for limit in (1, 3, 7, 500):
                for offset in range(0, len(full) + 3):
                    assert queries.deadliest(conn, where, m.c.id, limit, offset) == full[offset:offset + limit]


def _with_text(rec, text: str):
    from veille.record import sha256_text
    rec.article.text, rec.article.sha256 = text, sha256_text(text)
    return rec


def test_search_rows_follow_the_article(new_store):
    def rec(text):
        return _with_text(make_record("s1", source="AFP", published="2024-05-04",
                                      events=[dict(date="2024-05-03", killed=3, **GOMA)]), text)
    with store.open(new_store("search")) as db:
        store.ingest([rec("Des obus sont tombés sur le camp. Été meurtrier à Goma.")], db)
        with db.connect() as conn:
            hits = conn.execute(search.match(conn, "ete MEURTRIER", "article")).all()
            assert [h.article_id for h in hits] == ["s1"]
        store.ingest([rec("Un autre texte, sans le mot.")], db)       # the text changed: rows follow
        with db.connect() as conn:
            assert conn.execute(search.match(conn, "meurtrier", "article")).all() == []
            assert [h.article_id for h in conn.execute(search.match(conn, "autre", "article"))] == ["s1"]


def test_points_are_the_located_events_deadliest_first(corpus_path):
    with TestClient(create_app(corpus_path)) as client:
        answer = get(client, "/api/points")
        located = get(client, "/api/events", limit=500)["items"]
        located = [e for e in located if e["lat"] is not None]
        assert answer["total"] == len(answer["rows"]) == len(located)
        rows = [dict(zip(answer["fields"], r)) for r in answer["rows"]]
        tolls = [r["fatalities_best"] for r in rows]
        known = [x for x in tolls if x is not None]
        assert known == sorted(known, reverse=True) and tolls[:len(known)] == known
        assert {r["id"] for r in rows} == {e["id"] for e in located}
        capped = get(client, "/api/points", limit=3, country="UA")
        assert len(capped["rows"]) <= 3 and capped["total"] == len([e for e in located if e["country"] == "UA"])
        assert client.get("/api/points", params={"limit": 60000}).status_code == 422


KIDAL = dict(place="Kidal", lat=18.44, lon=1.41, country="ML", admin1="Kidal")
GAO = dict(place="Gao", lat=16.27, lon=-0.04, country="ML", admin1="Gao")


def test_events_running_into_the_range_are_read_once(new_store):
    """The events that began before ``since`` and run into it are read once per request
    (``summaries.running_into``) and shared by the three menus and by the page of events by
    date, which they begin: every count and page equals the one read on the events."""
    from veille.serve import queries

    recs = [make_record(f"run{i}", source=src, published=f"2024-05-{10 + i:02d}", events=[
        dict(date=f"2024-05-{1 + i:02d}/2024-05-{6 + i:02d}", killed=i + 1, **place),
        dict(date=f"2024-05-{7 + i:02d}", type="PROTEST", **place)])
        for i, (src, place) in enumerate([("AFP", GOMA), ("Reuters", KIDAL), ("afp", GAO), ("AP", BUKAVU)])]
    with store.open(new_store("running")) as db:
        store.ingest(recs, db)
        reads = []
        sa.event.listen(db.engine, "before_cursor_execute",
                        lambda *a: reads.append((a[2], a[3])) if "date_start < " in a[2] else None)
        with db.connect() as conn:
            for since, extra in itertools.product(
                    ["2024-05-03", "2024-05-05", "2024-05-08"],
                    [{}, {"type": "ASSAULT"}, {"country": "ML"}, {"source": "AFP"}, {"source": "reuters"}]):
                f = Filters(since=since, until="2024-05-31", **extra)
                running = summaries.running_into(conn, f)
                assert running, f
                for by in ("all", "type", "country", "source"):
                    others = dataclasses.replace(f, **({} if by == "all" else {by: None}))
                    assert summaries.counts(conn, others, by, running) == summaries.counts(conn, others, by), (f, by)
                expected = list(conn.scalars(sa.select(m.c.id).where(*f.clauses(m)).order_by(m.c.date_start, m.c.id)))
                for offset, limit in itertools.product(range(len(expected) + 1), (1, 2, 100)):
                    page = queries.events(conn, f, "date", limit, offset)
                    assert [e["id"] for e in page["items"]] == expected[offset:offset + limit], (f, offset, limit)
                    assert page["total"] == len(expected)
                reads.clear()
                queries.facets(conn, f)
                assert len(reads) == 1, reads          # one read of the running events, not one per menu
                if conn.dialect.name == "sqlite":      # by the (date_start, date_end) index, not row by row
                    plan = str(conn.exec_driver_sql("EXPLAIN QUERY PLAN " + reads[0][0], reads[0][1]).all())
                    assert "ix_merged_events_date_start_date_end" in plan, plan


def test_the_menus_of_a_date_range_read_the_smallest_day_tables(corpus_db):
    """A date range's menus (and its count of events) read the days from the table of their
    own key (per day and type, country, publisher), not from those that hold every key; with a
    type or a country asked for too, from the tables that hold it; the counts are unchanged
    (test_summaries_count_what_the_events_count)."""
    from veille.serve import queries

    reads = []

    def listen(_conn, _cursor, sql, *_):
        reads.append(sql)

    def tables_read():
        return {name for sql in reads for name in re.findall(r"FROM (summary_\w+)", sql)}

    sa.event.listen(corpus_db.engine, "before_cursor_execute", listen)
    try:
        with corpus_db.connect() as conn:
            for extra, tables in (
                    ({}, {"summary_day_type", "summary_day_country", "summary_day_publisher"}),
                    ({"type": "ASSAULT"}, {"summary_day_type", "summary_day", "summary_day_source"}),
                    ({"country": "ML"}, {"summary_day", "summary_day_country", "summary_day_source"})):
                reads.clear()
                queries.facets(conn, Filters(since=dt.date(2024, 3, 3), until=dt.date(2024, 3, 20), **extra))
                assert tables_read() == tables, (extra, reads)
                reads.clear()
                queries.events(conn, Filters(since=dt.date(2024, 3, 3), until=dt.date(2024, 3, 20), **extra),
                               "date", 10, 0)
                assert tables_read() == {"summary_day" if extra.get("country") else "summary_day_type"}, (extra, reads)
    finally:
        sa.event.remove(corpus_db.engine, "before_cursor_execute", listen)


def test_a_publisher_filter_asks_for_the_spellings_the_store_holds(corpus_db):
    """``resolve_source`` finds the spellings of a publisher that the store holds (from the
    all-time summary), so the filter probes those, not the 2^n upper/lower-case spellings of
    the name; the events, counts and series are those of the name in any case."""
    from veille.serve import queries
    from veille.store.query import resolve_source

    def spellings(filters):
        params = sa.select(m.c.id).where(*filters.clauses(m)).compile().params.values()
        flat = [x for v in params for x in (v if isinstance(v, list) else [v])]
        return [x for x in flat if isinstance(x, str) and x.lower() == filters.source.lower()]

    with corpus_db.connect() as conn:
        held = set(conn.scalars(sa.select(t.merged_event_reports.c.source).distinct()))
        for name in ("AFP", "afp", "Reuters", "rEUTERS", "Nobody"):
            for since in (None, dt.date(2024, 3, 1)):
                f = Filters(source=name, since=since)
                resolved = resolve_source(conn, f)
                assert set(resolved.source_names) == {s for s in held if s.lower() == name.lower()}, name
                assert len(spellings(f)) == 2 ** len(name) > len(spellings(resolved))
                expected = list(conn.scalars(sa.select(m.c.id).where(*f.clauses(m)).order_by(m.c.date_start, m.c.id)))
                page = queries.events(conn, f, "date", 1000, 0)
                assert [e["id"] for e in page["items"]] == expected and page["total"] == len(expected), name
                for by in ("all", "type", "country"):
                    assert summaries.counts(conn, resolved, by) == summaries.counts(conn, f, by), (name, by)
                assert summaries.per_day(conn, resolved, "week") == summaries.per_day(conn, f, "week"), name


def test_boxes_count_and_page_by_cells_exactly(new_store):
    """A box's count (inner cells from ``summary_cell``, border cells checked event by event)
    and its pages by date (a walk of the first days, or its cells' events) are those of the
    box's own clauses: points on cell edges, on the box's edges, across the antimeridian;
    and after the merge replaced and removed events, ``summary_cell`` is what a rebuild counts."""
    import random
    from veille.serve import queries
    from veille.store import cells

    rng = random.Random(5)
    spots = [(47.3, 34.0), (47.35, 33.95), (47.29999, 34.1), (0.0, 0.0), (-0.05, -0.1), (10.0, 179.95),
             (10.05, -179.95), (-89.99, 180.0), (48.0, 35.0)]
    spots += [(round(rng.uniform(46, 50), 3), round(rng.uniform(32, 37), 3)) for _ in range(40)]
    recs = [make_record(f"box{i}", source="AFP", published=f"2024-0{1 + i % 6}-20", events=[
        dict(date=f"2024-0{1 + i % 6}-{1 + (i * 7 + k) % 17:02d}", place=f"P{i}-{k}", lat=lat, lon=lon, country="UA",
             killed=k + 1) for k, (lat, lon) in enumerate(spots[i::6])]) for i in range(6)]
    boxes = [(34.0, 47.3, 35.0, 48.0), (33.95, 47.29999, 34.1, 47.35), (-0.1, -0.05, 0.0, 0.0), (179.9, 9.0, -179.9, 11.0),
             (170.0, -90.0, -170.0, 90.0), (32.0, 46.0, 37.0, 50.0), (32.55, 46.61, 36.55, 50.61), (-180.0, -90.0, 180.0, 90.0)]
    boxes += [(round(x, 2), round(y, 2), round(x + w, 2), round(y + w, 2))
              for x, y, w in ((rng.uniform(31, 37), rng.uniform(45, 50), rng.uniform(0.05, 3)) for _ in range(12))]

    def check(db):
        with db.connect() as conn:
            for box in boxes:
                f = Filters(bbox=box)
                for desc in (False, True):
                    order = (m.c.date_start.desc(), m.c.id.desc()) if desc else (m.c.date_start, m.c.id)
                    expected = list(conn.scalars(sa.select(m.c.id).where(*f.clauses(m)).order_by(*order)))
                    assert cells.count(conn, box) == len(expected), box
                    for offset, limit in ((0, 1), (0, 3), (2, 2), (0, 100), (len(expected) - 1, 5)):
                        got = cells.page(conn, box, len(expected), desc, limit, max(0, offset))
                        assert got == expected[max(0, offset):max(0, offset) + limit], (box, desc, offset, limit)
                    page = queries.events(conn, f, "-date" if desc else "date", 4, 1)
                    assert [e["id"] for e in page["items"]] == expected[1:5] and page["total"] == len(expected)
            held = sorted(map(tuple, conn.execute(sa.select(t.summary_cell)).all()))
        with db.begin() as conn:
            cells.rebuild(conn)
        with db.connect() as conn:
            assert sorted(map(tuple, conn.execute(sa.select(t.summary_cell)).all())) == held
            assert held and sum(n for _, n in held) == conn.scalar(
                sa.select(sa.func.count()).select_from(m).where(m.c.lat.is_not(None)))

    with store.open(new_store("cells")) as db:
        store.ingest(recs[:4], db)
        check(db)
        moved = make_record("box1", source="AFP", published="2024-02-21", events=[
            dict(date="2024-02-02", place="Moved", lat=47.31, lon=34.01, country="UA", killed=3)])
        store.ingest([moved, *recs[4:]], db)        # one article's events replaced by one elsewhere
        check(db)


def test_a_word_that_starts_no_longer_word_is_searched_as_a_word(corpus_db):
    """SQLite: a query's word that no longer word of the index starts is asked for as a word
    (FTS5 then stops at the page instead of gathering every row of a prefix), one that does
    as a prefix; either way the rows and their ranks are those of the prefix query."""
    with corpus_db.connect() as conn:
        if conn.dialect.name != "sqlite":
            pytest.skip("FTS5 only")
        conn.exec_driver_sql("CREATE VIRTUAL TABLE IF NOT EXISTS temp.words USING fts5vocab(main, search_fts, row)")
        vocabulary = set(conn.scalars(sa.text("SELECT term FROM temp.words")))
        asked = {}
        for q in ("tues", "Tué", "frappe", "kharkiv", "armee", "a", "de", "Goma frappe", "zzzq"):
            found = search.match(conn, q, "article")
            asked[q] = found.compile().params["m"]
            for w, part in zip(search.terms(q), asked[q].split(" ")):
                assert part == (f'"{w}"*' if any(v.startswith(w) and v != w for v in vocabulary) else f'"{w}"'), q
            hits = found.subquery()
            got = conn.execute(sa.select(hits.c.article_id, hits.c.rank).order_by(hits.c.seq)).all()
            prefix = " ".join(f'"{w}"*' for w in search.terms(q))
            assert got == conn.exec_driver_sql(
                "SELECT article_id, bm25(search_fts) FROM search_fts WHERE search_fts MATCH ? AND kind = 'article' "
                "ORDER BY rowid", (prefix,)).all(), q
        assert asked["zzzq"] == '"zzzq"' and asked["a"] == '"a"*'


def test_points_count_the_located_events_as_events_less_the_unlocated(new_store):
    """The map's total is the events under the filters (summaries) less those without
    coordinates (partial index): an event placed in a country without coordinates is not a
    point; the rows come from the points index alone, deadliest first."""
    from veille.serve import queries

    nowhere = dict(place="Somewhere in Mali", country="ML", type="PROTEST")      # no coordinates
    recs = [make_record(f"pt{i}", source=src, published=f"2024-04-{10 + i:02d}", events=[
        dict(date=f"2024-04-{1 + i:02d}", killed=k, **place) for k, place in ((i + 1, KIDAL), (None, nowhere), (2, GAO))])
        for i, src in enumerate(["AFP", "Reuters", "AFP"])]
    with store.open(new_store("points")) as db:
        store.ingest(recs, db)
        with db.connect() as conn:
            assert conn.scalar(sa.select(sa.func.count()).select_from(m).where(t.UNLOCATED)) > 0
            for f in (Filters(), Filters(country="ML"), Filters(source="afp"), Filters(since="2024-04-02"),
                      Filters(type="ASSAULT", country="ML", until="2024-04-02"), Filters(min_fatalities=2)):
                located = [*f.clauses(m), m.c.lat.is_not(None), m.c.lon.is_not(None)]
                expected = conn.execute(sa.select(*[m.c[x] for x in queries.POINT_FIELDS]).where(*located)
                                        .order_by(*queries.EVENT_SORTS["-fatalities"])).all()
                got = queries.points(conn, f, 100)

                def plain(rows):     # the driver's rows: SQLite's dates as their text, written alike in JSON
                    return [tuple(v.isoformat() if isinstance(v, dt.date) else v for v in r) for r in rows]
                assert got["total"] == len(expected) and plain(got["rows"]) == plain(expected), f


def test_long_answers_are_their_models_json(corpus_path):
    """The time series and the map's points are written as JSON without validating them
    against their models (their validation cost more than their queries): the same JSON as
    the models give; and a country's weekly series is read from the index alone."""
    from veille.serve import models, queries

    with TestClient(create_app(corpus_path)) as client, store.open(corpus_path, readonly=True) as db, \
            db.connect() as conn:
        for params in ({}, {"country": "UA"}, {"since": "2024-03-03", "until": "2024-05-20"}, {"source": "afp"},
                       {"type": "ASSAULT", "interval": "day"}, {"mode": "airstrike", "interval": "week"}):
            f = Filters(**{k: v for k, v in params.items() if k != "interval"})
            for path, model, answer in (
                    ("/api/timeseries", models.Timeseries, queries.timeseries(conn, f, params.get("interval", "day"))),
                    ("/api/points", models.Points, queries.points(conn, f, 20_000))):
                res = client.get(path, params=params if path.endswith("timeseries") else
                                 {k: v for k, v in params.items() if k != "interval"})
                assert res.status_code == 200 and res.headers["content-type"] == "application/json"
                assert res.json() == model.model_validate(answer).model_dump(mode="json"), (path, params)
                assert answer[{"/api/timeseries": "series", "/api/points": "rows"}[path]] or params
        if conn.dialect.name == "sqlite":
            w = t.summary_week.c
            sql = str(sa.select(w.week, w.type, sa.func.sum(w.n), sa.func.sum(w.dead)).where(w.country == "UA")
                      .group_by(w.week, w.type).compile(conn, compile_kwargs={"literal_binds": True}))
            plan = " ".join(str(r) for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert "COVERING INDEX ix_summary_week_country_week_type_n_dead" in plan, plan
