"""The accuracy gate: the development sets must stay above pinned floors.

Floors sit a little under the scores measured when they were pinned (see README), so a
change that loses accuracy fails CI; raise them when accuracy improves.
"""
import pytest

from evaluate import SCORER, all_sets, evaluate

FLOORS = {
    # set: (headline, every facet's F1), 0.03 under the scores at the end of session 7
    # (README "Accuracy"; a facet floor under the lowest facet then)
    "shared": (0.92, 0.87),     # 0.955; events 0.905 the lowest
    "own": (0.89, 0.82),        # 0.925; events 0.853
    # real Wikinews copy, development part (59 articles since session 6; the blind ones are
    # never run here): 0.918 at session 7's start, 0.924 at its end; events 0.790 the lowest
    "real-fr": (0.89, 0.76),
    # English: the fictional dispatches (0.939 -> 0.941 in session 7; actors 0.885 and places
    # 0.897 the lowest) and the 15 development real Wikinews articles (0.881 -> 0.882; time
    # expressions 0.869 the lowest)
    "own-en": (0.91, 0.85),
    "real-en": (0.85, 0.83),
}
# attributes checked on the matched items: (facet, attribute) -> floor, on every set
ATTRIBUTE_FLOORS = {
    ("figures", "qualifier"): 0.90,
    ("figures", "reported_by"): 0.78,
    ("figures", "place"): 0.75,
    ("figures", "date"): 0.75,
    ("events", "status"): 0.85,
    # 0.68 until the blind wire-style rw- dispatches joined the own set (their event sources
    # scored 0.43 blind, 0.59 now): the own set as a whole is at 0.66-0.69
    ("events", "source"): 0.63,
}
# the real copy and English are far from the French fictional sets on attributes: their own
# floors, 0.03 under the scores measured when each was last pinned (in the comments)
SET_ATTRIBUTE_FLOORS = {
    # figures place 0.84, date 0.92, reported_by 0.98, qualifier 1.00; events status 0.96, source
    # 0.70 (59 articles, end of session 7; source was 0.58 at its start)
    "real-fr": {
        ("figures", "qualifier"): 0.97,
        ("figures", "reported_by"): 0.95,
        ("figures", "place"): 0.81,
        ("figures", "date"): 0.89,
        ("events", "status"): 0.93,
        ("events", "source"): 0.67,
    },
    # figures place 0.87, date 0.94, reported_by 0.64; events status 0.94, source 0.50 (figures
    # place fell from 0.90 in session 4 when recall rose from 0.80 to 0.97: two tolls now matched
    # are a war's, in a country the text never names as a place)
    "own-en": {
        ("figures", "qualifier"): 0.97,
        ("figures", "reported_by"): 0.61,
        ("figures", "place"): 0.84,
        ("figures", "date"): 0.91,
        ("events", "status"): 0.91,
        ("events", "source"): 0.47,
    },
    # figures place 0.68, date 0.67, reported_by 0.81, qualifier 0.98; events status 0.94, source
    # 0.58 (end of session 7)
    "real-en": {
        ("figures", "qualifier"): 0.95,
        ("figures", "reported_by"): 0.78,
        ("figures", "place"): 0.67,
        ("figures", "date"): 0.64,
        ("events", "status"): 0.91,
        ("events", "source"): 0.55,
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
