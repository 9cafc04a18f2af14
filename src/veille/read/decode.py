"""Bytes -> str: UTF-8 first, then the legacy encodings of French feeds (cp1252, Latin-1).

A file that is not valid UTF-8 is decided on evidence: when its valid multi-byte UTF-8
characters ("é" as C3 A9) outnumber its invalid bytes, it is UTF-8 with a few damaged
bytes, which become U+FFFD (decoding it as cp1252 would turn every "É" into "Ã‰"); when it
has no more valid multi-byte characters than bad bytes, it is a legacy encoding. Either way
the caller gets a note saying what was done, for the record and a warning.
"""
from __future__ import annotations

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    pass


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bool(head) and control / len(head) > 0.05


def utf8_evidence(data: bytes) -> tuple[int, int]:
    """(valid multi-byte UTF-8 characters, bytes that are not UTF-8) in ``data``."""
    text = data.decode("utf-8", "surrogateescape")
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    valid = sum(1 for ch in text if ch > "\x7f") - bad
    return valid, bad


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """(text, note): the note is None for clean UTF-8, else what was done to the bytes."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if looks_binary(data):
        raise DecodeError("binary file, not text")
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    valid, bad = utf8_evidence(data)
    if valid > bad:
        text = data.decode("utf-8", "replace")
        return text, f"UTF-8 with {bad} invalid byte(s) replaced by U+FFFD"
    # French feeds that are not UTF-8 are nearly always Windows-1252 or Latin-1; ask the
    # detector only among those so that it does not guess an exotic code page.
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15"]).best()
    if best is None:
        raise DecodeError("undecodable bytes: neither UTF-8 nor cp1252/Latin-1")
    return str(best), f"decoded as {best.encoding} (not UTF-8)"
