"""Basis points are hundredths of a percentage point: a rate plus a hike adds up."""

from __future__ import annotations

import yaml

from factcheck.pipeline import check_sheet

DOC = "The bank raised its rate by 25 basis points to 3.75% from 3.5%.\n"


def _verdict(tmp_path, after: float) -> str:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(DOC.replace("3.75%", f"{after}%"))
    sheet = {"document": "seeds/d.txt", "facts": {
        "hike": {"value": 25, "unit": "basis point", "quote": "by 25 basis points"},
        "before": {"value": 3.5, "unit": "percent", "meaning": "exact", "quote": "from 3.5%"},
        "after": {"value": after, "unit": "percent", "meaning": "exact",
                  "quote": f"to {after}%"}},
        "checks": {"c": {"rule": "before + hike == after"}}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet))
    result = check_sheet(tmp_path / "s.yaml", tmp_path)
    assert all(g.verdict == "grounded" for g in result.grounding)
    [outcome] = result.checks
    return outcome.verdict


def test_a_hike_in_basis_points_adds_to_a_rate_in_percent(tmp_path):
    assert _verdict(tmp_path, 3.75) == "holds"


def test_a_wrong_sum_is_violated(tmp_path):
    assert _verdict(tmp_path, 4.0) == "violated"
