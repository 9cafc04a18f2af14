"""The accuracy gate: the development sets must stay above pinned floors.

Floors sit a little under the scores measured when they were pinned (see README), so a
change that loses accuracy fails CI; raise them when accuracy improves.
"""
import pytest

from evaluate import SCORER, all_sets, evaluate

FLOORS = {
    # set: (headline, every facet's F1)
    "shared": (0.89, 0.80),
    "own": (0.86, 0.78),
    # real Wikinews copy (28 articles, 10 of them blind): 0.744 when first pinned, 0.820 at the
    # end of session 3 (events 0.713 the lowest facet); with the 8 harder development articles of
    # session 4 (36 in all; they score 0.705 alone) 0.790, quotes 0.673 the lowest facet; floors
    # 0.03 under (tests/data/real/README.md, FAILURES.md)
    "real-fr": (0.76, 0.64),
    # English: the fictional dispatches (0.826, events 0.697 the lowest facet; 0.891 after the
    # English event and count rules of session 4, actors 0.823 the lowest) and the 15
    # development real Wikinews articles (0.689, events 0.498; then 0.772, quotes 0.669 the
    # lowest; 0.850 after the second English round, events 0.763 the lowest; own-en then 0.927,
    # actors 0.852 the lowest); the 5 blind ones stay out
    "own-en": (0.89, 0.82),
    "real-en": (0.82, 0.73),
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
# the real copy and English are far from the French fictional sets on attributes: their own
# floors, 0.03 under the scores measured at the end of session 3 (README)
SET_ATTRIBUTE_FLOORS = {
    # 28 articles: figures place 0.61, date 0.66, reported_by 0.85; events status 0.92, source 0.51;
    # 36 (session 4): figures place 0.67, date 0.62, reported_by 0.86; events status 0.91, source 0.46
    "real-fr": {
        ("figures", "qualifier"): 0.96,
        ("figures", "reported_by"): 0.82,
        ("figures", "place"): 0.58,
        ("figures", "date"): 0.59,
        ("events", "status"): 0.88,
        ("events", "source"): 0.43,
    },
    # figures place 0.90, date 0.90, reported_by 0.62; events status 0.87, source 0.38. Figures
    # place 0.868 in session 4, when recall rose from 0.80 to 0.97: two of the tolls now matched
    # are a war's, in a country the text never names as a place
    "own-en": {
        ("figures", "qualifier"): 0.97,
        ("figures", "reported_by"): 0.59,
        ("figures", "place"): 0.83,
        ("figures", "date"): 0.87,
        ("events", "status"): 0.84,
        ("events", "source"): 0.35,
    },
    "real-en": {   # figures place 0.55, date 0.58, reported_by 0.60; events status 0.86, source 0.40
        ("figures", "qualifier"): 0.94,
        ("figures", "reported_by"): 0.57,
        ("figures", "place"): 0.52,
        ("figures", "date"): 0.55,
        ("events", "status"): 0.83,
        ("events", "source"): 0.37,
    },
}


@pytest.fixture(scope="module", params=sorted(FLOORS))
def scored(request):
    if not SCORER.exists():
        pytest.skip("shared/eval/score.py is not beside the project")
    if request.param not in {gset.name for gset in all_sets()}:
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
