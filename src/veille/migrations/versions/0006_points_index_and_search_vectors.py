"""all-time and weekly summaries; map points from an index; PostgreSQL's search vectors stored

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-06

``summary_total`` and ``summary_total_source`` hold the events and tolls per type and country
(and publisher) over all time, kept by the merge like the day and month summaries
(veille.store.summaries): the dashboard's first menus, and a publisher's, read a few hundred
rows instead of every month's (tens of thousands at a million events). ``summary_week`` and
``summary_week_type`` hold them per ISO week (its Monday), type (and country): the weekly time
series of five years reads 260 weeks' rows instead of 1,800 days'.

``/api/points?country=UA&limit=2000`` read and sorted every event of the country (~140,000
at a million events) to keep its 2,000 deadliest, and counted the located ones on the rows.
With (country, fatalities_best, id, lat, lon) the page is a backward walk of the index (ties
by id, newest first, as ``-fatalities`` sorts) and the count reads the index alone.

On PostgreSQL, ``search_fts`` stores each row's text-search vector (``tsv``, a generated
column) with a GIN index on it, instead of a GIN index on ``to_tsvector(body)``: checking and
ranking a candidate row read its vector instead of parsing its text again
(veille.store.search.store_vectors). SQLite's FTS5 table is unchanged.
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('summary_total',
                    sa.Column('type', sa.String(length=16), nullable=False),
                    sa.Column('country', sa.String(length=2), nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.Column('dead', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('type', 'country', name=op.f('pk_summary_total')))
    op.create_table('summary_total_source',
                    sa.Column('source', sa.Text(), nullable=False),
                    sa.Column('type', sa.String(length=16), nullable=False),
                    sa.Column('country', sa.String(length=2), nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.Column('dead', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('source', 'type', 'country', name=op.f('pk_summary_total_source')))
    op.create_table('summary_week',
                    sa.Column('week', sa.Date(), nullable=False),
                    sa.Column('type', sa.String(length=16), nullable=False),
                    sa.Column('country', sa.String(length=2), nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.Column('dead', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('week', 'type', 'country', name=op.f('pk_summary_week')))
    with op.batch_alter_table('summary_week', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_summary_week_country_week'), ['country', 'week'], unique=False)
    op.create_table('summary_week_type',
                    sa.Column('week', sa.Date(), nullable=False),
                    sa.Column('type', sa.String(length=16), nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.Column('dead', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('week', 'type', name=op.f('pk_summary_week_type')))
    with op.batch_alter_table('merged_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merged_events_country_fatalities_best_id_lat_lon'),
                              ['country', 'fatalities_best', 'id', 'lat', 'lon'], unique=False)
    from veille.store import search, summaries

    conn = op.get_bind()
    summaries.fill_0006(conn)
    if conn.dialect.name != "sqlite":
        search.store_vectors(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        from veille.store import search
        search.unstore_vectors(conn)
    with op.batch_alter_table('merged_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merged_events_country_fatalities_best_id_lat_lon'))
    op.drop_table('summary_week_type')
    with op.batch_alter_table('summary_week', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_summary_week_country_week'))
    op.drop_table('summary_week')
    op.drop_table('summary_total_source')
    op.drop_table('summary_total')
