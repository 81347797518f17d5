"""results_for: verdict filters apply per (key, scope)."""

from __future__ import annotations

from tests.crosssource.conftest import fact_row

from factcheck.crosssource import fact_table, results_for

ROWS = [
    fact_row("facts/a.yaml", 3, "x", "k", "police", 10),
    fact_row("facts/b.yaml", 4, "y", "k", "army", 10),  # k, no scope: agree
    fact_row("facts/a.yaml", 5, "x2", "k", "police", 10, scope="as_of=2025-04"),
    fact_row("facts/b.yaml", 6, "y2", "k", "army", 12, scope="as_of=2025-04"),  # conflict
]


def test_a_verdict_filter_keeps_only_the_scopes_with_that_verdict():
    table = fact_table(ROWS)
    got = [(r.key, r.scope, r.verdict) for r in results_for(table, verdicts=["conflict"])]
    assert got == [("k", "as_of=2025-04", "conflict")]
    got = [(r.key, r.scope, r.verdict) for r in results_for(table, verdicts=["agree"])]
    assert got == [("k", "", "agree")]
    both = results_for(table, keys=["k"])
    assert [(r.scope, r.verdict) for r in both] == [("", "agree"), ("as_of=2025-04", "conflict")]
