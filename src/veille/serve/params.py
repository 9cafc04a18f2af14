"""Query parameters shared by several routes, checked before any SQL runs.

A bad value is a 422 whose ``detail`` names the parameter (``bbox: ...``), so a client, or a
person at the dashboard, sees what to fix. Types pydantic checks (dates, integers, bounds)
are declared here so ``/openapi.json`` documents them.
"""
from __future__ import annotations

import datetime as dt
from typing import Annotated

from fastapi import HTTPException, Query

from veille.store.query import Filters, parse_bbox
from veille.vocab import PLOVER_TYPES, country_code, is_country

MAX_LIMIT = 500


def bad(param: str, message: str) -> HTTPException:
    return HTTPException(status_code=422, detail=f"{param}: {message}")


def country(value: str | None, param: str = "country") -> str | None:
    """ISO code for a code or an English/French name; an unknown one is a 422."""
    if not value or not value.strip():
        return None
    try:
        code = country_code(value)
    except ValueError as exc:
        raise bad(param, str(exc)) from None
    if not is_country(code):
        raise bad(param, f"unknown country code {value.strip()!r}")
    return code


def dates(since: dt.date | None, until: dt.date | None) -> None:
    if since and until and since > until:
        raise bad("since", f"{since} is after until ({until})")


Since = Annotated[dt.date | None, Query(description="on or after this day (YYYY-MM-DD)")]
Until = Annotated[dt.date | None, Query(description="on or before this day (YYYY-MM-DD)")]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page (at most {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="rows to skip")]


def event_filters(
    since: Since = None,
    until: Until = None,
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat (WGS 84)",
                                      examples=["-5,10,5,20"])] = None,
    country_: Annotated[str | None, Query(alias="country", description="ISO code or English/French name")] = None,
    type_: Annotated[str | None, Query(alias="type", max_length=64,
                                       description=f"PLOVER type ({', '.join(PLOVER_TYPES)}) or ACLED "
                                                   "event/sub-event type")] = None,
    mode: Annotated[str | None, Query(max_length=64, description="PLOVER mode (aerial...)")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="part of an actor's name or alias")] = None,
    source: Annotated[str | None, Query(max_length=200, description="a publisher that reported it (AFP)")] = None,
    min_fatalities: Annotated[int | None, Query(ge=0, description="best toll at least this")] = None,
) -> Filters:
    """The event filters of docs/api.md, as a ``Filters``."""
    dates(since, until)
    box = None
    if bbox:
        try:
            box = parse_bbox(bbox)
        except ValueError as exc:
            raise bad("bbox", str(exc)) from None
    return Filters(since=since, until=until, country=country(country_), type=type_ or None, actor=actor or None,
                   bbox=box, mode=mode or None, source=source or None, min_fatalities=min_fatalities)
