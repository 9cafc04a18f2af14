"""The store itself: schema and migrations, SQLite settings, URLs, row derivation, PostgreSQL.

Tests taking ``new_store`` run on SQLite and on PostgreSQL (see conftest.py); PostgreSQL
runs when VEILLE_TEST_PG_URL names a server where the tests may create databases, e.g.
``VEILLE_TEST_PG_URL=postgresql://postgres@127.0.0.1:54329/veille_test``.
"""
from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from veille import store
from veille.record import Event, Figure
from veille.store import StoreError, schema as t
from veille.store.db import current_revision, head_revision
from veille.store.rows import date_bounds, event_fatalities

from test_ingest import dump, merged_snapshot, shared_store

def _schema_diff(db) -> list:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with db.connect() as conn:
        from veille.store.search import include_object
        return compare_metadata(MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": include_object}), t.metadata)


def test_migrations_build_exactly_the_schema(new_store):
    with store.open(new_store("new")) as db:
        assert current_revision(db) == head_revision() == "0011"
        assert _schema_diff(db) == []       # schema.py and the revisions agree
        with db.connect() as conn:
            names = set(sa.inspect(conn).get_table_names())
    assert {tb.name for tb in t.metadata.sorted_tables} <= names


def test_indexes_for_the_filters(new_store):
    with store.open(new_store("ix")) as db, db.connect() as conn:
        insp = sa.inspect(conn)
        for table in ("events", "merged_events"):
            indexed = {tuple(ix["column_names"]) for ix in insp.get_indexes(table)}
            assert {("date_start", "date_end"), ("lat", "lon"), ("type", "date_start"), ("country",),
                    ("source_actor",)} <= indexed
        assert ("name",) in {tuple(ix["column_names"]) for ix in insp.get_indexes("actors")}
        assert ("source",) in {tuple(ix["column_names"]) for ix in insp.get_indexes("articles")}
        # the HTTP API's: toll sort, a country by date, the time series, the source filter
        indexed = {tuple(ix["column_names"]) for ix in insp.get_indexes("merged_events")}
        assert {("fatalities_best",), ("country", "date_start", "type", "fatalities_best"),
                ("date_start", "type", "fatalities_best", "date_end"),
                ("country", "fatalities_best", "id", "lat", "lon", "type", "mode", "location", "date_start",
                 "date_end", "fatalities_low", "fatalities_high", "n_sources"),     # the map's points
                ("cell", "lat", "lon", "date_start", "id"), ("date_start", "id", "lat", "lon")} <= indexed   # boxes
        names = {ix["name"] for ix in insp.get_indexes("merged_events")}
        assert "ix_merged_events_unlocated" in names and "ix_merged_events_points" in names
        assert ("country", "week", "type", "n", "dead") in {
            tuple(ix["column_names"]) for ix in insp.get_indexes("summary_week")}
        assert ("source", "merged_id") in {tuple(ix["column_names"]) for ix in insp.get_indexes("merged_event_reports")}


def test_sqlite_is_wal_with_foreign_keys(tmp_path):
    with store.open(tmp_path / "wal.db") as db, db.connect() as conn:
        assert conn.exec_driver_sql("pragma journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("pragma foreign_keys").scalar() == 1


def test_readers_are_not_blocked_by_the_writer(new_store):
    path = new_store("rw")
    with store.open(path) as writer:
        with writer.begin() as conn:      # the write lock is held from here...
            conn.execute(t.merge_queue.insert().values(article_id="x"))
            with store.open(path, readonly=True) as reader:
                # ...and a reader still reads, the last committed state
                assert reader.counts()["merge_queue"] == 0
        assert writer.counts()["merge_queue"] == 1


def test_open_and_urls(tmp_path):
    assert store.db_url("corpus.db").drivername == "sqlite"
    assert store.db_url(tmp_path / "x.db").database == str(tmp_path / "x.db")
    assert store.db_url("postgresql://u:pw@host/db").drivername == "postgresql+psycopg"
    assert store.db_url("postgresql+psycopg://u@host/db").drivername == "postgresql+psycopg"
    with pytest.raises(StoreError, match="no store at"):
        store.open(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()
    with store.open(tmp_path / "sub" / "dir" / "new.db") as db:    # folders are made
        assert db.counts()["articles"] == 0
    with store.open(tmp_path / "sub" / "dir" / "new.db", readonly=True) as db:
        with pytest.raises(StoreError, match="read-only"):
            db.begin()


def test_a_store_from_an_older_schema_is_migrated(new_store):
    path = new_store("old")
    with store.open(path, upgrade=False) as db:
        assert current_revision(db) is None
        with pytest.raises(StoreError, match="revision none"):
            store.open(path, readonly=True)
    with store.open(path) as db:          # opening to write migrates it
        assert current_revision(db) == head_revision()


def test_date_bounds():
    d = dt.date
    assert date_bounds("2024-06-10") == (d(2024, 6, 10), d(2024, 6, 10))
    assert date_bounds("2024-06-08/2024-06-11") == (d(2024, 6, 8), d(2024, 6, 11))
    assert date_bounds("2024-02") == (d(2024, 2, 1), d(2024, 2, 29))
    assert date_bounds("2024-W23") == (d(2024, 6, 3), d(2024, 6, 9))
    assert date_bounds("2023-11/2024-01-22") == (d(2023, 11, 1), d(2024, 1, 22))
    assert date_bounds("2024") == (d(2024, 1, 1), d(2024, 12, 31))
    assert date_bounds(None) == date_bounds("hier") == date_bounds("2024-13-45") == (None, None)


def test_event_fatalities():
    def fig(fid, best, group="civilians", kind="killed", reported_by=None, part_of=None):
        return Figure(id=fid, kind=kind, group=group, best=best, span=(0, 1), reported_by=reported_by,
                      part_of=part_of)
    figs = {f.id: f for f in [
        fig("f1", 12), fig("f2", 5, group="children", part_of="f1"),        # "12 civils, dont 5 enfants"
        fig("f3", 30, group="fighters"),                                   # and 30 assailants: added
        fig("f4", 31, kind="injured"),                                     # not deaths
        fig("f5", 14, group="soldiers", reported_by="a1"),                 # 14 soldiers says the army,
        fig("f6", 20, group="soldiers", reported_by="a2"),                 # 20 says an NGO: alternatives
    ]}
    ev = lambda ids: Event(id="e1", type="ASSAULT", span=(0, 1), figures=ids)  # noqa: E731
    assert event_fatalities(ev(["f1", "f2", "f3", "f4"]), figs) == 42
    assert event_fatalities(ev(["f2"]), figs) == 5          # the part alone counts
    assert event_fatalities(ev(["f5", "f6"]), figs) == 20
    assert event_fatalities(ev(["f4"]), figs) is None
    assert event_fatalities(ev([]), figs) is None


def test_postgresql_store_equals_sqlite(pg_corpus, tmp_path_factory):
    """The corpus' records in PostgreSQL: same schema, same rows, same merge as in SQLite."""
    with store.open(shared_store(tmp_path_factory), readonly=True) as lite, \
            store.open(pg_corpus, readonly=True) as pg:
        assert pg.engine.dialect.name == "postgresql"
        assert current_revision(pg) == head_revision() and _schema_diff(pg) == []
        assert merged_snapshot(pg) == merged_snapshot(lite)
        tables = [t.reports, t.events, t.figures, t.places, t.actors, t.quotes]
        assert dump(pg, tables) == dump(lite, tables)
