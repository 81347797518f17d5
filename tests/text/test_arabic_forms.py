"""Arabic figures as agency copy writes them: tanween on a scale word, the dual of a scale
word joined by "and", and Egypt's decimals written fraction first; each with its twin."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.one_fact import twin_verdicts

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.text.numbers import find_mentions

CASES = [
    ("وأشرف على الاستفتاء 19 ألفاً و339 قاضياً.\n", "19 ألفاً و339 قاضياً",
     {"value": 19339}, {"value": 19000}),
    ("بلغ إجمالي من صوت بلا مليونين و945 ألفا و680 ناخبا.\n", "مليونين و945 ألفا و680",
     {"value": 2945680}, {"value": 945680}),
    ("حضر ألفين و500 شخص.\n", "ألفين و500 شخص", {"value": 2500}, {"value": 500}),
    ("صوتوا بالموافقة بنسبة 83ر88 %.\n", "بنسبة 83ر88 %", {"value": 88.83, "unit": "percent"},
     {"value": 83.88, "unit": "percent"}),
]


@pytest.mark.parametrize(("doc", "quote", "right", "wrong"), CASES, ids=[c[1] for c in CASES])
def test_right_value_grounds_and_wrong_one_does_not(tmp_path: Path, doc: str, quote: str,
                                                    right: dict, wrong: dict) -> None:
    assert twin_verdicts(tmp_path, doc, quote, right, wrong, "ar") == (GROUNDED, UNGROUNDED)


def test_a_dual_scale_is_two_and_stays_apart_from_a_larger_figure() -> None:
    got = [(m.text, m.low) for m in find_mentions("مليونين و3 مليارات", language="ar")]
    assert got == [("مليونين", 2_000_000.0), ("3 مليارات", 3_000_000_000.0)]
