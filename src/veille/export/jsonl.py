"""JSON Lines of the stored extraction records (format veille.article/1), one per article."""
from __future__ import annotations

from veille.store.query import reports_json


def write_jsonl(conn, filters, fh) -> int:
    n = 0
    for body in reports_json(conn, filters):
        fh.write(body + "\n")
        n += 1
    return n
