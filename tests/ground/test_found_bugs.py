"""Bugs the mutation work found: "next <weekday>" and U+2033 in quotes and documents."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.ground.grounding import value_in_mentions
from factcheck.text.normalize import _slow_map, locate, normalize_with_map
from factcheck.text.numbers import find_mentions

PUB = dt.date(2025, 4, 26)  # a Saturday


@pytest.mark.parametrize("value", [dt.date(2025, 4, 21), dt.date(2025, 4, 26)])
def test_next_weekday_is_never_on_or_before_publication(value):
    quote = f"talks resume next {value.strftime('%A')}"
    assert value_in_mentions(value, find_mentions(quote), PUB) is None


@pytest.mark.parametrize("value", [dt.date(2025, 5, 3), dt.date(2025, 4, 28)])
def test_next_weekday_is_the_week_after_publication(value):
    quote = f"talks resume next {value.strftime('%A')}"
    assert value_in_mentions(value, find_mentions(quote), PUB)


def test_last_and_plain_weekdays_keep_their_meaning():
    assert value_in_mentions(dt.date(2025, 4, 19), find_mentions("last Saturday"), PUB)
    assert value_in_mentions(dt.date(2025, 4, 26), find_mentions("last Saturday"), PUB) is None
    assert value_in_mentions(dt.date(2025, 4, 26), find_mentions("on Saturday"), PUB)
    assert value_in_mentions(dt.date(2025, 4, 21), find_mentions("on Monday"), PUB)


def test_a_double_prime_normalises_the_same_in_quote_and_document():
    doc = "The screen measures 12\u2033 across."
    assert normalize_with_map("\u2033") == _slow_map("\u2033")
    assert locate("The  screen measures 12\u2033", doc) == (0, 23)
