"""Statements: each verdict with its full message; a reprint speaks for its origin."""

from __future__ import annotations

import pytest

from factcheck.crosssource.statements import StanceRow, judge_statements

ROWS = [
    StanceRow("s1", "facts/a.yaml", 3, "kyiv", None, "affirms", "q"),
    StanceRow("s1", "facts/b.yaml", 5, "tass", "ria", "denies", "q"),
    StanceRow("s2", "facts/b.yaml", 2, "bbc", "kyiv", "affirms", "q"),
    StanceRow("s2", "facts/a.yaml", 7, "kyiv", None, "affirms", "q"),
    StanceRow("s3", "facts/c.yaml", 9, "tass", None, "denies", "q"),
]


def test_verdicts_and_messages():
    got = [(r.statement, r.verdict, r.affirming_sources, r.denying_sources, r.message)
           for r in judge_statements(ROWS)]
    assert got == [
        ("s1", "disputed", ("kyiv",), ("ria",),
         "disputed: affirmed by kyiv (facts/a.yaml:3); denied by tass (via ria) "
         "(facts/b.yaml:5)"),
        ("s2", "affirmed", ("kyiv",), (),
         "affirmed by kyiv (facts/a.yaml:7), bbc (via kyiv) (facts/b.yaml:2)"),
        ("s3", "denied", (), ("tass",), "denied by tass (facts/c.yaml:9)"),
    ]
    s2 = judge_statements(ROWS)[1]
    assert [r.line for r in s2.affirms] == [7, 2] and s2.denies == ()


def test_an_unknown_stance_is_refused():
    with pytest.raises(ValueError) as exc:
        StanceRow("s", "f", 1, "a", None, "maybe", "q")
    assert str(exc.value) == "stance must be one of ('affirms', 'denies'), not 'maybe'"
