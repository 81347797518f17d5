"""Units as editors write them: news abbreviations pint reads as other units, currency
signs, lengths glued to their power, scale words that scale the value, rates per N."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.api.model import Fact
from factcheck.api.unit_spellings import scaled, spelled
from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.engine.units import Unit, parse_unit
from factcheck.problems import SheetError
from tests.one_fact import one_fact_verdict


@pytest.mark.parametrize(("written", "kind", "name"), [
    ("pct", "physical", "percent"),  # pint: a picocarat
    ("pts", "count", "point"),  # pint: a pint
    ("mb", "physical", "millibar"),  # pint: a millibarn
    ("MT", "physical", "metric_ton"),  # pint: a megatesla
    ("A$", "count", "aud"),  # pint: an ampere
    ("Rs", "count", "inr"),  # pint: a ronnasecond
    ("C", "physical", "degree_Celsius"),  # pint: a coulomb
    ("Fahrenheit", "physical", "degree_Fahrenheit"),
    ("Mbps", "physical", "megabit / second"),  # pint: a mega-basis-point
    ("$", "count", "usd"), ("€", "count", "eur"), ("US$", "count", "usd"),
    ("km2", "physical", "kilometer ** 2"), ("sq km", "physical", "kilometer ** 2"),
    ("µg/m3", "physical", "microgram / meter ** 3"),
    ("count", "none", ""), ("number", "none", ""),
    ("per 100,000", "count", "1 per 100000"), ("per_100k", "count", "1 per 100000"),
    ("death per 100000 person", "count", "death per 100000 person"),
    ("m", "physical", "meter"), ("c", "physical", "speed_of_light"),  # as pint has them
])
def test_a_unit_is_read_as_news_means_it(written, kind, name):
    unit = parse_unit(written)
    assert (unit.kind, unit.name) == (kind, name)


@pytest.mark.parametrize(("written", "unit", "scale"), [
    ("billion USD", "USD", 10**9), ("USD bn", "USD", 10**9), ("$bn", "$", 10**9),
    ("€m", "€", 10**6), ("EUR m", "EUR", 10**6), ("crore INR", "INR", 10**7),
    ("lakh", "", 10**5), ("million people", "people", 10**6), ("thousand", "", 10**3),
    ("m", "m", 1), ("km", "km", 1), ("drone", "drone", 1),
    ("people million people", "people million people", 1),
])
def test_a_scale_word_leaves_the_unit_and_its_scale(written, unit, scale):
    assert scaled(written) == (unit, scale)


def test_the_reader_and_the_sheet_name_currencies_from_one_table():
    from factcheck.text.numbers import CURRENCY_CODES

    for sign in ("RM", "KSh", "Tk", "NT$", "A$", "Rs"):
        assert spelled(sign) == CURRENCY_CODES[sign.lower()]


def test_spellings_leave_other_units_as_written():
    assert spelled("km**2") == "km**2" and spelled("drone") == "drone"
    assert spelled("degrees celsius") == "degC" and spelled(" pct ") == "percent"


@pytest.mark.parametrize(("fact", "value", "unit", "precision"), [
    ({"value": 3.5, "unit": "billion USD"}, 3_500_000_000, "USD", None),
    ({"value": [2, 3], "unit": "million"}, [2_000_000, 3_000_000], None, None),
    ({"value": 1.1, "unit": "USD bn", "meaning": "rounded", "precision": 0.1},
     1_100_000_000, "USD", 100_000_000),
    ({"value": 0.25, "unit": "$m"}, 250_000, "USD", None),
    ({"value": 12, "unit": "pct"}, 12, "percent", None),
])
def test_the_sheet_model_scales_the_value(fact, value, unit, precision):
    f = Fact(quote="q", **fact)
    assert (f.value, f.unit, f.precision) == (value, unit, precision)
    assert type(f.value) is type(value)


def test_a_date_with_a_scale_word_keeps_its_own_error():
    with pytest.raises(ValueError, match="a date has no unit"):
        Fact(quote="q", value=dt.date(2024, 1, 1), unit="million")


def _verdict(tmp_path: Path, doc: str, fact: dict) -> str:
    return one_fact_verdict(tmp_path, doc, fact)


@pytest.mark.parametrize(("doc", "quote", "right", "wrong"), [
    ("The state will spend $3.5 billion on roads.\n", "$3.5 billion on roads",
     {"value": 3.5, "unit": "billion USD"}, {"value": 3.6, "unit": "billion USD"}),
    ("It set aside Rs 1,200 crore for relief.\n", "Rs 1,200 crore for relief",
     {"value": 1200, "unit": "crore INR"}, {"value": 120, "unit": "crore INR"}),
    ("Inflation was 4.5 pct in May.\n", "Inflation was 4.5 pct in May",
     {"value": 4.5, "unit": "pct"}, {"value": 4.5, "unit": "km"}),
    ("The area burned was 1,300 km² in all.\n", "1,300 km² in all",
     {"value": 1300, "unit": "km2"}, {"value": 1300, "unit": "mi2"}),
    ("The rate was 5.2 per 100,000 people.\n", "5.2 per 100,000 people",
     {"value": 5.2, "unit": "per 100,000"}, {"value": 5.3, "unit": "per 100,000"}),
])
def test_written_units_ground_and_a_wrong_value_does_not(tmp_path, doc, quote, right, wrong):
    assert _verdict(tmp_path / "ok", doc, {"quote": quote, **right}) == GROUNDED
    assert _verdict(tmp_path / "bad", doc, {"quote": quote, **wrong}) == UNGROUNDED


@pytest.mark.parametrize(("written", "name"), [
    ("3-pointer", "3-pointer"), ("3-pointers", "3-pointer"), ("F-16", "f-16"),
    ("T-72 tanks", "t-72 tank"), ("COVID-19 cases", "covid-19 case"),
])
def test_a_count_noun_with_digits_in_its_name(written, name):
    assert parse_unit(written) == Unit("count", name)


@pytest.mark.parametrize("written", ["5 km", "x*y", "km^^2"])
def test_a_malformed_unit_is_still_refused(written):
    with pytest.raises(SheetError, match="neither a count noun"):
        parse_unit(written)


@pytest.mark.parametrize("written", ["per ...", "death per ._", "per 1e999 person", "per 0 person"])
def test_a_rate_per_no_number_is_a_located_unit_error(tmp_path, written):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text("The rate was 5.2 per 100,000 people.\n")
    (tmp_path / "s.yaml").write_text(
        "document: seeds/d.txt\nfacts:\n  rate:\n    value: 5.2\n"
        f"    unit: \"{written}\"\n    quote: \"5.2 per 100,000 people\"\n")
    from factcheck.pipeline import check_sheet

    result = check_sheet(tmp_path / "s.yaml", tmp_path)
    assert [(p.code, p.line) for p in result.problems] == [("unit", 5)]
    assert "is not a number" in result.problems[0].message
