"""Merged events as the exports see them: one flat dict per event plus its reports."""
from __future__ import annotations

import json
import re

import sqlalchemy as sa

from veille.store import query, schema as t
from veille.store.query import Filters
from veille.vocab import country_name

GEO_PRECISION = {"site": 1, "district": 1, "city": 1, "admin2": 2}   # ACLED: 1 town, 2 area, 3 province


def time_precision(start, end) -> int:
    """ACLED's: 1 the day is known, 2 the week (a few days), 3 only the month or vaguer."""
    days = (end - start).days
    return 1 if days == 0 else 2 if days <= 7 else 3


def tolls_note(reports: list[dict]) -> str:
    """"Tolls: AFP 11 (6 earlier), Reuters 9" from an event's reports."""
    per_source: dict[str, list[dict]] = {}
    for r in reports:
        if r["fatalities"] is not None and not r["source"].startswith("article:"):
            per_source.setdefault(r["source"], []).append(r)
    parts = []
    for source in sorted(per_source):
        rs = per_source[source]
        counted = [r["fatalities"] for r in rs if r["counted"]]
        others = sorted({r["fatalities"] for r in rs if not r["counted"]} - set(counted))
        part = f"{source} {counted[0] if counted else rs[-1]['fatalities']}"
        if others:
            part += f" (also {', '.join(map(str, others))})"
        parts.append(part)
    return "Tolls: " + "; ".join(parts) if parts else ""


def merged_events(conn, filters: Filters) -> list[dict]:
    """Merged events passing ``filters``, by date, each with ``reports`` (its sources' tolls)
    and the ACLED-style fields."""
    rows = query.merged_events(conn, filters)
    reports = query.merged_reports(conn, [r["id"] for r in rows])
    for r in rows:
        r["reports"] = reports.get(r["id"], [])
        r["time_precision"] = time_precision(r["date_start"], r["date_end"])
        r["geo_precision"] = GEO_PRECISION.get(r["feature"], 3)
        r["country_name"] = country_name(r["country"])
    return rows


# a sentence ends at . ! or ?, with the closing quotation marks after it (French sets a space
# before »), then white space; a line break ends one too
_SENTENCE_END = re.compile(r"(?<=[.!?])((?:\s?[\"»”’)])*)\s+|\n\s*")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence (or sentences) of ``text`` holding ``[start, end)``: from the last sentence
    end before the span to the first one after it; whitespace collapsed."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, max(start, 0)):
        begin = m.end()
    stop = len(text)
    m = _SENTENCE_END.search(text, max(end, start))
    if m:
        stop = m.start() + len(m.group(1) or "")
    return " ".join(text[begin:stop].split())


def event_context(conn, events: list[dict]) -> None:
    """Add what the codebook exports need beyond the merged row to each of ``events``
    (as :func:`merged_events` gives them): ``actor_kinds`` (canonical name -> kind, as the
    member articles' actors have it), ``sentence`` (the first report's evidence sentence),
    ``first_key`` (the smallest member report key, stable while that report stays),
    ``updated`` (last ingest of a member article) and ``deaths`` (the killed figures of the
    report that gives the best toll, by group)."""
    a, e, act, rep = t.articles, t.events, t.actors, t.reports
    by_article: dict[str, list[dict]] = {}
    for ev in events:
        for r in ev["reports"]:
            by_article.setdefault(r["article_id"], []).append(r)
    articles = list(by_article)
    kinds: dict[str, dict[str, int]] = {}
    texts, ingested, records = {}, {}, {}
    for i in range(0, len(articles), 500):
        chunk = articles[i:i + 500]
        for name, kind in conn.execute(sa.select(act.c.name, act.c.kind).where(act.c.article_id.in_(chunk))):
            if kind:
                kinds.setdefault(name, {}).setdefault(kind, 0)
                kinds[name][kind] += 1
        for row in conn.execute(sa.select(a.c.id, a.c.text, a.c.ingested_at).where(a.c.id.in_(chunk))):
            texts[row.id], ingested[row.id] = row.text or "", row.ingested_at
        for row in conn.execute(sa.select(rep.c.article_id, rep.c.record_json).where(rep.c.article_id.in_(chunk))):
            records[row.article_id] = row.record_json
    spans = {}
    keys = [(r["article_id"], r["event_id"]) for ev in events for r in ev["reports"]]
    for i in range(0, len(keys), 500):
        chunk = keys[i:i + 500]
        q = sa.select(e.c.article_id, e.c.event_id, e.c.span_start, e.c.span_end).where(
            sa.tuple_(e.c.article_id, e.c.event_id).in_(chunk))
        for row in conn.execute(q):
            spans[(row.article_id, row.event_id)] = (row.span_start, row.span_end)
    parsed: dict[str, dict] = {}
    for ev in events:
        ev["actor_kinds"] = {n: max(k, key=k.get) for n in (ev["source_actor"], ev["target_actor"])
                             if n and (k := kinds.get(n))}
        reports = ev["reports"]
        ev["first_key"] = min(f"{r['article_id']}#{r['event_id']}" for r in reports) if reports else ev["id"]
        ev["updated"] = max((ingested[r["article_id"]] for r in reports if ingested.get(r["article_id"])), default=None)
        ev["sentence"] = ev["notes"] or ""
        for r in reports:
            span = spans.get((r["article_id"], r["event_id"]))
            if span and span[0] is not None and texts.get(r["article_id"]):
                ev["sentence"] = sentence_around(texts[r["article_id"]], *span)
                break
        ev["deaths"] = []
        best = ev["fatalities_best"]
        giving = [r for r in reports if best is not None and r["fatalities"] == best]
        for r in sorted(giving, key=lambda r: not r["counted"])[:1]:
            if r["article_id"] not in parsed:
                parsed[r["article_id"]] = json.loads(records.get(r["article_id"]) or "{}")
            ev["deaths"] = killed_by_group(parsed[r["article_id"]], r["event_id"])


def killed_by_group(record: dict, event_id: str) -> list[tuple[str | None, int]]:
    """(group, best) of the killed figures an event of a stored record counts, parts of a
    total ("dont ...") left out since their total already counts them."""
    figures = {f["id"]: f for f in record.get("figures", [])}
    event = next((x for x in record.get("events", []) if x.get("id") == event_id), None)
    if not event:
        return []
    out = []
    for fid in event.get("figures", []):
        f = figures.get(fid)
        if f and f.get("kind") == "killed" and f.get("best") is not None and not f.get("part_of"):
            out.append((f.get("group"), int(f["best"])))
    return out
