"""Units: classification, products and quotients, conversion factors, display names.

Oracle for factors: exact definitions (a mile is 1609.344 m, a hectare 10,000 m², an acre
43,560 US survey feet²), not factcheck's tables.
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from factcheck.engine.units import NONE, Unit, factor, parse_unit, product, to_base
from factcheck.problems import SheetError

P = parse_unit
MILE = Fraction("1609.344")
ACRE = 43560 * Fraction(1200, 3937) ** 2


@pytest.mark.parametrize(("a", "b", "op", "unit"), [
    ("km", "km", "*", Unit("physical", "kilometer ** 2")),
    ("km", "hour", "/", Unit("physical", "kilometer / hour")),
    ("km", "km", "/", NONE),
    ("km", "mile", "/", NONE),  # dimensionless
    ("km**2", "km", "/", Unit("physical", "kilometer")),
    ("drone", "km", "/", Unit("count", "drone per kilometer")),
    ("drone", "person", "/", Unit("count", "drone per person")),
    (None, "km", "/", Unit("physical", "1 / kilometer")),
    (None, "drone", "/", Unit("count", "1 per drone")),
    (None, "km", "*", Unit("physical", "kilometer")),
    ("km", None, "*", Unit("physical", "kilometer")),
    ("drone", None, "/", Unit("count", "drone")),
    ("drone", "drone", "/", NONE),
])
def test_product(a, b, op, unit):
    assert product(P(a), P(b), op) == unit


@pytest.mark.parametrize(("a", "b", "message"), [
    ("drone", "drone", "cannot multiply a count of drone by a count of drone"),
    ("km", "drone", "cannot multiply a quantity in kilometer by a count of drone"),
    ("drone", "km", "cannot multiply a count of drone by a quantity in kilometer"),
])
def test_product_refused(a, b, message):
    with pytest.raises(SheetError) as exc:
        product(P(a), P(b), "*")
    assert (exc.value.code, exc.value.message) == ("unit-mismatch", message)


@pytest.mark.parametrize(("text", "unit"), [
    ("drones", Unit("count", "drone")),
    ("Drone", Unit("count", "drone")),
    ("people", Unit("count", "person")),
    ("section", Unit("count", "section")),  # a square mile to pint, a count in news
    ("points", Unit("count", "point")),
    ("count", NONE),  # a pure number: no noun to find in the quote
    ("attack helicopters", Unit("count", "attack helicopter")),
    ("km", Unit("physical", "kilometer")),
    ("Kilometres", Unit("physical", "kilometer")),
    ("square miles", Unit("physical", "square_mile")),
    ("sq mi", Unit("physical", "square_mile")),
    ("hectare", Unit("physical", "hectare")),
    ("acres", Unit("physical", "acre")),
    ("pp", Unit("physical", "percentage_point")),
    ("km/h", Unit("physical", "kilometer / hour")),
    ("USD/hour", Unit("count", "usd per hour")),
    ("people per km**2", Unit("count", "person per kilometer ** 2")),
    ("cases per 100,000 person", Unit("count", "case per 100000 person")),
    ("cases per 100_000 people", Unit("count", "case per 100000 person")),
    (" ", NONE),
    (None, NONE),
])
def test_parse_unit(text, unit):
    assert parse_unit(text) == unit


@pytest.mark.parametrize(("text", "code", "message"), [
    ("m**1e400", "unit", "unit `m**1e400` cannot be evaluated (an exponent or factor is out "
     "of range: TypeError); write e.g. km**2"),
    ("km^^2", "unit", "unit `km^^2` is neither a count noun nor a unit pint understands "
     "(write e.g. km**2, square_mile, minute)"),
    ("3 drones", "unit", "unit `3 drones` is neither a count noun nor a unit pint "
     "understands (write e.g. km**2, square_mile, minute)"),
])
def test_parse_unit_refused(text, code, message):
    with pytest.raises(SheetError) as exc:
        parse_unit(text)
    assert (exc.value.code, exc.value.message) == (code, message)


@pytest.mark.parametrize(("a", "b", "exact"), [
    ("km", "mile", Fraction(1000) / MILE),
    ("mile", "km", MILE / 1000),
    ("hectare", "acre", Fraction(10_000) / ACRE),
    ("acre", "km**2", ACRE / 10**6),
    ("square_mile", "km**2", MILE**2 / 10**6),
    ("hour", "minute", Fraction(60)),
    ("drone", "drone", Fraction(1)),
    (None, "km", Fraction(1)),
    ("km", None, Fraction(1)),
])
def test_factor(a, b, exact):
    assert factor(P(a), P(b)) == pytest.approx(float(exact), rel=1e-12)


@pytest.mark.parametrize(("a", "b", "message"), [
    ("km", "drone", "cannot combine a quantity in kilometer with a count of drone; if the "
     "rule means it, wrap the term in count() to drop its noun"),
    ("drone", "person", "cannot combine a count of drone with a count of person; if the rule "
     "means it, wrap the term in count() to drop its noun"),
    ("km", "kg", "cannot compare kilometer with kilogram: they measure different things"),
])
def test_factor_refused(a, b, message):
    with pytest.raises(SheetError) as exc:
        factor(P(a), P(b))
    assert (exc.value.code, exc.value.message) == ("unit-mismatch", message)


@pytest.mark.parametrize(("unit", "base", "exact"), [
    ("hectare", "meter ** 2", Fraction(10_000)),
    ("acre", "meter ** 2", ACRE),
    ("km**2", "meter ** 2", Fraction(10**6)),
    ("liter", "meter ** 3", Fraction(1, 1000)),
    ("mile", "meter", MILE),
])
def test_to_base(unit, base, exact):
    got_base, k = to_base(P(unit))
    assert got_base == base and k == pytest.approx(float(exact), rel=1e-12)


@pytest.mark.parametrize(("unit", "display"), [
    ("km", "km"), ("km**2", "km²"), ("square_mile", "sq mi"), ("hectare", "ha"),
    ("drone", "drone"), ("minute", "min"), ("km/h", "km/h"), ("percent", "%"),
])
def test_display(unit, display):
    assert P(unit).display == display


def test_unit_basics():
    assert str(P("km")) == "kilometer" and not P("km").is_none and NONE.is_none
    assert str(NONE) == "" and NONE.display == ""
