"""events per first day and country, and per first day and publisher

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-06

The menus of a date range (``/api/facets?since=...&until=...``) counted each menu's days on
the day summary that holds every key: per country, ``summary_day`` (day, type, country: 5,800
rows for a 30-day window at a million events); per publisher, ``summary_day_source`` (source,
day, type, country: 20,700 rows). ``summary_day_country`` and ``summary_day_publisher`` hold
the events and tolls per first day and country, and per first day and publisher, kept by the
merge with the other day summaries (veille.store.summaries): 840 and 360 rows for those
menus. The types' menu, and the count of events of a window, read ``summary_day_type``
(day, type) instead of ``summary_day`` when no country is asked for.
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('summary_day_country',
                    sa.Column('day', sa.Date(), nullable=False),
                    sa.Column('country', sa.String(length=2), nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.Column('dead', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('day', 'country', name=op.f('pk_summary_day_country')))
    op.create_table('summary_day_publisher',
                    sa.Column('day', sa.Date(), nullable=False),
                    sa.Column('source', sa.Text(), nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.Column('dead', sa.BigInteger(), nullable=False),
                    sa.PrimaryKeyConstraint('day', 'source', name=op.f('pk_summary_day_publisher')))
    from veille.store import summaries

    summaries.fill_0011(op.get_bind())


def downgrade() -> None:
    op.drop_table('summary_day_publisher')
    op.drop_table('summary_day_country')
