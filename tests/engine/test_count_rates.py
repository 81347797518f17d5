"""A count rate's bottom cancels: an amount converted at an exchange rate, a total from a
rate per person."""

from __future__ import annotations

import pytest

from factcheck.engine.units import NONE, Unit, factor, parse_unit, product
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


def test_a_price_converted_at_an_exchange_rate():
    """(USD per troy ounce) / (USD per EUR) is EUR per troy ounce, which converts to EUR
    per gram by the ounce's grams."""
    eur_per_oz = product(parse_unit("USD/troy_ounce"), parse_unit("USD/EUR"), "/")
    assert eur_per_oz == Unit("count", "eur per troy_ounce")
    assert factor(eur_per_oz, parse_unit("EUR/gram")) == pytest.approx(1 / 31.1034768)


def test_prices_in_other_currencies_or_measures_do_not_convert():
    with pytest.raises(SheetError):
        factor(parse_unit("EUR per troy_ounce"), parse_unit("USD per gram"))
    with pytest.raises(SheetError):
        factor(parse_unit("EUR per troy_ounce"), parse_unit("EUR per hour"))
