"""a country's weekly series from the index alone

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-06

``/api/timeseries?interval=week&country=UA`` read ``summary_week`` by its ``(country, week)``
index, then each row for its type and counts (2,800 lookups for five years). The index now
holds them: ``(country, week, type, n, dead)``.
"""
from alembic import op


revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('summary_week', schema=None) as batch_op:
        batch_op.drop_index('ix_summary_week_country_week')
        batch_op.create_index('ix_summary_week_country_week_type_n_dead', ['country', 'week', 'type', 'n', 'dead'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('summary_week', schema=None) as batch_op:
        batch_op.drop_index('ix_summary_week_country_week_type_n_dead')
        batch_op.create_index('ix_summary_week_country_week', ['country', 'week'], unique=False)
