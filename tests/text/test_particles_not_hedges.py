""""up to" after a verb is a particle, "over" before a span of time a duration: neither is
a hedge that would widen a figure to "at most" or "at least"."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _qualifiers(text: str) -> list[str | None]:
    return [m.qualifier for m in find_mentions(text)]


@pytest.mark.parametrize("text", [
    "the median picked up to $1,021,968", "it went up to 4%", "rates rose up to 5%",
    "gathered over 40 years", "built up over three decades",
])
def test_no_hedge(text):
    assert _qualifiers(text) == [None]


@pytest.mark.parametrize(("text", "hedge"), [
    ("up to 45 people", "up to"), ("killed over 40 people", "over"),
    ("over 40 years old", "over"), ("more than 40", "more than"),
])
def test_a_hedge_stays_a_hedge(text, hedge):
    assert _qualifiers(text) == [hedge]
