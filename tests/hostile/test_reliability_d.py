"""Reliability findings 2026-11-25, section D (numbers): each case as the findings ran
it, a sheet against a document holding the quoted sentences, checked in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

from .findings import one_fact

DOC = ("Start. 1,000,000,000 dollars were spent. 999,999,999,999,999 dollars. "
       "123.456789012345678901 units. 0 drones. Temperatures fell to -5 degrees. "
       "The index moved \u22123.2 percent.\n")


def _fact(name: str, value: object, quote: str = "0 drones", extra: str = "") -> str:
    return f'  {name}: {{value: {value}, source: s, quote: "{quote}"{extra}}}\n'


def test_d1_a_400_digit_value_is_out_of_range(tmp_path: Path) -> None:
    s = one_fact(tmp_path, DOC, _fact("a", "1" + "0" * 400))
    [p] = s.result.problems
    assert p.code == "yaml-number-range" and "(401 digits) is out of range" in p.message


@pytest.mark.parametrize("value", ["-0", "-0.0"])
def test_d2_minus_zero_grounds_on_zero_and_equals_zero(tmp_path: Path, value: str) -> None:
    s = one_fact(tmp_path, DOC, _fact("a", value) + _fact("b", 0),
                 "  same: a == b\n  sign: a >= 0\n")
    assert s.verdict("quote:a") == "grounded"
    assert s.verdict("same") == "holds" and s.verdict("sign") == "holds"


def test_d3_tiny_numbers_compare_exactly(tmp_path: Path) -> None:
    """D3: an absolute slack of 1e-12 made 1e-320 > 0 violated and 1e-15 == 2e-15 hold."""
    s = one_fact(tmp_path, "Start. 0.000000000000001 and 0.000000000000002 units.\n",
                 _fact("tiny", "1.0e-320", "0.000000000000001 and")
                 + _fact("a", "0.000000000000001", "0.000000000000001 and")
                 + _fact("b", "0.000000000000002", "0.000000000000002 units"),
                 "  positive: tiny > 0\n  less: a < b\n  same: a == b\n")
    assert s.verdict("positive") == "holds"
    assert s.verdict("less") == "holds"
    assert s.verdict("same") == "violated"
    assert s.verdict("quote:a") == s.verdict("quote:b") == "grounded"


def test_d4_a_billion_and_a_billion_and_one_differ(tmp_path: Path) -> None:
    s = one_fact(tmp_path, DOC,
                 _fact("spent", 1000000000, "1,000,000,000 dollars were spent", ", unit: USD")
                 + _fact("promised", 1000000001, "1,000,000,000 dollars were spent",
                         ", unit: USD"),
                 "  same: spent == promised\n  less: spent < promised\n")
    assert s.verdict("same") == "violated"
    assert s.message("same") == "1000000000 != 1000000001"
    assert s.verdict("less") == "holds"
    # D4, grounding: 1,000,000,001 is not written as "1,000,000,000"
    assert s.verdict("quote:spent") == "grounded"
    assert s.verdict("quote:promised") == "ungrounded"


def test_d4_parts_500_dollars_off_at_a_trillion(tmp_path: Path) -> None:
    doc = "Start. 500,000,000,000 and 500,000,000,500 of 1,000,000,000,000 dollars.\n"
    q = "500,000,000,000 and 500,000,000,500 of 1,000,000,000,000 dollars"
    s = one_fact(tmp_path, doc,
                 _fact("p1", 500000000000, q, ", unit: USD")
                 + _fact("p2", 500000000500, q, ", unit: USD")
                 + _fact("tot", 1000000000000, q, ", unit: USD"),
                 "  sum: p1 + p2 == tot\n"
                 "  parts: {validator: parts_sum_to, args: {parts: [p1, p2], total: tot}}\n")
    assert s.verdict("sum") == "violated"
    assert "1000000000500" in s.message("sum")
    assert s.verdict("parts") == "violated"


def test_d4_fifteen_digits_ground_only_on_their_own_digits(tmp_path: Path) -> None:
    s = one_fact(tmp_path, DOC, _fact("a", 999999999000000, "999,999,999,999,999 dollars")
                 + _fact("b", 999999999999999, "999,999,999,999,999 dollars"))
    assert s.verdict("quote:a") == "ungrounded" and s.verdict("quote:b") == "grounded"


def test_d5_many_decimal_digits_ground(tmp_path: Path) -> None:
    s = one_fact(tmp_path, DOC, _fact("a", "123.456789012345678901",
                                      "123.456789012345678901 units"))
    assert s.verdict("quote:a") == "grounded"


def test_d6_close_values_are_shown_apart(tmp_path: Path) -> None:
    """D6: 1234567.5 <= 1234567.4 was shown as `1.23457e+06 > 1.23457e+06`."""
    s = one_fact(tmp_path, "Start. 1234567.5 and 1234567.4 units.\n",
                 _fact("a", 1234567.5, "1234567.5 and") + _fact("b", 1234567.4, "1234567.4 units"),
                 "  order: a <= b\n")
    assert s.verdict("order") == "violated"
    assert s.message("order") == "1234567.5 > 1234567.4"


def test_d7_precision_zero(tmp_path: Path) -> None:
    s = one_fact(tmp_path, DOC, _fact("a", 0, extra=", meaning: rounded, precision: 0"))
    assert any("greater than 0" in p.message for p in s.result.problems)


@pytest.mark.parametrize("tol, message", [("-1", "tolerance must not be negative"),
                                          ('"-5%"', "tolerance is a number or a percentage")])
def test_d8_negative_tolerance(tmp_path: Path, tol: str, message: str) -> None:
    s = one_fact(tmp_path, DOC, _fact("a", 0, extra=f", meaning: approx, tolerance: {tol}"))
    assert any(message in p.message for p in s.result.problems), s.result.problems


def test_d9_a_tolerance_above_100_percent_is_accepted(tmp_path: Path) -> None:
    s = one_fact(tmp_path, DOC, _fact("b", 1000000000, "1,000,000,000 dollars were spent",
                                      ', unit: USD, meaning: approx, tolerance: "150%"'),
                 "  sign: b >= 0\n")
    assert not s.result.problems
    assert s.verdict("sign") == "holds within rounding"
    [i] = s.by_name["sign"].inputs
    assert i.interval == "[-500000000, 2500000000]"


@pytest.mark.parametrize("rule", ["5 / z", "pct(z, z)", "pct(5, z)", "ratio(z, 0)"])
def test_d10_division_by_zero(tmp_path: Path, rule: str) -> None:
    s = one_fact(tmp_path, DOC, _fact("z", 0), f"  div: {rule} > 1\n")
    assert s.verdict("div") == "error"
    assert "the divisor can be 0" in s.message("div")


def test_d11_days_and_years_between_the_ends_of_the_calendar(tmp_path: Path) -> None:
    s = one_fact(tmp_path, DOC, _fact("d9", "9999-12-31") + _fact("d0", "0001-01-01"),
                 "  back: days_between(d9, d0) < 0\n  span: years_between(d0, d9) > 9998\n")
    assert s.verdict("back") == "holds"
    assert "-3652058 d < 0" in s.by_name["back"].substituted
    assert s.verdict("span") == "holds"  # calendar years: 9998 years, 11 months, 30 days
    assert "years_between(0001-01-01, 9999-12-31) = 9999 yr > 9998" in \
        s.by_name["span"].substituted


def test_d13_dates_outside_1500_2100_never_ground(tmp_path: Path) -> None:
    s = one_fact(tmp_path, "Start. It began on January 1, 0001.\n",
                 _fact("d", "0001-01-01", "It began on January 1, 0001"))
    assert s.verdict("quote:d") == "ungrounded"


def test_d14_a_negated_date_is_a_clear_error(tmp_path: Path) -> None:
    s = one_fact(tmp_path, DOC, _fact("d9", "9999-12-31") + _fact("d0", "0001-01-01"),
                 "  neg: min(-d9, d0) < d0\n")
    assert s.verdict("neg") == "error"
    assert "internal" not in s.message("neg") and "ValueError" not in s.message("neg")
    assert "date" in s.message("neg")


def test_d15_products_beyond_float_range_compare(tmp_path: Path) -> None:
    """D15: both sides overflowed to inf and `x > y` was violated."""
    big = "999999999999999"
    s = one_fact(tmp_path, f"Start. {big} units.\n", _fact("big", big, f"{big} units"),
                 "  more: " + " * ".join(["big"] * 22) + " > " + " * ".join(["big"] * 21)
                 + "\n  quotient: big * big / big == big\n")
    assert s.verdict("more") == "holds"
    assert s.verdict("quotient") == "holds"


@pytest.mark.parametrize("value, quote, verdict", [
    (-5, "Temperatures fell to -5 degrees", "grounded"),
    (5, "Temperatures fell to -5 degrees", "ungrounded"),
    (-3.2, "The index moved \u22123.2 percent", "grounded"),
    (3.2, "The index moved \u22123.2 percent", "ungrounded"),
])
def test_d16_signs_are_read(tmp_path: Path, value: float, quote: str, verdict: str) -> None:
    s = one_fact(tmp_path, DOC, _fact("t", value, quote))
    assert s.verdict("quote:t") == verdict, s.message("quote:t")


@pytest.mark.parametrize("unit", ["m**1e400", "km**2**10"])
def test_d17_overflowing_units_are_a_unit_problem(tmp_path: Path, unit: str) -> None:
    s = one_fact(tmp_path, DOC, _fact("a", 0, extra=f', unit: "{unit}"') + _fact("b", 0),
                 "  ok: b == 0\n")
    assert [p.code for p in s.result.problems] == ["unit"]
    assert "Numerical result out of range" not in s.result.problems[0].message
    assert s.verdict("ok") == "holds"  # the rest of the sheet is still checked
