"""A record flattened into the store's rows (the inverse lives in ``reports.record_json``)."""
from __future__ import annotations

import hashlib
import json
from collections import defaultdict

from veille.record import Event, Figure, Record
from veille.resolve.dates import date_bounds


def record_json(rec: Record) -> str:
    """Canonical JSON of a record: same record, same bytes (keys sorted, no spaces)."""
    return json.dumps(rec.to_dict(), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def event_fatalities(ev: Event, figures: dict[str, Figure]) -> int | None:
    """The deaths an event's own figures count, or None when it has no killed figure.

    Killed figures linked to the event are added up, except that a figure which is part of
    another linked one ("dont 5 enfants") is not counted twice, and that tolls of the same
    group given by different reporters ("14 morts selon l'armée", "20 selon une ONG") are
    alternatives, not additions: per group, the largest reporter total counts."""
    linked = [figures[f] for f in ev.figures if f in figures and figures[f].kind == "killed"]
    if not linked:
        return None
    ids = {f.id for f in linked}
    by_group: dict[str, dict[str | None, int]] = defaultdict(lambda: defaultdict(int))
    for f in linked:
        if f.part_of in ids:
            continue
        by_group[f.group][f.reported_by] += int(f.best)
    return sum(max(per_reporter.values()) for per_reporter in by_group.values())


def event_days(ev: Event, figures: dict[str, Figure]):
    """An event's first and last day: its date's, unless all its figures are running totals or
    period counts ("600 000 personnes ont fui les combats depuis le début de l'année"): then it
    is the background those count, and spans their days (so the merge, which keeps events of
    at most a month, leaves it out)."""
    start, end = date_bounds(ev.date)
    linked = [figures[f] for f in ev.figures if f in figures]
    spans = [(date_bounds(f.scope_start)[0], date_bounds(f.scope_end)[1]) for f in linked
             if f.scope in ("cumulative", "period") and f.scope_start and f.scope_end]
    if linked and len(spans) == len(linked) and all(a and b for a, b in spans):
        return min([a for a, _ in spans] + ([start] if start else [])), max([b for _, b in spans] + ([end] if end else []))
    return start, end


def record_rows(rec: Record, text: str | None) -> dict[str, list[dict]]:
    """Rows for the facet tables (actors, places, figures, quotes, events) of one record."""
    aid = rec.article.id
    actor_names = {a.id: a.name for a in rec.actors}
    places = {p.id: p for p in rec.places}
    figures = {f.id: f for f in rec.figures}
    figure_event: dict[str, str] = {}
    for e in rec.events:
        for fid in e.figures:
            figure_event.setdefault(fid, e.id)
    rows: dict[str, list[dict]] = {}
    rows["actors"] = [dict(article_id=aid, actor_id=a.id, name=a.name, kind=a.kind, country=a.country,
                           wikidata=a.wikidata, role=a.role, affiliation=a.affiliation,
                           aliases=json.dumps(a.aliases, ensure_ascii=False)) for a in rec.actors]
    rows["places"] = [dict(article_id=aid, place_id=p.id, name=p.name, feature=p.feature, country=p.country,
                           admin1=p.admin1, lat=p.lat, lon=p.lon, precision=p.precision,
                           geonames_id=p.geonames_id) for p in rec.places]
    rows["figures"] = [dict(article_id=aid, figure_id=f.id, kind=f.kind, group=f.group, low=f.low, best=f.best,
                            high=f.high, qualifier=f.qualifier, reported_by=actor_names.get(f.reported_by),
                            place_id=f.place, date=f.date, part_of=f.part_of,
                            span_start=f.span[0], span_end=f.span[1], scope=f.scope, scope_start=f.scope_start,
                            scope_end=f.scope_end, event_id=figure_event.get(f.id)) for f in rec.figures]
    rows["quotes"] = [dict(article_id=aid, quote_id=q.id, text=q.text, speaker=actor_names.get(q.speaker),
                           speaker_text=q.speaker_text, kind=q.kind, span_start=q.span[0], span_end=q.span[1])
                      for q in rec.quotes]
    rows["events"] = []
    for e in rec.events:
        place = places.get(e.place)
        start, end = event_days(e, figures)
        acled = e.acled or {}
        rows["events"].append(dict(
            article_id=aid, event_id=e.id, type=e.type, mode=e.mode, status=e.status, date=e.date,
            date_start=start, date_end=end, place_id=e.place,
            location=place.name if place else None, feature=place.feature if place else None,
            precision=place.precision if place else None, admin1=place.admin1 if place else None,
            country=place.country if place else None, lat=place.lat if place else None,
            lon=place.lon if place else None,
            source_actor=actor_names.get(e.source), target_actor=actor_names.get(e.target),
            reported_by=actor_names.get(e.reported_by), fatalities=event_fatalities(e, figures),
            acled_event_type=acled.get("event_type"), acled_sub_event_type=acled.get("sub_event_type"),
            trigger=e.trigger, span_start=e.span[0], span_end=e.span[1],
            evidence=text[e.span[0]:e.span[1]] if text else None))
    return rows
