"""Day ranges, days of this month, weekdays and ordinal words found by held-out tests 4
and 5."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.text.dates import LAST_MONTH, NEXT_MONTH, THIS_MONTH
from factcheck.text.numbers import find_mentions


def _dates(text: str, lang: str | None = None) -> list:
    return [(m.text, m.date) for m in find_mentions(text, language=lang) if m.kind == "date"]


def test_a_day_range_in_one_month_gives_both_days():
    assert _dates("was conducted October 30-31, 2010.") == [
        ("October 30", dt.date(2010, 10, 30)), ("31, 2010", dt.date(2010, 10, 31))]
    assert _dates("held 30-31 October 2010") == [
        ("30", dt.date(2010, 10, 30)), ("31 October 2010", dt.date(2010, 10, 31))]
    assert _dates("from Oct. 3 to 5, 2011") == [
        ("Oct. 3", dt.date(2011, 10, 3)), ("5, 2011", dt.date(2011, 10, 5))]


def test_a_day_range_must_run_forward_and_exist():
    assert _dates("October 31-30, 2010") == []
    assert _dates("February 28-30, 2011") == []


def test_this_months_day_in_japanese_and_chinese():
    [m] = [m for m in find_mentions("今月25日までに1539回発生しました", language="ja")
           if m.kind == "monthday"]
    assert (m.text, m.monthday) == ("今月25日", (THIS_MONTH, 25))
    [m] = [m for m in find_mentions("本月3日发生", language="zh") if m.kind == "monthday"]
    assert m.monthday == (THIS_MONTH, 3)


@pytest.mark.parametrize(("text", "lang", "written", "monthday"), [
    ("先月3日に発生した", "ja", "先月3日", (LAST_MONTH, 3)),
    ("来月1日から", "ja", "来月1日", (NEXT_MONTH, 1)),
    ("上个月 3 日发生", "zh", "上个月 3 日", (LAST_MONTH, 3)),
    ("下月15号开始", "zh", "下月15号", (NEXT_MONTH, 15)),
    ("지난달 25일 발생한", "ko", "지난달 25일", (LAST_MONTH, 25)),
    ("다음 달 1일부터", "ko", "다음 달 1일", (NEXT_MONTH, 1)),
    ("이달 9일", "ko", "이달 9일", (THIS_MONTH, 9)),
])
def test_a_day_of_last_or_next_month(text, lang, written, monthday):
    [m] = [m for m in find_mentions(text, language=lang) if m.kind == "monthday"]
    assert (m.text, m.monthday) == (written, monthday)


def _weekdays(text: str, lang: str) -> list:
    return [(m.text, m.weekday) for m in find_mentions(text, language=lang)
            if m.kind == "weekday"]


@pytest.mark.parametrize(("text", "lang", "written", "weekday"), [
    ("נהרגו אחר הצהריים (שישי) בתאונת דרכים", "he", "(שישי)", 4),
    ("התאונה אירעה ביום שישי בבוקר", "he", "ביום שישי", 4),
    ("ביום ראשון הבא", "he", "ביום ראשון", 6),
    ("בשבת בערב", "he", "בשבת", 5),
    ("התאונה אירעה ביום ו' בבוקר", "he", "ביום ו'", 4),
    ("יום א׳", "he", "יום א׳", 6),
    ("preliminarūs sekmadienį vykusių Seimo rinkimų", "lt", "sekmadienį", 6),
    ("penktadienio vakarą", "lt", "penktadienio", 4),
    ("امروز یک شنبه ۱۹ فروردین", "fa", "یک شنبه", 6),
    ("روز سه شنبه", "fa", "سه شنبه", 1),
    ("روز شنبه", "fa", "شنبه", 5),
    ("Riksbanken höjde på torsdagen styrräntan", "sv", "torsdagen", 3),
    ("i torsdags", "sv", "i torsdags", 3),
    ("på mandagen", "nb", "mandagen", 0),
    ("om søndagen", "da", "søndagen", 6),
])
def test_weekday_names(text, lang, written, weekday):
    assert _weekdays(text, lang) == [(written, weekday)]


def test_a_hebrew_ordinal_alone_is_no_weekday():
    assert _weekdays("שני פצועים נוספים", "he") == []  # "two injured"
    assert _weekdays("בפעם השלישי", "he") == []


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("відкрили рахунок у матчі вже на третій хвилині", "uk", 3),
    ("гол на третьей минуте", "ru", 3),
    ("в пятом раунде", "ru", 5),
])
def test_slavic_ordinal_words_ground_their_number(text, lang, value):
    assert float(value) in [m.low for m in find_mentions(text, strict_one=False, language=lang)]


@pytest.mark.parametrize(("text", "lang", "written", "date", "monthday"), [
    ("le 1er mai 2024", "fr", "1er mai 2024", dt.date(2024, 5, 1), None),
    ("no dia 1º de maio de 2024", "pt", "1º de maio de 2024", dt.date(2024, 5, 1), None),
    ("el 1º de mayo", "es", "1º de mayo", None, (5, 1)),
    ("le 1er janvier", "fr", "1er janvier", None, (1, 1)),
    ("3-го листопада", "uk", "3-го листопада", None, (11, 3)),
    ("3-го ноября 2024 года", "ru", "3-го ноября 2024 года", dt.date(2024, 11, 3), None),
])
def test_the_first_of_the_month_written_as_an_ordinal(text, lang, written, date, monthday):
    [m] = find_mentions(text, language=lang)
    assert (m.text, m.date, m.monthday) == (written, date, monthday)


@pytest.mark.parametrize(("text", "date"), [
    ("امروز یک شنبه ۱۹ فروردین ماه ۱۴۰۳", dt.date(2024, 4, 7)),
    ("در ۳۰ اسفند ۱۴۰۳", dt.date(2025, 3, 20)),  # a leap year's last day
    ("روز 1 مهر 1399 آغاز شد", dt.date(2020, 9, 22)),
])
def test_a_solar_hijri_date_is_its_gregorian_day(text, date):
    assert [m.date for m in find_mentions(text, language="fa") if m.kind == "date"] == [date]


def test_a_solar_hijri_day_that_does_not_exist_is_no_date():
    # Esfand 1402 has 29 days
    assert [m for m in find_mentions("۳۰ اسفند ۱۴۰۲", language="fa") if m.kind == "date"] == []


@pytest.mark.parametrize(("text", "days"), [
    ("a poll conducted October 5-7", [(10, 5), (10, 7)]),
    ("conducted September 23-29 among", [(9, 23), (9, 29)]),
    ("from 5-7 October", [(10, 5), (10, 7)]),
    ("held from March 5 to 7.", [(3, 5), (3, 7)]),
])
def test_a_day_range_without_a_year_gives_both_days(text, days):
    assert [m.monthday for m in find_mentions(text) if m.kind == "monthday"] == days


@pytest.mark.parametrize("text", ["on March 5 to 7 people", "October 7-5", "February 28-30"])
def test_no_day_range(text):
    assert len([m for m in find_mentions(text) if m.kind == "monthday"]) <= 1


@pytest.mark.parametrize(("text", "months"), [
    ("The exams were sat in July and August this year", [(0, 7), (0, 8)]),
    ("in June or July", [(0, 6), (0, 7)]),
    ("at the end of the March quarter in 2018", [(2018, 3)]),
    ("the June quarter of 2019", [(2019, 6)]),
])
def test_a_second_month_and_a_quarter_named_by_its_month(text, months):
    assert [m.month for m in find_mentions(text) if m.kind in ("month", "monthname")] == months
