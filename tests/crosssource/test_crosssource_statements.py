"""Qualitative statements: affirmed, denied or disputed."""

from __future__ import annotations

import pytest

from factcheck.crosssource import StanceRow, judge_statements

STMT = "ru/claims/kursk-liberated"


def stance(sheet, line, source, stance, via=None, statement=STMT):
    return StanceRow(
        statement=statement,
        sheet=sheet,
        line=line,
        source=source,
        via=via,
        stance=stance,
        quote="q",
    )


def test_disputed_when_independent_sources_disagree():
    [result] = judge_statements(
        [
            stance("facts/a.yaml", 3, "ru_mod", "affirms"),
            stance("facts/b.yaml", 7, "ua_general_staff", "denies"),
            stance("facts/c.yaml", 2, "outlet_x", "affirms", via="ru_mod"),
        ]
    )
    assert result.verdict == "disputed"
    assert [r.source for r in result.affirms] == ["ru_mod", "outlet_x"]
    assert [r.source for r in result.denies] == ["ua_general_staff"]
    assert result.affirming_sources == ("ru_mod",)
    assert result.denying_sources == ("ua_general_staff",)
    assert "ru_mod (facts/a.yaml:3)" in result.message
    assert "ua_general_staff (facts/b.yaml:7)" in result.message


def test_affirmed_and_denied():
    results = judge_statements(
        [
            stance("facts/a.yaml", 3, "ru_mod", "affirms"),
            stance("facts/b.yaml", 4, "outlet_x", "affirms", via="ru_mod"),
            stance("facts/a.yaml", 9, "ru_mod", "denies", statement="other"),
        ]
    )
    assert [(r.statement, r.verdict) for r in results] == [
        ("other", "denied"),
        (STMT, "affirmed"),
    ]
    affirmed = results[1]
    assert affirmed.affirming_sources == ("ru_mod",)  # the reprint is not independent
    assert len(affirmed.affirms) == 2 and affirmed.denies == ()


def test_reprint_denial_of_an_affirming_origin_is_disputed():
    # outlet_x reports that ru_mod denies what ru_mod elsewhere affirms.
    [result] = judge_statements(
        [
            stance("facts/a.yaml", 3, "ru_mod", "affirms"),
            stance("facts/b.yaml", 4, "outlet_x", "denies", via="ru_mod"),
        ]
    )
    assert result.verdict == "disputed"


def test_bad_stance_rejected():
    with pytest.raises(ValueError, match="stance"):
        stance("facts/a.yaml", 3, "ru_mod", "maybe")


def test_no_rows():
    assert judge_statements([]) == []
