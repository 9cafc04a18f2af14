"""Hostile inputs (issue 17): one bad row never stops a batch, every door gives the same
verdict, bad bytes are decided on evidence, and the readers and the ingest path never raise
(a Hypothesis fuzz test). The dispatches below are fictional."""
from __future__ import annotations

import json
import pathlib
import tempfile

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings, strategies as st

from veille import as_article, extract_many, store
from veille.read import Article, ReadFailure, read_path
from veille.read.decode import decode_bytes
from veille.read.dispatch import read_bytes
from veille.scale import core
from veille.store import schema as t

GOOD = [
    "Au moins six civils ont été tués lundi dans une attaque contre le village de Mbau, "
    "selon la société civile locale.",
    "Trois soldats ont été blessés mardi près de Kidal lors d'une embuscade, a indiqué l'armée malienne.",
    "Des milliers de personnes ont fui les combats autour de Sake, a annoncé mercredi l'ONU.",
]


def _rows(db_path) -> dict[str, int]:
    with store.open(db_path) as db, db.connect() as conn:
        return {name: conn.scalar(sa.select(sa.func.count()).select_from(table))
                for name, table in (("articles", t.articles), ("failures", t.failures),
                                    ("merge_queue", t.merge_queue))}


# ------------------------------------------------------------------ 1. one bad row, one failure
BAD_ROWS = [
    ('{"id": "surrogate", "text": "Au moins \\ud800 tués lundi à Goma, selon l\'ONU, dans le camp."}', "stored"),
    ('{"id": "src-list", "text": "Deux morts à Goma.", "source": ["AFP"]}', '"source" must be a string'),
    ('{"id": "title-dict", "text": "Deux morts à Goma.", "title": {"a": 1}}', '"title" must be a string'),
    ('{"id": "bad-day", "text": "Deux morts à Goma.", "published": "2024-13-45"}', "not a YYYY-MM-DD date"),
    ('{"id": "hier", "text": "Deux morts à Goma.", "published": "hier"}', "not a YYYY-MM-DD date"),
    ('{"id": "xx", "text": "Deux morts à Goma.", "lang": "xx"}', "is not supported"),
]


def test_bad_rows_never_stop_an_ingest_and_each_leaves_a_failure(new_store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n, text in enumerate(GOOD):
        (folder / f"2024-06-1{n}--AFP--good-{n}.txt").write_text(text, encoding="utf-8")
    (folder / "rows.jsonl").write_text("\n".join(r for r, _ in BAD_ROWS) + "\n", encoding="utf-8")
    db = new_store()
    res = store.ingest([str(folder)], db)
    reasons = {f.id: f.reason for f in res.failures}
    for row, verdict in BAD_ROWS:
        ident = json.loads(row)["id"]
        if verdict == "stored":
            assert ident not in reasons
        else:
            assert verdict in reasons[ident], reasons
    assert res.added == len(GOOD) + 1 and res.failed == len(BAD_ROWS) - 1
    counts = _rows(db)
    assert counts == {"articles": len(GOOD) + 1, "failures": len(BAD_ROWS) - 1, "merge_queue": 0}
    with store.open(db) as s, s.connect() as conn:
        text, record = conn.execute(sa.select(t.articles.c.text, t.reports.c.record_json)
                                    .join(t.reports, t.reports.c.article_id == t.articles.c.id)
                                    .where(t.articles.c.id == "surrogate")).one()
    assert "\ufffd" in text and "\ud800" not in text
    assert "replaced by U+FFFD" in json.loads(record)["article"]["decoding"]
    # the re-run goes past the bad rows too, and adds nothing
    again = store.ingest([str(folder)], db)
    assert again.unchanged == len(GOOD) + 1 and again.added == 0 and _rows(db) == counts


# ------------------------------------------------------------------ 8. one validation, every door
def _via_reader(row: dict, tmp_path: pathlib.Path):
    p = tmp_path / "one.jsonl"
    p.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [out] = list(read_path(p))
    return out


def _via_scale(row: dict, tmp_path):
    cols = core.rows_from_jsonl([json.dumps(row)])
    return core.article_from_row({c: cols[c][0] for c in core.INPUT_COLUMNS})


DOOR_ROWS = [
    {"text": GOOD[0], "published": "2024-13-45"},
    {"text": GOOD[0], "published": "hier"},
    {"text": GOOD[0], "lang": "xx"},
    {"text": GOOD[0], "source": ["AFP"]},
    {"text": GOOD[0], "title": {"t": 1}},
    {"text": GOOD[0], "id": ["a"]},
    {"text": ["not", "a", "text"]},
    {"text": "   "},
]


@pytest.mark.parametrize("row", DOOR_ROWS, ids=lambda r: json.dumps(r, ensure_ascii=True)[-30:])
def test_every_door_gives_one_verdict(row, tmp_path):
    verdicts = {"as_article": as_article(row), "reader": _via_reader(row, tmp_path),
                "scale": _via_scale(row, tmp_path), "extract_many": next(extract_many([row]))}
    assert all(isinstance(v, ReadFailure) for v in verdicts.values()), verdicts
    assert len({v.reason for v in verdicts.values()}) == 1, verdicts
    with pytest.raises(Exception) as exc:
        import veille
        veille.extract(**{k: v for k, v in row.items()})
    assert verdicts["reader"].reason in str(exc.value) or isinstance(exc.value, TypeError)


@pytest.mark.parametrize("row", [
    {"text": GOOD[1], "url": "https://example.org/monde/2024/06/kidal-embuscade.html"},
    {"text": GOOD[1], "id": 42, "url": "https://example.org/x"},
    {"text": GOOD[1]},
    {"text": GOOD[1], "published": "2024-06-11T08:30:00Z"},
])
def test_every_door_gives_one_id(row, tmp_path):
    ids = {as_article(row).id, _via_reader(row, tmp_path).id, _via_scale(row, tmp_path).id}
    assert len(ids) == 1, ids
    if "url" in row and "id" not in row:
        assert ids == {"kidal-embuscade"}
    if "published" in row:
        assert as_article(row).published == _via_reader(row, tmp_path).published == "2024-06-11"


def test_the_api_refuses_what_the_other_doors_refuse(tmp_path):
    """A posted article the other doors refuse is refused with the same reason (a failure of
    the request, as a bad JSON Lines row is a failure of the file), and nothing is stored."""
    from veille.serve import create_app

    db = str(tmp_path / "api.db")
    store.open(db).close()
    with TestClient(create_app(db, token="tok-0123456789")) as client:
        auth = {"Authorization": "Bearer tok-0123456789"}
        for body, reason in [({"text": GOOD[0], "published": "2024-13-45"}, "not a YYYY-MM-DD date"),
                             ({"text": GOOD[0], "published": "hier"}, "not a YYYY-MM-DD date"),
                             ({"text": GOOD[0], "lang": "xx"}, "is not supported")]:
            r = client.post("/api/articles", json=body, headers=auth)
            assert r.status_code == 200 and r.json()["failed"] == 1, r.text
            assert r.json()["failures"][0]["reason"] == as_article(body).reason and reason in as_article(body).reason
        r = client.post("/api/articles", content=b"[" * 100_000, headers=auth)
        assert r.status_code == 422 and "nested" in r.json()["detail"]
    assert _rows(db)["articles"] == 0


# ------------------------------------------------------------------ 4. bad bytes, decided on evidence
FRENCH = "Les États-Unis ont condamné l'attaque. « Nous déplorons ces morts », a déclaré l'élu.\n" * 20


def test_a_few_bad_bytes_in_utf8_are_replaced_not_read_as_cp1252():
    data = bytearray(FRENCH.encode("utf-8"))
    for at in (100, 500, 900, 1300):
        data[at:at] = b"\x9d"
    text, note = decode_bytes(bytes(data))
    assert "États-Unis" in text and "Ã" not in text
    assert text.count("\ufffd") == 4 and note == "UTF-8 with 4 invalid byte(s) replaced by U+FFFD"


def test_real_cp1252_is_still_read_as_cp1252(tmp_path):
    p = tmp_path / "cp.txt"
    p.write_bytes(FRENCH.encode("cp1252"))
    [art] = list(read_path(p))
    assert art.text.startswith("Les États-Unis") and "\ufffd" not in art.text
    assert art.decoding and "cp1252" in art.decoding


def test_the_record_says_how_its_bytes_were_decoded(tmp_path):
    p = tmp_path / "damaged.txt"
    p.write_bytes(GOOD[0].encode("utf-8").replace(b"civils", b"civ\xffils"))
    [art] = list(read_path(p))
    [rec] = list(extract_many([art]))
    assert rec.to_dict()["article"]["decoding"] == "UTF-8 with 1 invalid byte(s) replaced by U+FFFD"
    [clean] = list(extract_many([GOOD[0]]))
    assert "decoding" not in clean.to_dict()["article"]


# ------------------------------------------------------------------ fuzz: never an exception
FIELD_VALUES = st.one_of(
    st.none(), st.text(max_size=30), st.integers(), st.floats(allow_nan=True), st.booleans(),
    st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
    st.sampled_from(["2024-13-45", "hier", "2024-06-11", "xx", "fr", "\ud800", "a\x00b", "x" * 5000]),
)
ROWS = st.fixed_dictionaries({}, optional={
    "id": FIELD_VALUES, "published": FIELD_VALUES, "title": FIELD_VALUES, "url": FIELD_VALUES,
    "source": FIELD_VALUES, "lang": FIELD_VALUES,
    "text": st.one_of(FIELD_VALUES, st.sampled_from(GOOD), st.text(min_size=1, max_size=200),
                      st.just("Au moins \ud800 tués à Goma.\x00"), st.just("é" * 1_000_001)),
})


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.binary(max_size=400), suffix=st.sampled_from(["", ".txt", ".jsonl", ".html", ".xml"]))
def test_fuzz_readers_never_raise(data, suffix):
    for item in read_bytes(data, "fuzz" + suffix, "fuzz", suffix=suffix):
        assert isinstance(item, (Article, ReadFailure))
        if isinstance(item, Article):
            assert item.text.strip() and not any("\ud800" <= c <= "\udfff" or c == "\x00" for c in item.text)


@settings(max_examples=300, deadline=None)
@given(row=st.one_of(ROWS, FIELD_VALUES))
def test_fuzz_as_article_never_raises(row):
    out = as_article(row)
    assert isinstance(out, (Article, ReadFailure))
    if isinstance(out, Article):
        assert all(v is None or isinstance(v, str) for v in (out.published, out.title, out.url, out.source))
        json.dumps(out.__dict__).encode("utf-8")    # every field storable and printable


@settings(max_examples=20, deadline=None, suppress_health_check=list(HealthCheck))
@given(rows=st.lists(ROWS, min_size=1, max_size=4), raw=st.lists(st.binary(max_size=60), max_size=2),
       ascii_only=st.booleans())
def test_fuzz_ingest_stores_or_records_every_row(rows, raw, ascii_only):
    """Rows with wrong types, surrogates, huge fields, and lines of random bytes, as one JSON
    Lines file: every line ends as a stored article or a failure row, and the ingest returns."""
    def dump(r) -> bytes:
        return json.dumps(r, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")
    lines = [dump(r) for r in rows] + [b for b in raw if b.strip()]
    with tempfile.TemporaryDirectory() as d:
        src = pathlib.Path(d, "rows.jsonl")
        src.write_bytes(b"\n".join(x.replace(b"\n", b" ").replace(b"\r", b" ") for x in lines) + b"\n")
        db = str(pathlib.Path(d, "fuzz.db"))
        res = store.ingest([str(src)], db)
        counts = _rows(db)
    if not raw and ascii_only:   # then the file is clean UTF-8: one outcome per row, exactly
        assert res.articles + res.failed == len(rows)
    assert res.articles + res.failed >= 1
    assert counts["merge_queue"] == 0
    assert (counts["failures"] > 0) == (res.failed > 0)
    assert counts["articles"] == res.added


# ------------------------------------------------------------------ 2, 3, 8. commands and API: no traceback
def _cli(*args, stdin=None, stdout=None, cwd=None, **kw):
    import subprocess
    import sys
    return subprocess.run([sys.executable, "-m", "veille.cli", *args], stdin=stdin,
                          stdout=stdout if stdout is not None else subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, timeout=300, cwd=cwd, **kw)


@pytest.fixture(scope="module")
def small_store(tmp_path_factory):
    d = tmp_path_factory.mktemp("small")
    db = d / "s.db"
    res = store.ingest([{"id": "g", "text": GOOD[0], "published": "2024-06-11", "source": "AFP"}], str(db))
    assert res.added == 1
    (d / "plain.txt").write_text(GOOD[0], encoding="utf-8")
    return d


def _one_line_exit_2(res, *needles):
    assert res.returncode == 2, (res.returncode, res.stderr)
    assert "Traceback" not in res.stderr
    last = res.stderr.strip().splitlines()[-1]
    for n in needles:
        assert n in last, res.stderr
    return last


@pytest.mark.parametrize("args, needles", [
    (["export", "--format", "jsonl", "--out", "/nonexistent/x.csv"], ["cannot write /nonexistent/x.csv"]),
    (["query", "--db", "{d}/plain.txt"], ["cannot open", "not a database"]),
    (["stats", "--db", "bogus://x"], ["unknown kind of store 'bogus'"]),
    (["stats", "--db", "{d}"], ["is a folder"]),
    (["query", "--limit", "-5"], ["--limit", "at least 0"]),
    (["query", "--since", "2024-02-01", "--until", "2024-01-01"], ["--since 2024-02-01 is after --until 2024-01-01"]),
    (["extract", "{d}/plain.txt", "--workers", "0"], ["--workers", "at least 1"]),
    (["ingest", "{d}/plain.txt", "--lang", "xx", "--db", "{d}/never.db"], ["'xx' is not supported"]),
])
def test_bad_command_lines_are_one_line_and_exit_2(small_store, args, needles):
    args = [a.format(d=small_store) for a in args]
    if args[0] in ("export", "query") and "--db" not in args:
        args += ["--db", str(small_store / "s.db")]
    _one_line_exit_2(_cli(*args), *needles)
    assert not (small_store / "never.db").exists()
    assert (small_store / "plain.txt").read_text(encoding="utf-8") == GOOD[0]   # not turned into a store


@pytest.mark.parametrize("args", [["query", "--since", "0001-01-01"], ["query", "--until", "9999-12-31"],
                                  ["export", "--format", "acled-csv", "--since", "0001-01-05"]])
def test_dates_at_the_ends_of_the_calendar_are_valid_filters(small_store, args):
    res = _cli(*args, "--db", str(small_store / "s.db"))
    assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr


def test_closed_and_full_standard_streams(small_store):
    import subprocess
    db = str(small_store / "s.db")
    _one_line_exit_2(_cli("extract", "-", stdin=subprocess.DEVNULL, pass_fds=(), close_fds=True,
                          preexec_fn=lambda: __import__("os").close(0)), "stdin is closed")
    _one_line_exit_2(_cli("ingest", "-", "--db", db, preexec_fn=lambda: __import__("os").close(0)),
                     "stdin is closed")
    _one_line_exit_2(_cli("stats", "--db", db, preexec_fn=lambda: __import__("os").close(1)), "stdout is closed")
    with open("/dev/full", "w") as full:
        _one_line_exit_2(_cli("stats", "--db", db, stdout=full), "No space left on device")
        _one_line_exit_2(_cli("extract", str(small_store / "plain.txt"), stdout=full), "No space left on device")


@pytest.mark.parametrize("url", ["/api/events?since=0001-01-01", "/api/events?until=9999-12-31",
                                 "/api/articles?until=9999-12-31", "/api/timeseries?since=0001-01-01",
                                 "/api/events?min_fatalities=9223372036854775808"])
def test_reads_at_the_limits_are_never_500(small_store, url):
    from veille.serve import create_app
    with TestClient(create_app(str(small_store / "s.db"))) as client:
        r = client.get(url)
    assert r.status_code in (200, 422), r.text
    if "min_fatalities" in url:
        assert r.status_code == 422 and "min_fatalities" in r.text


# ------------------------------------------------------------------ 7. every input read or reported
def test_link_loops_broken_links_and_article_named_folders_are_reported(tmp_path):
    import os
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(GOOD[0], encoding="utf-8")
    (d / "sub" / "b.txt").write_text(GOOD[1], encoding="utf-8")
    (d / "empty.txt").mkdir()
    os.symlink("loop", d / "loop")
    os.symlink("missing.txt", d / "broken.txt")
    os.symlink("..", d / "sub" / "up")
    got = {pathlib.Path(x.origin).relative_to(d).as_posix(): getattr(x, "reason", "read") for x in read_path(d)}
    assert got == {"a.txt": "read", "sub/b.txt": "read", "empty.txt": "an empty folder, not a file",
                   "loop": "symbolic link loop", "broken.txt": "broken symbolic link (to missing.txt)",
                   "sub/up": "symbolic link loop (folder already read)"}
    [direct] = list(read_path(d / "loop"))
    assert direct.reason == "symbolic link loop"


# ------------------------------------------------------------------ 9. small ones
def test_a_terminated_export_leaves_no_part_file(small_store, tmp_path):
    """SIGTERM during an export (here held open while writing) removes ``<out>.part``."""
    import signal
    import subprocess
    import sys
    import time
    out = tmp_path / "x.jsonl"
    code = ("import time, veille.export.jsonl as j, veille.cli as c\n"
            "w = j.write_jsonl\n"
            "def slow(*a, **k):\n    n = w(*a, **k); open(%r, 'w').close(); time.sleep(60); return n\n"
            "j.write_jsonl = slow\n"
            "raise SystemExit(c.main(['export', '--format', 'jsonl', '--db', %r, '--out', %r]))\n"
            % (str(tmp_path / "writing"), str(small_store / "s.db"), str(out)))
    proc = subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)
    for _ in range(600):
        if (tmp_path / "writing").exists():
            break
        time.sleep(0.1)
    assert pathlib.Path(str(out) + ".part").exists()
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM and "Traceback" not in err, err
    assert not pathlib.Path(str(out) + ".part").exists() and not out.exists()


def test_a_page_without_an_article_is_named_without_trafilatura_noise(tmp_path, caplog):
    p = tmp_path / "menu.html"
    p.write_text("<html><head><title>x</title></head></html>", encoding="utf-8")
    res = _cli("extract", str(p))
    assert res.returncode == 1
    assert "discarding data" not in res.stderr and "Traceback" not in res.stderr, res.stderr
    assert res.stderr.strip().splitlines()[-1] == f"veille: {p}: HTML page with no article text", res.stderr


def test_a_json_string_holding_a_line_separator_stays_one_row(tmp_path):
    p = tmp_path / "ls.jsonl"
    rows = [{"id": "ls", "text": GOOD[0] + "\u2028" + GOOD[1] + "\x85 fin."}, {"id": "two", "text": GOOD[2]}]
    p.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\r\n", encoding="utf-8")
    got = list(read_path(p))
    assert [(a.id, a.text) for a in got] == [(r["id"], r["text"]) for r in rows]


def test_a_file_name_that_is_not_a_date_is_no_publication_date(tmp_path):
    (tmp_path / "2024-13-45--AFP--notes.txt").write_text(GOOD[0], encoding="utf-8")
    (tmp_path / "2024-06-11--AFP--goma.txt").write_text(GOOD[1], encoding="utf-8")
    got = {a.id: a.published for a in read_path(tmp_path)}
    assert got == {"2024-13-45--AFP--notes": None, "2024-06-11--AFP--goma": "2024-06-11"}
