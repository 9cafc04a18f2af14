"""Reports of one real-world event, across articles, merged into one event.

Each article's events are *reports*. Two reports are **compatible** when they have

- the same PLOVER type (an airstrike and a shelling are both ASSAULT: agencies name the same
  strike differently);
- overlapping dates: their intervals overlap or are at most one day apart (a single date is
  the interval of one day, so "lundi" and "mardi" may be the same night's attack);
- places close enough for the coarser of the two: 25 km for a site, district or city,
  50 km for an admin2, 100 km (or the same admin1) for an admin1, and the same country when
  either is a country or a vague region;
- compatible actors: the same acting actor, or one of them not named, or the state, government
  and military of one country (agencies word them differently), or a generic class ("rebels",
  "jihadists", "gunmen") and a named armed group;
- not two different days from one source (the day of tolerance is for agencies dating one
  event differently; one agency's Monday strike and its "nouvelle frappe mardi" are two).

Only reports that can be placed on a map and a calendar take part: status ``occurred`` or
``announced``, a resolved date no longer than 31 days, and a place. The others stay in
``events``, unmerged.

Grouping is a function of the set of reports, never of the order they came in:

1. compatible reports are linked, and the **components** of that graph are found;
2. each component is split into **merged events** by complete linkage (every member is
   compatible with every other one), visiting its reports sorted by (first day, last day,
   article id, event id) and putting each into the compatible group whose farthest member is
   nearest (in days, then in km), else into a new group;
3. ids are hashes of the member keys.

A merge recomputes, from scratch, only the components that hold an event of an article that
changed (``merge_queue``) or that held one before: a component without such an event has the
same members as before and so the same split. ``rebuild`` recomputes everything.

Figures stay per source (``merged_event_reports.fatalities``): a source (the article's
publisher) stands by the highest toll it has given for the event, the latest report winning
ties, so a later, higher toll supersedes an earlier one. Over the sources' standing tolls:
``low`` is the smallest (ACLED's conservative figure), ``high`` the largest, and ``best`` the
value given by the most sources when one value is given by more sources than any other,
else the median (the lower middle value for an even count).
"""
from __future__ import annotations

import functools

import datetime as dt
import hashlib
import logging
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import sqlalchemy as sa

from veille.resolve.gazetteer import haversine_km
from veille.store import cells, schema as t, summaries
from veille.store.schema import MAX_SPAN_DAYS

log = logging.getLogger(__name__)

MERGED_STATUSES = ("occurred", "announced")
DAY_TOLERANCE = dt.timedelta(days=1)
REACH_KM = {"local": 25.0, "admin2": 50.0, "admin1": 100.0}   # "country": same country
FEATURE_RANK = {"site": 0, "district": 1, "city": 2, "admin2": 3, "admin1": 4, "region": 5,
                "country": 6, "continent": 7}
_CHUNK = 500


@dataclass(frozen=True)
class Report:
    """One event of one article, as the merge sees it."""
    article_id: str
    event_id: str
    type: str
    mode: str | None
    status: str
    start: dt.date
    end: dt.date
    location: str | None
    feature: str | None
    precision: int | None
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    source_actor: str | None
    target_actor: str | None
    acled_event_type: str | None
    acled_sub_event_type: str | None
    fatalities: int | None
    evidence: str | None
    source: str                 # who published the article: its source, URL host, or "article:<id>"
    published: str | None

    @property
    def key(self) -> tuple[str, str]:
        return self.article_id, self.event_id

    @property
    def sort_key(self) -> tuple:
        return self.start, self.end, self.article_id, self.event_id

    @property
    def level(self) -> str:
        f, p = self.feature, self.precision
        if f in ("country", "continent", "region") or (f is None and (p or 0) >= 6):
            return "country"
        if f == "admin1" or (f is None and p in (4, 5)):
            return "admin1"
        if f == "admin2" or (f is None and p == 3):
            return "admin2"
        return "local"


def source_key(source: str | None, url: str | None, article_id: str) -> str:
    if source and source.strip():
        return source.strip()
    host = urlsplit(url).hostname if url else None
    if host:
        return host.removeprefix("www.")
    return f"article:{article_id}"


def distance_km(a: Report, b: Report) -> float | None:
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def places_compatible(a: Report, b: Report) -> bool:
    if "country" in (a.level, b.level) or distance_km(a, b) is None:
        return bool(a.country) and a.country == b.country
    if "admin1" in (a.level, b.level) and a.admin1 and a.admin1 == b.admin1 and a.country == b.country:
        return True     # a province is often wider than 100 km: a town inside it matches it
    return distance_km(a, b) <= max(REACH_KM[a.level], REACH_KM[b.level])


@functools.lru_cache(maxsize=4096)
def state_apparatus(actor: str) -> str | None:
    """The country whose state, government or military ``actor`` (a canonical name) is:
    "Russia" and "Russian Armed Forces" act for one state, as agencies word it differently
    ("frappes russes", "l'armée russe")."""
    e = _kb().lookup(actor)
    return e.country if e is not None and e.kind in ("state", "government", "military") else None


def _kb():
    # names are looked up in the actor table, whose aliases hold every language's spellings:
    # reports in French and in English meet in one table
    from veille.resolve.actor_kb import actor_table
    return actor_table()


@functools.lru_cache(maxsize=4096)
def actor_class(actor: str) -> str | None:
    """"generic" for a class the press uses for an armed group it does not name ("les
    rebelles", "des jihadistes", "des hommes armés": KB ids ``gen.*``), "armed_group" for a
    named armed group, else None."""
    e = _kb().lookup(actor)
    if e is None:
        return None
    if e.id.startswith("gen."):
        return "generic"
    return "armed_group" if e.kind == "armed_group" else None


def actors_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b or a == b:
        return True
    ca = state_apparatus(a)
    if ca is not None and ca == state_apparatus(b):
        return True
    # "les rebelles" two paragraphs after "les rebelles du M23": a generic class may be any armed
    # group (not a state force)
    classes = {actor_class(a), actor_class(b)}
    return "generic" in classes and classes <= {"generic", "armed_group"}


def day_gap(a: Report, b: Report) -> int:
    """Days between two reports' dates (0 when they overlap)."""
    return max((a.start - b.end).days, (b.start - a.end).days, 0)


def compatible(a: Report, b: Report) -> bool:
    if a.type != b.type:
        return False
    if a.start > b.end + DAY_TOLERANCE or b.start > a.end + DAY_TOLERANCE:
        return False
    # the day of tolerance is for agencies dating one event differently: one source giving two
    # different days (Monday's strike, then "une nouvelle frappe mardi") tells two events
    if a.source == b.source and day_gap(a, b) > 0:
        return False
    if not actors_compatible(a.source_actor, b.source_actor):
        return False
    return places_compatible(a, b)


def _mergeable_clause():
    e = t.events
    return sa.and_(e.c.status.in_(MERGED_STATUSES), e.c.date_start.is_not(None), e.c.date_end.is_not(None),
                   sa.or_(e.c.lat.is_not(None), e.c.country.is_not(None)))


def _select_reports():
    e, a = t.events, t.articles
    return (sa.select(e.c.article_id, e.c.event_id, e.c.type, e.c.mode, e.c.status, e.c.date_start,
                      e.c.date_end, e.c.location, e.c.feature, e.c.precision, e.c.admin1, e.c.country,
                      e.c.lat, e.c.lon, e.c.source_actor, e.c.target_actor, e.c.acled_event_type,
                      e.c.acled_sub_event_type, e.c.fatalities, e.c.evidence, a.c.source, a.c.url,
                      a.c.published)
            .join(a, a.c.id == e.c.article_id)
            .where(_mergeable_clause()))


def _report(row) -> Report | None:
    start, end = row.date_start, row.date_end
    if (end - start).days >= MAX_SPAN_DAYS:
        return None
    return Report(article_id=row.article_id, event_id=row.event_id, type=row.type, mode=row.mode,
                  status=row.status, start=start, end=end, location=row.location, feature=row.feature,
                  precision=row.precision, admin1=row.admin1, country=row.country, lat=row.lat,
                  lon=row.lon, source_actor=row.source_actor, target_actor=row.target_actor,
                  acled_event_type=row.acled_event_type, acled_sub_event_type=row.acled_sub_event_type,
                  fatalities=row.fatalities, evidence=row.evidence,
                  source=source_key(row.source, row.url, row.article_id), published=row.published)


def _chunks(seq, n=_CHUNK):
    seq = list(seq)
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


class _Pool:
    """Mergeable reports, fetched from the database as the search needs them."""

    def __init__(self, conn):
        self.conn = conn
        self.reports: dict[tuple[str, str], Report] = {}
        self._windows: dict[tuple[str, dt.date, dt.date], list[Report]] = {}

    def _add_rows(self, rows) -> list[Report]:
        out = []
        for row in rows:
            r = _report(row)
            if r is not None:
                out.append(self.reports.setdefault(r.key, r))
        return out

    def of_articles(self, article_ids) -> list[Report]:
        out = []
        for chunk in _chunks(sorted(set(article_ids))):
            out += self._add_rows(self.conn.execute(_select_reports().where(t.events.c.article_id.in_(chunk))))
        return out

    def get(self, keys) -> list[Report]:
        by_article = defaultdict(set)
        for aid, eid in keys:
            by_article[aid].add(eid)
        return [r for r in self.of_articles(by_article) if r.event_id in by_article[r.article_id]]

    def neighbours(self, r: Report) -> list[Report]:
        k = (r.type, r.start, r.end)
        if k not in self._windows:
            e = t.events.c
            lo, hi = r.start - DAY_TOLERANCE, r.end + DAY_TOLERANCE
            rows = self.conn.execute(_select_reports().where(
                e.type == r.type, e.date_start <= hi, e.date_end >= lo,
                e.date_start >= lo - dt.timedelta(days=MAX_SPAN_DAYS)))
            self._windows[k] = self._add_rows(rows)
        return [x for x in self._windows[k] if x.key != r.key and compatible(r, x)]

    def component(self, seed: Report, seen: set) -> list[Report]:
        out, stack = [], [seed]
        seen.add(seed.key)
        while stack:
            r = stack.pop()
            out.append(r)
            for x in self.neighbours(r):
                if x.key not in seen:
                    seen.add(x.key)
                    stack.append(x)
        return out


def _hash(prefix: str, keys) -> str:
    text = "\n".join(f"{a}#{e}" for a, e in sorted(keys))
    return prefix + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def split(component: list[Report]) -> list[list[Report]]:
    """Complete-linkage groups of a component, independent of the order it is given in."""
    groups: list[list[Report]] = []
    for r in sorted(component, key=lambda x: x.sort_key):
        best, best_far = None, None
        for g in groups:
            if not all(compatible(r, m) for m in g):
                continue
            # the group dated nearest first (a strike on Tuesday joins Tuesday's reports, not
            # Monday's strike a day before), then the nearest in space
            far = (max(day_gap(r, m) for m in g), max((distance_km(r, m) or 0.0) for m in g))
            if best is None or far < best_far:
                best, best_far = g, far
        if best is None:
            groups.append([r])
        else:
            best.append(r)
    return groups


def _most_common(values, default=None):
    counted = Counter(v for v in values if v is not None)
    if not counted:
        return default
    top = max(counted.values())
    return min(v for v, n in counted.items() if n == top)


def combine_tolls(tolls: list[int]) -> tuple[int | None, int | None, int | None]:
    """(low, best, high) over the sources' standing tolls (see the module's doc)."""
    if not tolls:
        return None, None, None
    tolls = sorted(tolls)
    counted = Counter(tolls)
    top = max(counted.values())
    leaders = [v for v, n in counted.items() if n == top]
    best = leaders[0] if top > 1 and len(leaders) == 1 else statistics.median_low(tolls)
    return tolls[0], best, tolls[-1]


def standing_tolls(group: list[Report]) -> dict[str, Report]:
    """Per source, the report whose toll it stands by (its highest; the latest on ties)."""
    out: dict[str, Report] = {}
    for r in group:
        if r.fatalities is None:
            continue
        cur = out.get(r.source)
        if cur is None or (r.fatalities, r.published or "", r.key) > (cur.fatalities, cur.published or "", cur.key):
            out[r.source] = r
    return out


def summarise(group: list[Report], component: str) -> tuple[dict, list[dict]]:
    """The merged_events row and the merged_event_reports rows of one group."""
    mid = _hash("m-", (r.key for r in group))
    standing = standing_tolls(group)
    low, best, high = combine_tolls([r.fatalities for r in standing.values()])
    start, end = max(r.start for r in group), min(r.end for r in group)
    if start > end:     # members one day apart: the most precise member's date
        nearest = min(group, key=lambda r: ((r.end - r.start).days, r.sort_key))
        start, end = nearest.start, nearest.end
    finest = min(FEATURE_RANK.get(r.feature, 8) for r in group)
    at_finest = [r for r in group if FEATURE_RANK.get(r.feature, 8) == finest]
    name = _most_common(r.location for r in at_finest)
    place = min((r for r in at_finest if r.location == name), key=lambda r: r.sort_key)
    acled = _most_common((r.acled_event_type, r.acled_sub_event_type) for r in group if r.acled_event_type)
    first = min(group, key=lambda r: (r.published or "", r.article_id, r.event_id))
    sources = sorted({r.source for r in group})
    row = dict(id=mid, component=component, type=group[0].type, mode=_most_common(r.mode for r in group),
               status="occurred" if any(r.status == "occurred" for r in group) else group[0].status,
               date_start=start, date_end=end, location=place.location, feature=place.feature,
               precision=place.precision, admin1=place.admin1, country=place.country, lat=place.lat,
               lon=place.lon, cell=cells.cell_of(place.lat, place.lon), source_actor=_most_common(r.source_actor for r in group),
               target_actor=_most_common(r.target_actor for r in group),
               acled_event_type=acled[0] if acled else None, acled_sub_event_type=acled[1] if acled else None,
               fatalities_low=low, fatalities_best=best, fatalities_high=high, n_reports=len(group),
               n_sources=len(sources), sources="; ".join(s for s in sources if not s.startswith("article:")) or None,
               notes=first.evidence)
    links = [dict(article_id=r.article_id, event_id=r.event_id, merged_id=mid, source=r.source,
                  published=r.published, fatalities=r.fatalities,
                  counted=standing.get(r.source) is r) for r in group]
    return row, links


@dataclass
class MergeResult:
    articles: int = 0           # queued articles processed
    components: int = 0         # components recomputed
    removed: int = 0            # merged events deleted (before rewriting)
    written: int = 0            # merged events written
    seconds: float = 0.0
    ids: set = field(default_factory=set, repr=False)


def run(store, *, full: bool = False) -> MergeResult:
    """Merge the reports of the queued articles (``full``: of all articles), in one transaction."""
    import time

    t0 = time.perf_counter()
    res = MergeResult()
    with store.begin() as conn:
        if full:
            queued = list(conn.scalars(sa.select(t.articles.c.id)))
        else:
            queued = list(conn.scalars(sa.select(t.merge_queue.c.article_id)))
        res.articles = len(queued)
        if not queued and not full:
            return res
        pool = _Pool(conn)
        links = t.merged_event_reports.c
        merged = t.merged_events.c

        def components_of(merged_ids) -> set[str]:
            out = set()
            for chunk in _chunks(merged_ids):
                out |= set(conn.scalars(sa.select(merged.component).where(merged.id.in_(chunk))))
            return out

        def members_of(components) -> set[tuple[str, str]]:
            out = set()
            for chunk in _chunks(components):
                out |= {(aid, eid) for aid, eid in conn.execute(
                    sa.select(links.article_id, links.event_id).join(t.merged_events, merged.id == links.merged_id)
                    .where(merged.component.in_(chunk)))}
            return out

        old_components: set[str] = set()
        if full:
            old_components = set(conn.scalars(sa.select(merged.component)))
        else:
            for chunk in _chunks(queued):
                ids = set(conn.scalars(sa.select(links.merged_id).where(links.article_id.in_(chunk))))
                old_components |= components_of(ids)
        seeds = pool.of_articles(queued) + pool.get(members_of(old_components))
        seen: set[tuple[str, str]] = set()
        comps: list[list[Report]] = []
        while seeds:
            for s in sorted(seeds, key=lambda r: r.sort_key):
                if s.key not in seen:
                    comps.append(pool.component(s, seen))
            # a component may now hold reports that were grouped elsewhere before: recompute
            # those old components too, so that no old group keeps a member twice
            reached = {r.key for c in comps for r in c}
            by_article = defaultdict(set)
            for aid, eid in reached:
                by_article[aid].add(eid)
            touched = set()
            for chunk in _chunks(by_article):
                for aid, eid, mid in conn.execute(sa.select(links.article_id, links.event_id, links.merged_id)
                                                  .where(links.article_id.in_(chunk))):
                    if eid in by_article[aid]:
                        touched.add(mid)
            new_old = components_of(touched) - old_components
            old_components |= new_old
            seeds = [r for r in pool.get(members_of(new_old)) if r.key not in seen]
        # out with the old groups of these components (they hold every link of a queued article)...
        days, grid = set(), set()       # first days and cells whose summaries change
        for chunk in _chunks(old_components):
            ids = list(conn.scalars(sa.select(merged.id).where(merged.component.in_(chunk))))
            for ids_chunk in _chunks(ids):
                for day, cell in conn.execute(sa.select(merged.date_start, merged.cell).where(merged.id.in_(ids_chunk))):
                    days.add(day)
                    grid.add(cell)
                conn.execute(t.merged_event_reports.delete().where(links.merged_id.in_(ids_chunk)))
                res.removed += conn.execute(t.merged_events.delete().where(merged.id.in_(ids_chunk))).rowcount
        # in with the recomputed ones
        rows, link_rows = [], []
        for comp in comps:
            ckey = _hash("c-", (r.key for r in comp))
            for group in split(comp):
                row, lr = summarise(group, ckey)
                rows.append(row)
                link_rows += lr
                res.ids.add(row["id"])
        if rows:
            conn.execute(t.merged_events.insert(), rows)
            conn.execute(t.merged_event_reports.insert(), link_rows)
        orphans = _drop_orphans(conn)
        days |= {r["date_start"] for r in rows} | {day for day, _ in orphans}
        grid |= {r["cell"] for r in rows} | {cell for _, cell in orphans}
        summaries.refresh(conn, days)
        cells.refresh(conn, grid)
        for chunk in _chunks(queued):
            conn.execute(t.merge_queue.delete().where(t.merge_queue.c.article_id.in_(chunk)))
        res.components, res.written = len(comps), len(rows)
    res.seconds = time.perf_counter() - t0
    log.info("merge: %d article(s), %d component(s), %d merged event(s) written, %d removed",
             res.articles, res.components, res.written, res.removed)
    return res


def _drop_orphans(conn) -> set:
    """Delete the merged events left without members (their articles' events went away);
    their (first day, cell)s."""
    m, links = t.merged_events, t.merged_event_reports
    orphan = ~sa.exists().where(links.c.merged_id == m.c.id)
    gone = {(day, cell) for day, cell in conn.execute(sa.select(m.c.date_start, m.c.cell).where(orphan))}
    if gone:
        conn.execute(m.delete().where(orphan))
    return gone


def rebuild(store) -> MergeResult:
    """Recompute every merged event from the events table."""
    return run(store, full=True)
