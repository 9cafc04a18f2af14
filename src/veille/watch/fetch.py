"""Polite HTTP: one :class:`Fetcher` (an httpx client) for a whole watch.

- timeouts on connect and on every read; a slow server costs at most ``timeout`` per try;
- retries with exponential backoff on what may pass (connection errors, timeouts, 429 and
  5xx; ``Retry-After`` honoured up to a cap), never on 4xx;
- redirects followed up to ``max_redirects`` (a loop fails with its reason);
- a size cap on the decoded body, checked on ``Content-Length`` and while streaming;
- compressed transfers (gzip, deflate; brotli/zstd when their packages are installed);
- conditional GET: the caller's ETag and Last-Modified go out as If-None-Match and
  If-Modified-Since, and a 304 comes back as ``not_modified`` without a body;
- robots.txt read once per host (cached for an hour) and obeyed, Crawl-delay included;
- a per-host rate limit: at least ``host_delay`` seconds between two requests to one host;
- an honest User-Agent naming veille and its version.

Failures raise :class:`FetchError` with a one-line reason and whether trying later may help.
"""
from __future__ import annotations

import email.utils
import threading
import time
from dataclasses import dataclass, field
from urllib import robotparser
from urllib.parse import urlsplit

import httpx

from veille import __version__

USER_AGENT = f"veille/{__version__} (news feed watcher; python-httpx/{httpx.__version__})"
ROBOTS_TTL_S = 3600
MAX_CRAWL_DELAY_S = 60.0    # a Crawl-delay above this is read as this (some sites say 3600)
MAX_RETRY_AFTER_S = 60.0
RETRY_STATUSES = {408, 425, 429, 500, 502, 503, 504}


class FetchError(Exception):
    def __init__(self, reason: str, *, transient: bool = True, status: int | None = None):
        super().__init__(reason)
        self.reason = reason
        self.transient = transient      # False: trying again will not help (404, robots, too large)
        self.status = status


@dataclass
class Response:
    url: str                    # after redirects
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    not_modified: bool = False

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def charset(self) -> str | None:
        ctype = self.headers.get("content-type", "")
        for part in ctype.split(";")[1:]:
            k, _, v = part.strip().partition("=")
            if k.lower() == "charset" and v:
                return v.strip("\"' ").lower()
        return None


@dataclass
class FetchSettings:
    timeout: float = 20.0
    retries: int = 2
    backoff: float = 1.0            # seconds before the first retry; doubled each time
    max_redirects: int = 5
    max_bytes: int = 10_000_000
    host_delay: float = 1.0
    user_agent: str = USER_AGENT
    obey_robots: bool = True


class Fetcher:
    def __init__(self, settings: FetchSettings | None = None, *, sleep=time.sleep):
        self.settings = s = settings or FetchSettings()
        self._sleep = sleep
        self.client = httpx.Client(
            timeout=httpx.Timeout(s.timeout), follow_redirects=True, max_redirects=s.max_redirects,
            headers={"User-Agent": s.user_agent}, trust_env=True)
        self._robots: dict[str, tuple[float, robotparser.RobotFileParser | None, str | None]] = {}
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()
        self._robots_locks: dict[str, threading.Lock] = {}
        self.requests = 0           # counted for tests and the round's summary

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ---- public ------------------------------------------------------------------------

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            accept: str | None = None) -> Response:
        """GET ``url`` politely. Raises FetchError."""
        self._check_robots(url)
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        if accept:
            headers["Accept"] = accept
        attempt = 0
        while True:
            try:
                return self._get_once(url, headers)
            except FetchError as exc:
                if not exc.transient or attempt >= self.settings.retries:
                    raise
                wait = getattr(exc, "retry_after", None)
                if wait is None:
                    wait = self.settings.backoff * 2 ** attempt
                self._sleep(min(wait, MAX_RETRY_AFTER_S))
                attempt += 1

    # ---- one try -----------------------------------------------------------------------

    def _get_once(self, url: str, headers: dict) -> Response:
        self._wait_turn(url)
        s = self.settings
        try:
            with self.client.stream("GET", url, headers=headers) as resp:
                with self._lock:    # requests may run on several threads (veille.watch.ahead)
                    self.requests += 1 + len(resp.history)
                final = str(resp.url)
                if resp.status_code == 304:
                    return Response(final, 304, headers=_headers(resp), not_modified=True)
                if resp.status_code >= 400:
                    exc = FetchError(f"HTTP {resp.status_code} {resp.reason_phrase}".strip(),
                                     transient=resp.status_code in RETRY_STATUSES, status=resp.status_code)
                    exc.retry_after = _retry_after(resp.headers.get("retry-after"))
                    raise exc
                declared = resp.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > s.max_bytes \
                        and not resp.headers.get("content-encoding"):
                    raise FetchError(f"too large: {int(declared):,} bytes (limit {s.max_bytes:,})", transient=False)
                chunks, size = [], 0
                for chunk in resp.iter_bytes():
                    size += len(chunk)
                    if size > s.max_bytes:
                        raise FetchError(f"too large: more than {s.max_bytes:,} bytes", transient=False)
                    chunks.append(chunk)
                return Response(final, resp.status_code, b"".join(chunks), _headers(resp))
        except httpx.TooManyRedirects:
            raise FetchError(f"too many redirects (more than {s.max_redirects}; a loop?)", transient=False) from None
        except httpx.TimeoutException:
            raise FetchError(f"timed out (limit {s.timeout:g} s)") from None
        except httpx.DecodingError as exc:
            raise FetchError(f"broken compressed body: {exc}", transient=False) from None
        except httpx.UnsupportedProtocol:
            raise FetchError("not an http(s) URL", transient=False) from None
        except httpx.TransportError as exc:
            raise FetchError(f"connection failed: {type(exc).__name__}: {exc}".rstrip(": ")) from None

    # ---- politeness --------------------------------------------------------------------

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc.lower()
        delay = max(self.settings.host_delay, self._crawl_delay(host))
        with self._lock:
            last = self._last_request.get(host)
            now = time.monotonic()
            wait = 0.0 if last is None else last + delay - now
            self._last_request[host] = max(now, now + wait)
        if wait > 0:
            self._sleep(wait)

    def _crawl_delay(self, host: str) -> float:
        entry = self._robots.get(host)
        if not entry or entry[1] is None:
            return 0.0
        try:
            d = entry[1].crawl_delay(self.settings.user_agent)
        except (TypeError, ValueError):
            d = None
        return min(float(d), MAX_CRAWL_DELAY_S) if d else 0.0

    def _check_robots(self, url: str) -> None:
        if not self.settings.obey_robots:
            return
        parts = urlsplit(url)
        host = parts.netloc.lower()
        with self._lock:
            host_lock = self._robots_locks.setdefault(host, threading.Lock())
        with host_lock:     # one reading of a host's robots.txt, however many threads ask at once
            entry = self._robots.get(host)
            if entry is None or time.monotonic() - entry[0] > ROBOTS_TTL_S:
                entry = self._robots[host] = (time.monotonic(),
                                              *self._read_robots(f"{parts.scheme}://{parts.netloc}"))
        _, parser, refusal = entry
        if refusal:
            raise FetchError(refusal, transient=True)
        if parser is not None and not parser.can_fetch(self.settings.user_agent, url):
            raise FetchError("disallowed by robots.txt", transient=False)

    def _read_robots(self, origin: str) -> tuple[robotparser.RobotFileParser | None, str | None]:
        """(parser, None); (None, None) when the site has no robots.txt (all allowed); or
        (None, reason) when it cannot be read: RFC 9309 reads an unreachable robots.txt
        (5xx, network failure) as "disallow all" for now; 4xx as "no rules"."""
        url = origin + "/robots.txt"
        try:
            resp = self._get_once(url, {})
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return None, None
            return None, f"robots.txt unreachable ({exc.reason}): not fetching from this host for now"
        parser = robotparser.RobotFileParser(url)
        text = resp.body[:500_000].decode("utf-8", errors="replace")
        parser.parse(text.splitlines())
        return parser, None


def _headers(resp: httpx.Response) -> dict[str, str]:
    return {k.lower(): v for k, v in resp.headers.items()}


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value.strip())
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())
