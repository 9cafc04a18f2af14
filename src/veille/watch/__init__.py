"""``veille watch``: follow RSS/Atom feeds, fetch new articles politely, recognise republished
wire copy, and ingest the rest as it comes.

- ``sources``: what to watch (URLs, lists, OPML, TOML with per-source settings);
- ``fetch``: the HTTP client (timeouts, retries, size cap, conditional GET, robots.txt,
  per-host rate limit);
- ``page``: article pages -> text and metadata (trafilatura);
- ``dedup``: URL normalisation and near-duplicate texts (MinHash LSH);
- ``state``: the watcher's tables in the store, and the sources' health;
- ``round``: the rounds themselves.

See docs/watch.md.
"""
from veille.watch.fetch import FetchSettings, Fetcher
from veille.watch.round import RoundStats, Watcher
from veille.watch.sources import Source, SourceError, read_sources

__all__ = ["Watcher", "RoundStats", "Fetcher", "FetchSettings", "Source", "SourceError", "read_sources"]
