"""RSS/Atom feeds saved on disk -> one article per entry (feedparser)."""
from __future__ import annotations

import time
from typing import Iterator

import feedparser

from veille.read.article import Article, ReadFailure, check_body, id_from_url, normalise_text
from veille.read.html import extract_html


def looks_like_feed(text: str) -> bool:
    head = text[:1024].lstrip().lower()
    return head.startswith("<?xml") and ("<rss" in text[:4096].lower() or "<feed" in text[:4096].lower()) \
        or head.startswith(("<rss", "<feed"))


def entry_body(entry) -> str:
    """The text a feed entry carries itself: its full content, else its summary, as plain
    text (markup read by trafilatura), normalised; "" when it has none."""
    body = ""
    if entry.get("content"):
        body = entry["content"][0].get("value", "")
    body = body or entry.get("summary", "")
    if "<" in body:
        extracted, _ = extract_html(f"<html><body><article>{body}</article></body></html>")
        body = extracted or ""
    return normalise_text(body.strip())


def read_feed(text: str, origin: str) -> Iterator[Article | ReadFailure]:
    parsed = feedparser.parse(text)
    if parsed.bozo and not parsed.entries:
        yield ReadFailure(origin, f"not a readable feed: {parsed.bozo_exception}")
        return
    source = parsed.feed.get("title")
    for n, entry in enumerate(parsed.entries, 1):
        where = f"{origin}#entry{n}"
        body = entry_body(entry)
        reason = check_body(body)
        link = entry.get("link")
        ident = entry.get("id") or link
        if reason:
            yield ReadFailure(where, reason, id=ident)
            continue
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", stamp) if stamp else None
        yield Article(id=id_from_url(ident) if ident else f"{origin}-{n}", text=body,
                      published=published, title=entry.get("title"), url=link, source=source,
                      origin=where, extracted=True)
