"""How news writes numbers, read back: times and time ranges, durations, fractions,
dates in several orders, ages, scores, percentages, currencies and scale words, Indian
digit grouping, ranges, elided nouns. Each case with every field of every mention."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("½ of them", [("½", 0.5, 0.5, "number", None, None, None, None, None, None)]),
        (
            "9:25-11:00 p.m. on Friday",
            [
                (
                    "9:25",
                    21.416666666666668,
                    21.416666666666668,
                    "time",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                ),
                ("11:00 p.m.", 23.0, 23.0, "time", None, None, None, None, None, None),
                ("Friday", None, None, "weekday", None, None, None, None, 4, None),
            ],
        ),
        ("at 3.30pm", [("3.30pm", 15.5, 15.5, "time", None, None, None, None, None, None)]),
        (
            "at 9:25 p.m.",
            [
                (
                    "9:25 p.m.",
                    21.416666666666668,
                    21.416666666666668,
                    "time",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                )
            ],
        ),
        (
            "45 minutes later",
            [("45 minutes", 45.0, 45.0, "duration", "minutes", None, None, None, None, None)],
        ),
        ("for 3 hours", [("3 hours", 3.0, 3.0, "duration", "hours", None, None, None, None, None)]),
        ("1 drone was hit", [("1", 1.0, 1.0, "number", "drone", None, None, None, None, None)]),
        ("2 drones were hit", [("2", 2.0, 2.0, "number", "drones", None, None, None, None, None)]),
        ("hundreds of drones", []),
        (
            "a dozen attack drones",
            [("a dozen", 12.0, 12.0, "number", "drones", None, None, None, None, None)],
        ),
        (
            "Saturday, April 26, 2025",
            [
                (
                    "Saturday, April 26, 2025",
                    None,
                    None,
                    "date",
                    None,
                    "2025-04-26",
                    None,
                    None,
                    5,
                    None,
                )
            ],
        ),
        (
            "25.12.2023",
            [("25.12.2023", None, None, "date", None, "2023-12-25", None, None, None, None)],
        ),
        (
            "4/26/2025",
            [("4/26/2025", None, None, "date", None, "2025-04-26", None, None, None, None)],
        ),
        (
            "fiscal 2007-08",
            [("2007-08", 2007.0, 2008.0, "year", None, None, None, None, None, None)],
        ),
        ("Nov. 26", [("Nov. 26", None, None, "monthday", None, None, None, (11, 26), None, None)]),
        (
            "a 22-month-old war",
            [("22-month-old", 22.0, 22.0, "age", "month-old", None, None, None, None, None)],
        ),
        (
            "won 4-1",
            [
                ("4", 4.0, 4.0, "number", "score", None, None, None, None, None),
                ("1", 1.0, 1.0, "number", "score", None, None, None, None, None),
            ],
        ),
        (
            "12.5% of voters",
            [("12.5", 12.5, 12.5, "number", "percent", None, None, None, None, None)],
        ),
        (
            "up 2.1 percentage points",
            [("2.1", 2.1, 2.1, "number", "percentage points", None, None, None, None, None)],
        ),
        (
            "$5bn deal",
            [("$5bn", 5000000000.0, 5000000000.0, "number", "$", None, None, None, None, None)],
        ),
        (
            "Rs 1,200 crore",
            [
                (
                    "Rs 1,200 crore",
                    12000000000.0,
                    12000000000.0,
                    "number",
                    "Rs",
                    None,
                    None,
                    None,
                    None,
                    None,
                )
            ],
        ),
        (
            "Rs 6.1 lakh crore",
            [
                (
                    "Rs 6.1 lakh crore",
                    6100000000000.0,
                    6100000000000.0,
                    "number",
                    "Rs",
                    None,
                    None,
                    None,
                    None,
                    None,
                )
            ],
        ),
        (
            "1,98,706 votes",
            [("1,98,706", 198706.0, 198706.0, "number", "votes", None, None, None, None, None)],
        ),
        ("-5 degrees", [("-5", -5.0, -5.0, "number", "degrees", None, None, None, None, None)]),
        ("an M7.1 quake", [("7.1", 7.1, 7.1, "number", "quake", None, None, None, None, None)]),
        (
            "375.2mm of rain",
            [("375.2", 375.2, 375.2, "number", "mm", None, None, None, None, None)],
        ),
        (
            "half a million people",
            [
                (
                    "half a million",
                    500000.0,
                    500000.0,
                    "number",
                    "people",
                    None,
                    None,
                    None,
                    None,
                    None,
                )
            ],
        ),
        (
            "two-thirds of voters",
            [
                (
                    "two-thirds",
                    0.6666666666666666,
                    0.6666666666666666,
                    "fraction",
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                )
            ],
        ),
        ("prices doubled", [("doubled", 2.0, 2.0, "implicit", None, None, None, None, None, None)]),
        (
            "12 million people",
            [
                (
                    "12 million",
                    12000000.0,
                    12000000.0,
                    "number",
                    "people",
                    None,
                    None,
                    None,
                    None,
                    None,
                )
            ],
        ),
        (
            "9-crore scheme",
            [("9-crore", 90000000.0, 90000000.0, "number", "scheme", None, None, None, None, None)],
        ),
        (
            "from 10 to 12 drones",
            [("10 to 12", 10.0, 12.0, "range", "drones", None, None, None, None, None)],
        ),
        ("10-12 drones", [("10-12", 10.0, 12.0, "range", "drones", None, None, None, None, None)]),
        (
            "between 5 and 7 people",
            [("5 and 7", 5.0, 7.0, "range", "people", None, None, None, None, None)],
        ),
        (
            "76 drones were shot down, while 95 were lost",
            [
                ("76", 76.0, 76.0, "number", "drones", None, None, None, None, None),
                ("95", 95.0, 95.0, "number", None, None, None, None, None, None),
            ],
        ),
        (
            "two drones and three missiles",
            [
                ("two", 2.0, 2.0, "number", "drones", None, None, None, None, None),
                ("three", 3.0, 3.0, "number", "missiles", None, None, None, None, None),
            ],
        ),
        (
            "1 300 people",
            [("1 300", 1300.0, 1300.0, "number", "people", None, None, None, None, None)],
        ),
        (
            "in August 2024",
            [("August 2024", None, None, "month", None, None, (2024, 8), None, None, None)],
        ),
        ("early 2025", [("2025", 2025.0, 2025.0, "year", None, None, None, None, None, None)]),
        ("at noon", [("noon", 12.0, 12.0, "time", None, None, None, None, None, None)]),
        ("midnight", [("midnight", 0.0, 0.0, "time", None, None, None, None, None, None)]),
        (
            "3 of the 5 drones",
            [
                ("3", 3.0, 3.0, "number", None, None, None, None, None, None),
                ("5", 5.0, 5.0, "number", "drones", None, None, None, None, None),
            ],
        ),
        ("both drones", [("both", 2.0, 2.0, "implicit", "drones", None, None, None, None, None)]),
        ("no one died", [("no one", 0.0, 0.0, "implicit", "people", None, None, None, None, None)]),
        ("the third time", []),
        ("seven", [("seven", 7.0, 7.0, "number", None, None, None, None, None, None)]),
    ],
)
def test_mentions(phrase, expected):
    got = [
        (
            m.text,
            m.low,
            m.high,
            m.kind,
            m.unit,
            m.date.isoformat() if m.date else None,
            m.month,
            m.monthday,
            m.weekday,
            m.alt,
        )
        for m in find_mentions(phrase)
    ]
    assert got == expected
