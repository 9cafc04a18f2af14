"""The store: a corpus of articles, their extraction records, and the events they report.

>>> from veille import store
>>> db = store.open("veille.db")                 # SQLite file (WAL), or a postgresql:// URL
>>> result = store.ingest(["feeds/"], db)        # read, extract, write; merges reports into events
>>> db.counts()["merged_events"]

``schema`` holds the tables, ``ingestion`` writes articles (one transaction each), ``merge``
groups the reports of one real-world event, ``query`` selects events with the CLI's filters.
Reading a store does not load the extraction pipeline: ``ingestion`` is imported on first use.
"""
from veille.store.db import DEFAULT_DB, Store, StoreError, db_url, open
from veille.store.query import Filters

__all__ = ["open", "Store", "StoreError", "DEFAULT_DB", "db_url", "ingest", "IngestResult", "Filters"]


def __getattr__(name: str):
    if name in ("ingest", "IngestResult"):
        from veille.store import ingestion
        globals()[name] = value = getattr(ingestion, name)
        return value
    raise AttributeError(f"module 'veille.store' has no attribute {name!r}")
