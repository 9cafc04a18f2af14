"""Wire-copy cases of session 16, each a defect a probe in agency format showed (or one the
failure list named), reduced to the sentence that shows it. The sentences and the persons in them
are invented."""
from __future__ import annotations

import pytest

from test_wire_copy import name_of, place_of, record


def sources(rec):
    return [(e.type, name_of(rec, e.source)) for e in rec.events]


# ------------------------------------------------------------------ time
@pytest.mark.parametrize("lang, text, want", [
    ("en", "Rebels attacked the town on March 3 last year.", ("March 3 last year", "2023-03-03")),
    ("en", "Rebels attacked the town in March last year.", ("in March last year", "2023-03")),
    ("fr", "Des rebelles ont attaqué la ville le 3 mars de l'année dernière.",
     ("le 3 mars de l'année dernière", "2023-03-03")),
    ("fr", "Des rebelles ont attaqué la ville en mars de l'an dernier.", ("en mars de l'an dernier", "2023-03")),
])
def test_a_date_followed_by_a_counted_year_is_one_date_in_that_year(lang, text, want):
    rec = record(text, lang=lang, published="2024-05-14")
    assert [(t.text, t.value) for t in rec.timexes] == [want]
    assert [e.date for e in rec.events] == [want[1]]
