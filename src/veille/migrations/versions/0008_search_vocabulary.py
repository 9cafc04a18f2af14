"""SQLite: a vocabulary table over the full-text index

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06

``search_fts_vocab`` (fts5vocab, one row per occurrence, read lazily) tells whether a longer
word starts with a query's word. When none does, veille.store.search asks FTS5 for the word
itself rather than the prefix: the same rows and ranks, but FTS5 reads a word's rows newest
first and stops at the page, where a prefix query first gathers all its rows (430,000 for a
word found in every article at a million events). PostgreSQL: nothing changes.
"""
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from veille.store import search

    search.create_vocabulary(op.get_bind())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS search_fts_vocab")
