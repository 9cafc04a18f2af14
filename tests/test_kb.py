"""The actor knowledge base and the demonyms: well-formed, unambiguous data files."""
import re
from importlib import resources

from veille.nlp.registry import name_key
from veille.resolve.actor_kb import ActorKB

KINDS = {"state", "government", "military", "armed_group", "organization", "person", "media", "civilians", "other"}


def rows():
    with resources.files("veille.kb").joinpath("actors.tsv").open(encoding="utf-8", newline="") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    return [ln.rstrip("\n").split("\t") for ln in lines[1:]], lines[0].rstrip("\n").split("\t")


def test_every_row_has_its_eight_fields_and_a_known_kind():
    data, header = rows()
    assert header == ["id", "name", "kind", "country", "wikidata", "parent", "aliases", "source"]
    for r in data:
        assert len(r) == 8, r
        assert r[2] in KINDS, r
        assert not r[4] or re.fullmatch(r"Q\d+", r[4]), r


def test_ids_unique_parents_exist_and_wikidata_used_once():
    data, _ = rows()
    ids = [r[0] for r in data]
    assert len(ids) == len(set(ids))
    assert all(r[5] in set(ids) for r in data if r[5])
    qids = [r[4] for r in data if r[4]]
    assert len(qids) == len(set(qids))


def test_no_alias_names_two_actors():
    kb = ActorKB("fr")
    owner = {}
    for alias, entry in kb.all_aliases():
        key = name_key(alias)
        assert owner.setdefault(key, entry.id) == entry.id, (alias, owner[key], entry.id)


def test_demonyms_resolve_both_genders_and_numbers():
    kb = ActorKB("fr")
    assert {kb.demonym[w] for w in ("syrien", "syrienne", "syriens", "syriennes")} == {"SY"}
    assert kb.demonym["nigérien"] == "NE" and kb.demonym["nigérian"] == "NG"
    assert kb.military("SY").name == "Syrian Arab Army" and kb.government("SY").name == "Syrian government"
    assert kb.government("RU").name == "Russia"  # no separate government entry: the state
