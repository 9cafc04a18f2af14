"""Shared fixtures: one pipeline for the whole session (loading spaCy takes seconds), and
stores on every backend.

Store tests take ``new_store`` (a factory of empty stores) or ``corpus_path``/``corpus_db``
(the test corpus ingested); all three are parametrized over SQLite and PostgreSQL, so the
same suite runs on both. PostgreSQL runs when ``VEILLE_TEST_PG_URL`` names a server
(``.ci/run`` starts one with scripts/start-postgres.sh); each test gets its own database,
created on that server and dropped at the end of the session.
"""
from __future__ import annotations

import json
import os
import pathlib
import uuid

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
SHARED_EVAL = ROOT.parent / "shared" / "eval"
OWN_DATA = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def nlp():
    from veille.nlp.pipeline import get_pipeline
    return get_pipeline("fr")


@pytest.fixture(scope="session")
def extract():
    import veille
    return veille.extract


def gold_sets():
    """(name, articles dir, gold dir) for the development sets present on this machine."""
    sets = []
    if (SHARED_EVAL / "gold").is_dir():
        sets.append(("shared", SHARED_EVAL / "articles", SHARED_EVAL / "gold"))
    sets.append(("own", OWN_DATA / "articles", OWN_DATA / "gold"))
    # real Wikinews copy: the texts stay in ../shared (CC BY 2.5), the gold is ours
    if (SHARED_EVAL / "real" / "fr").is_dir():
        sets.append(("real-fr", SHARED_EVAL / "real" / "fr", OWN_DATA / "real" / "fr"))
    return sets


# the real articles kept blind, per language (see tests/data/real/README.md)
REAL_BLIND = {"fr": OWN_DATA / "real" / "blind.txt", "en": OWN_DATA / "real" / "blind-en.txt"}


def blind_stems(lang: str = "fr") -> tuple[str, ...]:
    path = REAL_BLIND.get(lang)
    lines = path.read_text(encoding="utf-8").splitlines() if path is not None and path.exists() else []
    return tuple(x.strip() for x in lines if x.strip() and not x.startswith("#"))


def load_gold(path: pathlib.Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


BACKENDS = ("sqlite", "postgresql")
PG_URL = os.environ.get("VEILLE_TEST_PG_URL")


class PgDatabases:
    """Throwaway databases on the test PostgreSQL server."""

    def __init__(self, url: str):
        import sqlalchemy as sa
        from veille import store

        self.url = store.db_url(url)
        self.admin = sa.create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.made: list[str] = []

    def new(self, label: str = "t") -> str:
        name = f"veille_{label[:20].lower()}_{uuid.uuid4().hex[:8]}"
        name = "".join(c if c.isalnum() or c == "_" else "_" for c in name)
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')   # a name made here, not input
        self.made.append(name)
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self.admin.connect() as conn:
            for name in self.made:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_databases():
    if not PG_URL:
        pytest.skip("PostgreSQL: set VEILLE_TEST_PG_URL (.ci/run starts a server with scripts/start-postgres.sh)")
    pytest.importorskip("psycopg")
    dbs = PgDatabases(PG_URL)
    yield dbs
    dbs.drop_all()


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@pytest.fixture
def new_store(backend, request, tmp_path):
    """A factory of empty stores on this test's backend: ``new_store("name")`` gives a path
    (SQLite) or a URL (PostgreSQL) that ``store.open`` and ``--db`` take."""
    if backend == "sqlite":
        return lambda name="veille": str(tmp_path / f"{name}.db")
    dbs = request.getfixturevalue("pg_databases")
    return lambda name="veille": dbs.new(name)


@pytest.fixture(scope="session")
def pg_corpus(tmp_path_factory, pg_databases) -> str:
    """The test corpus in PostgreSQL: the SQLite corpus store's records ingested there."""
    from test_ingest import fill_like, shared_store
    url = pg_databases.new("corpus")
    fill_like(shared_store(tmp_path_factory), url)
    return url


@pytest.fixture(scope="module", params=BACKENDS)
def corpus_path(request, tmp_path_factory):
    """The test corpus ingested once per session and backend (see test_ingest.shared_store):
    a path (SQLite) or URL (PostgreSQL). Open it read-only, or copy it with ``copy_store``."""
    if request.param == "postgresql":
        return request.getfixturevalue("pg_corpus")
    from test_ingest import shared_store
    return str(shared_store(tmp_path_factory))


@pytest.fixture(scope="module")
def corpus_db(corpus_path):
    from veille import store
    with store.open(corpus_path, readonly=True) as db:
        yield db


@pytest.fixture
def corpus_new_store(corpus_path, tmp_path, request):
    """A factory of empty stores on the corpus store's backend (to compare with it)."""
    if "://" in corpus_path:
        dbs = request.getfixturevalue("pg_databases")
        return lambda name="veille": dbs.new(name)
    return lambda name="veille": str(tmp_path / f"{name}.db")


@pytest.fixture
def corpus_copy(corpus_path, corpus_new_store) -> str:
    """A writable copy of the corpus store, on its backend."""
    from test_ingest import copy_store
    return copy_store(corpus_path, corpus_new_store("copy"))
