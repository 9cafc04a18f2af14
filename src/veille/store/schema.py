"""The store's tables: the one definition (SQLAlchemy Core) that code and migrations follow.

``articles`` holds what was read, ``reports`` the extraction record of each article as JSON
(the source of truth), and ``actors``/``places``/``figures``/``quotes``/``events`` the same
record flattened for queries, keyed by ``(article_id, <record item id>)``. ``merged_events``
groups the events that several articles report of one real-world event
(``veille.store.merge``); ``merged_event_reports`` links each member event to its group.
``merge_queue`` lists the articles whose events changed since the last merge, so that a merge
interrupted by a crash is redone by the next run. ``failures`` lists inputs that could not be
read or extracted.

A change here needs a new Alembic revision in ``veille/migrations/versions``;
``tests/test_store.py`` fails when the migrated database and this module disagree.
"""
from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})


def _article_fk() -> sa.Column:
    return sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id"), primary_key=True)


articles = sa.Table(
    "articles", metadata,
    sa.Column("id", sa.String(512), primary_key=True),
    sa.Column("sha256", sa.String(64), nullable=False),      # of the body text, as the record's
    sa.Column("text", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("source", sa.Text),                     # who published it (AFP, Reuters...)
    sa.Column("url", sa.Text),
    sa.Column("published", sa.Text),                         # ISO date as given
    sa.Column("lang", sa.String(8)),
    sa.Column("ingested_at", sa.DateTime, nullable=False),   # UTC
    sa.Index(None, "source"),
    sa.Index(None, "published"),
)

reports = sa.Table(
    "reports", metadata,
    _article_fk(),
    sa.Column("record_json", sa.Text, nullable=False),       # canonical JSON (sorted keys)
    sa.Column("record_sha256", sa.String(64), nullable=False),
    sa.Column("extractor_version", sa.Text, nullable=False),
)

actors = sa.Table(
    "actors", metadata,
    _article_fk(),
    sa.Column("actor_id", sa.String(32), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(32)),
    sa.Column("country", sa.String(2)),
    sa.Column("wikidata", sa.String(32)),
    sa.Column("role", sa.Text),
    sa.Column("affiliation", sa.String(32)),
    sa.Column("aliases", sa.Text),                           # JSON list
    sa.Index(None, "name"),
)

places = sa.Table(
    "places", metadata,
    _article_fk(),
    sa.Column("place_id", sa.String(32), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("feature", sa.String(32)),
    sa.Column("country", sa.String(2)),
    sa.Column("admin1", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("precision", sa.Integer),
    sa.Column("geonames_id", sa.BigInteger),
    sa.Index(None, "lat", "lon"),
    sa.Index(None, "country"),
)

figures = sa.Table(
    "figures", metadata,
    _article_fk(),
    sa.Column("figure_id", sa.String(32), primary_key=True),
    sa.Column("kind", sa.String(32), nullable=False),
    sa.Column("group", sa.Text),
    sa.Column("low", sa.BigInteger),
    sa.Column("best", sa.BigInteger, nullable=False),
    sa.Column("high", sa.BigInteger),
    sa.Column("qualifier", sa.String(32)),
    sa.Column("reported_by", sa.Text),                # actor name
    sa.Column("place_id", sa.String(32)),
    sa.Column("date", sa.String(32)),
    sa.Column("part_of", sa.String(32)),
    sa.Column("span_start", sa.Integer),
    sa.Column("span_end", sa.Integer),
    # what the count covers (record figure.scope): event | cumulative | period, with its days
    sa.Column("scope", sa.String(16)),
    sa.Column("scope_start", sa.String(10)),
    sa.Column("scope_end", sa.String(10)),
    sa.Column("event_id", sa.String(32)),                    # the first event listing the figure
    sa.Index(None, "kind"),
    sa.Index(None, "scope", "kind"),                         # the series: tolls by scope
)

quotes = sa.Table(
    "quotes", metadata,
    _article_fk(),
    sa.Column("quote_id", sa.String(32), primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("speaker", sa.Text),                    # actor name
    sa.Column("speaker_text", sa.Text),
    sa.Column("kind", sa.String(32)),
    sa.Column("span_start", sa.Integer),
    sa.Column("span_end", sa.Integer),
)

events = sa.Table(
    "events", metadata,
    _article_fk(),
    sa.Column("event_id", sa.String(32), primary_key=True),
    sa.Column("type", sa.String(16), nullable=False),        # PLOVER
    sa.Column("mode", sa.String(64)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("date", sa.String(32)),                        # the record's value: day, month, week, "A/B"
    sa.Column("date_start", sa.Date),                        # its first and last day
    sa.Column("date_end", sa.Date),
    sa.Column("place_id", sa.String(32)),
    sa.Column("location", sa.Text),                   # the place's name
    sa.Column("feature", sa.String(32)),
    sa.Column("precision", sa.Integer),
    sa.Column("admin1", sa.Text),
    sa.Column("country", sa.String(2)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("source_actor", sa.Text),               # actor names
    sa.Column("target_actor", sa.Text),
    sa.Column("reported_by", sa.Text),
    sa.Column("fatalities", sa.BigInteger),                  # killed figures of the event; null: none given
    sa.Column("acled_event_type", sa.String(64)),
    sa.Column("acled_sub_event_type", sa.String(64)),
    sa.Column("trigger", sa.Text),
    sa.Column("span_start", sa.Integer),
    sa.Column("span_end", sa.Integer),
    sa.Column("evidence", sa.Text),                          # the text of the span
    sa.Index(None, "date_start", "date_end"),
    sa.Index(None, "lat", "lon"),
    sa.Index(None, "type", "date_start"),
    sa.Index(None, "country"),
    sa.Index(None, "source_actor"),
)

failures = sa.Table(
    "failures", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("origin", sa.Text, nullable=False),            # file (and line or entry)
    sa.Column("article_id", sa.String(512)),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),            # UTC
    sa.Index(None, "article_id"),
)

# the longest a merged event spans (veille.store.merge): a longer date ("depuis novembre") is
# background, not an event. Readers use it to bound date ranges by first day.
MAX_SPAN_DAYS = 31                      # longer dates ("depuis novembre") are background, not an event

merged_events = sa.Table(
    "merged_events", metadata,
    sa.Column("id", sa.String(32), primary_key=True),        # "m-" + hash of its member keys
    sa.Column("component", sa.String(32), nullable=False),   # hash of its compatibility component
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("mode", sa.String(64)),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("date_start", sa.Date, nullable=False),
    sa.Column("date_end", sa.Date, nullable=False),
    sa.Column("location", sa.Text),
    sa.Column("feature", sa.String(32)),
    sa.Column("precision", sa.Integer),
    sa.Column("admin1", sa.Text),
    sa.Column("country", sa.String(2)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("source_actor", sa.Text),
    sa.Column("target_actor", sa.Text),
    sa.Column("acled_event_type", sa.String(64)),
    sa.Column("acled_sub_event_type", sa.String(64)),
    sa.Column("fatalities_low", sa.BigInteger),
    sa.Column("fatalities_best", sa.BigInteger),
    sa.Column("fatalities_high", sa.BigInteger),
    sa.Column("n_reports", sa.Integer, nullable=False),
    sa.Column("n_sources", sa.Integer, nullable=False),
    sa.Column("sources", sa.Text),                           # "AFP; Reuters", sorted
    sa.Column("notes", sa.Text),                             # evidence of the first report
    sa.Column("cell", sa.Integer),                           # its 0.1° grid cell (veille.store.cells, 0007)
    sa.Index(None, "date_start", "date_end"),
    sa.Index(None, "lat", "lon"),
    sa.Index(None, "type", "date_start"),
    sa.Index(None, "country"),
    sa.Index(None, "source_actor"),
    sa.Index(None, "component"),
    # for the HTTP API at a million rows: sort by toll; a country's events in date order; the
    # time series (grouped by day and type) read from the index alone
    sa.Index(None, "fatalities_best"),
    sa.Index(None, "country", "date_start", "type", "fatalities_best"),
    sa.Index(None, "date_start", "type", "fatalities_best", "date_end"),
    sa.Index(None, "lat", "lon", "date_start", "id"),      # a box's page of ids without reading rows
    # the map's points of a country, deadliest first, from the index alone: every column of a
    # point (0006; the point's other columns since 0009)
    sa.Index("ix_merged_events_points", "country", "fatalities_best", "id", "lat", "lon", "type", "mode", "location",
             "date_start", "date_end", "fatalities_low", "fatalities_high", "n_sources"),
    # a box's events by cell, and the first (or last) days' in date order, from the index (0007)
    sa.Index(None, "cell", "lat", "lon", "date_start", "id"),
    sa.Index(None, "date_start", "id", "lat", "lon"),
)

# the events without coordinates (a few): the map counts a country's located events as its
# events (from the summaries) less these (0009)
UNLOCATED = sa.or_(merged_events.c.lat.is_(None), merged_events.c.lon.is_(None))
sa.Index("ix_merged_events_unlocated", merged_events.c.country, sqlite_where=UNLOCATED, postgresql_where=UNLOCATED)

merged_event_reports = sa.Table(
    "merged_event_reports", metadata,
    # no foreign key to events: when an article is replaced its events go at once and its links
    # go with the next merge (merge_queue), in the merge's own transaction
    sa.Column("article_id", sa.String(512), primary_key=True),
    sa.Column("event_id", sa.String(32), primary_key=True),
    sa.Column("merged_id", sa.String(32), sa.ForeignKey("merged_events.id"), nullable=False),
    sa.Column("source", sa.Text, nullable=False),     # the article's source, or "article:<id>"
    sa.Column("published", sa.Text),
    sa.Column("fatalities", sa.BigInteger),                  # this report's toll
    sa.Column("counted", sa.Boolean, nullable=False),        # the toll its source stands by
    sa.Index(None, "merged_id"),
    sa.Index(None, "source", "merged_id"),     # the API's source facet
    sa.Index(None, "merged_id", "source"),     # the API's source filter (does this event have ...)
)

# Aggregates of merged_events kept by the merge (veille.store.summaries), so that the
# dashboard's first questions (menus, time series, totals) read a few thousand rows at a
# million events: per first day, type and country; per first day and type; per publisher,
# first day, type and country; and the same per month. "" stands for an unknown country.
def _summary(name: str, period: str | None, *keys: str, index: tuple[str, ...] = ()) -> sa.Table:
    """A summary table: events (``n``) and summed best tolls (``dead``) per ``keys`` (any of
    source, period, type, country; ``period`` names the day or month column, None for all time)."""
    types = {"source": sa.Text, "type": sa.String(16), "country": sa.String(2)}
    if period:
        types[period] = sa.Date
    return sa.Table(name, metadata,
                    *(sa.Column(k, types[k], primary_key=True) for k in keys),
                    sa.Column("n", sa.Integer, nullable=False),
                    sa.Column("dead", sa.BigInteger, nullable=False),
                    *([sa.Index(None, *index)] if index else []))


summary_day = _summary("summary_day", "day", "day", "type", "country", index=("country", "day"))
summary_day_type = _summary("summary_day_type", "day", "day", "type")
summary_day_source = _summary("summary_day_source", "day", "source", "day", "type", "country", index=("day",))
# per first day and country, and per first day and publisher (0011): the menus of a date range
# without other filters read a row per day and value (a 30-day window at a million events: 840
# and 360 rows instead of 5,800 of summary_day and 20,700 of summary_day_source)
summary_day_country = _summary("summary_day_country", "day", "day", "country")
summary_day_publisher = _summary("summary_day_publisher", "day", "day", "source")
summary_month = _summary("summary_month", "month", "month", "type", "country")    # month: its first day
summary_month_source = _summary("summary_month_source", "month", "source", "month", "type", "country",
                                index=("month",))
# all time (0006): the menus without a date range read a few hundred rows (a few thousand per
# publisher) instead of every month's
summary_total = _summary("summary_total", None, "type", "country")
summary_total_source = _summary("summary_total_source", None, "source", "type", "country")
# per ISO week (its Monday; 0006): the weekly time series reads 260 rows for five years
# (country, week, type, n, dead): a country's weekly series from the index alone (0010)
summary_week = _summary("summary_week", "week", "week", "type", "country",
                        index=("country", "week", "type", "n", "dead"))
summary_week_type = _summary("summary_week_type", "week", "week", "type")
# merged events per 0.1° grid cell (veille.store.cells; 0007): a box's count from its inner cells
summary_cell = sa.Table(
    "summary_cell", metadata,
    sa.Column("cell", sa.Integer, primary_key=True, autoincrement=False),
    sa.Column("n", sa.Integer, nullable=False),
)
SUMMARIES = (summary_day, summary_day_type, summary_day_source, summary_month, summary_month_source,
             summary_total, summary_total_source, summary_week, summary_week_type,
             summary_day_country, summary_day_publisher)
SUMMARIES_0006 = (summary_total, summary_total_source, summary_week, summary_week_type)
SUMMARIES_0011 = (summary_day_country, summary_day_publisher)

merge_queue = sa.Table(
    "merge_queue", metadata,
    sa.Column("article_id", sa.String(512), primary_key=True),
)

# ---- veille watch (veille.watch): feeds followed, pages seen, text signatures ----------------

watch_sources = sa.Table(
    "watch_sources", metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("url", sa.String(2048), nullable=False),       # the feed, as given
    sa.Column("name", sa.Text),
    sa.Column("lang", sa.String(8)),
    sa.Column("publisher", sa.Text),
    sa.Column("interval_s", sa.Integer, nullable=False),
    sa.Column("etag", sa.Text),                              # validators of the last full read
    sa.Column("last_modified", sa.Text),
    sa.Column("added_at", sa.DateTime, nullable=False),      # UTC, like every time below
    sa.Column("last_fetch_at", sa.DateTime),
    sa.Column("last_status", sa.String(16)),                 # "200", "304" or "failed"
    sa.Column("last_success_at", sa.DateTime),
    sa.Column("last_error", sa.Text),
    sa.Column("failures_in_row", sa.Integer, nullable=False),
    sa.Column("next_due_at", sa.DateTime),
    sa.Index(None, "url", unique=True),
)

watch_items = sa.Table(
    "watch_items", metadata,
    # one row per page URL (normalised): what became of it. A "stored" item is the article's
    # first publication, a "duplicate" another outlet's copy of a stored text (same article_id).
    # "pending": its article is being written (article_id names it before it exists, hence no
    # foreign key); a crash leaves it so, and the next start finishes or forgets it
    sa.Column("url", sa.String(2048), primary_key=True),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("watch_sources.id"), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),      # pending, stored, duplicate, failed
    sa.Column("article_id", sa.String(512)),
    sa.Column("title", sa.Text),
    sa.Column("publisher", sa.Text),
    sa.Column("author", sa.Text),
    sa.Column("published", sa.Text),
    sa.Column("similarity", sa.Float),                       # of a duplicate to its article's text
    sa.Column("tries", sa.Integer, nullable=False),
    sa.Column("reason", sa.Text),                            # of the last failure
    sa.Column("first_seen", sa.DateTime, nullable=False),
    sa.Column("last_try", sa.DateTime, nullable=False),
    sa.Index(None, "article_id"),
    sa.Index(None, "source_id", "first_seen"),
)

watch_signatures = sa.Table(
    "watch_signatures", metadata,
    # the MinHash of each stored article's text, for near-duplicate lookups after a restart
    sa.Column("article_id", sa.String(512), sa.ForeignKey("articles.id"), primary_key=True),
    sa.Column("minhash", sa.LargeBinary, nullable=False),
)

watch_failures = sa.Table(
    "watch_failures", metadata,
    # every failed fetch (feed or page) with its reason
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("watch_sources.id"), nullable=False),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("at", sa.DateTime, nullable=False),
    sa.Index(None, "source_id", "at"),
)

FACETS = (actors, places, figures, quotes, events)
