"""Exports of a store: ``acled-csv`` and ``ucdp-csv`` (merged events in ACLED's and UCDP GED's
columns and codebook values), ``geojson``, ``parquet`` (merged events) and ``jsonl`` (the stored
extraction records).

>>> from veille import store, export
>>> with store.open("veille.db", readonly=True) as db:
...     export.export(db, "acled-csv", "events.csv", store.Filters(country="ML"))
"""
from __future__ import annotations

import contextlib
import io
import os
import sys

from veille.store.query import Filters

FORMATS = ("acled-csv", "ucdp-csv", "geojson", "parquet", "jsonl")
BINARY = {"parquet"}


def export(store, fmt: str, out=None, filters: Filters | None = None) -> int:
    """Write ``fmt`` for the events that pass ``filters`` to ``out`` (a path, a file object,
    or None for stdout). Returns the number of rows (events, or records for jsonl)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    filters = filters or Filters()
    with store.connect() as conn, _open_out(out, binary=fmt in BINARY) as fh:
        if fmt == "acled-csv":
            from veille.export.acled import write_acled_csv
            return write_acled_csv(conn, filters, fh)
        if fmt == "ucdp-csv":
            from veille.export.ucdp import write_ucdp_csv
            return write_ucdp_csv(conn, filters, fh)
        if fmt == "geojson":
            from veille.export.geojson import write_geojson
            return write_geojson(conn, filters, fh)
        if fmt == "parquet":
            from veille.export.parquet import write_parquet
            return write_parquet(conn, filters, fh)
        from veille.export.jsonl import write_jsonl
        return write_jsonl(conn, filters, fh)


@contextlib.contextmanager
def _open_out(out, *, binary: bool):
    if out is None or out == "-":
        if binary:
            if sys.stdout.isatty():
                raise ValueError("a binary format needs --out FILE (or a pipe)")
            yield sys.stdout.buffer
        else:
            yield sys.stdout
        return
    if isinstance(out, (str, os.PathLike)):
        # written next to the target, then moved over it: a failed export leaves no half file
        target = os.fspath(out)
        tmp = f"{target}.part"
        try:
            with open(tmp, "wb") if binary else open(tmp, "w", encoding="utf-8", newline="") as fh:
                yield fh
            os.replace(tmp, target)
        finally:
            with contextlib.suppress(FileNotFoundError):
                os.remove(tmp)
        return
    if binary and isinstance(out, io.TextIOBase):
        raise ValueError("a binary format needs a binary file object")
    yield out


__all__ = ["export", "FORMATS", "Filters"]
