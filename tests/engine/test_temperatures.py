"""Temperatures convert with a shift: "35°C (95°F)" holds, "35°C (92°F)" is violated."""

from __future__ import annotations

import pytest
import yaml

from factcheck.engine.interval import Interval
from factcheck.engine.units import convert, difference_unit, factor, parse_unit
from factcheck.pipeline import check_sheet
from factcheck.problems import SheetError

C, F = parse_unit("degC"), parse_unit("degF")


def test_celsius_to_fahrenheit_shifts_as_well_as_scales():
    iv = convert(Interval(30, 35), C, F)
    assert (iv.lo, iv.hi) == pytest.approx((86, 95))
    back = convert(Interval.point(212), F, C)
    assert back.lo == pytest.approx(100)
    assert convert(Interval.point(0), C, parse_unit("kelvin")).lo == pytest.approx(273.15)


def test_a_factor_alone_is_refused_for_temperatures():
    with pytest.raises(SheetError) as err:
        factor(C, F)
    assert err.value.code == "unit-offset"


def test_a_change_of_temperature_is_in_delta_units():
    assert difference_unit(C).name == "delta_degree_Celsius"
    assert difference_unit(parse_unit("km")) == parse_unit("km")


def _check(tmp_path, doc: str, facts: dict, rule: dict) -> tuple[list[str], str]:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(doc)
    sheet = {"document": "seeds/d.txt", "facts": facts, "checks": {"c": rule}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet))
    result = check_sheet(tmp_path / "s.yaml", tmp_path)
    [outcome] = result.checks
    return [g.verdict for g in result.grounding], outcome.verdict


HEAT = "Temperatures reached 35°C (95°F) in Madrid, up from 30 degrees on Friday.\n"


def _heat(c: float, f: float) -> dict:
    return {"c": {"value": c, "unit": "degC", "quote": f"reached {c:g}°C"},
            "f": {"value": f, "unit": "degF", "quote": f"({f:g}°F)"}}


@pytest.mark.parametrize(("c", "f", "verdict"), [(35, 95, "holds"), (35, 92, "violated"),
                                                 (30, 86, "holds"), (30, 95, "violated")])
def test_a_conversion_in_brackets(tmp_path, c, f, verdict):
    doc = HEAT.replace("35°C", f"{c}°C").replace("95°F", f"{f}°F")
    grounded, got = _check(tmp_path, doc, _heat(c, f),
                           {"validator": "converts_to", "args": {"from": "c", "to": "f"}})
    assert grounded == ["grounded", "grounded"]
    assert got.removesuffix(" within rounding") == verdict


@pytest.mark.parametrize(("rise", "verdict"), [(5, "holds"), (9, "violated")])
def test_a_rise_is_a_difference_of_temperatures(tmp_path, rise, verdict):
    facts = {**_heat(35, 95),
             "before": {"value": 30, "unit": "degC", "quote": "up from 30 degrees"},
             "rise": {"value": rise, "unit": "delta_degC", "quote": "reached 35°C"}}
    _, got = _check(tmp_path, HEAT, facts, {"rule": "c - before == rise"})
    assert got == verdict


def test_two_temperatures_do_not_add(tmp_path):
    facts = {**_heat(35, 95), "before": {"value": 30, "unit": "degC",
                                         "quote": "up from 30 degrees"}}
    _, got = _check(tmp_path, HEAT, facts, {"rule": "c + before > 0"})
    assert got == "error"


def test_a_comparison_across_scales_converts_first(tmp_path):
    _, got = _check(tmp_path, HEAT, _heat(35, 95), {"rule": "f > c"})
    assert got == "violated"  # 95 °F is 35 °C: not above it


@pytest.mark.parametrize(("quote", "unit", "grounded"), [
    ("(95°F)", "degF", True),
    ("(95°F)", "degC", False),   # the quote gives Fahrenheit
    ("reached 35°C", "degF", False),
    ("reached 35°C", "kelvin", False),
    ("up from 30 degrees", "degC", True),  # the sheet names the scale
])
def test_grounding_reads_the_scale(tmp_path, quote, unit, grounded):
    value = 95 if "95" in quote else 35 if "35" in quote else 30
    facts = {"t": {"value": value, "unit": unit, "quote": quote}}
    verdicts, _ = _check(tmp_path, HEAT, facts, {"rule": "t == t"})
    assert (verdicts[0] == "grounded") is grounded
