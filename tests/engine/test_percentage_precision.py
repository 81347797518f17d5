"""A percentage is rounded to the last digit its quote writes: "67.0%" to a tenth even
when the sheet writes 67, "40%" to the unit."""

from __future__ import annotations

import pytest
import yaml

from factcheck.pipeline import check_sheet


def _verdict(tmp_path, doc: str, share: dict, rule: str) -> str:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(doc)
    facts = {"share": {"unit": "percent", **share},
             "voted": {"value": 67120, "unit": "person", "quote": "67,120 of 100,000"},
             "all": {"value": 100000, "unit": "person", "quote": "67,120 of 100,000"}}
    sheet = {"document": "seeds/d.txt", "facts": facts, "checks": {"c": {"rule": rule}}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet))
    [outcome] = check_sheet(tmp_path / "s.yaml", tmp_path).checks
    return outcome.verdict


@pytest.mark.parametrize(("written", "value", "verdict"), [
    ("67.0%", 67, "violated"),  # 67.12 is not 67.0 to a tenth
    ("67.0%", 67.0, "violated"),
    ("67%", 67, "holds within rounding"),  # to the unit: 66.5 to 67.5
    ("67.12%", 67.12, "holds within rounding"),
])
def test_the_quotes_decimals_set_the_rounding(tmp_path, written, value, verdict):
    doc = f"Turnout was {written}: 67,120 of 100,000 voted.\n"
    share = {"value": value, "quote": f"Turnout was {written}"}
    rule = "share == voted / all * 100"
    assert _verdict(tmp_path, doc, share, rule) == verdict


@pytest.mark.parametrize(("quote", "verdict"), [
    ("net profit rose 2.7 times to 7,600", "holds within rounding"),  # 2.68 is 2.7
    ("純利益は2.7倍の7600億円", "holds within rounding"),
    ("net profit of 2.7 to 7,600", "violated"),  # no multiple: the sheet's 2.7 is exact
])
def test_a_multiple_is_rounded_like_a_percentage(tmp_path, quote, verdict):
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(f"{quote}. It was 2,835 a year before.\n")
    facts = {"multiple": {"value": 2.7, "quote": quote},
             "now": {"value": 7600, "quote": "の7600" if "倍" in quote else "to 7,600"},
             "before": {"value": 2835, "quote": "It was 2,835"}}
    sheet = {"document": "seeds/d.txt", "language": "ja" if "倍" in quote else "en",
             "facts": facts, "checks": {"c": {"rule": "now / before == multiple"}}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet, allow_unicode=True))
    [outcome] = check_sheet(tmp_path / "s.yaml", tmp_path).checks
    assert outcome.verdict == verdict, outcome.message
