"""Number forms from held-out tests 4 and 5 (sheets 110-119, 210-219), read right."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _read(text: str, lang: str | None = None) -> list[tuple[str, float | None, str | None]]:
    return [(m.text, m.low, m.unit) for m in find_mentions(text, language=lang)]


@pytest.mark.parametrize(("text", "expected"), [
    ("to reach NOK26.5bn ($4.48bn)", [("NOK26.5bn", 26.5e9, "NOK"), ("$4.48bn", 4.48e9, "$")]),
    ("a net income of SEK3.8bn", [("SEK3.8bn", 3.8e9, "SEK")]),
    ("USD26.5m", [("USD26.5m", 26.5e6, "USD")]),
    ("CHF 1.2 billion", [("CHF 1.2 billion", 1.2e9, "CHF")]),
])
def test_an_iso_code_before_an_amount(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", ["the A320 and COVID19", "flight MH370", "ABCUSD5"])
def test_letters_glued_to_digits_are_no_currency(text):
    assert _read(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # after a change, "X to Y" is the change and the new level
    ("(up 4,293,741 to 25,145,561)", [4293741, 25145561]),
    ("rose 0.2 to 5.3", [0.2, 5.3]),
    ("up by about 300 to 4,500 people", [300, 4500]),
])
def test_a_change_then_a_level_is_no_range(text, expected):
    assert [m.low for m in find_mentions(text)] == expected
    assert all(m.kind != "range" for m in find_mentions(text))


@pytest.mark.parametrize("text", ["prices rose 10 to 15 percent", "from 10 to 25"])
def test_a_range_after_a_change_stays_a_range(text):
    assert [m.kind for m in find_mentions(text)] == ["range"]


@pytest.mark.parametrize(("text", "value"), [
    ("száma 31 ezerrel nőtt", 31000), ("220 ezerre", 220000), ("2 milliárddal", 2e9),
    ("113 ezer volt", 113000), ("5 millióra", 5e6),
])
def test_hungarian_scale_words_with_a_case_ending(text, value):
    assert find_mentions(text, language="hu")[0].low == value


def test_a_hungarian_word_that_only_starts_like_a_scale_is_none():
    assert find_mentions("5 ezredes", language="hu")[0].low == 5  # colonels


@pytest.mark.parametrize(("text", "values"), [
    ("و34 شخصا في طهران و12 في ساوه", [34, 12]),  # "and 34", "and 12"
    ("ب5 ملايين", [5e6]),
])
def test_arabic_prefixes_glued_to_digits(text, values):
    assert [m.low for m in find_mentions(text, language="ar")] == values


def test_arabic_letters_inside_a_word_still_hide_digits():
    assert find_mentions("ساوه12", language="ar") == []


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("i set de menys consideració", "ca", 7),  # "set." is also September
    ("dues ambulàncies", "ca", 2),
    ("שלושה גברים נהרגו", "he", 3),
    ("שני פצועים נוספים", "he", 2),
    ("של שלושת הגברים", "he", 3),
    ("iš dviejų rinkimų apygardų", "lt", 2),
])
def test_number_words_in_their_inflected_forms(text, lang, value):
    assert [m.low for m in find_mentions(text, language=lang)] == [value]


def test_a_catalan_month_abbreviation_with_a_day_stays_a_month():
    assert [m.kind for m in find_mentions("el 3 de set", language="ca")] == ["monthday"]
