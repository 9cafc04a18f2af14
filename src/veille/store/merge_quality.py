"""The merge scored against a gold clustering: which reports are one real-world event.

A gold file (``tests/data/merge/*-gold.json``) lists clusters of report keys
("article id#event id"); a cluster's ``"needs": {"en": [keys]}`` names its reports that only
an English pipeline can read: they are left out, with a note, when the pipeline has none. The
response is the store's merged events (``merged_event_reports``). Scores are those of
``coref_metrics``: MUC, B-cubed, CEAF-e and CoNLL F1.
"""
from __future__ import annotations

import json
import pathlib
from dataclasses import dataclass, field

import sqlalchemy as sa

from veille.store import schema as t
from veille.store.coref_metrics import Scores, score


@dataclass
class Gold:
    path: pathlib.Path
    corpus: list[str]
    clusters: list[list[str]]
    needs: dict[str, list[str]] = field(default_factory=dict)     # language -> reports left out


def load_gold(path, languages=("fr",)) -> Gold:
    path = pathlib.Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ValueError(f"{path}: not a readable gold file ({exc})") from None
    gold = Gold(path=path, corpus=list(data.get("corpus") or []), clusters=[])
    for c in data.get("clusters") or []:
        reports = list(c["reports"])
        for lang, keys in (c.get("needs") or {}).items():
            if lang not in languages:
                gold.needs.setdefault(lang, []).extend(keys)
                reports = [r for r in reports if r not in keys]
        if reports:
            gold.clusters.append(reports)
    return gold


def system_clusters(db, article_ids=None) -> list[list[str]]:
    """The store's merged events as clusters of report keys (of these articles, if given)."""
    links = t.merged_event_reports.c
    groups: dict[str, list[str]] = {}
    with db.connect() as conn:
        for mid, aid, eid in conn.execute(sa.select(links.merged_id, links.article_id, links.event_id)):
            if article_ids is None or aid in article_ids:
                groups.setdefault(mid, []).append(f"{aid}#{eid}")
    return [sorted(g) for _, g in sorted(groups.items())]


@dataclass
class Evaluation:
    scores: Scores
    gold_events: int
    system_events: int
    unseen: list[str]      # gold reports the store has no event for (extraction changed?)


def evaluate(db, gold: Gold) -> Evaluation:
    """Scores of the store's merge on the articles the gold covers."""
    articles = {k.split("#", 1)[0] for c in gold.clusters for k in c}
    response = system_clusters(db, articles)
    with db.connect() as conn:
        known = {f"{a}#{e}" for a, e in conn.execute(sa.select(t.events.c.article_id, t.events.c.event_id))}
    unseen = sorted(k for c in gold.clusters for k in c if k not in known)
    return Evaluation(score(gold.clusters, response), len(gold.clusters), len(response), unseen)
