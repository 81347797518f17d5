"""Grounding forms found by held-out batches 8-16, each with its failing twin: currencies
as outlets outside the US write them (one capital letter glued to the amount, "Rs827.50",
"$" for the outlet's own dollar), hundredths of a currency, people named by what they are,
pressures in inches of mercury, durations in two units, tomorrow and last night."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.text.numbers import find_mentions
from tests.one_fact import one_fact_verdict


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("approved a budget of N9.120 trillion", 9.12e12, "NGN"),
    ("valued at R28 400", 28400.0, "ZAR"),
    ("a fine of R3 000 or 12 months", 3000.0, "ZAR"),
    ("rose to P827.50, gaining P23.50", 827.5, "PHP"),
    ("down by P10 to P602", 602.0, "PHP"),
    ("N 267.1 billion for the sector", 267.1e9, "NGN"),
    ("shares closed at Rs827.50", 827.5, "Rs"),
    ("a RM2.5 billion plan", 2.5e9, "RM"),
    ("Sh3 billion was lost", 3e9, "Sh"),
    ("KSh 50,000 in fees", 50000.0, "KSh"),
])
def test_an_amount_after_a_currency_letter(text, value, unit):
    assert (value, unit) in {(m.low, m.unit) for m in find_mentions(text)}


@pytest.mark.parametrize("text", ["an N95-rated mask", "table N 5 shows"])
def test_a_letter_before_a_name_or_a_plain_figure_is_no_currency(text):
    assert all(m.unit not in ("NGN", "ZAR", "PHP") for m in find_mentions(text))


def _verdict(tmp_path: Path, doc: str, fact: dict) -> str:
    return one_fact_verdict(tmp_path, doc, fact)


@pytest.mark.parametrize(("doc", "quote", "right", "wrong"), [
    ("The median picked up to $1,021,968 in June.\n", "picked up to $1,021,968",
     {"value": 1021968, "unit": "AUD"}, {"value": 1021968, "unit": "EUR"}),
    ("Turnover was half a billion dollars.\n", "half a billion dollars",
     {"value": 5e8, "unit": "NZD"}, {"value": 5e8, "unit": "GBP"}),
    ("It approved a budget of N9.120 trillion.\n", "a budget of N9.120 trillion",
     {"value": 9.12e12, "unit": "NGN"}, {"value": 9.12e12, "unit": "ZAR"}),
    ("He was fined R3 000 or 12 months.\n", "fined R3 000",
     {"value": 3000, "unit": "ZAR"}, {"value": 3000, "unit": "PHP"}),
    ("Ayala Corp, down by P10 to P602.\n", "down by P10 to P602",
     {"value": 602, "unit": "PHP"}, {"value": 603, "unit": "PHP"}),
    ("The loss was Rs 500 crore.\n", "Rs 500 crore",
     {"value": 5e9, "unit": "PKR"}, {"value": 5e9, "unit": "USD"}),
    ("It cost US$5 million.\n", "US$5 million",  # "US$" is the US dollar only
     {"value": 5e6, "unit": "USD"}, {"value": 5e6, "unit": "AUD"}),
])
def test_the_outlets_own_currency_grounds_and_another_does_not(tmp_path, doc, quote, right,
                                                               wrong):
    assert _verdict(tmp_path / "ok", doc, {"quote": quote, **right}) == GROUNDED
    assert _verdict(tmp_path / "bad", doc, {"quote": quote, **wrong}) == UNGROUNDED


@pytest.mark.parametrize(("doc", "quote", "right", "wrong"), [
    ("Aboitiz Equity decreased by 20 centavos to P46.10.\n", "decreased by 20 centavos",
     {"value": 0.2, "unit": "PHP"}, {"value": 0.2, "unit": "GBP"}),
    ("Shares rose 12 cents.\n", "Shares rose 12 cents",
     {"value": 0.12, "unit": "USD"}, {"value": 0.13, "unit": "USD"}),
    ("The rupee fell 50 paise.\n", "fell 50 paise",
     {"value": 0.5, "unit": "INR"}, {"value": 50, "unit": "INR"}),
    ("Earnings rose from 2.9 Singapore cents to 3.4 Singapore cents.\n",
     "to 3.4 Singapore cents", {"value": 0.034, "unit": "SGD per share"},
     {"value": 0.34, "unit": "SGD per share"}),
    ("It earned 35 cents a share.\n", "35 cents a share",
     {"value": 0.35, "unit": "USD/share"}, {"value": 0.35, "unit": "GBP/share"}),
])
def test_a_currencys_hundredths(tmp_path, doc, quote, right, wrong):
    assert _verdict(tmp_path / "ok", doc, {"quote": quote, **right}) == GROUNDED
    assert _verdict(tmp_path / "bad", doc, {"quote": quote, **wrong}) == UNGROUNDED


@pytest.mark.parametrize(("doc", "quote", "value"), [
    ("Police arrested two British nationals.\n", "two British nationals", 2),
    ("Three suspects were held.\n", "Three suspects were held", 3),
    ("About 40 fans were hurt.\n", "40 fans were hurt", 40),
])
def test_people_named_by_what_they_are(tmp_path, doc, quote, value):
    fact = {"quote": quote, "value": value}
    assert _verdict(tmp_path / "ok", doc, {**fact, "unit": "person"}) == GROUNDED
    assert _verdict(tmp_path / "bad", doc, {**fact, "unit": "vehicle"}) == UNGROUNDED


@pytest.mark.parametrize(("doc", "quote", "right", "wrong"), [
    ("Pressure fell to 924 mb (27.29 inches).\n", "924 mb (27.29 inches)",
     {"value": 27.29, "unit": "inHg"}, {"value": 27.29, "unit": "mmHg"}),
    ("Patients waited six hours and 33 minutes.\n", "six hours and 33 minutes",
     {"value": 393, "unit": "minute"}, {"value": 392, "unit": "minute"}),
    ("Output was 17,1 tonne, with 8.494kgs from primary producers.\n", "8.494kgs from",
     {"value": 8494, "unit": "kg"}, {"value": 8495, "unit": "kg"}),
])
def test_pressures_durations_and_groups(tmp_path, doc, quote, right, wrong):
    assert _verdict(tmp_path / "ok", doc, {"quote": quote, **right}) == GROUNDED
    assert _verdict(tmp_path / "bad", doc, {"quote": quote, **wrong}) == UNGROUNDED


def test_inches_without_a_pressure_are_a_length(tmp_path):
    doc = "The snow was 27.29 inches deep.\n"
    assert _verdict(tmp_path, doc, {"quote": "27.29 inches deep", "value": 27.29,
                                    "unit": "inHg"}) == UNGROUNDED


@pytest.mark.parametrize(("doc", "quote", "lang", "published", "right", "wrong"), [
    ("O Copom realizará amanhã (7) a reunião.\n", "O Copom realizará amanhã (7)", "pt",
     "2021-12-06", "2021-12-07", "2021-12-05"),
    ("El Ministerio declaró la pasada madrugada la fase de preemergencia.\n",
     "declaró la pasada madrugada la fase", "es", "2025-08-12", "2025-08-12", "2025-08-10"),
    ("The vote is tomorrow.\n", "The vote is tomorrow", "en", "2024-05-05", "2024-05-06",
     "2024-05-04"),
])
def test_tomorrow_and_last_night(tmp_path, doc, quote, lang, published, right, wrong):
    def verdict(path, value):
        fact = {"quote": quote, "value": dt.date.fromisoformat(value)}
        return one_fact_verdict(path, doc, fact, lang, dt.date.fromisoformat(published))

    assert verdict(tmp_path / "ok", right) == GROUNDED
    assert verdict(tmp_path / "bad", wrong) == UNGROUNDED


@pytest.mark.parametrize(("doc", "quote", "lang", "right", "wrong"), [
    ("Shares fell 1.7 per cent on Monday.\n", "Shares fell 1.7 per cent", "en",
     {"value": -1.7, "unit": "percent"}, {"value": -1.8, "unit": "percent"}),
    ("El número de ocupados disminuye en 50.900 personas.\n", "disminuye en 50.900 personas",
     "es", {"value": -50900, "unit": "person"}, {"value": -50800, "unit": "person"}),
    ("Exports rose 1.7 per cent.\n", "Exports rose 1.7 per cent", "en",
     {"value": 1.7, "unit": "percent"}, {"value": -1.7, "unit": "percent"}),  # no fall
    ("La cifra se recuperó 2 puntos.\n", "se recuperó 2 puntos", "es",
     {"value": 2, "unit": "point"}, {"value": -2, "unit": "point"}),  # a recovery
])
def test_a_fall_written_as_a_verb_states_a_negative_change(tmp_path, doc, quote, lang, right,
                                                           wrong):
    assert one_fact_verdict(tmp_path / "ok", doc, {"quote": quote, **right}, lang) == GROUNDED
    assert one_fact_verdict(tmp_path / "bad", doc, {"quote": quote, **wrong}, lang) == UNGROUNDED
