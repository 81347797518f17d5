"""A fact that sets no ``meaning`` takes it from how its quote writes the number."""

from __future__ import annotations

import yaml

from factcheck.pipeline import check_sheet

DOC = ("Revenue rose 12.5% to $4.3 billion from $3.8 billion a year earlier. More than "
       "2,000 people fled; 2,100 of them went to shelters.\n")


def _check(tmp_path, facts: dict, rule: str):
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(DOC)
    sheet = {"document": "seeds/d.txt", "facts": facts, "checks": {"c": {"rule": rule}}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet))
    [outcome] = check_sheet(tmp_path / "s.yaml", tmp_path).checks
    return outcome


def _revenue(meaning: str | None) -> dict:
    extra = {"meaning": meaning} if meaning else {}
    return {
        "rev": {"value": 4_300_000_000, "unit": "USD", "quote": "to $4.3 billion", **extra},
        "prev": {"value": 3_800_000_000, "unit": "USD", "quote": "from $3.8 billion", **extra},
        "growth": {"value": 12.5, "unit": "percent", "quote": "rose 12.5%"}}


def test_a_scaled_figure_is_rounded_unless_the_sheet_says_exact(tmp_path):
    """$4.3bn from $3.8bn is 10.4 % to 16 % given the rounding: 12.5 % is honest."""
    rule = "growth == (rev - prev) / prev * 100"
    unset = _check(tmp_path, _revenue(None), rule)
    assert unset.verdict == "holds within rounding"
    assert [i.meaning for i in unset.inputs if i.name == "rev"] == ["rounded"]
    assert _check(tmp_path, _revenue("exact"), rule).verdict == "violated"  # 13.16 %


def test_a_real_error_in_scaled_figures_is_still_violated(tmp_path):
    assert _check(tmp_path, _revenue(None), "growth == (rev - prev) / prev * 100 + 10"
                  ).verdict == "violated"


def test_a_hedge_in_the_quote_sets_the_meaning(tmp_path):
    """"More than 2,000 fled; 2,100 of them went to shelters" is no contradiction."""
    facts = {"fled": {"value": 2000, "unit": "person", "quote": "More than 2,000 people fled"},
             "sheltered": {"value": 2100, "unit": "person", "quote": "2,100 of them"}}
    assert _check(tmp_path, facts, "sheltered <= fled").verdict == "holds within rounding"
    facts["fled"]["meaning"] = "exact"
    assert _check(tmp_path, facts, "sheltered <= fled").verdict == "violated"
