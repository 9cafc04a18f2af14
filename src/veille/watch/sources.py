"""What to watch: feed URLs, files listing them (one a line, or an OPML export) and TOML files
with per-source settings -> :class:`Source` items.

A TOML file holds optional ``[defaults]`` and one ``[[source]]`` table per feed::

    [defaults]
    interval = "30m"
    lang = "fr"

    [[source]]
    url = "https://example.org/rss.xml"
    name = "Radio Example"
    publisher = "Radio Example"
    interval = "10m"

A bad entry is reported on one line (file, line or entry, problem) and the others are kept.
"""
from __future__ import annotations

import pathlib
import re
import tomllib
from dataclasses import dataclass
from urllib.parse import urlsplit

from lxml import etree

DEFAULT_INTERVAL_S = 600
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.I)
_SETTINGS = {"url", "name", "lang", "publisher", "interval"}


class SourceError(ValueError):
    """A source list that cannot be read at all (missing file, broken TOML)."""


@dataclass
class Source:
    url: str
    name: str | None = None
    lang: str | None = None   # None: detected for each article
    publisher: str | None = None
    interval_s: int = DEFAULT_INTERVAL_S
    origin: str = "-"           # where it was given, for messages

    @property
    def label(self) -> str:
        return self.name or self.url


def parse_duration(value: str | int | float) -> int:
    """"10m" -> 600 seconds; a bare number is seconds. Raises ValueError."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
    else:
        m = _DURATION.match(str(value))
        if not m:
            raise ValueError(f"not a duration: {value!r} (examples: 90s, 10m, 2h, 1d)")
        seconds = float(m.group(1)) * _UNITS[(m.group(2) or "s").lower()]
    if seconds < 1:
        raise ValueError(f"duration too short: {value!r} (at least 1 s)")
    return int(seconds)


MAX_URL_CHARS = 2048        # the store's column for it


def is_feed_url(value: str) -> bool:
    value = value.strip()
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and len(value) <= MAX_URL_CHARS


def read_sources(specs: list[str], *, interval_s: int = DEFAULT_INTERVAL_S, lang: str | None = None,
                 on_problem=None) -> list[Source]:
    """The sources named by ``specs`` (URLs or files), first mention of a URL winning.
    ``on_problem(message)`` gets each bad entry; a file that cannot be read raises SourceError."""
    out: dict[str, Source] = {}
    problem = on_problem or (lambda msg: None)
    for spec in specs:
        if is_feed_url(spec):
            found = [Source(spec.strip(), lang=lang, interval_s=interval_s, origin="command line")]
        else:
            found = _read_file(pathlib.Path(spec), interval_s, lang, problem)
        for src in found:
            out.setdefault(src.url, src)
    return list(out.values())


def _read_file(path: pathlib.Path, interval_s: int, lang: str, problem) -> list[Source]:
    if not path.exists():
        raise SourceError(f"{path}: no such file, and not an http(s) URL")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if path.suffix.lower() == ".toml":
        return _read_toml(path, data, interval_s, lang, problem)
    head = data[:2048].lstrip().lower()
    if head.startswith(b"<?xml") and b"<opml" in data[:4096].lower() or head.startswith(b"<opml"):
        return _read_opml(path, data, interval_s, lang, problem)
    out = []
    for n, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if is_feed_url(line):
            out.append(Source(line, lang=lang, interval_s=interval_s, origin=f"{path}:{n}"))
        else:
            problem(f"{path}:{n}: not an http(s) URL: {line[:80]!r}")
    if not out:
        problem(f"{path}: no feed URL in it")
    return out


def _read_opml(path, data: bytes, interval_s: int, lang: str, problem) -> list[Source]:
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError as exc:
        raise SourceError(f"{path}: broken OPML: {exc}") from None
    out = []
    for node in root.iter("outline"):
        url = (node.get("xmlUrl") or node.get("xmlurl") or "").strip()
        if not url:
            continue        # a folder of outlines
        if not is_feed_url(url):
            problem(f"{path}: outline {node.get('text') or node.get('title')!r}: not an http(s) URL: {url[:80]!r}")
            continue
        out.append(Source(url, name=node.get("title") or node.get("text"), lang=node.get("language") or lang,
                          interval_s=interval_s, origin=f"{path}:{node.sourceline}"))
    if not out:
        problem(f"{path}: no outline with an xmlUrl in this OPML file")
    return out


def _read_toml(path, data: bytes, interval_s: int, lang: str, problem) -> list[Source]:
    try:
        doc = tomllib.loads(data.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SourceError(f"{path}: broken TOML: {exc}") from None
    defaults = doc.get("defaults", {})
    entries = doc.get("source", [])
    if not isinstance(defaults, dict) or not isinstance(entries, list):
        raise SourceError(f"{path}: expected [defaults] and [[source]] tables")
    try:
        base_interval = parse_duration(defaults["interval"]) if "interval" in defaults else interval_s
    except ValueError as exc:
        raise SourceError(f"{path}: [defaults] interval: {exc}") from None
    base_lang = defaults.get("lang", lang)
    out = []
    for n, entry in enumerate(entries, 1):
        where = f"{path}: [[source]] #{n}"
        if not isinstance(entry, dict) or not is_feed_url(str(entry.get("url", ""))):
            problem(f"{where}: needs url = \"http(s)://...\"")
            continue
        unknown = set(entry) - _SETTINGS
        if unknown:
            problem(f"{where}: unknown setting(s) {', '.join(sorted(unknown))} ignored "
                    f"(known: {', '.join(sorted(_SETTINGS))})")
        try:
            every = parse_duration(entry["interval"]) if "interval" in entry else base_interval
        except ValueError as exc:
            problem(f"{where}: {exc}")
            continue
        out.append(Source(str(entry["url"]).strip(), name=entry.get("name"), lang=entry.get("lang", base_lang) or None,
                          publisher=entry.get("publisher") or defaults.get("publisher"), interval_s=every,
                          origin=where))
    if not out:
        problem(f"{path}: no [[source]] with a url")
    return out
