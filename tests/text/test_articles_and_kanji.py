"""Articles of one in Romanian, Dutch, Scandinavian and Italian's elided "un'", a number
word after an elided article ("près d'un million"), and kanji numerals
before time and measure counters, grounded end to end, each with its wrong twin."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.one_fact import one_fact_verdict, twin_verdicts

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.text.locales import kanji_numbers

CASES = [
    # (document, quote, language, right fact, wrong fact)
    ("La scossa è durata un'ora.\n", "è durata un'ora", "it",
     {"value": 1, "unit": "hour"}, {"value": 2, "unit": "hour"}),
    ("Accidentul a avut loc acum o săptămână.\n", "acum o săptămână", "ro",
     {"value": 1, "unit": "week"}, {"value": 2, "unit": "week"}),
    ("În accident un șofer a fost rănit.\n", "un șofer a fost rănit", "ro",
     {"value": 1, "unit": "person"}, {"value": 2, "unit": "person"}),
    ("De brand duurde een uur.\n", "De brand duurde een uur", "nl",
     {"value": 1, "unit": "hour"}, {"value": 2, "unit": "hour"}),
    ("Devant les Chinois (près d'un million).\n", "près d'un million", "fr",
     {"value": 1_000_000, "meaning": "approx"}, {"value": 1_000_000_000, "meaning": "approx"}),
    ("Il costo è di oltre un miliardo, l'uno dei due progetti.\n", "oltre un miliardo", "it",
     {"value": 1_000_000_000, "meaning": "at_least"},
     {"value": 1_000_000, "meaning": "at_least"}),
    ("Socialdemokraterna fick ett ytterligare mandat.\n", "fick ett ytterligare mandat", "sv",
     {"value": 1, "unit": "seat"}, {"value": 2, "unit": "seat"}),
    ("Partiet fik et mandat mere.\n", "Partiet fik et mandat mere", "da",
     {"value": 1, "unit": "seat"}, {"value": 2, "unit": "seat"}),
    ("事故持续四小时，封路两天。\n", "事故持续四小时", "zh",
     {"value": 4, "unit": "hour"}, {"value": 5, "unit": "hour"}),
    ("事故持续四小时，封路两天。\n", "封路两天", "zh",
     {"value": 2, "unit": "day"}, {"value": 3, "unit": "day"}),
    ("男孩年仅五岁。\n", "男孩年仅五岁", "zh", {"value": 5, "unit": "year"},
     {"value": 6, "unit": "year"}),
    ("会議は三十分間続いた。\n", "会議は三十分間続いた", "ja",
     {"value": 30, "unit": "minute"}, {"value": 3, "unit": "minute"}),
]


@pytest.mark.parametrize(("doc", "quote", "lang", "right", "wrong"), CASES,
                         ids=[c[1] for c in CASES])
def test_right_value_grounds_and_wrong_one_does_not(tmp_path: Path, doc: str, quote: str,
                                                    lang: str, right: dict,
                                                    wrong: dict) -> None:
    assert twin_verdicts(tmp_path, doc, quote, right, wrong, lang,
                         dt.date(2024, 5, 19)) == (GROUNDED, UNGROUNDED)


@pytest.mark.parametrize(("doc", "lang", "fact"), [
    ("Er was een aantal gewonden.\n", "nl", {"value": 1}),  # "a number of"
    ("Vom vedea o serie de măsuri.\n", "ro", {"value": 1}),  # "a series of"
    ("Det blev en del skador.\n", "sv", {"value": 1}),  # "some"
])
def test_an_article_before_a_quantity_word_counts_nothing(tmp_path: Path, doc: str,
                                                          lang: str, fact: dict) -> None:
    quote = doc.strip().rstrip(".")
    assert one_fact_verdict(tmp_path, doc, {"quote": quote, **fact}, lang) == UNGROUNDED


def test_ten_before_minute_character_alone_is_very_not_ten_minutes() -> None:
    assert kanji_numbers("这十分重要") == []  # "very important"
    assert kanji_numbers("等了十分钟") == [(2, 3, 10)]
