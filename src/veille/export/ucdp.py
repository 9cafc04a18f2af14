"""UCDP GED CSV: one row per merged event of fatal organised violence, in the columns and order
of the GED codebook (version 23.1 and later), with GED's conventions for type of violence,
deaths (best, low, high and their split), location and date precision. Columns that need
UCDP's own registers (conflict, dyad and actor ids, Gleditsch-Ward codes) stay empty;
docs/exports.md lists what is derived how."""
from __future__ import annotations

import csv

from veille.export import codebook as cb
from veille.export.acled import neutralise
from veille.export.events import event_context, merged_events

COLUMNS = ("id", "relid", "year", "active_year", "code_status", "type_of_violence", "conflict_dset_id",
           "conflict_new_id", "conflict_name", "dyad_dset_id", "dyad_new_id", "dyad_name", "side_a_dset_id",
           "side_a_new_id", "side_a", "side_b_dset_id", "side_b_new_id", "side_b", "number_of_sources",
           "source_article", "source_office", "source_date", "source_headline", "source_original",
           "where_prec", "where_coordinates", "where_description", "adm_1", "adm_2", "latitude", "longitude",
           "geom_wkt", "priogrid_gid", "country", "country_id", "region", "event_clarity", "date_prec",
           "date_start", "date_end", "deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "best",
           "high", "low", "gwnoa", "gwnob")
STATE = "State forces"


def type_of_violence(ev: dict, inter1: str, inter2: str) -> int:
    """1 state-based (a government on one side), 2 non-state (organised groups on both
    sides), 3 one-sided (organised violence against civilians)."""
    if inter2 == "Civilians" or ev["acled_event_type"] == "Violence against civilians":
        return 3
    return 1 if STATE in (inter1, inter2) else 2


def date_prec(ev: dict) -> int:
    """1 the day, 2 within 2-6 days, 3 the week, 4 the month, 5 longer."""
    days = (ev["date_end"] - ev["date_start"]).days
    return 1 if days == 0 else 2 if days <= 5 else 3 if days <= 7 else 4 if days <= 31 else 5


def deaths(ev: dict, a_is_state: bool, b_is_state: bool) -> dict:
    """GED's split of the best toll between side a, side b, civilians and unknown, from the
    groups of the killed figures of the report giving the best toll; what the groups do not
    account for is unknown."""
    split = {"deaths_a": 0, "deaths_b": 0, "deaths_civilians": 0, "deaths_unknown": 0}
    best = ev["fatalities_best"] or 0
    for group, n in ev.get("deaths", []):
        side = cb.death_side(group)
        if side == "civilians":
            split["deaths_civilians"] += n
        elif side == "state" and (a_is_state or b_is_state):
            split["deaths_a" if a_is_state else "deaths_b"] += n
        elif side == "non_state" and a_is_state != b_is_state:
            split["deaths_b" if a_is_state else "deaths_a"] += n
        else:
            split["deaths_unknown"] += n
    accounted = sum(split.values())
    if accounted > best:      # the groups overlap ("12 people, among them 5 soldiers"): scale back to unknown
        split = {k: 0 for k in split} | {"deaths_unknown": best}
    else:
        split["deaths_unknown"] += best - accounted
    return split


def ucdp_row(ev: dict) -> dict:
    inter1, inter2 = cb.event_inters(ev)
    violence = type_of_violence(ev, inter1, inter2)
    side_a, side_b = ev["source_actor"] or "", ev["target_actor"] or ""
    a_state, b_state = inter1 == STATE, inter2 == STATE
    if b_state and not a_state and violence == 1:   # GED puts the government on side a
        side_a, side_b, a_state, b_state = side_b, side_a, True, False
    if violence == 3:
        side_b = "Civilians"
    reports = ev["reports"]
    best = ev["fatalities_best"] or 0
    low = ev["fatalities_low"] if ev["fatalities_low"] is not None else best
    high = ev["fatalities_high"] if ev["fatalities_high"] is not None else best
    gid = cb.stable_number(ev.get("first_key", ev["id"]), 9)
    lat, lon = ev["lat"], ev["lon"]
    return {
        "id": gid, "relid": f"VEILLE-{cb.iso3(ev['country'])}-{ev['date_start'].year}-{gid}",
        "year": ev["date_start"].year, "active_year": "", "code_status": "", "type_of_violence": violence,
        "conflict_dset_id": "", "conflict_new_id": "", "conflict_name": "", "dyad_dset_id": "", "dyad_new_id": "",
        "dyad_name": f"{side_a} - {side_b}" if side_a and side_b else "",
        "side_a_dset_id": "", "side_a_new_id": "", "side_a": side_a, "side_b_dset_id": "", "side_b_new_id": "",
        "side_b": side_b, "number_of_sources": ev["n_sources"],
        "source_article": "; ".join(dict.fromkeys(r["url"] or r["article_id"] for r in reports)),
        "source_office": ev["sources"] or "",
        "source_date": "; ".join(sorted({r["published"] for r in reports if r["published"]})),
        "source_headline": "; ".join(dict.fromkeys(r["title"] for r in reports if r["title"])),
        "source_original": "; ".join(sorted({r["reported_by"] for r in reports if r.get("reported_by")})),
        "where_prec": cb.where_prec(ev["feature"]) or "", "where_coordinates": ev["location"] or "",
        "where_description": ev.get("sentence") or ev["notes"] or "",
        "adm_1": ev["admin1"] or "", "adm_2": ev["location"] if ev["feature"] == "admin2" else "",
        "latitude": lat, "longitude": lon, "geom_wkt": f"POINT ({lon} {lat})" if lat is not None and lon is not None else "",
        "priogrid_gid": cb.priogrid_gid(lat, lon) or "", "country": ev["country_name"] or "", "country_id": "",
        "region": cb.ged_region(ev["country"]), "event_clarity": 1 if ev["date_start"] == ev["date_end"] else 2,
        "date_prec": date_prec(ev), "date_start": ev["date_start"].isoformat(), "date_end": ev["date_end"].isoformat(),
        **deaths(ev, a_state, b_state), "best": best, "high": max(high, best), "low": min(low, best),
        "gwnoa": "", "gwnob": "",
    }


# GED holds only events of organised violence with at least one death
def write_ucdp_csv(conn, filters, fh) -> int:
    writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    events = [ev for ev in merged_events(conn, filters)
              if ev["acled_event_type"] in cb.VIOLENT and (ev["fatalities_best"] or 0) > 0]
    event_context(conn, events)
    for ev in events:
        writer.writerow({k: neutralise(v) for k, v in ucdp_row(ev).items()})
    return len(events)
