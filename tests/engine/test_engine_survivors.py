"""Engine behaviour that surviving mutants of ``engine/`` showed no test pinned: float
slack at exactly its bound, exact numbers beyond float range, scaling by two and by
zero, division by an interval ending at zero, dates added to numbers, a percentage
inside arithmetic, sides that differ only past six digits, months near year 9999."""

from __future__ import annotations

import datetime as dt
import math
from fractions import Fraction

import pytest

from factcheck.engine.expr import calendar_months, compile_rule, evaluate
from factcheck.engine.interval import REL_EPS, Interval, close
from factcheck.engine.values import inferred_precision, resolve
from factcheck.problems import SheetError


def v(value, unit=None):
    return resolve(value, unit, None, None, None)


ENV = {"destroyed": v(66, "drone"), "launched": v(114, "drone"), "sat": v(dt.date(2025, 4, 26)),
       "two": v(2.0000001), "two2": v(2.0000002), "start": v(dt.date(2022, 2, 24)),
       "end": v(dt.date(2023, 12, 24)), "dur": v(22, "month")}


def _eval(rule: str) -> tuple:
    e = evaluate(compile_rule(rule), ENV)
    return str(e.verdict), e.substituted, e.recomputed


def test_float_endpoints_exactly_rel_eps_apart_are_close():
    # subnormal floats: REL_EPS * y rounds to a whole number of steps, so the distance
    # is exactly the bound (a normal float never lands on it)
    y = math.ldexp(10**13, -1074)
    x = y - REL_EPS * y
    assert abs(x - y) == REL_EPS * max(abs(x), abs(y))
    assert close(x, y) and close(y, x)
    assert not close(y - 2 * REL_EPS * y, y)


def test_an_exact_number_beyond_float_range_times_a_float_is_infinite():
    assert Interval.point(10**400).scale(1.609344) == Interval(math.inf, math.inf)
    assert Interval(-(10**400), 1).scale(1.609344) == Interval(-math.inf, 1.609344)


def test_scale_by_two_and_by_zero():
    assert Interval(1, 3).scale(2) == Interval(2, 6)
    assert Interval(-3, 1).scale(2) == Interval(-6, 2)
    # 0 x inf is 0: an open-ended value scaled by zero is zero
    assert Interval(-math.inf, 5).scale(0) == Interval(0, 0)
    assert Interval(5, math.inf).scale(0) == Interval(0, 0)


@pytest.mark.parametrize("divisor", [Interval(-1, 0), Interval(-1.0, 0.0), Interval(0, 2)])
def test_division_by_an_interval_with_zero_at_an_end(divisor):
    with pytest.raises(ZeroDivisionError, match="^division by an interval that contains 0$"):
        Interval(1, 2) / divisor


def test_a_date_added_to_a_number_is_refused():
    for rule in ("launched + sat > 0", "launched - sat > 0", "sat + sat > 0"):
        with pytest.raises(SheetError) as err:
            _eval(rule)
        assert err.value.code == "unit-mismatch"
    with pytest.raises(SheetError) as err:
        _eval("launched + sat > 0")
    assert str(err.value) == "`114 + 2025-04-26`: dates can only be subtracted from dates"


def test_a_percentage_inside_arithmetic_is_written_without_parentheses():
    assert _eval("pct(destroyed, launched) / 2 < 30") == (
        "holds", "pct(66, 114) / 2 = 28.9474 < 30", [("pct(66, 114) / 2", "28.9474")])
    assert _eval("100 - pct(destroyed, launched) > 40")[1] == \
        "100 - pct(66, 114) = 42.1053 > 40"


def test_computed_sides_that_look_alike_are_shown_to_fifteen_digits():
    assert _eval("two + 0 == two2 + 0") == (
        "violated", "2 + 0 = 2.0000001 != 2 + 0 = 2.0000002", [("2 + 0", "2"), ("2 + 0", "2")])


def test_a_generator_in_a_rule_is_refused_by_name():
    with pytest.raises(SheetError) as err:
        compile_rule("sum(x for x in launched) == 1")
    assert (err.value.code, str(err.value).split(";")[0]) == (
        "rule-forbidden", "comprehensions not allowed in rules")


def test_months_up_to_the_last_month_of_year_9999():
    # the month after December 9999 cannot be built: December has 31 days
    o1, o2 = dt.date(9999, 11, 15).toordinal(), dt.date(9999, 12, 20).toordinal()
    assert calendar_months(Interval.point(o1), Interval.point(o2)) == \
        Interval.point(Fraction(36, 31))  # 1 + 5/31
    assert calendar_months(Interval.point(o2), Interval.point(o1)) == \
        Interval.point(Fraction(-36, 31))


def test_a_duration_compared_with_months_is_counted_on_the_calendar():
    assert _eval("dur == days_between(start, end)") == (
        "holds", "22 month == days_between(2022-02-24, 2023-12-24) = 22 month",
        [("days_between(2022-02-24, 2023-12-24)", "22 month")])


def test_a_figure_without_digits_is_read_to_the_unit():
    assert inferred_precision(math.inf) == 1
    assert inferred_precision(-math.inf) == 1
    assert inferred_precision(math.nan) == 1

