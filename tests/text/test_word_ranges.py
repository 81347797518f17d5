"""Ranges with a number word at one end, joined by the language's own range words."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _ranges(text: str, language: str) -> list[tuple[str, float, float, str | None]]:
    return [(m.text, m.low, m.high, m.unit) for m in find_mentions(text, language=language)
            if m.kind == "range"]


@pytest.mark.parametrize(("text", "language", "expected"), [
    ("Es fielen hundert bis 150 Liter.", "de", [("hundert bis 150", 100, 150, "liter")]),
    ("Es waren zehn bis 15 Tote.", "de", [("zehn bis 15", 10, 15, "tote")]),
    ("40 bis fünfzig Verletzte", "de", [("40 bis fünfzig", 40, 50, "verletzte")]),
    ("Entre diez y 15 muertos.", "es", [("diez y 15", 10, 15, "muertos")]),
    ("De cinco a 10 heridos.", "es", [("cinco a 10", 5, 10, "heridos")]),
    # the scale word closing the range is shared
    ("Es kostet 2 bis 3 Millionen Euro.", "de", [("2 bis 3 Millionen", 2e6, 3e6, "euro")]),
    ("zwei bis drei Millionen Euro", "de", [("zwei bis drei Millionen", 2e6, 3e6, "euro")]),
    ("De 2 a 3 millones de euros.", "es", [("2 a 3 millones", 2e6, 3e6, "euros")]),
    # a digit range takes the noun after it
    ("Es gab 40 bis 50 Tote.", "de", [("40 bis 50", 40, 50, "tote")]),
])
def test_a_range_with_a_number_word(text, language, expected):
    assert _ranges(text, language) == expected


@pytest.mark.parametrize(("text", "language"), [
    ("Hubo cinco muertos y 10 heridos.", "es"),  # "y" joins only after "entre"
    ("Von 2014 bis 41,3 Millionen Einwohner.", "de"),  # a year, then a quantity
    ("Das Spiel endete drei bis zwei.", "de"),  # the first end must be the lower
    ("Er kam um zehn, bis 15 Uhr blieb er.", "de"),  # a comma parts the two numbers
])
def test_no_range(text, language):
    assert _ranges(text, language) == []
