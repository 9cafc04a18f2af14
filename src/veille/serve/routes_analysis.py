"""The analysis endpoints: toll series (``GET /api/series``) and claims held against reports
(``GET /api/contradictions``). Both are computed from the store on request, in the request's
read transaction (``routes.connection``)."""
from __future__ import annotations

import pathlib
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import FileResponse

from veille.serve import models
from veille.serve.routes import Conn
from veille.store import contradictions, series

router = APIRouter(prefix="/api", responses={422: {"model": models.Error}})
pages = APIRouter()
PAGE = pathlib.Path(__file__).parent / "static" / "analysis.html"
Text = Annotated[str | None, Query(max_length=200)]


@router.get("/series", tags=["analysis"])
def get_series(conn: Conn, place: Text = None, kind: Annotated[str, Query(max_length=32)] = "killed",
               source: Text = None, scope: Literal["event", "cumulative", "period", "running"] | None = None,
               event: Annotated[str | None, Query(max_length=64)] = None) -> dict:
    """Toll series: per merged event (``event``), per country's running totals (``cumulative``),
    per period (``period``) and each source's running total of its event tolls (``running``);
    a line per source, each point with its article, figure, evidence and its revision (the
    change from the same source's previous value), and the spread between the sources.
    ``place``: a place name, province, or country (code or name)."""
    try:
        found = series.collect(conn, series.SeriesFilters(place=place, kind=kind, source=source, scope=scope,
                                                          event=event))
    except ValueError as exc:
        raise HTTPException(422, detail=str(exc)) from None
    return {"total": len(found), "items": [s.to_dict() for s in found]}


@router.get("/contradictions", tags=["analysis"])
def get_contradictions(conn: Conn, kind: Literal["truce_then_attack", "denial_vs_reports"] | None = None,
                       country: Text = None, source: Text = None) -> dict:
    """Claims held against reports: a truce then attacks in its area within its length, and an
    actor's denial of an attack that reports attribute to it; each side with its evidence."""
    try:
        found = contradictions.find_in(conn, kind=kind, country=country, source=source)
    except ValueError as exc:
        raise HTTPException(422, detail=f"country: {exc}") from None
    return {"total": len(found), "items": [c.to_dict() for c in found]}


@pages.get("/analysis", include_in_schema=False)
def analysis_page():
    """The dashboard's analysis page: a chart per series, the table of flagged pairs."""
    return FileResponse(PAGE, media_type="text/html; charset=utf-8")
