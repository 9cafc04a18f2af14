"""Write a new Alembic revision for a change of ``schema.py`` (a development tool).

    .venv/bin/python -m veille.store.revision "add events.confidence"

It migrates a scratch SQLite store to the current head, compares it with ``schema.metadata``
and writes the difference as a revision file under ``veille/migrations/versions/``. Read and
edit what it wrote (autogenerate misses renames and data moves) before committing it.
"""
from __future__ import annotations

import argparse
import tempfile

from veille.store.db import _alembic_config, migrate, open as open_store


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("message")
    ap.add_argument("--rev-id", help="revision id (default: the next number, e.g. 0002)")
    args = ap.parse_args(argv)
    from alembic import command
    from alembic.script import ScriptDirectory

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"{tmp}/scratch.db", upgrade=False)
        migrate(store)
        with store.engine.begin() as conn:
            cfg = _alembic_config(conn)
            heads = ScriptDirectory.from_config(cfg).get_heads()
            rev_id = args.rev_id or f"{(int(heads[0]) if heads and heads[0].isdigit() else 0) + 1:04d}"
            command.revision(cfg, message=args.message, autogenerate=True, rev_id=rev_id)
        store.close()


if __name__ == "__main__":
    main()
