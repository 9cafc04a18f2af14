"""The API's SQL: SQLAlchemy Core selects with bound parameters only (user input never
becomes SQL text), each function taking an open connection and returning plain dicts.

Event filters are ``veille.store.query.Filters`` (shared with ``veille query``/``export``),
so the CLI and the API select the same events. Lists are paged with a ``total`` counted by
the same WHERE clause, inside the request's one read transaction (total and page agree).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json

import sqlalchemy as sa

from veille.store import cells, schema as t, search, summaries
from veille.store.schema import MAX_SPAN_DAYS
from veille.store.query import Filters, equals_any_case, resolve_source, shift_day
from veille.vocab import country_name

m = t.merged_events
links = t.merged_event_reports

EVENT_SORTS = {
    "date": (m.c.date_start, m.c.id),
    "-date": (m.c.date_start.desc(), m.c.id.desc()),
    # events without a toll come last either way
    "fatalities": (m.c.fatalities_best.is_(None), m.c.fatalities_best, m.c.id),
    # ties newest id first: the order of a backward scan of the index on fatalities_best
    "-fatalities": (m.c.fatalities_best.desc().nulls_last(), m.c.id.desc()),
}


def contains(col, needle: str):
    """``col`` holds ``needle``, any case; ``%`` and ``_`` in the needle are literal."""
    esc = needle.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return sa.func.lower(col).like(f"%{esc}%", escape="\\")


def words(cols, q: str | None) -> list:
    """Every word of ``q`` appears in one of ``cols``."""
    return [sa.or_(*(contains(c, w) for c in cols)) for w in (q or "").split()]


def _page(conn, q, limit: int, offset: int) -> dict:
    """A page of ``q`` and the count of all its rows."""
    total = conn.scalar(sa.select(sa.func.count()).select_from(q.order_by(None).subquery()))
    rows = conn.execute(q.limit(limit).offset(offset)).mappings()
    return {"total": total, "limit": limit, "offset": offset, "items": [dict(r) for r in rows]}


def _span(s, e) -> list[int] | None:
    return None if s is None or e is None else [s, e]


def event_item(r) -> dict:
    d = dict(r)
    d.pop("component", None)
    d["country_name"] = country_name(d["country"])
    d["sources"] = [s for s in (d["sources"] or "").split("; ") if s]
    return d


# ---- events ---------------------------------------------------------------------------

def events(conn, filters: Filters, sort: str, limit: int, offset: int) -> dict:
    """A page of merged events, in two steps: the page's ids first (an index holding the
    filter and sort columns answers it without reading rows: a box's 100 newest events out
    of 100,000 cost a sort of ids, not of rows), then those rows."""
    filters = resolve_source(conn, filters)
    where = filters.clauses(m)
    running = None
    if sort == "date" and filters.since is not None and summaries.covers(filters):
        # the events running into the range from before it: read once for the total and the
        # page, which they begin (they start before ``since``, every other event on or after it)
        running = summaries.running_into(conn, filters)
    box = _box_only(filters)
    total = cells.count(conn, filters.bbox) if box else event_count(conn, filters, running)
    if sort == "-fatalities":
        page = deadliest(conn, where, m.c.id, limit, offset)
    elif box and sort in ("date", "-date"):
        page = cells.page(conn, filters.bbox, total, sort == "-date", limit, offset)
    elif running is not None:
        first = [r.id for r in running if summaries.passes(r, filters)]
        page = first[offset:offset + limit]
        if len(page) < limit:
            inside = [*dataclasses.replace(filters, since=None).clauses(m), m.c.date_start >= filters.since,
                      m.c.date_end >= filters.since]
            page += list(conn.scalars(sa.select(m.c.id).where(*inside).order_by(*EVENT_SORTS[sort])
                                      .limit(limit - len(page)).offset(max(0, offset - len(first)))))
    else:
        page = list(conn.scalars(sa.select(m.c.id).where(*where).order_by(*EVENT_SORTS[sort])
                                 .limit(limit).offset(offset)))
    rows = {r["id"]: r for r in conn.execute(sa.select(m).where(m.c.id.in_(page))).mappings()} if page else {}
    return {"total": total, "limit": limit, "offset": offset, "items": [event_item(rows[i]) for i in page]}


def _box_only(filters: Filters) -> bool:
    """A box (small enough for its cells) and no other filter: counted and paged by cells
    (veille.store.cells), not on the box's latitude band."""
    return (filters.bbox is not None and cells.usable(filters.bbox)
            and not any(getattr(filters, f.name) is not None for f in dataclasses.fields(filters)
                        if f.name not in ("bbox", "source_names")))


POINT_FIELDS = ("id", "lat", "lon", "type", "mode", "location", "country", "date_start", "date_end",
                "fatalities_low", "fatalities_best", "fatalities_high", "n_sources")


def points(conn, filters: Filters, limit: int) -> dict:
    """The map's markers: the located events passing the filters, deadliest first (so a capped
    map shows the events that matter most), as compact rows of ``POINT_FIELDS``."""
    filters = resolve_source(conn, filters)
    where = [*filters.clauses(m), m.c.lat.is_not(None), m.c.lon.is_not(None)]
    counted = summaries.counts(conn, filters, "all")
    if counted is not None:
        # the events (summaries) less those without coordinates (a partial index holds them):
        # counting the located ones read every index entry of the country
        total = counted.get("all", [0])[0] - conn.scalar(
            sa.select(sa.func.count()).select_from(m).where(*filters.clauses(m), t.UNLOCATED)
            # SQLite would rather read the country's entries of the (covering) points index
            .with_hint(m, "INDEXED BY ix_merged_events_unlocated", "sqlite"))
    else:
        total = conn.scalar(sa.select(sa.func.count()).select_from(m).where(*where))
    rows = deadliest(conn, where, [m.c[f] for f in POINT_FIELDS], limit, 0)
    return {"total": total, "fields": list(POINT_FIELDS), "rows": rows}


def deadliest(conn, where: list, cols, limit: int, offset: int) -> list:
    """``cols`` (a column, or a list of them) of the events under ``where`` in the order of
    "-fatalities" (the largest toll first, unknown tolls last, ties by id newest first), in two
    parts: the known tolls, then the unknown. Each part is a backward walk of an index on the
    toll ((fatalities_best), or (country, fatalities_best, id, ...)); PostgreSQL walks an index
    backward as DESC NULLS FIRST, so one ORDER BY ... NULLS LAST sorted every event."""
    one = not isinstance(cols, list)
    fb = m.c.fatalities_best

    def part(*clauses, order, n, skip):
        sel = sa.select(*([cols] if one else cols)).where(*where, *clauses).order_by(*order).limit(n).offset(skip)
        if one:
            return list(conn.scalars(sel))
        # the driver's rows as they come (tuples; SQLite's dates as their ISO text, which the
        # JSON writes alike): building 2,000 SQLAlchemy rows and lists of them cost as much as
        # reading them from the index
        result = conn.execute(sel)
        try:
            return result.cursor.fetchall()
        finally:
            result.close()

    known = part(fb.is_not(None), order=(fb.desc(), m.c.id.desc()), n=limit, skip=offset)
    if len(known) == limit:
        return known
    # the page reaches the unknown tolls, which follow the known ones
    n_known = offset + len(known) if known else conn.scalar(
        sa.select(sa.func.count()).select_from(m).where(*where, fb.is_not(None)))
    return known + part(fb.is_(None), order=(m.c.id.desc(),), n=limit - len(known), skip=max(0, offset - n_known))


def event_count(conn, filters: Filters, running: list | None = None) -> int:
    """Merged events under ``filters``: from the summaries where they hold the filters
    (``running``: as ``summaries.counts`` takes it)."""
    counted = summaries.counts(conn, filters, "all", running)
    if counted is not None:
        return counted.get("all", [0])[0]
    return conn.scalar(sa.select(sa.func.count()).select_from(m).where(*filters.clauses(m)))


def event(conn, merged_id: str) -> dict | None:
    row = conn.execute(sa.select(m).where(m.c.id == merged_id)).mappings().first()
    if row is None:
        return None
    out = event_item(row)
    a, e = t.articles, t.events
    reps = conn.execute(
        sa.select(links.c.article_id, links.c.event_id, links.c.source, links.c.published, links.c.fatalities,
                  links.c.counted, a.c.title, a.c.url, e.c.reported_by, e.c.trigger, e.c.evidence,
                  e.c.span_start, e.c.span_end)
        .join(a, a.c.id == links.c.article_id)
        .outerjoin(e, sa.and_(e.c.article_id == links.c.article_id, e.c.event_id == links.c.event_id))
        .where(links.c.merged_id == merged_id)
        .order_by(links.c.published, links.c.article_id, links.c.event_id)).mappings().all()
    figs = _event_figures(conn, {(r["article_id"], r["event_id"]) for r in reps})
    out["reports"] = [{**{k: r[k] for k in ("article_id", "event_id", "title", "source", "published", "url",
                                            "fatalities", "counted", "reported_by", "trigger", "evidence")},
                       "span": _span(r["span_start"], r["span_end"]),
                       "figures": figs.get((r["article_id"], r["event_id"]), [])} for r in reps]
    return out


def _event_figures(conn, keys: set[tuple[str, str]]) -> dict[tuple[str, str], list[dict]]:
    """The figures each (article, event) links to, as its record lists them."""
    if not keys:
        return {}
    aids = sorted({aid for aid, _ in keys})
    linked: dict[tuple[str, str], list[str]] = {}
    for aid, body in conn.execute(sa.select(t.reports.c.article_id, t.reports.c.record_json)
                                  .where(t.reports.c.article_id.in_(aids))):
        for ev in json.loads(body).get("events") or []:
            if (aid, ev.get("id")) in keys:
                linked[(aid, ev["id"])] = list(ev.get("figures") or [])
    f = t.figures.c
    rows = {(r.article_id, r.figure_id): r for r in conn.execute(
        sa.select(t.figures).where(f.article_id.in_(aids)))}
    out = {}
    for key, ids in linked.items():
        out[key] = [{"id": r.figure_id, "kind": r.kind, "group": r.group, "low": r.low, "best": r.best,
                     "high": r.high, "qualifier": r.qualifier, "reported_by": r.reported_by,
                     "span": _span(r.span_start, r.span_end)}
                    for r in (rows.get((key[0], fid)) for fid in ids) if r is not None]
    return out


def timeseries(conn, filters: Filters, interval: str) -> dict:
    """Events and summed best tolls per (day or ISO week, type); an event counts on its first
    day. Grouped by day, or by week, in SQL from the day summaries where they hold the filters
    (events running into ``since`` are folded into their week here); else grouped by day on the
    events and folded into weeks here."""
    filters = resolve_source(conn, filters)
    rows = summaries.per_day(conn, filters, interval)
    if rows is not None and (interval == "day" or filters.since is None):
        # each (period, type) once and in order (summaries.per_day): no folding (3,000 weeks of
        # five years: the fold cost as much as the query)
        return {"interval": interval, "series": [{"period": d, "type": typ, "events": n, "fatalities": dead}
                                                 for d, typ, n, dead in rows]}
    if rows is None:
        day = m.c.date_start
        rows = conn.execute(sa.select(day, m.c.type, sa.func.count(),
                                      sa.func.sum(sa.func.coalesce(m.c.fatalities_best, 0)))
                            .where(*filters.clauses(m)).group_by(day, m.c.type))
    acc: dict[tuple[dt.date, str], list[int]] = {}
    ordered, last = True, None
    for d, typ, n, dead in rows:
        if isinstance(d, str):
            d = dt.date.fromisoformat(d)
        if interval == "week" and d.weekday():
            d = d - dt.timedelta(days=d.weekday())
        key = (d, typ)
        slot = acc.get(key)
        if slot is None:
            slot = acc[key] = [0, 0]
            ordered = ordered and (last is None or last < key)
            last = key
        slot[0] += n
        slot[1] += int(dead or 0)
    # the summaries' rows come in (period, type) order: sorted only when they do not
    items = acc.items() if ordered else sorted(acc.items())
    return {"interval": interval, "series": [{"period": d, "type": typ, "events": n, "fatalities": dead}
                                             for (d, typ), (n, dead) in items]}


def facets(conn, filters: Filters) -> dict:
    """Counts per type, country and source (publishers only: an article without one is not a
    menu entry). Each menu is counted under the other filters, not its own (choosing Mali
    still lists the other countries, with their counts); the date range is that of the events
    passing every filter but the dates."""
    filters = resolve_source(conn, filters)

    def without(**kw):
        return dataclasses.replace(filters, **kw).clauses(m)

    def menu(by: str, col) -> list[tuple[str, int]]:
        """(value, events) under every filter but ``by``'s own, most first: from the summaries
        when they hold those filters, else counted on the events."""
        others = dataclasses.replace(filters, **{by: None})
        counted = summaries.counts(conn, others, by, running)
        if counted is None:
            if by == "source":
                # from each event's own list of sources (a few hundred distinct lists), not by
                # joining the member reports (seconds at a million events)
                counted = {}
                for names, k in conn.execute(sa.select(m.c.sources, sa.func.count()).where(
                        m.c.sources.is_not(None), *others.clauses(m)).group_by(m.c.sources)):
                    for name in names.split("; "):
                        counted.setdefault(name, [0, 0])[0] += k
            else:
                counted = {v: [n, 0] for v, n in conn.execute(
                    sa.select(col, sa.func.count()).where(col.is_not(None), *others.clauses(m)).group_by(col))}
        return sorted(((v, n) for v, (n, _dead) in counted.items() if v is not None and n > 0),
                      key=lambda x: (-x[1], x[0]))

    # the events running into the range from before it: read once for the three menus
    running = summaries.running_into(conn, filters) \
        if filters.since is not None and summaries.covers(filters) else None
    types = [{"value": v, "n": n} for v, n in menu("type", m.c.type)]
    countries = [{"value": v, "name": country_name(v), "n": n} for v, n in menu("country", m.c.country)]
    sources = [{"value": v, "n": n} for v, n in menu("source", m.c.sources)]
    undated = without(since=None, until=None)
    span = summaries.first_days(conn, dataclasses.replace(filters, since=None, until=None))
    if span is None:
        span = conn.execute(sa.select(sa.func.min(m.c.date_start), sa.func.max(m.c.date_start)).where(*undated)).one()
    first, last_start = span
    last = None
    if last_start is not None:
        if isinstance(last_start, str):
            last_start = dt.date.fromisoformat(last_start)
        # the last day is near the last first day: a merged event spans at most MAX_SPAN_DAYS;
        # and it is on or after that first day, so only the events still running then count
        # (with a publisher's filter, its check runs for those few, not a month of events)
        running = [m.c.date_start >= shift_day(last_start, -MAX_SPAN_DAYS), m.c.date_end >= last_start]
        name = (filters.source or "").strip().lower()
        if name and not name.startswith("article:"):
            # the publisher checked here on each candidate's list of sources (as the summaries
            # count them): in SQL, its EXISTS probed every spelling of the name per candidate
            # (128 for "Reuters": 110 ms at 300,000 events)
            others = dataclasses.replace(filters, since=None, until=None, source=None).clauses(m)
            ends = [end for end, names in conn.execute(sa.select(m.c.date_end, m.c.sources).where(*others, *running))
                    if name in (n.lower() for n in (names or "").split("; "))]
            last = max(ends, default=None)
        else:
            last = conn.scalar(sa.select(sa.func.max(m.c.date_end)).where(*undated, *running))
    return {"types": types, "countries": countries, "sources": sources, "date_min": first, "date_max": last}


# ---- articles -------------------------------------------------------------------------

# a search ranks at most this many matching articles, the most recently indexed: a word found
# in every article of a million-article store would otherwise rank (and count) all of them
SEARCH_CANDIDATES = 1000


def articles(conn, q: str | None, source: str | None, since: dt.date | None, until: dt.date | None,
             limit: int, offset: int) -> dict:
    a = t.articles
    where = []
    if source:
        where.append(equals_any_case(a.c.source, source))
    if since:
        where.append(a.c.published >= since.isoformat())
    if until:   # "2024-03-05T10:00" is on the 5th: compare with the next day
        if until < dt.date.max:   # every day is before the day after 9999-12-31
            where.append(a.c.published < shift_day(until, 1).isoformat())
    if not q:
        page = list(conn.scalars(sa.select(a.c.id).where(*where)
                                 .order_by(a.c.published.desc().nulls_last(), a.c.id).limit(limit).offset(offset)))
        total = conn.scalar(sa.select(sa.func.count()).select_from(a).where(*where))
        return {"total": total, "limit": limit, "offset": offset, "items": _article_rows(conn, page), "terms": []}
    found = search.match(conn, q, "article")
    if found is None:      # no word in q (punctuation only): nothing can match
        return {"total": 0, "limit": limit, "offset": offset, "items": [], "terms": []}
    # ranked: best match first (bm25 / ts_rank), then newest; among the SEARCH_CANDIDATES most
    # recently indexed matches (more when the page lies deeper), so that a word found everywhere
    # costs a thousand rows, not a million; the total then says "at least" (total_capped)
    hits = found.subquery("hits")
    cap = max(SEARCH_CANDIDATES, offset + limit)
    found_rows = conn.execute(sa.select(a.c.id, hits.c.rank, a.c.published)
                              .join(hits, hits.c.article_id == a.c.id).where(*where)
                              .order_by(hits.c.seq.desc()).limit(cap + 1)).all()
    capped = len(found_rows) > cap
    found_rows = found_rows[:cap]
    # (rank, published newest first with unknown dates last, id): stable sorts, last key first
    found_rows.sort(key=lambda r: r.id)
    found_rows.sort(key=lambda r: r.published or "", reverse=True)
    found_rows.sort(key=lambda r: r.rank)
    page = [r.id for r in found_rows[offset:offset + limit]]
    return {"total": len(found_rows), "total_capped": capped, "limit": limit, "offset": offset,
            "items": _article_rows(conn, page), "terms": search.terms(q)}


def _article_rows(conn, ids: list[str]) -> list[dict]:
    """The list's columns of these articles, in this order (with their number of events,
    counted for the page only)."""
    if not ids:
        return []
    a, e = t.articles, t.events
    n_events = (sa.select(sa.func.count()).select_from(e).where(e.c.article_id == a.c.id)
                .scalar_subquery().label("n_events"))
    rows = {r["id"]: dict(r) for r in conn.execute(
        sa.select(a.c.id, a.c.title, a.c.source, a.c.published, a.c.url, a.c.lang, n_events)
        .where(a.c.id.in_(ids))).mappings()}
    return [rows[i] for i in ids]


def article(conn, article_id: str, q: str | None = None) -> dict | None:
    a, r = t.articles, t.reports
    row = conn.execute(sa.select(a.c.id, a.c.title, a.c.source, a.c.published, a.c.url, a.c.lang, a.c.text,
                                 r.c.record_json)
                       .outerjoin(r, r.c.article_id == a.c.id).where(a.c.id == article_id)).mappings().first()
    if row is None:
        return None
    out = dict(row)
    record = json.loads(out.pop("record_json") or "{}")
    out["record"] = record
    out["spans"] = record_spans(record)
    if q:       # the search's words, where they stand, for the dashboard to highlight
        out["spans"] += [{"start": a, "end": b, "facet": "search", "item_id": None, "label": q}
                         for a, b in search.word_spans(out["text"], search.terms(q))]
        out["spans"].sort(key=lambda s: (s["start"], -s["end"], s["facet"], s["item_id"] or ""))
    return out


def record_spans(record: dict) -> list[dict]:
    """Every item of a record that has a place in the text, sorted by start (then longest first)."""
    spans = []

    def add(facet, span, item_id, label):
        if span and len(span) == 2 and span[0] is not None:
            spans.append({"start": span[0], "end": span[1], "facet": facet, "item_id": item_id, "label": label})

    for ev in record.get("events") or []:
        add("event", ev.get("span"), ev.get("id"), " ".join(x for x in (ev.get("type"), ev.get("mode")) if x))
    for f in record.get("figures") or []:
        add("figure", f.get("span"), f.get("id"), f"{f.get('kind')} {f.get('best')}")
    names = {a.get("id"): a.get("name") for a in record.get("actors") or []}
    for qt in record.get("quotes") or []:
        add("quote", qt.get("span"), qt.get("id"), names.get(qt.get("speaker")) or qt.get("speaker_text"))
    for facet, key in (("place", "places"), ("actor", "actors")):
        for item in record.get(key) or []:
            for mention in item.get("mentions") or []:
                add(facet, mention, item.get("id"), item.get("name"))
    for i, tx in enumerate(record.get("timexes") or []):
        add("timex", tx.get("span"), f"t{i + 1}", tx.get("value") or tx.get("text"))
    spans.sort(key=lambda s: (s["start"], -s["end"], s["facet"], s["item_id"] or ""))
    return spans


# ---- actors, places, figures, quotes ------------------------------------------------

def actors(conn, q, kind, country, limit, offset) -> dict:
    ac = t.actors.c
    where = []
    if q:
        found = search.match(conn, q, "actor")
        if found is None:
            return {"total": 0, "limit": limit, "offset": offset, "items": []}
        hits = found.subquery("hits")
        where.append(sa.tuple_(ac.article_id, ac.name).in_(sa.select(hits.c.article_id, hits.c.ref)))
    if kind:
        where.append(ac.kind == kind)
    if country:
        where.append(ac.country == country)
    n = sa.func.count(sa.distinct(ac.article_id))
    sel = (sa.select(ac.name, sa.func.max(ac.kind).label("kind"), sa.func.max(ac.country).label("country"),
                     sa.func.max(ac.wikidata).label("wikidata"), n.label("n_articles"))
           .where(*where).group_by(ac.name).order_by(n.desc(), ac.name))
    return _page(conn, sel, limit, offset)


def places(conn, q, country, limit, offset) -> dict:
    p = t.places.c
    where = []
    if q:
        where.append(contains(p.name, q))
    if country:
        where.append(p.country == country)
    n = sa.func.count(sa.distinct(p.article_id))
    sel = (sa.select(p.name, sa.func.max(p.feature).label("feature"), sa.func.max(p.country).label("country"),
                     sa.func.max(p.admin1).label("admin1"), p.lat, p.lon, n.label("n_articles"))
           .where(*where).group_by(p.name, p.lat, p.lon).order_by(n.desc(), p.name, p.lat, p.lon))
    return _page(conn, sel, limit, offset)


def figures(conn, kind, source, q, limit, offset) -> dict:
    f, a, p = t.figures, t.articles, t.places
    span_text = sa.func.substr(a.c.text, f.c.span_start + 1, f.c.span_end - f.c.span_start)
    where = words([span_text, f.c.reported_by, f.c.group], q)
    if kind:
        where.append(f.c.kind == kind)
    if source:
        where.append(equals_any_case(a.c.source, source))
    sel = (sa.select(f.c.article_id, f.c.figure_id, f.c.kind, f.c.group, f.c.low, f.c.best, f.c.high,
                     f.c.qualifier, f.c.reported_by, f.c.date, p.c.name.label("place"), f.c.span_start,
                     f.c.span_end)
           .join(a, a.c.id == f.c.article_id)
           .outerjoin(p, sa.and_(p.c.article_id == f.c.article_id, p.c.place_id == f.c.place_id))
           .where(*where).order_by(a.c.published.desc().nulls_last(), f.c.article_id, f.c.figure_id))
    page = _page(conn, sel, limit, offset)
    texts = dict(conn.execute(sa.select(a.c.id, a.c.text).where(
        a.c.id.in_({r["article_id"] for r in page["items"]}))).all()) if page["items"] else {}
    for r in page["items"]:
        s, e = r.pop("span_start"), r.pop("span_end")
        r["span"] = _span(s, e)
        r["evidence"] = sentence(texts.get(r["article_id"]), s, e)
    return page


def sentence(text: str | None, start: int | None, end: int | None) -> str | None:
    """The sentence (or line) of ``text`` around ``[start, end)``."""
    if not text or start is None or end is None:
        return None
    def starts(i):      # a sentence starts at i: after a line break, or after ". "
        return text[i - 1] == "\n" or (text[i - 1].isspace() and i >= 2 and text[i - 2] in ".!?")

    def ends(i):        # a sentence ends at i: a line break, or ". " (or "." at the end)
        return text[i] == "\n" or (text[i] in ".!?" and (i + 1 == len(text) or text[i + 1].isspace()))

    lo, hi = start, end
    while lo > 0 and not starts(lo):
        lo -= 1
    while hi < len(text) and not ends(hi):
        hi += 1
    return text[lo:min(hi + 1, len(text))].strip()


def quotes(conn, speaker, q, limit, offset) -> dict:
    qt, a = t.quotes, t.articles
    where = []
    if q:
        found = search.match(conn, q, "quote")
        if found is None:
            return {"total": 0, "limit": limit, "offset": offset, "items": []}
        hits = found.subquery("hits")
        where.append(sa.tuple_(qt.c.article_id, qt.c.quote_id).in_(sa.select(hits.c.article_id, hits.c.ref)))
    if speaker:
        where.append(sa.or_(contains(qt.c.speaker, speaker), contains(qt.c.speaker_text, speaker)))
    sel = (sa.select(qt.c.article_id, qt.c.quote_id, qt.c.text, qt.c.speaker, qt.c.speaker_text, qt.c.kind,
                     qt.c.span_start, qt.c.span_end, a.c.source, a.c.published)
           .join(a, a.c.id == qt.c.article_id)
           .where(*where).order_by(a.c.published.desc().nulls_last(), qt.c.article_id, qt.c.quote_id))
    page = _page(conn, sel, limit, offset)
    for r in page["items"]:
        r["span"] = _span(r.pop("span_start"), r.pop("span_end"))
    return page
