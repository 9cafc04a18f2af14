"""Toll series: what each source said, over time, of one event, a running total or a period.

A figure's ``scope`` (``nlp/figure_scope.py``) tells what it counts; the series put each
source's figures of one thing in the order they were published:

- ``event``: the tolls of one merged event, per source (AFP's "au moins 6 morts" then "11
  morts" on Kharkiv); a source's new figure for the same event is a **revision** (raised or
  lowered);
- ``cumulative``: running totals a source reports for a country ("le bilan s'élève à 15 899
  morts depuis le 7 octobre"), per source and start; a new total from the same source and
  start is a revision;
- ``period``: counts over a stretch of time ("200 civils tués en une semaine"), per country;
- ``running``: each source's running total *built* from its event tolls in a country, in
  the order of the events' dates (the merged events' standing toll of each source).

Each series gives, per source, its points (date, value, article, figure, evidence), its
revisions, and the **spread** between the sources' latest values (low, high).
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa

from veille.store import schema as t
from veille.store.merge import source_key
from veille.store.query import country_code, country_name

SCOPES = ("event", "cumulative", "period", "running")


@dataclass
class SeriesFilters:
    """``place``: a place name, province, country code or country name (any case);
    ``kind``: the figure kind (killed, injured, displaced...); ``source``: a publisher;
    ``scope``: one of SCOPES; ``event``: a merged event id."""
    place: str | None = None
    kind: str = "killed"
    source: str | None = None
    scope: str | None = None
    event: str | None = None

    def __post_init__(self):
        if self.scope is not None and self.scope not in SCOPES:
            raise ValueError(f"unknown scope {self.scope!r} (one of {', '.join(SCOPES)})")


@dataclass
class Point:
    date: str | None          # the day the value stands for (event: publication; totals: as of)
    published: str | None
    value: int
    article_id: str
    figure_id: str | None
    evidence: str | None
    start: str | None = None  # cumulative: counted since; period: first day
    end: str | None = None
    revision: int | None = None   # change from the same source's previous value (None: first)


@dataclass
class Line:
    source: str
    points: list[Point] = field(default_factory=list)

    @property
    def revisions(self) -> list[Point]:
        return [p for p in self.points if p.revision]


@dataclass
class Series:
    id: str
    scope: str
    kind: str
    title: str
    country: str | None
    place: str | None
    merged_id: str | None = None
    since: str | None = None
    lines: list[Line] = field(default_factory=list)

    @property
    def spread(self) -> dict:
        latest = {ln.source: ln.points[-1].value for ln in self.lines if ln.points}
        if not latest:
            return {"low": None, "high": None, "range": None, "latest": {}}
        lo, hi = min(latest.values()), max(latest.values())
        return {"low": lo, "high": hi, "range": hi - lo, "latest": latest}

    def to_dict(self) -> dict:
        return {"id": self.id, "scope": self.scope, "kind": self.kind, "title": self.title,
                "country": self.country, "place": self.place, "merged_id": self.merged_id, "since": self.since,
                "revisions": sum(len(ln.revisions) for ln in self.lines), "spread": self.spread,
                "lines": [{"source": ln.source, "points": [vars(p) for p in ln.points]} for ln in self.lines]}


def _sid(*parts) -> str:
    return "s-" + hashlib.sha1("\n".join(str(p) for p in parts).encode()).hexdigest()[:12]


def _place_match(f: SeriesFilters):
    """A predicate on (place name, admin1, country) for the ``place`` filter."""
    if not f.place:
        return lambda name, admin1, cc: True
    want = f.place.strip().casefold()
    try:
        cc = country_code(f.place)
    except ValueError:
        cc = None
    return lambda name, admin1, c: (want in (name or "").casefold() or want == (admin1 or "").casefold()
                                    or (cc is not None and c == cc))


def _revise(points: list[Point]) -> list[Point]:
    """Mark each point's change from the line's previous value (0 changes are no revision)."""
    prev = None
    for p in points:
        p.revision = None if prev is None or p.value == prev else p.value - prev
        prev = p.value
    return points


def _order(p: Point):
    return (p.published or "", p.date or "", p.article_id, p.figure_id or "")


def build(db, filters: SeriesFilters | None = None) -> list[Series]:
    """The series of a store (``db``: a Store) that pass ``filters``."""
    with db.connect() as conn:
        return collect(conn, filters)


def collect(conn, filters: SeriesFilters | None = None) -> list[Series]:
    """The same, in an open connection (the HTTP API's read transaction)."""
    f = filters or SeriesFilters()
    out: list[Series] = []
    if f.scope in (None, "event"):
        out += _event_series(conn, f)
    if f.scope in (None, "cumulative", "period"):
        out += _total_series(conn, f)
    if f.scope in (None, "running"):
        out += _running_series(conn, f)
    if f.source:
        want = f.source.casefold()
        for s in out:
            s.lines = [ln for ln in s.lines if ln.source.casefold() == want]
        out = [s for s in out if s.lines]
    return out


def _event_series(conn, f: SeriesFilters) -> list[Series]:
    """Per merged event, each source's figures of ``kind`` for it, in publication order."""
    m, links, fg, a = t.merged_events, t.merged_event_reports, t.figures, t.articles
    q = (sa.select(m.c.id, m.c.location, m.c.admin1, m.c.country, m.c.date_start, m.c.type, m.c.mode,
                   links.c.article_id, links.c.source, links.c.published, links.c.fatalities,
                   fg.c.figure_id, fg.c.best, fg.c.span_start, fg.c.span_end, a.c.text)
         .join(links, links.c.merged_id == m.c.id)
         .join(fg, sa.and_(fg.c.article_id == links.c.article_id, fg.c.event_id == links.c.event_id))
         .join(a, a.c.id == links.c.article_id)
         .where(fg.c.kind == f.kind, fg.c.part_of.is_(None),
                sa.or_(fg.c.scope.is_(None), fg.c.scope == "event")))
    if f.event:
        q = q.where(m.c.id == f.event)
    match = _place_match(f)
    by_event: dict[str, dict] = {}
    for r in conn.execute(q):
        if not match(r.location, r.admin1, r.country):
            continue
        ev = by_event.setdefault(r.id, {"row": r, "by_article": {}})
        # one value per article: the report's toll for killed (the store's reading of its
        # figures), else the article's largest figure of the kind
        value = r.fatalities if f.kind == "killed" and r.fatalities is not None else r.best
        cur = ev["by_article"].get(r.article_id)
        if cur is None or value > cur.value:
            ev["by_article"][r.article_id] = Point(
                date=r.published, published=r.published, value=int(value), article_id=r.article_id,
                figure_id=r.figure_id, evidence=(r.text or "")[r.span_start:r.span_end] or None)
            ev.setdefault("source", {})[r.article_id] = r.source
    out = []
    for mid, ev in sorted(by_event.items(), key=lambda kv: (kv[1]["row"].date_start, kv[0])):
        r = ev["row"]
        lines = defaultdict(list)
        for aid, p in ev["by_article"].items():
            lines[ev["source"][aid]].append(p)
        title = f"{r.location or country_name(r.country) or '?'}, {r.date_start} ({(r.mode or r.type).lower()})"
        s = Series(id=_sid("event", mid, f.kind), scope="event", kind=f.kind, title=title, country=r.country,
                   place=r.location, merged_id=mid)
        s.lines = [Line(src, _revise(sorted(ps, key=_order))) for src, ps in sorted(lines.items())]
        out.append(s)
    return out


def _total_series(conn, f: SeriesFilters) -> list[Series]:
    """Running totals and period counts of ``kind``, per country (the conflict), per source."""
    fg, a, p = t.figures, t.articles, t.places
    q = (sa.select(fg.c.article_id, fg.c.figure_id, fg.c.best, fg.c.scope, fg.c.scope_start, fg.c.scope_end,
                   fg.c.date, fg.c.span_start, fg.c.span_end, a.c.source, a.c.url, a.c.published, a.c.text,
                   p.c.name, p.c.admin1, p.c.country)
         .join(a, a.c.id == fg.c.article_id)
         .outerjoin(p, sa.and_(p.c.article_id == fg.c.article_id, p.c.place_id == fg.c.place_id))
         .where(fg.c.kind == f.kind, fg.c.part_of.is_(None), fg.c.scope.in_(("cumulative", "period"))))
    if f.scope:
        q = q.where(fg.c.scope == f.scope)
    match = _place_match(f)
    groups: dict[tuple, list] = defaultdict(list)
    for r in conn.execute(q):
        if not match(r.name, r.admin1, r.country):
            continue
        groups[(r.scope, r.country)].append(r)
    out = []
    for (scope, cc), rows in sorted(groups.items(), key=lambda kv: (kv[0][0], kv[0][1] or "")):
        lines = defaultdict(list)
        for r in rows:
            src = source_key(r.source, r.url, r.article_id)
            lines[src].append(Point(
                date=r.scope_end or r.published, published=r.published, value=int(r.best), article_id=r.article_id,
                figure_id=r.figure_id, evidence=(r.text or "")[r.span_start:r.span_end] or None,
                start=r.scope_start, end=r.scope_end))
        starts = sorted({r.scope_start for r in rows if r.scope_start})
        where = country_name(cc) or "no country"
        title = (f"{where}: {f.kind}, running totals" + (f" since {starts[0]}" if starts else "")
                 if scope == "cumulative" else f"{where}: {f.kind} per period")
        s = Series(id=_sid(scope, cc, f.kind), scope=scope, kind=f.kind, title=title, country=cc, place=where,
                   since=starts[0] if starts else None)
        for src, ps in sorted(lines.items()):
            ps.sort(key=lambda p: (p.date or "", *_order(p)))
            if scope == "cumulative":
                # a revision is the same source's new total counted from the same start
                by_start = defaultdict(list)
                for pt in ps:
                    by_start[pt.start].append(pt)
                for same in by_start.values():
                    _revise(same)
            s.lines.append(Line(src, ps))
        out.append(s)
    return out


def _running_series(conn, f: SeriesFilters) -> list[Series]:
    """Per country, each source's sum of its standing tolls of the merged events, by event date."""
    if f.kind != "killed":
        return []
    m, links = t.merged_events, t.merged_event_reports
    q = (sa.select(m.c.id, m.c.location, m.c.admin1, m.c.country, m.c.date_start, links.c.source,
                   links.c.article_id, links.c.published, links.c.fatalities, links.c.event_id)
         .join(links, links.c.merged_id == m.c.id)
         .where(links.c.counted.is_(True), links.c.fatalities.is_not(None)))
    match = _place_match(f)
    by_country: dict[str | None, list] = defaultdict(list)
    for r in conn.execute(q):
        if match(r.location, r.admin1, r.country):
            by_country[r.country].append(r)
    out = []
    for cc, rows in sorted(by_country.items(), key=lambda kv: kv[0] or ""):
        where = country_name(cc) or "no country"
        s = Series(id=_sid("running", cc, f.kind), scope="running", kind=f.kind,
                   title=f"{where}: {f.kind}, running total of event tolls", country=cc, place=where)
        lines = defaultdict(list)
        for r in sorted(rows, key=lambda r: (r.date_start, r.id)):
            lines[r.source].append(r)
        for src, rs in sorted(lines.items()):
            total, pts = 0, []
            for r in rs:
                total += int(r.fatalities)
                pts.append(Point(date=r.date_start.isoformat(), published=r.published, value=total,
                                 article_id=r.article_id, figure_id=None, evidence=f"{r.location}: {r.fatalities}",
                                 start=min(x.date_start for x in rs).isoformat()))
            s.lines.append(Line(src, pts))
        out.append(s)
    return out


def rows(series: list[Series]):
    """Flat rows (one per point) for the CSV export."""
    for s in series:
        for ln in s.lines:
            for p in ln.points:
                yield {"series_id": s.id, "scope": s.scope, "kind": s.kind, "title": s.title, "country": s.country,
                       "place": s.place, "merged_id": s.merged_id, "source": ln.source, "date": p.date,
                       "published": p.published, "value": p.value, "start": p.start, "end": p.end,
                       "revision": p.revision, "article_id": p.article_id, "figure_id": p.figure_id,
                       "evidence": p.evidence}
