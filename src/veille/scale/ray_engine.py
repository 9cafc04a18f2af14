"""``veille ingest --engine ray``: the same extraction, on a Ray cluster (or a local Ray).

    shards (JSON Lines / Parquet)  --read tasks-->  input rows
        --actor pool: BatchExtractor, the model loaded once per worker-->  output rows
        --write tasks-->  Parquet parts in the records folder
        --this process, one writer-->  store.ingest((Record, text) pairs, failures)

Why Ray Data: it streams blocks between reading, extraction and writing with back-pressure,
keeps stateful workers (a model load costs seconds and ~1 GB; it must happen once per
worker, not per batch) and runs unchanged from a laptop to a KubeRay cluster. Why Parquet in
between: the cluster's output outlives the run (reload it, audit it, load it into another
store), and the store keeps its single-writer rules (one transaction per article, idempotent
re-runs) whatever the cluster's size.

Sizing: a pool that takes every CPU starves Ray Data's read and write tasks and the job hangs
(ray-project/ray#44687), so the pool has at most C-1 workers on a cluster of C CPUs; each
worker reserves one CPU, which leaves the reader at least one. Ray is imported only here,
and only when used: ``pip install 'veille[ray]'``.
"""
from __future__ import annotations

import itertools
import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from typing import Iterable, Iterator

import pyarrow as pa

from veille.read.article import ReadFailure
from veille.scale.core import INPUT_SCHEMA, OUTPUT_SCHEMA, BatchExtractor, read_outputs, rows_from_jsonl, rows_from_table

log = logging.getLogger(__name__)

RAY_HINT = "the Ray engine needs Ray: pip install 'veille[ray]'"
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet",)
COMPRESSED = ("", ".gz", ".bz2", ".zst", ".lz4")
# articles per call of a worker: ~5 s of work, so the pool's load stays even and a lost
# worker costs little; nlp.pipe batches inside it
BATCH_ROWS = 16
PIPE_BATCH = 32
ROWS_PER_FILE = 2048   # Parquet parts of ~10-20 MB rather than one small file per batch


class RayMissing(RuntimeError):
    """Ray is not installed."""


class EngineError(RuntimeError):
    """The run cannot start as asked (cluster too small, records folder not empty...)."""


def import_ray():
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise RayMissing(RAY_HINT) from exc
    return ray


def pool_size(cpus: float, requested: int | None = None) -> int:
    """Model workers for a cluster of ``cpus`` CPUs: ``requested`` (default: as many as
    allowed), never more than C-1 so that one CPU is left to the read and write tasks
    (a pool that takes them all hangs: ray#44687), never less than 1."""
    limit = max(1, int(cpus) - 1)
    return limit if requested is None else max(1, min(int(requested), limit))


def local_cpus() -> int:
    """The CPUs this process may use (the container's share, not the host's)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def connect(address: str | None = None, num_cpus: int | None = None) -> bool:
    """Join the Ray cluster at ``address`` (``ray://head:10001``, ``auto``, ``host:6379``) or,
    without one, start a private local instance: ``num_cpus`` logical CPUs (default: this
    machine's, at least 2 so that C-1 >= 1), no dashboard, workers' logs not forwarded, no
    usage statistics. Returns False when Ray was already initialised (the caller then must
    not shut it down), True otherwise."""
    ray = import_ray()
    if ray.is_initialized():
        return False
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    common = dict(log_to_driver=False, logging_level=logging.WARNING)
    if address:
        ray.init(address=address, **common)
    else:
        ray.init(num_cpus=num_cpus or max(2, local_cpus()), include_dashboard=False, **common)
    return True


def _fs(path: str):
    from pyarrow import fs as pafs
    if "://" in path:
        filesystem, root = pafs.FileSystem.from_uri(path)
        return filesystem, root, path.split("://", 1)[0] + "://"
    return pafs.LocalFileSystem(), os.path.abspath(path), ""


def _kind(name: str) -> str | None:
    low = name.lower()
    for comp in COMPRESSED:
        if any(low.endswith(s + comp) for s in JSONL_SUFFIXES):
            return "jsonl"
    return "parquet" if low.endswith(PARQUET_SUFFIXES) else None


def find_shards(paths: Iterable[str]) -> tuple[list[str], list[str], list[ReadFailure]]:
    """Files and folders (local, or URIs pyarrow reads: s3://, gs://...) -> the JSON Lines
    shards, the Parquet shards, and a failure for each input it cannot take: missing, or a
    format the Ray engine does not read (text, HTML and feeds go through --engine local)."""
    from pyarrow import fs as pafs

    jsonl, parquet, failures = [], [], []
    for p in paths:
        p = os.fspath(p)
        if p == "-":
            failures.append(ReadFailure("-", "the ray engine reads shards from storage, not stdin"))
            continue
        filesystem, root, scheme = _fs(p)
        info = filesystem.get_file_info(root)
        if info.type == pafs.FileType.NotFound:
            failures.append(ReadFailure(p, "no such file or folder"))
            continue
        if info.type == pafs.FileType.Directory:
            found = [f for f in filesystem.get_file_info(pafs.FileSelector(root, recursive=True))
                     if f.type == pafs.FileType.File and not f.base_name.startswith((".", "_"))]
            if not found:
                failures.append(ReadFailure(p, "folder holds no files"))
        else:
            found = [info]
        for f in sorted(found, key=lambda f: f.path):
            kind, name = _kind(f.base_name), scheme + f.path
            if kind is None:
                failures.append(ReadFailure(name, "the ray engine reads JSON Lines (.jsonl, .ndjson, optionally "
                                                  "compressed) and Parquet shards; use --engine local for this file"))
            else:
                (jsonl if kind == "jsonl" else parquet).append(name)
    return jsonl, parquet, failures


def _check_empty(records: str) -> None:
    from pyarrow import fs as pafs

    filesystem, root, _ = _fs(records)
    info = filesystem.get_file_info(root)
    if info.type == pafs.FileType.File:
        raise EngineError(f"records folder {records} is a file")
    if info.type == pafs.FileType.Directory and filesystem.get_file_info(pafs.FileSelector(root)):
        raise EngineError(f"records folder {records} is not empty: give a new one (the records of an "
                          f"earlier run would be loaded with this one's)")


# -- the Ray side -----------------------------------------------------------------------

class _NoLateCpuAlarm(logging.Filter):
    """Drops Ray Data's "no available CPUs, the job will hang" warning. Ray Data checks free
    CPUs again when it reads back the dataset it has just written, while the pool's actors
    are still being torn down: then the work is done and the alarm is false. The real hang
    is prevented by ``pool_size``, and ``extract_to_parquet`` warns itself when the
    cluster has no free CPU at the start."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "does not have any available CPUs" not in record.getMessage()


def _parse_jsonl(table: pa.Table) -> pa.Table:
    d = table.to_pydict()
    return pa.table(rows_from_jsonl(d["text"], d.get("path")), schema=INPUT_SCHEMA)


def _parse_parquet(table: pa.Table) -> pa.Table:
    d = table.to_pydict()
    return pa.table(rows_from_table(d, d.get("path")), schema=INPUT_SCHEMA)


class RayExtractor:
    """BatchExtractor behind Ray Data's Arrow batches (one instance per actor)."""

    def __init__(self, **kwargs):
        self.extract = BatchExtractor(**kwargs)

    def __call__(self, table: pa.Table) -> pa.Table:
        return pa.table(self.extract(table.to_pydict()), schema=OUTPUT_SCHEMA)


@dataclass
class ExtractRun:
    """What ``extract_to_parquet`` did."""
    records: str
    workers: int
    cluster_cpus: float
    shards: int
    seconds: float
    failures: list[ReadFailure] = field(default_factory=list)


def extract_to_parquet(paths: Iterable[str], records: str, *, workers: int | None = None, lang: str | None = None,
                       model: str | None = None, published: str | None = None, source: str | None = None,
                       batch_rows: int = BATCH_ROWS, progress: bool = True) -> ExtractRun:
    """Extract the shards under ``paths`` on the connected Ray cluster (see ``connect``) into
    Parquet parts of output rows (``veille.scale.core.OUTPUT_COLUMNS``) under ``records``.
    Inputs it cannot take are returned as failures, not raised."""
    ray = import_ray()
    if not ray.is_initialized():
        raise EngineError("Ray is not connected: call connect() first")
    jsonl, parquet, failures = find_shards(paths)
    cpus = float(ray.cluster_resources().get("CPU", 0))
    if cpus < 2:
        raise EngineError(f"the Ray cluster has {cpus:g} CPU(s); it needs at least 2 (one model worker and "
                          f"one for reading and writing)")
    n = pool_size(cpus, workers)
    if workers is not None and n < workers:
        log.warning("%d workers asked, %d used: a cluster of %g CPUs keeps one for reading (ray#44687)",
                    workers, n, cpus)
    if float(ray.available_resources().get("CPU", 0)) < 1:
        log.warning("the Ray cluster has no free CPU now: the run waits until other jobs free some")
    run = ExtractRun(records=records, workers=n, cluster_cpus=cpus, shards=len(jsonl) + len(parquet), seconds=0.0,
                     failures=failures)
    if not run.shards:
        return run
    _check_empty(records)
    dataset_log = logging.getLogger("ray.data.dataset")
    if not any(isinstance(f, _NoLateCpuAlarm) for f in dataset_log.filters):
        dataset_log.addFilter(_NoLateCpuAlarm())
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = progress
    ctx.print_on_execution_start = progress
    if not progress:   # quiet runs (batch jobs): Ray Data's warnings only, not its progress log
        logging.getLogger("ray.data").setLevel(logging.WARNING)
        logging.getLogger("ray.data._internal.progress").setLevel(logging.ERROR)
    parts = []
    if jsonl:
        parts.append(ray.data.read_text(jsonl, include_paths=True).map_batches(_parse_jsonl, batch_format="pyarrow"))
    if parquet:
        parts.append(ray.data.read_parquet(parquet, include_paths=True)
                     .map_batches(_parse_parquet, batch_format="pyarrow"))
    ds = parts[0] if len(parts) == 1 else parts[0].union(*parts[1:])
    ds = ds.map_batches(RayExtractor, batch_size=batch_rows, batch_format="pyarrow", num_cpus=1,
                        compute=ray.data.ActorPoolStrategy(size=n),
                        fn_constructor_kwargs=dict(lang=lang, model=model, published=published, source=source,
                                                   batch_size=PIPE_BATCH))
    t0 = time.perf_counter()
    try:
        ds.write_parquet(records, min_rows_per_file=ROWS_PER_FILE)
    except ray.exceptions.RayError as exc:   # e.g. a worker that cannot load the model
        lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
        raise EngineError(f"the Ray run failed: {lines[-1] if lines else type(exc).__name__}") from exc
    run.seconds = time.perf_counter() - t0
    return run


# -- back in this process ----------------------------------------------------------------

def read_records(records: str) -> Iterator:
    """The output rows under ``records`` (parts in name order) as store.ingest items."""
    import pyarrow.dataset as pads
    from pyarrow import fs as pafs

    filesystem, root, _ = _fs(records)
    if filesystem.get_file_info(root).type == pafs.FileType.NotFound:
        return   # nothing was written (shards without rows)
    parts = sorted(f.path for f in filesystem.get_file_info(pafs.FileSelector(root, recursive=True))
                   if f.type == pafs.FileType.File and f.base_name.endswith(".parquet"))
    if not parts:
        return
    dataset = pads.dataset(parts, filesystem=filesystem, format="parquet")
    for batch in dataset.to_batches(columns=list(OUTPUT_SCHEMA.names), batch_size=256):
        yield from read_outputs(batch.to_pylist())


def ingest(paths: Iterable[str], db, *, address: str | None = None, num_cpus: int | None = None,
           workers: int | None = None, records: str | None = None, lang: str | None = None, model: str | None = None,
           published: str | None = None, source: str | None = None, progress: bool = True, on_failure=None):
    """Extract ``paths`` on Ray, then load the records into the store ``db`` with one writer
    (``store.ingest``: one transaction per article, idempotent). ``records``: where the
    Parquet parts go (default: a temporary folder, removed once loaded; with ``address`` it
    must be storage that the cluster and this machine both reach). Returns the store's
    ``IngestResult``; failures (unreadable shards, broken rows, extractor errors) are in it
    and in the store's failures table."""
    from veille import store
    from veille.extract import _lang

    t0 = time.perf_counter()
    lang = _lang(lang)   # an unsupported language fails here, not in every worker
    paths = [os.fspath(p) for p in paths]
    if records is None and address:
        raise EngineError("with --address, --records must name storage that the cluster's workers and this "
                          "machine both reach (s3://bucket/run/, a shared folder)")
    model = model or os.environ.get("VEILLE_MODEL") or None
    scratch = records is None
    records = records or tempfile.mkdtemp(prefix="veille-records-")
    try:
        _check_empty(records)   # before starting anything
        started = connect(address, num_cpus)
        try:
            run = extract_to_parquet(paths, records, workers=workers, lang=lang, model=model, published=published,
                                     source=source, progress=progress)
        finally:
            if started:
                import ray
                ray.shutdown()   # frees the workers' models before loading
        items: Iterable = run.failures
        if run.shards:
            items = itertools.chain(run.failures, read_records(records))
        res = store.ingest(items, db, lang=lang, model=model, progress=progress, on_failure=on_failure)
    finally:
        if scratch:
            shutil.rmtree(records, ignore_errors=True)
    res.seconds = time.perf_counter() - t0   # extraction on the cluster included
    return res
