"""CSV of the analyses: toll series (one row per point) and claims held against reports
(one row per flagged pair, the claim's columns then the report's)."""
from __future__ import annotations

import csv

import sqlalchemy as sa

from veille.export.acled import neutralise
from veille.store import contradictions, schema as t, series

SERIES_COLUMNS = ("series_id", "scope", "kind", "title", "country", "place", "merged_id", "source", "date",
                  "published", "value", "start", "end", "revision", "article_id", "figure_id", "evidence")


def _in_dates(day: str | None, filters) -> bool:
    if not day:
        return filters.since is None and filters.until is None
    d = day[:10]
    return ((filters.since is None or d >= filters.since.isoformat())
            and (filters.until is None or d <= filters.until.isoformat()))


def write_series_csv(conn, filters, fh) -> int:
    """Every kind of figure's series (killed first), filtered by country, source and dates."""
    kinds = sorted(set(conn.scalars(sa.select(t.figures.c.kind).distinct())) - {"other"},
                   key=lambda k: (k != "killed", k))
    writer = csv.DictWriter(fh, fieldnames=SERIES_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for kind in kinds:
        found = series.collect(conn, series.SeriesFilters(place=filters.country, kind=kind, source=filters.source))
        for row in series.rows(found):
            if _in_dates(row["date"], filters):
                writer.writerow({k: neutralise(v) for k, v in row.items()})
                n += 1
    return n


def write_contradictions_csv(conn, filters, fh) -> int:
    found = contradictions.find_in(conn, country=filters.country, source=filters.source)
    out = [r for r in contradictions.rows(found) if _in_dates(r["report_date"] or r["claim_date"], filters)]
    columns = list(out[0]) if out else ["id", "kind", "note", "by_party"] + [
        f"{side}_{k}" for side in ("claim", "report") for k in
        ("article_id", "event_id", "source", "actor", "type", "status", "date", "location", "country", "merged_id",
         "evidence", "reports")]
    writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for r in out:
        writer.writerow({k: neutralise(v) for k, v in r.items()})
    return len(out)
