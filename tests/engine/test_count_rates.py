"""A count rate's bottom cancels: an amount converted at an exchange rate, a total from a
rate per person."""

from __future__ import annotations

import pytest

from factcheck.engine.units import NONE, Unit, parse_unit, product
from factcheck.problems import SheetError


@pytest.mark.parametrize(("a", "b", "op", "unit"), [
    ("NGN", "NGN per USD", "/", Unit("count", "usd")),
    ("USD", "NGN per USD", "*", Unit("count", "ngn")),
    ("NGN per USD", "USD", "*", Unit("count", "ngn")),
    ("person", "drone per person", "*", Unit("count", "drone")),
    ("drone", "drone per person", "/", Unit("count", "person")),
    ("drone", "1 per person", "/", Unit("count", "drone per 1 per person")),
])
def test_the_rates_bottom_cancels(a, b, op, unit):
    assert product(parse_unit(a), parse_unit(b), op) == unit


def test_a_rate_per_a_number_of_people_does_not_cancel():
    # "deaths per 100000 person" times people is not deaths
    with pytest.raises(SheetError):
        product(parse_unit("person"), parse_unit("death per 100000 person"), "*")


def test_other_counts_still_refuse_to_combine():
    with pytest.raises(SheetError, match="cannot multiply"):
        product(parse_unit("drone"), parse_unit("NGN per USD"), "*")
    assert product(parse_unit("EUR"), parse_unit("NGN per USD"), "/") == Unit(
        "count", "eur per ngn per usd")
    assert product(NONE, parse_unit("NGN per USD"), "*") == parse_unit("NGN per USD")
