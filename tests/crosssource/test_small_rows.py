"""The plain-Python pass for small tables: each bad row named with its exact message."""

from __future__ import annotations

import pytest
from tests.crosssource.conftest import fact_row

from factcheck.crosssource.small import compare_rows

ROW = fact_row("facts/a.yaml", 3, "x", "k", "police", 10)


@pytest.mark.parametrize(("change", "message"), [
    ({"source": 5}, "fact table row facts/a.yaml:3 (x): `source` must be text"),
    ({"line": 0}, "fact table row facts/a.yaml:0 (x): line must be a positive integer"),
    ({"line": "3"}, "fact table row facts/a.yaml:3 (x): line must be a positive integer"),
    ({"lower": 11.0, "upper": 10.0},
     "fact table row facts/a.yaml:3 (x): lower_le_upper: lower must be <= upper"),
    ({"tolerance": -1.0}, "fact table row facts/a.yaml:3 (x): tolerance must be >= 0"),
    ({"rank": "top"},
     "fact table row facts/a.yaml:3 (x): rank must be one of preferred, normal, deprecated"),
])
def test_a_bad_row_is_named(change, message):
    with pytest.raises(ValueError) as exc:
        compare_rows([{**ROW, **change}])
    assert str(exc.value) == message


def test_unknown_sources_are_named():
    with pytest.raises(ValueError) as exc:
        compare_rows([ROW], known_sources=["army", "navy"])
    assert str(exc.value) == ("fact table row facts/a.yaml:3 (x): known_sources: source and "
                              "via must be one of the 2 known sources")


def test_open_ended_reports_that_meet_at_infinity_agree():
    inf = float("inf")
    rows = [fact_row("a", 1, "x", "k", "p", -inf, -inf),
            fact_row("b", 2, "y", "k", "q", -inf, -inf)]
    assert [r.verdict for r in compare_rows(rows)] == ["agree"]
    rows = [fact_row("a", 1, "x", "k", "p", 10, inf), fact_row("b", 2, "y", "k", "q", inf, inf)]
    assert [r.verdict for r in compare_rows(rows)] == ["agree"]
