"""HTML page -> main article text and metadata, with trafilatura."""
from __future__ import annotations

import logging

MIN_ARTICLE_CHARS = 80


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def extract_html(html: str, origin: str = "<html>") -> tuple[str | None, dict]:
    """(main text or None when the page holds no article, metadata). trafilatura's own
    warnings ("discarding data: None") name no file: they are silenced, and the caller
    reports a page without an article as that file's failure."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    logging.getLogger("trafilatura").setLevel(logging.ERROR)

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    meta = {}
    doc = trafilatura.extract_metadata(html)
    if doc is not None:
        meta = {"title": doc.title, "published": doc.date, "url": doc.url,
                "source": doc.sitename}
    text = (text or "").strip()
    # a page whose "main text" is a menu item or a cookie notice holds no article
    if len(text) < MIN_ARTICLE_CHARS or len(text.split()) < 12:
        return None, meta
    return text, meta
