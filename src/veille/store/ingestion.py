"""Articles in, records and events out: read, extract, write, merge.

An article is known by its id (the caller's, the file name, the URL...; its text hash when it
has none). Its text hash and the extractor version decide what happens to it:

- unknown id: added;
- same id, same text, same extractor: nothing is done (it is not even extracted again), so
  ingesting a corpus twice changes nothing;
- same id, other text (or another extractor version; for a ready ``Record``, another
  record): its report and all its rows are replaced, in one transaction.

Each article is written in its own transaction, so a killed ingest loses only the work in
flight (the extraction batch being parsed, at most ``batch_size * workers`` articles, none of
them half-written), and a re-run completes the corpus without duplicates. Inputs that cannot
be read or extracted go to ``failures`` with the reason, and the batch goes on.

Merging (``veille.store.merge``) runs every ``merge_every`` written articles and at the end,
over the articles queued in ``merge_queue`` by the same transactions that wrote them.
"""
from __future__ import annotations

import datetime as dt
import functools
import itertools
import logging
import os
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import sqlalchemy as sa

from veille.extract import extract_many
from veille.read import Article, ReadFailure, read_paths
from veille.read.validate import as_article, clean_text
from veille.record import Record, sha256_text
from veille.store import merge, schema as t, search
from veille.store.db import Store, open as open_store
from veille.store.rows import record_json, record_rows, sha256

log = logging.getLogger(__name__)

BATCH_SIZE = 16       # articles per nlp.pipe batch (per worker): the most a kill can waste
MERGE_EVERY = 256     # written articles between two merges
_LOOKUP = 64          # ids looked up at once to skip known articles


@dataclass
class IngestResult:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    failures: list[ReadFailure] = field(default_factory=list)
    seconds: float = 0.0
    merged: merge.MergeResult = field(default_factory=merge.MergeResult)

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def articles(self) -> int:
        return self.added + self.replaced + self.unchanged

    @property
    def ok(self) -> bool:
        return not self.failures


def extractor_version(lang: str = "fr", model: str | None = None) -> str:
    """What made a report: veille's version and the spaCy model's name and version. Found
    without loading the model."""
    import spacy.util

    from veille import __version__
    from veille.lang import get_lang
    from veille.nlp.pipeline import model_lang

    name = model or os.environ.get("VEILLE_MODEL") or None
    if name and model_lang(name) not in (None, lang):
        name = None   # that model serves another language (load_model's rule)
    name = name or next((m for m in get_lang(lang).models if spacy.util.is_package(m)), "?")
    try:
        version = spacy.util.get_package_version(name) or "?"
    except Exception:  # noqa: BLE001 - a model given as a path has no package version
        version = "?"
    return f"veille {__version__}; {name} {version}"


def _settled_lang(article: Article, forced: str | None) -> str | None:
    from veille.extract import ExtractionError, article_lang
    try:
        return article_lang(article, forced)
    except ExtractionError:
        return None   # extraction reports it


def _items(inputs, read_defaults: dict) -> Iterator[Article | ReadFailure | Record | tuple[Record, str]]:
    if isinstance(inputs, (str, os.PathLike)):
        inputs = [inputs]
    for x in inputs:
        if isinstance(x, (str, os.PathLike)):
            yield from read_paths([os.fspath(x)], **read_defaults)
        elif isinstance(x, Record):
            yield x
        elif isinstance(x, tuple) and len(x) == 2 and isinstance(x[0], Record):
            yield x
        else:
            yield as_article(x)


class Writer:
    """All of an ingest's writes: one transaction per article, per failure, per merge."""

    def __init__(self, store: Store, version):
        """``version``: the extractor version, or a function of the article's language
        giving it (each language has its own model)."""
        self.store = store
        self.version_of = version if callable(version) else (lambda lang: version)

    def known(self, ids: list[str]) -> dict[str, tuple[str, str]]:
        """id -> (text hash, extractor version) of the articles already stored."""
        a, r = t.articles, t.reports
        with self.store.connect() as conn:
            rows = conn.execute(sa.select(a.c.id, a.c.sha256, r.c.extractor_version)
                                .join(r, r.c.article_id == a.c.id).where(a.c.id.in_(ids)))
            return {row.id: (row.sha256, row.extractor_version) for row in rows}

    def write(self, rec: Record, text: str | None) -> str:
        """Store one record: "added", "replaced" or "unchanged"."""
        meta = rec.article
        text = text if text is not None else meta.text
        digest = meta.sha256 or (sha256_text(text) if text is not None else None)
        if digest is None:
            raise ValueError(f"{meta.id}: a record without text must carry article.sha256")
        body = record_json(rec)
        rows = record_rows(rec, text)
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        a = t.articles
        with self.store.begin() as conn:
            old = conn.execute(sa.select(a.c.sha256, t.reports.c.extractor_version, t.reports.c.record_sha256)
                               .outerjoin(t.reports, t.reports.c.article_id == a.c.id)
                               .where(a.c.id == meta.id)).first()
            if old is not None and (old.sha256, old.extractor_version, old.record_sha256) == (
                    digest, self.version_of(meta.lang), sha256(body)):
                return "unchanged"
            values = dict(sha256=digest, text=text, title=meta.title, source=meta.source, url=meta.url,
                          published=meta.published, lang=meta.lang, ingested_at=now)
            if old is not None:
                for table in (*t.FACETS, t.reports):
                    conn.execute(table.delete().where(table.c.article_id == meta.id))
                conn.execute(a.update().where(a.c.id == meta.id).values(**values))
            else:
                conn.execute(a.insert().values(id=meta.id, **values))
            conn.execute(t.reports.insert().values(article_id=meta.id, record_json=body, record_sha256=sha256(body),
                                                   extractor_version=self.version_of(meta.lang)))
            for table in t.FACETS:
                if rows[table.name]:
                    conn.execute(table.insert(), rows[table.name])
            search.index_article(conn, meta.id, meta.title, text, rows["quotes"], rows["actors"])
            queued = conn.scalar(sa.select(sa.func.count()).select_from(t.merge_queue)
                                 .where(t.merge_queue.c.article_id == meta.id))
            if not queued:
                conn.execute(t.merge_queue.insert().values(article_id=meta.id))
            conn.execute(t.failures.delete().where(t.failures.c.article_id == meta.id))
        return "replaced" if old is not None else "added"

    def failure(self, f: ReadFailure) -> None:
        """Record a failure; the same input failing the same way again changes nothing."""
        fl = t.failures
        # what failed may be the very characters a store refuses (a lone surrogate in a file
        # name or a row id): the failure row must still be writable
        f = ReadFailure(_storable(f.origin, 1000), _storable(f.reason, 2000),
                        id=_storable(f.id, 512) if f.id is not None else None)
        same_input = sa.and_(fl.c.origin == f.origin,
                             fl.c.article_id == f.id if f.id is not None else fl.c.article_id.is_(None))
        with self.store.begin() as conn:
            if conn.scalar(sa.select(fl.c.id).where(same_input, fl.c.reason == f.reason).limit(1)) is not None:
                return
            conn.execute(fl.delete().where(same_input))
            conn.execute(fl.insert().values(origin=f.origin, article_id=f.id, reason=f.reason,
                                            at=dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)))


def ingest(inputs: Iterable | str | os.PathLike, db: Store | str | os.PathLike | None = None, *,
           workers: int = 1, lang: str | None = None, model: str | None = None,
           batch_size: int = BATCH_SIZE, merge_every: int = MERGE_EVERY, progress: bool = False,
           on_failure=None, **read_defaults) -> IngestResult:
    """Ingest articles into the store ``db`` (a Store, or a path/URL given to ``open``).

    ``inputs``: paths (files, folders, JSON Lines, HTML, feeds, gzip; ``-`` for stdin), or
    items: ``Article``, dicts with the JSON Lines keys (``id``, ``text``, ``published``...),
    ``ReadFailure``, or ready ``Record`` objects (stored as given; the text is
    ``record.article.text``), or ``(record, text)`` pairs: a record extracted elsewhere (a
    copy, a Ray worker) with the plain text it was extracted from, stored as if extracted here. ``read_defaults`` (``published``, ``source``, ``title``,
    ``lang``) apply to what is read from paths. ``on_failure(failure)`` is called for each
    failure as it happens. Returns counts; failures are in the ``failures`` table too."""
    t0 = time.perf_counter()
    store = db if isinstance(db, Store) else open_store(db)
    try:
        from veille.extract import _lang
        forced = _lang(lang)
        writer = Writer(store, functools.cache(lambda lang: extractor_version(forced or lang or "fr", model)))
        res = IngestResult()
        bar = None
        if progress:
            from tqdm import tqdm
            bar = tqdm(unit=" article", file=sys.stderr, desc="ingest", dynamic_ncols=True, smoothing=0.1)
        since_merge = 0

        def done(outcome: str | ReadFailure) -> None:
            nonlocal since_merge
            if isinstance(outcome, ReadFailure):
                res.failures.append(outcome)
                writer.failure(outcome)
                if on_failure:
                    on_failure(outcome)
            else:
                setattr(res, outcome, getattr(res, outcome) + 1)
                since_merge += outcome != "unchanged"
            if since_merge >= merge_every:
                _merge_into(store, res)
                since_merge = 0
            if bar is not None:
                bar.update(1)
                bar.set_postfix(new=res.added, replaced=res.replaced, unchanged=res.unchanged,
                                failed=res.failed, refresh=False)

        def store_record(rec: Record, text: str | None) -> None:
            try:
                done(writer.write(rec, text))
            except _UNSTORABLE as exc:
                done(ReadFailure(rec.article.id, f"cannot store: {type(exc).__name__}: {exc}", id=rec.article.id))

        pending: deque[Article | ReadFailure] = deque()

        def to_extract() -> Iterator[Article | ReadFailure]:
            items = _items(inputs, read_defaults)
            while chunk := list(itertools.islice(items, _LOOKUP)):
                known = writer.known([x.id for x in chunk if isinstance(x, Article)])
                for x in chunk:
                    if isinstance(x, Record):
                        store_record(x, x.article.text)
                        continue
                    if isinstance(x, tuple):
                        store_record(*x)
                        continue
                    if isinstance(x, Article) and known.get(x.id) == (
                            sha256_text(x.text), writer.version_of(_settled_lang(x, forced))):
                        done("unchanged")
                        continue
                    if isinstance(x, ReadFailure) and not pending:
                        # nothing in flight before it: record it now, in order, and do not load
                        # the model for it (a load of extracted records has only failures to pass)
                        done(x)
                        continue
                    pending.append(x)
                    yield x

        try:
            feed = to_extract()
            first = next(feed, None)   # the model is loaded only when something needs extracting
            if first is not None:
                for out in extract_many(itertools.chain([first], feed), n_process=max(1, workers),
                                        batch_size=batch_size, lang=lang, model=model):
                    item = pending.popleft()
                    if isinstance(out, ReadFailure):
                        done(out)
                    else:
                        store_record(out, item.text)
            _merge_into(store, res)
        finally:
            if bar is not None:
                bar.close()
        res.seconds = time.perf_counter() - t0
        return res
    finally:
        if store is not db:
            store.close()


# What a store raises for one record it cannot keep (a value of the wrong type or size, text
# the driver cannot encode): that article's failure. Others (the disk, the connection) stop
# the ingest: every article written so far is committed, and a re-run goes on from there.
_UNSTORABLE = (sa.exc.IntegrityError, sa.exc.DataError, sa.exc.ProgrammingError, sa.exc.InterfaceError,
               ValueError, TypeError)


def _storable(text: str, limit: int) -> str:
    text = clean_text(str(text))[0]
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _merge_into(store: Store, res: IngestResult) -> None:
    m = merge.run(store)
    total = res.merged
    total.articles += m.articles
    total.components += m.components
    total.removed += m.removed
    total.written += m.written
    total.seconds += m.seconds
