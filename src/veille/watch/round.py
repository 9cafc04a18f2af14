"""Rounds of the watch: each due feed fetched, each new entry's page fetched, read,
deduplicated and ingested, one article at a time.

The requests themselves run ahead on a few threads (``veille.watch.ahead``): every due feed is
asked for at once, and the next pages of a feed while the current one is extracted, so slow
hosts wait in parallel; the answers are handled in order by this one writer, and one host
still gets one request per ``host_delay``.

For one entry: its URL is normalised and skipped when already seen; the page is fetched
(politely: veille.watch.fetch) and read by trafilatura, or, when the page is refused or holds
no article, the feed's own text for the entry is used; the text's MinHash is looked up among
the stored texts: a near-duplicate is recorded as another publication of that article (no
new article, so the merge never counts one dispatch's toll twice), anything else is ingested
(``veille.store.ingest``: extracted, written, merged) and its page marked seen.

A stop request (SIGTERM, Ctrl-C) is honoured between two articles: the one in hand is
finished and written, and the feed it came from is fetched in full again next time.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import signal
import sys
import threading
import time
from dataclasses import dataclass

import feedparser
import sqlalchemy as sa

from veille.read import Article
from veille.store import ingest
from veille.store.db import Store
from veille.watch import state
from veille.watch.ahead import Ahead
from veille.watch.dedup import NearDuplicates, article_id_for, normalise_url, signature, to_bytes
from veille.watch.fetch import FetchError, Fetcher
from veille.watch.page import PageError, entry_text, read_page
from veille.watch.sources import Source

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
PARALLEL = 4                # requests in flight at once (to different hosts)


@dataclass
class RoundStats:
    number: int = 0
    feeds: int = 0
    unchanged: int = 0          # feeds answered 304
    feeds_failed: int = 0
    not_due: int = 0            # feeds skipped: their next fetch time has not come (backoff)
    new: int = 0                # articles stored
    copies: int = 0             # pages carrying a stored text
    seen: int = 0               # entries skipped: page already handled
    pages_failed: int = 0
    requests: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def failed(self) -> bool:
        return bool(self.feeds_failed or self.pages_failed)

    def line(self) -> str:
        return (f"round {self.number}: {self.feeds} feed(s) ({self.unchanged} unchanged, {self.feeds_failed} failed"
                + (f"; {self.not_due} not due" if self.not_due else "") + "), "
                f"{self.new} new article(s), {self.copies} republication(s), {self.seen} already seen, "
                f"{self.pages_failed} failed page(s); {self.requests} request(s), {self.seconds:.1f} s"
                + ("; stopped before the end" if self.interrupted else ""))


def _say(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def _day(stamp) -> str | None:
    return time.strftime("%Y-%m-%d", stamp) if stamp else None


class Watcher:
    def __init__(self, store: Store, sources: list[Source], fetcher: Fetcher, *, model: str | None = None,
                 say=_say, verbose: bool = True, parallel: int = PARALLEL):
        self.store = store
        self.parallel = parallel
        self.ahead = Ahead(fetcher, 1)      # a round replaces it with one that runs ahead
        self.sources = sources
        self.fetcher = fetcher
        self.model = model
        self.say = say
        self.verbose = verbose
        self.stop = threading.Event()
        self.ids = state.sync_sources(store, sources)
        self.index: NearDuplicates = state.load_signatures(store)
        recovered = state.recover(store, self.index)
        if recovered:
            say(f"veille watch: {recovered} article(s) written by an interrupted run marked as stored")
        # the store's article count when others' articles were last signed, plus the articles
        # this watcher stored since: while the store holds exactly that many, nobody else wrote
        self.articles_expected: int | None = None
        self._sign_others()
        self.rounds = 0

    def _sign_others(self) -> None:
        """Articles stored by other means (``veille ingest``, another process) get their text's
        signature too, so a feed carrying one of them adds a publication, not an article.
        Articles are never deleted, so an unchanged count (one index walk) means there is
        nothing to sign; only a changed one pays for the anti-join of articles and signatures."""
        count = state.article_count(self.store)
        if count == self.articles_expected:
            return
        # counted before signing: an article stored meanwhile changes the next count
        self.articles_expected = count
        signed = state.sign_unsigned(self.store, self.index)
        if signed:
            self.say(f"veille watch: {signed} stored article(s) from elsewhere signed for near-duplicate matching")

    # ---- the loop ----------------------------------------------------------------------

    def run(self, *, once: bool) -> RoundStats:
        """Rounds until stopped (or one with ``once``); the last round's stats."""
        restore = self._install_signals()
        try:
            while True:
                stats = self.round(once=once)
                if once or self.stop.is_set():
                    return stats
                wait = self.seconds_to_next()
                self.say(f"next round in {_human(wait)} (at {_clock(wait)}); Ctrl-C or SIGTERM stops")
                if self.stop.wait(wait):
                    return stats
        finally:
            restore()

    def seconds_to_next(self) -> float:
        now = state.utcnow()
        dues = []
        for src in self.sources:
            st = state.source_state(self.store, self.ids[src.url])
            dues.append(0.0 if st.next_due_at is None else (st.next_due_at - now).total_seconds())
        return max(1.0, min(dues, default=60.0))

    def _install_signals(self):
        if threading.current_thread() is not threading.main_thread():
            return lambda: None

        def handler(signum, _frame):
            if self.stop.is_set() and signum == signal.SIGINT:
                raise KeyboardInterrupt     # a second Ctrl-C: stop now (every article written stays whole)
            self.stop.set()
            self.say(f"veille watch: {signal.Signals(signum).name}: finishing the current article, then stopping "
                     f"(Ctrl-C again to stop at once)")

        old = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGINT)}
        return lambda: [signal.signal(s, h) for s, h in old.items()]

    # ---- one round ---------------------------------------------------------------------

    def round(self, *, once: bool = False) -> RoundStats:
        t0 = time.perf_counter()
        requests0 = self.fetcher.requests
        self.rounds += 1
        stats = RoundStats(number=self.rounds)
        if self.rounds > 1:
            self._sign_others()         # ingested since the last round
        now = state.utcnow()
        due = []
        for src in self.sources:
            sid = self.ids[src.url]
            st = state.source_state(self.store, sid)
            if state.is_due(st, now, once=once):
                due.append((src, sid, st))
            else:
                stats.not_due += 1
        with Ahead(self.fetcher, self.parallel) as self.ahead:
            for src, _, st in due:
                self.ahead.start(src.url, **self._feed_request(st))
            for src, sid, st in due:
                if self.stop.is_set():
                    stats.interrupted = True
                    break
                stats.feeds += 1
                self._feed(src, sid, st, stats)
        self.ahead = Ahead(self.fetcher, 1)
        stats.requests = self.fetcher.requests - requests0
        stats.seconds = time.perf_counter() - t0
        self.say(stats.line())
        return stats

    def _feed(self, src: Source, sid: int, st, stats: RoundStats) -> None:
        try:
            resp = self.ahead.get(src.url, **self._feed_request(st))
        except FetchError as exc:
            self._feed_failed(src, sid, exc.reason, stats)
            return
        if resp.not_modified:
            state.feed_fetched(self.store, sid, 304, None, None, src.interval_s, keep_validators=True)
            stats.unchanged += 1
            self.say(f"{src.label}: unchanged (304)")
            return
        parsed = feedparser.parse(resp.body, response_headers={"content-location": resp.url,
                                                              "content-type": resp.headers.get("content-type", "")})
        linked = [e for e in parsed.entries if (e.get("link") or "").startswith(("http://", "https://"))]
        malformed = None
        if parsed.bozo:
            why = parsed.get("bozo_exception")
            malformed = str(why).splitlines()[0][:200] if why else "malformed XML"
        if (malformed and not linked) or not (parsed.version or parsed.entries):
            why = malformed or "no RSS or Atom in the answer"
            self._feed_failed(src, sid, f"not a readable feed: {why}", stats)
            return
        if malformed:
            # feedparser's lenient parser recovered entries: use them, but say so
            self.say(f"{src.label}: malformed feed ({malformed}); {len(linked)} entries read leniently")
        feed_title = parsed.feed.get("title")
        before = (stats.new, stats.copies, stats.seen, stats.pages_failed)
        retry_later = False
        considered: set[str] = set()
        for i, entry in enumerate(parsed.entries):
            self._start_pages(parsed.entries[i:i + 1 + self.parallel], considered)
            if self.stop.is_set():
                stats.interrupted = True
                self.say(f"{src.label}: stopped after {sum(stats_delta(before, stats))} entries")
                return          # validators not saved: the whole feed is read again next time
            try:
                retry_later |= not self._entry(src, sid, entry, feed_title, stats)
            except sa.exc.SQLAlchemyError:
                raise           # the store is the problem, not this entry: stop (nothing half-written)
            except Exception as exc:  # noqa: BLE001 - one odd page must not stop the watch
                key = normalise_url(entry.get("link") or "") if entry.get("link") else src.url
                self._page_failed(src, sid, key, f"internal error: {type(exc).__name__}: {exc}",
                                  permanent=False, stats=stats)
                retry_later = True
        # validators are kept only when nothing is left to retry, else the next fetch would be
        # a 304 and the failed pages would wait for the feed to change
        state.feed_fetched(self.store, sid, resp.status, None if retry_later else resp.etag,
                           None if retry_later else resp.last_modified, src.interval_s, keep_validators=False)
        new, copies, seen, failed = stats_delta(before, stats)
        self.say(f"{src.label}: {resp.status}, {len(parsed.entries)} entries: {new} new, {copies} republished, "
                 f"{seen} already seen, {failed} failed")

    @staticmethod
    def _feed_request(st) -> dict:
        return {"etag": st.etag, "last_modified": st.last_modified, "accept": FEED_ACCEPT}

    def _start_pages(self, entries, considered: set[str]) -> None:
        """Ask ahead for the pages of these entries that will be fetched (new or to retry);
        ``considered``: the links already looked at for this feed (each is looked up once)."""
        for entry in entries:
            link = (entry.get("link") or "").strip()
            if not link.startswith(("http://", "https://")) or link in considered:
                continue
            considered.add(link)
            key = normalise_url(link)
            if len(key) <= state.MAX_URL_CHARS and state.needs_fetch(state.item(self.store, key)):
                self.ahead.start(link, accept=PAGE_ACCEPT)

    def _feed_failed(self, src: Source, sid: int, reason: str, stats: RoundStats) -> None:
        wait = state.feed_failed(self.store, sid, src.url, reason, src.interval_s)
        stats.feeds_failed += 1
        self.say(f"{src.label}: failed: {reason} (next try in {_human(wait)})")

    # ---- one entry ---------------------------------------------------------------------

    def _entry(self, src: Source, sid: int, entry, feed_title: str | None, stats: RoundStats) -> bool:
        """Handle one feed entry. False when it failed in a way worth retrying."""
        link = (entry.get("link") or "").strip()
        if not link.startswith(("http://", "https://")):
            reason = f"entry {entry.get('title', '?')!r} has no http(s) link"
            state.log_failure(self.store, sid, src.url, reason)
            stats.pages_failed += 1
            self.say(f"  ! {src.label}: {reason}")
            return True
        key = normalise_url(link)
        too_long = len(key) > state.MAX_URL_CHARS
        if too_long:    # keyed by its start and a hash, so that it is refused once, not every round
            key = key[:state.MAX_URL_CHARS - 20] + "#" + hashlib.sha256(key.encode()).hexdigest()[:16]
        row = state.item(self.store, key)
        if too_long and row is None:
            return self._page_failed(src, sid, key, f"link longer than {state.MAX_URL_CHARS} characters",
                                     permanent=True, stats=stats)
        if not state.needs_fetch(row):
            stats.seen += 1
            return True
        keys = [key]
        page = None
        final_url = link
        why_not_page = None
        last_try = (row.tries if row else 0) + 1 >= state.MAX_PAGE_TRIES
        try:
            resp = self.ahead.get(link, accept=PAGE_ACCEPT)
            final_url = resp.url
            final_key = normalise_url(final_url)
            if final_key != key and len(final_key) <= state.MAX_URL_CHARS:
                known = state.item(self.store, final_key)
                if known is not None and known.status in ("stored", "duplicate"):
                    state.page_duplicate(self.store, sid, [key], known.article_id, 1.0, self._meta(entry, None, src))
                    stats.copies += 1
                    self._line(f"  = {key} redirects to {final_key}, already stored as {known.article_id}")
                    return True
                if known is None:
                    keys.append(final_key)
            page = read_page(resp.body, resp.charset, final_url)
        except FetchError as exc:
            why_not_page = exc.reason
            if exc.transient and not last_try:
                return self._page_failed(src, sid, key, exc.reason, permanent=False, stats=stats)
        except PageError as exc:
            why_not_page = str(exc)
        text = page.text if page else entry_text(entry)
        if text is None:
            return self._page_failed(src, sid, key, why_not_page or "no article text", permanent=True, stats=stats)
        meta = self._meta(entry, page, src)
        publisher = meta["publisher"] or feed_title
        aid = article_id_for(normalise_url(final_url))
        sig = signature(text)
        match = self.index.match(sig, exclude=aid)
        if match is not None:
            state.page_duplicate(self.store, sid, keys, match[0], match[1], {**meta, "publisher": publisher})
            stats.copies += 1
            self._line(f"  = {aid}: the text of {match[0]} (similarity {match[1]:.2f}), another publication")
            return True
        art = Article(id=aid, text=text, published=meta["published"], title=meta["title"], url=final_url,
                      source=publisher, lang=src.lang, origin=final_url, extracted=True)
        state.page_pending(self.store, sid, keys, aid, {**meta, "publisher": publisher})
        res = ingest([art], self.store, lang=src.lang, model=self.model)
        if res.failures:
            return self._page_failed(src, sid, key, res.failures[0].reason, permanent=True, stats=stats)
        state.page_stored(self.store, sid, keys, aid, to_bytes(sig), {**meta, "publisher": publisher})
        self.index.add(aid, sig)
        if self.articles_expected is not None:
            self.articles_expected += res.added
        stats.new += 1
        note = f" (feed text: page {why_not_page})" if why_not_page else ""
        self._line(f"  + {aid}: {(meta['title'] or '')[:70]}{note}")
        return True

    def _page_failed(self, src, sid, key, reason, *, permanent, stats) -> bool:
        state.page_failed(self.store, sid, key, reason, permanent=permanent)
        stats.pages_failed += 1
        self.say(f"  ! {key}: {reason}" + ("" if permanent else " (tried again next round)"))
        return permanent

    def _meta(self, entry, page, src: Source) -> dict:
        return {"title": (page and page.title) or entry.get("title"),
                "published": _iso_day(page and page.published) or _day(entry.get("published_parsed")
                                                                       or entry.get("updated_parsed")),
                "author": (page and page.author) or entry.get("author"),
                "publisher": src.publisher or (page and page.publisher) or None}

    def _line(self, msg: str) -> None:
        if self.verbose:
            self.say(msg)


def stats_delta(before: tuple, stats: RoundStats) -> tuple[int, int, int, int]:
    now = (stats.new, stats.copies, stats.seen, stats.pages_failed)
    return tuple(a - b for a, b in zip(now, before))


def _iso_day(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def _human(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    return f"{seconds / 3600:.1f} h"


def _clock(seconds: float) -> str:
    return (dt.datetime.now() + dt.timedelta(seconds=seconds)).strftime("%H:%M:%S")
