"""HTML page -> main article text and metadata, with trafilatura."""
from __future__ import annotations

MIN_ARTICLE_CHARS = 80


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def extract_html(html: str) -> tuple[str | None, dict]:
    """(main text or None when the page holds no article, metadata)."""
    import trafilatura  # imported here: it is slow to import and only HTML needs it

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
