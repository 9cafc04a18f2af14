"""Ingest: articles into the store, idempotent, replacing, failure-tolerant and crash-safe.

The corpus (tests/data/corpus/dispatches) is short fictional dispatches: invented people,
real places and organisations, several agencies reporting the same few events with different
tolls. File names carry the metadata: ``<published>--<agency>--<slug>.txt``.

The corpus is ingested once per test session (``shared_store``); tests that change a store
work on a copy. Other test modules import the helpers below.
"""
from __future__ import annotations

import json
import os
import pathlib
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
import sqlalchemy as sa

from veille import store
from veille.record import Record
from veille.store import schema as t

CORPUS = pathlib.Path(__file__).parent / "data" / "corpus"
DISPATCHES = CORPUS / "dispatches"
BROKEN = CORPUS / "broken"


def corpus_items() -> list[dict]:
    items = []
    for p in sorted(DISPATCHES.glob("*.txt")):
        published, source, _slug = p.stem.split("--")
        items.append({"id": p.stem, "text": p.read_text(encoding="utf-8"), "published": published,
                      "source": source})
    return items


def shared_store(tmp_path_factory) -> pathlib.Path:
    """The corpus ingested once per session; open it read-only or copy it (``copy_store``)."""
    folder = tmp_path_factory.getbasetemp() / "corpus-store"
    path = folder / "veille.db"
    if not (folder / "done").exists():
        folder.mkdir(exist_ok=True)
        res = store.ingest(corpus_items(), path)
        assert res.ok and res.added == len(corpus_items()), res
        (folder / "done").write_text("ok")
    return path


def stored_records(db) -> list[Record]:
    """The records a store holds, with their article texts."""
    with db.connect() as conn:
        rows = conn.execute(sa.select(t.reports.c.record_json, t.articles.c.text)
                            .join(t.articles, t.articles.c.id == t.reports.c.article_id)).all()
    records = []
    for r in rows:
        rec = Record.from_dict(json.loads(r.record_json))
        rec.article.text = r.text
        records.append(rec)
    return records


def is_url(location) -> bool:
    return "://" in str(location)


def copy_store(src, dst):
    """A writable copy of the store at ``src`` made at ``dst`` (paths or URLs): a file copy
    between SQLite files, otherwise the records ingested again (nothing is re-extracted)."""
    if is_url(src) or is_url(dst):
        fill_like(src, dst)
        return dst
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    return dst


def fill_like(src, dst) -> None:
    """Ingest the records of the store at ``src`` into the (empty) store at ``dst``: the same
    reports, byte for byte."""
    with store.open(src, readonly=True) as a, store.open(dst) as b:
        with a.connect() as conn:
            rows = conn.execute(sa.select(t.reports.c.record_json, t.articles.c.text)
                                .join(t.articles, t.articles.c.id == t.reports.c.article_id)).all()
        pairs = [(Record.from_dict(json.loads(r.record_json)), r.text) for r in rows]
        res = store.ingest(pairs, b)
        assert res.ok and res.added == len(pairs), res
        assert report_hashes(a) == report_hashes(b)


def count_rows(location, table: str) -> int:
    """Rows in a table of a store being written by another process (0 before its schema)."""
    engine = sa.create_engine(store.db_url(location))
    try:
        with engine.connect() as conn:
            return conn.scalar(sa.select(sa.func.count()).select_from(sa.table(table)))
    except (sa.exc.OperationalError, sa.exc.ProgrammingError):   # no such table yet
        return 0
    finally:
        engine.dispose()


def dump(db, tables=None) -> dict[str, list[tuple]]:
    """Every row of the store's tables (``failures`` without its autoincrement id), sorted."""
    out = {}
    with db.connect() as conn:
        for table in tables or t.metadata.sorted_tables:
            cols = [c for c in table.c if not (table is t.failures and c.name == "id")]
            out[table.name] = sorted(tuple(r) for r in conn.execute(sa.select(*cols)))
    return out


def merged_snapshot(db) -> list[tuple]:
    """The merged events with their members, comparable across stores."""
    d = dump(db, [t.merged_events, t.merged_event_reports])
    return d["merged_events"] + d["merged_event_reports"]


def report_hashes(db) -> list[tuple[str, str]]:
    with db.connect() as conn:
        return sorted((a, h) for a, h in conn.execute(sa.select(t.reports.c.article_id, t.reports.c.record_sha256)))




def test_corpus_is_stored_whole(corpus_db):
    items = corpus_items()
    assert len(items) >= 30
    counts = corpus_db.counts()
    assert counts["articles"] == counts["reports"] == len(items)
    assert counts["failures"] == 0 and counts["merge_queue"] == 0
    with corpus_db.connect() as conn:
        rows = conn.execute(sa.select(t.reports.c.record_json, t.articles.c.text, t.articles.c.sha256)
                            .join(t.articles, t.articles.c.id == t.reports.c.article_id)).all()
        n_events = conn.scalar(sa.select(sa.func.count()).select_from(t.events))
        n_figures = conn.scalar(sa.select(sa.func.count()).select_from(t.figures))
    records = [Record.from_dict(json.loads(r.record_json)) for r in rows]
    assert n_events == sum(len(r.events) for r in records) > len(items)
    assert n_figures == sum(len(r.figures) for r in records)
    assert {r.article.id for r in records} == {i["id"] for i in items}
    for r in rows:
        assert r.text and json.loads(r.record_json)["article"]["sha256"] == r.sha256


def test_event_rows_carry_place_actor_toll_and_evidence(corpus_db):
    with corpus_db.connect() as conn:
        ev = conn.execute(sa.select(t.events).where(
            t.events.c.article_id == "2024-03-05--Reuters--mali-kidal-drone", t.events.c.event_id == "e1")).one()
    assert (ev.type, ev.status, ev.country, ev.source_actor) == ("ASSAULT", "occurred", "ML", "Malian Armed Forces")
    assert str(ev.date_start) == str(ev.date_end) == "2024-03-04"
    assert ev.fatalities == 15
    assert abs(ev.lat - 18.44) < 0.1 and abs(ev.lon - 1.41) < 0.1
    assert "frappe de drone" in ev.evidence


def test_reingesting_the_corpus_changes_nothing(corpus_copy, monkeypatch):
    with store.open(corpus_copy) as db:
        before = dump(db)
        # nothing is extracted again: the text hashes say the articles are known
        monkeypatch.setattr("veille.store.ingestion.extract_many", lambda *a, **k: pytest.fail("re-extracted"))
        res = store.ingest(corpus_items(), db)
        assert (res.added, res.replaced, res.unchanged, res.failed) == (0, 0, len(corpus_items()), 0)
        assert dump(db) == before


def test_changed_text_replaces_report_and_rows(corpus_copy):
    aid = "2024-06-16--AFP--ukraine-kharkiv-bilan"
    item = next(i for i in corpus_items() if i["id"] == aid)
    item["text"] = item["text"].replace("s'est alourdi à 11 morts", "s'est alourdi à 14 morts")
    item["text"] = item["text"].replace("Parmi les victimes figurent deux enfants, a précisé Ivan Kovalenko, "
                                        "porte-parole des secours régionaux.\n\n", "")
    with store.open(corpus_copy) as db:
        old_hashes = dict(report_hashes(db))
        res = store.ingest([item], db)
        assert (res.added, res.replaced, res.unchanged) == (0, 1, 0)
        counts = db.counts()
        assert counts["articles"] == counts["reports"] == len(corpus_items())
        with db.connect() as conn:
            rec = Record.from_dict(json.loads(conn.scalar(
                sa.select(t.reports.c.record_json).where(t.reports.c.article_id == aid))))
            for table, facet in ((t.events, "events"), (t.figures, "figures"), (t.actors, "actors"),
                                 (t.places, "places"), (t.quotes, "quotes")):
                n = conn.scalar(sa.select(sa.func.count()).select_from(table).where(table.c.article_id == aid))
                assert n == len(getattr(rec, facet)), facet      # no rows left from the old text
            assert conn.scalar(sa.select(t.articles.c.text).where(t.articles.c.id == aid)) == item["text"]
            assert sorted(conn.scalars(sa.select(t.figures.c.best).where(
                t.figures.c.article_id == aid, t.figures.c.kind == "killed"))) == [14]
            kharkiv = conn.execute(sa.select(t.merged_events).where(
                t.merged_events.c.location == "Kharkiv", t.merged_events.c.type == "ASSAULT")).one()
        assert (kharkiv.fatalities_low, kharkiv.fatalities_best, kharkiv.fatalities_high) == (9, 11, 14)
        new_hashes = dict(report_hashes(db))
        assert new_hashes[aid] != old_hashes[aid]
        assert {k: v for k, v in new_hashes.items() if k != aid} == {k: v for k, v in old_hashes.items() if k != aid}


def test_failures_are_recorded_and_the_batch_goes_on(new_store):
    items = [BROKEN, corpus_items()[0], {"id": "no-body", "text": "   "}]
    seen = []
    with store.open(new_store("f")) as db:
        res = store.ingest(items, db, on_failure=seen.append)
        assert res.added == 2          # jsonl-ok from the broken folder, and the dispatch
        assert res.failed == len(seen) == 5
        with db.connect() as conn:
            rows = conn.execute(sa.select(t.failures.c.origin, t.failures.c.article_id, t.failures.c.reason)).all()
            ids = set(conn.scalars(sa.select(t.articles.c.id)))
        assert ids == {"jsonl-ok", corpus_items()[0]["id"]}
        reasons = {pathlib.Path(o).name if "/" in o else o: r for o, _, r in rows}
        assert reasons["archive.bin"] == "binary file, not text"
        assert reasons["empty.txt"].startswith("empty")
        assert reasons["batch.jsonl:2"].startswith('a JSON Lines row needs a "text"')
        assert reasons["batch.jsonl:3"].startswith("not JSON")
        assert ("no-body", "no-body") in {(o, a) for o, a, _ in rows}
        before = dump(db)
        again = store.ingest(items, db)
        assert again.failed == 5 and again.unchanged == 2
        assert dump(db) == before      # the same failures again are not new rows


def test_cli_ingest_exit_status_and_messages(new_store, tmp_path, capsys):
    from veille.cli import main

    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(corpus_items()[1], ensure_ascii=False) + "\n", encoding="utf-8")
    db = new_store("cli")
    assert main(["ingest", str(good), "--db", db, "--no-progress"]) == 0
    assert "1 new" in capsys.readouterr().err
    assert main(["ingest", str(good), str(BROKEN), "--db", db, "--no-progress"]) == 1
    err = capsys.readouterr().err
    assert "archive.bin: binary file, not text" in err and "4 failed" in err and "1 unchanged" in err
    assert main(["ingest", str(good), "--db", db, "--workers", "0"]) == 2


def test_killed_ingest_then_rerun_equals_a_clean_run(corpus_path, corpus_new_store, tmp_path):
    """SIGKILL an ingest midway, run it again: same articles, same reports, same merge."""
    src = tmp_path / "corpus.jsonl"
    src.write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in corpus_items()), encoding="utf-8")
    db_path = corpus_new_store("crash")
    cmd = [sys.executable, "-m", "veille.cli", "ingest", str(src), "--db", db_path, "--no-progress"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stored = 0
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if is_url(db_path) or pathlib.Path(db_path).exists():
                stored = count_rows(db_path, "articles")
            if stored >= 3:
                os.kill(proc.pid, signal.SIGKILL)
                break
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
    if not is_url(db_path):
        with sqlite3.connect(db_path) as c:
            assert c.execute("pragma integrity_check").fetchone()[0] == "ok"
    partial = count_rows(db_path, "articles")
    assert 3 <= partial < len(corpus_items())
    # every stored article is whole: one report, its events
    assert count_rows(db_path, "reports") == partial

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{partial} unchanged" in rerun.stderr

    with store.open(db_path, readonly=True) as crashed, store.open(corpus_path, readonly=True) as clean:
        assert report_hashes(crashed) == report_hashes(clean)
        assert merged_snapshot(crashed) == merged_snapshot(clean)
        for table in (t.events, t.figures, t.actors, t.places, t.quotes):
            assert dump(crashed, [table]) == dump(clean, [table]), table.name
        assert crashed.counts()["merge_queue"] == 0
