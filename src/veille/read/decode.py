"""Bytes -> str: UTF-8 first, then the legacy encodings of French feeds (cp1252, Latin-1)."""
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


def decode_bytes(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if looks_binary(data):
        raise DecodeError("binary file, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # French feeds that are not UTF-8 are nearly always Windows-1252 or Latin-1; ask the
    # detector only among those so that it does not guess an exotic code page.
    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "iso8859_15"]).best()
    if best is None:
        raise DecodeError("undecodable bytes: neither UTF-8 nor cp1252/Latin-1")
    return str(best)
