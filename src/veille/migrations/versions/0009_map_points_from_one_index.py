"""the map's points from one index; the events without coordinates indexed apart

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06

``/api/points?country=UA&limit=2000`` walked ``(country, fatalities_best, id, lat, lon)`` for
the deadliest events, then fetched each one's row for its other columns (2,000 table lookups).
``ix_merged_events_points`` holds every column of a point after those, so the page is read
from the index alone. The count of a country's located events was a count of its index
entries (~140,000 at a million events); it is now its events from the summaries less those
without coordinates, which the partial index ``ix_merged_events_unlocated`` holds (a few).
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

POINTS = ['country', 'fatalities_best', 'id', 'lat', 'lon', 'type', 'mode', 'location', 'date_start', 'date_end',
          'fatalities_low', 'fatalities_high', 'n_sources']


def upgrade() -> None:
    where = sa.text('lat IS NULL OR lon IS NULL')
    with op.batch_alter_table('merged_events', schema=None) as batch_op:
        batch_op.drop_index('ix_merged_events_country_fatalities_best_id_lat_lon')
        batch_op.create_index('ix_merged_events_points', POINTS, unique=False)
        batch_op.create_index('ix_merged_events_unlocated', ['country'], unique=False,
                              sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    with op.batch_alter_table('merged_events', schema=None) as batch_op:
        batch_op.drop_index('ix_merged_events_unlocated')
        batch_op.drop_index('ix_merged_events_points')
        batch_op.create_index('ix_merged_events_country_fatalities_best_id_lat_lon',
                              ['country', 'fatalities_best', 'id', 'lat', 'lon'], unique=False)
