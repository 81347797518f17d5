"""Forms of held-out batch 15: units glued in the plural ("4 043kgs"), decimal commas
before a unit in English ("17,1 tonne"), race times in hours ("won in 2:07:38"), Roman
numerals on a scale ("Intensity VII")."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _values(text: str) -> list[float]:
    return [m.low for m in find_mentions(text)]


@pytest.mark.parametrize(("text", "values"), [
    ("to settle at 4 043kgs compared to 3 120kgs", [4043.0, 3120.0]),
    ("17,163kgs", [17163.0]), ("for 45mins", [45.0]),
    ("clocks 17,1 tonne", [17.1]), ("a 3,5 km run", [3.5]),
])
def test_glued_plural_units_and_decimal_commas_before_a_unit(text, values):
    assert _values(text) == values


def test_a_list_of_figures_is_no_decimal_comma():
    assert 1.2 not in _values("options 1,2 and 3")


@pytest.mark.parametrize(("text", "seconds"), [
    ("Kipkemboi won in 2:07:38 ahead of", [7658.0]),
    ("won in 2:08:30 and 2:24:45 respectively", [7710.0, 8685.0]),
    ("(2:09:10.5)", [7750.5]),
])
def test_a_race_time_in_hours(text, seconds):
    assert [m.low for m in find_mentions(text) if m.unit == "second"] == seconds


def test_a_clock_time_with_seconds_stays_a_time():
    assert [m.kind for m in find_mentions("the quake struck at 02:35:12 local time")][0] == \
        "time"


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("felt at Intensity VII in the city", 7.0, "intensity"),
    ("a Category IV hurricane", 4.0, "category"),
    ("Alert Level III was raised", 3.0, "level"),
])
def test_a_roman_numeral_on_a_scale(text, value, unit):
    assert [(m.low, m.unit) for m in find_mentions(text)] == [(value, unit)]
