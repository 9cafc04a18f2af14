"""initial schema: articles, reports, their facets, failures, merged events

Revision ID: 0001
Revises:
Create Date: 2024-11-25
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('articles',
    sa.Column('id', sa.String(length=512), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published', sa.Text(), nullable=True),
    sa.Column('lang', sa.String(length=8), nullable=True),
    sa.Column('ingested_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles'))
    )
    op.create_index(op.f('ix_articles_published'), 'articles', ['published'], unique=False)
    op.create_index(op.f('ix_articles_source'), 'articles', ['source'], unique=False)

    op.create_table('failures',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('origin', sa.Text(), nullable=False),
    sa.Column('article_id', sa.String(length=512), nullable=True),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_failures'))
    )
    op.create_index(op.f('ix_failures_article_id'), 'failures', ['article_id'], unique=False)

    op.create_table('merge_queue',
    sa.Column('article_id', sa.String(length=512), nullable=False),
    sa.PrimaryKeyConstraint('article_id', name=op.f('pk_merge_queue'))
    )
    op.create_table('merged_events',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('component', sa.String(length=32), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('mode', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('date_start', sa.Date(), nullable=False),
    sa.Column('date_end', sa.Date(), nullable=False),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('feature', sa.String(length=32), nullable=True),
    sa.Column('precision', sa.Integer(), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('source_actor', sa.Text(), nullable=True),
    sa.Column('target_actor', sa.Text(), nullable=True),
    sa.Column('acled_event_type', sa.String(length=64), nullable=True),
    sa.Column('acled_sub_event_type', sa.String(length=64), nullable=True),
    sa.Column('fatalities_low', sa.BigInteger(), nullable=True),
    sa.Column('fatalities_best', sa.BigInteger(), nullable=True),
    sa.Column('fatalities_high', sa.BigInteger(), nullable=True),
    sa.Column('n_reports', sa.Integer(), nullable=False),
    sa.Column('n_sources', sa.Integer(), nullable=False),
    sa.Column('sources', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merged_events'))
    )
    op.create_index(op.f('ix_merged_events_component'), 'merged_events', ['component'], unique=False)
    op.create_index(op.f('ix_merged_events_country'), 'merged_events', ['country'], unique=False)
    op.create_index(op.f('ix_merged_events_date_start_date_end'), 'merged_events', ['date_start', 'date_end'], unique=False)
    op.create_index(op.f('ix_merged_events_lat_lon'), 'merged_events', ['lat', 'lon'], unique=False)
    op.create_index(op.f('ix_merged_events_source_actor'), 'merged_events', ['source_actor'], unique=False)
    op.create_index(op.f('ix_merged_events_type_date_start'), 'merged_events', ['type', 'date_start'], unique=False)

    op.create_table('actors',
    sa.Column('article_id', sa.String(length=512), nullable=False),
    sa.Column('actor_id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('wikidata', sa.String(length=32), nullable=True),
    sa.Column('role', sa.Text(), nullable=True),
    sa.Column('affiliation', sa.String(length=32), nullable=True),
    sa.Column('aliases', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_actors_article_id_articles')),
    sa.PrimaryKeyConstraint('article_id', 'actor_id', name=op.f('pk_actors'))
    )
    op.create_index(op.f('ix_actors_name'), 'actors', ['name'], unique=False)

    op.create_table('events',
    sa.Column('article_id', sa.String(length=512), nullable=False),
    sa.Column('event_id', sa.String(length=32), nullable=False),
    sa.Column('type', sa.String(length=16), nullable=False),
    sa.Column('mode', sa.String(length=64), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('date', sa.String(length=32), nullable=True),
    sa.Column('date_start', sa.Date(), nullable=True),
    sa.Column('date_end', sa.Date(), nullable=True),
    sa.Column('place_id', sa.String(length=32), nullable=True),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('feature', sa.String(length=32), nullable=True),
    sa.Column('precision', sa.Integer(), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('source_actor', sa.Text(), nullable=True),
    sa.Column('target_actor', sa.Text(), nullable=True),
    sa.Column('reported_by', sa.Text(), nullable=True),
    sa.Column('fatalities', sa.BigInteger(), nullable=True),
    sa.Column('acled_event_type', sa.String(length=64), nullable=True),
    sa.Column('acled_sub_event_type', sa.String(length=64), nullable=True),
    sa.Column('trigger', sa.Text(), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_events_article_id_articles')),
    sa.PrimaryKeyConstraint('article_id', 'event_id', name=op.f('pk_events'))
    )
    op.create_index(op.f('ix_events_country'), 'events', ['country'], unique=False)
    op.create_index(op.f('ix_events_date_start_date_end'), 'events', ['date_start', 'date_end'], unique=False)
    op.create_index(op.f('ix_events_lat_lon'), 'events', ['lat', 'lon'], unique=False)
    op.create_index(op.f('ix_events_source_actor'), 'events', ['source_actor'], unique=False)
    op.create_index(op.f('ix_events_type_date_start'), 'events', ['type', 'date_start'], unique=False)

    op.create_table('figures',
    sa.Column('article_id', sa.String(length=512), nullable=False),
    sa.Column('figure_id', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('group', sa.Text(), nullable=True),
    sa.Column('low', sa.BigInteger(), nullable=True),
    sa.Column('best', sa.BigInteger(), nullable=False),
    sa.Column('high', sa.BigInteger(), nullable=True),
    sa.Column('qualifier', sa.String(length=32), nullable=True),
    sa.Column('reported_by', sa.Text(), nullable=True),
    sa.Column('place_id', sa.String(length=32), nullable=True),
    sa.Column('date', sa.String(length=32), nullable=True),
    sa.Column('part_of', sa.String(length=32), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_figures_article_id_articles')),
    sa.PrimaryKeyConstraint('article_id', 'figure_id', name=op.f('pk_figures'))
    )
    op.create_index(op.f('ix_figures_kind'), 'figures', ['kind'], unique=False)

    op.create_table('merged_event_reports',
    sa.Column('article_id', sa.String(length=512), nullable=False),
    sa.Column('event_id', sa.String(length=32), nullable=False),
    sa.Column('merged_id', sa.String(length=32), nullable=False),
    sa.Column('source', sa.Text(), nullable=False),
    sa.Column('published', sa.Text(), nullable=True),
    sa.Column('fatalities', sa.BigInteger(), nullable=True),
    sa.Column('counted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['merged_id'], ['merged_events.id'], name=op.f('fk_merged_event_reports_merged_id_merged_events')),
    sa.PrimaryKeyConstraint('article_id', 'event_id', name=op.f('pk_merged_event_reports'))
    )
    op.create_index(op.f('ix_merged_event_reports_merged_id'), 'merged_event_reports', ['merged_id'], unique=False)

    op.create_table('places',
    sa.Column('article_id', sa.String(length=512), nullable=False),
    sa.Column('place_id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('feature', sa.String(length=32), nullable=True),
    sa.Column('country', sa.String(length=2), nullable=True),
    sa.Column('admin1', sa.Text(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('precision', sa.Integer(), nullable=True),
    sa.Column('geonames_id', sa.BigInteger(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_places_article_id_articles')),
    sa.PrimaryKeyConstraint('article_id', 'place_id', name=op.f('pk_places'))
    )
    op.create_index(op.f('ix_places_country'), 'places', ['country'], unique=False)
    op.create_index(op.f('ix_places_lat_lon'), 'places', ['lat', 'lon'], unique=False)

    op.create_table('quotes',
    sa.Column('article_id', sa.String(length=512), nullable=False),
    sa.Column('quote_id', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('speaker', sa.Text(), nullable=True),
    sa.Column('speaker_text', sa.Text(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=True),
    sa.Column('span_start', sa.Integer(), nullable=True),
    sa.Column('span_end', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_quotes_article_id_articles')),
    sa.PrimaryKeyConstraint('article_id', 'quote_id', name=op.f('pk_quotes'))
    )
    op.create_table('reports',
    sa.Column('article_id', sa.String(length=512), nullable=False),
    sa.Column('record_json', sa.Text(), nullable=False),
    sa.Column('record_sha256', sa.String(length=64), nullable=False),
    sa.Column('extractor_version', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_reports_article_id_articles')),
    sa.PrimaryKeyConstraint('article_id', name=op.f('pk_reports'))
    )


def downgrade() -> None:
    op.drop_table('reports')
    op.drop_table('quotes')
    op.drop_index(op.f('ix_places_lat_lon'), table_name='places')
    op.drop_index(op.f('ix_places_country'), table_name='places')

    op.drop_table('places')
    op.drop_index(op.f('ix_merged_event_reports_merged_id'), table_name='merged_event_reports')

    op.drop_table('merged_event_reports')
    op.drop_index(op.f('ix_figures_kind'), table_name='figures')

    op.drop_table('figures')
    op.drop_index(op.f('ix_events_type_date_start'), table_name='events')
    op.drop_index(op.f('ix_events_source_actor'), table_name='events')
    op.drop_index(op.f('ix_events_lat_lon'), table_name='events')
    op.drop_index(op.f('ix_events_date_start_date_end'), table_name='events')
    op.drop_index(op.f('ix_events_country'), table_name='events')

    op.drop_table('events')
    op.drop_index(op.f('ix_actors_name'), table_name='actors')

    op.drop_table('actors')
    op.drop_index(op.f('ix_merged_events_type_date_start'), table_name='merged_events')
    op.drop_index(op.f('ix_merged_events_source_actor'), table_name='merged_events')
    op.drop_index(op.f('ix_merged_events_lat_lon'), table_name='merged_events')
    op.drop_index(op.f('ix_merged_events_date_start_date_end'), table_name='merged_events')
    op.drop_index(op.f('ix_merged_events_country'), table_name='merged_events')
    op.drop_index(op.f('ix_merged_events_component'), table_name='merged_events')

    op.drop_table('merged_events')
    op.drop_table('merge_queue')
    op.drop_index(op.f('ix_failures_article_id'), table_name='failures')

    op.drop_table('failures')
    op.drop_index(op.f('ix_articles_source'), table_name='articles')
    op.drop_index(op.f('ix_articles_published'), table_name='articles')

    op.drop_table('articles')
