"""Merge quality: the rules the hard cases need, and the merge scored against the gold
clusterings (tests/data/merge/*-gold.json; benchmarks/merge.py prints the same scores)."""
from __future__ import annotations

import json
import pathlib

import pytest
import sqlalchemy as sa

from veille import store
from veille.store import merge, schema as t
from veille.store.merge_quality import evaluate, load_gold

from test_merge import GOMA, make_record

DATA = pathlib.Path(__file__).parent / "data" / "merge"
SUMY = dict(place="Sumy", lat=50.91, lon=34.80, country="UA", admin1="Sumy")


def groups(db) -> list[list[str]]:
    with db.connect() as conn:
        out = {}
        for mid, aid, eid in conn.execute(sa.select(t.merged_event_reports.c.merged_id,
                                                    t.merged_event_reports.c.article_id,
                                                    t.merged_event_reports.c.event_id)):
            out.setdefault(mid, []).append(f"{aid}#{eid}")
    return sorted(sorted(g) for g in out.values())


def test_a_generic_class_is_compatible_with_a_named_armed_group_not_with_an_army():
    assert merge.actors_compatible("Rebels", "March 23 Movement")
    assert merge.actors_compatible("Jihadists", "Jama'at Nusrat al-Islam wal-Muslimin")
    assert merge.actors_compatible("Unidentified armed group", "Jihadists")
    assert not merge.actors_compatible("Rebels", "Armed Forces of the Democratic Republic of the Congo")
    assert not merge.actors_compatible("March 23 Movement", "Allied Democratic Forces")


def test_the_rebels_two_sentences_after_the_m23_are_the_m23(new_store):
    rec = make_record("sake", source="AFP", published="2024-05-19", events=[
        dict(date="2024-05-18", actor="March 23 Movement", killed=4, **GOMA),
        dict(date="2024-05-18", actor="Rebels", **GOMA)])
    with store.open(new_store("sake")) as db:
        store.ingest([rec], db)
        assert groups(db) == [["sake#e1", "sake#e2"]]


def test_two_strikes_on_one_town_a_day_apart(new_store):
    recs = [
        make_record("mon-afp", source="AFP", published="2024-09-02", events=[dict(date="2024-09-02", killed=5, **SUMY)]),
        # the same agency's strike of the next day is another strike...
        make_record("tue-afp", source="AFP", published="2024-09-03", events=[dict(date="2024-09-03", killed=3, **SUMY)]),
        # ...and another agency's report of Tuesday joins Tuesday's, not Monday's, though a day
        # of tolerance would let it join either
        make_record("tue-reuters", source="Reuters", published="2024-09-03",
                    events=[dict(date="2024-09-03", killed=3, **SUMY)]),
    ]
    with store.open(new_store("sumy")) as db:
        store.ingest(recs, db)
        assert groups(db) == [["mon-afp#e1"], ["tue-afp#e1", "tue-reuters#e1"]]


def test_gold_reports_needing_another_language_are_left_out(tmp_path):
    path = tmp_path / "g.json"
    path.write_text(json.dumps({"corpus": [], "clusters": [
        {"event": "x", "reports": ["fr#e1", "en#e1"], "needs": {"en": ["en#e1"]}},
        {"event": "y", "reports": ["en#e2"], "needs": {"en": ["en#e2"]}}]}), encoding="utf-8")
    gold = load_gold(path, ("fr",))
    assert gold.clusters == [["fr#e1"]] and gold.needs == {"en": ["en#e1", "en#e2"]}
    assert load_gold(path, ("fr", "en")).clusters == [["fr#e1", "en#e1"], ["en#e2"]]
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.json: not a readable gold file"):
        load_gold(tmp_path / "bad.json")


def test_the_corpus_merge_against_its_gold(corpus_db):
    ev = evaluate(corpus_db, load_gold(DATA / "corpus-gold.json"))
    assert ev.unseen == []            # the gold names reports the extraction gives
    assert ev.scores.conll_f1 >= 0.90


def test_the_hard_cases_against_their_gold(new_store):
    gold = load_gold(DATA / "hard-gold.json")
    with store.open(new_store("hard")) as db:
        store.ingest([str(DATA / "hard")], db)
        ev = evaluate(db, gold)
    assert ev.unseen == []
    assert ev.scores.conll_f1 >= 0.90
    assert gold.needs == {"en": ["2024-07-14--Reuters--nigeria-bama-bombing#e1"]}


def test_an_event_told_by_a_running_total_is_background_not_the_days_event(new_store):
    from veille.record import Figure
    shelling = make_record("camp", source="AFP", published="2024-05-04", events=[
        dict(date="2024-05-03", killed=9, **GOMA), dict(date="2024-05-03", **GOMA)])
    # "Plus de 600.000 personnes ont fui les combats vers Goma depuis le début de l'année"
    shelling.figures.append(Figure(id="f9", kind="displaced", group="people", best=600000, span=(0, 7),
                                   scope="cumulative", scope_start="2024-01-01", scope_end="2024-05-04"))
    shelling.events[1].figures = ["f9"]
    other = make_record("camp2", source="Reuters", published="2024-05-04",
                        events=[dict(date="2024-05-03", killed=10, **GOMA)])
    with store.open(new_store("background")) as db:
        store.ingest([shelling, other], db)
        assert groups(db) == [["camp#e1", "camp2#e1"]]
        with db.connect() as conn:
            days = conn.execute(sa.select(t.events.c.date_start, t.events.c.date_end)
                                .where(t.events.c.article_id == "camp", t.events.c.event_id == "e2")).one()
        assert [str(d) for d in days] == ["2024-01-01", "2024-05-04"]
