"""Numbers and dates as other languages write them, at the edges mutation testing found
untested (benchmarks/mutation-survivors.md, commit 662dd84): both separators in one
number, Chinese and Japanese dates without a year or beside each other, time words
without a word or a language, the reach of a range's opening word."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.text.locales import CjkDate, cjk_dates, read_number, time_word
from factcheck.text.numbers import find_mentions


@pytest.mark.parametrize("lang", ["es", "en", "de"])
def test_a_point_after_comma_groups_is_the_decimal_sign(lang):
    # the later sign is the decimal one, whatever the language's own decimal sign
    assert read_number("1,234.5", lang) == (1234.5, None)
    assert read_number("12,345,678.25", lang) == (12345678.25, None)
    assert read_number("1.234.567,5", lang) == (1234567.5, None)


def test_a_chinese_date_without_a_year_is_a_month_and_day():
    assert cjk_dates("8月15日") == [CjkDate(0, 5, None, (8, 15))]
    assert cjk_dates("2016年10月19日") == [CjkDate(0, 11, dt.date(2016, 10, 19), None)]


def test_the_29th_of_february_without_a_year_is_a_day():
    assert cjk_dates("2月29日") == [CjkDate(0, 5, None, (2, 29))]


def test_an_impossible_date_does_not_hide_the_next_one():
    assert cjk_dates("2月30日と3月1日") == [CjkDate(6, 10, None, (3, 1))]


def test_a_day_before_a_full_date_is_kept_and_the_date_is_read_once():
    assert cjk_dates("5日と2016年10月19日") == [
        CjkDate(0, 2, monthday=(0, 5)), CjkDate(3, 14, dt.date(2016, 10, 19))]
    # the day of a date written with a space is not read again as a day alone
    assert cjk_dates("10月 19日") == [CjkDate(0, 7, None, (10, 19))]


def test_dates_come_in_the_order_of_the_text():
    # a month alone is found after the days but comes first in the text
    assert cjk_dates("8月に、1日") == [CjkDate(0, 2, month=(0, 8)),
                                     CjkDate(4, 6, monthday=(0, 1))]


@pytest.mark.parametrize(("text", "kind"), [
    ("2016年10月19日", "date"), ("10月19日", "monthday"), ("2016年8月", "month"),
    ("8月下旬", "monthname"),
])
def test_kinds_of_chinese_dates(text, kind):
    assert [m.kind for m in find_mentions(text, language="zh")] == [kind]


def test_a_time_word_needs_a_word_and_a_known_language():
    assert time_word("es", "Años") == "year"
    assert time_word("es", None) is None
    assert time_word("es", "") is None
    assert time_word("xx", "años") is None


def test_the_opening_word_of_a_range_is_read_within_twenty_characters():
    """Pins the reach of ``local_range``: "zwischen", the spaces and the clock word after
    it ("mellom klokken 5 og 6") must fit in the 20 characters before the number."""
    def kinds(text):
        return [m.kind for m in find_mentions(text, language="de")]

    assert kinds("Temperaturen zwischen\n    10 und 12 Grad") == ["range"]
    assert kinds("Temperaturen zwischen\n           10 und 12 Grad") == ["range"]
    assert kinds("Temperaturen zwischen\n            10 und 12 Grad") == ["number", "number"]
