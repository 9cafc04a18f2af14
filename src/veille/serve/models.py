"""The API's answers as pydantic models: they document ``/openapi.json`` and check what the
routes return (a field the code forgets, or one of the wrong type, is a server error in the
tests rather than a silent change of the contract in docs/api.md)."""
from __future__ import annotations

import datetime as dt
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

T = TypeVar("T")
Span = tuple[int, int]


class Error(BaseModel):
    detail: str = Field(description="what was wrong, naming the parameter")


class Page(BaseModel, Generic[T]):
    total: int = Field(description="rows matching the filters, over all pages")
    limit: int
    offset: int
    items: list[T]


class Event(BaseModel):
    id: str
    type: str
    mode: str | None
    status: str
    date_start: dt.date
    date_end: dt.date
    location: str | None
    admin1: str | None
    country: str | None
    country_name: str | None
    lat: float | None
    lon: float | None
    precision: int | None
    feature: str | None
    source_actor: str | None
    target_actor: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    n_reports: int
    n_sources: int
    sources: list[str]
    notes: str | None


class FigureValues(BaseModel):
    """What a figure says, shared by a report's figures and the figure search."""
    kind: str
    group: str | None
    low: int | None
    best: int
    high: int | None
    qualifier: str | None
    reported_by: str | None
    span: Span | None


class ReportFigure(FigureValues):
    id: str


class Report(BaseModel):
    article_id: str
    event_id: str
    title: str | None
    source: str
    published: str | None
    url: str | None
    fatalities: int | None = Field(description="this report's toll")
    counted: bool = Field(description="the toll its source stands by (its highest, latest)")
    reported_by: str | None
    trigger: str | None
    evidence: str | None = Field(description="the text of the event's span")
    span: Span | None
    figures: list[ReportFigure]


class EventDetail(Event):
    reports: list[Report]


class ArticleMeta(BaseModel):
    id: str
    title: str | None
    source: str | None
    published: str | None
    url: str | None
    lang: str | None


class Article(ArticleMeta):
    n_events: int


class ArticlePage(Page[Article]):
    total_capped: bool = Field(default=False, description="with q: more articles match than were ranked "
                                                          "(the 1,000 most recently indexed, or offset + limit "
                                                          "if more): total is then a lower bound")
    terms: list[str] = Field(default=[], description="the words of q as the search matched them "
                                                     "(lower case, accents dropped), for highlighting")


class TextSpan(BaseModel):
    start: int
    end: int
    facet: Literal["event", "figure", "quote", "place", "actor", "timex", "search"]
    item_id: str | None
    label: str | None


class ArticleDetail(ArticleMeta):
    model_config = ConfigDict(json_schema_extra={"description": "an article, its text and what was found in it"})
    text: str | None
    spans: list[TextSpan]
    record: dict = Field(description="the stored extraction record (veille.article/1)")


class Actor(BaseModel):
    name: str
    kind: str | None
    country: str | None
    wikidata: str | None
    n_articles: int


class Place(BaseModel):
    name: str
    feature: str | None
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    n_articles: int


class Figure(FigureValues):
    article_id: str
    figure_id: str
    date: str | None
    place: str | None
    evidence: str | None = Field(description="the sentence holding the figure")


class Quote(BaseModel):
    article_id: str
    quote_id: str
    text: str
    speaker: str | None
    speaker_text: str | None
    kind: str | None
    span: Span | None
    source: str | None
    published: str | None


class Period(BaseModel):
    period: dt.date = Field(description="the day, or the ISO week's Monday")
    type: str
    events: int
    fatalities: int = Field(description="sum of the best tolls (events without a toll add 0)")


class Points(BaseModel):
    total: int = Field(description="located events matching the filters (the rows may be fewer: limit)")
    fields: list[str] = Field(description="the names of each row's values, in order")
    rows: list[list[str | float | int | dt.date | None]]


class Timeseries(BaseModel):
    interval: Literal["day", "week"]
    series: list[Period]


class FacetValue(BaseModel):
    value: str
    n: int


class CountryValue(BaseModel):
    value: str
    name: str | None
    n: int


class Facets(BaseModel):
    types: list[FacetValue]
    countries: list[CountryValue]
    sources: list[FacetValue]
    date_min: dt.date | None
    date_max: dt.date | None


class ArticleIn(BaseModel):
    """One article to extract and store (the JSON Lines keys of ``veille ingest``)."""
    model_config = ConfigDict(extra="forbid")
    id: str | None = Field(None, max_length=512)
    text: str = Field(min_length=1)
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    lang: str | None = Field(None, max_length=8)


class IngestFailure(BaseModel):
    id: str | None
    origin: str
    reason: str


class IngestOut(BaseModel):
    added: int
    replaced: int
    unchanged: int
    failed: int
    failures: list[IngestFailure]
    ids: list[str | None] = Field(description="the posted articles' ids, in order (given, else from the url, "
                                              "else the text hash; null for one refused before it had one)")
