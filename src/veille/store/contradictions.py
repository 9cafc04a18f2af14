"""Claims held against reports: what an actor says, and what other reports say happened.

Two kinds of pairs are flagged, each side with its evidence (article, event, words):

- ``truce_then_attack``: a halt, truce or ceasefire announced or agreed by an actor for an
  area from a day (a CONCEDE event of mode ``ceasefire``, or an agreement whose words name a
  truce: ``lang/<code>/claims.toml``), then an attack (ASSAULT, occurred) reported in that
  area after that day and within the truce's length when the text gives one ("une trêve de
  sept jours", else 30 days). The area is the truce's place, or the parties' country when the
  place is abroad (talks "à Djeddah" on a truce in Sudan). ``by_party`` tells whether the
  attacker is the actor who announced it (or its state).
- ``denial_vs_reports``: an actor denies ("a démenti", "nie") an attack, and a report of that
  attack names the actor as the attacker. The attack denied is the denial's own when it is
  an attack with a date and a place, else the attack its article tells before the denial
  ("Le M23 a démenti toute implication").

Pairs are computed from the store's events and merged events on request: one pair per
(claim's merged event or report, attack's merged event).
"""
from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

import sqlalchemy as sa

from veille.lang import load_toml
from veille.resolve.durations import reader as duration_reader
from veille.resolve.gazetteer import haversine_km
from veille.store import schema as t
from veille.store.merge import REACH_KM, source_key, state_apparatus

KINDS = ("truce_then_attack", "denial_vs_reports")
DEFAULT_TRUCE_DAYS = 30      # a truce whose length the text does not give is watched this long
LEVEL = {"country": "country", "continent": "country", "region": "country", "admin1": "admin1", "admin2": "admin2"}


@dataclass
class Side:
    article_id: str
    event_id: str
    source: str                  # the publisher
    actor: str | None
    type: str
    mode: str | None
    status: str
    date: str | None
    location: str | None
    country: str | None
    evidence: str | None
    span: tuple[int, int] | None
    merged_id: str | None = None
    reports: list[str] = field(default_factory=list)    # every report key on this side


@dataclass
class Contradiction:
    id: str
    kind: str
    claim: Side
    report: Side
    note: str
    by_party: bool | None = None

    def to_dict(self) -> dict:
        d = {"id": self.id, "kind": self.kind, "note": self.note, "by_party": self.by_party,
             "claim": dict(vars(self.claim)), "report": dict(vars(self.report))}
        for side in ("claim", "report"):
            d[side]["span"] = list(d[side]["span"]) if d[side]["span"] else None
        return d


@functools.cache
def _claims_rx(lang: str, table: str) -> re.Pattern:
    """The cue words of ``claims.toml`` [table] as one pattern ("*" ends a stem)."""
    try:
        words = load_toml(lang, "claims")[table]["words"]
    except ValueError:          # a language without its data: the French cues
        words = load_toml("fr", "claims")[table]["words"]
    parts = [re.escape(w.rstrip("*")) + (r"\w*" if w.endswith("*") else "") for w in words]
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.I)


def _truce_rx(lang: str) -> re.Pattern:
    return _claims_rx(lang, "truce")


def is_denial(r) -> bool:
    """An attack told as denied, or a rejection whose trigger denies ("a démenti", "denied")."""
    return r.status == "denied" or (r.type == "REJECT" and bool(r.trigger)
                                    and bool(_claims_rx(r.lang or "fr", "denial").search(r.trigger)))


def _durations(lang: str | None):
    try:
        return duration_reader(lang or "fr")
    except ValueError:          # a language without its data: the French units
        return duration_reader("fr")


def _rows(conn, where):
    e, a, links = t.events, t.articles, t.merged_event_reports
    q = (sa.select(e.c.article_id, e.c.event_id, e.c.type, e.c.mode, e.c.status, e.c.date, e.c.date_start,
                   e.c.date_end, e.c.location, e.c.feature, e.c.admin1, e.c.country, e.c.lat, e.c.lon,
                   e.c.source_actor, e.c.target_actor, e.c.evidence, e.c.trigger, e.c.span_start, e.c.span_end,
                   a.c.source, a.c.url, a.c.lang, a.c.published, links.c.merged_id)
         .join(a, a.c.id == e.c.article_id)
         .outerjoin(links, sa.and_(links.c.article_id == e.c.article_id, links.c.event_id == e.c.event_id))
         .where(where))
    return list(conn.execute(q))


def _side(r, reports=None) -> Side:
    return Side(article_id=r.article_id, event_id=r.event_id, source=source_key(r.source, r.url, r.article_id),
                actor=r.source_actor, type=r.type, mode=r.mode, status=r.status, date=r.date,
                location=r.location, country=r.country, evidence=r.evidence,
                span=(r.span_start, r.span_end) if r.span_start is not None else None, merged_id=r.merged_id,
                reports=reports or [f"{r.article_id}#{r.event_id}"])


def same_actor(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    ca = state_apparatus(a)
    return ca is not None and ca == state_apparatus(b)


def _level(feature: str | None) -> str:
    return LEVEL.get(feature or "", "local")


def in_area(area, r) -> bool:
    """Whether report ``r`` is in the area (country, or a place with its reach)."""
    kind, cc, lat, lon, admin1, level = area
    if r.country != cc:
        return False
    if kind == "country" or lat is None or r.lat is None:
        return True
    if level == "admin1" and admin1 and r.admin1 == admin1:
        return True
    return haversine_km(lat, lon, r.lat, r.lon) <= max(REACH_KM.get(level, 25.0), REACH_KM.get(_level(r.feature), 25.0))


def _parties_country(conn, r) -> str | None:
    a = t.actors
    names = [n for n in (r.source_actor, r.target_actor) if n]
    if not names:
        return None
    ccs = {c for c in conn.scalars(sa.select(a.c.country).where(a.c.article_id == r.article_id, a.c.name.in_(names)))
           if c}
    return ccs.pop() if len(ccs) == 1 else None


def _group(rows) -> dict[str, list]:
    """Reports by merged event (an unmerged report is its own group)."""
    out = defaultdict(list)
    for r in rows:
        out[r.merged_id or f"{r.article_id}#{r.event_id}"].append(r)
    return out


def _pick(rows, prefer=lambda r: True):
    return min(rows, key=lambda r: (not prefer(r), r.published or "", r.article_id, r.event_id))


def _cid(kind, a, b) -> str:
    return "c-" + hashlib.sha1(f"{kind}\n{a}\n{b}".encode()).hexdigest()[:14]


def truce_pairs(conn) -> list[Contradiction]:
    e = t.events.c
    cands = _rows(conn, sa.and_(e.type.in_(("CONCEDE", "AGREE")), e.status.in_(("occurred", "announced")),
                                e.date_start.is_not(None)))
    truces = [r for r in cands if (r.type == "CONCEDE" and r.mode == "ceasefire")
              or (r.type == "AGREE" and r.evidence and _truce_rx(r.lang or "fr").search(r.evidence))]
    out = []
    attacks_cache = {}
    for key, group in sorted(_group(truces).items()):
        tr = _pick(group, lambda r: r.source_actor is not None)
        start = min(r.date_start for r in group)
        lengths = [_durations(r.lang).length_of(r.evidence or "") for r in group]
        days = min((d.days for d in lengths if d), default=None)
        end = start + dt.timedelta(days=max(round(days), 1) - 1) if days else start + dt.timedelta(days=DEFAULT_TRUCE_DAYS)
        # the area: its place, or the parties' country when the truce was agreed abroad
        parties_cc = _parties_country(conn, tr)
        if tr.country and parties_cc and parties_cc != tr.country:
            area = ("country", parties_cc, None, None, None, "country")
        elif _level(tr.feature) == "country" or tr.lat is None:
            area = ("country", tr.country or parties_cc, None, None, None, "country")
        else:
            area = ("place", tr.country, tr.lat, tr.lon, tr.admin1, _level(tr.feature))
        if area[1] is None:
            continue
        ck = (area[1], start, end)
        if ck not in attacks_cache:
            attacks_cache[ck] = _rows(conn, sa.and_(e.type == "ASSAULT", e.status == "occurred", e.country == area[1],
                                                    e.date_start > start, e.date_start <= end))
        hits = [r for r in attacks_cache[ck] if in_area(area, r)]
        parties = {a for r in group for a in (r.source_actor, r.target_actor) if a}
        for akey, agroup in sorted(_group(hits).items()):
            rep = _pick(agroup, lambda r: r.source_actor is not None)
            attacker = rep.source_actor
            by_party = None if attacker is None else any(same_actor(attacker, p) for p in parties)
            length = f"{days:g} days" if days else f"length not given, watched {DEFAULT_TRUCE_DAYS} days"
            note = (f"{rep.type.lower()} on {rep.date_start} in {rep.location or rep.country}, "
                    f"{(rep.date_start - start).days} day(s) after the truce from {start} ({length})"
                    + (f" in {area[1]}" if area[0] == "country" else ""))
            out.append(Contradiction(
                id=_cid("truce", key, akey), kind="truce_then_attack",
                claim=_side(tr, sorted(f"{r.article_id}#{r.event_id}" for r in group)),
                report=_side(rep, sorted(f"{r.article_id}#{r.event_id}" for r in agroup)),
                note=note, by_party=by_party))
    return out


def denial_pairs(conn) -> list[Contradiction]:
    e = t.events.c
    denials = [r for r in _rows(conn, sa.or_(e.status == "denied", e.type == "REJECT"))
               if r.source_actor and is_denial(r)]
    out = []
    for d in sorted(denials, key=lambda r: (r.article_id, r.event_id)):
        targets = _denied_attacks(conn, d)
        for key, group in sorted(_group(targets).items()):
            # the other reports of that attack: every member of its merged event
            members = group
            if group[0].merged_id:
                members = _rows(conn, sa.and_(
                    sa.tuple_(e.article_id, e.event_id).in_(
                        sa.select(t.merged_event_reports.c.article_id, t.merged_event_reports.c.event_id)
                        .where(t.merged_event_reports.c.merged_id == group[0].merged_id))))
            naming = [r for r in members if same_actor(r.source_actor, d.source_actor)]
            if not naming:
                continue
            rep = _pick(naming, lambda r: r.article_id != d.article_id)
            note = (f"{d.source_actor} denies the {(rep.mode or rep.type).lower()} of {rep.date_start} in "
                    f"{rep.location or rep.country}; {len({source_key(r.source, r.url, r.article_id) for r in naming})}"
                    f" source(s) name it as the attacker")
            out.append(Contradiction(
                id=_cid("denial", f"{d.article_id}#{d.event_id}", key), kind="denial_vs_reports",
                claim=_side(d), report=_side(rep, sorted(f"{r.article_id}#{r.event_id}" for r in naming)),
                note=note, by_party=True))
    return out


def _denied_attacks(conn, d) -> list:
    e = t.events.c
    if d.type == "ASSAULT" and d.date_start is not None and d.country:
        near = _rows(conn, sa.and_(e.type == "ASSAULT", e.status == "occurred", e.country == d.country,
                                   e.date_start <= d.date_end + dt.timedelta(days=1),
                                   e.date_end >= d.date_start - dt.timedelta(days=1)))
        area = ("place", d.country, d.lat, d.lon, d.admin1, _level(d.feature)) if d.lat is not None else \
            ("country", d.country, None, None, None, "country")
        return [r for r in near if in_area(area, r)]
    # "Le M23 a démenti toute implication": the attack its article tells before the denial
    own = [r for r in _rows(conn, sa.and_(e.article_id == d.article_id, e.type == "ASSAULT", e.status == "occurred"))
           if r.span_start is not None and d.span_start is not None and r.span_start < d.span_start]
    if not own:
        return []
    main = [r for r in own if r.merged_id] or own
    return [min(main, key=lambda r: r.span_start)]


def find(db, *, kind: str | None = None, country: str | None = None, source: str | None = None) -> list[Contradiction]:
    """The flagged pairs of a store (``db``: a Store): of ``kind``, in ``country`` (code or
    name; either side), with ``source`` (a publisher) on either side."""
    with db.connect() as conn:
        return find_in(conn, kind=kind, country=country, source=source)


def find_in(conn, *, kind: str | None = None, country: str | None = None,
            source: str | None = None) -> list[Contradiction]:
    """The same, in an open connection (the HTTP API's read transaction)."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    out = []
    if kind in (None, "truce_then_attack"):
        out += truce_pairs(conn)
    if kind in (None, "denial_vs_reports"):
        out += denial_pairs(conn)
    if country:
        from veille.store.query import country_code
        cc = country_code(country)
        out = [c for c in out if cc in (c.claim.country, c.report.country)]
    if source:
        want = source.casefold()
        out = [c for c in out if want in (c.claim.source.casefold(), c.report.source.casefold())]
    return sorted(out, key=lambda c: (c.report.date or "", c.kind, c.id))


def rows(found: list[Contradiction]):
    """Flat rows for the CSV export: one per pair, the claim's and the report's columns."""
    for c in found:
        row = {"id": c.id, "kind": c.kind, "note": c.note, "by_party": c.by_party}
        for side in ("claim", "report"):
            s = getattr(c, side)
            for k in ("article_id", "event_id", "source", "actor", "type", "status", "date", "location", "country",
                      "merged_id", "evidence"):
                row[f"{side}_{k}"] = getattr(s, k)
            row[f"{side}_reports"] = "; ".join(s.reports)
        yield row
