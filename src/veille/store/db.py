"""Opening a store: SQLite by default (a file, WAL, one writer), PostgreSQL by URL.

``open(db)`` takes a path (``veille.db``), a ``sqlite:///`` URL or a ``postgresql://`` URL,
brings the schema to the latest Alembic revision and returns a :class:`Store`.
"""
from __future__ import annotations

import os
import pathlib
from importlib import resources

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url

from veille.store import schema

DEFAULT_DB = "veille.db"
# a second writer waits this long for the first one's transaction before giving up
BUSY_TIMEOUT_MS = 60_000


class StoreError(RuntimeError):
    """The store cannot be opened (missing, unreachable, driver not installed...)."""


def db_url(db: str | os.PathLike | None) -> sa.URL:
    """The SQLAlchemy URL for a path or URL; ``postgresql://`` gets the psycopg (v3) driver."""
    db = os.fspath(db) if db is not None else os.environ.get("VEILLE_DB") or DEFAULT_DB
    if "://" not in db:
        return sa.URL.create("sqlite", database=str(pathlib.Path(db)))
    url = make_url(db)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    return url


class Store:
    """An open store: ``engine`` for SQL, plus the few operations the CLI needs."""

    def __init__(self, engine: Engine, *, readonly: bool = False):
        self.engine = engine
        self.readonly = readonly

    @property
    def url(self) -> sa.URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def begin(self):
        """A write transaction (``with store.begin() as conn``); SQLite takes the write lock at once."""
        if self.readonly:
            raise StoreError("this store was opened read-only")
        return self.engine.begin()

    def connect(self):
        return self.engine.connect()

    def counts(self) -> dict[str, int]:
        tables = ("articles", "reports", "actors", "places", "figures", "quotes", "events",
                  "merged_events", "merged_event_reports", "failures", "merge_queue")
        with self.connect() as conn:
            return {t: conn.scalar(sa.select(sa.func.count()).select_from(schema.metadata.tables[t]))
                    for t in tables}

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.url.render_as_string(hide_password=True)!r})"


def open(db: str | os.PathLike | None = None, *, create: bool = True, readonly: bool = False,
         upgrade: bool = True) -> Store:  # noqa: A001 - store.open(url) reads well
    """Open (and, with ``create``, make) the store at ``db`` and migrate it to the latest
    schema. ``readonly`` opens it for reading only (exports, queries): nothing is created
    or migrated, and a store that is missing or not migrated is an error."""
    try:
        url = db_url(db)
    except sa.exc.ArgumentError as exc:
        raise StoreError(f"not a store path or URL: {db!r} ({exc})") from None
    if url.get_backend_name() == "sqlite":
        path = url.database
        if path and path != ":memory:" and pathlib.Path(path).is_dir():
            raise StoreError(f"{path} is a folder, not a SQLite store")
        if path and path != ":memory:" and not pathlib.Path(path).exists():
            if not create or readonly:
                raise StoreError(f"no store at {path} (veille ingest creates it)")
            try:
                pathlib.Path(path).parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(f"cannot create {path}: {exc.strerror or exc}") from None
    try:
        engine = _engine(url, readonly=readonly)
    except ModuleNotFoundError as exc:
        raise StoreError(f"no driver for {url.get_backend_name()}: {exc.name} is missing "
                         f"(pip install 'veille[postgres]')") from None
    except sa.exc.NoSuchModuleError:
        raise StoreError(f"unknown kind of store {url.drivername!r} in {db!r}: give a SQLite file "
                         "path or a postgresql:// URL") from None
    store = Store(engine, readonly=readonly)
    try:
        if readonly:
            _check_current(store)
        elif upgrade:
            migrate(store)
    except sa.exc.DatabaseError as exc:   # unreachable, or a file that is not SQLite
        engine.dispose()
        why = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc.orig).__name__
        raise StoreError(f"cannot open {url.render_as_string(hide_password=True)}: {why}") from None
    except BaseException:
        engine.dispose()
        raise
    return store


def _engine(url: sa.URL, *, readonly: bool) -> Engine:
    if url.get_backend_name() != "sqlite":
        return sa.create_engine(url, pool_pre_ping=True)
    engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _sqlite_connect(dbapi_conn, _record):
        # pysqlite's own transaction handling is off: the "begin" hook below says BEGIN
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if not readonly and url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode=WAL")   # readers never block the writer, nor it them
        cur.execute("PRAGMA synchronous=NORMAL")     # with WAL: a commit survives a killed process
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(conn):
        # one writer at a time: a write transaction takes the lock when it starts, so two
        # writers queue up (busy_timeout) instead of failing halfway through
        conn.exec_driver_sql("BEGIN" if readonly else "BEGIN IMMEDIATE")

    return engine


def _alembic_config(connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("veille").joinpath("migrations")))
    cfg.attributes["connection"] = connection
    return cfg


def migrate(store: Store, revision: str = "head") -> None:
    """``alembic upgrade head`` on the store, in one transaction."""
    from alembic import command

    with store.engine.begin() as conn:
        command.upgrade(_alembic_config(conn), revision)


def current_revision(store: Store) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with store.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config(None)).get_current_head()


def _check_current(store: Store) -> None:
    rev = current_revision(store)
    if rev != head_revision():
        raise StoreError(f"the store at {store.url.render_as_string(hide_password=True)} is at schema "
                         f"revision {rev or 'none'}, not {head_revision()}; run veille ingest to migrate it")
