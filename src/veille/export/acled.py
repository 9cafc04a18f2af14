"""ACLED-style CSV: one row per merged event that has an ACLED event type."""
from __future__ import annotations

import csv

from veille.export.events import merged_events, tolls_note

COLUMNS = ("event_date", "time_precision", "event_type", "sub_event_type", "actor1", "actor2", "country",
           "admin1", "location", "latitude", "longitude", "geo_precision", "source", "notes", "fatalities")
# a spreadsheet runs a cell starting with one of these as a formula (CSV injection)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """Text that a spreadsheet would run as a formula, quoted so that it is shown as text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def acled_row(ev: dict) -> dict:
    notes = " | ".join(x for x in ((ev["notes"] or "").strip(), tolls_note(ev["reports"])) if x)
    return {"event_date": ev["date_start"].isoformat(), "time_precision": ev["time_precision"],
            "event_type": ev["acled_event_type"], "sub_event_type": ev["acled_sub_event_type"],
            "actor1": ev["source_actor"], "actor2": ev["target_actor"], "country": ev["country_name"],
            "admin1": ev["admin1"], "location": ev["location"], "latitude": ev["lat"], "longitude": ev["lon"],
            "geo_precision": ev["geo_precision"], "source": ev["sources"], "notes": notes,
            "fatalities": ev["fatalities_best"] or 0}


def write_acled_csv(conn, filters, fh) -> int:
    writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev in merged_events(conn, filters):
        if not ev["acled_event_type"]:
            continue    # not an ACLED event (an accusation, an appeal...)
        writer.writerow({k: neutralise(v) for k, v in acled_row(ev).items()})
        n += 1
    return n
