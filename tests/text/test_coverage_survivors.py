"""Coverage where a surviving mutant of ``text/coverage.py`` showed no test pinned it: a
number whose value is the low end of another fact's range, after a smaller fact's value."""

from __future__ import annotations

from factcheck.text.coverage import coverage


def test_a_range_starting_at_the_number_does_not_cover_it():
    doc = "Russia launched 114 drones and 10 missiles."
    cov = coverage(doc, [(0, len(doc), 10.0, 10.0, None), (0, len(doc), 114.0, 120.0, None)])
    assert ([m.text for m in cov.covered], [m.text for m in cov.uncovered]) == (["10"], ["114"])
    cov = coverage(doc, [(0, len(doc), 10.0, 10.0, None), (0, len(doc), 114.0, 120.0, None),
                         (0, len(doc), 114.0, 114.0, None)])
    assert [m.text for m in cov.covered] == ["114", "10"]
