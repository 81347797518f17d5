"""Ranges whose unit follows both figures ("0% to 10%", "zwischen 21,3 % und 22,2 %"), a
season with both years in full ("2010/2011"), and falls: a second figure joined by "and"
to a fall before the quote, a Chinese verb glued to the figure, a Korean, Japanese or
Turkish verb after it; each right value with its wrong twin."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.one_fact import one_fact_verdict

from factcheck.engine.outcome import GROUNDED, UNGROUNDED

CASES = [
    # (document, quote, language, right fact, wrong fact)
    ("Pink shading means the rate increased 0% to 10%.\n", "the rate increased 0% to 10%",
     "en", {"value": [0, 10], "unit": "percent"}, {"value": [0, 1], "unit": "percent"}),
    ("Support is between 21.3% and 22.2% in the polls.\n", "between 21.3% and 22.2%", "en",
     {"value": [21.3, 22.2], "unit": "percent"}, {"value": [21.3, 22.3], "unit": "percent"}),
    ("Il reste troisième (de 21,3% à 22,2%).\n", "(de 21,3% à 22,2%)", "fr",
     {"value": [21.3, 22.2], "unit": "percent"}, {"value": [21.2, 22.2], "unit": "percent"}),
    ("Die Quote liegt zwischen 21,3 % und 22,2 %.\n", "zwischen 21,3 % und 22,2 %", "de",
     {"value": [21.3, 22.2], "unit": "percent"}, {"value": [21.3, 23.2], "unit": "percent"}),
    ("Entre el 20% y el 25% de los votos.\n", "Entre el 20% y el 25%", "es",
     {"value": [20, 25], "unit": "percent"}, {"value": [20, 52], "unit": "percent"}),
    ("Holdet slår rekorden fra sæsonen 2010/2011.\n", "fra sæsonen 2010/2011", "da",
     {"value": [2010, 2011]}, {"value": [2010, 2012]}),
    ("Gli oneri calano: in calo del 4,6% sul 2012 e del 2,1% sul primo trimestre.\n",
     "e del 2,1% sul primo trimestre", "it",
     {"value": -2.1, "unit": "percent"}, {"value": -2.2, "unit": "percent"}),
    ("Costs fell 4.6% on last year and 2.1% on the first quarter.\n",
     "and 2.1% on the first quarter", "en",
     {"value": -2.1, "unit": "percent"}, {"value": -1.2, "unit": "percent"}),
    ("Costs fell 4.6% on the first half of 2012 and 2.1% on the first quarter.\n",
     "fell 4.6% on the first half of 2012 and 2.1% on the first quarter", "en",
     {"value": -2.1, "unit": "percent"}, {"value": -2.4, "unit": "percent"}),
    ("东北地区人口所占比重下降1.20个百分点。\n", "比重下降1.20个百分点", "zh",
     {"value": -1.2, "unit": "percentage_point"},
     {"value": -2.1, "unit": "percentage_point"}),
    ("매출은 전 분기보다는 6.24% 감소했다.\n", "6.24% 감소했다", "ko",
     {"value": -6.24, "unit": "percent"}, {"value": -6.42, "unit": "percent"}),
    ("İhracat yüzde 6,2 azaldı.\n", "yüzde 6,2 azaldı", "tr",
     {"value": -6.2, "unit": "percent"}, {"value": -2.6, "unit": "percent"}),
]


@pytest.mark.parametrize(("doc", "quote", "lang", "right", "wrong"), CASES,
                         ids=[c[1] for c in CASES])
def test_right_value_grounds_and_wrong_twin_does_not(tmp_path: Path, doc: str, quote: str,
                                                     lang: str, right: dict,
                                                     wrong: dict) -> None:
    assert one_fact_verdict(tmp_path / "r", doc, {"quote": quote, **right}, lang) == GROUNDED
    assert one_fact_verdict(tmp_path / "w", doc, {"quote": quote, **wrong}, lang) == UNGROUNDED


@pytest.mark.parametrize(("doc", "quote", "lang"), [
    ("Costs rose 4.6% on last year and 2.1% on the first quarter.\n",
     "and 2.1% on the first quarter", "en"),
    ("Costs fell 4.6% on last year. And 2.1% of staff left.\n", "And 2.1% of staff left", "en"),
    ("İhracat yüzde 2,1 arttı.\n", "yüzde 2,1 arttı", "tr"),
])
def test_no_fall_is_read_where_none_is_written(tmp_path: Path, doc: str, quote: str,
                                               lang: str) -> None:
    fact = {"quote": quote, "value": -2.1, "unit": "percent"}
    assert one_fact_verdict(tmp_path, doc, fact, lang) == UNGROUNDED


@pytest.mark.parametrize(("value", "verdict"), [(23.70, GROUNDED), (23.78, GROUNDED),
                                               (23.87, UNGROUNDED)])
def test_each_end_of_a_change_from_one_level_to_another(tmp_path: Path, value: float,
                                                        verdict: str) -> None:
    doc = "La tasa de paro subió ligeramente, desde el 23,70% hasta el 23,78%.\n"
    fact = {"quote": "desde el 23,70% hasta el 23,78%", "value": value, "unit": "percent"}
    assert one_fact_verdict(tmp_path, doc, fact, "es") == verdict


@pytest.mark.parametrize("value", [5, 10])
def test_a_change_and_the_new_level_stay_two_figures(tmp_path: Path, value: int) -> None:
    doc = "Sales rose 5% to 10% in May.\n"
    fact = {"quote": "Sales rose 5% to 10% in May", "value": value, "unit": "percent"}
    assert one_fact_verdict(tmp_path, doc, fact) == GROUNDED
