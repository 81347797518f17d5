"""How Bengali, Hindi, Korean, Japanese, Chinese, Vietnamese, Malay, Indonesian, English and
Dutch news write decimals, ranges, ages, months, ordinals, clock hours and coming weekdays,
grounded end to end, each with its wrong twin."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.one_fact import one_fact_verdict, twin_verdicts

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.text.numbers import find_mentions

SAT = dt.date(2023, 6, 17)  # a Saturday: "zondag" ahead is the 18th, behind the 11th

CASES = [
    # (document, quote, language, published, right fact, wrong fact)
    # decimals written with the word for "point", in figures or in words after it
    ("চুয়াডাঙ্গায় ৪০ দশমিক ৫ ডিগ্রি সেলসিয়াস।\n", "৪০ দশমিক ৫ ডিগ্রি সেলসিয়াস", "bn", None,
     {"value": 40.5, "unit": "degC"}, {"value": 40, "unit": "degC"}),
    ("তাপমাত্রা ছিল ১৯ দশমিক তিন ডিগ্রি সেলসিয়াস।\n", "১৯ দশমিক তিন ডিগ্রি", "bn", None,
     {"value": 19.3, "unit": "degC"}, {"value": 19, "unit": "degC"}),
    ("तापमान 45 दशमलव 2 डिग्री सेल्सियस रहा।\n", "45 दशमलव 2 डिग्री", "hi", None,
     {"value": 45.2, "unit": "degC"}, {"value": 2, "unit": "degC"}),
    # a range of months with an ASCII tilde, the month word once; Korean tilde ranges
    ("2017년 1분기(1~3월)에 매출 50조원을 기록했다.\n", "1분기(1~3월)에", "ko", None,
     {"value": [1, 3], "unit": "month"}, {"value": [1, 4], "unit": "month"}),
    ("今年1~3月份出口增长。\n", "今年1~3月份出口增长", "zh", None,
     {"value": [1, 3], "unit": "month"}, {"value": [3, 4], "unit": "month"}),
    ("영업이익률은 3~5%로 예상된다.\n", "3~5%로 예상된다", "ko", None,
     {"value": [3, 5], "unit": "percent"}, {"value": [3, 6], "unit": "percent"}),
    # age decades
    ("10代の男女3人が乗った乗用車が衝突した。\n", "10代の男女3人", "ja", None,
     {"value": [10, 19], "unit": "year"}, {"value": 10, "unit": "year"}),
    ("20대 남성이 병원으로 옮겨졌다.\n", "20대 남성이", "ko", None,
     {"value": [20, 29], "unit": "year"}, {"value": [20, 30], "unit": "year"}),
    # a Vietnamese month of a year, a quarter of a year
    ("Chỉ số CPI tháng 3/2022 tăng 0,7%.\n", "CPI tháng 3/2022 tăng 0,7%", "vi", None,
     {"value": "2022-03"}, {"value": "2022-02"}),
    ("Chỉ số CPI tháng 12 năm 2020 tăng 0,1%.\n", "tháng 12 năm 2020", "vi", None,
     {"value": "2020-12"}, {"value": "2020-05"}),
    ("CPI quý I/2022 tăng 1,92%.\n", "CPI quý I/2022 tăng", "vi", None,
     {"value": 2022, "unit": "year"}, {"value": 2021, "unit": "year"}),
    # "kedua" after a noun is "second"
    ("Cabaran mereka berakhir pada pusingan kedua.\n", "berakhir pada pusingan kedua", "ms",
     None, {"value": 2, "unit": "round"}, {"value": 3, "unit": "round"}),
    ("Itu kekalahan kedua berturut-turut mereka.\n", "kekalahan kedua berturut-turut", "ms",
     None, {"value": 2, "unit": "match"}, {"value": 1, "unit": "match"}),
    ("Gol itu dicetak pada babak kedua.\n", "pada babak kedua", "id", None,
     {"value": 2, "unit": "half"}, {"value": 1, "unit": "half"}),
    # English "o'clock": either half of the day, or the one the words after it name
    ("Negotiators were called in and at 10 o'clock, the man was arrested.\n",
     "at 10 o'clock, the man was arrested", "en", None,
     {"value": 1320, "unit": "minute"}, {"value": 1380, "unit": "minute"}),
    ("The store opens at 10 o'clock in the morning.\n", "at 10 o'clock in the morning", "en",
     None, {"value": 600, "unit": "minute"}, {"value": 1320, "unit": "minute"}),
    ("The fire started at eleven o'clock at night.\n", "at eleven o'clock at night", "en",
     None, {"value": 1380, "unit": "minute"}, {"value": 660, "unit": "minute"}),
    # a weekday ahead without "will": a modal, a Dutch present
    ("Griekspoor kan zondag een ATP-toernooi winnen.\n", "kan zondag een ATP-toernooi winnen",
     "nl", SAT, {"value": dt.date(2023, 6, 18)}, {"value": dt.date(2023, 6, 25)}),
    ("Hij speelt zondag de finale.\n", "Hij speelt zondag de finale", "nl", SAT,
     {"value": dt.date(2023, 6, 18)}, {"value": dt.date(2023, 6, 19)}),
    ("Griekspoor can win the title on Sunday.\n", "can win the title on Sunday", "en", SAT,
     {"value": dt.date(2023, 6, 18)}, {"value": dt.date(2023, 6, 25)}),
]


@pytest.mark.parametrize(("doc", "quote", "lang", "when", "right", "wrong"), CASES,
                         ids=[f"{c[2]}:{c[1]}" for c in CASES])
def test_right_value_grounds_and_wrong_one_does_not(tmp_path: Path, doc: str, quote: str,
                                                    lang: str, when: dt.date | None,
                                                    right: dict, wrong: dict) -> None:
    assert twin_verdicts(tmp_path, doc, quote, right, wrong, lang,
                         when or dt.date(2024, 5, 5)) == (GROUNDED, UNGROUNDED)


WRONG_READINGS = [
    # Korean "1분기" is the first quarter, not one minute
    ("2017년 1분기 매출이 늘었다.\n", "2017년 1분기 매출", "ko", {"value": 1, "unit": "minute"}),
    # Vietnamese "năm" before a year or after a count is the year, not five
    ("Lạm phát năm 2022 tăng.\n", "Lạm phát năm 2022 tăng", "vi", {"value": 5}),
    ("Ông bị phạt 3 năm tù.\n", "bị phạt 3 năm tù", "vi", {"value": 5}),
    ("Kinh tế tăng trưởng hai năm liền.\n", "tăng trưởng hai năm liền", "vi", {"value": 7}),
    # "kedua" before a noun is "both"; the misprint "দশদিক" is no decimal word
    ("Kedua negara bertemu di Kuala Lumpur.\n", "Kedua negara bertemu", "ms", {"value": 2}),
    ("যশোরে ৪১ দশদিক ২ ডিগ্রি।\n", "৪১ দশদিক ২ ডিগ্রি", "bn", {"value": 41.2, "unit": "degC"}),
]


@pytest.mark.parametrize(("doc", "quote", "lang", "fact"), WRONG_READINGS,
                         ids=[f"{c[2]}:{c[1]}" for c in WRONG_READINGS])
def test_a_wrong_reading_grounds_nothing(tmp_path: Path, doc: str, quote: str, lang: str,
                                         fact: dict) -> None:
    assert one_fact_verdict(tmp_path, doc, {"quote": quote, **fact}, lang) == UNGROUNDED


def _read(text: str, lang: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(m.text, m.kind, m.low, m.unit) for m in find_mentions(text, language=lang)]


def test_vietnamese_five_is_still_five_before_what_it_counts():
    assert _read("năm người bị thương", "vi") == [("năm", "number", 5.0, "người")]
    assert _read("năm trăm người", "vi") == [("năm trăm", "number", 500.0, "người")]
    assert _read("ba trăm năm mươi người", "vi")[0][2] == 350.0


def test_a_vietnamese_quarter_is_read_with_its_number():
    assert _read("CPI quý I tăng 1,92%", "vi")[0] == ("quý I", "number", 1.0, "quarter")


def test_a_korean_vehicle_count_is_no_age():
    assert _read("차량 20대가 불에 탔다", "ko")[0][:3] == ("20", "number", 20.0)
    assert _read("第10代将軍", "ja")[0][:3] == ("10", "number", 10.0)


def test_oclock_alone_is_one_time_outside_grounding():
    """Reading a document (not grounding) gives one time per clock hour, the hour written."""
    assert [(m.kind, m.low) for m in find_mentions("at 10 o'clock, he left")] == [
        ("time", 10.0)]


def test_a_range_to_a_space_grouped_scaled_figure_is_read():
    """"1,300 to 1 300 lakh" (found by the fuzzed single-pass test) once raised ValueError."""
    [m] = find_mentions("1,300 to 1 300 lakh", strict_one=False)
    assert m.high == 130_000_000
