"""The dashboard of ``veille serve`` in a real browser: Debian's Chromium driven by Playwright.

The app runs with uvicorn in a thread on 127.0.0.1 (a free port) over a copy of the test
corpus's store (``test_ingest.shared_store``) plus one hostile article, the XSS probe: markup
in its text, title and source that must reach the page as text and never run. Each browser
test also checks that the page logged no console error, raised nothing, opened no dialog and
sent no request anywhere but 127.0.0.1. Screenshots go to tests/artifacts/dashboard/ (git-
ignored); their paths are printed (``pytest -s`` shows them).

Chromium is Debian's package (scripts/install-browser.sh; ``.ci/run`` calls it): Playwright
never downloads a browser here. Without /usr/bin/chromium the browser tests skip.
"""
from __future__ import annotations

import json
import pathlib
import re
import socket
import threading
import time
import urllib.parse
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
STATIC = ROOT / "src" / "veille" / "serve" / "static"
ARTIFACTS = ROOT / "tests" / "artifacts" / "dashboard"
CHROMIUM = pathlib.Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

XSS_TITLE = "<script>window.__xss=1</script>"
XSS_SOURCE = "<img src=x onerror=window.__xss=1>"
XSS_TEXT = ("<script>window.__xss=1</script>\n"
            "Une frappe de drone a tué douze civils mardi à Kidal, selon l'armée malienne.\n"
            "<img src=x onerror=\"window.__xss=1\"> Les habitants ont enterré les victimes mercredi.\n")

needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(),
                                    reason="Debian's chromium is not installed (run scripts/install-browser.sh)")


# ---- static checks (no browser) ----

def test_dashboard_files_are_local_and_build_no_html_from_strings():
    """Every asset the page loads is served from here (vendored), and no script turns a
    string into markup: the store's text can only reach the page as text."""
    html = (STATIC / "index.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert refs and all(r.startswith("static/") or r.startswith("data:") or r == "analysis" for r in refs), refs
    for r in refs:
        if r.startswith("static/"):
            assert (STATIC / r.removeprefix("static/")).is_file(), r
    assert "<script>" not in html and not re.search(r"\son[a-z]+=", html), "inline script or handler"
    for name in ("leaflet.js", "leaflet.css", "topojson-client.min.js", "countries-50m.json",
                 "LICENSE.leaflet", "LICENSE.topojson-client", "LICENSE.world-atlas",
                 "leaflet.markercluster.js", "MarkerCluster.css", "LICENSE.leaflet.markercluster",
                 "swagger-ui/swagger-ui-bundle.js", "LICENSE.swagger-ui"):
        assert (STATIC / "vendor" / name).is_file(), name
    sinks = re.compile(r"innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment"
                       r"|\beval\(|new Function|bind(Popup|Tooltip)\(\s*[`'\"]|setContent\(\s*[`'\"]")
    for js in sorted((STATIC / "js").glob("*.js")):
        text = js.read_text(encoding="utf-8")
        assert not sinks.search(text), f"{js.name}: {sinks.search(text).group(0)}"
        text = text.replace('"http://www.w3.org/2000/svg"', "")     # the SVG namespace: a name, never fetched
        assert "http://" not in text and "https://" not in text, f"{js.name} names a remote URL"


# ---- the served store ----

class _Server:
    """uvicorn serving ``app`` in a thread, on a socket bound here (no port race)."""

    def __init__(self, app):
        import uvicorn
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        self.server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            assert self.thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(15)
        self.sock.close()

    def get(self, path, **params):
        q = urllib.parse.urlencode(params)
        with urllib.request.urlopen(self.url + path + ("?" + q if q else ""), timeout=30) as r:
            return json.loads(r.read())


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (run scripts/install-browser.sh)")
    from test_ingest import copy_store, shared_store
    from veille import store
    from veille.serve.app import create_app

    path = copy_store(shared_store(tmp_path_factory), tmp_path_factory.mktemp("dashboard") / "veille.db")
    res = store.ingest([{"id": "xss-probe", "text": XSS_TEXT, "published": "2024-03-05",
                         "source": XSS_SOURCE, "title": XSS_TITLE}], path)
    assert res.ok and res.added == 1, res
    with _Server(create_app(str(path))) as srv:
        yield srv


@pytest.fixture(scope="module")
def browser_context(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (run scripts/install-browser.sh)")
    from playwright.sync_api import sync_playwright
    profile = tmp_path_factory.mktemp("chromium-profile")   # a fresh user-data-dir
    with sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1440, "height": 900}, locale="en-GB", timezone_id="UTC")
        ctx.set_default_timeout(20_000)
        yield ctx
        ctx.close()


class Watched:
    """A page with what it logged, raised, opened and requested."""

    def __init__(self, page, server):
        self.page, self.server = page, server
        self.console_errors, self.page_errors, self.dialogs, self.requests = [], [], [], []
        page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        page.on("pageerror", lambda e: self.page_errors.append(str(e)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("request", lambda r: self.requests.append(r.url))

    def open(self, query=""):
        self.page.goto(self.server.url + query)
        self.page.wait_for_selector("body[data-ready='1']")
        self.settle()

    def settle(self):
        """Wait until no API answer is pending and the country outlines are drawn."""
        self.page.wait_for_function("() => document.body.dataset.loading === '' && document.body.dataset.countries === '1'")

    def shot(self, name):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        self.page.screenshot(path=str(path))
        print(f"screenshot: {path}")
        return path

    def list_rows(self):
        return self.page.eval_on_selector_all(
            "#events tbody tr[data-event-id]",
            "rows => rows.map(r => ({id: r.dataset.eventId, date: r.cells[0].textContent, place: r.cells[2].textContent}))")

    def assert_clean(self):
        assert not self.console_errors, self.console_errors
        assert not self.page_errors, self.page_errors
        assert not self.dialogs, self.dialogs
        local = f"http://127.0.0.1:{self.server.port}/"
        away = [u for u in self.requests if not (u.startswith(local) or u.startswith("data:"))]
        assert not away, f"requests left 127.0.0.1: {away}"
        assert self.page.evaluate("typeof window.__xss") == "undefined"


@pytest.fixture
def watched(browser_context, server):
    page = browser_context.new_page()
    w = Watched(page, server)
    yield w
    page.close()


# ---- in the browser ----

@needs_chromium
def test_page_loads_the_corpus_on_the_map(watched, server):
    watched.open()
    page = watched.page
    total = server.get("api/events", limit=1)["total"]
    assert page.locator("path.ev-marker").count() == total > 5
    assert page.locator("path.country").count() > 150            # Natural Earth admin-0 outlines
    # the map fills its panel
    box, panel = page.locator("#map").bounding_box(), page.locator(".map-wrap").bounding_box()
    assert box["width"] >= panel["width"] - 4 and box["height"] >= panel["height"] - 4 and box["height"] > 300
    assert len(watched.list_rows()) == min(total, 50)
    assert page.locator("#list-count").inner_text() == f"{total} events"
    types = page.eval_on_selector_all("#filters select[name=type] option", "os => os.map(o => o.value)")
    assert "ASSAULT" in types
    assert page.locator("#timeline").bounding_box()["width"] > 300
    assert "ASSAULT" in page.locator(".legend").inner_text()
    watched.shot("01-overview")
    # the list sorts by toll, deadliest first, then the other way
    page.click("button.sort[data-sort=fatalities]")
    page.wait_for_function("() => new URLSearchParams(location.search).get('sort') === '-fatalities'")
    watched.settle()
    deadliest = server.get("api/events", sort="-fatalities", limit=50)["items"]
    assert [r["id"] for r in watched.list_rows()] == [e["id"] for e in deadliest]
    page.click("button.sort[data-sort=fatalities]")
    page.wait_for_function("() => new URLSearchParams(location.search).get('sort') === 'fatalities'")
    watched.settle()
    assert watched.list_rows()[0]["id"] == server.get("api/events", sort="fatalities", limit=1)["items"][0]["id"]
    watched.assert_clean()


@needs_chromium
def test_date_filter_changes_the_list_and_is_kept_in_the_url(watched, server):
    watched.open()
    page = watched.page
    before = watched.list_rows()
    markers_before = page.locator("path.ev-marker").count()
    page.fill("#filters input[name=since]", "2024-06-01")
    page.fill("#filters input[name=until]", "2024-06-30")
    page.wait_for_function("() => new URLSearchParams(location.search).get('until') === '2024-06-30'")
    watched.settle()
    after = watched.list_rows()
    expected = server.get("api/events", since="2024-06-01", until="2024-06-30")["items"]
    assert 0 < len(after) < len(before)
    assert sorted(r["id"] for r in after) == sorted(e["id"] for e in expected)
    assert all("2024-06" in r["date"] for r in after), after
    assert page.locator("path.ev-marker").count() == len(expected) < markers_before
    assert page.locator("#tl-range").inner_text() == "2024-06-01 → 2024-06-30"
    watched.shot("02-june")
    # the URL alone restores the view
    url = page.url
    assert "since=2024-06-01" in url
    page.goto(url)
    page.wait_for_selector("body[data-ready='1']")
    watched.settle()
    assert page.input_value("#filters input[name=since]") == "2024-06-01"
    assert sorted(r["id"] for r in watched.list_rows()) == sorted(e["id"] for e in expected)
    # a type from the menu narrows further; Reset brings everything back
    page.select_option("#filters select[name=country]", "SD")
    page.wait_for_function("() => new URLSearchParams(location.search).get('country') === 'SD'")
    watched.settle()
    sudan = server.get("api/events", since="2024-06-01", until="2024-06-30", country="SD")["items"]
    assert sorted(r["id"] for r in watched.list_rows()) == sorted(e["id"] for e in sudan)
    page.click("#reset")
    page.wait_for_function("() => location.search === ''")
    watched.settle()
    assert len(watched.list_rows()) == len(before)
    # the actor box filters as one types (any case, part of a name)
    page.fill("#filters input[name=actor]", "tatmadaw")
    page.wait_for_function("() => new URLSearchParams(location.search).get('actor') === 'tatmadaw'")
    watched.settle()
    junta = server.get("api/events", actor="tatmadaw")["items"]
    assert 0 < len(junta) < len(before)
    assert sorted(r["id"] for r in watched.list_rows()) == sorted(e["id"] for e in junta)
    assert page.locator("path.ev-marker").count() == len(junta)
    watched.assert_clean()


@needs_chromium
def test_dragging_the_timeline_selects_dates(watched, server):
    watched.open()
    page = watched.page
    box = page.locator("#timeline").bounding_box()
    y = box["y"] + box["height"] / 2
    # from a quarter to the middle of the plot area
    x0, x1 = box["x"] + box["width"] * 0.25, box["x"] + box["width"] * 0.5
    page.mouse.move(x0, y)
    page.mouse.down()
    page.mouse.move((x0 + x1) / 2, y, steps=4)
    page.mouse.move(x1, y, steps=4)
    page.mouse.up()
    page.wait_for_function("() => new URLSearchParams(location.search).has('until')")
    watched.settle()
    q = urllib.parse.parse_qs(urllib.parse.urlparse(page.url).query)
    since, until = q["since"][0], q["until"][0]
    assert since < until
    expected = server.get("api/events", since=since, until=until)
    rows = watched.list_rows()
    assert sorted(r["id"] for r in rows) == sorted(e["id"] for e in expected["items"])
    assert len(rows) < server.get("api/events", limit=1)["total"]
    watched.shot("03-timeline-range")
    page.click("#tl-clear")
    page.wait_for_function("() => !new URLSearchParams(location.search).has('since')")
    watched.assert_clean()


@needs_chromium
def test_an_event_opens_its_reports_and_the_article_with_the_evidence(watched, server):
    watched.open()
    page = watched.page
    # the event most reported: Kidal's strike (three agencies)
    events = server.get("api/events", sort="-date", limit=100)["items"]
    ev = max(events, key=lambda e: (e["n_sources"], e["n_reports"], e["id"]))
    detail = server.get(f"api/events/{ev['id']}")
    first = min(detail["reports"], key=lambda r: str(r["published"]))
    page.click(f"#events tbody tr[data-event-id='{ev['id']}']")
    page.wait_for_selector("mark.sp-event.focus")
    watched.settle()
    assert f"event={ev['id']}" in page.url
    assert page.locator(".reports-table tbody tr").count() == len(detail["reports"])
    assert page.locator(".event-head h2").inner_text().strip().startswith(ev["type"])
    # the evidence of the report shown is marked, whole, and in view
    evidence = "".join(page.eval_on_selector_all("mark.sp-event.focus", "ms => ms.map(m => m.textContent)"))
    assert evidence == first["evidence"]
    assert page.locator("mark.sp-event.focus").first.is_visible()
    assert page.locator(".article-head h3").inner_text() == (
        server.get(f"api/articles/{first['article_id']}")["title"] or first["article_id"])
    # every kind of item is marked, and an item of the list scrolls to its words
    for facet in ("figure", "place", "actor", "timex"):
        assert page.locator(f".article-text mark.sp-{facet}").count() > 0, facet
    page.locator(".items li.linked").last.click()
    page.wait_for_selector(".article-text mark.flash")
    assert page.locator(".article-text mark.flash").first.is_visible()
    watched.shot("04-event-article")
    # another source's report opens its own article
    other = next(r for r in detail["reports"] if r["article_id"] != first["article_id"])
    page.click(f".reports-table tbody tr[data-article-id='{other['article_id']}'][data-event-id='{other['event_id']}']")
    page.wait_for_function(f"() => new URLSearchParams(location.search).get('article') === {json.dumps(other['article_id'])}")
    page.wait_for_function("() => document.querySelector('mark.sp-event.focus') !== null")
    evidence = "".join(page.eval_on_selector_all("mark.sp-event.focus", "ms => ms.map(m => m.textContent)"))
    assert evidence == other["evidence"]
    # Back returns to the first article
    page.go_back()
    page.wait_for_function(f"() => new URLSearchParams(location.search).get('article') === {json.dumps(first['article_id'])}")
    # a marker on the map opens its event too
    lone = next(e for e in events if e["country"] == "UA" and e["type"] == "ASSAULT")
    # Zelensky's appeal is placed at Kharkiv too: its smaller marker lies over the strike's
    # centre, so the strike is clicked near its rim
    page.locator(f"path.ev-marker[data-event-id='{lone['id']}']").click(position={"x": 3, "y": 12})
    page.wait_for_function(f"() => new URLSearchParams(location.search).get('event') === {json.dumps(lone['id'])}")
    page.wait_for_selector("mark.sp-event.focus")
    assert "Kharkiv" in page.locator(".event-head").inner_text()
    page.keyboard.press("Escape")
    page.wait_for_selector("#detail .placeholder")
    watched.assert_clean()


@needs_chromium
def test_the_xss_probe_shows_as_text_and_never_runs(watched, server):
    art = server.get("api/articles/xss-probe")
    assert XSS_TITLE in art["text"] and '<img src=x onerror="window.__xss=1">' in art["text"]
    probe = server.get("api/events", source=XSS_SOURCE)["items"]
    assert probe, "the probe's sentence yields an event"
    watched.open()
    page = watched.page
    # its source is in the menu, as text
    sources = page.eval_on_selector_all("#filters select[name=source] option", "os => os.map(o => o.textContent)")
    assert any(s.startswith(XSS_SOURCE) for s in sources), sources
    # the article alone
    watched.open("?article=xss-probe")
    page.wait_for_selector(".article-text")
    assert page.locator(".article-head h3").inner_text() == XSS_TITLE
    assert XSS_TITLE in page.locator(".article-text").inner_text()
    assert page.get_by_text("<script>", exact=False).first.is_visible()
    # the event it belongs to, with its reports (the probe's source among them)
    watched.open(f"?event={urllib.parse.quote(probe[0]['id'])}&article=xss-probe")
    page.wait_for_selector(".reports-table")
    page.wait_for_selector(".article-text")
    assert XSS_SOURCE in page.locator(".reports-table").inner_text()
    page.locator(f"#events tbody tr[data-event-id='{probe[0]['id']}']").hover()
    page.locator(f"path.ev-marker[data-event-id='{probe[0]['id']}']").hover(force=True)
    page.wait_for_timeout(300)
    watched.shot("05-xss-probe")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate("document.scripts.length") == 4      # leaflet, markercluster, topojson-client, app.js
    watched.assert_clean()


# ---- at scale, from the keyboard, offline ----

@pytest.fixture(scope="module")
def big_server(tmp_path_factory):
    """A synthetic store of 3,000 located merged events (benchmarks/api_store.py), more than the
    map draws one by one: it must cluster them."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (run scripts/install-browser.sh)")
    import sys
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import api_store
    from veille.serve.app import create_app

    path = tmp_path_factory.mktemp("big") / "veille.db"
    api_store.generate(str(path), 3000, progress=False)
    with _Server(create_app(str(path))) as srv:
        yield srv


@needs_chromium
def test_a_big_store_is_clustered_and_splits_as_one_zooms(browser_context, big_server):
    page = browser_context.new_page()
    w = Watched(page, big_server)
    w.open()
    total = big_server.get("api/points", limit=1)["total"]
    assert total == 3000 and page.evaluate("document.body.dataset.markers") == "3000"
    clusters = page.locator(".marker-cluster")
    page.wait_for_function("() => document.querySelectorAll('.marker-cluster').length > 0")
    n_clusters, n_paths = clusters.count(), page.locator("path.ev-marker").count()
    assert 0 < n_clusters and n_paths < 3000          # grouped, not 3,000 circles
    counts = [int(x) for x in page.eval_on_selector_all(".marker-cluster span", "s => s.map(x => x.textContent)")]
    assert sum(counts) + n_paths == 3000              # every event in a cluster or drawn alone
    w.shot("06-clusters")
    # clicking the biggest cluster zooms in: it splits into smaller clusters and markers
    biggest = max(range(n_clusters), key=lambda i: counts[i])
    clusters.nth(biggest).click()
    page.wait_for_timeout(800)
    w.settle()
    after = [int(x) for x in page.eval_on_selector_all(".marker-cluster span", "s => s.map(x => x.textContent)")]
    assert max(after, default=0) < counts[biggest], (counts[biggest], after)
    w.assert_clean()
    page.close()


@needs_chromium
def test_the_timeline_works_from_the_keyboard(watched, server):
    watched.open()
    page = watched.page
    page.focus("#timeline")
    page.keyboard.press("End")            # the last period
    page.keyboard.press("ArrowLeft")
    said = page.locator("#tl-live").inner_text()
    assert "Enter applies" in said and " to " in said
    first_day = said.split(" to ")[0]
    page.keyboard.press("Shift+ArrowRight")   # one period more
    page.keyboard.press("Shift+ArrowRight")
    extended = page.locator("#tl-live").inner_text()
    assert extended.split(" to ")[0] == first_day and extended.split(" to ")[1] > said.split(" to ")[1]
    until = extended.split(" to ")[1].split(":")[0]
    page.keyboard.press("Enter")
    page.wait_for_function(f"() => new URLSearchParams(location.search).get('until') === '{until}'")
    assert f"since={first_day}" in page.url
    watched.settle()
    expected = server.get("api/events", since=first_day, until=until)["total"]
    assert page.locator("#list-count").inner_text().split()[0] == str(expected)
    # the canvas is labelled, focusable, and announces to screen readers
    assert page.get_attribute("#timeline", "aria-label") and page.get_attribute("#timeline", "tabindex") == "0"
    assert page.get_attribute("#tl-live", "aria-live") == "polite"
    # Escape drops a selection that was not applied
    page.focus("#timeline")
    page.keyboard.press("Home")
    page.keyboard.press("Escape")
    assert page.locator("#tl-live").inner_text() == "Selection dropped."
    assert f"since={first_day}" in page.url
    watched.assert_clean()


@needs_chromium
def test_api_docs_work_with_the_network_cut(browser_context, server):
    page = browser_context.new_page()
    local = f"http://127.0.0.1:{server.port}/"
    blocked = []

    def only_local(route):
        if route.request.url.startswith(local):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server.url + "docs")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "veille" in page.locator(".swagger-ui .info .title").inner_text()
    page.wait_for_selector(".opblock-summary-path")
    paths = page.eval_on_selector_all(".opblock-summary-path", "ps => ps.map(p => p.textContent)")
    assert any("/api/events" in p for p in paths) and any("/api/points" in p for p in paths)
    assert not blocked and not errors, (blocked, errors)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "07-docs-offline.png"))
    page.close()


@needs_chromium
def test_full_text_search_lists_ranked_articles_and_marks_the_words(watched, server):
    watched.open()
    page = watched.page
    expected = server.get("api/articles", q="KHARKIV missile", limit=50)
    assert expected["total"] > 0
    page.fill("#search input[name=q]", "KHARKIV missile")
    page.press("#search input[name=q]", "Enter")
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'KHARKIV missile'")
    page.wait_for_selector(".search-results tbody tr")
    rows = page.eval_on_selector_all(".search-results tbody tr", "rs => rs.map(r => r.dataset.articleId)")
    assert rows == [a["id"] for a in expected["items"]]           # the API's ranking, in order
    page.click(f".search-results tbody tr[data-article-id='{rows[0]}']")
    page.wait_for_selector("mark.sp-search")
    marked = page.eval_on_selector_all(".article-text mark.sp-search", "ms => ms.map(m => m.textContent.toLowerCase())")
    assert marked and all(w.startswith(("kharkiv", "missile")) for w in marked), marked
    watched.shot("08-search")
    # Escape goes back to the results, then closes the panel
    page.keyboard.press("Escape")
    page.wait_for_selector(".search-results")
    page.keyboard.press("Escape")
    page.wait_for_selector("#detail .placeholder")
    assert "q=" not in page.url
    watched.assert_clean()


@needs_chromium
def test_highlights_stay_on_their_words_after_emoji(watched, server):
    """Records count code points, JavaScript strings UTF-16 units: after an emoji (two units)
    an unconverted span would mark "à Kid" instead of "Kidal". markText runs in Chromium on a
    text with emoji before and inside the marked words, spans given as Python offsets."""
    text = "🔴 DIRECT 🇲🇱 Frappe à Kidal : « 😢 12 morts », selon l'armée. Fin 👍"
    spans = [{"facet": facet, "item_id": ident, "start": text.index(words), "end": text.index(words) + len(words)}
             for facet, ident, words in [("place", "p1", "Kidal"), ("quote", "q1", "😢 12 morts"),
                                         ("actor", "a1", "l'armée"), ("figure", "f1", "12 morts")]]
    watched.page.goto(server.url + "/static/js/article.js")
    marked = watched.page.evaluate("""async ([text, spans]) => {
        const {markText, utf16Offset} = await import('/static/js/article.js');
        const {root, find} = markText(text, spans, null);
        const got = {};
        for (const s of spans) got[s.item_id] = [find(s.facet, s.item_id)[0].textContent,
                                                  find(s.facet, undefined, s.start)[0].dataset.start];
        return {got, whole: root.textContent, plain: utf16Offset("sans emoji")(7)};
    }""", [text, spans])
    assert marked["whole"] == text and marked["plain"] == 7
    assert marked["got"] == {"p1": ["Kidal", str(spans[0]["start"])], "q1": ["😢 12 morts", str(spans[1]["start"])],
                             "a1": ["l'armée", str(spans[2]["start"])], "f1": ["12 morts", str(spans[3]["start"])]}
