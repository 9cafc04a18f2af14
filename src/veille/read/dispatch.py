"""Route a path (file, folder, gzip, stdin) to the right reader."""
from __future__ import annotations

import errno
import gzip
import json
import logging
import os
import pathlib
import re
import sys
from typing import Iterable, Iterator

from veille.read.article import Article, ReadFailure, check_body, content_id, normalise_text
from veille.read.decode import DecodeError, decode_bytes
from veille.read.feeds import looks_like_feed, read_feed
from veille.read.html import extract_html, looks_like_html
from veille.read.validate import Invalid, as_article, check_published

TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
_ARTICLE_SUFFIXES = (TEXT_SUFFIXES | JSONL_SUFFIXES | HTML_SUFFIXES | FEED_SUFFIXES | {".gz"}) - {""}
DATED_NAME = re.compile(r"^((?:19|20)\d\d-[01]\d-[0-3]\d)(?:[_T.-]|$)")
# "2024-06-11--AFP--goma-camp.txt": date, publisher and slug, as archives name dispatches
SOURCED_NAME = re.compile(r"^(?:19|20)\d\d-[01]\d-[0-3]\d--(?P<source>[^-][\w .&'’-]{0,40}?)--[\w.-]+$")
log = logging.getLogger(__name__)
# Largest file read at all; bigger ones are refused before being loaded into memory.
MAX_FILE_BYTES = 200 * 1024 * 1024


def read_paths(paths: Iterable[str], **defaults) -> Iterator[Article | ReadFailure]:
    for p in paths:
        if p == "-":
            yield from read_stdin(**defaults)
        else:
            yield from read_path(p, **defaults)


def read_stdin(**defaults) -> Iterator[Article | ReadFailure]:
    if sys.stdin is None or sys.stdin.closed:
        yield ReadFailure("<stdin>", "stdin is closed")
        return
    try:
        data = sys.stdin.buffer.read()
    except OSError as exc:
        yield ReadFailure("<stdin>", f"cannot read: {exc.strerror or exc}")
        return
    yield from read_bytes(data, "<stdin>", "stdin", **defaults)


def read_path(path: str | pathlib.Path, **defaults) -> Iterator[Article | ReadFailure]:
    p = pathlib.Path(path)
    origin = str(path)
    if not p.exists():
        yield ReadFailure(origin, _missing(p))
        return
    if p.is_dir():
        entries = list(_walk(p))
        if not entries:
            yield ReadFailure(origin, "folder holds no files")
        for f, problem in entries:
            if problem:
                yield ReadFailure(str(f), problem)
            else:
                yield from read_path(f, **{k: v for k, v in defaults.items() if k != "id"})
        return
    if not p.is_file():
        yield ReadFailure(origin, "not a regular file (a device, a pipe or a socket)")
        return
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            yield ReadFailure(origin, f"too large: {size / 1e6:.0f} MB file")
            return
        data = p.read_bytes()
    except OSError as exc:
        yield ReadFailure(origin, f"cannot read: {exc.strerror or exc}")
        return
    name = p.name
    if name.endswith(".gz"):
        try:
            data = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            yield ReadFailure(origin, f"broken gzip: {exc}")
            return
        name = name[:-3]
    stem = pathlib.Path(name).stem
    dated = DATED_NAME.match(stem)
    if dated and not defaults.get("published"):
        # "2024-06-11--afp--goma.txt": archives often name files by publication date (a name
        # like "2024-13-45-notes.txt" is no date, and no reason to refuse the file)
        try:
            defaults = {**defaults, "published": check_published(dated.group(1))}
        except Invalid:
            pass
    sourced = SOURCED_NAME.match(stem)
    if sourced and not defaults.get("source"):
        defaults = {**defaults, "source": sourced.group("source")}
    yield from read_bytes(data, origin, stem, suffix=pathlib.Path(name).suffix.lower(), **defaults)


def _missing(p: pathlib.Path) -> str:
    if p.is_symlink():
        try:
            p.resolve(strict=True)
        except RuntimeError:
            return "symbolic link loop"
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return "symbolic link loop"
        return f"broken symbolic link (to {os.readlink(p)})"
    return "no such file or folder"


def _walk(folder: pathlib.Path) -> Iterator[tuple[pathlib.Path, str | None]]:
    """(path, None) for each file to read under ``folder``, in name order, and (path,
    problem) for each entry that cannot be: broken links, link loops, devices, and folders
    named like articles ("x.txt/") that hold nothing. Linked folders are followed once each.
    Hidden entries (".git", ".DS_Store") are skipped."""
    seen = {os.path.realpath(folder)}
    for root, dirs, files in os.walk(folder, followlinks=True):
        kept = []
        for d in sorted(dirs):
            full = pathlib.Path(root, d)
            if d.startswith("."):
                continue
            real = os.path.realpath(full)
            if real in seen:
                yield full, "symbolic link loop (folder already read)"
                continue
            seen.add(real)
            kept.append(d)
            if pathlib.Path(d).suffix.lower() in _ARTICLE_SUFFIXES and not any(
                    not x.name.startswith(".") for x in full.iterdir()):
                yield full, "an empty folder, not a file"
        dirs[:] = kept
        for name in sorted(files):
            if name.startswith("."):
                continue
            full = pathlib.Path(root, name)
            if not full.exists():
                yield full, _missing(full)
            elif not full.is_file():
                yield full, "not a regular file (a device, a pipe or a socket)"
            else:
                yield full, None


def read_bytes(data: bytes, origin: str, stem: str, suffix: str = "", *, id: str | None = None,
               published: str | None = None, lang: str | None = None, title: str | None = None,
               source: str | None = None) -> Iterator[Article | ReadFailure]:
    meta = dict(published=published, lang=lang, title=title, source=source)
    try:
        text, decoding = decode_bytes(data)
    except DecodeError as exc:
        yield ReadFailure(origin, str(exc), id=id)
        return
    if decoding:
        (log.warning if "replaced" in decoding else log.info)("%s: %s", origin, decoding)
    if suffix in JSONL_SUFFIXES or (suffix not in HTML_SUFFIXES | FEED_SUFFIXES and _looks_like_jsonl(text)):
        yield from _noting(read_jsonl(text, origin, **meta), decoding)
        return
    if suffix in FEED_SUFFIXES or looks_like_feed(text):
        yield from _noting((as_article(x) for x in read_feed(text, origin)), decoding)
        return
    extracted = False
    url = None
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        body, page = extract_html(text, origin)
        if body is None:
            yield ReadFailure(origin, "HTML page with no article text", id=id)
            return
        text, extracted = body, True
        url = page.get("url")
        try:   # a page's own date is a hint: a malformed one is dropped, not fatal
            page["published"] = check_published(page.get("published"))
        except Invalid:
            page["published"] = None
        for k in ("title", "published", "source"):
            meta[k] = meta[k] or page.get(k)
    text = normalise_text(text)
    reason = check_body(text)
    if reason:
        yield ReadFailure(origin, reason, id=id)
        return
    yield as_article(Article(id=id or stem or content_id(text), text=text, url=url, origin=origin,
                             extracted=extracted, decoding=decoding, **meta))


def _noting(items: Iterator[Article | ReadFailure], decoding: str | None) -> Iterator[Article | ReadFailure]:
    """The articles of one file, each saying how the file's bytes were decoded."""
    for x in items:
        if decoding and isinstance(x, Article):
            x.decoding = "; ".join(n for n in (decoding, x.decoding) if n)
        yield x


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip()[:1]
    return first == "{" and '"text"' in text[:4096]


def read_jsonl(text: str, origin: str, **defaults) -> Iterator[Article | ReadFailure]:
    # rows end at "\n" only: str.splitlines() would also cut at U+2028, U+0085 or \x1c, which
    # JSON strings may hold unescaped, and break the row in two
    for n, line in enumerate(text.split("\n"), 1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        where = f"{origin}:{n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadFailure(where, f"not JSON: {exc.msg} at column {exc.colno}")
            continue
        except RecursionError:
            yield ReadFailure(where, "not JSON: nested too deeply")
            continue
        if not isinstance(row, dict):
            yield ReadFailure(where, 'a JSON Lines row needs a "text" string')
            continue
        yield as_article(row, origin=where, published=defaults.get("published"),
                         source=defaults.get("source"), lang=defaults.get("lang"))
