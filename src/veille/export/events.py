"""Merged events as the exports see them: one flat dict per event plus its reports."""
from __future__ import annotations

from veille.store import query
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
