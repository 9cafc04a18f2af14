"""merged events per 0.1° grid cell: a box's count and page without its latitude band

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-06

``/api/events?bbox=`` counted and paged a box's events on the ``(lat, lon, ...)`` index, which
reads every event of the box's latitude band. ``merged_events.cell`` is the number of each
event's 0.1° grid cell (veille.store.cells, computed by the merge; here from the stored
coordinates), ``summary_cell`` the events per cell (kept by the merge): a box's count reads
its inner cells' counts and checks only the events of the cells on its border.
``(cell, lat, lon, date_start, id)`` reads a box's events by cell, ``(date_start, id, lat,
lon)`` walks the first days in date order for a box that holds many events.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('summary_cell',
                    sa.Column('cell', sa.Integer(), autoincrement=False, nullable=False),
                    sa.Column('n', sa.Integer(), nullable=False),
                    sa.PrimaryKeyConstraint('cell', name=op.f('pk_summary_cell')))
    with op.batch_alter_table('merged_events', schema=None) as batch_op:
        batch_op.add_column(sa.Column('cell', sa.Integer(), nullable=True))
    from veille.store import cells

    conn = op.get_bind()
    m = sa.table('merged_events', sa.column('lat', sa.Float()), sa.column('lon', sa.Float()),
                 sa.column('cell', sa.Integer()))
    conn.execute(m.update().values(cell=cells.cell_sql(m.c.lat, m.c.lon, conn.dialect.name)))
    with op.batch_alter_table('merged_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_merged_events_cell_lat_lon_date_start_id'),
                              ['cell', 'lat', 'lon', 'date_start', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_merged_events_date_start_id_lat_lon'),
                              ['date_start', 'id', 'lat', 'lon'], unique=False)
    cells.rebuild(conn)


def downgrade() -> None:
    with op.batch_alter_table('merged_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_merged_events_date_start_id_lat_lon'))
        batch_op.drop_index(batch_op.f('ix_merged_events_cell_lat_lon_date_start_id'))
        batch_op.drop_column('cell')
    op.drop_table('summary_cell')
