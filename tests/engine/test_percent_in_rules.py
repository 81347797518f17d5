"""Percentages in rules as editors write them: a growth as a ratio minus one, a price
with VAT as "net * (1 + vat)", and a currency's hundredth beside the currency."""

from __future__ import annotations

import pytest

from factcheck.api.model import Meaning
from factcheck.engine.expr import compile_rule, evaluate
from factcheck.engine.interval import Verdict
from factcheck.engine.values import resolve
from factcheck.problems import SheetError


def v(value, unit=None, meaning=None):
    return resolve(value, unit, Meaning(meaning) if meaning else None, None, None)


ENV = {
    "turnover": v(73.7, "million EUR", "rounded"),
    "turnover_prev": v(50.6, "million EUR", "rounded"),
    "growth": v(45.6, "percent", "rounded"), "growth_wrong": v(54.6, "percent", "rounded"),
    "fall": v(-92, "percent", "rounded"), "profit": v(48066, "EUR"),
    "profit_prev": v(593037, "EUR"),
    "net": v(80, "øre/kWh"), "vat": v(25, "percent"), "gross": v(1.0, "NOK/kWh"),
    "gross_wrong": v(1.2, "NOK/kWh"), "share": v(35, "percent"), "share_after": v(40, "percent"),
    "monday_min": v(5.1, "øre/kWh"), "monday_max": v(1.039, "NOK/kWh"),
    "unemployed": v(2, "million person"), "rate": v(5, "percent"),
    "labour_force": v(40, "million person"), "grown": v(2.205, "million person"),
}


def run(rule: str):
    return evaluate(compile_rule(rule), ENV)


@pytest.mark.parametrize(("rule", "verdict"), [
    # a ratio of like quantities is a fraction of one: 0.4565 is 45.65 %
    ("turnover / turnover_prev - 1 == growth", Verdict.within_rounding),
    ("turnover / turnover_prev - 1 == growth_wrong", Verdict.violated),
    ("(turnover - turnover_prev) / turnover_prev == growth", Verdict.within_rounding),
    ("profit / profit_prev - 1 == fall", Verdict.within_rounding),
    ("ratio(turnover, turnover_prev) - 1 == growth", Verdict.within_rounding),
    # times 100 in the rule it is a number of percent, as before
    ("turnover / turnover_prev * 100 - 100 == growth", Verdict.within_rounding),
    ("(turnover - turnover_prev) / turnover_prev * 100 == growth_wrong", Verdict.violated),
    # a percentage scales a quantity as a fraction of one; "1 + vat" is 1.25
    ("net * (1 + vat) == gross", Verdict.holds),
    ("net * (1 + vat) == gross_wrong", Verdict.violated),
    ("(1 + vat) * net == gross", Verdict.holds),
    ("gross / (1 + vat) == net", Verdict.holds),
    ("labour_force * rate == unemployed", Verdict.holds),
    # a count divided by its share is the whole: 2 million are 5 % of 40 million
    ("count(unemployed) / rate == count(labour_force)", Verdict.holds),
    ("count(unemployed) / rate == count(unemployed)", Verdict.violated),
    ("2 * rate == 10", Verdict.holds),  # a number written in the rule: in points
    # a fraction added to a percentage is in percent: 35 % + 5 % (2 of 40 million)
    ("share + unemployed / labour_force == share_after", Verdict.holds),
    ("share + unemployed / labour_force == share", Verdict.violated),
    # a percentage divided by 100 in the rule is a fraction of one
    ("abs(turnover / turnover_prev - 1 - growth / 100) < 0.001", Verdict.within_rounding),
    ("abs(turnover / turnover_prev - 1 - growth_wrong / 100) < 0.001", Verdict.violated),
    # growth factors compound: 2 million grown 5 % a year for two years
    ("unemployed * (1 + rate) * (1 + rate) == grown", Verdict.holds),
    ("unemployed * (1 + rate) == grown", Verdict.violated),
    ("(1 + rate) * (1 + rate) == labour_force / labour_force * 1.1025", Verdict.holds),
    ("(1 + rate) * (1 + rate) * (1 + rate) == 1.157625", Verdict.holds),
    ("(1 + rate) * (1 + rate) == 1.1", Verdict.violated),
    # a number written in the rule still adds to a percentage in points
    ("share + 5 == share_after", Verdict.holds),
    ("share + 4 == share_after", Verdict.violated),
    # a currency's hundredth compares with the currency: 5.1 øre < 1.039 kroner
    ("monday_min < monday_max", Verdict.holds),
    ("monday_max < monday_min", Verdict.violated),
])
def test_percentages_read_as_editors_mean_them(rule: str, verdict: Verdict):
    assert run(rule).verdict is verdict


def test_a_fraction_is_shown_in_percent_beside_the_percentage():
    text = run("profit / profit_prev - 1 == growth").substituted
    assert text == "48066 / 593037 - 1 = -91.8949 % != 45.6 % = [45.55, 45.65] %"


def test_cents_of_another_currency_do_not_combine():
    env = {"a": v(5, "øre"), "b": v(1, "GBP")}
    with pytest.raises(SheetError, match="cannot combine"):
        evaluate(compile_rule("a < b"), env)
