"""Date arithmetic for resolving French time expressions against a publication date.

Direction is decided by the caller from the grammar (tense, mood, "dernier"/"prochain");
here a past weekday is the latest one on or before the reference day, a future one the
earliest on or after it (a dispatch dated Friday speaking of "vendredi" means that day).
"""
from __future__ import annotations

import calendar
import datetime as dt


def parse_iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def weekday_date(ref: dt.date, weekday: int, future: bool) -> dt.date:
    delta = (weekday - ref.weekday()) % 7
    if future:
        return ref + dt.timedelta(days=delta)
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def iso_week(day: dt.date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift_months(ref: dt.date, months: int) -> tuple[int, int]:
    n = ref.year * 12 + ref.month - 1 + months
    return n // 12, n % 12 + 1


def year_for_month(ref: dt.date, month: int, future: bool | None, day: int = 15, future_slack: int = 7,
                   past_slack: int = 7) -> int:
    """The year that puts (month, day) nearest the reference, leaning on the tense: a future
    verb excludes dates more than ``future_slack`` days past, a past one dates more than
    ``past_slack`` days ahead. A month alone ("en décembre" with a future verb) is the coming
    one; an exact day a few weeks back stays in its year (``future_slack=90``: "après ceux du 16
    mai" in a sentence about talks to come), and one a few weeks ahead in a past clause is ahead
    (``past_slack=21``: "a convoqué les parties le 28 décembre", told on the 12th)."""
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = dt.date(year, month, min(day, 28 if month == 2 else day))
        except ValueError:
            continue
        gap = (cand - ref).days
        if future is True and gap < -future_slack:
            continue
        if future is False and gap > past_slack:
            continue
        if best is None or abs(gap) < abs((best - ref).days):
            best = cand
    return (best or ref).year


def weekend(ref: dt.date, future: bool) -> str:
    sat = weekday_date(ref, 5, future)
    if not future and ref.weekday() == 6:
        sat = ref - dt.timedelta(days=1)
    return f"{sat.isoformat()}/{(sat + dt.timedelta(days=1)).isoformat()}"


def interval(start: str, end: str | None) -> str:
    return f"{start}/{end}" if end and end != start else start


def date_bounds(value: str | None) -> tuple[dt.date | None, dt.date | None]:
    """First and last day of a record date: ``2024-06-10``, ``2024-06``, ``2024-W23``,
    ``2024``, or an interval ``A/B`` of those. ``(None, None)`` when it is none of them."""
    if not value:
        return None, None
    if "/" in value:
        a, _, b = value.partition("/")
        return _bounds(a)[0], _bounds(b)[1]
    return _bounds(value)


def _bounds(v: str) -> tuple[dt.date | None, dt.date | None]:
    v = v.strip()[:10]
    try:
        if len(v) == 10:
            d = dt.date.fromisoformat(v)
            return d, d
        if len(v) == 8 and v[4:6] == "-W":
            y, w = int(v[:4]), int(v[6:])
            return dt.date.fromisocalendar(y, w, 1), dt.date.fromisocalendar(y, w, 7)
        if len(v) == 7:
            y, m = int(v[:4]), int(v[5:])
            return dt.date(y, m, 1), dt.date(y, m, calendar.monthrange(y, m)[1])
        if len(v) == 4:
            y = int(v)
            return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        pass
    return None, None
