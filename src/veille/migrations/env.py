"""Alembic environment for the veille store.

Run by ``veille.store.open`` (``alembic upgrade head`` with the store's open connection in
``config.attributes["connection"]``); there is no alembic.ini. To write a new revision after
changing ``veille/store/schema.py``, from the repository root:

    .venv/bin/python -m veille.store.revision "what changed"
"""
from alembic import context

from veille.store.schema import metadata
from veille.store.search import include_object

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("veille migrations run through veille.store.open(), which passes a connection")



# SQLite cannot ALTER most things: batch mode copies the table instead
context.configure(connection=connection, target_metadata=metadata, include_object=include_object,
                  render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
with context.begin_transaction():
    context.run_migrations()
