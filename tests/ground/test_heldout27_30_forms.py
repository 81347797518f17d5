"""Held-out 27-30: times of day in Hindi and Russian idiom, each with its wrong twin."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.text.numbers import find_mentions
from tests.one_fact import twin_verdicts

CASES = [
    ("दुर्घटना सुबह करीब सवा पांच बजे हुई।\n", "सुबह करीब सवा पांच बजे", "hi",
     {"value": 315, "unit": "minute"}, {"value": 300, "unit": "minute"}),
    ("बैठक शाम साढ़े सात बजे शुरू हुई।\n", "शाम साढ़े सात बजे", "hi",
     {"value": 1170, "unit": "minute"}, {"value": 450, "unit": "minute"}),
    ("The verdict came from an eight-person federal jury.\n", "an eight-person federal jury",
     "en", {"value": 8, "unit": "juror"}, {"value": 9, "unit": "juror"}),
    ("Автобус опрокинулся в восьмом часу.\n", "в восьмом часу", "ru",
     {"value": [7, 8], "unit": "hour"}, {"value": [8, 9], "unit": "hour"}),
]


@pytest.mark.parametrize(("doc", "quote", "lang", "right", "wrong"), CASES,
                         ids=[c[1] for c in CASES])
def test_right_value_grounds_and_wrong_one_does_not(tmp_path: Path, doc: str, quote: str,
                                                    lang: str, right: dict,
                                                    wrong: dict) -> None:
    assert twin_verdicts(tmp_path, doc, quote, right, wrong, lang) == (GROUNDED, UNGROUNDED)


@pytest.mark.parametrize(("text", "hours"), [
    ("पौने पांच बजे", 4.75), ("ढाई बजे", 2.5), ("रात 11 बजे", 23.0), ("दोपहर 2 बजे", 14.0),
])
def test_hindi_clock_words(text: str, hours: float) -> None:
    [m] = find_mentions(text, language="hi")
    assert (m.kind, m.low) == ("time", hours)
