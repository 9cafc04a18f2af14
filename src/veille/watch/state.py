"""The watcher's state in the store (tables ``watch_*``), so that a restart resumes.

Each function is one short transaction. The order the round follows makes every step safe
to redo after a ``kill -9``: an article is written first (``veille.store.ingest``, its own
transaction, idempotent by id), then its page is marked seen together with its text
signature; a feed's validators (ETag, Last-Modified) are saved only once every entry of that
feed has been handled, so a round cut short fetches the whole feed again next time instead of
getting a 304 for entries it never read.
"""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from veille.store import schema as t
from veille.store.db import Store
from veille.watch.dedup import NearDuplicates, from_bytes
from veille.watch.sources import Source

MAX_URL_CHARS = 2048              # the key columns' width (watch_items.url, watch_sources.url)
MAX_PAGE_TRIES = 3                 # a page failing this many times is given up
MAX_BACKOFF_S = 24 * 3600          # a failing source is retried at least once a day
DUE_SLACK_S = 5                    # feeds due within this are fetched in the same round
HEALTH_DAYS = 7                    # articles a day and recent failures are counted over this

src_t, items_t, sigs_t, fail_t = t.watch_sources, t.watch_items, t.watch_signatures, t.watch_failures


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None, microsecond=0)


# ---- sources ---------------------------------------------------------------------------

def sync_sources(store: Store, sources: list[Source]) -> dict[str, int]:
    """Add the sources not yet in the store and update the settings of the others:
    url -> source id. Their fetch state (validators, schedule, failures) is kept."""
    ids = {}
    with store.begin() as conn:
        for s in sources:
            row = conn.execute(sa.select(src_t.c.id, src_t.c.interval_s, src_t.c.last_fetch_at,
                                         src_t.c.failures_in_row).where(src_t.c.url == s.url)).first()
            values = dict(name=s.name, lang=s.lang, publisher=s.publisher, interval_s=s.interval_s)
            if row is not None and row.interval_s != s.interval_s and not row.failures_in_row and row.last_fetch_at:
                # a new interval applies from the last fetch (a failing source keeps its backoff)
                values["next_due_at"] = row.last_fetch_at + dt.timedelta(seconds=s.interval_s)
            if row is None:
                ids[s.url] = conn.execute(src_t.insert().values(url=s.url, added_at=utcnow(), failures_in_row=0,
                                                                **values)).inserted_primary_key[0]
            else:
                conn.execute(src_t.update().where(src_t.c.id == row.id).values(**values))
                ids[s.url] = row.id
    return ids


def source_state(store: Store, source_id: int):
    with store.connect() as conn:
        return conn.execute(sa.select(src_t).where(src_t.c.id == source_id)).first()


def is_due(state, now: dt.datetime, *, once: bool) -> bool:
    """A source is due when its next fetch time has come. ``--once`` (a cron job decides
    the rhythm) fetches every source except one backing off after failures."""
    if state.next_due_at is None or state.next_due_at <= now + dt.timedelta(seconds=DUE_SLACK_S):
        return True
    return once and not state.failures_in_row


def feed_fetched(store: Store, source_id: int, status: int, etag: str | None, last_modified: str | None,
                 interval_s: int, *, keep_validators: bool) -> None:
    """The feed was read (200) or unchanged (304) and all its entries handled."""
    now = utcnow()
    values = dict(last_fetch_at=now, last_status=str(status), last_success_at=now, last_error=None,
                  failures_in_row=0, next_due_at=now + dt.timedelta(seconds=interval_s))
    if not keep_validators:
        values.update(etag=etag, last_modified=last_modified)
    with store.begin() as conn:
        conn.execute(src_t.update().where(src_t.c.id == source_id).values(**values))


def feed_failed(store: Store, source_id: int, url: str, reason: str, interval_s: int) -> int:
    """Record a failed feed fetch; the source backs off: its interval doubled for each
    failure in a row (up to a day). Returns the seconds until its next try."""
    now = utcnow()
    with store.begin() as conn:
        n = (conn.scalar(sa.select(src_t.c.failures_in_row).where(src_t.c.id == source_id)) or 0) + 1
        wait = min(interval_s * 2 ** n, MAX_BACKOFF_S)
        conn.execute(src_t.update().where(src_t.c.id == source_id).values(
            last_fetch_at=now, last_status="failed", last_error=reason, failures_in_row=n,
            next_due_at=now + dt.timedelta(seconds=wait)))
        conn.execute(fail_t.insert().values(source_id=source_id, url=url, reason=reason, at=now))
    return wait


def log_failure(store: Store, source_id: int, url: str, reason: str) -> None:
    """A failure that belongs to no page (a feed entry without a link)."""
    with store.begin() as conn:
        conn.execute(fail_t.insert().values(source_id=source_id, url=url, reason=reason, at=utcnow()))


# ---- pages -----------------------------------------------------------------------------

def item(store: Store, url: str):
    with store.connect() as conn:
        return conn.execute(sa.select(items_t).where(items_t.c.url == url)).first()


def needs_fetch(row) -> bool:
    """A page is fetched unless it was stored, recognised as a copy, or gave up (a page
    still "pending" after :func:`recover` never had its article written)."""
    if row is None or row.status == "pending":
        return True
    return row.status == "failed" and row.tries < MAX_PAGE_TRIES


def page_pending(store: Store, source_id: int, urls: list[str], article_id: str, meta: dict) -> None:
    """The page's article is about to be written: say so first, so that a crash between the
    article's transaction and :func:`page_stored` is finished by :func:`recover`."""
    with store.begin() as conn:
        for url in urls:
            _upsert_item(conn, url, dict(source_id=source_id, status="pending", article_id=article_id,
                                         reason=None, similarity=None, **meta))


def recover(store: Store, index: NearDuplicates) -> int:
    """Finish what a killed watch left: pending pages whose article was written become stored
    (with their text's signature, so that later copies match it); the others will be fetched
    again. Returns the number of articles recovered."""
    from veille.watch.dedup import signature, to_bytes

    a = t.articles
    with store.connect() as conn:
        found = conn.execute(sa.select(a.c.id, a.c.text).where(
            a.c.id.in_(sa.select(items_t.c.article_id).where(items_t.c.status == "pending")))).all()
    for row in found:
        sig = signature(row.text or "")
        with store.begin() as conn:
            conn.execute(items_t.update().where(items_t.c.status == "pending", items_t.c.article_id == row.id)
                         .values(status="stored"))
            if conn.scalar(sa.select(sa.func.count()).select_from(sigs_t).where(sigs_t.c.article_id == row.id)) == 0:
                conn.execute(sigs_t.insert().values(article_id=row.id, minhash=to_bytes(sig)))
        index.add(row.id, sig)
    return len(found)


def article_count(store: Store) -> int:
    with store.connect() as conn:
        return conn.scalar(sa.select(sa.func.count()).select_from(t.articles))


def sign_unsigned(store: Store, index: NearDuplicates, batch: int = 500) -> int:
    """Sign the stored articles that have no signature yet (those ``veille ingest`` wrote, or
    another process), so that a feed's copy of them is matched too. Returns how many."""
    from veille.watch.dedup import signature, to_bytes

    a = t.articles
    unsigned = (sa.select(a.c.id, a.c.text)
                .select_from(a.outerjoin(sigs_t, sigs_t.c.article_id == a.c.id))
                .where(sigs_t.c.article_id.is_(None), a.c.text.is_not(None))
                .order_by(a.c.id).limit(batch))
    done = 0
    while True:
        with store.connect() as conn:
            rows = conn.execute(unsigned).all()
        if not rows:
            return done
        sigs = [(r.id, signature(r.text)) for r in rows]
        with store.begin() as conn:
            conn.execute(sigs_t.insert(), [{"article_id": i, "minhash": to_bytes(m)} for i, m in sigs])
        for i, m in sigs:
            index.add(i, m)
        done += len(sigs)


def _upsert_item(conn, url: str, values: dict) -> None:
    now = utcnow()
    old = conn.execute(sa.select(items_t.c.tries).where(items_t.c.url == url)).first()
    if old is None:
        conn.execute(items_t.insert().values(url=url, first_seen=now, last_try=now,
                                             tries=values.pop("tries", 1), **values))
    else:
        values.setdefault("tries", old.tries + 1)
        conn.execute(items_t.update().where(items_t.c.url == url).values(last_try=now, **values))


def page_failed(store: Store, source_id: int, url: str, reason: str, *, permanent: bool) -> None:
    with store.begin() as conn:
        old = conn.execute(sa.select(items_t.c.tries).where(items_t.c.url == url)).first()
        tries = MAX_PAGE_TRIES if permanent else (old.tries + 1 if old else 1)
        _upsert_item(conn, url, dict(source_id=source_id, status="failed", reason=reason, tries=tries))
        conn.execute(fail_t.insert().values(source_id=source_id, url=url, reason=reason, at=utcnow()))


def page_stored(store: Store, source_id: int, urls: list[str], article_id: str, minhash: bytes, meta: dict) -> None:
    """The page's article is in the store: mark its URLs seen and keep its text signature."""
    with store.begin() as conn:
        for url in urls:
            _upsert_item(conn, url, dict(source_id=source_id, status="stored", article_id=article_id,
                                         reason=None, similarity=None, **meta))
        if conn.scalar(sa.select(sa.func.count()).select_from(sigs_t).where(sigs_t.c.article_id == article_id)) == 0:
            conn.execute(sigs_t.insert().values(article_id=article_id, minhash=minhash))


def page_duplicate(store: Store, source_id: int, urls: list[str], article_id: str, similarity: float,
                   meta: dict) -> None:
    """The page carries the text of a stored article: another publication of it, no new article."""
    with store.begin() as conn:
        for url in urls:
            _upsert_item(conn, url, dict(source_id=source_id, status="duplicate", article_id=article_id,
                                         reason=None, similarity=round(similarity, 3), **meta))


def load_signatures(store: Store, index: NearDuplicates | None = None) -> NearDuplicates:
    index = index or NearDuplicates()
    with store.connect() as conn:
        for row in conn.execute(sa.select(sigs_t.c.article_id, sigs_t.c.minhash)):
            index.add(row.article_id, from_bytes(bytes(row.minhash)))
    return index


# ---- health ----------------------------------------------------------------------------

def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat(timespec="seconds") + "Z" if value else None


def health(conn, now: dt.datetime | None = None) -> dict:
    """Each source's last success, articles a day, failures; and how fresh the store is.
    ``conn``: an open connection (the API's read transaction, or a Store's)."""
    now = now or utcnow()
    since = now - dt.timedelta(days=HEALTH_DAYS)
    i, f = items_t.c, fail_t.c
    stored = sa.func.sum(sa.case((i.status == "stored", 1), else_=0))
    copies = sa.func.sum(sa.case((i.status == "duplicate", 1), else_=0))
    recent = sa.func.sum(sa.case((sa.and_(i.status.in_(("stored", "duplicate")), i.first_seen >= since), 1), else_=0))
    counts = {r.source_id: r for r in conn.execute(
        sa.select(i.source_id, stored.label("stored"), copies.label("copies"), recent.label("recent"),
                  sa.func.max(sa.case((i.status == "stored", i.first_seen))).label("newest"))
        .group_by(i.source_id))}
    fails = {r.source_id: r for r in conn.execute(
        sa.select(f.source_id, sa.func.count().label("total"),
                  sa.func.sum(sa.case((f.at >= since, 1), else_=0)).label("recent"))
        .group_by(f.source_id))}
    last_reason = {}
    for r in conn.execute(sa.select(f.source_id, f.reason, f.url).order_by(f.at.desc(), f.id.desc())):
        last_reason.setdefault(r.source_id, (r.reason, r.url))
    out = []
    for s in conn.execute(sa.select(src_t).order_by(src_t.c.id)):
        c, fl = counts.get(s.id), fails.get(s.id)
        days = min(HEALTH_DAYS, max(1.0, (now - s.added_at).total_seconds() / 86400))
        out.append({
            "id": s.id, "url": s.url, "name": s.name, "publisher": s.publisher, "lang": s.lang,
            "interval_s": s.interval_s,
            "last_fetch": _iso(s.last_fetch_at), "last_status": s.last_status,
            "last_success": _iso(s.last_success_at), "last_error": s.last_error,
            "failures_in_row": s.failures_in_row, "next_due": _iso(s.next_due_at),
            "articles": int(c.stored or 0) if c else 0,
            "republications": int(c.copies or 0) if c else 0,
            "articles_per_day": round(int(c.recent or 0) / days, 1) if c else 0.0,
            "newest_article": _iso(c.newest) if c else None,
            "failures": int(fl.total) if fl else 0,
            "failures_recent": int(fl.recent or 0) if fl else 0,
            "last_failure": ({"reason": last_reason[s.id][0], "url": last_reason[s.id][1]}
                             if s.id in last_reason else None),
        })
    newest = conn.scalar(sa.select(sa.func.max(t.articles.c.ingested_at)))
    last_success = max((s["last_success"] for s in out if s["last_success"]), default=None)
    return {"now": _iso(now), "days": HEALTH_DAYS, "sources": out,
            "newest_article": _iso(newest), "last_success": last_success}
