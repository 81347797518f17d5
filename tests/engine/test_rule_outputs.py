"""Rules end to end: verdict, the arithmetic shown with values substituted, recomputed
sides and the facts used; and every refused rule with its exact code and message.

Each case can be checked by hand (66 + 31 * 2 = 128 > 114; 2022-02-24 to 2023-12-24 is
668 days, 22 months, 1.83333 years; 500 sq mi rounded is [450, 550] x 2.58999 km²).
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.api.model import Meaning
from factcheck.engine.expr import compile_rule, evaluate
from factcheck.engine.values import resolve
from factcheck.problems import SheetError


def v(value, unit=None, meaning=None, tol=None):
    return resolve(value, unit, Meaning(meaning) if meaning else None, None, tol)


ENV = {
    "a": v(66, "drone"),
    "b": v(31, "drone"),
    "t": v(114, "drone"),
    "r": v(1300, "km**2", "rounded"),
    "mi": v(500, "square_mile", "rounded"),
    "p": v(3, "person"),
    "neg": v([-3, 2], "km"),
    "d1": v(dt.date(2022, 2, 24)),
    "d2": v(dt.date(2023, 12, 24)),
    "m": v("2024-08"),
    "y": v("2023"),
    "most": v(45, "drone", "at_most"),
    "least": v(45, "drone", "at_least"),
    "zero": v(0, "drone"),
    "z2": v([0, 2], "drone"),
    "x": v(2.5, None),
    "km": v(16.1, "km"),
    "metres": v(16100, "m"),
    "min": v(15, "minute"),
    "hr": v(2, "hour"),
}


@pytest.mark.parametrize(
    ("rule", "expected"),
    [
        ("a + b <= t", ("holds", "66 + 31 = 97 <= 114", [("66 + 31", "97")], ("t", "a", "b"))),
        ("a + b == t", ("violated", "66 + 31 = 97 != 114", [("66 + 31", "97")], ("t", "a", "b"))),
        ("a - b > 30", ("holds", "66 - 31 = 35 > 30", [("66 - 31", "35")], ("a", "b"))),
        ("a * 2 == 132", ("holds", "66 * 2 = 132 == 132", [("66 * 2", "132")], ("a",))),
        ("t / 2 == 57", ("holds", "114 / 2 = 57 == 57", [("114 / 2", "57")], ("t",))),
        ("-a < 0", ("holds", "-66 < 0", [], ("a",))),
        (
            "(a + b) * 2 <= t * 2",
            (
                "holds",
                "(66 + 31) * 2 = 194 <= 114 * 2 = 228",
                [("(66 + 31) * 2", "194"), ("114 * 2", "228")],
                ("t", "a", "b"),
            ),
        ),
        (
            "a + b * 2 <= t",
            ("violated", "66 + 31 * 2 = 128 > 114", [("66 + 31 * 2", "128")], ("t", "a", "b")),
        ),
        (
            "a - (b - 1) == 36",
            ("holds", "66 - (31 - 1) = 36 == 36", [("66 - (31 - 1)", "36")], ("a", "b")),
        ),
        (
            "a / (b + 1) > 2",
            ("holds", "66 / (31 + 1) = 2.0625 > 2", [("66 / (31 + 1)", "2.0625")], ("a", "b")),
        ),
        (
            "2 * (a + b) == 194",
            ("holds", "2 * (66 + 31) = 194 == 194", [("2 * (66 + 31)", "194")], ("a", "b")),
        ),
        (
            "sum(a, b) <= t",
            ("holds", "sum(66, 31) = 97 <= 114", [("sum(66, 31)", "97")], ("t", "a", "b")),
        ),
        (
            "min(a, b) == 31",
            ("holds", "min(66, 31) = 31 == 31", [("min(66, 31)", "31")], ("a", "b")),
        ),
        (
            "max(a, b) == 66",
            ("holds", "max(66, 31) = 66 == 66", [("max(66, 31)", "66")], ("a", "b")),
        ),
        (
            "abs(neg) <= 3",
            (
                "holds",
                "abs([-3, 2] km) = [0, 3] km <= 3",
                [("abs([-3, 2] km)", "[0, 3] km")],
                ("neg",),
            ),
        ),
        (
            "count(a) + count(p) == 69",
            (
                "holds",
                "count(66) + count(3) = 69 == 69",
                [("count(66) + count(3)", "69")],
                ("a", "p"),
            ),
        ),
        (
            "pct(a, t) > 57",
            ("holds", "pct(66, 114) = 57.8947 > 57", [("pct(66, 114)", "57.8947")], ("a", "t")),
        ),
        (
            "ratio(a, t) < 1",
            (
                "holds",
                "ratio(66, 114) = 0.578947 < 1",
                [("ratio(66, 114)", "0.578947")],
                ("a", "t"),
            ),
        ),
        (
            "days_between(d1, d2) == 668",
            (
                "holds",
                "days_between(2022-02-24, 2023-12-24) = 668 d == 668",
                [("days_between(2022-02-24, 2023-12-24)", "668 d")],
                ("d1", "d2"),
            ),
        ),
        (
            "months_between(d1, d2) == 22",
            (
                "holds",
                "months_between(2022-02-24, 2023-12-24) = 22 month == 22",
                [("months_between(2022-02-24, 2023-12-24)", "22 month")],
                ("d1", "d2"),
            ),
        ),
        (
            "years_between(d1, d2) >= 1.8",
            (
                "holds",
                "years_between(2022-02-24, 2023-12-24) = 1.83333 yr >= 1.8",
                [("years_between(2022-02-24, 2023-12-24)", "1.83333 yr")],
                ("d1", "d2"),
            ),
        ),
        (
            "days_between(d1, m) > 0",
            (
                "holds",
                "days_between(2022-02-24, 2024-08) = [889, 919] d > 0",
                [("days_between(2022-02-24, 2024-08)", "[889, 919] d")],
                ("d1", "m"),
            ),
        ),
        (
            "y < m",
            (
                "holds",
                "2023 = [2023-01-01, 2023-12-31] < 2024-08 = [2024-08-01, 2024-08-31]",
                [("2023", "[2023-01-01, 2023-12-31]"), ("2024-08", "[2024-08-01, 2024-08-31]")],
                ("y", "m"),
            ),
        ),
        (
            "d1 < d2 < m",
            (
                "holds",
                "2022-02-24 < 2023-12-24 < 2024-08 = [2024-08-01, 2024-08-31]",
                [("2024-08", "[2024-08-01, 2024-08-31]")],
                ("d1", "d2", "m"),
            ),
        ),
        ("a <= t and b <= t", ("holds", "66 <= 114; 31 <= 114", [], ("a", "t", "b"))),
        ("a < b < t", ("violated", "66 >= 31 < 114", [], ("a", "b", "t"))),
        ("a > b > t", ("violated", "66 > 31 <= 114", [], ("a", "b", "t"))),
        ("most <= 45", ("holds", "45 = [0, 45] <= 45", [("45", "[0, 45]")], ("most",))),
        ("least >= 45", ("holds", "45 = [45, inf] >= 45", [("45", "[45, inf]")], ("least",))),
        ("most >= 0", ("holds", "45 = [0, 45] >= 0", [("45", "[0, 45]")], ("most",))),
        (
            "least - most > 0",
            (
                "holds within rounding",
                "45 - 45 = [0, inf] > 0 (within rounding)",
                [("45 - 45", "[0, inf]")],
                ("least", "most"),
            ),
        ),
        (
            "r == mi",
            (
                "holds within rounding",
                "1300 km² = [1250, 1350] km² == 500 sq mi = [1165.49, 1424.49] km² (within "
                "rounding)",
                [("1300 km²", "[1250, 1350] km²"), ("500 sq mi", "[1165.49, 1424.49] km²")],
                ("r", "mi"),
            ),
        ),
        ("km == metres", ("holds", "16.1 km == 16100 m = 16.1 km", [], ("km", "metres"))),
        ("min < hr", ("holds", "15 min < 2 h = 120 min", [], ("min", "hr"))),
        ("x * 2 == 5", ("holds", "2.5 * 2 = 5 == 5", [("2.5 * 2", "5")], ("x",))),
        (
            "d1 - d2 < 0",
            (
                "holds",
                "2022-02-24 - 2023-12-24 = -668 d < 0",
                [("2022-02-24 - 2023-12-24", "-668 d")],
                ("d1", "d2"),
            ),
        ),
        ("min(a) == 66", ("holds", "min(66) == 66", [], ("a",))),
        (
            "r * 2 <= mi * 10",
            (
                "holds",
                "1300 km² * 2 = [2500, 2700] km² <= 500 sq mi * 10 = [11654.9, 14244.9] km²",
                [
                    ("1300 km² * 2", "[2500, 2700] km²"),
                    ("500 sq mi * 10", "[11654.9, 14244.9] km²"),
                ],
                ("r", "mi"),
            ),
        ),
        ("0.1 * 3 == 0.3", ("holds", "0.1 * 3 = 0.3 == 0.3", [("0.1 * 3", "0.3")], ())),
        # written numbers compare exactly: a digit in the 13th decimal is a difference
        ("a == 66.0000000000001", ("violated", "66 != 66.0000000000001", [], ("a",))),
    ],
)
def test_rule(rule, expected):
    e = evaluate(compile_rule(rule), ENV)
    assert (str(e.verdict), e.substituted, e.recomputed, e.names) == expected


@pytest.mark.parametrize(
    ("rule", "refusal"),
    [
        ("t / zero > 1", ("division-by-zero", "`114 / 0`: the divisor can be 0")),
        ("t / z2 > 1", ("division-by-zero", "`114 / [0, 2]`: the divisor can be 0")),
        (
            "a + p == 69",
            (
                "unit-mismatch",
                "cannot combine a count of person with a count of drone; if the rule means it, "
                "wrap the term in count() to drop its noun",
            ),
        ),
        (
            "a + r > 0",
            (
                "unit-mismatch",
                "cannot combine a quantity in kilometer ** 2 with a count of drone; if the rule "
                "means it, wrap the term in count() to drop its noun",
            ),
        ),
        (
            "d1 + 1 > d2",
            ("unit-mismatch", "`2022-02-24 + 1`: dates can only be subtracted from dates"),
        ),
        (
            "abs(d1) > 0",
            (
                "unit-mismatch",
                "abs() does not take dates (2022-02-24); use days_between() or years_between()",
            ),
        ),
        (
            "pct(d1, d2) > 0",
            (
                "unit-mismatch",
                "pct() does not take dates (2022-02-24); use days_between() or years_between()",
            ),
        ),
        ("days_between(a, b) > 0", ("unit-mismatch", "days_between() takes two dates")),
        ("abs(a, b) == 1", ("rule-forbidden", "abs() takes 1 argument(s), got 2")),
        (
            "foo(a) > 1",
            (
                "rule-forbidden",
                "unknown function `foo`; available: sum, min, max, abs, pct, ratio, count, "
                "days_between, years_between, months_between",
            ),
        ),
        (
            "a.real > 1",
            (
                "rule-forbidden",
                "attribute access not allowed in rules; allowed: names, numbers, + - * /, "
                "comparisons, and sum, min, max, abs, pct, ratio, count, days_between, "
                "years_between, months_between",
            ),
        ),
        (
            "a[0] > 1",
            (
                "rule-forbidden",
                "indexing not allowed in rules; allowed: names, numbers, + - * /, comparisons, "
                "and sum, min, max, abs, pct, ratio, count, days_between, years_between, "
                "months_between",
            ),
        ),
        (
            "a",
            (
                "rule-not-relation",
                "a rule must compare: use ==, !=, <, <=, >, >= (e.g. drones_destroyed + "
                "decoys_lost <= drones_launched)",
            ),
        ),
        ("a > 'x'", ("rule-forbidden", "only numbers may be written in rules, not 'x'")),
        ("a > 1e16", ("rule-forbidden", "number 1e+16 is out of range (|x| <= 1e15)")),
        ("a >", ("rule-syntax", "cannot parse rule `a >`: invalid syntax")),
        ("a + nonfact > 1", ("unknown-fact", "rule names `nonfact`, which is not a fact")),
        (
            "a if b else t > 1",
            (
                "rule-forbidden",
                "IfExp not allowed in rules; allowed: names, numbers, + - * /, comparisons, and "
                "sum, min, max, abs, pct, ratio, count, days_between, years_between, "
                "months_between",
            ),
        ),
        (
            "not a",
            (
                "rule-forbidden",
                "Not not allowed in rules; allowed: names, numbers, + - * /, comparisons, and "
                "sum, min, max, abs, pct, ratio, count, days_between, years_between, "
                "months_between",
            ),
        ),
        (
            "a > 1 or b > 1",
            (
                "rule-forbidden",
                "`or` not allowed in rules; allowed: names, numbers, + - * /, comparisons, and "
                "sum, min, max, abs, pct, ratio, count, days_between, years_between, "
                "months_between",
            ),
        ),
        ("abs(a=1) > 0", ("rule-forbidden", "abs() takes plain arguments")),
        (
            "a ** 2 > 1",
            (
                "rule-forbidden",
                "powers (**) not allowed in rules; allowed: names, numbers, + - * /, "
                "comparisons, and sum, min, max, abs, pct, ratio, count, days_between, "
                "years_between, months_between",
            ),
        ),
    ],
)
def test_refused_rule(rule, refusal):
    with pytest.raises(SheetError) as exc:
        evaluate(compile_rule(rule), ENV)
    assert (exc.value.code, exc.value.message) == refusal


DATED = {"a": v(66, "drone"), "t": v(114, "drone"), "d1": v(dt.date(2022, 2, 24)),
         "d2": v(dt.date(2023, 12, 24)), "y": v(2, "year"), "mo": v(22, "month")}


@pytest.mark.parametrize(("rule", "expected"), [
    # a duration compared with years or months is counted on the calendar
    ("y >= days_between(d1, d2)",
     ("holds", "2 yr >= days_between(2022-02-24, 2023-12-24) = 1.83333 yr",
      [("days_between(2022-02-24, 2023-12-24)", "1.83333 yr")])),
    ("mo == days_between(d1, d2)",
     ("holds", "22 month == days_between(2022-02-24, 2023-12-24) = 22 month",
      [("days_between(2022-02-24, 2023-12-24)", "22 month")])),
    ("months_between(d2, d1) == -22",
     ("holds", "months_between(2023-12-24, 2022-02-24) = -22 month == -22",
      [("months_between(2023-12-24, 2022-02-24)", "-22 month")])),
    # a product on the right of a division keeps its parentheses
    ("t / (a * 2) < 1", ("holds", "114 / (66 * 2) = 0.863636 < 1",
                         [("114 / (66 * 2)", "0.863636")])),
])
def test_durations_and_parentheses(rule, expected):
    e = evaluate(compile_rule(rule), DATED)
    assert (str(e.verdict), e.substituted, e.recomputed) == expected


def test_a_call_of_a_call_is_refused():
    with pytest.raises(SheetError) as exc:
        evaluate(compile_rule("abs(a)(1) > 0"), DATED)
    assert (exc.value.code, exc.value.message) == (
        "rule-forbidden", "unknown function `that call`; available: sum, min, max, abs, pct, "
        "ratio, count, days_between, years_between, months_between")


def test_a_date_value_describes_itself_as_a_date():
    assert v(dt.date(2025, 4, 26)).describe() == "2025-04-26"
    assert v("2024-08").describe() == "[2024-08-01, 2024-08-31]"


def test_count_of_a_name_is_shown_as_the_name_is():
    """count() only drops the noun: no recomputed side, unlike abs()."""
    e = evaluate(compile_rule("count(a) == 66"), DATED)
    assert (e.substituted, e.recomputed) == ("count(66) == 66", [])
    e = evaluate(compile_rule("abs(a) == 66"), DATED)
    assert (e.substituted, e.recomputed) == ("abs(66) = 66 == 66", [("abs(66)", "66")])
