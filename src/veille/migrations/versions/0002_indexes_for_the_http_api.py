"""indexes for the HTTP API (veille serve): toll sort, country by date, time series, source

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03

At a million merged events the API's main queries must not scan the table: sorting by the
best toll, a country's events in date order, the day-by-type time series read from an index
alone (date_start, type, toll, date_end), a bounding box's page of ids read from an index
alone (lat, lon, date_start, id), and the source facet and filter over the member reports
(source, merged_id; merged_id, source). Creating them is index-only work (no table copy).
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('merged_event_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merged_event_reports_source_merged_id'), ['source', 'merged_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_merged_event_reports_merged_id_source'), ['merged_id', 'source'],
                              unique=False)

    with op.batch_alter_table('merged_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merged_events_country_date_start_type_fatalities_best'),
                              ['country', 'date_start', 'type', 'fatalities_best'], unique=False)
        batch_op.create_index(batch_op.f('ix_merged_events_date_start_type_fatalities_best_date_end'),
                              ['date_start', 'type', 'fatalities_best', 'date_end'], unique=False)
        batch_op.create_index(batch_op.f('ix_merged_events_fatalities_best'), ['fatalities_best'], unique=False)
        batch_op.create_index(batch_op.f('ix_merged_events_lat_lon_date_start_id'), ['lat', 'lon', 'date_start', 'id'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('merged_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merged_events_lat_lon_date_start_id'))
        batch_op.drop_index(batch_op.f('ix_merged_events_fatalities_best'))
        batch_op.drop_index(batch_op.f('ix_merged_events_date_start_type_fatalities_best_date_end'))
        batch_op.drop_index(batch_op.f('ix_merged_events_country_date_start_type_fatalities_best'))

    with op.batch_alter_table('merged_event_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merged_event_reports_merged_id_source'))
        batch_op.drop_index(batch_op.f('ix_merged_event_reports_source_merged_id'))
