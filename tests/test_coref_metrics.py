"""MUC, B-cubed, CEAF-e and CoNLL F1 on the textbook examples, with their hand-derived values."""
from fractions import Fraction as F
from itertools import permutations

import pytest

from veille.store.coref_metrics import b_cubed, best_assignment, ceaf_e, muc, score

# Bagga & Baldwin (1998), also Luo (2005): key {1-5} {6,7} {8-12}
KEY = [range(1, 6), [6, 7], range(8, 13)]
MERGES_SMALL = [range(1, 6), range(6, 13)]                      # {6,7} joined to {8-12}
MERGES_LARGE = [[1, 2, 3, 4, 5, 8, 9, 10, 11, 12], [6, 7]]    # {1-5} joined to {8-12}


def approx(x):
    return pytest.approx(float(x), abs=1e-9)


def test_muc_cannot_tell_the_two_wrong_merges_apart():
    # both responses hold one wrong link out of 12 - 2 = 10: R = 1, P = 9/10
    for resp in (MERGES_SMALL, MERGES_LARGE):
        m = muc(KEY, resp)
        assert m.recall == approx(1)
        assert m.precision == approx(F(9, 10))


def test_b_cubed_penalises_the_larger_wrong_merge_more():
    small, large = b_cubed(KEY, MERGES_SMALL), b_cubed(KEY, MERGES_LARGE)
    assert small.recall == approx(1) and large.recall == approx(1)
    assert small.precision == approx(F(16, 21))        # (5*1 + 2*2/7 + 5*5/7) / 12
    assert large.precision == approx(F(7, 12))         # (10*5/10 + 2*1) / 12


def test_ceaf_e_aligns_clusters_one_to_one():
    c = ceaf_e(KEY, MERGES_SMALL)
    total = 1 + F(10, 12)                               # {1-5}->{1-5}, {8-12}->{6-12}
    assert c.recall == approx(total / 3)
    assert c.precision == approx(total / 2)


def test_pradhan_2014_example_with_mentions_on_one_side_only():
    # key {a,b,c} {d,e,f,g}; response {a,b} {c,d} {f,g,h,i}: e, h and i count as singletons
    key = [list("abc"), list("defg")]
    resp = [list("ab"), list("cd"), list("fghi")]
    m = muc(key, resp)
    assert (m.recall, m.precision) == (approx(F(2, 5)), approx(F(2, 5)))
    b = b_cubed(key, resp)
    # h and i are key singletons too: (2/3+2/3+1/3 + 1/4+1/4+2/4+2/4 + 1 + 1) / 9
    assert b.recall == approx(F(31, 54))
    assert b.precision == approx(F(11, 18))            # (1+1 + 1/2+1/2 + 2/4+2/4+1/4+1/4 + 1) / 9


def test_perfect_and_all_singletons():
    s = score(KEY, KEY)
    assert s.conll_f1 == approx(1)
    singles = [[m] for c in KEY for m in c]
    s = score(KEY, singles)
    assert s.muc.recall == 0 and s.muc.f1 == 0
    assert s.b_cubed.precision == approx(1) and s.b_cubed.recall == approx(F(3, 12))   # each cluster adds |c| * 1/|c|
    assert 0 < s.conll_f1 < 1


def test_conll_f1_is_the_mean_of_the_three():
    s = score(KEY, MERGES_SMALL)
    assert s.conll_f1 == approx((s.muc.f1 + s.b_cubed.f1 + s.ceaf_e.f1) / 3)


def test_a_mention_in_two_clusters_is_refused():
    with pytest.raises(ValueError, match="two clusters"):
        score([[1, 2], [2, 3]], [[1, 2, 3]])


@pytest.mark.parametrize("weights", [
    [[0.9, 0.8, 0.0], [0.85, 0.0, 0.0], [0.0, 0.7, 0.6]],   # greedy (0.9 first) loses here
    [[1, 2, 3, 4], [2, 4, 6, 8], [3, 6, 9, 12], [4, 8, 12, 16]],
    [[0.5, 0.1], [0.2, 0.3], [0.9, 0.0]],                     # more rows than columns
])
def test_best_assignment_matches_brute_force(weights):
    n = max(len(weights), len(weights[0]))
    sq = [[weights[i][j] if i < len(weights) and j < len(weights[i]) else 0 for j in range(n)] for i in range(n)]
    brute = max(sum(sq[i][p[i]] for i in range(n)) for p in permutations(range(n)))
    assert best_assignment(weights) == pytest.approx(brute)
