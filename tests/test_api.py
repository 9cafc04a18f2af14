"""The HTTP API (``veille serve``, docs/api.md) against the test corpus store.

Every answer is checked against another way of getting it through the same API (a filter
against the unfiltered list filtered here, a time series against the events' tolls, a span
against the article's text), never against numbers written down here. Only the API is used
(on ``corpus_path``: the SQLite corpus store, and its PostgreSQL twin when
VEILLE_TEST_PG_URL names a server), so every test runs on both backends.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from fastapi.testclient import TestClient

from veille.cli import main
from veille.resolve.numbers import NumberReader
from veille.serve import create_app

from test_ingest import copy_store, shared_store

TOKEN = "test-token-0123456789"


@pytest.fixture(scope="module")
def api_client(corpus_path):
    """The API over the corpus store (SQLite, and PostgreSQL when the tests have a server)."""
    with TestClient(create_app(corpus_path)) as client:
        yield client


@pytest.fixture(scope="module")
def writable(corpus_path, tmp_path_factory, request):
    """A copy of the corpus store, on the same backend, served with a token: POST may change it."""
    if "://" in corpus_path:
        dst = request.getfixturevalue("pg_databases").new("api")
    else:
        dst = str(tmp_path_factory.mktemp("api-write") / "veille.db")
    with TestClient(create_app(copy_store(corpus_path, dst), token=TOKEN)) as client:
        yield client


def get(client, url, **params):
    r = client.get(url, params=params)
    assert r.status_code == 200, (url, params, r.text)
    return r.json()


def all_items(client, url, **params) -> list[dict]:
    """Every item of a paged list, walking the pages."""
    items, offset = [], 0
    while True:
        page = get(client, url, limit=7, offset=offset, **params)
        items += page["items"]
        offset += 7
        if offset >= page["total"]:
            assert len(items) == page["total"]
            return items


@pytest.fixture(scope="module")
def events(api_client) -> list[dict]:
    return get(api_client, "/api/events", limit=500)["items"]


def ids(items) -> list[str]:
    return [e["id"] for e in items]


# ---- events and their filters ---------------------------------------------------------

def test_events_pages_cover_every_merged_event_once(api_client, events):
    stats = get(api_client, "/api/stats")
    assert len(events) == stats["merged_events"] > 10
    paged = all_items(api_client, "/api/events")
    assert ids(paged) == ids(events) and len(set(ids(paged))) == len(paged)
    assert [e["date_start"] for e in events] == sorted(e["date_start"] for e in events)
    assert ids(get(api_client, "/api/events", sort="-date", limit=500)["items"])[0] in \
        {e["id"] for e in events if e["date_start"] == events[-1]["date_start"]}
    for e in events:
        assert e["n_sources"] == len(e["sources"]) and e["n_reports"] >= e["n_sources"]


def overlaps(e, since=None, until=None) -> bool:
    return (since is None or e["date_end"] >= since) and (until is None or e["date_start"] <= until)


def inside(e, box) -> bool:
    return e["lat"] is not None and box[1] <= e["lat"] <= box[3] and box[0] <= e["lon"] <= box[2]


def filter_cases(events):
    """(params, expected predicate) pairs built from the corpus' own values."""
    ml = next(e for e in events if e["country"] == "ML")
    dated = sorted({e["date_start"] for e in events})
    since, until = dated[len(dated) // 3], dated[2 * len(dated) // 3]
    box = (ml["lon"] - 3, ml["lat"] - 3, ml["lon"] + 3, ml["lat"] + 3)
    tolls = sorted(e["fatalities_best"] for e in events if e["fatalities_best"] is not None)
    floor = tolls[len(tolls) // 2]
    return [
        ({"country": "ML"}, lambda e: e["country"] == "ML"),
        ({"country": "Mali"}, lambda e: e["country"] == "ML"),
        ({"country": "Soudan"}, lambda e: e["country"] == "SD"),
        ({"type": "ASSAULT"}, lambda e: e["type"] == "ASSAULT"),
        ({"type": "protest"}, lambda e: e["type"] == "PROTEST"),
        ({"type": "Air/drone strike"}, lambda e: e["acled_sub_event_type"] == "Air/drone strike"),
        ({"mode": "airstrike"}, lambda e: e["mode"] == "airstrike"),
        ({"since": since}, lambda e: overlaps(e, since=since)),
        ({"until": until}, lambda e: overlaps(e, until=until)),
        ({"since": since, "until": until}, lambda e: overlaps(e, since, until)),
        ({"bbox": ",".join(map(str, box))}, lambda e: inside(e, box)),
        ({"source": "reuters"}, lambda e: "Reuters" in e["sources"]),
        ({"min_fatalities": floor}, lambda e: (e["fatalities_best"] or -1) >= floor),
        ({"country": "ML", "type": "ASSAULT", "min_fatalities": 1},
         lambda e: e["country"] == "ML" and e["type"] == "ASSAULT" and (e["fatalities_best"] or 0) >= 1),
    ]


def test_each_filter_selects_exactly_the_matching_events(api_client, events):
    for params, keep in filter_cases(events):
        page = get(api_client, "/api/events", limit=500, **params)
        expected = [e["id"] for e in events if keep(e)]
        assert ids(page["items"]) == expected, params
        assert page["total"] == len(expected), params
        assert 0 < len(expected) < len(events), params     # the filter narrows, and something is left


def test_actor_filter_matches_names_and_aliases_any_case(api_client, events):
    by_name = get(api_client, "/api/events", actor="malian armed", limit=500)["items"]
    assert by_name and ids(by_name) == [e["id"] for e in events
                                        if "malian armed" in f"{e['source_actor']} {e['target_actor']}".lower()]
    by_alias = get(api_client, "/api/events", actor="m23", limit=500)["items"]     # alias of March 23 Movement
    assert by_alias and all("March 23 Movement" in (e["source_actor"], e["target_actor"]) for e in by_alias)


def test_sort_by_fatalities_puts_unknown_tolls_last(api_client, events):
    desc = get(api_client, "/api/events", sort="-fatalities", limit=500)["items"]
    asc = get(api_client, "/api/events", sort="fatalities", limit=500)["items"]
    for page, reverse in ((desc, True), (asc, False)):
        known = [e["fatalities_best"] for e in page if e["fatalities_best"] is not None]
        assert known == sorted(known, reverse=reverse) and len(known) > 3
        assert all(e["fatalities_best"] is None for e in page[len(known):])
        assert sorted(ids(page)) == sorted(ids(events))


# ---- one event, one article: the spans point at the text --------------------------------

def numbers_in(text: str) -> set[int]:
    return {m.value for m in NumberReader("fr").find(text)}


def test_event_detail_has_reports_with_evidence_and_figures_in_the_text(api_client, events):
    multi = [e for e in events if e["n_sources"] > 1 and e["fatalities_best"] is not None]
    assert multi
    checked_figures = 0
    for e in multi:
        detail = get(api_client, f"/api/events/{e['id']}")
        assert {k: detail[k] for k in e} == e
        reports = detail["reports"]
        assert len(reports) == e["n_reports"] and {r["source"] for r in reports} == set(e["sources"])
        counted = [r["fatalities"] for r in reports if r["counted"] and r["fatalities"] is not None]
        assert (min(counted), max(counted)) == (e["fatalities_low"], e["fatalities_high"])
        for r in reports:
            text = get(api_client, f"/api/articles/{r['article_id']}")["text"]
            s, t = r["span"]
            assert r["evidence"] == text[s:t] and r["evidence"].strip()
            for f in r["figures"]:
                fs, ft = f["span"]
                assert {f["best"], f["low"], f["high"]} & numbers_in(text[fs:ft]), (text[fs:ft], f)
                checked_figures += 1
            if r["fatalities"] is not None:     # a report's toll comes from its killed figures
                assert any(f["kind"] == "killed" for f in r["figures"])
    assert checked_figures >= len(multi)


def test_article_spans_point_at_their_items(api_client):
    arts = all_items(api_client, "/api/articles")
    assert len(arts) == get(api_client, "/api/stats")["articles"]
    for a in arts:
        d = get(api_client, f"/api/articles/{a['id']}")
        text, spans, rec = d["text"], d["spans"], d["record"]
        assert rec["article"]["id"] == a["id"] and a["n_events"] == len(rec["events"])
        assert [s["start"] for s in spans] == sorted(s["start"] for s in spans)
        assert all(0 <= s["start"] < s["end"] <= len(text) for s in spans)
        by = {(s["facet"], s["item_id"]): s for s in spans}
        for f in rec["figures"]:
            s = by[("figure", f["id"])]
            assert {f["best"], f.get("low"), f.get("high")} & numbers_in(text[s["start"]:s["end"]])
        for p in rec["places"]:
            for (s, e) in p["mentions"]:
                assert {"start": s, "end": e, "facet": "place", "item_id": p["id"], "label": p["name"]} in spans
        for q in rec["quotes"]:
            s = by[("quote", q["id"])]
            assert text[s["start"]:s["end"]] == q["text"]
        assert {s["facet"] for s in spans} >= {"event", "place", "timex"} or not rec["events"]


def test_unknown_ids_are_404_naming_the_id(api_client):
    for url, name in (("/api/events/m-nope", "event_id"), ("/api/articles/nope%27--", "article_id")):
        r = api_client.get(url)
        assert r.status_code == 404 and r.json()["detail"].startswith(name)


# ---- aggregates ---------------------------------------------------------------------

@pytest.mark.parametrize("params", [{}, {"type": "ASSAULT"}, {"country": "CD"}])
def test_timeseries_sums_equal_the_events(api_client, params):
    evs = get(api_client, "/api/events", limit=500, **params)["items"]
    for interval in ("day", "week"):
        ts = get(api_client, "/api/timeseries", interval=interval, **params)
        series = ts["series"]
        assert ts["interval"] == interval
        assert sum(p["events"] for p in series) == len(evs)
        assert sum(p["fatalities"] for p in series) == sum(e["fatalities_best"] or 0 for e in evs)
        for typ in {e["type"] for e in evs}:
            assert sum(p["events"] for p in series if p["type"] == typ) == sum(e["type"] == typ for e in evs)
        if interval == "week":
            assert all(dt.date.fromisoformat(p["period"]).weekday() == 0 for p in series)
        else:
            assert {p["period"] for p in series} == {e["date_start"] for e in evs}


def test_facets_count_each_menu_under_the_other_filters(api_client, events):
    f = get(api_client, "/api/facets")
    assert sum(x["n"] for x in f["types"]) == len(events)
    assert {(x["value"], x["n"]) for x in f["countries"]} == {
        (c, sum(e["country"] == c for e in events)) for c in {e["country"] for e in events if e["country"]}}
    for s in f["sources"]:
        assert s["n"] == get(api_client, "/api/events", source=s["value"], limit=1)["total"]
        # a publisher's date range: that of its events (its name in any case)
        mine = get(api_client, "/api/events", source=s["value"].swapcase(), limit=500)["items"]
        by = get(api_client, "/api/facets", source=s["value"].swapcase())
        assert (by["date_min"], by["date_max"]) == (min(e["date_start"] for e in mine), max(e["date_end"] for e in mine))
    assert (f["date_min"], f["date_max"]) == (min(e["date_start"] for e in events), max(e["date_end"] for e in events))
    mali = get(api_client, "/api/facets", country="ML")
    assert mali["countries"] == f["countries"]                # its own filter does not shrink its menu
    assert sum(x["n"] for x in mali["types"]) == sum(e["country"] == "ML" for e in events)


# ---- actors, places, figures, quotes, articles ------------------------------------------

def test_quotes_by_speaker_and_words(api_client):
    quotes = all_items(api_client, "/api/quotes")
    speaker = next(q["speaker"] for q in quotes if q["speaker"])
    part = speaker.split()[-1].lower()
    found = get(api_client, "/api/quotes", speaker=part, limit=500)["items"]
    assert found and found == [q for q in quotes if part in f"{q['speaker']}|{q['speaker_text']}".lower()]
    word = found[0]["text"].split()[-1].strip(".,»« ").lower()
    by_word = get(api_client, "/api/quotes", q=word, limit=500)["items"]
    assert found[0] in by_word and all(word in q["text"].lower() for q in by_word)
    for q in quotes:
        text = get(api_client, f"/api/articles/{q['article_id']}")["text"]
        assert text[q["span"][0]:q["span"][1]] == q["text"]


def test_figures_with_kind_source_and_sentence(api_client):
    figures = all_items(api_client, "/api/figures")
    killed = get(api_client, "/api/figures", kind="killed", limit=500)["items"]
    assert killed == [f for f in figures if f["kind"] == "killed"] and 0 < len(killed) < len(figures)
    afp = {a["id"] for a in get(api_client, "/api/articles", source="afp", limit=500)["items"]}
    by_afp = get(api_client, "/api/figures", source="AFP", limit=500)["items"]
    assert by_afp == [f for f in figures if f["article_id"] in afp]
    for f in figures:
        text = get(api_client, f"/api/articles/{f['article_id']}")["text"]
        s, e = f["span"]
        assert text[s:e] in f["evidence"] and f["evidence"] in text


def test_actors_and_places_grouped_and_filtered(api_client):
    actors = all_items(api_client, "/api/actors")
    assert len({a["name"] for a in actors}) == len(actors)
    assert [a["n_articles"] for a in actors] == sorted((a["n_articles"] for a in actors), reverse=True)
    ml = get(api_client, "/api/actors", country="Mali", limit=500)["items"]
    assert ml == [a for a in actors if a["country"] == "ML"] and ml
    m23 = get(api_client, "/api/actors", q="M23", limit=500)["items"]      # an alias
    assert "March 23 Movement" in {a["name"] for a in m23}
    places = all_items(api_client, "/api/places")
    cd = get(api_client, "/api/places", country="CD", limit=500)["items"]
    assert cd == [p for p in places if p["country"] == "CD"] and cd
    goma = get(api_client, "/api/places", q="goma", limit=500)["items"]
    assert goma and all("goma" in p["name"].lower() for p in goma)


def test_articles_by_words_source_and_publication_day(api_client):
    arts = all_items(api_client, "/api/articles")
    assert [a["published"] for a in arts] == sorted((a["published"] for a in arts), reverse=True)
    found = get(api_client, "/api/articles", q="Kidal drone", limit=500)["items"]
    assert found
    for a in found:
        text = get(api_client, f"/api/articles/{a['id']}")["text"].lower()
        assert "kidal" in text and "drone" in text
    day = arts[len(arts) // 2]["published"]
    same_day = get(api_client, "/api/articles", since=day, until=day, limit=500)["items"]
    assert same_day == [a for a in arts if a["published"] == day]
    reuters = get(api_client, "/api/articles", source="REUTERS", limit=500)["items"]
    assert reuters == [a for a in arts if a["source"] == "Reuters"] and reuters


# ---- bad requests -------------------------------------------------------------------

@pytest.mark.parametrize("url, param", [
    ("/api/events?limit=501", "limit"),
    ("/api/events?limit=0", "limit"),
    ("/api/events?offset=-1", "offset"),
    ("/api/events?since=2024-02-30", "since"),
    ("/api/events?until=yesterday", "until"),
    ("/api/events?since=2024-06-01&until=2024-05-01", "since"),
    ("/api/events?bbox=1,2,3", "bbox"),
    ("/api/events?bbox=a,b,c,d", "bbox"),
    ("/api/events?bbox=0,95,1,96", "bbox"),
    ("/api/events?country=Atlantide", "country"),
    ("/api/events?country=XX", "country"),
    ("/api/events?min_fatalities=-1", "min_fatalities"),
    ("/api/events?sort=random()", "sort"),
    ("/api/timeseries?interval=month", "interval"),
    ("/api/facets?country=Narnia", "country"),
    ("/api/actors?country=ZZ", "country"),
    ("/api/articles?since=2024-13-01", "since"),
    ("/api/quotes?limit=1000", "limit"),
])
def test_bad_parameters_are_422_naming_the_parameter(api_client, url, param):
    r = api_client.get(url)
    assert r.status_code == 422, r.text
    assert r.json()["detail"].startswith(f"{param}:"), r.json()


def test_injection_probes_match_nothing_and_break_nothing(api_client):
    before = get(api_client, "/api/stats")
    probes = ["' OR '1'='1", "x'); DROP TABLE merged_events; --", "\" OR 1=1 --", "%", "_",
              "1 UNION SELECT id FROM articles"]
    for probe in probes:
        for url, param in (("/api/events", "actor"), ("/api/events", "source"), ("/api/events", "mode"),
                           ("/api/events", "type"), ("/api/articles", "q"), ("/api/quotes", "speaker"),
                           ("/api/figures", "q"), ("/api/actors", "q"), ("/api/places", "q")):
            page = get(api_client, url, **{param: probe})
            assert page["total"] == 0 and page["items"] == [], (url, param, probe)
    assert get(api_client, "/api/stats") == before


# ---- headers, schema, dashboard -------------------------------------------------------

def test_html_has_a_strict_content_security_policy(api_client):
    r = api_client.get("/")
    csp = r.headers["content-security-policy"]
    assert r.headers["content-type"].startswith("text/html")
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["script-src"] == "'self'" and directives["default-src"] == "'self'"
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    assert "http" not in csp
    for url in ("/api/events", "/openapi.json"):
        assert api_client.get(url).headers["x-content-type-options"] == "nosniff"


def test_docs_page_loads_swagger_ui_from_the_package(api_client):
    import re
    r = api_client.get("/docs")
    directives = dict(d.strip().split(" ", 1) for d in r.headers["content-security-policy"].split(";"))
    assert r.status_code == 200 and "swagger" in r.text.lower()
    assert directives["script-src"] == "'self'" and directives["connect-src"] == "'self'"
    assert "<script>" not in r.text and "http" not in r.text     # no inline script, nothing from elsewhere
    for ref in re.findall(r'(?:src|href)="([^"]+)"', r.text):
        asset = api_client.get(ref)
        assert asset.status_code == 200 and len(asset.content) > 100, ref


def test_an_open_store_can_be_served_and_stays_open(corpus_path):
    from veille import store

    with store.open(corpus_path, readonly=True) as db:
        with TestClient(create_app(db)) as client:
            assert get(client, "/api/events", limit=1)["total"] == db.counts()["merged_events"]
        assert db.counts()["articles"] > 0          # still usable: the app did not close it


def test_openapi_documents_the_routes_and_models(api_client):
    schema = get(api_client, "/openapi.json")
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/articles/{article_id}",
                 "/api/actors", "/api/places", "/api/figures", "/api/quotes", "/api/timeseries", "/api/facets",
                 "/api/stats"):
        assert "get" in schema["paths"][path], path
    assert "post" in schema["paths"]["/api/articles"]
    props = schema["components"]["schemas"]["Event"]["properties"]
    assert {"fatalities_best", "sources", "country_name", "lat"} <= set(props)
    params = {p["name"]: p for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert params["limit"]["schema"]["maximum"] == 500 and {"bbox", "country", "type", "since"} <= set(params)


# ---- writes -------------------------------------------------------------------------

ARTICLE = {"id": "api-post-1", "source": "AFP", "published": "2024-12-03", "title": "Attaque à Beni",
           "text": "Au moins douze civils ont été tués lundi dans une attaque de rebelles contre le village "
                   "de Mbau, près de Beni, dans l'est de la République démocratique du Congo, a indiqué "
                   "mardi la société civile locale.\n"}


def test_writes_are_forbidden_without_a_configured_token(api_client):
    r = api_client.post("/api/articles", json=ARTICLE, headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 403 and "token" in r.json()["detail"]


def test_writes_need_the_right_bearer_token(writable):
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN},
                    {"Authorization": f"Basic {TOKEN}"}):
        r = writable.post("/api/articles", json=ARTICLE, headers=headers)
        assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer", headers
    assert writable.get(f"/api/articles/{ARTICLE['id']}").status_code == 404


def test_posted_article_is_extracted_stored_and_readable(writable):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    before = get(writable, "/api/stats")
    r = writable.post("/api/articles", json=ARTICLE, headers=auth)
    assert r.status_code == 200, r.text
    assert r.json() == {"added": 1, "replaced": 0, "unchanged": 0, "failed": 0, "failures": [],
                        "ids": [ARTICLE["id"]]}
    art = get(writable, f"/api/articles/{ARTICLE['id']}")
    assert art["text"] == ARTICLE["text"] and art["source"] == "AFP" and art["title"] == ARTICLE["title"]
    killed = [f for f in art["record"]["figures"] if f["kind"] == "killed"]
    assert killed and killed[0]["best"] == 12
    assert get(writable, "/api/stats")["articles"] == before["articles"] + 1
    new = get(writable, "/api/events", source="AFP", since="2024-12-01", limit=500)["items"]
    assert any(e["country"] == "CD" and e["fatalities_best"] == 12 for e in new)
    # the same article again changes nothing; a list of two, one without text, fails that one alone
    again = writable.post("/api/articles", json=[ARTICLE], headers=auth).json()
    assert (again["unchanged"], again["added"]) == (1, 0)
    r = writable.post("/api/articles", json=[{"text": "   "}, {**ARTICLE, "id": "api-post-2"}], headers=auth)
    assert r.status_code == 200 and (r.json()["added"], r.json()["failed"]) == (1, 1)
    assert r.json()["ids"][1] == "api-post-2"


@pytest.mark.parametrize("body, status, where", [
    (b"x" * (5 * 1024 * 1024 + 1), 413, "body"),
    (json.dumps([ARTICLE] * 101).encode(), 422, "body"),
    (b"{not json", 422, "body"),
    (json.dumps({"title": "no text"}).encode(), 422, "body.text"),
    (json.dumps({**ARTICLE, "evil": 1}).encode(), 422, "body.evil"),
])
def test_bad_bodies_are_refused_before_extraction(writable, body, status, where):
    r = writable.post("/api/articles", content=body, headers={"Authorization": f"Bearer {TOKEN}",
                                                                 "Content-Type": "application/json"})
    assert r.status_code == status, r.text
    assert r.json()["detail"].startswith(f"{where}:") or r.json()["detail"].startswith(f"{where} "), r.json()


# ---- the command ------------------------------------------------------------------

def test_serve_help_teaches(capsys):
    assert main(["serve", "--help"]) == 0
    out = capsys.readouterr().out
    assert "--token-file" in out and "examples:" in out and "curl" in out


def test_serve_without_a_store_exits_2_without_traceback(tmp_path, capsys):
    assert main(["serve", "--db", str(tmp_path / "missing.db")]) == 2
    err = capsys.readouterr().err
    assert "no store" in err and "Traceback" not in err
    assert main(["serve", "--db", str(tmp_path / "missing.db"), "--token-file", str(tmp_path / "none")]) == 2
    assert "cannot read --token-file" in capsys.readouterr().err


def test_serve_listens_and_answers(tmp_path_factory):
    path = shared_store(tmp_path_factory)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "VEILLE_API_TOKEN": ""}
    proc = subprocess.Popen([sys.executable, "-m", "veille.cli", "serve", "--db", str(path), "--port", str(port)],
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/events?limit=1", timeout=5) as r:
                    body = json.load(r)
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "the server did not start"
                time.sleep(0.3)
        assert body["total"] > 0 and len(body["items"]) == 1
    finally:
        proc.terminate()
        err = proc.communicate(timeout=30)[1]
    assert f"http://127.0.0.1:{port}/" in err and "writes disabled" in err and "Traceback" not in err
