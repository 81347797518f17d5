"""Interval arithmetic and three-valued comparison, including soundness properties."""

from __future__ import annotations

import operator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine.interval import Interval, Verdict, close, compare

OPS = {"<=": operator.le, "<": operator.lt, ">=": operator.ge, ">": operator.gt,
       "==": operator.eq, "!=": operator.ne}
finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False).map(lambda x: round(x, 2))


@st.composite
def intervals(draw):
    a, b = draw(finite), draw(finite)
    return Interval(min(a, b), max(a, b))


@st.composite
def inside(draw, iv: Interval):
    return draw(st.floats(min_value=iv.lo, max_value=iv.hi, allow_nan=False))


def test_reversed_interval_is_rejected():
    with pytest.raises(ValueError):
        Interval(2, 1)


@pytest.mark.parametrize(("a", "op", "b", "verdict"), [
    ((97, 97), "<=", (114, 114), Verdict.holds),
    ((117, 117), "<=", (114, 114), Verdict.violated),
    ((3, 3), "==", (3, 3), Verdict.holds),
    ((4, 4), "==", (3, 3), Verdict.violated),
    ((1250, 1350), "==", (1165, 1424), Verdict.within_rounding),
    ((110, 120), "<=", (114, 114), Verdict.within_rounding),
    ((1, 2), "!=", (3, 4), Verdict.holds),
])
def test_compare_worked_cases(a, op, b, verdict):
    assert compare(op, Interval(*a), Interval(*b)) is verdict


@given(intervals(), intervals(), st.sampled_from(sorted(OPS)), st.data())
def test_verdicts_are_sound(a, b, op, data):
    """'holds' is true and 'violated' false for every pair of values the intervals allow."""
    x, y = data.draw(inside(a)), data.draw(inside(b))
    verdict = compare(op, a, b)
    if close(x, y):  # equal up to float rounding: judged as equal
        x = y
    if verdict is Verdict.holds:
        assert OPS[op](x, y)
    elif verdict is Verdict.violated:
        assert not OPS[op](x, y)


@given(intervals(), intervals(), st.sampled_from(["+", "-", "*"]), st.data())
def test_arithmetic_contains_concrete_results(a, b, op, data):
    x, y = data.draw(inside(a)), data.draw(inside(b))
    fn = {"+": operator.add, "-": operator.sub, "*": operator.mul}[op]
    r = fn(a, b)
    assert r.lo <= fn(x, y) <= r.hi


@given(intervals(), intervals().filter(lambda i: i.lo > 0 or i.hi < 0), st.data())
def test_division_contains_concrete_results(a, b, data):
    x, y = data.draw(inside(a)), data.draw(inside(b))
    r = a / b
    assert r.lo <= x / y <= r.hi


def test_division_by_interval_containing_zero_raises():
    with pytest.raises(ZeroDivisionError):
        Interval(1, 2) / Interval(-1, 1)


@pytest.mark.parametrize(("a", "op", "b"), [
    (Interval.point(0.1) * Interval.point(3), "==", Interval.point(0.3)),
    (Interval.point(0.1) + Interval.point(0.2), "==", Interval.point(0.3)),
    (Interval.point(0.1) + Interval.point(0.2), "<=", Interval.point(0.3)),
    (Interval.point(1.1) * Interval.point(1.1), "==", Interval.point(1.21)),
])
def test_decimal_arithmetic_is_not_a_false_alarm(a, op, b):
    assert compare(op, a, b) is Verdict.holds


def test_open_ended_intervals_compare():
    inf = float("inf")
    assert compare(">=", Interval(45, inf), Interval.point(45)) is Verdict.holds
    assert compare("<", Interval(45, inf), Interval.point(40)) is Verdict.violated
    assert compare("==", Interval(45, inf), Interval.point(50)) is Verdict.within_rounding
    assert compare("==", Interval(-inf, inf), Interval.point(0)) is Verdict.within_rounding
    assert not close(-inf, inf) and close(inf, inf)
