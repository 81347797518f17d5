"""Times of day with an hour word and no minutes ("à 21h", "um 21 Uhr") or with hour and
minute words (Persian, Arabic), from held-out tests 4 and 5."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _times(text: str, lang: str) -> list[tuple[str, float | None]]:
    return [(m.text, m.low) for m in find_mentions(text, language=lang) if m.kind == "time"]


@pytest.mark.parametrize(("text", "lang", "written", "hours"), [
    ("Dimanche à 21h, Metz jouait", "fr", "21h", 21.0),
    ("le match débute vers 9 h", "fr", "9 h", 9.0),
    ("Anpfiff ist um 21 Uhr", "de", "21 Uhr", 21.0),
    ("o jogo começa às 21h no Maracanã", "pt", "21h", 21.0),
    ("el partido empieza a las 21 horas", "es", "21 horas", 21.0),
    ("il concerto inizia alle ore 21 in piazza", "it", "ore 21", 21.0),
    ("de wedstrijd begint om 9 uur", "nl", "9 uur", 9.0),
    ("ساعت ۱۵ و ۹ دقیقه و ۵۰ ثانیه", "fa", "ساعت ۱۵ و ۹ دقیقه", 15 + 9 / 60),
    ("ساعت ۸ شب", "fa", "ساعت ۸ شب", 20.0),
    ("في الساعة الحادية عشرة و 27 دقيقة مساء بالتوقيت المحلي", "ar",
     "الساعة الحادية عشرة و 27 دقيقة مساء", 23 + 27 / 60),
    ("السابعة و 57 دقيقة مساء بتوقيت غرينتش", "ar", "السابعة و 57 دقيقة مساء", 19 + 57 / 60),
    ("عند الساعة 10 صباحا", "ar", "الساعة 10 صباحا", 10.0),
    ("الساعة الثانية والنصف", "ar", "الساعة الثانية والنصف", 2.5),
    ("3月30日11时40分，受连日降雨影响", "zh", "11时40分", 11 + 40 / 60),
    ("下午3点到达", "zh", "下午3点", 15.0),
    ("晚上11点40分", "zh", "晚上11点40分", 23 + 40 / 60),
    ("午後3時に発生", "ja", "午後3時", 15.0),
    ("11時40分ごろ", "ja", "11時40分", 11 + 40 / 60),
    ("오후 3시 20분", "ko", "오후 3시 20분", 15 + 20 / 60),
    ("3点钟开会", "zh", "3点钟", 3.0),
])
def test_a_time_of_day_with_hour_words(text, lang, written, hours):
    [(got, low)] = _times(text, lang)
    assert got == written
    assert low == pytest.approx(hours)


def test_both_ends_of_a_french_time_range():
    assert _times("entre 21h et 23h", "fr") == [("21h", 21.0), ("23h", 23.0)]
    assert _times("de 21h à 23h", "fr") == [("21h", 21.0), ("23h", 23.0)]
    assert _times("un retard de 2h et 3h de route", "fr") == []  # durations


@pytest.mark.parametrize(("text", "lang"), [
    ("ouvert 24h sur 24", "fr"),  # no hour of the day
    ("en 12h de route", "fr"),  # a duration
    ("die 24 Uhr-Grenze", "de"),
    ("احتل المركز السابعة", "ar"),  # "the seventh" alone
    ("۲۴ ساعت گذشته", "fa"),  # the last 24 hours
    ("a las 30 víctimas", "es"),  # "to the 30 victims"
    ("alle 21 regioni", "it"),
    ("持续3小时", "zh"), ("3時間", "ja"), ("3시간", "ko"),  # hours, not o'clock
    ("增长3点5个百分点", "zh"),  # 点 alone is a point
    ("3時に", "ja"),  # an hour alone: a number, as "11时的会议" is
])
def test_a_duration_or_an_ordinal_is_no_time(text, lang):
    assert _times(text, lang) == []


def test_the_eleventh_hour_is_eleven_not_ten():
    assert [m.low for m in find_mentions("الساعة الحادية عشرة صباحا", language="ar")] == [11.0]


@pytest.mark.parametrize(("text", "written", "value"), [
    ("إحدى عشرة دقيقة", "إحدى عشرة", 11), ("الحادية عشرة", "الحادية عشرة", 11),
    ("ثلاثة عشر شخصا", "ثلاثة عشر", 13), ("أحد عشر قتيلا", "أحد عشر", 11),
    ("اثنا عشر جنديا", "اثنا عشر", 12), ("وتسعة عشر جريحا", "وتسعة عشر", 19),
    ("عشرة أشخاص", "عشرة", 10),
])
def test_arabic_eleven_to_nineteen_in_two_words(text, written, value):
    [m] = find_mentions(text, language="ar")
    assert (m.text, m.low) == (written, float(value))
