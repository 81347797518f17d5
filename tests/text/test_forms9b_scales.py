"""Scales as European, South Asian and Latin American copy writes them: the plural
"millions" after a figure, Hungarian "milliárd", French currency abbreviations with their
scale ("395,1 MMDH", "250 MDH", "4 M$"), Peru's millions sign "2′755,066", and two scale
words in a sheet's unit ("lakh crore INR"); each right value with its wrong twin."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.one_fact import one_fact_verdict

from factcheck.api.unit_spellings import scaled
from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.text.numbers import find_mentions

CASES = [
    # (document, quote, language, right fact, wrong fact)
    ("The revenue rose to Rs. 87621.80 millions.\n", "Rs. 87621.80 millions", "en",
     {"value": 87621.80, "unit": "million INR"}, {"value": 87621.80, "unit": "INR"}),
    ("Operating profit surged to 17194.40 millions.\n", "17194.40 millions", "en",
     {"value": 17194.40, "unit": "million"}, {"value": 17194.40, "unit": "thousand"}),
    ("A hiány 4006 milliárd forint volt.\n", "4006 milliárd forint", "hu",
     {"value": 4006, "unit": "billion HUF"}, {"value": 4006, "unit": "million HUF"}),
    ("A bevétel 34 203 milliárd forint volt.\n", "34 203 milliárd forint", "hu",
     {"value": 34203, "unit": "billion HUF"}, {"value": 34203, "unit": "HUF"}),
    ("Les recettes devraient s’élever à 395,1 MMDH.\n", "395,1 MMDH", "fr",
     {"value": 395.1, "unit": "billion MAD"}, {"value": 395.1, "unit": "million MAD"}),
    ("Un budget de 250 MDH est prévu.\n", "250 MDH", "fr",
     {"value": 250, "unit": "million MAD"}, {"value": 250, "unit": "billion MAD"}),
    ("Québec investira 4 M$ dans le projet.\n", "4 M$", "fr",
     {"value": 4, "unit": "million CAD"}, {"value": 4, "unit": "CAD"}),
    ("La producción llegó a 2′755,066 toneladas.\n", "2′755,066 toneladas", "es",
     {"value": 2755066, "unit": "tonne"}, {"value": 2755.066, "unit": "tonne"}),
    ("पूंजीगत व्यय 5.54 लाख करोड़ रुपये हो गया है।\n", "5.54 लाख करोड़ रुपये", "hi",
     {"value": 5.54, "unit": "lakh crore INR"}, {"value": 5.54, "unit": "crore INR"}),
]


@pytest.mark.parametrize(("doc", "quote", "lang", "right", "wrong"), CASES,
                         ids=[c[1] for c in CASES])
def test_right_scale_grounds_and_wrong_one_does_not(tmp_path: Path, doc: str, quote: str,
                                                    lang: str, right: dict,
                                                    wrong: dict) -> None:
    assert one_fact_verdict(tmp_path / "r", doc, {"quote": quote, **right}, lang) == GROUNDED
    assert one_fact_verdict(tmp_path / "w", doc, {"quote": quote, **wrong}, lang) == UNGROUNDED


def test_a_table_takes_the_scale_of_a_figure_the_prose_repeats(tmp_path: Path) -> None:
    doc = ("Revenue rose to Rs. 87621.80 millions for the quarter.\n"
           "| | 202109 | 202009 |\n"
           "| Sales | 87621.80 | 71558.60 |\n"
           "| PBT | 16521.40 | 14850.60 |\n")
    quote = "| PBT | 16521.40 | 14850.60 |"
    right = {"quote": quote, "value": 16521.40, "unit": "million INR"}
    wrong = {"quote": quote, "value": 16521.40, "unit": "billion INR"}
    assert one_fact_verdict(tmp_path / "r", doc, right) == GROUNDED
    assert one_fact_verdict(tmp_path / "w", doc, wrong) == UNGROUNDED


def test_a_table_whose_figures_the_prose_does_not_repeat_has_no_scale(tmp_path: Path) -> None:
    doc = ("Revenue rose to Rs. 90000.00 millions for the quarter.\n"
           "| PBT | 16521.40 | 14850.60 |\n")
    fact = {"quote": "| PBT | 16521.40 | 14850.60 |", "value": 16521.40, "unit": "million INR"}
    assert one_fact_verdict(tmp_path, doc, fact) == UNGROUNDED


def test_millions_of_is_no_scale_after_a_figure() -> None:
    [m] = find_mentions("In the 2020 census millions of people", language="en")
    assert (m.text, m.low) == ("2020", 2020.0)


@pytest.mark.parametrize(("unit", "expected"), [
    ("lakh crore INR", ("INR", 10**12)),
    ("thousand crore rupees", ("rupees", 10**10)),
    ("crore INR", ("INR", 10**7)),
    ("crore lakh INR", ("crore lakh INR", 1)),  # the larger scale comes second
    ("lakh crore", ("lakh crore", 1)),  # nothing left to scale
])
def test_two_scale_words_in_a_unit_multiply(unit: str, expected: tuple[str, int]) -> None:
    assert scaled(unit) == expected
