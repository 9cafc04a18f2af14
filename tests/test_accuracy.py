"""The accuracy gate: the development sets must stay above pinned floors.

Floors sit a little under the scores measured when they were pinned (see README), so a
change that loses accuracy fails CI; raise them when accuracy improves.
"""
import pytest

from conftest import gold_sets
from evaluate import SCORER, evaluate

FLOORS = {
    # set: (headline, every facet's F1)
    "shared": (0.89, 0.80),
    "own": (0.86, 0.78),
    # real Wikinews copy (28 articles, 10 of them blind): 0.744 when pinned, events 0.543 the
    # lowest facet; floors 0.03 under (tests/data/real/README.md)
    "real-fr": (0.71, 0.51),
}
# attributes checked on the matched items: (facet, attribute) -> floor, on every set
ATTRIBUTE_FLOORS = {
    ("figures", "qualifier"): 0.90,
    ("figures", "reported_by"): 0.78,
    ("figures", "place"): 0.75,
    ("figures", "date"): 0.75,
    ("events", "status"): 0.85,
    # 0.68 until the blind wire-style rw- dispatches joined the own set (their event sources
    # scored 0.43 blind, 0.59 now): the own set as a whole is at 0.66
    ("events", "source"): 0.63,
}
# the real copy is far from the fictional sets on attributes: its own floors, 0.03 under the
# scores measured when they were pinned (figures place 0.59, date 0.60, reported_by 0.88;
# events status 0.93, source 0.42)
SET_ATTRIBUTE_FLOORS = {
    "real-fr": {
        ("figures", "qualifier"): 0.97,
        ("figures", "reported_by"): 0.85,
        ("figures", "place"): 0.56,
        ("figures", "date"): 0.57,
        ("events", "status"): 0.90,
        ("events", "source"): 0.39,
    },
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request):
    if not SCORER.exists():
        pytest.skip("shared/eval/score.py is not beside the project")
    if request.param not in {name for name, _, _ in gold_sets()}:
        pytest.skip(f"the {request.param} texts are not beside the project (../shared/eval)")
    return request.param, evaluate(request.param)


def test_headline_and_facet_floors(scored):
    name, result = scored
    headline, facet_floor = FLOORS[name]
    low = {f: v["f1"] for f, v in result["facets"].items() if v["f1"] < facet_floor}
    assert result["score"] >= headline, result
    assert not low, low


def test_attribute_floors(scored):
    name, result = scored
    low = {f"{facet}.{attr}": result["facets"][facet]["attributes"].get(attr)
           for (facet, attr), floor in SET_ATTRIBUTE_FLOORS.get(name, ATTRIBUTE_FLOORS).items()
           if result["facets"][facet]["attributes"].get(attr, 1.0) < floor}
    assert not low, (name, low)
