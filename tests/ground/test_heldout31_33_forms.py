"""Held-out 31-33: forms of real copy the engine had not read, each with its wrong twin."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.api.model import Source
from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.ground.attribution import Paragraphs, unattributed
from factcheck.text.numbers import find_mentions
from tests.one_fact import twin_verdicts

CASES = [
    # (document, quote, language, right fact, wrong fact)
    ("Se registró un descenso medio de 283.684 afiliados (-1,6%).\n",
     "un descenso medio de 283.684 afiliados (-1,6%)", "es",
     {"value": 1.6, "unit": "percent"}, {"value": 1.7, "unit": "percent"}),
    ("Los precios subieron un (-1,6%) menos.\n", "subieron un (-1,6%)", "es",
     {"value": -1.6, "unit": "percent"}, {"value": 1.6, "unit": "percent"}),  # a rise
    ("Laba bersih merosot 22 persen dari tahun lalu.\n", "merosot 22 persen", "id",
     {"value": -22, "unit": "percent"}, {"value": -23, "unit": "percent"}),
    ("Laba per saham melorot ke level Rp89,27.\n", "ke level Rp89,27", "id",
     {"value": 89.27, "unit": "IDR"}, {"value": 8927, "unit": "IDR"}),
    ("由2012年的1.3:1扩大到2.2:1。\n", "由2012年的1.3:1扩大到2.2:1", "zh",
     {"value": 2.2}, {"value": 2.3}),
    ("ENFLASYON RAKAMLARI BELLİ OLDU:12,62 OLDU\n", "BELLİ OLDU:12,62", "tr",
     {"value": 12.62}, {"value": 12.6}),
    ("\"Рубин\" обыграл питерский \"Зенит\" 2:1.\n", "обыграл питерский \"Зенит\" 2:1", "ru",
     {"value": 2, "unit": "goal"}, {"value": 3, "unit": "goal"}),
    ("Stormen kulminerade strax efter midnatt.\n", "strax efter midnatt", "sv",
     {"value": 0, "unit": "hour", "meaning": "approx", "tolerance": 1},
     {"value": 12, "unit": "hour", "meaning": "approx", "tolerance": 1}),
    ("Facebook's headcount hit 56,653 as of Sept. 30.\n", "headcount hit 56,653", "en",
     {"value": 56653, "unit": "employee"}, {"value": 56653, "unit": "vehicle"}),
    ("Na Kidawę zagłosowało 416 030 osób.\n", "zagłosowało 416 030 osób", "pl",
     {"value": 416030, "unit": "vote"}, {"value": 416031, "unit": "vote"}),
    ("A deal that will guarantee him $228 million through 2022-23.\n", "through 2022-23",
     "en", {"value": 2023}, {"value": 2024}),
    ("Dans la nuit du jeudi 3 au vendredi 4 août 2023, deux feux.\n",
     "du jeudi 3 au vendredi 4 août 2023", "fr", {"value": "2023-08-03"},
     {"value": "2023-08-02"}),
    ("사사구는 한 개도 허용하지 않았습니다.\n", "사사구는 한 개도 허용하지 않았습니다", "ko",
     {"value": 0}, {"value": 1}),
]


@pytest.mark.parametrize(("doc", "quote", "lang", "right", "wrong"), CASES,
                         ids=[f"{c[2]}-{c[1][:24]}" for c in CASES])
def test_right_value_grounds_and_wrong_one_does_not(tmp_path: Path, doc: str, quote: str,
                                                    lang: str, right: dict,
                                                    wrong: dict) -> None:
    assert twin_verdicts(tmp_path, doc, quote, right, wrong, lang) == (GROUNDED, UNGROUNDED)


def test_a_second_reporting_verb_after_as_has_its_own_speaker() -> None:
    doc = ("Mr. Hansen said Thursday as the release of public accounts showed the deficit "
           "is $996-million less than forecast.\n")
    sources = {"hansen": Source(name="Mr. Hansen", kind="official"),
               "accounts": Source(name="public accounts", kind="document")}
    quote = "the deficit is $996-million less"
    start = doc.index(quote)
    span = (start, start + len(quote))
    assert unattributed("accounts", None, sources, Paragraphs(doc), span) is None


@pytest.mark.parametrize(("text", "lang"), [("na północy kraju", "pl"), ("le Midi", "fr")])
def test_words_that_also_name_a_direction_are_no_time(text: str, lang: str) -> None:
    assert [m for m in find_mentions(text, language=lang) if m.kind == "time"] == []
