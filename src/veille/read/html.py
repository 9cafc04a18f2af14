"""HTML page -> main article text and metadata, with trafilatura."""
from __future__ import annotations

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
    return (text.strip() if text and text.strip() else None), meta
