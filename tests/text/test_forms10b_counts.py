"""Counts written without a number word or figure: a Russian collective numeral ("двое"),
a noun that means two ("ein Ehepaar", "a married couple"), "no reported injuries"; first
and second as Dutch, German, Turkish and Arabic write them, an English ordinal as a rank;
numbers fused into an adjective (Czech "třiadvacetiletá", "pětičlenné", "23letá", German
"vierundzwanzigjährige", "fünfteiligen"); each right value with its wrong twin."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.one_fact import one_fact_verdict

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.text.singles import compound_number

CASES = [
    # (document, quote, language, right fact, wrong fact)
    ("Ранения получили двое мужчин-близнецов 53 лет.\n", "Ранения получили двое мужчин",
     "ru", {"value": 2, "unit": "person"}, {"value": 3, "unit": "person"}),
    ("In Auffach kam ein Ehepaar ums Leben.\n", "kam ein Ehepaar ums Leben", "de",
     {"value": 2, "unit": "person"}, {"value": 3, "unit": "person"}),
    ("A married couple died in the avalanche.\n", "A married couple died", "en",
     {"value": 2, "unit": "person"}, {"value": 3, "unit": "person"}),
    ("There were no reported injuries and charges are expected.\n",
     "There were no reported injuries", "en",
     {"value": 0, "unit": "injury"}, {"value": 1, "unit": "injury"}),
    ("Griekspoor kan zondag voor de tweede keer een ATP-toernooi winnen.\n",
     "voor de tweede keer een ATP-toernooi winnen", "nl",
     {"value": 2, "unit": "title"}, {"value": 3, "unit": "title"}),
    ("Er gewann zum zweiten Mal den Titel.\n", "zum zweiten Mal den Titel", "de",
     {"value": 2, "unit": "title"}, {"value": 1, "unit": "title"}),
    ("Irak ikinci sırada yer aldı.\n", "Irak ikinci sırada yer aldı", "tr",
     {"value": 2, "unit": "rank"}, {"value": 3, "unit": "rank"}),
    ("أن العراق جاء في المرتبة الثانية كأكبر منتج للنفط.\n",
     "جاء في المرتبة الثانية كأكبر منتج للنفط", "ar",
     {"value": 2, "unit": "rank"}, {"value": 3, "unit": "rank"}),
    ("Iraq is OPEC's second-largest producer.\n", "OPEC's second-largest producer", "en",
     {"value": 2, "unit": "rank"}, {"value": 3, "unit": "rank"}),
    ("Střet nepřežila také třiadvacetiletá žena.\n", "také třiadvacetiletá žena", "cs",
     {"value": 23, "unit": "year"}, {"value": 20, "unit": "year"}),
    ("Zraněni byli čtyřiadvacetiletý řidič a čtyřleté dítě.\n",
     "čtyřiadvacetiletý řidič a čtyřleté dítě", "cs",
     {"value": 4, "unit": "year"}, {"value": 20, "unit": "year"}),
    ("Zemřela 23letá žena.\n", "Zemřela 23letá žena", "cs",
     {"value": 23, "unit": "year"}, {"value": 32, "unit": "year"}),
    ("Další členy pětičlenné osádky převezli do nemocnice.\n",
     "členy pětičlenné osádky", "cs",
     {"value": 5, "unit": "person"}, {"value": 4, "unit": "person"}),
    ("Eine vierundzwanzigjährige Frau starb.\n", "Eine vierundzwanzigjährige Frau", "de",
     {"value": 24, "unit": "year"}, {"value": 4, "unit": "year"}),
    ("Es gilt Lawinenstufe 3 auf der fünfteiligen Skala.\n",
     "Lawinenstufe 3 auf der fünfteiligen Skala", "de",
     {"value": 5, "unit": "level"}, {"value": 4, "unit": "level"}),
]


@pytest.mark.parametrize(("doc", "quote", "lang", "right", "wrong"), CASES,
                         ids=[c[1] for c in CASES])
def test_right_value_grounds_and_wrong_twin_does_not(tmp_path: Path, doc: str, quote: str,
                                                     lang: str, right: dict,
                                                     wrong: dict) -> None:
    assert one_fact_verdict(tmp_path / "r", doc, {"quote": quote, **right}, lang) == GROUNDED
    assert one_fact_verdict(tmp_path / "w", doc, {"quote": quote, **wrong}, lang) == UNGROUNDED


@pytest.mark.parametrize(("word", "lang", "n"), [
    ("třiadvacetiletá", "cs", 23), ("dvacetitříletý", "cs", 23), ("pětičlenné", "cs", 5),
    ("čtyřleté", "cs", 4), ("einjährige", "de", 1), ("fünfteiligen", "de", 5),
    ("letadlo", "cs", None), ("jährige", "de", None), ("Kunstjährige", "de", None),
])
def test_compound_number(word: str, lang: str, n: int | None) -> None:
    assert compound_number(word, lang) == n
