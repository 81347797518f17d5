"""What the readers of Persian, Thai, Japanese, Korean and Vietnamese number forms leave
alone: dates, lists and words that only look like the forms."""

from __future__ import annotations

from factcheck.text.languages import ascii_digits
from factcheck.text.numbers import find_mentions


def _read(text: str, lang: str) -> list[tuple[str, float | None]]:
    return [(m.text, m.low) for m in find_mentions(text, language=lang)]


def test_persian_slash_date_is_no_decimal() -> None:
    assert "." not in ascii_digits("تاریخ ۱۴۰۳/۰۱/۱۹")
    assert ascii_digits("۵۷/۵۰") == "57.50"


def test_persian_and_joins_only_a_smaller_rest() -> None:
    assert _read("۲ میلیون و ۵ نفر", "fa") == [("۲ میلیون", 2e6), ("۵", 5.0)]


def test_thai_scale_needs_digits_and_a_scale_word() -> None:
    assert _read("มี 5 คน", "th") == [("5", 5.0)]
    assert _read("2.88 แสนล้านบาท", "th") == [("2.88 แสนล้าน", 2.88e11)]


def test_thai_day_without_year_is_a_month_day() -> None:
    [m] = find_mentions("วันที่ 24 มกราคม", language="th")
    assert (m.kind, m.monthday) == ("monthday", (1, 24))


def test_japanese_middle_dot_lists_stay_two_numbers() -> None:
    assert [x for _, x in _read("1・2号機", "ja")] == [1.0, 2.0]
    assert [x for _, x in _read("3・11", "ja")] == [3.0, 11.0]


def test_tenth_words_that_are_other_words() -> None:
    assert all(x != 50.0 for _, x in _read("5할인 행사", "ko"))  # a discount sale
    assert all(x != 30.0 for _, x in _read("3成本", "zh"))


def test_vietnamese_hours_alone_and_scores_stay_what_they_were() -> None:
    assert [m.kind for m in find_mentions("trong 6 giờ", language="vi")] == ["number"]
    assert [m.unit for m in find_mentions("thắng 3-1", language="vi")] == ["score", "score"]
    assert [m.kind for m in find_mentions("từ 2-3 người", language="vi")] == ["range"]


def test_vague_plurals_only_when_grounding() -> None:
    assert find_mentions("Hàng trăm bao tải", language="vi") == []


def test_arabic_definite_words_are_not_weekdays_or_fractions() -> None:
    kinds = [(m.text, m.kind) for m in find_mentions("يوم الثلاثاء", language="ar")]
    assert kinds == [("الثلاثاء", "weekday")]
    assert find_mentions("الخمس الأخير", language="ar") == []


def test_hindi_ordinals_only_when_grounding() -> None:
    assert find_mentions("अपना चौथा बजट", language="hi") == []
    assert find_mentions("नवी मुंबई में", language="hi", strict_one=False) == []


def test_several_hundred_is_no_exact_hundred() -> None:
    assert find_mentions("数百人が避難", language="ja") == []
    [m] = find_mentions("数百人が避難", language="ja", strict_one=False)
    assert (m.kind, m.low, m.alt) == ("implicit", 100.0, 200.0)


def test_korean_parts_of_the_day_on_either_side_of_noon() -> None:
    hours = [m.low for m in find_mentions("새벽 3시, 밤 2시, 밤 11시", language="ko")]
    assert hours == [3.0, 2.0, 23.0]


def test_thai_age_in_years_is_no_year() -> None:
    assert [m.kind for m in find_mentions("อายุ 61 ปี", language="th")] == ["number"]


def test_japanese_half_open_range_with_a_middle_dot() -> None:
    [m] = find_mentions("風速44・5メートル以上54メートル未満", language="ja")
    assert (m.kind, m.low, m.high) == ("range", 44.5, 54.0)


def test_hindi_before_is_not_first() -> None:
    assert find_mentions("इससे पहले", language="hi", strict_one=False) == []
