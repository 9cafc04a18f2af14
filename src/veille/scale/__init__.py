"""Extraction beyond one machine: the same records, computed by a distributed engine.

veille's default stays one process (``nlp.pipe(n_process=...)`` for a few cores). For
GDELT-scale feeds (100,000+ articles a day) and multi-year backfills, extraction runs on an
existing engine rather than a home-made one:

- ``core``: the engine-independent part: a batch of input rows (columns ``id``, ``text``,
  ``published``...) -> a batch of plain output rows (``id``, ``ok``, ``record_json``,
  ``error``...). Any engine that can call a class per worker and move columns can use it.
- ``ray_engine``: Ray Data over sharded JSON Lines / Parquet, an actor pool that loads the
  model once per worker, partitioned Parquet of output rows, then one writer into the store
  (``veille ingest --engine ray``; ``pip install 'veille[ray]'``).

See docs/scale.md.
"""
from veille.scale.core import INPUT_COLUMNS, OUTPUT_COLUMNS, BatchExtractor, read_outputs, rows_from_jsonl, rows_from_table

__all__ = ["INPUT_COLUMNS", "OUTPUT_COLUMNS", "BatchExtractor", "read_outputs", "rows_from_jsonl", "rows_from_table"]
