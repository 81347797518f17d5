"""A rate whose "per" comes a few words after the figure: "150 Liter Regen pro
Quadratmeter" grounds 150 L/m²."""

from __future__ import annotations

import pytest

from factcheck.ground.grounding import unit_mismatch
from factcheck.text.nouns import Aliases
from factcheck.text.numbers import find_mentions


def _mismatch(quote: str, unit: str, language: str | None = None) -> str | None:
    [m] = [m for m in find_mentions(quote, language=language) if m.low == 150]
    return unit_mismatch(unit, m, quote, Aliases({}, language or "en"))


@pytest.mark.parametrize(("quote", "language"), [
    ("In Berlin fielen 150 Liter Regen pro Quadratmeter", "de"),
    ("cayeron 150 litros de agua por metro cuadrado", "es"),
    ("150 liters of rain per square meter fell", None),
    ("150 l d'eau par mètre carré", "fr"),
])
def test_the_thing_measured_may_stand_between_figure_and_per(quote, language):
    assert _mismatch(quote, "L/m**2", language) is None


@pytest.mark.parametrize(("quote", "unit"), [
    ("In Berlin fielen 150 Liter Regen.", "L/m**2"),  # no "per": a volume, not a rate
    ("150 kilograms of hail per square meter", "L/m**2"),  # the numerator differs
    ("150 liters of rain per square meter fell", "mL/m**2"),  # 150 L is not 150 mL
])
def test_a_rate_needs_its_numerator_and_a_per(quote, unit):
    """(1 mm of rain is 1 L/m²: "150 Millimeter Regen" grounds L/m² by its own unit.)"""
    assert _mismatch(quote, unit, "de" if "Quadrat" in quote or "Berlin" in quote else None) \
        is not None


def _grounded_rate(quote: str, unit: str) -> str | None:
    [m] = [m for m in find_mentions(quote) if m.low == 2.3e6]
    return unit_mismatch(unit, m, quote, Aliases({}, "en"))


@pytest.mark.parametrize("quote", ["daily production of 2.3 million barrels",
                                   "an output of 2.3 million barrels a day"])
def test_a_rates_time_named_by_an_adjective_before_the_figure(quote):
    assert _grounded_rate(quote, "barrel / day") is None


@pytest.mark.parametrize(("quote", "unit"), [
    ("production of 2.3 million barrels", "barrel / day"),  # no time named
    ("daily production of 2.3 million barrels", "barrel / year"),  # another time
    ("daily production of 2.3 million barrels", "tonne / day"),  # another numerator
])
def test_a_rate_needs_its_time_and_numerator(quote, unit):
    assert _grounded_rate(quote, unit) is not None


@pytest.mark.parametrize(("quote", "language", "unit", "grounded"), [
    ("Gökçeada'da metrekareye 167 kilogram düşerek", "tr", "kg/m**2", True),
    ("pro Quadratmeter fielen 167 Kilogramm", "de", "kg/m**2", True),
    ("Gökçeada'da 167 kilogram düşerek", "tr", "kg/m**2", False),  # no area named
    ("metrekareye 167 kilogram düşerek", "tr", "kg/km**2", False),  # another area
])
def test_the_area_of_a_rate_before_the_figure(quote, language, unit, grounded):
    [m] = [m for m in find_mentions(quote, language=language) if m.low == 167]
    assert (unit_mismatch(unit, m, quote, Aliases({}, language)) is None) is grounded
