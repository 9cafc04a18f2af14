"""The number reader: French-formatted integers round-trip, words and vague counts read."""
from hypothesis import given, strategies as st

from veille.resolve.numbers import format_fr, parse_number


@given(st.integers(min_value=0, max_value=10**9), st.sampled_from([" ", "\u00a0", "\u202f", "."]))
def test_french_integers_round_trip(n, sep):
    assert parse_number(format_fr(n, sep)) == n


@given(st.integers(min_value=1, max_value=999_999))
def test_plain_digits(n):
    assert parse_number(str(n)) == n


def test_words_and_scales():
    assert parse_number("huit mille") == 8000
    assert parse_number("quatre-vingt-quinze") == 95
    assert parse_number("1,5 million") == 1_500_000
    assert parse_number("une vingtaine") == 20
    assert parse_number("des dizaines de milliers") == 20_000
    assert parse_number("2,5") is None  # a decimal is not a head count


def test_two_numbers_joined_are_read_apart():
    from veille.resolve.numbers import NumberReader
    reader = NumberReader("fr")

    def read(text):
        return [(text[n.start:n.end], n.value) for n in reader.find(text)]
    # the joiner of a compound ("vingt et un") joins two counts when they make no compound
    assert read("entre dix et quinze civils") == [("dix", 10), ("quinze", 15)]
    assert read("cinq et six blessés") == [("cinq", 5), ("six", 6)]
    assert read("vingt et un soldats") == [("vingt et un", 21)]
    assert read("soixante et onze morts") == [("soixante et onze", 71)]
