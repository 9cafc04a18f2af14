"""figures: what each count covers (scope, its first and last day) and the event listing it

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06

The toll series (veille.store.series) read running totals, period counts and event tolls
apart: ``figures.scope`` is the record's ``figure.scope`` (event | cumulative | period) with
``scope_start``/``scope_end``, and ``figures.event_id`` the first event whose figures list
holds the figure (the series of one event's tolls per source). Rows written before this
revision have NULL there until their articles are extracted again.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('scope', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('scope_start', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('scope_end', sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column('event_id', sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f('ix_figures_scope_kind'), ['scope', 'kind'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('figures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_figures_scope_kind'))
        batch_op.drop_column('event_id')
        batch_op.drop_column('scope_end')
        batch_op.drop_column('scope_start')
        batch_op.drop_column('scope')
