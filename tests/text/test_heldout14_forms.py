"""Forms of held-out batch 14: one span of time written with the article, a German
"Minus", "below"/"above" as hedges, a rate per a power of ten written with a slash."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _read(text: str, lang: str | None = None) -> list[tuple]:
    return [(m.text, m.low, m.unit, m.qualifier)
            for m in find_mentions(text, strict_one=False, language=lang)]


@pytest.mark.parametrize(("text", "unit"), [
    ("a week after the floods", "week"), ("for a year", "year"), ("a year ago", "year"),
    ("within an hour", "hour"), ("a decade earlier", "decade"),
])
def test_a_span_of_time_with_the_article_is_one(text, unit):
    [m] = [m for m in find_mentions(text, strict_one=False) if m.unit == unit]
    assert m.low == 1.0


@pytest.mark.parametrize("text", ["$5 a year", "twice a day", "10 hours a week"])
def test_a_rate_per_span_is_no_span(text):
    assert all(m.low != 1.0 or m.unit not in ("year", "day", "week")
               for m in find_mentions(text, strict_one=False))


@pytest.mark.parametrize(("text", "value"), [
    ("ein Minus in Höhe von 0,69 Prozent", -0.69), ("ein Minus von 1,2 Prozent", -1.2),
])
def test_a_german_minus_before_the_figure(text, value):
    assert [m.low for m in find_mentions(text, language="de")] == [value]


def test_plus_minus_stays_a_margin():
    assert [m.low for m in find_mentions("plus minus 1 persen", language="id")] == [1.0]


@pytest.mark.parametrize(("text", "hedge"), [("below $33", "below"), ("above 30", "above")])
def test_below_and_above_are_hedges(text, hedge):
    assert _read(text)[0][3] == hedge


@pytest.mark.parametrize(("text", "lang"), [
    ("460/100,000 inhabitants", None), ("460/100.000 habitants", "fr"),
    ("20/1000 births", None)])
def test_a_rate_per_power_of_ten_after_a_slash(text, lang):
    assert _read(text, lang)[0][1] in (460.0, 20.0)


@pytest.mark.parametrize("text", ["3/4 of them", "on 10/11", "24/7"])
def test_other_slashes_are_not_rates(text):
    assert _read(text) == []


@pytest.mark.parametrize(("text", "value"), [("an f/1.8 aperture", 1.8), ("f/2.4 lens", 2.4)])
def test_a_lens_aperture(text, value):
    assert [m.low for m in find_mentions(text)] == [value]
