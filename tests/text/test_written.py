"""How a quote writes a number, read as the meaning of a fact that sets none."""

from __future__ import annotations

import pytest

from factcheck.text.written import written_meaning


@pytest.mark.parametrize(("quote", "value", "lang", "meaning"), [
    ("revenue rose to $4.3 billion", 4_300_000_000, None, "rounded"),
    ("a $690m profit", 690_000_000, None, "rounded"),
    ("Rs 2.76 crore", 27_600_000, None, "rounded"),
    ("two million people", 2_000_000, None, "rounded"),
    ("343,6 Mrd. Euro", 343_600_000_000, "de", "rounded"),
    ("529971亿元", 52_997_100_000_000, "zh", "rounded"),
    ("more than 2,000 people fled", 2000, None, "at_least"),
    ("about 3,000 acres", 3000, None, "approx"),
    ("an estimated 40,000 homes", 40000, None, "estimated"),
    ("fewer than 300 remained", 300, None, "at_most"),
    ("1,300 homes burned", 1300, None, None),  # every digit written: exact
    ("10.000 Menschen", 10000, "de", None),
    ("12.5 percent", 12.5, None, None),  # not a whole number: no scale
    ("two thousand people", 2000, None, "rounded"),
    ("half a million", 500_000, None, "rounded"),
    ("two thousand five hundred", 2500, None, None),  # every unit said: exact
    ("1,300 homes and 4.3 billion dollars", 1_000_000, None, None),  # not in the quote
])
def test_written_meaning(quote, value, lang, meaning):
    assert written_meaning(quote, value, lang) == meaning


def test_the_first_mention_of_the_value_decides():
    assert written_meaning("2 million in 2020, more than 2 million now", 2_000_000) == "rounded"
    assert written_meaning("more than 2,000 fled; 2,000 returned", 2000) == "at_least"


@pytest.mark.parametrize(("quote", "value", "lang", "meaning"), [
    ("más de 4.900 millones de euros", 4_900_000_000, "es", "at_least"),
    ("von rund einer Million Euro", 1_000_000, "de", "approx"),
    ("plus de 19 000 hectares", 19000, "fr", "at_least"),
    ("mindestens elf Tote", 11, "de", "at_least"),
    ("quasi 300 persone", 300, "it", "approx"),
    ("19 000 hectares", 19000, "fr", None),
    ("über 2020 hinaus", 2020, "en", None),  # a German word in an English sheet: no hedge
])
def test_hedges_of_other_languages(quote, value, lang, meaning):
    assert written_meaning(quote, value, lang) == meaning


def test_may_hedge_is_a_superset_of_what_is_read():
    from factcheck.text.written import may_hedge

    assert may_hedge("mindestens elf Tote", "de") and not may_hedge("elf Tote", "de")
    assert may_hedge("more than 2,000", None) and not may_hedge("mindestens elf", "en")
