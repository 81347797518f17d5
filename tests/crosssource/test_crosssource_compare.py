"""Verdicts of the cross-source agreement pass."""

from __future__ import annotations

import math
import subprocess
import sys

import pandas as pd
import pytest

from factcheck.crosssource import (
    VERDICTS,
    ClaimResult,
    ClaimRow,
    compare,
    compare_frame,
    results_for,
)

KEY = "ua/overnight-attack/2025-04-26/drones_launched"


def by_key(results: list[ClaimResult]) -> dict[tuple[str, str], ClaimResult]:
    return {(r.key, r.scope): r for r in results}


def test_agreeing_reports_agree(row, table):
    t = table(
        [
            row("facts/a.yaml", 12, "drones", KEY, "ua_air_force", 114),
            row("facts/b.yaml", 8, "drones", KEY, "outlet_x", 114),
            row("facts/c.yaml", 3, "drones", KEY, "outlet_y", 110, 120),
        ]
    )
    [result] = compare(t)
    assert result.verdict == "agree"
    assert result.key == KEY and result.scope == ""
    assert result.agreed == (114.0, 114.0)
    assert result.independent_sources == ("outlet_x", "outlet_y", "ua_air_force")
    assert len(result.rows) == 3 and all(isinstance(r, ClaimRow) for r in result.rows)
    assert result.message.startswith("114 (3 reports")


def test_conflict_names_both_sources_and_locations(row, table):
    t = table(
        [
            row("facts/a.yaml", 12, "drones", KEY, "ua_air_force", 114),
            row("facts/b.yaml", 8, "drones", KEY, "outlet_x", 120),
        ]
    )
    [result] = compare(t)
    assert result.verdict == "conflict"
    assert result.agreed is None
    assert result.message == (
        "ua_air_force says 114 (facts/a.yaml:12), outlet_x says 120 (facts/b.yaml:8)"
    )
    summary = compare_frame(t)
    assert summary["verdict"].tolist() == ["conflict"]
    assert math.isnan(summary["agreed_lower"].iloc[0])
    assert summary["max_lower"].iloc[0] == 120 and summary["min_upper"].iloc[0] == 114


def test_reprint_is_not_an_independent_source(row, table):
    t = table(
        [
            row("facts/a.yaml", 12, "drones", KEY, "ua_air_force", 114),
            row("facts/b.yaml", 8, "drones", KEY, "outlet_x", 114, via="ua_air_force"),
            row("facts/c.yaml", 5, "drones", KEY, "outlet_y", 114, via="ua_air_force"),
        ]
    )
    [result] = compare(t)
    assert result.verdict == "agree"
    assert result.independent_sources == ("ua_air_force",)
    summary = compare_frame(t)
    assert summary["n_independent"].tolist() == [1]
    assert summary["n_compared"].tolist() == [3]
    assert (
        "outlet_x (via ua_air_force)"
        in compare(
            table(
                [
                    row("facts/a.yaml", 12, "drones", KEY, "ua_air_force", 114),
                    row("facts/b.yaml", 8, "drones", KEY, "outlet_x", 120, via="ua_air_force"),
                ]
            )
        )[0].message
    )


def test_deprecated_value_is_shown_but_not_compared(row, table):
    t = table(
        [
            row("facts/a.yaml", 12, "drones", KEY, "ua_air_force", 114, rank="preferred"),
            row("facts/b.yaml", 8, "drones", KEY, "outlet_x", 114),
            row("facts/c.yaml", 3, "drones", KEY, "outlet_y", 120, rank="deprecated"),
        ]
    )
    [result] = compare(t)
    assert result.verdict == "agree"
    assert result.agreed == (114.0, 114.0)
    assert len(result.rows) == 3
    assert [r.source for r in result.compared] == ["ua_air_force", "outlet_x"]
    assert "outlet_y" not in result.independent_sources
    assert "not compared (deprecated): outlet_y says 120 (facts/c.yaml:3)" in result.message
    summary = compare_frame(t)
    assert summary[["n_rows", "n_compared", "n_independent"]].iloc[0].tolist() == [3, 2, 2]


def test_deprecated_unit_does_not_cause_mismatch(row, table):
    t = table(
        [
            row("facts/a.yaml", 1, "f", KEY, "a", 114),
            row("facts/b.yaml", 1, "f", KEY, "b", 114),
            row("facts/c.yaml", 1, "f", KEY, "c", 3, unit="km**2", rank="deprecated"),
        ]
    )
    assert compare(t)[0].verdict == "agree"


def test_unit_mismatch(row, table):
    t = table(
        [
            row("facts/a.yaml", 4, "area", "ua/area", "a", 100, unit="km**2"),
            row("facts/b.yaml", 6, "area", "ua/area", "b", 100, unit="square_mile"),
        ]
    )
    [result] = compare(t)
    assert result.verdict == "unit_mismatch"
    assert result.agreed is None
    assert "km**2" in result.message and "square_mile" in result.message


def test_single_report(row, table):
    t = table(
        [
            row("facts/a.yaml", 12, "drones", KEY, "ua_air_force", 114),
            row("facts/b.yaml", 8, "drones", KEY, "outlet_x", 120, rank="deprecated"),
            row("facts/a.yaml", 13, "downed", "ua/downed", "ua_air_force", 100),
        ]
    )
    results = by_key(compare(t))
    assert set(results) == {(KEY, ""), ("ua/downed", "")}
    assert results[(KEY, "")].verdict == "single"
    assert results[("ua/downed", "")].verdict == "single"
    assert results[("ua/downed", "")].message == (
        "only ua_air_force says 100 (facts/a.yaml:13)"
    )


def test_all_deprecated_is_single_with_no_sources(row, table):
    t = table([row("facts/a.yaml", 1, "f", KEY, "a", 1, rank="deprecated")])
    [result] = compare(t)
    assert result.verdict == "single"
    assert result.independent_sources == ()
    assert len(result.rows) == 1


def test_rounding_tolerance_lets_rounded_figure_agree(row, table):
    # "about 1,300" rounded to the nearest hundred vs an exact 1,290.
    t = table(
        [
            row("facts/a.yaml", 3, "area", "ua/area", "a", 1250, 1350),
            row("facts/b.yaml", 3, "area", "ua/area", "b", 1290),
        ]
    )
    [result] = compare(t)
    assert result.verdict == "agree"
    assert result.agreed == (1290.0, 1290.0)
    # A figure outside the rounding interval conflicts ...
    t2 = table(
        [
            row("facts/a.yaml", 3, "area", "ua/area", "a", 1250, 1350),
            row("facts/b.yaml", 3, "area", "ua/area", "b", 1360),
        ]
    )
    assert compare(t2)[0].verdict == "conflict"
    # ... unless its own tolerance reaches back into it.
    t3 = table(
        [
            row("facts/a.yaml", 3, "area", "ua/area", "a", 1250, 1350),
            row("facts/b.yaml", 3, "area", "ua/area", "b", 1360, tolerance=10),
        ]
    )
    [result3] = compare(t3)
    assert result3.verdict == "agree"
    assert result3.agreed == (1350.0, 1350.0)


def test_tolerance_widens_both_sides(row, table):
    t = table(
        [
            row("facts/a.yaml", 1, "f", KEY, "a", 100, tolerance=0.5),
            row("facts/b.yaml", 1, "f", KEY, "b", 101, tolerance=0.5),
        ]
    )
    assert compare(t)[0].agreed == (100.5, 100.5)
    t.loc[1, "lower"] = t.loc[1, "upper"] = 101.5
    assert compare(t)[0].verdict == "conflict"


def test_scopes_are_compared_separately(row, table):
    t = table(
        [
            row("facts/a.yaml", 1, "f", KEY, "a", 114, scope="as_of=2025-04-26"),
            row("facts/b.yaml", 1, "f", KEY, "b", 114, scope="as_of=2025-04-26"),
            row("facts/c.yaml", 1, "f", KEY, "c", 300, scope="as_of=2025-05"),
        ]
    )
    results = by_key(compare(t))
    assert results[(KEY, "as_of=2025-04-26")].verdict == "agree"
    assert results[(KEY, "as_of=2025-05")].verdict == "single"


def test_compare_frame_columns_and_dtypes(row, table):
    t = table(
        [
            row("facts/a.yaml", 1, "f", "k1", "a", 1),
            row("facts/b.yaml", 1, "f", "k1", "b", 2),
            row("facts/a.yaml", 2, "g", "k0", "a", 1),
        ]
    )
    summary = compare_frame(t, sort=True)
    assert list(summary.columns) == [
        "key",
        "scope",
        "verdict",
        "n_rows",
        "n_compared",
        "n_independent",
        "agreed_lower",
        "agreed_upper",
        "max_lower",
        "min_upper",
    ]
    assert summary["key"].tolist() == ["k0", "k1"]
    assert isinstance(summary["verdict"].dtype, pd.CategoricalDtype)
    assert list(summary["verdict"].cat.categories) == list(VERDICTS)
    assert compare_frame(t)["key"].tolist() == ["k1", "k0"]  # first appearance


def test_empty_table(table):
    t = table([])
    assert compare(t) == []
    assert len(compare_frame(t)) == 0


def test_results_for_builds_only_requested_groups(row, table):
    t = table(
        [
            row("facts/a.yaml", 1, "f", "k1", "a", 1),
            row("facts/b.yaml", 1, "f", "k1", "b", 2),
            row("facts/a.yaml", 2, "g", "k2", "a", 5),
            row("facts/b.yaml", 2, "g", "k2", "b", 5),
            row("facts/a.yaml", 3, "h", "k3", "a", 7),
        ]
    )
    summary = compare_frame(t)
    conflicts = results_for(t, verdicts={"conflict"}, summary=summary)
    assert [(r.key, r.verdict) for r in conflicts] == [("k1", "conflict")]
    assert [r.key for r in results_for(t, ["k3", "k2"])] == ["k2", "k3"]
    assert results_for(t, ["k2"], verdicts={"conflict"}) == []
    with pytest.raises(ValueError, match="unknown verdicts"):
        results_for(t, verdicts={"wrong"})


def test_results_for_matches_compare(row, table):
    t = table(
        [
            row("facts/a.yaml", 1, "f", "k1", "a", 1),
            row("facts/b.yaml", 1, "f", "k1", "b", 2, via="c"),
            row("facts/a.yaml", 2, "g", "k2", "a", 5, rank="deprecated"),
        ]
    )
    assert results_for(t) == compare(t)


def test_rows_are_ordered_by_sheet_then_line(row, table):
    t = table(
        [
            row("facts/b.yaml", 8, "f", KEY, "b", 114),
            row("facts/a.yaml", 30, "g", KEY, "a", 114),
            row("facts/a.yaml", 4, "f", KEY, "a", 114),
        ]
    )
    [result] = compare(t)
    assert [r.location for r in result.rows] == [
        "facts/a.yaml:4",
        "facts/a.yaml:30",
        "facts/b.yaml:8",
    ]
    assert result.rows[0].via is None


def test_compare_validates_by_default(row, table):
    t = table([row("facts/a.yaml", 1, "f", KEY, "a", 5, 4)])
    import pandera.errors

    with pytest.raises(pandera.errors.SchemaError):
        compare(t)
    with pytest.raises(pandera.errors.SchemaError):
        compare_frame(t)
    with pytest.raises(pandera.errors.SchemaError):
        compare(table([row("facts/a.yaml", 1, "f", KEY, "a", 5)]), known_sources={"b"})


def test_importing_the_package_does_not_import_pandas():
    code = (
        "import sys, factcheck.crosssource as c; "
        "assert 'pandas' not in sys.modules and 'pandera' not in sys.modules; "
        "c.judge_statements([]); "
        "assert 'pandas' not in sys.modules; "
        "c.compare_frame; assert 'pandas' in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_unit_conversion_rounding_is_no_conflict(tmp_path):
    """16.1 km and 16,100 m are the same distance (16.1 * 1000 is not exactly 16100.0)."""
    from factcheck.pipeline import run

    doc = "The convoy drove 16.1 km. Officials said 16,100 m.\n"
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text(doc)
    (tmp_path / "facts").mkdir()
    for name, value, unit, quote in (("a", 16.1, "km", "16.1 km"),
                                     ("b", 16100, "meter", "16,100 m")):
        (tmp_path / "facts" / f"{name}.yaml").write_text(
            f"document: seeds/d.txt\nfacts:\n  dist:\n    value: {value}\n    unit: {unit}\n"
            f"    quote: \"{quote}\"\n    key: convoy/distance\n")
    [claim] = run([tmp_path / "facts"], tmp_path).claims
    assert claim.verdict == "agree", claim.message


def test_expected_conflict_passes_while_sources_disagree(tmp_path):
    from factcheck.pipeline import run

    doc = "Officials counted 19,136 dead. The broadcaster said more than 25,000 died.\n"
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text(doc)
    (tmp_path / "facts").mkdir()

    def write(official: int, expect: str) -> list:
        for name, value, meaning, quote, extra in (
                ("a", official, "exact", "19,136 dead", ""),
                ("b", 25000, "at_least", "more than 25,000 died", expect)):
            (tmp_path / "facts" / f"{name}.yaml").write_text(
                f"document: seeds/d.txt\nfacts:\n  toll:\n    value: {value}\n"
                f"    unit: person\n    meaning: {meaning}\n    quote: \"{quote}\"\n"
                f"    key: quake/toll\n{extra}")
        return run([tmp_path / "facts"], tmp_path).claims

    expect = "    expect: conflict\n    reason: the broadcaster counts the missing too\n"
    [claim] = write(19136, expect)
    assert (claim.verdict, claim.passed, claim.reason) == (
        "conflict", True, "the broadcaster counts the missing too")
    [unexpected] = write(19136, "")
    assert (unexpected.verdict, unexpected.passed) == ("conflict", False)


def test_a_claim_that_cannot_be_compared_is_an_error_in_the_summary(tmp_path):
    from factcheck.pipeline import run
    from factcheck.report.build import summarize

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text("It flew 16 km. It carried 16 people.\n")
    (tmp_path / "facts").mkdir()
    for name, unit, quote in (("a", "km", "16 km"), ("b", "person", "16 people")):
        (tmp_path / "facts" / f"{name}.yaml").write_text(
            f"document: seeds/d.txt\nfacts:\n  x:\n    value: 16\n    unit: {unit}\n"
            f"    quote: \"{quote}\"\n    key: same/key\n")
    result = run([tmp_path / "facts"], tmp_path)
    assert result.exit_code() == 2
    assert summarize(result).errors == 1
