"""Exact arithmetic (findings D3, D4, D15): reported integers and decimals compare
exactly at every size; floats appear only after an inexact unit conversion, and a
verdict that needed float slack says so."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine.expr import compile_rule, evaluate
from factcheck.engine.interval import SLACK_NOTE, Interval, Verdict, compare_detail
from factcheck.engine.values import resolve

# what a sheet may hold: the loader refuses integers of more than 300 digits
INTS = st.integers(-(10**30), 10**30)
# decimals as written in YAML: up to 15 significant digits (a float reads them back as
# written), exponents from -20 to 20
DECIMALS = st.decimals(min_value=Decimal("-1e20"), max_value=Decimal("1e20"), places=None,
                       allow_nan=False, allow_infinity=False).map(
    lambda d: d.quantize(Decimal(1).scaleb(min(max(d.adjusted() - 14, -20), 0))))


def v(value, unit=None):
    return resolve(value, unit, None, None, None)


def _rule(rule: str, **env) -> Verdict:
    return evaluate(compile_rule(rule), {k: v(x) for k, x in env.items()}).verdict


@given(INTS, INTS)
def test_distinct_integers_are_never_equal(a: int, b: int) -> None:
    assert _rule("a == b", a=a, b=b) is (Verdict.holds if a == b else Verdict.violated)
    assert _rule("a < b", a=a, b=b) is (Verdict.holds if a < b else Verdict.violated)
    assert _rule("a + 1 > a", a=a) is Verdict.holds


@given(st.integers(10**12, 10**15), st.integers(1, 10**6))
def test_parts_off_by_any_amount_do_not_sum(total: int, off: int) -> None:
    """D4: parts $500 off at 1e12 held under a 1e-9 relative slack."""
    half = total // 2
    assert _rule("p1 + p2 == tot", p1=half, p2=total - half, tot=total) is Verdict.holds
    assert _rule("p1 + p2 == tot", p1=half, p2=total - half + off, tot=total) is \
        Verdict.violated


@given(st.lists(st.integers(-(10**12), 10**12), min_size=1, max_size=6),
       st.integers(-20, 3))
def test_decimal_parts_sum_exactly(mantissas: list[int], exponent: int) -> None:
    """0.1 + 0.2 == 0.3 holds without slack; a total one unit in the last written digit
    off is violated. Parts share a last digit (10**exponent), so every number, the total
    included, has at most 14 digits: YAML reads it back as written."""
    parts = [Decimal(m).scaleb(exponent) for m in mantissas]
    total = Decimal(sum(mantissas)).scaleb(exponent)
    names = {f"p{i}": _yaml(p) for i, p in enumerate(parts)}
    rule = " + ".join(names) + " == total"
    assert _rule(rule, **names, total=_yaml(total)) is Verdict.holds
    off = Decimal(sum(mantissas) + 1).scaleb(exponent)  # one unit in the last digit
    assert _rule(rule, **names, total=_yaml(off)) is Verdict.violated


def _yaml(d: Decimal) -> float | int:
    return int(d) if d == d.to_integral() else float(str(d))


@given(DECIMALS.filter(lambda d: d != 0))
def test_tiny_and_huge_decimals_keep_their_sign(d: Decimal) -> None:
    """D3: 1e-320 > 0 was violated under an absolute slack of 1e-12."""
    x = _yaml(d)
    assert _rule("x > 0" if d > 0 else "x < 0", x=x) is Verdict.holds
    assert _rule("x == 0", x=x) is Verdict.violated


def test_d3_d15_the_findings_cases() -> None:
    assert _rule("a > 0", a=1e-320) is Verdict.holds
    assert _rule("a == b", a=0.000000000000001, b=0.000000000000002) is Verdict.violated
    big = 999999999999999
    more = " * ".join(["big"] * 22) + " > " + " * ".join(["big"] * 21)
    assert _rule(more, big=big) is Verdict.holds
    assert _rule("0.1 * 3 == 0.3", a=0) is Verdict.holds


def test_only_an_inexact_conversion_gets_slack_and_says_so() -> None:
    env = {"km": v(16.1, "km"), "m": v(16100, "meter"), "mi": v(0.1, "mile"),
           "mi_km": v(0.1609344, "km"), "h": v(1.5, "hour"), "min": v(90, "minute")}

    def ev(rule: str):
        return evaluate(compile_rule(rule), env)

    # km to m and hours to minutes are whole factors: exact, no slack needed or stated
    assert ev("km == m").verdict is Verdict.holds and SLACK_NOTE not in ev("km == m").substituted
    assert ev("h == min").verdict is Verdict.holds
    # a mile is 1.609344 km exactly, but the km -> mile factor is a float
    e = ev("mi == mi_km")
    assert e.verdict is Verdict.holds
    assert e.substituted == f"0.1 mi == 0.160934 km = 0.1 mi ({SLACK_NOTE})"
    assert ev("mi == km").verdict is Verdict.violated


def test_compare_detail_reports_slack_only_for_floats() -> None:
    third = Interval.point(0.1 + 0.2)  # a float endpoint, as after a conversion
    assert compare_detail("==", third, Interval.point(0.3)) == (Verdict.holds, True)
    from fractions import Fraction

    exact = Interval.point(Fraction(1, 10) + Fraction(2, 10))
    assert compare_detail("==", exact, Interval.point(Fraction(3, 10))) == (Verdict.holds,
                                                                            False)
    assert compare_detail("==", Interval.point(10**13), Interval.point(10**13 + 1)) == (
        Verdict.violated, False)


def _claim_rows(values: list[tuple[float, str]]) -> list[dict]:
    return [{"sheet": f"facts/s{i}.yaml", "line": 6, "fact": "d", "key": "k", "scope": "",
             "source": f"s{i}", "via": None, "lower": x, "upper": x, "unit": unit,
             "rank": "normal", "quote": "q", "tolerance": 0.0}
            for i, (x, unit) in enumerate(values)]


def test_claims_compare_whole_numbers_exactly_on_both_paths() -> None:
    """A claim of 10,000,000,000,000 and one of 10,000,000,000,001 conflict (a 1e-13
    relative slack made them agree); a conversion's float noise still agrees."""
    import pandas as pd

    from factcheck.crosssource.agreement import compare
    from factcheck.crosssource.small import compare_rows

    cases = [([(1e13, "USD"), (1e13 + 1, "USD")], "conflict"),
             ([(16.1 * 1000, "meter"), (16100.0, "meter")], "agree"),
             ([(0.1 * 3, ""), (0.3, "")], "agree"),
             ([(4e15, "USD"), (4e15 + 1, "USD")], "conflict")]
    for values, verdict in cases:
        rows = _claim_rows(values)
        assert [r.verdict for r in compare_rows(rows)] == [verdict], values
        assert [r.verdict for r in compare(pd.DataFrame(rows))] == [verdict], values
