"""ACLED CSV: one row per merged event that has an ACLED event type, in the columns and order
of ACLED's current export, with the codebook's values (see ``codebooks.toml`` and
docs/exports.md for what is derived how and what stays empty)."""
from __future__ import annotations

import csv
import datetime as dt

from veille.export import codebook as cb
from veille.export.events import event_context, merged_events, tolls_note

COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
           "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
           "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
           "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
           "fatalities", "tags", "timestamp")
# a spreadsheet runs a cell starting with one of these as a formula (CSV injection)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# generic groups ACLED names after their country: "Civilians (Mali)", "Protesters (Senegal)"
_GENERIC = {"Civilians", "Protesters", "Rioters"}


def neutralise(value):
    """Text that a spreadsheet would run as a formula, quoted so that it is shown as text."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def _actor(name: str | None, inter: str, country: str | None) -> str:
    if inter in _GENERIC and (not name or name.casefold() in {inter.casefold(), inter.casefold().rstrip("s")}):
        return f"{inter} ({country})" if country else inter
    return name or ""


def acled_row(ev: dict) -> dict:
    inter1, inter2 = cb.event_inters(ev)
    unidentified = not inter1 and ev["acled_event_type"] in cb.VIOLENT
    if unidentified:    # ACLED's convention for violence whose perpetrator the sources do not name
        inter1 = "Political militia"
    disorder = cb.disorder_type(ev["acled_event_type"], ev["acled_sub_event_type"])
    tolls = tolls_note(ev["reports"])
    notes = " ".join(x for x in ((ev.get("sentence") or ev["notes"] or "").strip(), f"[{tolls}]" if tolls else "") if x)
    country = ev["country_name"]
    sources = [s.strip() for s in (ev["sources"] or "").split(";") if s.strip()]
    updated = ev.get("updated")
    return {
        "event_id_cnty": f"{cb.iso3(ev['country'])}{cb.stable_number(ev.get('first_key', ev['id']))}",
        "event_date": ev["date_start"].isoformat(), "year": ev["date_start"].year,
        "time_precision": ev["time_precision"], "disorder_type": disorder,
        "event_type": ev["acled_event_type"], "sub_event_type": ev["acled_sub_event_type"],
        "actor1": f"Unidentified Armed Group ({country})" if unidentified else _actor(ev["source_actor"], inter1, country), "assoc_actor_1": "", "inter1": inter1,
        "actor2": _actor(ev["target_actor"], inter2, country), "assoc_actor_2": "", "inter2": inter2,
        "interaction": cb.acled_interaction(inter1, inter2),
        "civilian_targeting": "Civilian targeting" if "Civilians" in (inter2,) and disorder.startswith("Political violence") else "",
        "iso": cb.iso_numeric(ev["country"]) or "", "region": cb.acled_region(ev["country"]), "country": country,
        "admin1": ev["admin1"], "admin2": ev["location"] if ev["feature"] == "admin2" else "", "admin3": "",
        "location": ev["location"], "latitude": ev["lat"], "longitude": ev["lon"],
        "geo_precision": ev["geo_precision"], "source": ev["sources"], "source_scale": cb.source_scale(sources),
        "notes": notes, "fatalities": ev["fatalities_best"] or 0, "tags": "",
        "timestamp": int(updated.replace(tzinfo=updated.tzinfo or dt.timezone.utc).timestamp()) if updated else "",
    }


def write_acled_csv(conn, filters, fh) -> int:
    writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    events = [ev for ev in merged_events(conn, filters) if ev["acled_event_type"]]   # not an accusation, an appeal...
    event_context(conn, events)
    for ev in events:
        writer.writerow({k: neutralise(v) for k, v in acled_row(ev).items()})
    return len(events)
