"""The extraction record of spec/extraction.md (format ``veille.article/1``).

Plain dataclasses, one per facet, and their (de)serialisation. Every other part of
veille (store, exports, API, scorer) reads this shape, so fields keep their meaning;
new fields may be added.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

FORMAT = "veille.article/1"

Span = tuple[int, int]


@dataclass
class ArticleMeta:
    id: str
    title: str | None = None
    lang: str = "fr"
    published: str | None = None
    source: str | None = None
    url: str | None = None
    sha256: str | None = None
    text: str | None = None  # carried only when the body was extracted (HTML, feeds)
    decoding: str | None = None  # only when the input was not clean UTF-8: what was done to it


@dataclass
class Actor:
    id: str
    name: str
    kind: str = "other"
    country: str | None = None
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    affiliation: str | None = None
    role: str | None = None


@dataclass
class Place:
    id: str
    name: str
    feature: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    part: str | None = None
    precision: int | None = None  # UCDP where_prec: 1 exact site ... 6 country
    admin1: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    # "à 35 km à l'ouest d'Alep": points placed relative to this place
    # ({"km", "direction", "bearing", "lat", "lon", "span"})
    relative: list[dict] = field(default_factory=list)


@dataclass
class Timex:
    text: str
    span: Span
    value: str | None


@dataclass
class Figure:
    id: str
    kind: str
    group: str
    best: int
    span: Span
    low: int | None = None
    high: int | None = None
    qualifier: str = "exact"
    reported_by: str | None = None
    place: str | None = None
    date: str | None = None
    part_of: str | None = None
    # what the count covers (nlp/figure_scope.py): "event", "cumulative" (a running total
    # since scope_start, as of scope_end) or "period" (scope_start to scope_end); the cue's words
    scope: str | None = None
    scope_start: str | None = None
    scope_end: str | None = None
    scope_span: Span | None = None


@dataclass
class Quote:
    id: str
    text: str
    span: Span
    speaker: str | None = None
    speaker_text: str | None = None
    kind: str = "direct"


@dataclass
class Event:
    id: str
    type: str
    span: Span
    mode: str | None = None
    status: str = "occurred"
    source: str | None = None
    target: str | None = None
    reported_by: str | None = None
    place: str | None = None
    date: str | None = None
    figures: list[str] = field(default_factory=list)
    acled: dict[str, str] | None = None
    trigger: str | None = None


@dataclass
class Record:
    article: ArticleMeta
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        article = dataclasses.asdict(self.article)
        for optional in ("text", "decoding"):
            if article.get(optional) is None:
                article.pop(optional, None)
        out: dict[str, Any] = {"format": FORMAT, "article": article}
        for facet in ("actors", "places", "timexes", "figures", "quotes", "events"):
            out[facet] = [_listify(dataclasses.asdict(x)) for x in getattr(self, facet)]
        return out

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Record":
        if data.get("format") not in (None, FORMAT):
            raise ValueError(f"unknown record format {data.get('format')!r}")
        meta_fields = {f.name for f in dataclasses.fields(ArticleMeta)}
        art = ArticleMeta(**{k: v for k, v in data["article"].items() if k in meta_fields})
        kinds = {"actors": Actor, "places": Place, "timexes": Timex, "figures": Figure,
                 "quotes": Quote, "events": Event}
        rec = cls(article=art)
        for facet, typ in kinds.items():
            names = {f.name for f in dataclasses.fields(typ)}
            items = []
            for raw in data.get(facet) or []:
                item = {k: v for k, v in raw.items() if k in names}
                for key in ("span", "scope_span"):
                    if key in item and item[key] is not None:
                        item[key] = tuple(item[key])
                if "mentions" in item:
                    item["mentions"] = [tuple(m) for m in item["mentions"]]
                items.append(typ(**item))
            setattr(rec, facet, items)
        return rec


def _listify(d: dict[str, Any]) -> dict[str, Any]:
    """Tuples become lists so the JSON is the same whether built here or re-read."""
    return {k: (list(v) if isinstance(v, tuple) else
                [list(x) if isinstance(x, tuple) else x for x in v] if isinstance(v, list) else v)
            for k, v in d.items()}


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
