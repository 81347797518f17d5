"""Forms of held-out batch 18: Chinese tolls glued to 死 and 伤, Chinese numerals before
a measure, a span of clock hours, an hour with its part of the day in Italian, Spanish
and French, an Arabic prefix joined by a tatweel."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _read(text: str, lang: str) -> list[tuple]:
    return [(m.text, m.low, m.high, m.kind)
            for m in find_mentions(text, language=lang, strict_one=False)]


@pytest.mark.parametrize(("text", "values"), [
    ("两死一伤", [2.0, 1.0]), ("缩短一米左右", [1.0]), ("五公里", [5.0]), ("十吨", [10.0]),
])
def test_chinese_numerals_before_a_toll_or_a_measure(text, values):
    assert [r[1] for r in _read(text, "zh")] == values


@pytest.mark.parametrize(("text", "low", "high"), [
    ("凌晨0时至5时,是司机最易疲劳的时段", 0.0, 5.0), ("下午2时至5时", 14.0, 17.0),
])
def test_a_span_of_clock_hours(text, low, high):
    assert [(r[1], r[2], r[3]) for r in _read(text, "zh")] == [(low, high, "range")]


@pytest.mark.parametrize(("text", "lang", "hours"), [
    ("fino alle 4 di notte", "it", 4.0), ("dalle 3 del pomeriggio", "it", 15.0),
    ("a las 4 de la madrugada", "es", 4.0), ("a las 9 de la noche", "es", 21.0),
    ("à 4 heures du matin", "fr", 4.0), ("vers 6 heures du soir", "fr", 18.0),
])
def test_an_hour_with_its_part_of_the_day(text, lang, hours):
    assert [r[1] for r in _read(text, lang) if r[3] == "time"] == [hours]


@pytest.mark.parametrize("text", ["لـ27 دائرة", "بـ500 صوت"])
def test_an_arabic_prefix_joined_by_a_tatweel(text):
    assert [r[1] for r in _read(text, "ar")][0] in (27.0, 500.0)
