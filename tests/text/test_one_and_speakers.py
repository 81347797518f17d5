""" "one" in context, fractions and mixed numbers, time ranges across midnight, short
time units; and the speaker an attribution clause names."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions
from factcheck.text.sentences import speaker


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (("on one day in May", True), [("May", None, None, "monthname", None)]),
        (("on one day in May", False), [("May", None, None, "monthname", None)]),
        (("in one way or another", True), []),
        (("one another day", True), []),
        (("one side of the river", True), []),
        (("last one standing", True), []),
        (("it lasted 2 1/2 hours", True), [("2 1/2 hours", 2.5, 2.5, "duration", "hours")]),
        (("it lasted 2 1/2 hours", False), [("2 1/2 hours", 2.5, 2.5, "duration", "hours")]),
        (("1/2 of the budget", True), []),
        (("1/2 of the budget", False), []),
        (("a 3/4 majority", True), []),
        (("a 3/4 majority", False), []),
        (
            ("11 p.m.-1 a.m. on Friday", True),
            [
                ("11 p.m.", 23.0, 23.0, "time", None),
                ("1 a.m.", 1.0, 1.0, "time", None),
                ("Friday", None, None, "weekday", None),
            ],
        ),
        (
            ("11 p.m.-1 a.m. on Friday", False),
            [
                ("11 p.m.", 23.0, 23.0, "time", None),
                ("1 a.m.", 1.0, 1.0, "time", None),
                ("Friday", None, None, "weekday", None),
            ],
        ),
        (
            ("from 10 p.m. to 2 a.m.", True),
            [("10 p.m.", 22.0, 22.0, "time", None), ("2 a.m.", 2.0, 2.0, "time", None)],
        ),
        (
            ("from 10 p.m. to 2 a.m.", False),
            [("10 p.m.", 22.0, 22.0, "time", None), ("2 a.m.", 2.0, 2.0, "time", None)],
        ),
        (("10pm-2am", True), [("10pm", 22.0, 22.0, "time", None), ("2am", 2.0, 2.0, "time", None)]),
        (
            ("10pm-2am", False),
            [("10pm", 22.0, 22.0, "time", None), ("2am", 2.0, 2.0, "time", None)],
        ),
        (("the AND one", True), []),
        (("one hundred AND five", True), [("one hundred AND five", 105.0, 105.0, "number", None)]),
        (("one hundred AND five", False), [("one hundred AND five", 105.0, 105.0, "number", None)]),
        (("5 mins later", True), [("5", 5.0, 5.0, "number", "mins")]),
        (("5 mins later", False), [("5", 5.0, 5.0, "number", "mins")]),
        (("3 secs later", True), [("3", 3.0, 3.0, "number", "secs")]),
        (("3 secs later", False), [("3", 3.0, 3.0, "number", "secs")]),
        (
            ("12 hours and 5 minutes", True),
            [
                ("12 hours", 12.0, 12.0, "duration", "hours"),
                ("5 minutes", 5.0, 5.0, "duration", "minutes"),
            ],
        ),
        (
            ("12 hours and 5 minutes", False),
            [
                ("12 hours", 12.0, 12.0, "duration", "hours"),
                ("5 minutes", 5.0, 5.0, "duration", "minutes"),
            ],
        ),
        (("The drones, one of which fell", True), []),
        (("Then one drone fell", True), [("one", 1.0, 1.0, "number", "drone")]),
        (("Then one drone fell", False), [("one", 1.0, 1.0, "number", "drone")]),
        (("one Monday", True), [("Monday", None, None, "weekday", None)]),
        (
            ("one-third of voters", True),
            [("one-third", 0.3333333333333333, 0.3333333333333333, "fraction", None)],
        ),
        (
            ("one-third of voters", False),
            [("one-third", 0.3333333333333333, 0.3333333333333333, "fraction", None)],
        ),
    ],
)
def test_mentions(call, expected):
    phrase, strict_one = call
    got = [
        (m.text, m.low, m.high, m.kind, m.unit)
        for m in find_mentions(phrase, strict_one=strict_one)
    ]
    assert got == expected


@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        ("according to the US Navy's Pacific Fleet, 5 ships sailed", "US Navy's Pacific Fleet"),
        ("local officials said 5 died", "local officials"),
        ("regional officials said", "regional officials"),
        ("In Kyiv, the mayor said 3 died", "mayor"),
        ("A spokesman for the army said 4 died", "army"),
        ("Five people died, the local governor said", "local governor"),
        ("Police said", "Police"),
        ("said the official", "official"),
        ("In the city, police said 3 died", "police"),
    ],
)
def test_speaker(sentence, who):
    assert speaker(sentence) == who
