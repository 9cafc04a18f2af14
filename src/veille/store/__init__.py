"""The store: a corpus of articles, their extraction records, and the events they report.

>>> from veille import store
>>> db = store.open("veille.db")                 # SQLite file (WAL), or a postgresql:// URL
>>> result = store.ingest(["feeds/"], db)        # read, extract, write; merges reports into events
>>> db.counts()["merged_events"]

``schema`` holds the tables, ``ingestion`` writes articles (one transaction each), ``merge``
groups the reports of one real-world event, ``query`` selects events with the CLI's filters.
See docs/store.md.
"""
from veille.store.db import DEFAULT_DB, Store, StoreError, db_url, open
from veille.store.ingestion import IngestResult, ingest
from veille.store.query import Filters

__all__ = ["open", "Store", "StoreError", "DEFAULT_DB", "db_url", "ingest", "IngestResult", "Filters"]
