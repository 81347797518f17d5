"""Cross-source behaviour that surviving mutants of ``crosssource/`` showed no test
pinned: a conflict among many reports told value by value; results_for on a table the
schema would refuse."""

from __future__ import annotations

import pandera.errors
import pytest

from factcheck.crosssource import compare_frame, results_for
from factcheck.crosssource.claims import CONFLICT, ClaimRow, message


def _row(i: int, value: float, via: str | None = None) -> ClaimRow:
    return ClaimRow(sheet=f"facts/s_{i}.yaml", line=i + 1, fact=f"f{i}", source=f"s_{i}",
                    via=via, lower=value, upper=value, unit="drone", rank="normal",
                    quote="q")


def test_a_conflict_among_many_reports_is_told_value_by_value():
    # 13 reports (more than the 12 listed one by one): three say 114, one says 115, ...
    rows = (_row(0, 114), _row(1, 114, via="wire"), _row(2, 115), _row(3, 114),
            *(_row(i, 200 + i) for i in range(4, 13)))
    assert message(CONFLICT, rows, (), None) == (
        "3 reports say 114 (first: s_0, facts/s_0.yaml:1), "
        "s_2 says 115 (facts/s_2.yaml:3), "
        + ", ".join(f"s_{i} says {200 + i} (facts/s_{i}.yaml:{i + 1})" for i in range(4, 13)))


def test_more_values_than_are_listed_are_counted():
    rows = tuple(_row(i, 1000 + i) for i in range(14)) + (_row(14, 1000), _row(15, 1000))
    text = message(CONFLICT, rows, (), None)
    assert text.startswith("3 reports say 1000 (first: s_0, facts/s_0.yaml:1), "
                           "s_1 says 1001 (facts/s_1.yaml:2), ")
    assert text.endswith("s_11 says 1011 (facts/s_11.yaml:12), and 2 more values")


def test_the_first_of_a_reprinted_value_names_its_relay():
    rows = (_row(0, 7, via="wire"), _row(1, 7), *(_row(i, 10 + i) for i in range(2, 14)))
    assert message(CONFLICT, rows, (), None).startswith(
        "2 reports say 7 (first: s_0 (via wire), facts/s_0.yaml:1), s_2 says 12 ")


def test_results_for_does_not_validate_the_table(row, table):
    # a rank the schema refuses: results_for judges the table as it is, as documented
    frame = table([row("facts/a.yaml", 1, "f", "k", "army", 5),
                   row("facts/b.yaml", 2, "g", "k", "mayor", 5, rank="favourite")])
    with pytest.raises(pandera.errors.SchemaError):
        compare_frame(frame)
    assert [(r.key, r.verdict, r.agreed) for r in results_for(frame)] == [
        ("k", "agree", (5.0, 5.0))]
