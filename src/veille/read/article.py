"""What a reader yields."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

# spaCy refuses texts over 1,000,000 characters by default; a dispatch is a few thousand.
MAX_CHARS = 1_000_000


@dataclass
class Article:
    id: str
    text: str
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    origin: str = "-"          # the file (and line) it came from, for messages
    extracted: bool = False    # True when the body was extracted from markup (HTML, feeds)
    decoding: str | None = None  # what was done to bytes or characters that were not clean text


@dataclass
class ReadFailure:
    origin: str
    reason: str
    id: str | None = None

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


def normalise_text(text: str) -> str:
    """The body as offsets count it: CRLF/CR become LF, nothing else changes."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def content_id(text: str) -> str:
    return "sha256-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def id_from_url(url: str) -> str:
    tail = re.sub(r"[?#].*$", "", url).rstrip("/").rsplit("/", 1)[-1]
    tail = re.sub(r"\.(s?html?|php|aspx?)$", "", tail)
    tail = re.sub(r"[^\w.-]+", "-", tail).strip("-")
    return tail or content_id(url)


def check_body(text: str) -> str | None:
    """Why a decoded body cannot be an article, or None when it can."""
    if not text.strip():
        return "empty: no text to extract"
    if len(text) > MAX_CHARS:
        return f"too large: {len(text):,} characters (limit {MAX_CHARS:,}); split it into articles"
    return None
