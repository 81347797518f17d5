"""Coverage of a document's mentions by grounded facts."""

from __future__ import annotations

import datetime
import pathlib

from factcheck.text.coverage import Coverage, coverage, matches
from factcheck.text.normalize import locate
from factcheck.text.numbers import find_mentions

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = (ROOT / "seeds" / "000_1973e27dd785980b.txt").read_text(encoding="utf-8")
APRIL_26 = datetime.date(2025, 4, 26)


def _fact(quote: str, low=None, high=None, date=None, document: str = SEED):
    span = locate(quote, document)
    assert span is not None, quote
    return (span[0], span[1], low, high, date)


def test_no_facts_covers_nothing():
    cov = coverage(SEED, [])
    assert cov.covered == []
    counted = [m for m in find_mentions(SEED) if m.kind not in ("implicit", "fraction")]
    assert cov.uncovered == cov.mentions == counted
    assert any(m.kind == "implicit" for m in find_mentions(SEED))  # "both sides" not counted
    assert cov.share == 0.0


def test_empty_document_share_is_one():
    cov = coverage("No numbers here.", [])
    assert cov.mentions == [] and cov.share == 1.0


def test_number_covered_only_with_matching_value_inside_span():
    quote = "Russia launched three missiles and 114 drones over Ukraine overnight"
    cov = coverage(SEED, [_fact(quote, 114.0, 114.0)])
    assert [m.text for m in cov.covered] == ["114"]
    # same span, wrong value: nothing covered
    assert coverage(SEED, [_fact(quote, 113.0, 113.0)]).covered == []
    # right value, span elsewhere: nothing covered
    assert coverage(SEED, [_fact("Six people were injured", 114.0, 114.0)]).covered == []


def test_range_month_weekday_date():
    facts = [
        _fact("had deployed 10,000-12,000 of its troops", 10000.0, 12000.0),
        _fact("The Ukrainian army stunned Russia in August 2024", date=datetime.date(2024, 8, 1)),
        _fact("outside Moscow, Russia, Saturday, April 26, 2025", date=APRIL_26),
        _fact("In its morning update Saturday, Ukraine", date=APRIL_26),
        _fact("last Friday", date=APRIL_26),  # a Saturday date does not cover a Friday
    ]
    cov = coverage(SEED, facts)
    texts = [m.text for m in cov.covered]
    assert texts == ["Saturday, April 26, 2025", "Saturday", "August 2024", "10,000-12,000"]
    assert "last Friday" in [m.text for m in cov.uncovered]
    assert len(cov.covered) + len(cov.uncovered) == len(cov.mentions)
    assert cov.share == len(texts) / len(cov.mentions)


def test_range_needs_both_ends():
    fact = _fact("10,000-12,000", 10000.0, 10000.0)
    assert coverage(SEED, [fact]).covered == []


def test_matches_rules():
    [m] = find_mentions("on April 26 they met")
    assert matches(m, None, None, APRIL_26)
    assert not matches(m, None, None, datetime.date(2025, 4, 27))
    [w] = find_mentions("on Saturday they met")
    assert matches(w, None, None, APRIL_26)
    assert not matches(w, 5.0, 5.0, None)
    [y] = find_mentions("throughout early 2025.")
    assert matches(y, None, None, datetime.date(2025, 1, 1))
    assert matches(y, 2025.0, 2025.0, None)
    assert not matches(y, None, None, datetime.date(2024, 1, 1))
    [n] = find_mentions("66 drones")
    assert matches(n, 66.0, None, None)
    assert matches(n, 66.0, 66.0, None)
    assert not matches(n, None, None, APRIL_26)


def test_coverage_is_a_dataclass():
    cov = Coverage(mentions=[], covered=[], uncovered=[])
    assert cov.share == 1.0
