"""Scores of a clustering of mentions against a gold one: the standard measures of
(cross-document) coreference, MUC, B-cubed and CEAF-e, and CoNLL F1, their mean.

Here a *mention* is one report (article id, event id) and a *cluster* one real-world event.
Mentions present on one side only count as singletons on the other side, so a report the
system never merged (or the gold never saw) costs what it should and nothing is silently
dropped.

- MUC (Vilain et al. 1995) counts links: the fewest links to add to the response to
  recover each key cluster.
- B-cubed (Bagga & Baldwin 1998) averages, over mentions, how much of each mention's key
  cluster its response cluster shares (recall) and the reverse (precision).
- CEAF-e (Luo 2005) aligns key and response clusters one to one, maximising the summed
  similarity phi4 = 2|K∩R| / (|K| + |R|), and divides by the number of clusters.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Hashable, Iterable

Cluster = frozenset


@dataclass(frozen=True)
class PRF:
    recall: float
    precision: float

    @property
    def f1(self) -> float:
        r, p = self.recall, self.precision
        return 0.0 if r + p == 0 else 2 * r * p / (r + p)


def _normalise(key: Iterable[Iterable[Hashable]], response: Iterable[Iterable[Hashable]]):
    """Clusters as frozensets, every mention of either side present on both (singletons)."""
    k = [Cluster(c) for c in key if c]
    r = [Cluster(c) for c in response if c]
    for side in (k, r):
        seen = set()
        for c in side:
            if seen & c:
                raise ValueError(f"a mention is in two clusters: {sorted(map(str, seen & c))[:3]}")
            seen |= c
    in_k = set().union(*k) if k else set()
    in_r = set().union(*r) if r else set()
    k += [Cluster([m]) for m in sorted(in_r - in_k, key=str)]
    r += [Cluster([m]) for m in sorted(in_k - in_r, key=str)]
    return k, r


def _muc_recall(key, response) -> float:
    where = {m: i for i, c in enumerate(response) for m in c}
    num = den = 0
    for c in key:
        parts = {where[m] for m in c}
        num += len(c) - len(parts)
        den += len(c) - 1
    return num / den if den else 0.0


def muc(key, response) -> PRF:
    k, r = _normalise(key, response)
    return PRF(_muc_recall(k, r), _muc_recall(r, k))


def _b3_recall(key, response) -> float:
    where = {m: c for c in response for m in c}
    total = sum(len(c) for c in key)
    s = sum(len(c & where[m]) / len(c) for c in key for m in c)
    return s / total if total else 0.0


def b_cubed(key, response) -> PRF:
    k, r = _normalise(key, response)
    return PRF(_b3_recall(k, r), _b3_recall(r, k))


def _phi4(a: frozenset, b: frozenset) -> float:
    return 2 * len(a & b) / (len(a) + len(b))


def best_assignment(weights: list[list[float]]) -> float:
    """The largest sum of weights over a one-to-one assignment of rows to columns
    (Hungarian algorithm with potentials, O(n^3); the matrix is padded to a square)."""
    n = max(len(weights), max((len(r) for r in weights), default=0))
    if n == 0:
        return 0.0
    cost = [[-(weights[i][j] if i < len(weights) and j < len(weights[i]) else 0.0) for j in range(n)]
            for i in range(n)]
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    p, way = [0] * (n + 1), [0] * (n + 1)          # p[j]: row matched to column j (1-based)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return -sum(cost[p[j] - 1][j - 1] for j in range(1, n + 1) if p[j])


def ceaf_e(key, response) -> PRF:
    k, r = _normalise(key, response)
    if not k or not r:
        return PRF(0.0, 0.0)
    sim = best_assignment([[_phi4(a, b) for b in r] for a in k])
    return PRF(sim / len(k), sim / len(r))


@dataclass(frozen=True)
class Scores:
    muc: PRF
    b_cubed: PRF
    ceaf_e: PRF

    @property
    def conll_f1(self) -> float:
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3


def score(key, response) -> Scores:
    key, response = [list(c) for c in key], [list(c) for c in response]
    return Scores(muc(key, response), b_cubed(key, response), ceaf_e(key, response))
