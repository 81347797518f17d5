"""Rules with units at the edges mutation testing found untested (benchmarks/
mutation-survivors.md, branch mutate6): the product of two lengths in different units,
and the code of the error two temperatures added give."""

from __future__ import annotations

import pytest

from factcheck.engine.expr import compile_rule, evaluate
from factcheck.engine.interval import Verdict
from factcheck.engine.values import resolve
from factcheck.problems import SheetError


def _v(value, unit=None):
    return resolve(value, unit, None, None, None)


def test_the_product_of_two_lengths_is_an_area():
    """2 km * 500 m is 1 km² (1,000 km·m), not the plain number 1: only a ratio of
    compatible units converts its divisor: kills ``expr.x__binop__mutmut_99``."""
    env = {"k": _v(2, "km"), "m": _v(500, "m"), "area": _v(1, "km**2")}
    ev = evaluate(compile_rule("k * m == area"), env)
    assert ev.verdict is Verdict.holds
    assert "= 1000 km·m" in ev.substituted


def test_two_temperatures_added_are_a_unit_offset_error():
    """Kills ``expr.x__temperatures__mutmut_10`` (the error's code)."""
    env = {"a": _v(30, "degC"), "b": _v(20, "degC")}
    with pytest.raises(SheetError) as err:
        evaluate(compile_rule("a + b > 1"), env)
    assert err.value.code == "unit-offset" and "cannot be added" in err.value.message


def test_a_change_plus_a_temperature_is_a_unit_offset_error():
    """30 °C + a change of 5 Δ°C is 35 °C; the change written first is refused with its
    code: kills ``expr.x__temperatures__mutmut_23``."""
    env = {"t": _v(30, "degC"), "d": _v(5, "delta_degC")}
    assert evaluate(compile_rule("t + d == 35"), env).verdict is Verdict.holds
    with pytest.raises(SheetError) as err:
        evaluate(compile_rule("d + t == 35"), env)
    assert err.value.code == "unit-offset" and "write the temperature first" in err.value.message
