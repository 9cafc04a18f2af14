"""Aggregates of the merged events, kept up to date by the merge, and the counts read from them.

At a million merged events, counting the events of a type, a country or a publisher over
every day means reading a million index entries (642 ms for the dashboard's menus). The
``summary_*`` tables (schema.py) hold those counts per first day, per month and for all time;
``refresh`` recomputes the days a merge touched (their months, and the all-time counts of
their types, countries and publishers) in the merge's own transaction, so the
summaries never disagree with ``merged_events``. The read side answers for the filters the
summaries hold (dates, PLOVER type, country, publisher); for any other filter it says None and
the caller counts on ``merged_events`` itself.

A date range counts the events whose days overlap it, as ``Filters`` does: those that start
inside it (whole months from ``summary_month``, the days at its edges from ``summary_day``),
plus those that started up to ``MAX_SPAN_DAYS`` before it and run into it, counted on
``merged_events`` (a few days of rows, by the date index).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict

import sqlalchemy as sa

from veille.store import schema as t
from veille.store.query import shift_day
from veille.store.schema import MAX_SPAN_DAYS
from veille.vocab import PLOVER_TYPES

m = t.merged_events


def _as_date(v) -> dt.date:
    return dt.date.fromisoformat(v) if isinstance(v, str) else v


def _raw(col):
    """A date column as the driver gives it (SQLite: its text, which ``_as_date`` reads ten
    times faster than SQLAlchemy's Date type does: 3,000 weeks of a series)."""
    return sa.type_coerce(col, sa.String)


def _month(d: dt.date) -> dt.date:
    return d.replace(day=1)


def _next_month(d: dt.date) -> dt.date:
    return (d.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


# ---- writing ---------------------------------------------------------------------------

def refresh(conn, days) -> None:
    """Recompute the summaries of these first days (and of their months) from merged_events."""
    days = sorted({_as_date(d) for d in days if d is not None})
    if not days:
        return
    for i in range(0, len(days), 500):
        chunk = days[i:i + 500]
        for table in (t.summary_day, t.summary_day_type, t.summary_day_source, *t.SUMMARIES_0011):
            conn.execute(table.delete().where(table.c.day.in_(chunk)))
        per_country, per_type, per_source = _aggregate(conn, m.c.date_start.in_(chunk))
        _insert(conn, per_country, per_type, per_source)
    months = sorted({_month(d) for d in days})
    ms = t.summary_month_source.c
    # the publishers whose all-time counts change: those of these months, before and after
    sources = set(conn.scalars(sa.select(ms.source).where(ms.month.in_(months)).distinct()))
    for table in (t.summary_month, t.summary_month_source):
        conn.execute(table.delete().where(table.c.month.in_(months)))
    _refresh_months(conn, months)
    sources |= set(conn.scalars(sa.select(ms.source).where(ms.month.in_(months)).distinct()))
    _refresh_totals(conn, sources)
    _refresh_weeks(conn, sorted({_monday(d) for d in days}))


def rebuild(conn, *, with_0006: bool = True) -> None:
    """Recompute every summary (a store written in bulk; migration 0003 with ``with_0006``
    False: the all-time and weekly tables come with 0006, the per day and country or publisher
    ones with 0011)."""
    for table in t.SUMMARIES:
        if with_0006 or table not in (*t.SUMMARIES_0006, *t.SUMMARIES_0011):
            conn.execute(table.delete())
    _insert(conn, *_aggregate(conn, sa.true()), with_0011=with_0006)
    months = sorted({_month(_as_date(d)) for d in conn.scalars(sa.select(t.summary_day.c.day).distinct())})
    _refresh_months(conn, months)
    if with_0006:
        fill_0006(conn)
        from veille.store import cells
        cells.rebuild(conn)


def _aggregate(conn, where):
    dead = sa.func.sum(sa.func.coalesce(m.c.fatalities_best, 0))
    # rendered inline (not a bound parameter) so that PostgreSQL sees one expression in both places
    country = sa.func.coalesce(m.c.country, sa.literal_column("''"))
    per_country = conn.execute(sa.select(m.c.date_start, m.c.type, country, sa.func.count(), dead)
                               .where(where).group_by(m.c.date_start, m.c.type, country)).all()
    per_type: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for day, typ, _cc, n, d in per_country:
        per_type[(day, typ)][0] += n
        per_type[(day, typ)][1] += int(d or 0)
    per_source: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for day, typ, cc, names, n, d in conn.execute(
            sa.select(m.c.date_start, m.c.type, country, m.c.sources, sa.func.count(), dead)
            .where(where, m.c.sources.is_not(None)).group_by(m.c.date_start, m.c.type, country, m.c.sources)):
        for name in names.split("; "):
            if name:
                slot = per_source[(day, name, typ, cc)]
                slot[0] += n
                slot[1] += int(d or 0)
    return per_country, per_type, per_source


def _insert(conn, per_country, per_type, per_source, *, with_0011: bool = True) -> None:
    rows = [{"day": _as_date(d), "type": typ, "country": cc, "n": n, "dead": int(dead or 0)}
            for d, typ, cc, n, dead in per_country]
    if rows:
        conn.execute(t.summary_day.insert(), rows)
    if with_0011:
        # per day and country, per day and publisher: the other keys summed
        for table, key, src in ((t.summary_day_country, "country", rows),
                                (t.summary_day_publisher, "source",
                                 [{"day": d, "source": s, "n": n, "dead": dead}
                                  for (d, s, _typ, _cc), (n, dead) in per_source.items()])):
            summed: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
            for r in src:
                slot = summed[(_as_date(r["day"]), r[key])]
                slot[0] += r["n"]
                slot[1] += r["dead"]
            if summed:
                conn.execute(table.insert(), [{"day": d, key: v, "n": n, "dead": dead}
                                              for (d, v), (n, dead) in summed.items()])
    rows = [{"day": _as_date(d), "type": typ, "n": n, "dead": dead} for (d, typ), (n, dead) in per_type.items()]
    if rows:
        conn.execute(t.summary_day_type.insert(), rows)
    rows = [{"day": _as_date(d), "source": s, "type": typ, "country": cc, "n": n, "dead": dead}
            for (d, s, typ, cc), (n, dead) in per_source.items()]
    if rows:
        conn.execute(t.summary_day_source.insert(), rows)


def _refresh_months(conn, months) -> None:
    d, ds = t.summary_day.c, t.summary_day_source.c
    for month in months:
        end = _next_month(month)
        rows = [{"month": month, "type": typ, "country": cc, "n": n, "dead": int(dead or 0)}
                for typ, cc, n, dead in conn.execute(
                    sa.select(d.type, d.country, sa.func.sum(d.n), sa.func.sum(d.dead))
                    .where(d.day >= month, d.day < end).group_by(d.type, d.country))]
        if rows:
            conn.execute(t.summary_month.insert(), rows)
        rows = [{"month": month, "source": s, "type": typ, "country": cc, "n": n, "dead": int(dead or 0)}
                for s, typ, cc, n, dead in conn.execute(
                    sa.select(ds.source, ds.type, ds.country, sa.func.sum(ds.n), sa.func.sum(ds.dead))
                    .where(ds.day >= month, ds.day < end).group_by(ds.source, ds.type, ds.country))]
        if rows:
            conn.execute(t.summary_month_source.insert(), rows)


def fill_0011(conn) -> None:
    """The per day and country, and per day and publisher tables from the day tables
    (migration 0011)."""
    for table, key, source in ((t.summary_day_country, "country", t.summary_day),
                               (t.summary_day_publisher, "source", t.summary_day_source)):
        c = source.c
        conn.execute(table.delete())
        conn.execute(table.insert().from_select(
            ["day", key, "n", "dead"],
            sa.select(c.day, c[key], sa.func.sum(c.n), sa.func.sum(c.dead)).group_by(c.day, c[key])))


def fill_0006(conn) -> None:
    """The all-time tables from the month tables, the weekly ones from the day tables
    (migration 0006)."""
    _refresh_totals(conn, None)
    _refresh_weeks(conn, None)


def _monday(d: dt.date) -> dt.date:
    return d - dt.timedelta(days=d.weekday())


def _refresh_weeks(conn, weeks) -> None:
    """Recompute the weekly tables for these Mondays (None: every week) from the day tables."""
    for table, source, keys in ((t.summary_week, t.summary_day, ("type", "country")),
                                (t.summary_week_type, t.summary_day_type, ("type",))):
        c = source.c
        week = week_start(conn, c.day)
        spans = [(None, None)] if weeks is None else [(w, w + dt.timedelta(days=6)) for w in weeks]
        if weeks is None:
            conn.execute(table.delete())
        else:
            for i in range(0, len(weeks), 500):
                conn.execute(table.delete().where(table.c.week.in_(weeks[i:i + 500])))
        for lo, hi in spans:
            where = [] if lo is None else [c.day >= lo, c.day <= hi]
            cols = [c[k] for k in keys]
            rows = [{"week": _as_date(r[0]), **dict(zip(keys, r[1:-2])), "n": int(r[-2]), "dead": int(r[-1] or 0)}
                    for r in conn.execute(sa.select(week, *cols, sa.func.sum(c.n), sa.func.sum(c.dead))
                                          .where(*where).group_by(week, *cols))]
            if rows:
                conn.execute(table.insert(), rows)


def _refresh_totals(conn, sources) -> None:
    """Recompute the all-time counts from the months: every (type, country), and those of
    these publishers (None: all)."""
    mo, ms = t.summary_month.c, t.summary_month_source.c
    conn.execute(t.summary_total.delete())
    rows = [{"type": typ, "country": cc, "n": n, "dead": int(dead or 0)} for typ, cc, n, dead in conn.execute(
        sa.select(mo.type, mo.country, sa.func.sum(mo.n), sa.func.sum(mo.dead)).group_by(mo.type, mo.country))]
    if rows:
        conn.execute(t.summary_total.insert(), rows)
    ts = t.summary_total_source
    if sources is None:
        conn.execute(ts.delete())
        chunks = [None]
    else:
        sources = sorted(sources)
        chunks = [sources[i:i + 500] for i in range(0, len(sources), 500)]
    for chunk in chunks:
        where = [] if chunk is None else [ms.source.in_(chunk)]
        if chunk is not None:
            conn.execute(ts.delete().where(ts.c.source.in_(chunk)))
        rows = [{"source": s, "type": typ, "country": cc, "n": n, "dead": int(dead or 0)}
                for s, typ, cc, n, dead in conn.execute(
                    sa.select(ms.source, ms.type, ms.country, sa.func.sum(ms.n), sa.func.sum(ms.dead))
                    .where(*where).group_by(ms.source, ms.type, ms.country))]
        if rows:
            conn.execute(ts.insert(), rows)


# ---- reading ---------------------------------------------------------------------------

def covers(filters, *, by: str | None = None) -> bool:
    """Whether the summaries can count events under ``filters`` (grouped ``by`` type, country
    or source): dates, a PLOVER type, a country and a publisher."""
    if filters.actor or filters.bbox or filters.mode or filters.min_fatalities is not None:
        return False
    if filters.type and filters.type.upper() not in PLOVER_TYPES:
        return False
    # per publisher: not the other publishers of the events one publisher reported
    return not (filters.source and by == "source")


def _spans(since: dt.date | None, until: dt.date | None):
    """The first days [since, until] as (whole months, leading days, trailing days)."""
    if since is None and until is None:
        return (None, None), None, None
    lo, hi = since or dt.date.min, until or dt.date.max
    first_full = lo if lo.day == 1 else _next_month(lo) if lo < dt.date(9999, 12, 1) else dt.date.max
    last_end = _next_month(hi) if hi < dt.date(9999, 12, 1) else dt.date.max   # first day after hi's month
    last_full_end = last_end if hi == last_end - dt.timedelta(days=1) else _month(hi)
    if first_full >= last_full_end:          # no whole month inside: days only
        return None, (lo, hi), None
    lead = (lo, first_full - dt.timedelta(days=1)) if lo < first_full else None
    trail = (last_full_end, hi) if last_full_end <= hi else None
    return (first_full, last_full_end), lead, trail


def counts(conn, filters, by: str, running: list | None = None) -> dict | None:
    """Events per value of ``by`` ("type", "country", "source", or "all" for one total) under
    ``filters``: {value: [events, summed best tolls]} (tolls 0 for sources). None when the
    summaries do not cover the filters. ``running``: ``running_into(conn, f)`` for filters
    ``f`` that differ from these at most in type, country and publisher (the menus share one
    read of the events running into the range)."""
    if not covers(filters, by=by):
        return None
    out: dict = defaultdict(lambda: [0, 0])
    if by == "source" or filters.source:
        day_t, month_t, total_t = t.summary_day_source, t.summary_month_source, t.summary_total_source
    else:
        day_t, month_t, total_t = t.summary_day, t.summary_month, t.summary_total
    key = by if by in ("type", "country", "source") else None
    # the days from the smallest table holding the filters and ``by`` (a 30-day window's three
    # menus at a million events: 1,600 rows in all instead of 32,000)
    if not filters.source:
        if by == "source" and not filters.type and not filters.country:
            day_t = t.summary_day_publisher
        elif by == "country" and not filters.type:
            day_t = t.summary_day_country
        elif by in ("type", "all") and not filters.country:
            day_t = t.summary_day_type
    months, lead, trail = _spans(filters.since, filters.until)

    def add(table, col, lo, hi):
        c = table.c
        cols = [c[key]] if key else []
        sel = sa.select(*cols, sa.func.sum(c.n), sa.func.sum(c.dead)).where(*_matching(table, filters, col, lo, hi))
        if key:
            sel = sel.group_by(c[key])
        for row in conn.execute(sel):
            value = row[0] if key else "all"
            if row[-2] is None:
                continue
            slot = out[value]
            slot[0] += int(row[-2])
            slot[1] += int(row[-1] or 0)

    if months is not None:
        if months == (None, None):       # all time
            add(total_t, None, None, None)
        else:
            add(month_t, "month", months[0], months[1] - dt.timedelta(days=1))
    for span in (lead, trail):
        if span:
            add(day_t, "day", span[0], span[1])
    if filters.since is not None:
        _add_overlapping(conn, filters, key, out, running)
    if key == "country":
        out = {("" if k is None else k): v for k, v in out.items()}
        out.pop("", None)
    return dict(out)


def _running_in(filters) -> list:
    """Clauses for the events that started before ``since`` (at most MAX_SPAN_DAYS before, the
    longest a merged event spans) and run into it, under the other filters."""
    since = filters.since
    return [*dataclasses.replace(filters, since=None, until=None).clauses(m), m.c.date_start < since,
            m.c.date_start >= shift_day(since, -MAX_SPAN_DAYS), m.c.date_end >= since]


RUNNING_COLS = (m.c.id, m.c.date_start, m.c.type, m.c.country, m.c.sources, m.c.fatalities_best)


def running_into(conn, filters, *, held: bool = True) -> list:
    """The events that started before ``since`` and run into it (``_running_in``), as rows of
    ``RUNNING_COLS`` in (first day, id) order. ``held``: under the filters but the type,
    country and publisher, which ``passes`` checks on each row, so one read serves every
    menu (each counted under the other filters) and the page of events: at a million events
    the month before ``since`` is ~17,000 index entries, read once instead of once per menu.
    None when a publisher is named by article (``article:...``: not in the lists of sources)."""
    if held and (filters.source or "").strip().lower().startswith("article:"):
        return None
    base = dataclasses.replace(filters, type=None, country=None, source=None) if held else filters
    # sorted here: ORDER BY made SQLite walk the (date_start, id, ...) index and read each row
    # of the month for its date_end (17 ms instead of 1 at 300,000 events)
    rows = conn.execute(sa.select(*RUNNING_COLS).where(*_running_in(base))).all()
    return sorted(rows, key=lambda r: (_as_date(r.date_start), r.id))


def passes(row, filters) -> bool:
    """Whether a ``running_into`` row passes the filters' type (PLOVER), country and publisher
    (any case, among its list of sources, as the summaries count it)."""
    if filters.type and row.type != filters.type.upper():
        return False
    if filters.country and row.country != filters.country:
        return False
    name = (filters.source or "").strip().lower()
    return not name or name in (s.lower() for s in (row.sources or "").split("; "))


def _add_overlapping(conn, filters, key, out, running=None) -> None:
    if running is None:
        cols = {"type": m.c.type, "country": m.c.country, "source": m.c.sources}
        rows = conn.execute(sa.select(cols.get(key, sa.literal("all")), m.c.fatalities_best)
                            .where(*_running_in(filters))).all()
    else:
        rows = [({"type": r.type, "country": r.country, "source": r.sources}.get(key, "all"), r.fatalities_best)
                for r in running if passes(r, filters)]
    for row in rows:
        values = row[0].split("; ") if key == "source" and row[0] else [row[0] if key else "all"]
        for v in values:
            slot = out[v]
            slot[0] += 1
            slot[1] += int(row[1] or 0)


def _day_table(filters):
    """The smallest day summary that holds the filters' publisher, type and country."""
    if filters.source:
        return t.summary_day_source
    return t.summary_day if filters.country else t.summary_day_type


def _matching(table, filters, col: str | None = None, lo=None, hi=None) -> list:
    """WHERE clauses of a summary table for the filters' publisher, type and country, and for
    its ``col`` (day or month) between ``lo`` and ``hi``."""
    c = table.c
    w = []
    if col and lo is not None:
        w.append(c[col] >= lo)
    if col and hi is not None:
        w.append(c[col] <= hi)
    if filters.source:
        w.append(filters.source_is(c.source))
    if filters.type:
        w.append(c.type == filters.type.upper())
    if filters.country:
        w.append(c.country == filters.country)
    return w


def first_days(conn, filters) -> tuple | None:
    """(first, last) first day of the events under ``filters`` (dates left out), from the day
    summaries; None when they do not cover the filters."""
    if not covers(filters) or filters.since or filters.until:
        return None
    table = _day_table(filters)
    c = table.c
    # one aggregate per query: each is then one probe of the index (both at once scan it)
    lo = conn.scalar(sa.select(sa.func.min(c.day)).where(*_matching(table, filters)))
    hi = conn.scalar(sa.select(sa.func.max(c.day)).where(*_matching(table, filters)))
    return (_as_date(lo) if lo is not None else None, _as_date(hi) if hi is not None else None)


def week_start(conn, col):
    """The Monday of ``col``'s ISO week, in SQL (grouping by week in the database sends it 260
    rows for five years instead of 1,800 days' rows to fold in Python)."""
    if conn.dialect.name == "sqlite":
        # the next Sunday (the day itself if a Sunday), six days back; literals inline so that
        # the expression is one in SELECT and GROUP BY
        return sa.func.date(col, sa.literal_column("'weekday 0'"), sa.literal_column("'-6 days'"), type_=sa.Date)
    # on a timestamp without time zone: from a date, date_trunc would go through timestamptz
    # and the session's time zone (a third slower)
    return sa.cast(sa.func.date_trunc(sa.literal_column("'week'"), sa.cast(col, sa.DateTime)), sa.Date)


def _week_spans(since: dt.date | None, until: dt.date | None):
    """The first days [since, until] as (whole weeks: first and last Monday, or None for no
    bound; None when no whole week is inside), and the days before and after them."""
    lo = since if since is None or since.weekday() == 0 else _monday(since) + dt.timedelta(days=7)
    hi = until if until is None or until.weekday() == 6 else _monday(until) - dt.timedelta(days=1)
    if lo is not None and hi is not None and lo > hi:          # no whole week inside: days only
        return None, (since, until), None
    lead = (since, lo - dt.timedelta(days=1)) if since is not None and since < lo else None
    trail = (hi + dt.timedelta(days=1), until) if until is not None and hi < until else None
    return (lo, None if hi is None else _monday(hi)), lead, trail


def _periods(result) -> list[tuple[dt.date, str, int, int]]:
    """(period, type, events, tolls) of a summary read's rows (period, type, sum(n), sum(dead)),
    fetched at once (row by row, the driver's fetches cost a third of a 3,000-week series)."""
    iso = dt.date.fromisoformat
    return [(iso(p) if p.__class__ is str else p, typ, int(n), int(dead or 0)) for p, typ, n, dead in result.all()]


def per_day(conn, filters, interval: str = "day") -> list[tuple[dt.date, str, int, int]] | None:
    """(first day, type, events, summed best tolls) for the time series, or with ``interval``
    "week" (week's Monday, type, ...) for the events starting in that week (a week cut by the
    range may come in two rows); None when the summaries do not cover the filters. Events
    running into ``since`` from before it come first, on their own first day (not folded into
    weeks). Each (period, type) comes once, in order, but by week with ``since`` (the week
    cut by ``since`` and the first days of the events running into it)."""
    if not covers(filters):
        return None
    table = _day_table(filters)
    c = table.c

    def by_day(lo, hi, week=False):
        period = week_start(conn, c.day) if week else c.day
        # in the database's order: sorting 20,000 (day, type) keys in Python cost more than the query
        return _periods(conn.execute(
            sa.select(_raw(period), c.type, sa.func.sum(c.n), sa.func.sum(c.dead))
            .where(*_matching(table, filters, "day", lo, hi)).group_by(period, c.type).order_by(period, c.type)))

    if interval != "week":
        rows = by_day(filters.since, filters.until)
    elif filters.source:           # no weekly table per publisher: the days grouped by week
        rows = by_day(filters.since, filters.until, week=True)
    else:
        whole, lead, trail = _week_spans(filters.since, filters.until)
        rows = by_day(*lead, week=True) if lead else []
        if whole is not None:
            wt = t.summary_week if filters.country else t.summary_week_type
            w = wt.c
            rows += _periods(conn.execute(
                sa.select(_raw(w.week), w.type, sa.func.sum(w.n), sa.func.sum(w.dead))
                .where(*_matching(wt, filters, "week", *whole)).group_by(w.week, w.type).order_by(w.week, w.type)))
        if trail:
            rows += by_day(*trail, week=True)
    if filters.since:     # events running into the range count on their first day, as without summaries
        early: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
        for day, typ, best in conn.execute(sa.select(m.c.date_start, m.c.type, m.c.fatalities_best)
                                           .where(*_running_in(filters))):
            slot = early[(_as_date(day), typ)]
            slot[0] += 1
            slot[1] += int(best or 0)
        # they began before since, every summary row on or after it
        rows = [(d, typ, n, dead) for (d, typ), (n, dead) in sorted(early.items())] + rows
    return rows
