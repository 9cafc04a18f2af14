"""The accuracy gate: the development sets must stay above pinned floors.

Floors sit a little under the scores measured when they were pinned (see README), so a
change that loses accuracy fails CI; raise them when accuracy improves.
"""
import pytest

from evaluate import SCORER, all_sets, evaluate

FLOORS = {
    # set: (headline, every facet's F1), 0.03 under the scores at the end of session 4
    # (README "Accuracy"; a facet floor under the lowest facet then)
    "shared": (0.91, 0.86),     # 0.942; events 0.896 the lowest
    "own": (0.87, 0.80),        # 0.901; quotes 0.831
    # real Wikinews copy, development part (46 articles; the blind ones are never run here):
    # 0.858 on 36 at the end of session 4; 0.826 when the second blind set joined (session 5),
    # events 0.716 the lowest
    "real-fr": (0.79, 0.68),
    # English: the fictional dispatches (0.826 -> 0.930 in session 4; actors 0.857 the lowest)
    # and the 15 development real Wikinews articles (0.689 -> 0.852; events 0.761)
    "own-en": (0.90, 0.82),
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
    # scored 0.43 blind, 0.59 now): the own set as a whole is at 0.66-0.69
    ("events", "source"): 0.63,
}
# the real copy and English are far from the French fictional sets on attributes: their own
# floors, 0.03 under the scores measured at the end of session 4 (in the comments)
SET_ATTRIBUTE_FLOORS = {
    # figures place 0.69, date 0.64, reported_by 0.84, qualifier 0.97; events status 0.94, source
    # 0.46 (46 articles, session 5's start)
    "real-fr": {
        ("figures", "qualifier"): 0.94,
        ("figures", "reported_by"): 0.81,
        ("figures", "place"): 0.66,
        ("figures", "date"): 0.61,
        ("events", "status"): 0.91,
        ("events", "source"): 0.43,
    },
    # figures place 0.87, date 0.94, reported_by 0.64; events status 0.94, source 0.47 (figures
    # place fell from 0.90 when recall rose from 0.80 to 0.97: two tolls now matched are a war's,
    # in a country the text never names as a place)
    "own-en": {
        ("figures", "qualifier"): 0.97,
        ("figures", "reported_by"): 0.61,
        ("figures", "place"): 0.84,
        ("figures", "date"): 0.91,
        ("events", "status"): 0.91,
        ("events", "source"): 0.44,
    },
    # figures place 0.70, date 0.65, reported_by 0.67, qualifier 0.98; events status 0.86, source 0.47
    "real-en": {
        ("figures", "qualifier"): 0.95,
        ("figures", "reported_by"): 0.64,
        ("figures", "place"): 0.67,
        ("figures", "date"): 0.62,
        ("events", "status"): 0.83,
        ("events", "source"): 0.44,
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
