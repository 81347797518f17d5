"""Scales and units as news glues them to a figure: a capital scale letter after an
amount ("$92M", "£3M", "€2B"), points and basis points ("5.3pp", "5.3pts", "92 bp",
Italian "92 pb"), freight in tonne-kilometres, ship tonnage in GT (no gigatesla), Turkish
and Urdu scale words, a larger scale after a smaller one ("2 ہزار 281 ارب": 2,281
billion), and a figure glued to the word before by a comma; each right value with its
wrong twin."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.one_fact import one_fact_verdict

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.text.numbers import find_mentions

CASES = [
    # (document, quote, language, right fact, wrong fact)
    ("With its $92M Friday ($43.5M from midnight showings) it set a record.\n",
     "$92M Friday ($43.5M from midnight showings)", "en",
     {"value": 43.5, "unit": "million USD"}, {"value": 43.5, "unit": "USD"}),
    ("The club paid £3M for the striker.\n", "paid £3M for the striker", "en",
     {"value": 3, "unit": "million GBP"}, {"value": 3, "unit": "billion GBP"}),
    ("The fund holds €2B in bonds.\n", "holds €2B in bonds", "en",
     {"value": 2, "unit": "billion EUR"}, {"value": 2, "unit": "million EUR"}),
    ("Punctuality was 67.8%, a decrease of 5.3pp on the previous year.\n",
     "a decrease of 5.3pp on the previous year", "en",
     {"value": 5.3, "unit": "percentage_point"}, {"value": 5.2, "unit": "percentage_point"}),
    ("The lead narrowed by 5.3pts in a week.\n", "narrowed by 5.3pts", "en",
     {"value": 5.3, "unit": "percentage_point"}, {"value": 3.5, "unit": "percentage_point"}),
    ("The cost of credit was 92 bp in the half.\n", "92 bp in the half", "en",
     {"value": 92, "unit": "basis_point"}, {"value": 92, "unit": "percent"}),
    ("Il costo del credito è pari a 92 pb nel semestre.\n", "92 pb nel semestre", "it",
     {"value": 92, "unit": "basis_point"}, {"value": 92, "unit": "percent"}),
    ("Rail moved 15.73 billion net tonne kilometres of freight.\n",
     "15.73 billion net tonne kilometres", "en",
     {"value": 15.73, "unit": "billion tonne*km"}, {"value": 15.73, "unit": "billion km"}),
    ("Freight moved 9.77 billion tonne-miles.\n", "9.77 billion tonne-miles", "en",
     {"value": 9.77, "unit": "billion tonne*mile"}, {"value": 9.77, "unit": "billion mile"}),
    ("Vessel arrival tonnage reached 2.12 billion GT in 2011.\n",
     "reached 2.12 billion GT", "en",
     {"value": 2.12, "unit": "billion GT"}, {"value": 2.12, "unit": "billion TEU"}),
    ("Ziyaretçi sayısı yüzde 30,8 artışla 11,5 milyon kişiye ulaştı.\n",
     "11,5 milyon kişiye ulaştı", "tr",
     {"value": 11.5, "unit": "million"}, {"value": 11.5, "unit": "billion"}),
    ("Nüfus 6 milyon 965 bin 343 kişi oldu.\n", "6 milyon 965 bin 343 kişi", "tr",
     {"value": 6965343}, {"value": 965343}),
    ("دفاعی اخراجات میں 159 ارب روپے اضافے کا تخمینہ ہے۔\n", "159 ارب روپے", "ur",
     {"value": 159, "unit": "billion PKR"}, {"value": 159, "unit": "million PKR"}),
    ("دفاعی بجٹ 2 ہزار 281 ارب روپے تک پہنچنے کا امکان ہے۔\n", "2 ہزار 281 ارب روپے", "ur",
     {"value": 2281, "unit": "billion PKR"}, {"value": 281000002000, "unit": "PKR"}),
    ("بجٹ 1 ہزار 858 ارب 80 کروڑ روپے تھا۔\n", "1 ہزار 858 ارب 80 کروڑ روپے", "ur",
     {"value": 1858.8, "unit": "billion PKR"}, {"value": 858, "unit": "billion PKR"}),
    ("रक्षा बजट 2 हजार 281 अरब रुपये होगा।\n", "2 हजार 281 अरब रुपये", "hi",
     {"value": 2281, "unit": "billion INR"}, {"value": 281000002000, "unit": "INR"}),
    ("This summer,118,949 entries ended in failure.\n", "This summer,118,949 entries", "en",
     {"value": 118949}, {"value": 118.949}),
]


@pytest.mark.parametrize(("doc", "quote", "lang", "right", "wrong"), CASES,
                         ids=[c[1] for c in CASES])
def test_right_value_grounds_and_wrong_twin_does_not(tmp_path: Path, doc: str, quote: str,
                                                     lang: str, right: dict,
                                                     wrong: dict) -> None:
    assert one_fact_verdict(tmp_path / "r", doc, {"quote": quote, **right}, lang) == GROUNDED
    assert one_fact_verdict(tmp_path / "w", doc, {"quote": quote, **wrong}, lang) == UNGROUNDED


def test_a_capital_scale_letter_without_a_currency_keeps_both_readings() -> None:
    m = find_mentions("3M said it would cut jobs")[0]
    assert (m.low, m.alt) == (3.0, 3_000_000.0)


def test_plain_tons_stay_tons() -> None:
    [m] = find_mentions("5 tons of rice")
    assert m.unit == "tons"
