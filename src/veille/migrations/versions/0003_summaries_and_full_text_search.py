"""summaries of merged events kept by the merge, and a full-text index of titles, texts, quotes, actors

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06

The API's menus, time series and totals at a million merged events read the summary tables
(per first day and month, by type and country, and by publisher: veille.store.summaries)
instead of the events; a store that already holds events gets them computed here. Full-text
search (veille.store.search) is an FTS5 table on SQLite and a GIN-indexed text-search vector
on PostgreSQL, over folded text; existing articles are indexed here.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('summary_day',
                    sa.Column('day', sa.Date(), nullable=False),
                    sa.Column('type', sa.String(length=16), nullable=False),
                    sa.Column('country', sa.String(length=2), nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.Column('dead', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('day', 'type', 'country', name=op.f('pk_summary_day')))
    with op.batch_alter_table('summary_day', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_summary_day_country_day'), ['country', 'day'], unique=False)
    op.create_table('summary_day_type',
                    sa.Column('day', sa.Date(), nullable=False),
                    sa.Column('type', sa.String(length=16), nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.Column('dead', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('day', 'type', name=op.f('pk_summary_day_type')))
    for name, period in (('summary_day_source', 'day'), ('summary_month_source', 'month')):
        op.create_table(name,
                        sa.Column('source', sa.Text(), nullable=False),
                        sa.Column(period, sa.Date(), nullable=False),
                        sa.Column('type', sa.String(length=16), nullable=False),
                        sa.Column('country', sa.String(length=2), nullable=False),
                        sa.Column('n', sa.Integer(), nullable=False),
                        sa.Column('dead', sa.BigInteger(), nullable=False),
                        sa.PrimaryKeyConstraint('source', period, 'type', 'country', name=op.f(f'pk_{name}')))
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f'ix_{name}_{period}'), [period], unique=False)
    op.create_table('summary_month',
                    sa.Column('month', sa.Date(), nullable=False),
                    sa.Column('type', sa.String(length=16), nullable=False),
                    sa.Column('country', sa.String(length=2), nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.Column('dead', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('month', 'type', 'country', name=op.f('pk_summary_month')))
    from veille.store import search, summaries

    conn = op.get_bind()
    search.create(conn)
    summaries.rebuild(conn, with_0006=False)     # the all-time and weekly tables come with 0006
    search.rebuild(conn)


def downgrade() -> None:
    from veille.store import search

    search.drop(op.get_bind())
    for name, period in (('summary_day_source', 'day'), ('summary_month_source', 'month')):
        with op.batch_alter_table(name, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f'ix_{name}_{period}'))
        op.drop_table(name)
    for name in ('summary_month', 'summary_day_type'):
        op.drop_table(name)
    with op.batch_alter_table('summary_day', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_summary_day_country_day'))
    op.drop_table('summary_day')
