"""Hand-annotated gold agrees with its text: the real Wikinews sets (tests/data/real/<lang>/,
texts in ../shared/eval/real/<lang>/) and the English fictional dispatches
(tests/data/gold/en-*.json, texts in tests/data/articles/). Every span lies inside the text and
covers the words it claims, every name an item refers to is an actor or place of the same file,
places have real coordinates and dates are ISO values. A gold file that drifts from its text
would make every score taken on it meaningless, so this runs without the extractor.
"""
from __future__ import annotations

import json
import pathlib
import re

import pytest

from conftest import OWN_DATA, SHARED_EVAL

REAL_GOLD = OWN_DATA / "real"
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")
GOLD_FILES = sorted(REAL_GOLD.glob("*/*.json")) + sorted((OWN_DATA / "gold").glob("en-*.json"))


def _text_of(gold_path: pathlib.Path, meta: dict) -> str:
    if gold_path.parent.parent == REAL_GOLD:
        text_path = SHARED_EVAL / "real" / gold_path.parent.name / meta["file"]
    else:
        text_path = OWN_DATA / "articles" / meta["file"]
    if not text_path.exists():
        pytest.skip(f"{text_path} is not beside the project")
    return text_path.read_text(encoding="utf-8").replace("\r\n", "\n")


def _iso_ok(value: str) -> bool:
    return all(ISO.match(part) for part in value.split("/"))


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_gold_agrees_with_its_text(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    meta = gold["article"]
    assert meta["file"] == gold_path.stem + ".txt"
    assert meta["lang"] == (gold_path.parent.name if gold_path.parent.parent == REAL_GOLD else gold_path.stem[:2])
    assert _iso_ok(meta["published"]) and len(meta["published"]) == 10
    text = _text_of(gold_path, meta)

    problems = []
    # the words each item claims to cover, by facet
    claimed = {"timexes": "text", "figures": "text", "quotes": "text", "events": "evidence"}
    for facet, field in claimed.items():
        for item in gold[facet]:
            start, end = item["span"]
            if not 0 <= start < end <= len(text):
                problems.append(f"{facet} span {item['span']} outside the text")
            elif field in item and text[start:end] != item[field]:
                problems.append(f"{facet} span {item['span']} covers {text[start:end]!r}, not {item[field]!r}")

    actors = {a["name"] for a in gold["actors"]}
    places = {p["name"] for p in gold["places"]}
    figure_ids = {f["id"] for f in gold["figures"] if "id" in f}
    refs = [("figures", ("reported_by",), ("place",)), ("quotes", ("speaker",), ()),
            ("events", ("source", "target", "reported_by"), ("place",))]
    for facet, actor_keys, place_keys in refs:
        for item in gold[facet]:
            problems += [f"{facet} {k} {item[k]!r} is no actor of the file"
                         for k in actor_keys if item.get(k) and item[k] not in actors]
            problems += [f"{facet} {k} {item[k]!r} is no place of the file"
                         for k in place_keys if item.get(k) and item[k] not in places]
    for event in gold["events"]:
        problems += [f"event figure {f!r} does not exist" for f in event.get("figures", []) if f not in figure_ids]

    for place in gold["places"]:
        if place["feature"] == "continent":
            continue
        if not re.fullmatch(r"[A-Z]{2}", place.get("country", "")):
            problems.append(f"place {place['name']!r} has no ISO country code")
        if place["feature"] != "country" and not (
                -90 <= place.get("lat", 999) <= 90 and -180 <= place.get("lon", 999) <= 180):
            problems.append(f"place {place['name']!r} has no real coordinates")

    for item in gold["timexes"]:
        if item["value"] != "PRESENT_REF" and not _iso_ok(item["value"]):
            problems.append(f"timex {item['text']!r} has value {item['value']!r}")
    for item in gold["figures"] + gold["events"]:
        if item.get("date") and not _iso_ok(item["date"]):
            problems.append(f"date {item['date']!r} is not ISO")
    assert not problems, "\n".join(problems)


def test_real_gold_is_present():
    # a check that silently tests nothing would hide a moved folder
    assert GOLD_FILES, f"no gold under {REAL_GOLD}"


def test_blind_list_names_real_gold():
    # tests/evaluate.py keeps these out of 'real-en'; a typo would leak a blind file into it
    blind = [x.strip() for x in (REAL_GOLD / "blind-en.txt").read_text(encoding="utf-8").splitlines()
             if x.strip() and not x.startswith("#")]
    assert blind
    assert [s for s in blind if not (REAL_GOLD / "en" / f"{s}.json").exists()] == []
