"""An article page's bytes -> its main text and metadata (trafilatura): text, title, date,
author, publisher. Feeds' own entries give the fallback when a page holds no article text."""
from __future__ import annotations

import codecs
from dataclasses import dataclass

from veille.read.article import check_body, normalise_text
from veille.read.decode import DecodeError, decode_bytes
from veille.read.feeds import entry_body
from veille.read.html import MIN_ARTICLE_CHARS


@dataclass
class Page:
    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    publisher: str | None = None


class PageError(ValueError):
    pass


def decode_page(body: bytes, charset: str | None) -> str:
    """The HTTP charset when it names a known codec, else UTF-8 or the legacy encodings of
    French sites (cp1252, Latin-1) as ``veille.read`` detects them."""
    if charset:
        try:
            codecs.lookup(charset)
        except LookupError:
            charset = None
    if charset:
        try:
            return body.decode(charset)
        except UnicodeDecodeError:
            pass        # the header lies (it happens): detect instead
    try:
        return decode_bytes(body)
    except DecodeError as exc:
        raise PageError(str(exc)) from None


def read_page(body: bytes, charset: str | None, url: str) -> Page:
    """Raises PageError when the page holds no article text."""
    import trafilatura   # slow to import; only pages need it

    html = decode_page(body, charset)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      include_tables=False)
    text = normalise_text((getattr(doc, "text", None) or "").strip()) if doc is not None else ""
    title = getattr(doc, "title", None)
    first, _, rest = text.partition("\n")
    if title and rest.strip() and " ".join(first.split()) == " ".join(title.split()):
        # trafilatura keeps the page's <h1> as the body's first line: the headline is the
        # title, not a sentence of the dispatch
        text = rest.strip()
    if len(text) < MIN_ARTICLE_CHARS or len(text.split()) < 12:
        raise PageError("no article text in the page")
    reason = check_body(text)
    if reason:
        raise PageError(reason)
    return Page(text=text, title=title, published=getattr(doc, "date", None),
                author=getattr(doc, "author", None), publisher=getattr(doc, "sitename", None))


def entry_text(entry) -> str | None:
    """The text a feed entry carries itself (full content, else summary), or None when it is
    too short to be an article."""
    body = entry_body(entry)
    if len(body) < MIN_ARTICLE_CHARS or check_body(body):
        return None
    return body
