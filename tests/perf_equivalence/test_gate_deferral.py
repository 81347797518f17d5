"""The number patterns' gates are made only once enough texts were scanned in the
process (:data:`factcheck.text.numbers.GATE_AFTER`): the texts before find what they
find gated, and the gates are in use after."""

from __future__ import annotations

import pytest

from factcheck.text import numbers

TEXTS = ["Russia launched three missiles and 114 drones over Ukraine overnight",
         "Sixty-six drones were destroyed on Saturday, April 26, 2025",
         "an estimated 1,300 square kilometers (500 square miles)",
         "Rs 6.1 lakh crore, two-thirds of it by 9:25-11:00 p.m.",
         "a further 31 decoy drones failed to reach their destination",
         "no one was hurt; a dozen homes, a half-million dollars"]


def _mentions(text: str) -> list:
    return numbers.find_mentions(text) + numbers.find_mentions(text, strict_one=False)


@pytest.fixture
def plain(monkeypatch) -> list[list]:
    """Every text's mentions with every pattern run."""
    monkeypatch.setattr(numbers, "GATED", False)
    out = [_mentions(t) for t in TEXTS]
    monkeypatch.setattr(numbers, "GATED", True)
    return out


def test_gates_start_after_the_threshold_and_change_no_mention(plain, monkeypatch):
    made: list[int] = []
    real = numbers._pattern_gate
    monkeypatch.setattr(numbers, "_pattern_gate", lambda p: made.append(1) or real(p))
    monkeypatch.setattr(numbers, "_GATES", {})
    monkeypatch.setattr(numbers, "_scanned", 0)
    monkeypatch.setattr(numbers, "GATE_AFTER", 4)  # two texts (two scans each) ungated
    early = [_mentions(t) for t in TEXTS[:2]]
    assert made == []  # no gate made for the first GATE_AFTER scans
    late = [_mentions(t) for t in TEXTS[2:]]
    assert made  # then made, and used
    assert early + late == plain


def test_a_scanner_is_gated_only_past_the_threshold(monkeypatch):
    monkeypatch.setattr(numbers, "_scanned", 0)
    monkeypatch.setattr(numbers, "GATE_AFTER", 1)
    assert [numbers._Scanner("1").gated for _ in range(3)] == [False, True, True]
    monkeypatch.setattr(numbers, "GATED", False)
    assert not numbers._Scanner("1").gated
