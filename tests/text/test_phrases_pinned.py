"""Multipliers and sports words ("tripled", "halved", "hat-trick"), "one" after an
adjective, and the years 1500-2100 read as years, numbers outside as numbers."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (
            ("scored a hat-trick", True),
            [("hat-trick", 3.0, 3.0, "implicit", "goal", None, None, None)],
        ),
        (
            ("scored a hat-trick", False),
            [("hat-trick", 3.0, 3.0, "implicit", "goal", None, None, None)],
        ),
        (("scored a brace", True), [("brace", 2.0, 2.0, "implicit", "goal", None, None, None)]),
        (("scored a brace", False), [("brace", 2.0, 2.0, "implicit", "goal", None, None, None)]),
        (("prices tripled", True), [("tripled", 3.0, 3.0, "implicit", None, None, None, None)]),
        (("prices tripled", False), [("tripled", 3.0, 3.0, "implicit", None, None, None, None)]),
        (
            ("sales quadrupled", True),
            [("quadrupled", 4.0, 4.0, "implicit", None, None, None, None)],
        ),
        (
            ("sales quadrupled", False),
            [("quadrupled", 4.0, 4.0, "implicit", None, None, None, None)],
        ),
        (("profits halved", True), [("halved", 0.5, 0.5, "implicit", None, None, None, None)]),
        (("profits halved", False), [("halved", 0.5, 0.5, "implicit", None, None, None, None)]),
        (("it rose twice", True), [("twice", 2.0, 2.0, "implicit", None, None, None, None)]),
        (("it rose twice", False), [("twice", 2.0, 2.0, "implicit", None, None, None, None)]),
        (("attacked thrice", True), [("thrice", 3.0, 3.0, "implicit", None, None, None, None)]),
        # grounding: "thrice" counts the event its verb names
        (("attacked thrice", False), [("thrice", 3.0, 3.0, "implicit", "attack", None, None,
                                       None)]),
        (("the last one", True), []),
        (("the last one", False), []),
        (("the other one", True), []),
        (("the other one", False), [("one", 1.0, 1.0, "number", None, None, None, None)]),
        (("the first one", True), []),
        (
            ("the first one", False),
            [
                ("first", 1.0, 1.0, "implicit", None, None, None, None),
                ("one", 1.0, 1.0, "number", None, None, None, None),
            ],
        ),
        (("the latter one", True), []),
        (("the latter one", False), [("one", 1.0, 1.0, "number", None, None, None, None)]),
        (("in 2100 the", True), [("2100", 2100.0, 2100.0, "year", None, None, None, None)]),
        (("in 2100 the", False), [("2100", 2100.0, 2100.0, "year", None, None, None, None)]),
        (("in 2101 the", True), [("2101", 2101.0, 2101.0, "number", None, None, None, None)]),
        (("in 2101 the", False), [("2101", 2101.0, 2101.0, "number", None, None, None, None)]),
        (("in 1500 the", True), [("1500", 1500.0, 1500.0, "year", None, None, None, None)]),
        (("in 1500 the", False), [("1500", 1500.0, 1500.0, "year", None, None, None, None)]),
        (("in 1499 the", True), [("1499", 1499.0, 1499.0, "number", None, None, None, None)]),
        (("in 1499 the", False), [("1499", 1499.0, 1499.0, "number", None, None, None, None)]),
        (
            ("on April 26 and May 3, 2025", True),
            [
                ("April 26", None, None, "monthday", None, None, None, (4, 26)),
                ("May 3, 2025", None, None, "date", None, "2025-05-03", None, None),
            ],
        ),
        (
            ("on April 26 and May 3, 2025", False),
            [
                ("April 26", None, None, "monthday", None, None, None, (4, 26)),
                ("May 3, 2025", None, None, "date", None, "2025-05-03", None, None),
            ],
        ),
        (("the drones doubled", True), [("doubled", 2.0, 2.0, "implicit", None, None, None, None)]),
        (
            ("the drones doubled", False),
            [("doubled", 2.0, 2.0, "implicit", None, None, None, None)],
        ),
        (
            ("drones were twice as many", True),
            [("twice", 2.0, 2.0, "implicit", None, None, None, None)],
        ),
        (
            ("drones were twice as many", False),
            [("twice", 2.0, 2.0, "implicit", None, None, None, None)],
        ),
    ],
)
def test_mentions(call, expected):
    phrase, strict_one = call
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
        )
        for m in find_mentions(phrase, strict_one=strict_one)
    ]
    assert got == expected
