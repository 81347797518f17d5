"""Readings the sixth mutation round found wrong, each with its right reading."""

from __future__ import annotations

import pytest

from factcheck.text.languages import scan_singulars
from factcheck.text.numbers import find_mentions


def _read(text: str, lang: str | None = None, strict_one: bool = True) -> list[tuple]:
    return [(m.text, m.low, m.high, m.kind)
            for m in find_mentions(text, language=lang, strict_one=strict_one)]


def test_a_grouped_figure_is_no_year_before_a_range():
    assert _read("zwischen 1.900 und 2.000 Millionen Euro", "de") == [
        ("1.900 und 2.000 Millionen", 1.9e9, 2e9, "range")]
    assert _read("von 2014 bis 41,3 Millionen", "de")[0][3] == "year"


@pytest.mark.parametrize(("text", "low", "high"), [
    ("It will cost 1,000 to 1,500 million dollars.", 1e9, 1.5e9),
    ("10 to 12 million", 1e7, 1.2e7),
    ("500 to 2 million people", 500.0, 2e6),  # the first is no count of millions
])
def test_a_scale_word_is_shared_when_the_first_figure_is_the_lower(text, low, high):
    assert [(r[1], r[2]) for r in _read(text)] == [(low, high)]


def test_english_hedges_are_not_read_in_other_languages():
    assert [m.qualifier for m in find_mentions("Dat gebeurt over tien tot 15 jaar.",
                                               language="nl")] == [None]


@pytest.mark.parametrize(("text", "lang"), [("van 25 tot 28 juni 2025", "nl"),
                                            ("från 25 till 28 juni 2025", "sv")])
def test_a_day_range_joined_by_the_languages_to(text, lang):
    assert [r[3] for r in _read(text, lang)] == ["date", "date"]


def test_tenths_of_a_point_are_read_once():
    assert _read("El paro bajó tres décimas de punto.", "es", strict_one=False) == [
        ("tres décimas de punto", 0.3, 0.3, "number")]


def test_a_name_within_a_ukrainian_sentence_is_no_count_of_one():
    assert scan_singulars("Вночі атакували Харків", "uk", lambda a, b: True) == []
    assert [f.value for f in scan_singulars("Жінка загинула", "uk", lambda a, b: True)] == [1.0]
