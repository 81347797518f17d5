"""Every grounding outcome of one sheet in full: what was found, how it is written, why
not, and what a documented misprint or a repeated stance is called."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck.pipeline import check_sheet
from factcheck.testing import write_project

DOC = (
    "KYIV (2025-04-26) - The air force said 66 Geran-2 drones were destroyed. "
    "Between 10,000 and 12,000 troops were deployed, the air force said. "
    "Figures (A$m)\nRevenue 1,234\n\n"
    "The air force said talks will resume on Tuesday. The air force said 95 missiles were fired. "
    "The air force said Rs 3,65,38 crore was spent. "
    "The air force said the attack was over, and the air force said again it was over.\n"
)
SHEET = {
    "document": "seeds/article.txt",
    "published": dt.date(2025, 4, 26),
    "sources": {"af": {"name": "Air force", "kind": "military"}},
    "aliases": {"drone": ["Geran-2"]},
    "facts": {
        "destroyed": {
            "value": 66,
            "unit": "drone",
            "source": "af",
            "quote": "66 Geran-2 drones were destroyed",
        },
        "troops": {
            "value": [10000, 12000],
            "unit": "troop",
            "source": "af",
            "quote": "Between 10,000 and 12,000 troops were deployed",
        },
        "troops_wrong_unit": {
            "value": [10000, 12000],
            "unit": "drone",
            "source": "af",
            "quote": "Between 10,000 and 12,000 troops were deployed",
        },
        "revenue": {"value": 1234000000, "unit": "AUD", "source": "af", "quote": "Revenue 1,234"},
        "talks": {
            "value": dt.date(2025, 4, 29),
            "source": "af",
            "quote": "talks will resume on Tuesday",
        },
        "missiles_as_drones": {
            "value": 95,
            "unit": "drone",
            "source": "af",
            "quote": "95 missiles were fired",
        },
        "misprint": {
            "value": 36538,
            "unit": "INR",
            "source": "af",
            "quote": "Rs 3,65,38 crore was spent",
            "expect": "ungrounded",
            "reason": "the source misprints it",
        },
        "absent": {
            "value": 5,
            "source": "af",
            "quote": "this is not in the document",
            "expect": "ungrounded",
            "reason": "x",
        },
    },
    "statements": {
        "over": {
            "text": "The attack was over.",
            "stances": [
                {"source": "af", "stance": "affirms", "quote": "the attack was over"},
                {"source": "af", "stance": "affirms", "quote": "it was over"},
            ],
        }
    },
}
EXPECTED = [
    (
        "quote:destroyed",
        15,
        "grounding",
        "grounded",
        '66 written as "66"',
        "66 Geran-2 drones were destroyed",
        '"66" = 66',
        "holds",
        None,
        "destroyed",
        None,
        (39, 71),
    ),
    (
        "quote:troops",
        22,
        "grounding",
        "grounded",
        '[10000, 12000] written as "10,000 and 12,000"',
        "Between 10,000 and 12,000 troops were deployed",
        '"10,000 and 12,000" = [10000, 12000]',
        "holds",
        None,
        "troops",
        None,
        (73, 119),
    ),
    (
        "quote:troops_wrong_unit",
        29,
        "grounding",
        "ungrounded",
        "value 10,000 and 12,000 is written, but the quote counts troops, not drones (unit "
        "`drone`); fix the unit or the quote",
        "Between 10,000 and 12,000 troops were deployed",
        "",
        "holds",
        None,
        "troops_wrong_unit",
        None,
        (73, 119),
    ),
    (
        "quote:revenue",
        34,
        "grounding",
        "grounded",
        '1234000000 written as "1,234 (in A$m: 1234000000)"',
        "Revenue 1,234",
        '"1,234 (in A$m: 1234000000)" = 1234000000',
        "holds",
        None,
        "revenue",
        None,
        (155, 168),
    ),
    (
        "quote:talks",
        38,
        "grounding",
        "grounded",
        '2025-04-29 written as "Tuesday (= 2025-04-29, published 2025-04-26)"',
        "talks will resume on Tuesday",
        '"Tuesday (= 2025-04-29, published 2025-04-26)" = 2025-04-29',
        "holds",
        None,
        "talks",
        None,
        (189, 217),
    ),
    (
        "quote:missiles_as_drones",
        43,
        "grounding",
        "ungrounded",
        "value 95 is written, but the quote counts missiles, not drones (unit `drone`); fix the "
        "unit or the quote",
        "95 missiles were fired",
        "",
        "holds",
        None,
        "missiles_as_drones",
        None,
        (238, 260),
    ),
    (
        "quote:misprint",
        48,
        "grounding",
        "ungrounded",
        'value 36538 is not written in the quote "Rs 3,65,38 crore was spent"; fix the value or '
        'quote the words that carry it',
        "Rs 3,65,38 crore was spent",
        "",
        "ungrounded",
        "the source misprints it",
        "misprint",
        None,
        (281, 307),
    ),
    (
        "quote:absent",
        54,
        "grounding",
        "ungrounded",
        "quote not found in seeds/article.txt; copy the exact words",
        "this is not in the document",
        "",
        "holds",
        None,
        "absent",
        None,
        None,
    ),
    (
        "quote:over:af",
        63,
        "grounding",
        "grounded",
        "quote found in seeds/article.txt at offset 328",
        "the attack was over",
        "",
        "holds",
        None,
        None,
        ("over", 0),
        (328, 347),
    ),
    (
        "quote:over:af-2",
        66,
        "grounding",
        "grounded",
        "quote found in seeds/article.txt at offset 378",
        "it was over",
        "",
        "holds",
        None,
        None,
        ("over", 1),
        (378, 389),
    ),
]


def test_grounding_outcomes(tmp_path: Path):
    result = check_sheet(write_project(tmp_path, SHEET, DOC), tmp_path)
    assert result.problems == []
    got = [
        (
            o.name,
            o.line,
            o.rule,
            o.verdict,
            o.message,
            o.expression,
            o.substituted,
            o.expect,
            o.reason,
            o.fact,
            o.stance,
            o.span,
        )
        for o in result.grounding
    ]
    assert got == EXPECTED
    assert {o.sheet for o in result.grounding} == {"facts/sheet.yaml"}
    assert {o.kind for o in result.grounding} == {"grounding"}
