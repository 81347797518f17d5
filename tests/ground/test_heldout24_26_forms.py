"""Held-out 24-26: units as sheets name them, cricket and badminton figures, and a
change before its new level, each with a wrong twin that must not ground."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.ground.grounding import readable
from factcheck.text.nouns import singular
from factcheck.text.numbers import find_mentions
from tests.one_fact import twin_verdicts

CASES = [
    # (document, quote, language, right fact, wrong fact)
    ("Cigarettes will go up by 11p from 6pm today.\n", "by 11p from 6pm", "en",
     {"value": 11, "unit": "pence"}, {"value": 12, "unit": "pence"}),
    ("Number unemployed: 1,071,600 (1,113,000)\n", "Number unemployed: 1,071,600", "en",
     {"value": 1071600, "unit": "person"}, {"value": 1071600, "unit": "drone"}),
    ("Unos 10 millones de trabajadores irán a la huelga.\n",
     "Unos 10 millones de trabajadores", "es", {"value": 10_000_000, "unit": "worker"},
     {"value": 10_000_000, "unit": "vehicle"}),
    ("पांच राज्यों में चुनाव हुए।\n", "पांच राज्यों में", "hi", {"value": 5, "unit": "state"},
     {"value": 6, "unit": "state"}),
    ("Maxwell hit an unbeaten 71 from 47 balls.\n", "an unbeaten 71 from 47 balls", "en",
     {"value": 71, "unit": "run"}, {"value": 47, "unit": "run"}),
    ("Maxwell hit an unbeaten 71 from 47 balls.\n", "an unbeaten 71 from 47 balls", "en",
     {"value": 47, "unit": "ball"}, {"value": 48, "unit": "ball"}),
    ("The Sixers were needing four from the final two balls.\n",
     "needing four from the final two balls", "en", {"value": 4, "unit": "run"},
     {"value": 4, "unit": "wicket"}),
    ("The Stars fell short, with Liam Hatcher claiming 3-33.\n", "Liam Hatcher claiming 3-33",
     "en", {"value": 3, "unit": "wicket"}, {"value": 4, "unit": "wicket"}),
    ("Pearly-Thinaah tewas 24-26, 17-21 kepada pasangan China.\n", "tewas 24-26, 17-21", "ms",
     {"value": 17, "unit": "point"}, {"value": 18, "unit": "point"}),
    ("Road tax will rise by £90 to £300 this year.\n", "will rise by £90 to £300", "en",
     {"value": 90, "unit": "GBP"}, {"value": 390, "unit": "GBP"}),
    ("He worked there for more than three decades.\n", "more than three decades", "en",
     {"value": 30, "unit": "year", "meaning": "at_least"},
     {"value": 31, "unit": "year", "meaning": "at_least"}),
    ("The storm lasted two hours.\n", "lasted two hours", "en",
     {"value": 120, "unit": "minute"}, {"value": 120, "unit": "second"}),
    ("ArcelorMittal prorrogó el pasado 28 de diciembre de 2023 el ERTE que debía terminar "
     "el día 31.\n", "el ERTE que debía terminar el día 31", "es",
     {"value": "2023-12-31"}, {"value": "2023-12-30"}),
    ("ArcelorMittal prorrogó el pasado 28 de diciembre de 2023 el ERTE que debía terminar "
     "el día 30.\n", "el ERTE que debía terminar el día 30", "es",
     {"value": "2023-12-30"}, {"value": "2023-11-30"}),
    ("Fenside\n\nUKIP 162 (39.4;+39.4), Lib Dem 87 (21.2;+10.6)\n", "UKIP 162 (39.4;+39.4)",
     "en", {"value": 162, "unit": "vote"}, {"value": 162, "unit": "drone"}),
    ("Boston 12 (dry), Lincoln 9\n", "Boston 12 (dry)", "en", {"value": 12},
     {"value": 12, "unit": "vote"}),
    ("Hospital Inpatients with COVID-19: 134,394\n", "Hospital Inpatients with COVID-19: 134,394",
     "en", {"value": 134394, "unit": "patient"}, {"value": 134394, "unit": "drone"}),
    ("Road tax will rise by £90 to £300 this year.\n", "will rise by £90 to £300", "en",
     {"value": 300, "unit": "GBP"}, {"value": [90, 300], "unit": "GBP"}),
]


@pytest.mark.parametrize(("doc", "quote", "lang", "right", "wrong"), CASES,
                         ids=[f"{c[2]}-{c[1]}-{c[3]['value']}" for c in CASES])
def test_right_value_grounds_and_wrong_one_does_not(tmp_path: Path, doc: str, quote: str,
                                                    lang: str, right: dict,
                                                    wrong: dict) -> None:
    assert twin_verdicts(tmp_path, doc, quote, right, wrong, lang) == (GROUNDED, UNGROUNDED)


def test_irregular_and_acronym_plurals() -> None:
    assert [singular(w) for w in ("pence", "TEUs", "NGOs", "KES", "census")] == [
        "penny", "teu", "ngo", "kes", "census"]


@pytest.mark.parametrize(("text", "read"), [
    ("Arsenal claimed a 3-1 win.", [("3", "score"), ("1", "score")]),
    ("Ages 5-10, 11-15 were studied.", [("5-10", None), ("11-15", None)]),
    ("He lost 19-21, 17-21 to Lee.", [("19", "score"), ("21", "score"), ("17", "score"),
                                      ("21", "score")]),
])
def test_results_in_lists_and_ranges_in_lists(text: str, read: list) -> None:
    assert [(m.text, m.unit) for m in find_mentions(text)] == read


def test_a_large_value_is_shown_with_its_scale_in_the_message() -> None:
    assert readable(52_800_000_000) == "52800000000 (52.8 billion)"
    assert readable(-1_500_000) == "-1500000 (-1.5 million)"
    assert readable(999_999) == "999999"
