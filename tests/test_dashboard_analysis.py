"""The dashboard's analysis page (/analysis): a chart per toll series with revisions marked,
and the claims held against reports, on the corpus store, in Chromium, under the page's CSP."""
from __future__ import annotations

import re

from test_dashboard import STATIC, browser_context, needs_chromium, server, watched  # noqa: F401 (fixtures)


def test_analysis_page_is_local_and_builds_no_html_from_strings():
    html = (STATIC / "analysis.html").read_text(encoding="utf-8")
    refs = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert all(r.startswith("static/") or r.startswith("data:") or r == "./" for r in refs), refs
    for r in refs:
        if r.startswith("static/"):
            assert (STATIC / r.removeprefix("static/")).is_file(), r
    assert "<script>" not in html and not re.search(r"\son[a-z]+=", html)
    for name in ("analysis.js", "chart.js"):
        js = (STATIC / "js" / name).read_text(encoding="utf-8")
        assert "innerHTML" not in js and "insertAdjacentHTML" not in js and "eval(" not in js


@needs_chromium
def test_series_charts_mark_revisions_and_claims_show_both_sides(watched, server):
    page = watched.page
    page.goto(server.url + "analysis?place=Kharkiv&scope=event")
    page.wait_for_selector("body[data-ready='1']")
    assert page.evaluate("document.body.dataset.loading") == ""
    cards = page.eval_on_selector_all(".series-card", "cs => cs.map(c => c.querySelector('h3').textContent)")
    assert cards == ["Kharkiv, 2024-06-15 (shelling)"]
    # AFP said 6, then 11: one line per source, the 11 ringed and labelled +5
    sources = page.eval_on_selector_all(".series-card g.line", "gs => gs.map(g => g.dataset.source)")
    assert sources == ["AFP", "Reuters", "Ukrinform"]
    assert page.eval_on_selector_all(".series-card .revision-label", "ls => ls.map(l => l.textContent)") == ["+5"]
    assert page.eval_on_selector_all("g.line[data-source='AFP'] circle.point", "cs => cs.length") == 2
    # the Mugunga shelling the M23 denies, which Reuters and Xinhua attribute to it
    rows = page.eval_on_selector_all("#claims tbody tr[data-kind]", "rs => rs.map(r => r.textContent)")
    assert any("March 23 Movement" in r and "démenti" in r and "M23 ont tué 10 civils" in r for r in rows), rows
    # the filters are the URL's; changing one reloads the charts
    page.fill("input[name=place]", "Mali")
    page.wait_for_function("() => new URLSearchParams(location.search).get('place') === 'Mali'")
    page.wait_for_function("() => document.querySelector('.series-card h3') && "
                           "document.querySelector('.series-card h3').textContent.includes('Kidal')")
    watched.assert_clean()
