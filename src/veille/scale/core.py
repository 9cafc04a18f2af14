"""One batch of articles -> one batch of plain output rows, whatever engine moves them.

Distributed engines (Ray Data, Dask, Spark...) all do the same thing with a model: keep it
loaded in a long-lived worker and hand that worker batches of rows as columns. This module
is that worker's job, with no engine in it:

- ``rows_from_jsonl`` / ``rows_from_table``: what an engine read (JSON Lines text lines, a
  Parquet table's columns) -> the input columns ``INPUT_COLUMNS``, all strings. A line that
  is not an article is not dropped: it becomes a row that carries its ``error``.
- ``BatchExtractor``: loads the spaCy pipeline once, in ``__init__``; each call turns input
  columns into output columns ``OUTPUT_COLUMNS``. Articles are read exactly as the local
  JSON Lines reader reads them (same ids, same defaults) and extracted by ``extract_many``,
  so a record is the one the single-process path gives.
- ``read_outputs``: output rows -> what ``store.ingest`` takes: ``(Record, text)`` pairs and
  ``ReadFailure`` items.

Why plain rows: what a worker returns is pickled and shipped. A pickled spaCy Doc carries
its vocabulary (46 MB for a 3.3 kB article with fr_core_news_md) and veille's extension
attributes do not serialise at all; the article's record as canonical JSON is 12.9 kB, and
it is the very string the store hashes (``reports.record_sha256``). A failing article (empty text, broken JSON,
extractor error) is one row with ``ok = False``; it never sinks the batch.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any, Iterable, Iterator, Mapping, Sequence

import pyarrow as pa

from veille.extract import _lang, extract_many
from veille.nlp.pipeline import get_pipeline
from veille.read.article import Article, ReadFailure, content_id
from veille.read.validate import as_article
from veille.record import Record
from veille.store.rows import record_json

log = logging.getLogger(__name__)

# what a worker takes: the JSON Lines keys as strings, where the row came from, the error of
# a row that could not even be parsed, and what reading did to its characters (lone
# surrogates replaced...: ``Article.decoding``, kept so the record says it as locally)
INPUT_COLUMNS = ("id", "text", "published", "title", "url", "source", "lang", "origin", "error", "decoding")
# what a worker gives: the record as canonical JSON (rows.record_json), or why there is none;
# ``text`` is the article body the record's spans point into (the store keeps it)
OUTPUT_COLUMNS = ("id", "ok", "record_json", "error", "origin", "text")

INPUT_SCHEMA = pa.schema([(c, pa.string()) for c in INPUT_COLUMNS])
OUTPUT_SCHEMA = pa.schema([("id", pa.string()), ("ok", pa.bool_()), ("record_json", pa.large_string()),
                           ("error", pa.string()), ("origin", pa.string()), ("text", pa.large_string())])

NEEDS_TEXT = 'a JSON Lines row needs a "text" string'   # the local reader's words


def _length(batch: Mapping[str, Sequence]) -> int:
    return max((len(v) for v in batch.values()), default=0)


def _origin(path: str | None, ident: str | None, raw: str) -> str:
    """Where a row came from, for the failures table. Engines read shards in blocks and lose
    line numbers, so the id (or the line's hash) tells rows of one file apart."""
    return f"{path or '<rows>'}#{ident or content_id(raw)}"


def rows_from_jsonl(lines: Sequence[str], paths: Sequence[str | None] | None = None) -> dict[str, list]:
    """JSON Lines text lines (one article each) -> input columns."""
    cols: dict[str, list] = {c: [] for c in INPUT_COLUMNS}
    for i, line in enumerate(lines):
        path = paths[i] if paths is not None else None
        line = (line or "").lstrip("\ufeff")
        row: dict[str, Any] = {}
        try:
            parsed = json.loads(line)
        except json.JSONDecodeError as exc:
            row["error"] = f"not JSON: {exc.msg} at column {exc.colno}"
        except RecursionError:
            row["error"] = "not JSON: nested too deeply"
        else:
            row = _checked_row(parsed)
        row["origin"] = _origin(path, row.get("id"), line)
        for c in INPUT_COLUMNS:
            cols[c].append(row.get(c))
    return cols


def rows_from_table(batch: Mapping[str, Sequence], paths: Sequence[str | None] | None = None) -> dict[str, list]:
    """A table's columns (Parquet shards: any of the JSON Lines keys, any types) -> input
    columns, values as strings (a ``published`` date or timestamp becomes YYYY-MM-DD)."""
    n = _length(batch)
    cols: dict[str, list] = {c: [] for c in INPUT_COLUMNS}
    for i in range(n):
        row = _checked_row({k: _day(batch[k][i]) for k in INPUT_COLUMNS[:7] if k in batch})
        path = paths[i] if paths is not None else None
        row["origin"] = _origin(path, row["id"], json.dumps(row, sort_keys=True, default=str))
        for c in INPUT_COLUMNS:
            cols[c].append(row.get(c))
    return cols


def _day(value: Any) -> Any:
    """A Parquet date or timestamp as the string a JSON Lines row would carry."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _checked_row(parsed: Any) -> dict[str, Any]:
    """A parsed row -> input columns as strings, checked by the same ``as_article`` as every
    other door: a row it refuses keeps its id and carries the reason as its ``error``."""
    if not isinstance(parsed, dict):
        return {"error": NEEDS_TEXT}
    art = as_article(parsed)
    if isinstance(art, ReadFailure):
        kept = {k: v for k, v in parsed.items() if k in INPUT_COLUMNS[:7] and isinstance(v, str)}
        return {**kept, "id": art.id, "error": art.reason}
    row = {k: getattr(art, k) for k in INPUT_COLUMNS[:7]}
    row["decoding"] = art.decoding
    if parsed.get("id") in (None, ""):
        row["id"] = None    # the id comes from the url or the text in article_from_row, as locally
    return row


def article_from_row(row: Mapping[str, Any], published: str | None = None,
                     source: str | None = None) -> Article | ReadFailure:
    """One input row -> the Article the local JSON Lines reader (read.dispatch.read_jsonl)
    makes of the same row: same id rule (row id, else from the URL, else the text hash),
    same defaults (``published`` and ``source`` fill what the row lacks)."""
    ident = row.get("id") or None
    origin = row.get("origin") or ident or "<row>"
    if row.get("error"):
        return ReadFailure(origin, row["error"], id=ident)
    art = as_article({k: row.get(k) for k in INPUT_COLUMNS[:7]}, origin=origin, published=published,
                     source=source)
    if isinstance(art, Article) and row.get("decoding"):
        # the row's text was cleaned when it was read (the note came with it): say so again
        art.decoding = "; ".join(x for x in (row["decoding"], art.decoding) if x)
    return art


class BatchExtractor:
    """The model, loaded once per worker; ``extractor(columns) -> columns``.

    ``published``/``source`` are defaults for rows that give none (``veille ingest
    --published/--source``); ``batch_size`` is the ``nlp.pipe`` batch (a failing batch is
    redone article by article, so one bad article costs at most this many re-parses)."""

    def __init__(self, lang: str | None = None, model: str | None = None, *, published: str | None = None,
                 source: str | None = None, batch_size: int = 32):
        self.lang = _lang(lang)
        self.model = model
        self.published = published
        self.source = source
        self.batch_size = batch_size
        # load now: a worker pays it once, not per batch (detected languages load on first use)
        get_pipeline(self.lang or "fr", model)

    def __call__(self, batch: Mapping[str, Sequence]) -> dict[str, list]:
        n = _length(batch)
        rows = [{c: batch[c][i] if c in batch else None for c in INPUT_COLUMNS} for i in range(n)]
        items = []
        for r in rows:
            try:
                items.append(article_from_row(r, self.published, self.source))
            except Exception as exc:  # noqa: BLE001 - a malformed row is that row's failure
                items.append(ReadFailure(r.get("origin") or "<row>", f"bad row: {type(exc).__name__}: {exc}",
                                         id=r.get("id")))
        out: dict[str, list] = {c: [] for c in OUTPUT_COLUMNS}
        for item, result in zip(items, self._extract(items)):
            row = self._output(item, result)
            for c in OUTPUT_COLUMNS:
                out[c].append(row[c])
        return out

    def _extract(self, items: list[Article | ReadFailure]) -> list[Record | ReadFailure]:
        try:
            results = list(extract_many(items, batch_size=self.batch_size, lang=self.lang, model=self.model))
            if len(results) == len(items):
                return results
        except Exception:  # noqa: BLE001 - extract_many keeps going per article; this is the last guard
            log.debug("batch failed outside the extractor; redoing it article by article", exc_info=True)
        results = []
        for item in items:
            try:
                results += list(extract_many([item], lang=self.lang, model=self.model))
            except Exception as exc:  # noqa: BLE001 - reported as this article's failure
                results.append(ReadFailure(item.origin, f"extractor error: {type(exc).__name__}: {exc}",
                                           id=item.id))
        return results

    @staticmethod
    def _output(item: Article | ReadFailure, result: Record | ReadFailure) -> dict[str, Any]:
        if isinstance(result, Record):
            try:
                return {"id": result.article.id, "ok": True, "record_json": record_json(result), "error": None,
                        "origin": item.origin, "text": item.text}
            except Exception as exc:  # noqa: BLE001 - a record that cannot be serialised fails alone
                result = ReadFailure(item.origin, f"record not serialisable: {type(exc).__name__}: {exc}", id=item.id)
        return {"id": result.id, "ok": False, "record_json": None, "error": result.reason,
                "origin": result.origin, "text": None}


def read_outputs(rows: Iterable[Mapping[str, Any]]) -> Iterator[tuple[Record, str] | ReadFailure]:
    """Output rows -> ``(Record, text)`` pairs and ``ReadFailure`` items, which
    ``store.ingest`` writes as if it had extracted them itself."""
    for r in rows:
        origin = r.get("origin") or r.get("id") or "<row>"
        if not r.get("ok"):
            yield ReadFailure(origin, r.get("error") or "failed (no reason given)", id=r.get("id"))
            continue
        try:
            rec = Record.from_dict(json.loads(r["record_json"]))
        except (TypeError, ValueError, KeyError) as exc:
            yield ReadFailure(origin, f"unreadable record: {type(exc).__name__}: {exc}", id=r.get("id"))
            continue
        yield rec, r.get("text")
