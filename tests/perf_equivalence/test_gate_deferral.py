"""The one pass that rules number patterns out (:mod:`factcheck.text.scanner`) is built
only once enough texts were scanned in the process
(:data:`factcheck.text.numbers.GATE_AFTER`): the texts before find what they find with
every pattern run, and the pass is in use after."""

from __future__ import annotations

import pytest

from factcheck.text import numbers, scanner

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
    real = scanner._Built
    monkeypatch.setattr(scanner, "_Built", lambda ps: made.append(1) or real(ps))
    monkeypatch.setattr(numbers, "_PREFILTER", scanner.Prefilter())
    monkeypatch.setattr(numbers, "_scanned", 0)
    monkeypatch.setattr(numbers, "GATE_AFTER", 4)  # two texts (two scans each) ungated
    early = [_mentions(t) for t in TEXTS[:2]]
    assert made == []  # no pass built for the first GATE_AFTER scans
    skipped: list[int] = []
    real_skip = scanner.Prefilter.skip
    monkeypatch.setattr(scanner.Prefilter, "skip",
                        lambda self, text: skipped.append(1) or real_skip(self, text))
    late = [_mentions(t) for t in TEXTS[2:]]
    assert made and skipped  # then built, and used
    assert early + late == plain


def test_a_scanner_is_gated_only_past_the_threshold(monkeypatch):
    monkeypatch.setattr(numbers, "_scanned", 0)
    monkeypatch.setattr(numbers, "GATE_AFTER", 1)
    assert [numbers._Scanner("1").gated for _ in range(3)] == [False, True, True]
    monkeypatch.setattr(numbers, "GATED", False)
    assert not numbers._Scanner("1").gated
