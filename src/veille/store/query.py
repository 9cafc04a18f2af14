"""Selecting events with the filters shared by ``veille query`` and ``veille export``."""
from __future__ import annotations

import datetime as dt
import itertools
import math
from dataclasses import dataclass, field, replace

import sqlalchemy as sa

from veille.store import schema as t
from veille.store.schema import MAX_SPAN_DAYS
# the store's vocabularies come from veille.vocab (re-exported here for its callers)
from veille.vocab import PLOVER_TYPES, country_code, country_name  # noqa: F401



def shift_day(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``, held at the first or last representable day: a filter
    "since 0001-01-01" or "until 9999-12-31" is a valid request, not an overflow."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.min if days < 0 else dt.date.max

@dataclass
class Filters:
    """Events from ``since`` to ``until`` (dates included; an event counts when its dates
    overlap them), in ``country`` (code or name), of ``type`` (PLOVER type, or ACLED event
    or sub-event type), with an actor whose name holds ``actor`` (any case); and, for the
    HTTP API, inside ``bbox`` (min_lon, min_lat, max_lon, max_lat; ``"a,b,c,d"`` too), of
    PLOVER ``mode``, reported by publisher ``source`` (any case), with a best toll of at
    least ``min_fatalities``."""
    since: dt.date | None = None
    until: dt.date | None = None
    country: str | None = None
    type: str | None = None
    actor: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    mode: str | None = None
    source: str | None = None
    min_fatalities: int | None = None
    # the spellings of ``source`` that the store holds (``resolve_source``): the filter is then
    # one index probe per spelling; None: every upper/lower-case spelling is asked for
    source_names: tuple[str, ...] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self):
        if isinstance(self.since, str):
            self.since = dt.date.fromisoformat(self.since)
        if isinstance(self.until, str):
            self.until = dt.date.fromisoformat(self.until)
        if self.country:
            self.country = country_code(self.country)
        if self.bbox is not None:
            self.bbox = parse_bbox(self.bbox)

    def clauses(self, table: sa.Table) -> list:
        c = table.c
        out = []
        if self.since:
            out.append(c.date_end >= self.since)
            if table is t.merged_events:
                # a merged event spans at most MAX_SPAN_DAYS, so this bound (implied by the one
                # above) lets the date_start index serve the range instead of scanning from the start
                out.append(c.date_start >= shift_day(self.since, -MAX_SPAN_DAYS))
        if self.until:
            out.append(c.date_start <= self.until)
        if self.country:
            out.append(c.country == self.country)
        if self.type:
            if self.type.upper() in PLOVER_TYPES:
                out.append(c.type == self.type.upper())
            else:
                v = self.type.lower()
                out.append(sa.or_(sa.func.lower(c.acled_event_type) == v, sa.func.lower(c.acled_sub_event_type) == v))
        if self.actor:
            out.append(self._actor_clause(table))
        if self.bbox:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            out.append(c.lat.between(min_lat, max_lat))
            if min_lon <= max_lon:
                out.append(c.lon.between(min_lon, max_lon))
            else:   # the box crosses the antimeridian
                out.append(sa.or_(c.lon >= min_lon, c.lon <= max_lon))
        if self.mode:
            out.append(sa.func.lower(c.mode) == self.mode.lower())
        if self.source:
            out.append(self._source_clause(table))
        if self.min_fatalities is not None:
            toll = c.fatalities if table is t.events else c.fatalities_best
            out.append(toll >= self.min_fatalities)
        return out

    def source_is(self, col):
        """``col`` is the filter's publisher, in any case: its spellings the store holds when
        they were resolved (``resolve_source``), else every spelling (``equals_any_case``)."""
        if self.source_names is not None:
            return col.in_(self.source_names) if self.source_names else sa.false()
        return equals_any_case(col, self.source)

    def _source_clause(self, table: sa.Table):
        """Events that a report of this publisher gives (merged: any member's source)."""
        if table is t.events:
            a = t.articles.c
            return table.c.article_id.in_(sa.select(a.id).where(self.source_is(a.source)))
        links = t.merged_event_reports.c
        # EXISTS, not IN: a page sorted by date probes each candidate's reports (index on
        # merged_id, source) instead of fetching and sorting every event of a big agency
        return (sa.select(links.merged_id).where(links.merged_id == table.c.id,
                                                 self.source_is(links.source)).exists())

    def _actor_clause(self, table: sa.Table):
        """Events whose acting or targeted actor has the needle in its name or an alias."""
        # % and _ in the name are literal, not wildcards
        esc = self.actor.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        needle = f"%{esc}%"
        ev, ac = t.events.c, t.actors.c

        def like(col):
            return sa.func.lower(col).like(needle, escape="\\")

        def named(cols):
            return sa.or_(*(like(col) for col in cols))

        by_alias = (sa.select(ac.article_id, ac.name)
                    .where(like(ac.aliases))
                    .where(ac.article_id == ev.article_id)
                    .where(ac.name.in_([ev.source_actor, ev.target_actor])))
        if table is t.events:
            return sa.or_(named([ev.source_actor, ev.target_actor]), by_alias.exists())
        links = t.merged_event_reports.c
        members = (sa.select(links.merged_id)
                   .join(t.events, sa.and_(ev.article_id == links.article_id, ev.event_id == links.event_id))
                   .where(sa.or_(named([ev.source_actor, ev.target_actor]), by_alias.exists())))
        return table.c.id.in_(members)


def resolve_source(conn, filters: Filters) -> Filters:
    """``filters`` with the spellings of its publisher that the store holds (``source_names``),
    from the all-time publisher summary (``summary_total_source``, a few thousand rows, which
    the merge keeps with every publisher of the merged events): "reuters" asked every
    candidate event for its 128 spellings (rEUTERS, ReUtErS...), now for the one that exists.
    Unchanged without a publisher, or for a publisher named by article (``article:...``: not
    a publisher of the summaries)."""
    name = (filters.source or "").strip()
    if not name or filters.source_names is not None or name.lower().startswith("article:"):
        return filters
    c = t.summary_total_source.c
    names = tuple(sorted(set(conn.scalars(sa.select(c.source).where(equals_any_case(c.source, name)).distinct()))))
    return replace(filters, source_names=names)


MAX_SPELLINGS = 1024


def equals_any_case(col, value: str):
    """``col`` equals ``value`` in any case, as a clause an index on ``col`` serves: the
    value's spellings in upper and lower case (``afp``: AFP, Afp, aFP...), up to
    MAX_SPELLINGS of them (ten letters); a longer name falls back to ``lower(col)``, which
    scans."""
    v = value.strip()
    options = [sorted({c.lower(), c.upper()}) for c in v]
    if math.prod(len(o) for o in options) > MAX_SPELLINGS:
        return sa.func.lower(col) == v.lower()
    return col.in_(["".join(p) for p in itertools.product(*options)])


def parse_bbox(value) -> tuple[float, float, float, float]:
    """``(min_lon, min_lat, max_lon, max_lat)`` from a 4-tuple or ``"min_lon,min_lat,max_lon,max_lat"``
    (WGS 84 degrees, GeoJSON order); ValueError says what is wrong. ``min_lon > max_lon`` is
    a box across the antimeridian."""
    parts = value.split(",") if isinstance(value, str) else list(value)
    if len(parts) != 4:
        raise ValueError("4 numbers needed: min_lon,min_lat,max_lon,max_lat")
    try:
        min_lon, min_lat, max_lon, max_lat = (float(x) for x in parts)
    except (TypeError, ValueError):
        raise ValueError(f"4 numbers needed: min_lon,min_lat,max_lon,max_lat (got {value!r})") from None
    if not all(math.isfinite(x) for x in (min_lon, min_lat, max_lon, max_lat)):
        raise ValueError("numbers must be finite")
    if not (-180 <= min_lon <= 180 and -180 <= max_lon <= 180):
        raise ValueError("longitudes must be within -180..180")
    if not (-90 <= min_lat <= max_lat <= 90):
        raise ValueError("latitudes must be within -90..90, min_lat <= max_lat")
    return min_lon, min_lat, max_lon, max_lat


def merged_events(conn, filters: Filters | None = None, limit: int | None = None) -> list[dict]:
    m = t.merged_events
    q = sa.select(m).where(*(filters or Filters()).clauses(m)).order_by(m.c.date_start, m.c.id)
    if limit:
        q = q.limit(limit)
    return [dict(r) for r in conn.execute(q).mappings()]


def merged_reports(conn, merged_ids) -> dict[str, list[dict]]:
    """For each merged event, its reports: article, source, published, toll, counted."""
    links, a, e = t.merged_event_reports, t.articles, t.events
    out: dict[str, list[dict]] = {}
    ids = list(merged_ids)
    for i in range(0, len(ids), 500):
        q = (sa.select(links.c.merged_id, links.c.article_id, links.c.event_id, links.c.source,
                       links.c.published, links.c.fatalities, links.c.counted, a.c.url, a.c.title,
                       e.c.reported_by)
             .join(a, a.c.id == links.c.article_id)
             .outerjoin(e, sa.and_(e.c.article_id == links.c.article_id, e.c.event_id == links.c.event_id))
             .where(links.c.merged_id.in_(ids[i:i + 500]))
             .order_by(links.c.merged_id, links.c.published, links.c.article_id, links.c.event_id))
        for r in conn.execute(q).mappings():
            out.setdefault(r["merged_id"], []).append(dict(r))
    return out


def report_events(conn, filters: Filters | None = None, limit: int | None = None) -> list[dict]:
    """Events as each article reports them, with the article's source and date."""
    e, a = t.events, t.articles
    q = (sa.select(e, a.c.source, a.c.published)
         .join(a, a.c.id == e.c.article_id)
         .where(*(filters or Filters()).clauses(e))
         .order_by(e.c.date_start.nulls_last(), e.c.article_id, e.c.event_id))
    if limit:
        q = q.limit(limit)
    return [dict(r) for r in conn.execute(q).mappings()]


def reports_json(conn, filters: Filters | None = None):
    """The stored records (JSON text) of the articles with an event that passes ``filters``
    (every article when there are none), by publication date."""
    r, a, e = t.reports, t.articles, t.events
    q = sa.select(r.c.record_json).join(a, a.c.id == r.c.article_id).order_by(a.c.published.nulls_last(), a.c.id)
    clauses = (filters or Filters()).clauses(e)
    if clauses:
        q = q.where(r.c.article_id.in_(sa.select(e.c.article_id).where(*clauses)))
    for row in conn.execute(q):
        yield row.record_json


def summary(db) -> dict:
    """What a store holds: the numbers ``veille stats`` prints."""
    from veille.store.db import current_revision

    counts = db.counts()
    m, f = t.merged_events.c, t.failures.c
    with db.connect() as conn:
        reasons = conn.execute(sa.select(f.reason, sa.func.count()).group_by(f.reason)
                               .order_by(sa.func.count().desc(), f.reason)).all()
        multi = conn.scalar(sa.select(sa.func.count()).where(m.n_sources > 1))
        first, last = conn.execute(sa.select(sa.func.min(m.date_start), sa.func.max(m.date_end))).one()
    return {"store": db.url.render_as_string(hide_password=True), "schema": current_revision(db),
            "articles": counts["articles"], "reports": counts["reports"], "events": counts["events"],
            "merged_events": counts["merged_events"], "merged_reports": counts["merged_event_reports"],
            "merged_events_with_several_sources": multi,
            "first_day": first.isoformat() if first else None, "last_day": last.isoformat() if last else None,
            "pending_merge": counts["merge_queue"], "failures": counts["failures"],
            "failure_reasons": {reason: n for reason, n in reasons}}
