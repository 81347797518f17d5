"""A whole figure of a hundred or more ending in 00 is read as written to the hundred:
survey figures ("65.500 - 14.700 = 50.900", each rounded) are no false alarm; a real
error still is."""

from __future__ import annotations

import pytest
import yaml

from factcheck.pipeline import check_sheet


def _verdict(tmp_path, a: int, b: int, total: int, meaning: str | None = None,
             unit: str = "person") -> str:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(f"Foreigners {a}, Spaniards {b}, all {total}.\n")
    facts = {n: {"value": v, "unit": unit, "quote": f"{label} {v}"}
             for n, v, label in (("a", a, "Foreigners"), ("b", b, "Spaniards"),
                                 ("t", total, "all"))}
    if meaning:
        for f in facts.values():
            f["meaning"] = meaning
    sheet = {"document": "seeds/d.txt", "facts": facts, "checks": {"c": {"rule": "a + b == t"}}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet))
    [outcome] = check_sheet(tmp_path / "s.yaml", tmp_path).checks
    return outcome.verdict


@pytest.mark.parametrize(("a", "b", "total", "verdict"), [
    (267300, 222900, 490300, "holds within rounding"),  # off by 100: rounding
    (267300, 222900, 490200, "holds within rounding"),
    (267300, 222900, 495000, "violated"),  # off by 4,800: an error
    (1300, 1200, 2500, "holds within rounding"),
    (1234, 1200, 2600, "violated"),  # 1234 exact + [1150, 1250] misses [2550, 2650]
])
def test_round_thousands(tmp_path, a, b, total, verdict):
    assert _verdict(tmp_path, a, b, total) == verdict


def test_a_sheet_that_says_exact_keeps_exact(tmp_path):
    assert _verdict(tmp_path, 267300, 222900, 490300, meaning="exact") == "violated"


def test_units_of_time_stay_exact(tmp_path):
    assert _verdict(tmp_path, 1200, 1300, 2400, unit="day") == "violated"


def test_numbers_not_ending_in_00_stay_exact(tmp_path):
    assert _verdict(tmp_path, 310, 220, 510) == "violated"
    assert _verdict(tmp_path, 50, 40, 95) == "violated"


def test_hundreds_are_rounded_too(tmp_path):
    assert _verdict(tmp_path, 300, 200, 400) == "holds within rounding"  # "down 800 points"
    assert _verdict(tmp_path, 300, 200, 700) == "violated"
