"""veille watch: sources, the polite fetcher, deduplication, rounds, restarts and health,
against a local web site on 127.0.0.1 (tests/watch_site.py). No test reaches the internet.

Store tests run on SQLite and, with VEILLE_TEST_PG_URL, on PostgreSQL (``new_store``)."""
from __future__ import annotations

import datetime as dt
import json
import os
import pathlib
import signal
import subprocess
import sys
import threading
import time

import pytest
import sqlalchemy as sa

from veille import store
from veille.cli import main
from veille.store import schema as t
from veille.watch import dedup
from veille.watch.fetch import FetchError, Fetcher, FetchSettings
from veille.watch.sources import SourceError, parse_duration, read_sources
from watch_site import DISPATCHES, OWN_ACCOUNT, WIRE, WIRE_COPY, Route, Site, build, kill_feed, page_html, rss

ROOT = pathlib.Path(__file__).resolve().parent.parent
FAST = ["--host-delay", "0", "--retries", "0", "--timeout", "1"]


@pytest.fixture(autouse=True)
def no_proxy_for_the_local_site(monkeypatch):
    # httpx honours the proxy variables: the fixture site must be reached directly
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def site():
    s = Site().start()
    build(s)
    yield s
    s.stop()


def rows(db, table, *where, order=None) -> list[dict]:
    with store.open(db, readonly=True) as st, st.connect() as conn:
        q = sa.select(table).where(*where)
        if order is not None:
            q = q.order_by(order)
        return [dict(r) for r in conn.execute(q).mappings()]


def count(db, table) -> int:
    with store.open(db, readonly=True) as st, st.connect() as conn:
        return conn.scalar(sa.select(sa.func.count()).select_from(table))


def aid(site, path) -> str:
    return dedup.article_id_for(dedup.normalise_url(site.url(path)))


# ---- sources ----------------------------------------------------------------------------

def test_sources_from_urls_lists_opml_and_toml(tmp_path):
    lst = tmp_path / "feeds.txt"
    lst.write_text("# agencies\nhttps://a.example/rss.xml\n\nnot a url\nhttps://b.example/feed\n", encoding="utf-8")
    opml = tmp_path / "export.opml"
    opml.write_text('<?xml version="1.0"?><opml version="2.0"><head/><body><outline text="Afrique">'
                    '<outline text="Radio C" title="Radio C" type="rss" xmlUrl="https://c.example/rss"/>'
                    '<outline text="broken" xmlUrl="ftp://d.example/x"/></outline></body></opml>', encoding="utf-8")
    toml = tmp_path / "sources.toml"
    toml.write_text('[defaults]\ninterval = "30m"\n\n[[source]]\nurl = "https://e.example/rss"\nname = "E"\n'
                    'publisher = "Agence E"\nlang = "en"\ninterval = "2h"\n\n[[source]]\nurl = "https://f.example/rss"\n'
                    'colour = "red"\n\n[[source]]\nname = "no url"\n', encoding="utf-8")
    problems = []
    got = read_sources(["https://a.example/rss.xml", str(lst), str(opml), str(toml)], interval_s=600,
                       on_problem=problems.append)
    assert [s.url for s in got] == ["https://a.example/rss.xml", "https://b.example/feed", "https://c.example/rss",
                                    "https://e.example/rss", "https://f.example/rss"]
    assert got[0].origin == "command line"            # the first mention of a URL wins
    assert got[2].name == "Radio C" and got[2].interval_s == 600
    e, f = got[3], got[4]
    assert (e.name, e.publisher, e.lang, e.interval_s) == ("E", "Agence E", "en", 7200)
    assert f.interval_s == 1800 and f.lang is None     # no language named: detected per article
    assert any(p.startswith(f"{lst}:4: not an http(s) URL") for p in problems)
    assert any("ftp://d.example/x" in p for p in problems)
    assert any("unknown setting(s) colour" in p for p in problems)
    assert any("[[source]] #3: needs url" in p for p in problems)

    broken = tmp_path / "broken.toml"
    broken.write_text("[[source]\nurl = 1", encoding="utf-8")
    with pytest.raises(SourceError, match="broken.toml: broken TOML"):
        read_sources([str(broken)])
    with pytest.raises(SourceError, match="missing.txt: no such file"):
        read_sources([str(tmp_path / "missing.txt")])
    assert [parse_duration(v) for v in ("90", "90s", "10m", "2h", "1d", 45)] == [90, 90, 600, 7200, 86400, 45]
    for bad in ("soon", "0", "-5m"):
        with pytest.raises(ValueError):
            parse_duration(bad)


# ---- deduplication ----------------------------------------------------------------------

def test_urls_are_normalised_so_a_page_is_fetched_once():
    n = dedup.normalise_url
    assert n("HTTPS://Www.Example.ORG:443/monde/goma.html?utm_source=rss&xtor=RSS-3&fbclid=x#commentaires") \
        == "https://www.example.org/monde/goma.html"
    assert n("https://example.org/a?b=2&a=1") == n("https://example.org/a?a=1&b=2#top")
    assert n("https://example.org/article?id=12") != n("https://example.org/article?id=13")
    a = dedup.article_id_for(n("https://example.org/2024/06/11/index.html"))
    b = dedup.article_id_for(n("https://example.org/2024/06/12/index.html"))
    assert a != b and a.startswith("example.org-index-")


def test_wire_copy_is_a_near_duplicate_and_an_own_account_is_not():
    index = dedup.NearDuplicates()
    for slug, (_title, text) in DISPATCHES.items():
        assert index.match(dedup.signature(text)) is None, slug      # six distinct texts
        index.add(slug, dedup.signature(text))
    copy = index.match(dedup.signature(WIRE_COPY))
    assert copy is not None and copy[0] == "djibo-marche" and copy[1] >= dedup.THRESHOLD
    assert index.match(dedup.signature(OWN_ACCOUNT)) is None          # same event, other words
    assert index.match(dedup.signature(WIRE), exclude="djibo-marche") is None
    # typographic variants of one copy are the same text
    assert index.match(dedup.signature(WIRE.replace("'", "’").upper()))[0] == "djibo-marche"
    sig = dedup.signature(WIRE)
    assert dedup.from_bytes(dedup.to_bytes(sig)).jaccard(sig) == 1.0


# ---- the fetcher --------------------------------------------------------------------------

def fetcher(**kw) -> tuple[Fetcher, list[float]]:
    waits: list[float] = []
    settings = FetchSettings(**{"host_delay": 0, "retries": 0, "timeout": 1.0, **kw})
    return Fetcher(settings, sleep=waits.append), waits


def test_conditional_get_and_compressed_feeds(site):
    f, _ = fetcher()
    with f:
        first = f.get(site.url("/feed.xml"))
        assert first.status == 200 and first.body.startswith(b"<?xml") and first.etag == '"v1"'
        again = f.get(site.url("/feed.xml"), etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""
    assert [s for p, s in site.log if p == "/feed.xml"] == [200, 304]
    assert all(a.startswith("veille/") for a in site.agents)


def test_fetch_failures_carry_their_reason(site):
    site.add("/huge-gzip.xml", Route(b"<rss>" + b" " * 3_000_000 + b"</rss>", "application/rss+xml", gzip=True))
    f, waits = fetcher(retries=2, backoff=0.5, max_bytes=1_000_000)
    cases = {"/nowhere.xml": ("HTTP 404", False), "/error.xml": ("HTTP 500", True),
             "/slow.xml": ("timed out (limit 1 s)", True), "/loop1.xml": ("too many redirects", False),
             "/huge.xml": ("too large: 6,", False), "/huge-gzip.xml": ("too large: more than 1,000,000", False),
             "/private/x.html": ("disallowed by robots.txt", False)}
    with f:
        for path, (reason, transient) in cases.items():
            with pytest.raises(FetchError) as info:
                f.get(site.url(path))
            assert info.value.reason.startswith(reason), (path, info.value.reason)
            assert info.value.transient is transient, path
    # transient failures were retried with doubling backoff, the others tried once
    assert site.hits["/error.xml"] == 3 and site.hits["/nowhere.xml"] == 1 and site.hits["/loop1.xml"] <= 6
    assert waits.count(0.5) == 2 and waits.count(1.0) == 2          # error.xml and slow.xml
    assert site.hits["/robots.txt"] == 1                             # read once for the host


def test_per_host_rate_limit_and_crawl_delay(site):
    f, waits = fetcher(host_delay=5)
    with f:
        f.get(site.url("/feed.xml"))
        f.get(site.url("/a.xml"))
    assert waits and max(waits) > 4            # the second request waited for its turn
    site.robots = "User-agent: *\nCrawl-delay: 30\n"
    f, waits = fetcher(host_delay=0)
    with f:
        f.get(site.url("/feed.xml"))
        f.get(site.url("/a.xml"))
    assert max(waits) > 25                     # robots.txt's Crawl-delay is longer: it wins
    site.robots = None


def test_robots_txt_missing_allows_and_unreachable_holds_back(site):
    site.robots = None                           # no robots.txt: 404, everything allowed
    f, _ = fetcher()
    with f:
        assert f.get(site.url("/a.xml")).status == 200
    site.add("/robots.txt", Route(b"down", "text/plain", status=503))
    f, _ = fetcher()
    with f:                                      # RFC 9309: unreachable means "not now"
        with pytest.raises(FetchError, match="robots.txt unreachable") as info:
            f.get(site.url("/a.xml"))
    assert info.value.transient and site.hits["/a.xml"] == 1


# ---- rounds --------------------------------------------------------------------------------

def test_second_run_costs_one_304_and_fetches_no_page(new_store, site, capsys):
    db = new_store("twice")
    feed = site.url("/feed.xml")
    assert main(["watch", feed, "--db", db, "--once", *FAST]) == 0
    err = capsys.readouterr().err
    assert "3 new article(s), 1 republication(s)" in err
    assert count(db, t.articles) == 3
    pages = site.pages_hit()
    assert pages == 4

    assert main(["watch", feed, "--db", db, "--once", *FAST]) == 0
    err = capsys.readouterr().err
    assert "unchanged (304)" in err and "0 new article(s)" in err
    assert site.pages_hit() == pages                       # no page fetched again
    assert [s for p, s in site.log if p == "/feed.xml"] == [200, 304]
    assert count(db, t.articles) == 3
    src = rows(db, t.watch_sources)[0]
    assert src["etag"] == '"v1"' and src["last_status"] == "304" and src["failures_in_row"] == 0


def test_fourth_item_republishing_the_first_gives_three_articles(new_store, site):
    db = new_store("fourth")
    assert main(["watch", site.url("/feed.xml"), "--db", db, "--once", *FAST, "-q"]) == 0
    first = aid(site, "/articles/djibo-marche.html")
    assert {a["id"] for a in rows(db, t.articles)} == {
        first, aid(site, "/articles/kidal-frappe.html"), aid(site, "/articles/goma-deplaces.html")}
    items = {i["url"]: i for i in rows(db, t.watch_items)}
    assert len(items) == 4
    # the tracking parameters of the feed's links are gone from the keys
    assert site.url("/articles/djibo-marche.html") in items
    copy = items[site.url("/articles/djibo-reprise.html")]
    assert copy["status"] == "duplicate" and copy["article_id"] == first and copy["similarity"] >= 0.7
    assert copy["publisher"] == "L'Écho du Sahel" and copy["title"] == "Burkina : onze civils tués à Djibo"
    assert count(db, t.watch_signatures) == 3
    article = rows(db, t.articles, t.articles.c.id == first)[0]
    assert article["source"] == "Le Courrier du Lac" and article["published"] == "2024-06-12"
    assert article["text"].startswith("Au moins onze civils")


def test_one_wire_text_from_two_outlets_is_one_article_and_one_toll(new_store, site):
    db = new_store("wire")
    assert main(["watch", site.url("/a.xml"), "--db", db, "--once", *FAST, "-q"]) == 0
    # another run, another process's worth of state: B's copy is matched against the signature
    # stored by the first run
    assert main(["watch", *(site.url(f"/{o}.xml") for o in "bc"), "--db", db, "--once", *FAST, "-q"]) == 0
    a, b, c = (aid(site, f"/articles/{o}/djibo.html") for o in "abc")
    assert {r["id"] for r in rows(db, t.articles)} == {a, c}      # B's copy is no article; C's own account is
    pubs = rows(db, t.watch_items, t.watch_items.c.article_id == a, order=t.watch_items.c.url)
    assert [(p["publisher"], p["status"]) for p in pubs] == [("Outlet A", "stored"), ("Outlet B", "duplicate")]
    # the merge sees one report of the attack per text: Outlet B's copy adds no toll
    links = rows(db, t.merged_event_reports)
    assert links and {r["article_id"] for r in links} <= {a, c}
    assert "Outlet B" not in {r["source"] for r in links}
    assert all("Outlet B" not in (m["sources"] or "") for m in rows(db, t.merged_events))


def test_a_wire_text_ingested_from_files_is_matched_by_the_watch(new_store, site, capsys):
    db = new_store("ingested")
    res = store.ingest([{"id": "from-files", "text": WIRE, "published": "2024-06-12", "source": "Outlet A"}], db)
    assert res.added == 1
    assert main(["watch", site.url("/b.xml"), "--db", db, "--once", *FAST, "-q"]) == 0
    assert "1 stored article(s) from elsewhere signed" in capsys.readouterr().err
    assert [r["id"] for r in rows(db, t.articles)] == ["from-files"]       # B's copy is no second article
    item = rows(db, t.watch_items)[0]
    assert item["status"] == "duplicate" and item["article_id"] == "from-files"
    assert count(db, t.watch_signatures) == 1


def test_broken_feeds_and_pages_are_recorded_and_the_rest_goes_on(new_store, site, capsys):
    db = new_store("broken")
    bad = ["/malformed.xml", "/error.xml", "/slow.xml", "/loop1.xml", "/huge.xml", "/nowhere.xml"]
    good = ["/feed.xml", "/latin1.xml", "/mixed.xml"]
    argv = ["watch", *(site.url(p) for p in good + bad), "--db", db, "--once", *FAST, "--max-bytes", "1000000", "-q"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert "9 feed(s) (0 unchanged, 6 failed)" in err
    sources = {s["url"].removeprefix(site.base): s for s in rows(db, t.watch_sources)}
    reasons = {f["url"].removeprefix(site.base): f["reason"] for f in rows(db, t.watch_failures)}
    assert reasons["/malformed.xml"].startswith("not a readable feed")
    assert reasons["/error.xml"].startswith("HTTP 500")
    assert reasons["/slow.xml"].startswith("timed out")
    assert reasons["/loop1.xml"].startswith("too many redirects")
    assert reasons["/huge.xml"].startswith("too large")
    assert reasons["/nowhere.xml"].startswith("HTTP 404")
    assert reasons["/articles/gone.html"].startswith("HTTP 404")
    long_link = next(u for u in reasons if u.startswith("/articles/long.html?q=xxx"))
    assert reasons[long_link] == "link longer than 2048 characters" and len(site.base + long_link) <= 2048
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    for p in bad:   # failing feeds back off: twice their interval before the next try
        assert sources[p]["failures_in_row"] == 1 and sources[p]["last_error"] == reasons[p]
        assert sources[p]["next_due_at"] > now + dt.timedelta(seconds=1100)
    # the good feeds' articles are stored; the cp1252 page and Latin-1 feed read right
    texts = {r["id"]: r for r in rows(db, t.articles)}
    latin = texts[aid(site, "/articles/latin.html")]
    assert "écoles" in latin["text"] and "Ã" not in latin["text"] and latin["title"] == "Une école fermée près de Mopti"
    # robots.txt forbids the Niamey page: the feed's own text for it is stored instead, unfetched
    assert site.hits["/private/niamey.html"] == 0
    assert texts[aid(site, "/private/niamey.html")]["text"].startswith("Plusieurs centaines de personnes")
    # a link redirecting to a stored page is that article again, not a new one
    redirected = rows(db, t.watch_items, t.watch_items.c.url == site.url("/r/kidal"))[0]
    assert redirected["article_id"] == aid(site, "/articles/kidal-frappe.html")
    assert len(texts) == 3 + 1 + 2

    # next run: the backing-off feeds are not fetched, the 404 page is not asked again
    before = dict(site.hits)
    assert main(argv) == 0
    for p in bad + ["/articles/gone.html"]:
        assert site.hits[p] == before.get(p, 0), p
    assert count(db, t.articles) == len(texts)


def test_health_in_stats_and_the_api(new_store, site, capsys):
    from fastapi.testclient import TestClient
    from veille.serve.app import create_app

    db = new_store("health")
    main(["watch", site.url("/feed.xml"), site.url("/error.xml"), "--db", db, "--once", *FAST, "-q"])
    capsys.readouterr()
    assert main(["stats", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "watched feeds   2" in out and "FAILING x1" in out and "last failure: HTTP 500" in out
    assert main(["stats", "--db", db, "--json"]) == 0
    stats = json.loads(capsys.readouterr().out)
    by_url = {s["url"]: s for s in stats["sources"]}
    ok = by_url[site.url("/feed.xml")]
    assert ok["articles"] == 3 and ok["republications"] == 1 and ok["articles_per_day"] == 4.0
    assert ok["last_success"] and ok["failures"] == 0
    assert by_url[site.url("/error.xml")]["last_success"] is None
    with TestClient(create_app(db)) as client:
        got = client.get("/api/sources").json()
        assert {s["url"] for s in got["sources"]} == set(by_url)
        assert got["newest_article"] and got["last_success"] == ok["last_success"]
        page = client.get("/").text
    assert 'id="freshness"' in page


def test_an_article_written_before_a_crash_is_recovered_and_its_copies_match_it(new_store, site, capsys):
    """A kill between an article's transaction and the marking of its page: the next start
    marks it stored with its signature, so a copy read first after the restart is a copy."""
    from veille.read import Article
    from veille.watch import state
    from veille.watch.sources import Source

    db = new_store("recover")
    a_page = site.url("/articles/a/djibo.html")
    a_id = aid(site, "/articles/a/djibo.html")
    with store.open(db) as st:        # what the killed run had done for Outlet A's page
        sid = state.sync_sources(st, [Source(site.url("/a.xml"))])[site.url("/a.xml")]
        state.page_pending(st, sid, [a_page], a_id, {"title": "Djibo", "publisher": "Outlet A"})
        assert store.ingest([Article(id=a_id, text=WIRE, published="2024-06-12", source="Outlet A",
                                     url=a_page)], st).added == 1
    assert main(["watch", site.url("/b.xml"), site.url("/a.xml"), "--db", db, "--once", *FAST, "-q"]) == 0
    assert "1 article(s) written by an interrupted run marked as stored" in capsys.readouterr().err
    assert [r["id"] for r in rows(db, t.articles)] == [a_id]          # B's copy is no second article
    items = {i["url"]: i for i in rows(db, t.watch_items)}
    assert items[a_page]["status"] == "stored"
    assert items[site.url("/articles/b/djibo.html")]["article_id"] == a_id
    assert site.hits["/articles/a/djibo.html"] == 0                  # A's page is not fetched again
    assert count(db, t.watch_signatures) == 1


def test_a_page_that_breaks_the_reader_is_a_failure_and_the_round_goes_on(tmp_path, site, monkeypatch, capsys):
    import veille.watch.round as round_mod

    real = round_mod.read_page

    def flaky(body, charset, url):
        if "kidal" in url:
            raise RuntimeError("reader exploded")
        return real(body, charset, url)

    monkeypatch.setattr(round_mod, "read_page", flaky)
    db = str(tmp_path / "flaky.db")
    assert main(["watch", site.url("/feed.xml"), "--db", db, "--once", *FAST, "-q"]) == 1
    assert "internal error: RuntimeError: reader exploded (tried again next round)" in capsys.readouterr().err
    assert count(db, t.articles) == 2
    item = rows(db, t.watch_items, t.watch_items.c.url == site.url("/articles/kidal-frappe.html"))[0]
    assert item["status"] == "failed" and item["tries"] == 1
    assert rows(db, t.watch_sources)[0]["etag"] is None     # the feed is read in full next time
    monkeypatch.setattr(round_mod, "read_page", real)
    assert main(["watch", site.url("/feed.xml"), "--db", db, "--once", *FAST, "-q"]) == 0
    assert count(db, t.articles) == 3 and site.hits["/articles/kidal-frappe.html"] == 2


def test_slow_hosts_are_waited_for_at_the_same_time(tmp_path, capsys):
    # two feeds on two hosts, and one feed's two pages on two hosts: each answers only once the
    # other of its pair has been asked for, so fetched one after the other they would not meet
    a, b = Site().start(), Site().start()
    try:
        feeds, pages = threading.Barrier(2), threading.Barrier(2)
        slugs = {a: "djibo-marche", b: "kidal-frappe"}
        for host, slug in slugs.items():
            title, text = DISPATCHES[slug]
            host.add(f"/articles/{slug}.html", Route(page_html(title, text).encode("utf-8"), meet=pages))
        items = [{"title": DISPATCHES[slug][0], "link": host.url(f"/articles/{slug}.html")}
                 for host, slug in slugs.items()]
        a.add("/feed.xml", Route(rss("A", items), "application/rss+xml", meet=feeds))
        b.add("/feed.xml", Route(rss("B", []), "application/rss+xml", meet=feeds))
        db = str(tmp_path / "parallel.db")
        assert main(["watch", a.url("/feed.xml"), b.url("/feed.xml"), "--db", db, "--once", *FAST, "-q"]) == 0
        assert "2 new article(s)" in capsys.readouterr().err
        assert a.met == {"/feed.xml", "/articles/djibo-marche.html"} and b.met == {"/feed.xml", "/articles/kidal-frappe.html"}
        # the articles are stored in the feed's order all the same
        assert [r["id"] for r in rows(db, t.articles, order=sa.text("rowid"))] == \
            [aid(a, "/articles/djibo-marche.html"), aid(b, "/articles/kidal-frappe.html")]
    finally:
        a.stop()
        b.stop()


def test_one_request_at_a_time_with_parallel_1(tmp_path, site):
    feeds = threading.Barrier(2)
    other = Site().start()
    try:
        for s in (site, other):
            s.add("/meet.xml", Route(rss("x", []), "application/rss+xml", meet=feeds))
        db = str(tmp_path / "serial.db")
        assert main(["watch", site.url("/meet.xml"), other.url("/meet.xml"), "--db", db, "--once", *FAST,
                     "--timeout", "10", "--parallel", "1", "-q"]) == 0
        assert site.met == set() and other.met == set()      # the first waited alone, then the second
    finally:
        other.stop()


def test_a_failing_feed_backs_off_and_a_success_resets_it(tmp_path):
    from veille.watch import state
    from veille.watch.sources import Source

    with store.open(str(tmp_path / "backoff.db")) as db:
        sid = state.sync_sources(db, [Source("https://x.example/rss", interval_s=600)])["https://x.example/rss"]
        waits = [state.feed_failed(db, sid, "https://x.example/rss", f"HTTP 50{i}", 600) for i in range(8)]
        assert waits == [1200, 2400, 4800, 9600, 19200, 38400, 76800, 86400]      # doubling, at most a day
        st = state.source_state(db, sid)
        now = state.utcnow()
        assert st.failures_in_row == 8 and st.last_error == "HTTP 507"
        assert not state.is_due(st, now, once=True) and not state.is_due(st, now, once=False)
        state.feed_fetched(db, sid, 200, '"e"', None, 600, keep_validators=False)
        st = state.source_state(db, sid)
        assert st.failures_in_row == 0 and st.etag == '"e"' and st.last_error is None
        assert state.is_due(st, now, once=True) and not state.is_due(st, now, once=False)
        with db.connect() as conn:
            assert conn.scalar(sa.select(sa.func.count()).select_from(t.watch_failures)) == 8


# ---- stopping: SIGTERM and kill -9 ---------------------------------------------------------------

def watch_cmd(feed, db, *extra):
    return [sys.executable, "-m", "veille.cli", "watch", feed, "--db", db, *FAST, "--timeout", "5", *extra]


def env():
    return {**os.environ, "PYTHONPATH": str(ROOT / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}


def wait_for_articles(db, n, proc, limit=180.0) -> int:
    from test_ingest import count_rows
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline and proc.poll() is None:
        got = count_rows(db, "articles")
        if got >= n:
            return got
        time.sleep(0.05)
    return count_rows(db, "articles")


def test_kill_9_mid_round_then_restart_loses_and_duplicates_nothing(new_store, site):
    feed = kill_feed(site, 6, delay=0.4)
    db = new_store("kill")
    proc = subprocess.Popen(watch_cmd(feed, db, "--once"), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env())
    try:
        got = wait_for_articles(db, 2, proc)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
    assert 2 <= got < 6
    # the killed round saved no validators: the restart reads the whole feed again
    assert rows(db, t.watch_sources)[0]["etag"] is None
    rerun = subprocess.run(watch_cmd(feed, db, "--once"), capture_output=True, text=True, timeout=300, env=env())
    assert rerun.returncode == 0, rerun.stderr
    expected = {aid(site, f"/articles/k{i}-{slug}.html") for i, slug in enumerate(DISPATCHES)}
    arts = rows(db, t.articles)
    assert {a["id"] for a in arts} == expected                      # nothing lost
    assert len({a["sha256"] for a in arts}) == len(arts) == 6       # nothing twice
    items = rows(db, t.watch_items)
    assert len(items) == 6 and {i["status"] for i in items} == {"stored"}
    assert {i["article_id"] for i in items} == expected
    assert count(db, t.reports) == 6 and count(db, t.watch_signatures) == 6 and count(db, t.merge_queue) == 0
    # each page was fetched at most twice: once by the killed run (if it got there), once after
    assert all(site.hits[p] <= 2 for p in site.hits if p.startswith("/articles/k"))
    assert rows(db, t.watch_sources)[0]["etag"] == '"k1"'


def test_sigterm_finishes_the_current_article_and_exits_cleanly(tmp_path, site):
    feed = kill_feed(site, 6, delay=0.4)
    db = str(tmp_path / "term.db")
    proc = subprocess.Popen(watch_cmd(feed, db, "--every", "1h"), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, env=env())
    try:
        wait_for_articles(db, 1, proc)
        proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "SIGTERM: finishing the current article" in err and "veille watch: stopped" in err
    assert "stopped before the end" in err
    # every article written is whole and marked seen: none half-done, none left unmarked
    arts = {a["id"] for a in rows(db, t.articles)}
    marked = {i["article_id"] for i in rows(db, t.watch_items) if i["status"] == "stored"}
    assert arts == marked and 1 <= len(arts) < 6
    assert count(db, t.reports) == len(arts)


def test_the_dashboard_says_how_fresh_the_data_is(tmp_path, site):
    from test_dashboard import CHROMIUM, CHROMIUM_ARGS, _Server
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (run scripts/install-browser.sh)")
    from playwright.sync_api import sync_playwright
    from veille.serve.app import create_app

    db = str(tmp_path / "fresh.db")
    main(["watch", site.url("/feed.xml"), site.url("/error.xml"), "--db", db, "--once", *FAST, "-q"])
    errors = []
    with _Server(create_app(db)) as srv, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            page = browser.new_page()
            page.on("console", lambda m: m.type == "error" and errors.append(m.text))
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(srv.url)
            page.wait_for_function("() => document.querySelector('#freshness').textContent !== ''")
            text = page.inner_text("#freshness")
            title = page.get_attribute("#freshness", "title")
            stale = page.eval_on_selector("#freshness span", "s => s.className")
        finally:
            browser.close()
    assert text.startswith("newest article ") and text.endswith("s ago · 2 feeds, 1 failing"), text
    assert title == f"{site.url('/error.xml')}: HTTP 500 Internal Server Error"
    assert stale == "stale" and not errors, errors


def test_usage_errors_are_one_line_and_exit_2(tmp_path, capsys):
    db = str(tmp_path / "u.db")
    assert main(["watch", str(tmp_path / "feeds.txt"), "--db", db]) == 2
    assert capsys.readouterr().err.strip() == f"veille watch: {tmp_path / 'feeds.txt'}: no such file, and not an http(s) URL"
    assert main(["watch", "https://example.org/rss", "--every", "soon", "--db", db]) == 2
    assert "--every: not a duration: 'soon'" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing yet\n", encoding="utf-8")
    assert main(["watch", str(empty), "--db", db]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"veille watch: {empty}: no feed URL in it", "veille watch: no feed to watch"]
    assert main(["watch"]) == 2
    assert not (tmp_path / "u.db").exists()         # nothing was created for a usage error


def test_others_articles_are_signed_between_rounds_and_an_unchanged_store_is_not_searched(new_store, site, monkeypatch):
    """A round signs the articles another process stored since the last one; when the store
    holds just the articles this watcher added, the anti-join of articles and signatures is
    skipped (it walks every article)."""
    from veille.watch import state
    from veille.watch.round import Watcher
    from veille.watch.sources import Source

    searches = []
    sign = state.sign_unsigned
    monkeypatch.setattr(state, "sign_unsigned", lambda st, index: searches.append(1) or sign(st, index))
    db = new_store("others")
    with store.open(db) as st, Fetcher(FetchSettings(timeout=1, retries=0, host_delay=0)) as fetcher:
        watcher = Watcher(st, [Source(site.url("/c.xml"))], fetcher, verbose=False, say=lambda m: None)
        assert len(searches) == 1                        # at start: nothing known yet
        first = watcher.round()
        assert first.new >= 1
        watcher.round()
        assert len(searches) == 1                        # only its own articles were added
        assert store.ingest([{"id": "from-files", "text": WIRE, "published": "2024-06-12"}], st).added == 1
        watcher.round()
        assert len(searches) == 2                        # someone else wrote: searched, and signed
        with st.connect() as conn:
            signed = conn.scalar(sa.select(sa.func.count()).select_from(t.watch_signatures)
                                 .where(t.watch_signatures.c.article_id == "from-files"))
        assert signed == 1
        watcher.round()
        assert len(searches) == 2
