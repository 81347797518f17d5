"""Interval edges, against an independent oracle: exact rational arithmetic on the endpoints.

The three-valued verdict is pinned in both directions: ``holds`` iff no allowed pair of
values fails the relation, ``violated`` iff no allowed pair satisfies it.
"""

from __future__ import annotations

import math
import operator
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine.interval import Interval, Verdict, close, combine_all, compare, imax, imin

OPS = {"<=": operator.le, "<": operator.lt, ">=": operator.ge, ">": operator.gt,
       "==": operator.eq, "!=": operator.ne}
# two decimals: distinct values differ by far more than float rounding, so `close` is `==`
finite = st.integers(-10**6, 10**6).map(lambda n: n / 100)


@st.composite
def intervals(draw, points: bool = True):
    a, b = draw(finite), draw(finite)
    if points and draw(st.booleans()):
        b = a
    return Interval(min(a, b), max(a, b))


def _clamp(x: Fraction, lo: Fraction, hi: Fraction) -> Fraction:
    return min(max(x, lo), hi)


def _witnesses(a: Interval, b: Interval) -> list[tuple[Fraction, Fraction]]:
    """Pairs of allowed values enough to decide any of the six relations: endpoints and
    each endpoint of one interval moved to its nearest point in the other."""
    alo, ahi, blo, bhi = (Fraction(x) for x in (a.lo, a.hi, b.lo, b.hi))
    xs = {alo, ahi, _clamp(blo, alo, ahi), _clamp(bhi, alo, ahi)}
    ys = {blo, bhi, _clamp(alo, blo, bhi), _clamp(ahi, blo, bhi)}
    return [(x, y) for x in xs for y in ys]


def oracle(op: str, a: Interval, b: Interval) -> Verdict:
    results = [OPS[op](x, y) for x, y in _witnesses(a, b)]
    if all(results):
        return Verdict.holds
    if not any(results):
        return Verdict.violated
    return Verdict.within_rounding


@given(intervals(), intervals(), st.sampled_from(sorted(OPS)))
def test_compare_equals_the_exact_oracle(a, b, op):
    """Sound and complete: 'holds' only when every pair satisfies, 'violated' only when
    none does, 'within rounding' exactly when some pairs do and some do not."""
    assert compare(op, a, b) is oracle(op, a, b)


@given(intervals(), intervals(), st.sampled_from(sorted(OPS)))
def test_swapping_the_sides_mirrors_the_relation(a, b, op):
    mirror = {"<=": ">=", "<": ">", ">=": "<=", ">": "<", "==": "==", "!=": "!="}[op]
    assert compare(op, a, b) is compare(mirror, b, a)


@pytest.mark.parametrize(("a", "op", "b", "verdict"), [
    # touching endpoints: the boundary belongs to both
    ((1, 2), "<=", (2, 3), Verdict.holds),
    ((1, 2), "<", (2, 3), Verdict.within_rounding),
    ((2, 3), "<", (1, 2), Verdict.violated),
    ((2, 3), "<=", (1, 2), Verdict.within_rounding),
    ((2, 2), "<=", (2, 2), Verdict.holds),
    ((2, 2), "<", (2, 2), Verdict.violated),
    ((2, 2), ">=", (2, 2), Verdict.holds),
    ((2, 2), ">", (2, 2), Verdict.violated),
    ((3, 3), ">", (1, 2), Verdict.holds),
    ((1, 2), ">", (3, 3), Verdict.violated),
    ((1, 2), "==", (2, 3), Verdict.within_rounding),
    ((1, 2), "!=", (2, 3), Verdict.within_rounding),
    ((2, 2), "!=", (2, 2), Verdict.violated),
    ((1, 1), "!=", (2, 2), Verdict.holds),
    ((1, 3), "==", (2, 2), Verdict.within_rounding),
    ((2, 2), "==", (1, 3), Verdict.within_rounding),
    ((1, 2), "==", (3, 4), Verdict.violated),
    ((3, 4), "==", (1, 2), Verdict.violated),
    ((3, 4), "!=", (1, 2), Verdict.holds),
])
def test_boundaries(a, op, b, verdict):
    assert compare(op, Interval(*a), Interval(*b)) is verdict


def test_unknown_relation_is_refused():
    with pytest.raises(ValueError, match="unknown relation"):
        compare("=<", Interval(1, 1), Interval(1, 1))


def test_float_noise_is_equal_but_a_digit_is_not():
    assert compare("<", Interval.point(0.1 * 3), Interval.point(0.3)) is Verdict.violated
    assert compare("<=", Interval.point(0.1 * 3), Interval.point(0.3)) is Verdict.holds
    assert compare("!=", Interval.point(0.1 * 3), Interval.point(0.3)) is Verdict.violated
    assert compare("<", Interval.point(1e9), Interval.point(1e9 + 1)) is Verdict.holds
    assert compare("==", Interval(0.3, 0.1 * 3), Interval.point(0.3)) is Verdict.holds
    assert close(1e9, 1e9 * (1 + 1e-14)) and not close(1e9, 1e9 + 1)
    assert not close(0.0, 1e-300)  # no absolute slack: a tiny number is still a number
    assert not close(math.nan, math.nan) and not close(1.0, math.inf)


@pytest.mark.parametrize(("verdicts", "expected"), [
    ([Verdict.holds, Verdict.violated, Verdict.within_rounding], Verdict.violated),
    ([Verdict.within_rounding, Verdict.violated], Verdict.violated),
    ([Verdict.violated], Verdict.violated),
    ([Verdict.holds, Verdict.within_rounding], Verdict.within_rounding),
    ([Verdict.within_rounding, Verdict.holds], Verdict.within_rounding),
    ([Verdict.holds, Verdict.holds], Verdict.holds),
    ([], Verdict.holds),
])
def test_a_conjunction_fails_if_any_part_does(verdicts, expected):
    assert combine_all(verdicts) is expected


@given(st.lists(st.sampled_from(list(Verdict)[:3]), min_size=1, max_size=5))
def test_conjunction_is_the_weakest_part(verdicts):
    order = [Verdict.violated, Verdict.within_rounding, Verdict.holds]
    assert combine_all(verdicts) is min(verdicts, key=order.index)


@pytest.mark.parametrize(("iv", "expected"), [
    ((-3, 2), (0, 3)),
    ((-2, 3), (0, 3)),
    ((-5, -1), (1, 5)),
    ((1, 5), (1, 5)),
    ((0, 4), (0, 4)),
    ((-4, 0), (0, 4)),
    ((-2, 0.5), (0, 2)),
    ((-0.5, 0.25), (0, 0.5)),
])
def test_abs(iv, expected):
    assert abs(Interval(*iv)) == Interval(*expected)


@given(intervals())
def test_abs_is_the_exact_image(a):
    """|x| over [lo, hi]: the least and greatest absolute values the interval allows."""
    lo, hi = Fraction(a.lo), Fraction(a.hi)
    least = Fraction(0) if lo <= 0 <= hi else min(abs(lo), abs(hi))
    r = abs(a)
    assert (Fraction(r.lo), Fraction(r.hi)) == (least, max(abs(lo), abs(hi)))


@given(intervals(), intervals(), st.sampled_from(["+", "-", "*"]))
def test_arithmetic_is_the_exact_image_of_the_endpoints(a, b, op):
    """Tight, not just enclosing: the result's ends are attained by some endpoints."""
    fn = {"+": operator.add, "-": operator.sub, "*": operator.mul}[op]
    ends = [fn(Fraction(x), Fraction(y)) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
    r = fn(a, b)
    assert Fraction(r.lo) == pytest.approx(min(ends), abs=1e-6)
    assert Fraction(r.hi) == pytest.approx(max(ends), abs=1e-6)
    assert r.lo <= r.hi


@given(intervals(), intervals().filter(lambda i: i.lo > 0 or i.hi < 0))
def test_division_is_the_exact_image_of_the_endpoints(a, b):
    ends = [Fraction(x) / Fraction(y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
    r = a / b
    assert float(min(ends)) == pytest.approx(r.lo, rel=1e-12, abs=1e-12)
    assert float(max(ends)) == pytest.approx(r.hi, rel=1e-12, abs=1e-12)


@pytest.mark.parametrize("divisor", [(-1, 1), (0, 1), (-1, 0), (0, 0)])
def test_division_by_an_interval_touching_zero(divisor):
    with pytest.raises(ZeroDivisionError):
        Interval(1, 2) / Interval(*divisor)


@given(intervals(), finite)
def test_scale_by_any_sign(a, k):
    ends = sorted(Fraction(x) * Fraction(k) for x in (a.lo, a.hi))
    r = a.scale(k)
    assert (Fraction(r.lo), Fraction(r.hi)) == pytest.approx(tuple(ends), abs=1e-6)


def test_neg_and_infinite_products():
    inf = math.inf
    assert -Interval(1, 2) == Interval(-2, -1)
    assert Interval(0, 0) * Interval(45, inf) == Interval(0, 0)
    assert Interval(1, 2) * Interval(45, inf) == Interval(45, inf)
    assert Interval(-2, -1) * Interval(45, inf) == Interval(-inf, -45)
    assert Interval(0, 2) * Interval(-inf, 5) == Interval(-inf, 10)  # 0 * -inf counts as 0
    assert Interval(-inf, 5) * Interval(0, 2) == Interval(-inf, 10)


def test_point_mid_and_intersection():
    assert Interval.point(3) == Interval(3, 3) and Interval(3, 3).is_point
    assert not Interval(3, 4).is_point
    assert Interval(2, 5).mid == 3.5
    assert Interval(1, 2).intersects(Interval(2, 3)) and Interval(2, 3).intersects(Interval(1, 2))
    assert not Interval(1, 2).intersects(Interval(2.5, 3))
    assert not Interval(2.5, 3).intersects(Interval(1, 2))
    with pytest.raises(ValueError, match="reversed"):
        Interval(math.nan, 1)


def test_min_and_max_of_intervals():
    a, b, c = Interval(1, 5), Interval(2, 3), Interval(0, 4)
    assert imin(a, b, c) == Interval(0, 3)
    assert imax(a, b, c) == Interval(2, 5)
