"""The read endpoints (``GET /api/...``): parameters in, one read transaction, JSON out.

Every route is a plain ``def``: FastAPI runs it in its thread pool, so a slow query holds a
worker thread, never the event loop. Each request gets its own connection from the read-only
store's pool, and all its queries see one snapshot.
"""
from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request, Response
from pydantic_core import to_json

from veille.serve import models, queries
from veille.serve.params import Limit, Offset, Since, Until, country, dates, event_filters
from veille.store.query import Filters

MAX_POINTS = 50_000
router = APIRouter(prefix="/api", responses={404: {"model": models.Error}})


def connection(request: Request):
    reader = request.app.state.reader
    with reader.connect() as conn:
        if not reader.is_sqlite:    # SQLite's read transaction is one snapshot already
            conn.execution_options(isolation_level="REPEATABLE READ")
        yield conn


Conn = Annotated[object, Depends(connection)]
EventFilters = Annotated[Filters, Depends(event_filters)]
Text = Annotated[str | None, Query(max_length=200)]
Country = Annotated[str | None, Query(alias="country", description="ISO code or English/French name")]


@router.get("/events", response_model=models.Page[models.Event], tags=["events"])
def list_events(conn: Conn, filters: EventFilters, limit: Limit = 100, offset: Offset = 0,
                sort: Literal["date", "-date", "fatalities", "-fatalities"] = "date"):
    """Merged events (one per real-world event, however many reports) passing the filters."""
    return queries.events(conn, filters, sort, limit, offset)


def _json(answer: dict) -> Response:
    """An answer built in its model's shape, as JSON (pydantic's serialiser, the same bytes),
    without validating it against the model: for the long answers (3,000 points of a time
    series, 2,000 rows of map points), whose validation cost ~20 and ~70 ms, their JSON 1 ms."""
    return Response(to_json(answer), media_type="application/json")


@router.get("/points", response_model=models.Points, tags=["events"])
def list_points(conn: Conn, filters: EventFilters,
                limit: Annotated[int, Query(ge=1, le=MAX_POINTS, description="rows (at most 50,000)")] = 20_000):
    """The map's markers: located events, deadliest first, as compact rows (``fields`` names
    the columns). With more events than ``limit``, zoom in: a ``bbox`` narrows them."""
    return _json(queries.points(conn, filters, limit))


@router.get("/events/{event_id}", response_model=models.EventDetail, tags=["events"])
def get_event(conn: Conn, event_id: str):
    """One merged event with its reports: each article's toll, evidence and figures."""
    out = queries.event(conn, event_id)
    if out is None:
        raise HTTPException(404, detail=f"event_id: no merged event {event_id!r}")
    return out


@router.get("/timeseries", response_model=models.Timeseries, tags=["events"])
def timeseries(conn: Conn, filters: EventFilters, interval: Literal["day", "week"] = "day"):
    """Events and summed best tolls per day (or ISO week, by its Monday) and type."""
    return _json(queries.timeseries(conn, filters, interval))


@router.get("/facets", response_model=models.Facets, tags=["events"])
def facets(conn: Conn, filters: EventFilters):
    """Values of the filter menus with their counts (each counted under the other filters)."""
    return queries.facets(conn, filters)


@router.get("/articles", response_model=models.ArticlePage, tags=["articles"])
def list_articles(conn: Conn, q: Text = None, source: Text = None, since: Since = None, until: Until = None,
                  limit: Limit = 100, offset: Offset = 0):
    """Articles, newest first; with ``q`` (words of the title or text, any case and accents,
    a word's start finds the word), best match first. Also publisher, publication days."""
    dates(since, until)
    return queries.articles(conn, q, source, since, until, limit, offset)


@router.get("/articles/{article_id}", response_model=models.ArticleDetail, tags=["articles"])
def get_article(conn: Conn, article_id: str, q: Text = None):
    """One article: its text, its extraction record, and the spans of what was found in it;
    with ``q``, also the words of that search (facet ``search``)."""
    out = queries.article(conn, article_id, q)
    if out is None:
        raise HTTPException(404, detail=f"article_id: no article {article_id!r}")
    return out


@router.get("/actors", response_model=models.Page[models.Actor], tags=["items"])
def list_actors(conn: Conn, q: Text = None, kind: Text = None, country_: Country = None,
                limit: Limit = 100, offset: Offset = 0):
    """Actors grouped by name, most cited first."""
    return queries.actors(conn, q, kind, country(country_), limit, offset)


@router.get("/places", response_model=models.Page[models.Place], tags=["items"])
def list_places(conn: Conn, q: Text = None, country_: Country = None, limit: Limit = 100, offset: Offset = 0):
    """Places grouped by name and coordinates, most cited first."""
    return queries.places(conn, q, country(country_), limit, offset)


@router.get("/figures", response_model=models.Page[models.Figure], tags=["items"])
def list_figures(conn: Conn, kind: Text = None, source: Text = None, q: Text = None,
                 limit: Limit = 100, offset: Offset = 0):
    """Figures (tolls, displaced...) with their sentence; ``q``: words of the figure or its reporter."""
    return queries.figures(conn, kind, source, q, limit, offset)


@router.get("/quotes", response_model=models.Page[models.Quote], tags=["items"])
def list_quotes(conn: Conn, speaker: Text = None, q: Text = None, limit: Limit = 100, offset: Offset = 0):
    """Quotes by speaker (part of the name) or words of the quote."""
    return queries.quotes(conn, speaker, q, limit, offset)


@router.get("/stats", tags=["store"])
def stats(request: Request) -> dict:
    """What ``veille stats --json`` prints."""
    from veille.store.query import summary
    return summary(request.app.state.reader)


@router.get("/sources", tags=["store"])
def sources(conn: Conn) -> dict:
    """The watched feeds' health (``veille watch``): last fetch and success, articles a day,
    failures and the last one's reason, next fetch; and the newest article's ingest time."""
    from veille.watch.state import health
    return health(conn)
