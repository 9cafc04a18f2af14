"""Full-text search over the store: article titles and texts, quotes, actor names and aliases.

One index, ``search_fts``, per backend: an FTS5 virtual table on SQLite, a table with its
``simple`` text-search vector stored and GIN-indexed on PostgreSQL. Both hold the text *folded* here
(lower case, accents dropped: "ÉTÉ", "été" and "ete" are one word), so the two backends
answer the same ``q`` alike without PostgreSQL's ``unaccent`` extension. Rows are written
by the ingest in the article's own transaction (``index_article``) and ranked at query time
(bm25 on SQLite, ``ts_rank`` on PostgreSQL). The table is not in ``schema.metadata``: its
shape is the backend's own, so migration 0003 creates it (``create``).

>>> fold("Été à Kharkiv")
'ete a kharkiv'
"""
from __future__ import annotations

import re
import unicodedata

import sqlalchemy as sa

TABLE = "search_fts"
# SQLite: which FTS rows belong to which article (an FTS5 table cannot index a column for
# lookups, so deleting an article's rows by article_id would scan the whole index)
ROWS = "search_fts_rows"
# SQLite: the index's words one row per occurrence (fts5vocab "instance", read lazily; 0008):
# whether a longer word starts with a query's word is one probe
VOCAB = "search_fts_vocab"
KINDS = ("article", "quote", "actor")
_WORD = re.compile(r"\w+")


def fold(text: str | None) -> str:
    """Lower case without accents (NFKD, combining marks dropped)."""
    s = unicodedata.normalize("NFKD", (text or "").casefold())
    return "".join(c for c in s if not unicodedata.combining(c))


def terms(q: str | None) -> list[str]:
    """The words of a query, folded ("Frappés, Kharkiv!" -> ["frappes", "kharkiv"])."""
    return _WORD.findall(fold(q))


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """For Alembic's comparisons: the index has each backend's own shape (an FTS5 virtual
    table and its shadow tables on SQLite), so it is not in schema.py nor compared with it."""
    return not (type_ == "table" and name.startswith(TABLE))


def word_spans(text: str | None, words: list[str]) -> list[tuple[int, int]]:
    """Where the folded ``words`` of a query stand in ``text``: the [start, end) character
    offsets of each word of the text that one of them starts (as the search matched it)."""
    if not text or not words:
        return []
    return [(m.start(), m.end()) for m in _WORD.finditer(text)
            if any(fold(m.group()).startswith(w) for w in words)]


def create(conn) -> None:
    """Create the index on this connection's backend (migration 0003)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
            "body, kind UNINDEXED, article_id UNINDEXED, ref UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 2')")
        conn.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {ROWS} (rid INTEGER PRIMARY KEY, "
                             "article_id VARCHAR(512) NOT NULL)")
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_{ROWS}_article_id ON {ROWS} (article_id)")
    else:
        conn.exec_driver_sql(
            f"CREATE TABLE IF NOT EXISTS {TABLE} (id BIGSERIAL PRIMARY KEY, body TEXT NOT NULL, "
            "kind VARCHAR(16) NOT NULL, article_id VARCHAR(512) NOT NULL, ref TEXT)")
        conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_article_id ON {TABLE} (article_id)")
        store_vectors(conn)


def store_vectors(conn) -> None:
    """PostgreSQL: the text-search vector of each row stored (``tsv``, computed from ``body`` by
    the server) and indexed, instead of an index on the expression (migration 0006): matching
    a row or ranking it then reads its vector rather than parsing its text again, which cost
    ~0.1 ms a row (a thousand candidates ranked: 100 ms)."""
    conn.exec_driver_sql(f"ALTER TABLE {TABLE} ADD COLUMN IF NOT EXISTS tsv tsvector "
                         "GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED")
    conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_tsv ON {TABLE} USING gin (tsv)")
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{TABLE}_body")


def unstore_vectors(conn) -> None:
    """PostgreSQL: back to the index on the expression (migration 0006's downgrade)."""
    conn.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS ix_{TABLE}_body ON {TABLE} "
                         "USING gin (to_tsvector('simple', body))")
    conn.exec_driver_sql(f"DROP INDEX IF EXISTS ix_{TABLE}_tsv")
    conn.exec_driver_sql(f"ALTER TABLE {TABLE} DROP COLUMN IF EXISTS tsv")


def drop(conn) -> None:
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {VOCAB}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
    conn.exec_driver_sql(f"DROP TABLE IF EXISTS {ROWS}")


def index_article(conn, article_id: str, title: str | None, text: str | None,
                  quotes: list[dict], actors: list[dict], *, fresh: bool = False) -> None:
    """(Re)write an article's rows: its title and text, each quote, each actor's names.
    ``quotes``/``actors``: the rows written to those tables (``quote_id, text`` and
    ``name, aliases`` as a JSON list). ``fresh``: the article has no rows yet."""
    import json

    if not fresh:
        delete_article(conn, article_id)
    rows = [{"body": fold(f"{title or ''}\n{text or ''}"), "kind": "article", "a": article_id, "ref": None}]
    rows += [{"body": fold(q.get("text")), "kind": "quote", "a": article_id, "ref": q.get("quote_id")}
             for q in quotes if q.get("text")]
    for ac in actors:
        names = [ac.get("name") or ""] + (json.loads(ac["aliases"]) if ac.get("aliases") else [])
        rows.append({"body": fold(" ".join(dict.fromkeys(names))), "kind": "actor", "a": article_id,
                     "ref": ac.get("name")})
    if conn.dialect.name != "sqlite":
        conn.execute(sa.text(f"INSERT INTO {TABLE} (body, kind, article_id, ref) VALUES (:body, :kind, :a, :ref)"),
                     rows)
        return
    for row in rows:
        rid = conn.execute(sa.text(f"INSERT INTO {ROWS} (article_id) VALUES (:a)"), {"a": article_id}).lastrowid
        conn.execute(sa.text(f"INSERT INTO {TABLE} (rowid, body, kind, article_id, ref) "
                             "VALUES (:rid, :body, :kind, :a, :ref)"), {**row, "rid": rid})


def delete_article(conn, article_id: str) -> None:
    if conn.dialect.name != "sqlite":
        conn.execute(sa.text(f"DELETE FROM {TABLE} WHERE article_id = :a"), {"a": article_id})
        return
    rids = list(conn.scalars(sa.text(f"SELECT rid FROM {ROWS} WHERE article_id = :a"), {"a": article_id}))
    for rid in rids:
        conn.execute(sa.text(f"DELETE FROM {TABLE} WHERE rowid = :r"), {"r": rid})
    conn.execute(sa.text(f"DELETE FROM {ROWS} WHERE article_id = :a"), {"a": article_id})


def match(conn, q: str, kind: str):
    """A selectable of ``(article_id, ref, rank, seq)`` for the rows of ``kind`` holding every
    word of ``q`` (each as a word or a word's start: "frappe" finds "frappes"); lower rank is
    better; ``seq`` grows with the order rows were indexed (the newest rows have the highest).
    None when ``q`` has no word."""
    words = terms(q)
    if not words:
        return None
    cols = (sa.column("article_id"), sa.column("ref"), sa.column("rank"), sa.column("seq"))
    if conn.dialect.name == "sqlite":
        # words are \\w+ only: no quote inside. A word no longer word starts is asked for as a
        # word, not a prefix: the same rows and ranks, but FTS5 reads a word's rows newest first
        # and stops at the page, where it gathers every row of a prefix first (430,000 for a
        # word of every article at a million events)
        expr = " ".join(f'"{w}"*' if _starts_longer(conn, w) else f'"{w}"' for w in words)
        return sa.text(f"SELECT article_id, ref, bm25({TABLE}) AS rank, rowid AS seq FROM {TABLE} "
                       f"WHERE {TABLE} MATCH :m AND kind = :k").bindparams(m=expr, k=kind).columns(*cols)
    expr = " & ".join(f"{w}:*" for w in words)
    return sa.text(f"SELECT article_id, ref, -ts_rank(tsv, to_tsquery('simple', :m)) AS rank, id AS seq "
                   f"FROM {TABLE} WHERE tsv @@ to_tsquery('simple', :m) AND kind = :k") \
        .bindparams(m=expr, k=kind).columns(*cols)


def _starts_longer(conn, word: str) -> bool:
    """SQLite: whether the index holds a word longer than ``word`` that it starts (from the
    first occurrence of the first such word; True when the vocabulary table is missing)."""
    try:
        return conn.exec_driver_sql(f"SELECT 1 FROM {VOCAB} WHERE term >= ? AND term <= ? LIMIT 1",
                                    (word + "\x01", word + "\U0010ffff")).first() is not None
    except sa.exc.OperationalError:
        return True


def create_vocabulary(conn) -> None:
    """SQLite: the vocabulary table over the index (migration 0008)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"CREATE VIRTUAL TABLE IF NOT EXISTS {VOCAB} USING fts5vocab({TABLE}, instance)")


def rebuild(conn) -> int:
    """Index every stored article again (migration 0003 on an existing store)."""
    from veille.store import schema as t

    conn.execute(sa.text(f"DELETE FROM {TABLE}"))
    if conn.dialect.name == "sqlite":
        conn.execute(sa.text(f"DELETE FROM {ROWS}"))
    quotes: dict[str, list[dict]] = {}
    for r in conn.execute(sa.select(t.quotes.c.article_id, t.quotes.c.quote_id, t.quotes.c.text)).mappings():
        quotes.setdefault(r["article_id"], []).append(dict(r))
    actors: dict[str, list[dict]] = {}
    for r in conn.execute(sa.select(t.actors.c.article_id, t.actors.c.name, t.actors.c.aliases)).mappings():
        actors.setdefault(r["article_id"], []).append(dict(r))
    n = 0
    for aid, title, text in conn.execute(sa.select(t.articles.c.id, t.articles.c.title, t.articles.c.text)):
        index_article(conn, aid, title, text, quotes.get(aid, []), actors.get(aid, []), fresh=True)
        n += 1
    return n
