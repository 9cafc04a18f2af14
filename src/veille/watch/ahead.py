"""Requests started ahead of need, so that slow hosts wait in parallel while the one writer
works through the answers in order.

A round asks for every due feed at once, and a feed's next pages while an earlier page is
being extracted: the network waits overlap instead of adding up. Politeness is the
fetcher's (``veille.watch.fetch``): one host still gets one request per ``host_delay``
(its turns are handed out under a lock), so the parallelism is across hosts. The answers are
taken in the caller's order; what was started and not taken (a stop request) is dropped.
"""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

from veille.watch.fetch import Fetcher, Response


class Ahead:
    def __init__(self, fetcher: Fetcher, workers: int):
        self.fetcher = fetcher
        self.workers = max(1, workers)
        self._pool = ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="veille-fetch") \
            if self.workers > 1 else None
        self._started: dict[tuple, Future] = {}

    def start(self, url: str, **kw) -> None:
        """Begin GET ``url`` in the background (nothing when running one request at a time)."""
        key = (url, tuple(sorted(kw.items())))
        if self._pool is not None and key not in self._started:
            self._started[key] = self._pool.submit(self.fetcher.get, url, **kw)

    def get(self, url: str, **kw) -> Response:
        """The answer to GET ``url``: the one started ahead, else fetched now. Raises FetchError."""
        fut = self._started.pop((url, tuple(sorted(kw.items()))), None)
        return fut.result() if fut is not None else self.fetcher.get(url, **kw)

    def close(self) -> None:
        """Drop what was not taken: queued requests are cancelled, running ones finish (each is
        bounded by the fetcher's timeout)."""
        self._started.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "Ahead":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
