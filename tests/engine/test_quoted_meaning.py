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


def _share(tmp_path, meaning: str | None, total: int) -> str:
    """"0.42 %" of a total, written to two decimals: 2,100 of 500,000 is 0.42 %."""
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(
        f"Of {total:,} people, 2,100 fell ill (0.42%).\n")
    share = {"value": 0.42, "unit": "percent", "quote": "(0.42%)"}
    if meaning:
        share["meaning"] = meaning
    sheet = {"document": "seeds/d.txt", "facts": {
        # the counts are exact here (round thousands would otherwise be read as rounded)
        "total": {"value": total, "unit": "person", "meaning": "exact",
                  "quote": f"Of {total:,} people"},
        "ill": {"value": 2100, "unit": "person", "meaning": "exact",
                "quote": "2,100 fell ill"},
        "share": share}, "checks": {"c": {"rule": "share == pct(ill, total)"}}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet))
    [outcome] = check_sheet(tmp_path / "s.yaml", tmp_path).checks
    return outcome.verdict


def test_a_percentage_is_rounded_to_its_last_written_digit(tmp_path):
    assert _share(tmp_path, None, 500_000) == "holds within rounding"  # 0.42 = 0.4200
    assert _share(tmp_path, None, 498_000) == "holds within rounding"  # 0.4217
    assert _share(tmp_path, "exact", 498_000) == "violated"
    assert _share(tmp_path, None, 400_000) == "violated"  # 0.525: a real error


def test_a_whole_percentage_is_rounded_to_the_unit():
    from factcheck.checks import _percentage

    assert _percentage(40, "percent") and _percentage(0.4, "percentage point")
    assert not _percentage(114, "drone") and not _percentage(True, "percent")
    assert not _percentage(2.5, "km")  # a decimal measure keeps its quote's meaning


def test_a_whole_percentage_is_held_to_the_unit_not_the_ten(tmp_path):
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text("Of 1,000 voters, 430 backed the plan (40%).\n")
    sheet = {"document": "seeds/d.txt", "facts": {
        "voters": {"value": 1000, "unit": "person", "quote": "Of 1,000 voters"},
        "yes": {"value": 430, "unit": "person", "quote": "430 backed the plan"},
        "share": {"value": 40, "unit": "percent", "quote": "(40%)"}},
        "checks": {"c": {"rule": "share == pct(yes, voters)"}}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet))
    [outcome] = check_sheet(tmp_path / "s.yaml", tmp_path).checks
    assert outcome.verdict == "violated"  # 43 % is not 40 % rounded to the unit
    assert [i.interval for i in outcome.inputs if i.name == "share"] == ["[39.5, 40.5] %"]
