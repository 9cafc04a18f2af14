"""One door for every article: ``as_article`` turns a dict, a text or an Article into a
checked :class:`Article`, or a :class:`ReadFailure` saying why it cannot be one.

Every way in (``veille extract``, ``veille ingest``, ``extract_many``, ``POST /api/articles``,
the Ray engine) goes through here, so one JSON Lines row gets the same id and the same
verdict whichever door it comes through:

- id: the row's ``id`` (a string or an integer), else one made from its ``url``, else the
  text's hash (``sha256-...``);
- ``text``: a string, not blank, at most ``MAX_CHARS`` characters;
- ``title``, ``url``, ``source``, ``published``, ``lang``: strings (or null), of bounded length;
  ``published`` a real day (``YYYY-MM-DD``; an ISO date-time is cut to its day);
  ``lang`` one of the supported languages;
- characters no store can keep (lone UTF-16 surrogates, NUL) are replaced by U+FFFD, one
  for one so that offsets do not move, and the article says so (``Article.decoding``).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any, Mapping

from veille.read.article import Article, ReadFailure, check_body, content_id, id_from_url, normalise_text

FIELDS = ("id", "text", "published", "title", "url", "source", "lang")
# Longest metadata values: beyond these a value is not what its name says (and PostgreSQL
# cannot index a multi-kilobyte publisher name).
MAX_LEN = {"id": 512, "source": 200, "lang": 16, "published": 40, "title": 2000, "url": 4000}
_ISO_DAY = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")
_UNSTORABLE = re.compile("[\ud800-\udfff\x00]")
REPLACEMENT = "\ufffd"


class Invalid(ValueError):
    """A field that no door accepts; the message names the field."""


def check_published(value: Any) -> str | None:
    """``YYYY-MM-DD`` for a real day (a date-time is cut to its day), None for none; raises
    :class:`Invalid` for anything else ("2024-13-45", "hier")."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise Invalid(f'"published" must be a YYYY-MM-DD string, got {type(value).__name__}')
    m = _ISO_DAY.match(value.strip())
    try:
        if m is None:
            raise ValueError
        return dt.date.fromisoformat(m.group(1)).isoformat()
    except ValueError:
        raise Invalid(f'"published" is not a YYYY-MM-DD date: {_show(value)}') from None


def check_lang(value: Any) -> str | None:
    """A supported language code (lower case), None for none; raises :class:`Invalid`."""
    from veille.lang import SUPPORTED

    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise Invalid(f'"lang" must be a string, got {type(value).__name__}')
    code = value.strip().lower()
    if code not in SUPPORTED:
        raise Invalid(f'"lang" {_show(value)} is not supported (supported: {", ".join(SUPPORTED)})')
    return code


def clean_text(text: str) -> tuple[str, int]:
    """``text`` with the characters no store can keep (lone surrogates, NUL) replaced by
    U+FFFD, one for one, and how many were replaced."""
    n = 0

    def swap(_m) -> str:
        nonlocal n
        n += 1
        return REPLACEMENT
    return _UNSTORABLE.sub(swap, text), n


def as_article(item: Any, *, origin: str | None = None, published: str | None = None,
               source: str | None = None, lang: str | None = None) -> Article | ReadFailure:
    """A dict with the JSON Lines keys, a bare text or an Article -> a checked Article, or
    the ReadFailure naming what is wrong. ``published``, ``source`` and ``lang`` fill what
    the item lacks. Never raises."""
    if isinstance(item, ReadFailure):
        return item
    if isinstance(item, Article):
        row: Mapping[str, Any] = dataclasses.asdict(item)
        where = origin or item.origin
    elif isinstance(item, str):
        row = {"text": item}
        where = origin or "<text>"
    elif isinstance(item, Mapping):
        row = item
        where = origin or _origin_of(row)
    else:
        return ReadFailure(origin or _show(item), f"not an article: a {type(item).__name__} "
                                                  "(expected a text, a dict with \"text\" or an Article)")
    try:
        return _checked(row, where, published, source, lang,
                        item if isinstance(item, Article) else None)
    except Invalid as exc:
        return ReadFailure(where, str(exc), id=_safe_id(row))


def _checked(row: Mapping[str, Any], where: str, published, source, lang, original: Article | None) -> Article:
    text = row.get("text")
    if not isinstance(text, str):
        raise Invalid('a JSON Lines row needs a "text" string' if text is None
                      else f'"text" must be a string, got {type(text).__name__}')
    notes = []
    meta: dict[str, str | None] = {}
    for key in ("id", "title", "url", "source", "published", "lang"):
        value = row.get(key)
        if key == "id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if value is not None and not isinstance(value, str) and key != "published":
            raise Invalid(f'"{key}" must be a string or null, got {type(value).__name__}')
        if isinstance(value, str):
            value, bad = clean_text(value.strip() if key != "title" else value)
            if bad and key == "id":
                raise Invalid('"id" holds characters that are not valid Unicode (lone surrogates or NUL)')
            if len(value) > MAX_LEN[key]:
                raise Invalid(f'"{key}" is too long: {len(value):,} characters (at most {MAX_LEN[key]:,})')
        meta[key] = value or None
    meta["published"] = check_published(meta["published"] or published)
    meta["lang"] = check_lang(meta["lang"] or lang)
    meta["source"] = meta["source"] or source
    body, bad = clean_text(normalise_text(text))
    if bad:
        notes.append(f"{bad} invalid character(s) (lone surrogates or NUL) replaced by U+FFFD")
    reason = check_body(body)
    if reason:
        raise Invalid(reason)
    ident = meta["id"] or (id_from_url(meta["url"]) if meta["url"] else content_id(body))
    decoding = "; ".join(x for x in (original.decoding if original else None, *notes) if x) or None
    return Article(id=ident, text=body, published=meta["published"], title=meta["title"], url=meta["url"],
                   source=meta["source"], lang=meta["lang"], origin=where,
                   extracted=bool(original.extracted) if original else False, decoding=decoding)


def _origin_of(row: Mapping[str, Any]) -> str:
    ident = _safe_id(row)
    return ident if ident else "<row>"


def _safe_id(row: Any) -> str | None:
    """The row's id as a printable string, when it has a usable one."""
    value = row.get("id") if isinstance(row, Mapping) else None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if isinstance(value, str) and value.strip() and len(value) <= MAX_LEN["id"]:
        return clean_text(value.strip())[0]
    return None


def _show(value: Any) -> str:
    text = repr(value)
    return clean_text(text if len(text) <= 40 else text[:39] + "…")[0]
