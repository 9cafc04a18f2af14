"""One fetch per page, one article per text.

- :func:`normalise_url`: the key a page is known by. courlan (trafilatura's URL library)
  lower-cases the scheme and host, drops default ports, sorts the query and removes tracking
  parameters (``utm_*``, ``xtor``, ``fbclid``...); the fragment is dropped here, since it
  never names another page.
- :class:`NearDuplicates`: wire copy carried by several outlets differs by a byline, a
  headline, a sentence added or cut. Texts are compared by the Jaccard similarity of their
  word 5-shingles, estimated with MinHash signatures and looked up in a MinHash LSH index
  (datasketch), so a lookup costs the same with ten or a million stored texts.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import urlsplit, urlunsplit

import numpy as np
from courlan import normalize_url as _courlan_normalize
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SCHEME = "affine32"    # datasketch's hashing scheme, fixed: stored signatures must stay comparable
SHINGLE = 5            # words per shingle: long enough that two dispatches on one event differ
# estimated Jaccard similarity from which two texts are one text: an outlet's dateline, byline
# or added closing sentence on a short dispatch costs 10-20 % of its shingles; two outlets'
# own accounts of one event share far less
THRESHOLD = 0.7
# the LSH index returns candidates from a lower similarity, so that few true pairs at the
# threshold are missed (its banding is probabilistic); candidates are then checked exactly
LSH_THRESHOLD = 0.5
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise_url(url: str) -> str:
    url = url.strip()
    try:
        url = _courlan_normalize(url)
    except (ValueError, AttributeError):
        pass        # courlan refuses some odd URLs; the plain form below still keys them
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def article_id_for(url: str) -> str:
    """A readable, stable article id for a page: host, last path segment, short URL hash
    (two pages of one site may end alike: ``/2024/06/11/index.html``)."""
    parts = urlsplit(url)
    tail = parts.path.rstrip("/").rsplit("/", 1)[-1]
    tail = re.sub(r"\.(s?html?|php|aspx?)$", "", tail)
    tail = re.sub(r"[^\w.-]+", "-", tail).strip("-")[:120]
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:8]
    return f"{parts.hostname or 'page'}-{tail + '-' if tail else ''}{digest}"


def shingles(text: str) -> set[bytes]:
    """Word 5-shingles of the text, case- and accent-folded (typographic variants of one
    copy, "é" typed two ways, curly or straight quotes, do not count as differences)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    words = _WORD.findall(folded)
    if len(words) < SHINGLE:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i:i + SHINGLE]).encode("utf-8") for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    m.update_batch(list(shingles(text)))
    return m


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype="<u4").tobytes()


def from_bytes(data: bytes) -> MinHash:
    values = np.frombuffer(data, dtype="<u4").astype(np.uint32)
    return MinHash(num_perm=NUM_PERM, hashvalues=values, scheme=SCHEME)


class NearDuplicates:
    """The stored texts' signatures, searchable by similarity."""

    def __init__(self, threshold: float = THRESHOLD):
        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=min(threshold, LSH_THRESHOLD), num_perm=NUM_PERM)
        self._sigs: dict[str, MinHash] = {}

    def __len__(self) -> int:
        return len(self._sigs)

    def __contains__(self, article_id: str) -> bool:
        return article_id in self._sigs

    def add(self, article_id: str, sig: MinHash) -> None:
        if article_id not in self._sigs:
            self._lsh.insert(article_id, sig)
            self._sigs[article_id] = sig

    def match(self, sig: MinHash, exclude: str | None = None) -> tuple[str, float] | None:
        """The most similar stored text at or above the threshold: (article id, similarity).
        LSH candidates are checked against the threshold on their estimated similarity
        (LSH alone lets some pairs below it through)."""
        best = None
        for cand in self._lsh.query(sig):
            if cand == exclude:
                continue
            sim = float(sig.jaccard(self._sigs[cand]))
            if sim >= self.threshold and (best is None or (sim, cand) > (best[1], best[0])):
                best = (cand, sim)
        return best
