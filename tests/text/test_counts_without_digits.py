"""Counts written without digits, as grounding reads them: "a woman" (1), "hundreds of
people" (100, or 200 at the most), "the third time" (3), and when "one" counts something
("one drone") and when it does not ("one of the", "one day"; "no one" is 0)."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (("a woman was killed", False), [("a woman", 1.0, 1.0, "implicit", "woman", None)]),
        (
            ("a missile hit a school", False),
            [
                ("a missile", 1.0, 1.0, "implicit", "missile", None),
                ("a school", 1.0, 1.0, "implicit", "school", None),
            ],
        ),
        (("a dozen drones", False), [("a dozen", 12.0, 12.0, "number", "drones", None)]),
        (("hundreds of people fled", False), [("hundreds", 100.0, 100.0, "implicit", None, 200.0)]),
        (
            ("tens of thousands of people", False),
            [("tens of thousands", 10000.0, 10000.0, "implicit", None, 20000.0)],
        ),
        (("the third time", False), [("third", 3.0, 3.0, "implicit", None, None)]),
        (("the 21st attack", False), [("21st", 21.0, 21.0, "implicit", None, None)]),
        (("a further report said", False), []),
        (("a day later", False), [("a day", 1.0, 1.0, "implicit", "day", None)]),
        (("one drone was downed", True), [("one", 1.0, 1.0, "number", "drone", None)]),
        (("one of the drones", True), []),
        (("the one that hit", True), []),
        (("no one was hurt", True), [("no one", 0.0, 0.0, "implicit", "people", None)]),
        (("one day later", True), []),
        (("one another", True), []),
        (("on one side", True), []),
        (("one quickly said", True), []),
        (("one killed himself", True), []),
        (("one Ukrainian soldier", True), []),
        (("each one of them", True), []),
        (("one night in May", True), [("May", None, None, "monthname", None, None)]),
        (
            ("one drone and one missile", True),
            [
                ("one", 1.0, 1.0, "number", "drone", None),
                ("one", 1.0, 1.0, "number", "missile", None),
            ],
        ),
        (
            ("one hundred and twenty drones", True),
            [("one hundred and twenty", 120.0, 120.0, "number", "drones", None)],
        ),
        (
            ("two hundred and five people", True),
            [("two hundred and five", 205.0, 205.0, "number", "people", None)],
        ),
        (
            ("sixty and seventy", True),
            [
                ("sixty", 60.0, 60.0, "number", None, None),
                ("seventy", 70.0, 70.0, "number", None, None),
            ],
        ),
        (("a year ago", False), [("a year", 1.0, 1.0, "implicit", "year", None)]),
        (("an official said", False), [("an official", 1.0, 1.0, "implicit", "official", None)]),
        (("a single drone", False), [("a single", 1.0, 1.0, "number", "drone", None)]),
        (("the first drone", False), [("first", 1.0, 1.0, "implicit", None, None)]),
    ],
)
def test_mentions(call, expected):
    phrase, strict_one = call
    got = [
        (m.text, m.low, m.high, m.kind, m.unit, m.alt)
        for m in find_mentions(phrase, strict_one=strict_one)
    ]
    assert got == expected
