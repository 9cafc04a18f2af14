"""Extraction at scale: the engine-independent batch core, worker sizing, and the Ray engine.

The core and the sizing are tested without Ray. The Ray tests start one local Ray instance
for the module (2 CPUs, so one model worker), extract a small corpus written as JSON Lines
shards and a Parquet shard, and compare with the single-process path: the records must be
the same, a broken row must fail alone, and ``veille ingest --engine ray`` must fill a store
whose reports are the local ingest's. They need the ray extra (``pip install -e '.[ray]'``;
CI installs it) and skip without it.
"""
from __future__ import annotations

import datetime as dt
import json
import sys

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
import sqlalchemy as sa

import veille
from veille import store
from veille.cli import main
from veille.read import ReadFailure
from veille.record import Record
from veille.scale import core, ray_engine
from veille.store import schema as t

from test_ingest import corpus_items

# Ray Data's own DataContext warns about its deprecated settings when it copies itself
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.data.context")

BROKEN_LINES = ['{"id": "empty-one", "text": "  ", "published": "2024-06-01"}',   # no text to extract
                '{"id": "no-text", "title": "a row without a text"}',                # not an article
                '{this is not JSON']
IN_JSONL = 6   # articles in the JSON Lines shards; two more go in a Parquet shard


@pytest.fixture(scope="module")
def items() -> list[dict]:
    return corpus_items()[:IN_JSONL + 2]


@pytest.fixture(scope="module")
def local_records(items) -> dict[str, Record]:
    return {r.article.id: r for r in veille.extract_many(items)}


@pytest.fixture(scope="module")
def shards(tmp_path_factory, items):
    """The first articles as two JSON Lines shards, and a third of broken rows."""
    folder = tmp_path_factory.mktemp("shards")
    for n in range(2):
        rows = [json.dumps(it, ensure_ascii=False) for it in items[:IN_JSONL][n::2]]
        (folder / f"part-{n}.jsonl").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (folder / "part-2.jsonl").write_text("\n".join(BROKEN_LINES) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def parquet_shard(tmp_path_factory, items):
    """The last articles as a Parquet shard, with a date column as Parquet writers make them."""
    rows = items[IN_JSONL:]
    path = tmp_path_factory.mktemp("parquet") / "more.parquet"
    pq.write_table(pa.table({"id": [r["id"] for r in rows], "text": [r["text"] for r in rows],
                             "published": [dt.date.fromisoformat(r["published"]) for r in rows],
                             "source": [r["source"] for r in rows]}), path)
    return path


# -- sizing ---------------------------------------------------------------------------

@pytest.mark.parametrize("cpus, requested, workers", [
    (2, None, 1), (3, None, 2), (8, None, 7), (8.0, None, 7), (1, None, 1), (0, None, 1),
    (8, 3, 3), (8, 20, 7), (2, 2, 1), (16, 0, 1)])
def test_pool_keeps_a_cpu_for_the_reader(cpus, requested, workers):
    assert ray_engine.pool_size(cpus, requested) == workers


def test_missing_ray_says_how_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)   # import ray -> ImportError
    with pytest.raises(ray_engine.RayMissing, match=r"pip install 'veille\[ray\]'"):
        ray_engine.import_ray()


def test_shards_are_found_and_other_files_refused(tmp_path):
    (tmp_path / "a.jsonl").write_text("{}\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.ndjson.gz").write_bytes(b"")
    pq.write_table(pa.table({"text": ["x"]}), tmp_path / "sub" / "c.parquet")
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "_SUCCESS").write_text("")
    jsonl, parquet, failures = ray_engine.find_shards([str(tmp_path), str(tmp_path / "nope"), "-"])
    assert [p.rsplit("/", 1)[1] for p in jsonl] == ["a.jsonl", "b.ndjson.gz"]
    assert [p.rsplit("/", 1)[1] for p in parquet] == ["c.parquet"]
    assert sorted(f.origin.rsplit("/", 1)[-1] for f in failures) == ["-", "nope", "notes.txt"]
    assert any("--engine local" in f.reason for f in failures)


# -- the core, without an engine ------------------------------------------------------

def test_core_rows_give_the_single_process_records(nlp, items, local_records):
    lines = [json.dumps(it, ensure_ascii=False) for it in items[:2]] + BROKEN_LINES
    out = core.BatchExtractor()(core.rows_from_jsonl(lines, ["shard.jsonl"] * len(lines)))
    assert set(out) == set(core.OUTPUT_COLUMNS) and len(out["id"]) == len(lines)
    assert out["ok"] == [True, True, False, False, False]
    got = list(core.read_outputs([dict(zip(out, vals)) for vals in zip(*out.values())]))
    for (rec, text), item in zip(got[:2], items[:2]):
        assert rec.to_dict() == local_records[item["id"]].to_dict()
        assert text == item["text"]
    failures = got[2:]
    assert all(isinstance(f, ReadFailure) for f in failures)
    assert [f.id for f in failures] == ["empty-one", "no-text", None]
    assert failures[0].reason.startswith("empty")
    assert failures[1].reason == core.NEEDS_TEXT
    assert failures[2].reason.startswith("not JSON")
    assert failures[2].origin.startswith("shard.jsonl#sha256-")   # told apart without a line number


def test_core_extractor_error_fails_one_row(nlp, items, monkeypatch):
    real = core.extract_many

    def flaky(batch, **kw):
        if any(getattr(a, "id", None) == "boom" for a in batch):
            raise RuntimeError("worker hiccup")
        return real(batch, **kw)

    monkeypatch.setattr(core, "extract_many", flaky)
    rows = core.rows_from_table({"id": ["boom", items[0]["id"]], "text": ["Un texte.", items[0]["text"]]})
    out = core.BatchExtractor()(rows)
    assert out["ok"] == [False, True]
    assert out["error"][0] == "extractor error: RuntimeError: worker hiccup"


def test_a_row_cleaned_on_reading_says_so_in_its_record(nlp):
    # a lone surrogate (JSON allows it, UTF-8 does not) is replaced when the row is read; the
    # worker gets the clean text and must still say what was done, as the local path does
    line = '{"id": "surrogate", "text": "Au moins \\ud800 civils tués lundi à Goma, selon l\'ONU."}'
    rows = core.rows_from_jsonl([line], ["shard.jsonl"])
    assert "\ud800" not in rows["text"][0] and "replaced by U+FFFD" in rows["decoding"][0]
    out = core.BatchExtractor()(rows)
    (rec, _), = core.read_outputs([dict(zip(out, vals)) for vals in zip(*out.values())])
    local = next(iter(veille.extract_many([json.loads(line)])))
    assert rec.to_dict()["article"]["decoding"] == local.to_dict()["article"]["decoding"]
    assert "replaced by U+FFFD" in rec.to_dict()["article"]["decoding"]


def test_table_rows_become_strings():
    rows = core.rows_from_table({"id": [7, None], "text": ["a", None],
                                 "published": [dt.datetime(2024, 3, 5, 14, 0), dt.date(2024, 3, 6)]},
                                ["s.parquet", "s.parquet"])
    assert rows["id"] == ["7", None]
    assert rows["published"] == ["2024-03-05", "2024-03-06"]
    assert rows["error"] == [None, core.NEEDS_TEXT]
    assert rows["origin"][0] == "s.parquet#7"


# -- the Ray engine -------------------------------------------------------------------

@pytest.fixture(scope="module")
def ray_local():
    pytest.importorskip("ray", reason="the Ray engine needs the ray extra: pip install -e '.[ray]' (CI installs it)")
    import ray
    started = ray_engine.connect(num_cpus=2)
    yield ray
    if started:
        ray.shutdown()


@pytest.fixture(scope="module")
def ray_outputs(ray_local, shards, parquet_shard, tmp_path_factory):
    records = tmp_path_factory.mktemp("ray") / "records"
    run = ray_engine.extract_to_parquet([str(shards), str(parquet_shard)], str(records), progress=False)
    assert run.workers == 1 and run.shards == 4 and not run.failures
    return records, list(ray_engine.read_records(str(records)))


def test_ray_gives_the_single_process_records(ray_outputs, items, local_records):
    records, outputs = ray_outputs
    assert list(records.glob("*.parquet")), "the workers write Parquet parts"
    got = {rec.article.id: (rec, text) for rec, text in (o for o in outputs if isinstance(o, tuple))}
    assert sorted(got) == sorted(local_records)
    texts = {it["id"]: it["text"] for it in items}
    for ident, (rec, text) in got.items():
        assert rec.to_dict() == local_records[ident].to_dict(), ident
        assert text == texts[ident]


def test_ray_broken_rows_fail_alone(ray_outputs, items):
    _, outputs = ray_outputs
    failures = [o for o in outputs if isinstance(o, ReadFailure)]
    assert len(outputs) == len(items) + len(BROKEN_LINES)
    assert sorted(str(f.id) for f in failures) == ["None", "empty-one", "no-text"]
    assert all("part-2.jsonl#" in f.origin for f in failures)


def _report_hashes(url) -> dict[str, str]:
    with store.open(url, readonly=True) as db, db.connect() as conn:
        return dict(conn.execute(sa.select(t.reports.c.article_id, t.reports.c.record_sha256)).all())


def _articles(url) -> list[tuple]:
    a = t.articles
    with store.open(url, readonly=True) as db, db.connect() as conn:
        return sorted(conn.execute(sa.select(a.c.id, a.c.sha256, a.c.text, a.c.published, a.c.source)).all())


def _failure_count(url) -> int:
    with store.open(url, readonly=True) as db, db.connect() as conn:
        return conn.scalar(sa.select(sa.func.count()).select_from(t.failures))


def test_cli_ray_ingest_fills_the_store_as_local_does(ray_local, shards, tmp_path):
    local, on_ray, records = tmp_path / "local.db", tmp_path / "ray.db", tmp_path / "records"
    assert main(["ingest", str(shards), "--db", str(local), "--no-progress"]) == 1       # 1: broken rows
    assert main(["ingest", str(shards), "--engine", "ray", "--db", str(on_ray), "--records", str(records),
                 "--no-progress"]) == 1
    hashes = _report_hashes(str(on_ray))
    assert len(hashes) == IN_JSONL
    assert hashes == _report_hashes(str(local))
    assert _articles(str(on_ray)) == _articles(str(local))
    assert _failure_count(str(on_ray)) == _failure_count(str(local)) == len(BROKEN_LINES)
    assert list(records.glob("*.parquet")), "--records keeps the Parquet parts"
    # a records folder that holds an earlier run is refused, before any work
    assert main(["ingest", str(shards), "--engine", "ray", "--db", str(on_ray), "--records", str(records),
                 "--no-progress"]) == 2


def test_cli_ray_options_need_the_ray_engine(tmp_path):
    assert main(["ingest", str(tmp_path), "--address", "ray://head:10001"]) == 2
