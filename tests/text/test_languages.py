"""Numbers, dates and counted nouns in Ukrainian, Russian, Hindi and Telugu, with
forms taken from real reports."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.text.languages import ascii_digits, detect
from factcheck.text.nouns import Aliases
from factcheck.text.numbers import find_mentions


def _numbers(text: str, lang: str) -> list[tuple[str, float, str | None]]:
    return [(m.text, m.low, m.unit) for m in find_mentions(text, language=lang)
            if m.kind == "number"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("uk", "Збито 66 з 114 ударних БпЛА", [("66", 66, None), ("114", 114, "бпла")]),
    ("uk", "шістдесят шість безпілотників", [("шістдесят шість", 66, "безпілотник")]),
    ("uk", "Загинули двох людей", [("двох", 2, "людина")]),
    ("uk", "сто чотирнадцять дронів", [("сто чотирнадцять", 114, "дрон")]),
    ("ru", "уничтожены 130 беспилотных летательных аппаратов", [("130", 130, "аппарат")]),
    ("ru", "в том числе двух над Курской областью", [("двух", 2, None)]),
    ("hi", "ड्रोन हमले में सात लोगों की मौत", [("सात", 7, "लोगों")]),
    ("hi", "१२ घायल", [("१२", 12, "घायल")]),
    ("te", "తొమ్మిది మంది మృతి", [("తొమ్మిది", 9, "మంది")]),
    ("te", "ఓ డ్రోన్", [("ఓ", 1, "డ్రోన్")]),
    ("ru", "Трое из них в тяжелом состоянии", [("Трое", 3, None)]),
    ("uk", "Ще трьом людям надали допомогу", [("трьом", 3, "людина")]),
    ("hi", "18 लाख 52 हजार 504 वोट", [("18 लाख 52 हजार 504", 1852504, "वोट")]),
    ("uk", "без жертв і поранених", [("без жертв", 0, "жертва")]),
    ("ru", "почти полсотни беспилотников", [("полсотни", 50, "беспилотник")]),
    ("te", "బాధితుల సంఖ్య 2,02,594కు చేరింది", [("2,02,594", 202594, None)]),
])

def test_number_words_and_digits(lang, text, expected):
    assert _numbers(text, lang) == [(t, float(v), u) for t, v, u in expected]


@pytest.mark.parametrize(("lang", "text", "date"), [
    ("uk", "26 квітня 2025 року", dt.date(2025, 4, 26)),
    ("ru", "31 октября 2025 года", dt.date(2025, 10, 31)),
    ("hi", "12 जुलाई 2025", dt.date(2025, 7, 12)),
    ("te", "12 జులై 2025", dt.date(2025, 7, 12)),
    ("te", "18 డిశెంబరు 2017", dt.date(2017, 12, 18)),
    ("hi", "12 दिसम्बर 2023", dt.date(2023, 12, 12)),
])
def test_month_names(lang, text, date):
    [m] = find_mentions(text, language=lang)
    assert (m.kind, m.date) == ("date", date)


def test_english_reading_ignores_other_scripts_numbers():
    assert [m.low for m in find_mentions("сім", language=None)] == []


@pytest.mark.parametrize(("lang", "text", "unit"), [
    ("uk", "атакував 597 ударними БпЛА", "drone"),
    ("uk", "збито 319 безпілотників", "drone"),
    ("ru", "над Курской областью", "region"),
    ("hi", "सात लोगों की मौत", "person"),
    ("te", "డ్రోన్ల దాడి", "drone"),
])
def test_unit_aliases_match_inflected_nouns(lang, text, unit):
    assert Aliases(None, lang).mentioned(unit, text)
    assert not Aliases(None, lang).mentioned("missile", text)


def test_native_digits_keep_offsets_and_script_detection():
    assert ascii_digits("१२ घायल, ౭ మంది") == "12 घायल, 7 మంది"
    assert (detect("Збито 66 безпілотників. " * 5), detect("Сбито 66 беспилотников. " * 5),
            detect("सात लोगों की मौत " * 5), detect("తొమ్మిది మంది మృతి " * 5),
            detect("Seven killed")) == ("uk", "ru", "hi", "te", "en")


def test_a_singular_noun_counts_one_when_grounding_slavic_text():
    [m] = [m for m in find_mentions("загинула літня жінка", strict_one=False, language="uk")
           if m.kind == "number"]
    assert (m.text, m.low, m.unit) == ("жінка", 1.0, "жінка")
    assert [m for m in find_mentions("загинула літня жінка", language="uk")
            if m.kind == "number"] == []
