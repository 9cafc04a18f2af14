"""watch: sources, items, signatures, failures

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-06

The state of `veille watch` (veille.watch) in the store, so that a restart resumes: the feeds
followed with their validators, schedule and failures in a row; every page URL seen and what
became of it (stored article, another outlet's copy of one, failure); the MinHash signature
of each stored text for near-duplicate lookups; a log of failed fetches with their reasons.
New tables only: nothing existing is rewritten.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('watch_sources',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=False),
    sa.Column('name', sa.Text(), nullable=True),
    sa.Column('lang', sa.String(length=8), nullable=True),
    sa.Column('publisher', sa.Text(), nullable=True),
    sa.Column('interval_s', sa.Integer(), nullable=False),
    sa.Column('etag', sa.Text(), nullable=True),
    sa.Column('last_modified', sa.Text(), nullable=True),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('last_fetch_at', sa.DateTime(), nullable=True),
    sa.Column('last_status', sa.String(length=16), nullable=True),
    sa.Column('last_success_at', sa.DateTime(), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('failures_in_row', sa.Integer(), nullable=False),
    sa.Column('next_due_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_sources'))
    )
    with op.batch_alter_table('watch_sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_watch_sources_url'), ['url'], unique=True)

    op.create_table('watch_failures',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('url', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['watch_sources.id'], name=op.f('fk_watch_failures_source_id_watch_sources')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_watch_failures'))
    )
    with op.batch_alter_table('watch_failures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_watch_failures_source_id_at'), ['source_id', 'at'], unique=False)

    op.create_table('watch_items',
    sa.Column('url', sa.String(length=2048), nullable=False),
    sa.Column('source_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('article_id', sa.String(length=512), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('publisher', sa.Text(), nullable=True),
    sa.Column('author', sa.Text(), nullable=True),
    sa.Column('published', sa.Text(), nullable=True),
    sa.Column('similarity', sa.Float(), nullable=True),
    sa.Column('tries', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('first_seen', sa.DateTime(), nullable=False),
    sa.Column('last_try', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['source_id'], ['watch_sources.id'], name=op.f('fk_watch_items_source_id_watch_sources')),
    sa.PrimaryKeyConstraint('url', name=op.f('pk_watch_items'))
    )
    with op.batch_alter_table('watch_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_watch_items_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_watch_items_source_id_first_seen'), ['source_id', 'first_seen'], unique=False)

    op.create_table('watch_signatures',
    sa.Column('article_id', sa.String(length=512), nullable=False),
    sa.Column('minhash', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_watch_signatures_article_id_articles')),
    sa.PrimaryKeyConstraint('article_id', name=op.f('pk_watch_signatures'))
    )


def downgrade() -> None:
    op.drop_table('watch_signatures')
    with op.batch_alter_table('watch_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_items_source_id_first_seen'))
        batch_op.drop_index(batch_op.f('ix_watch_items_article_id'))

    op.drop_table('watch_items')
    with op.batch_alter_table('watch_failures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_failures_source_id_at'))

    op.drop_table('watch_failures')
    with op.batch_alter_table('watch_sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_watch_sources_url'))

    op.drop_table('watch_sources')
