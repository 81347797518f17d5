"""Cross-source agreement between the seed sheet and a second outlet's sheet."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from factcheck.pipeline import run
from factcheck.report import build_report
from factcheck.report.markdown import render_markdown
from tests.conftest import make_project

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "second_outlet"


@pytest.fixture
def two_sheets(tmp_path: Path) -> Path:
    make_project(tmp_path)
    shutil.copy(FIXTURE / "second_outlet.txt", tmp_path / "seeds" / "second_outlet.txt")
    shutil.copy(FIXTURE / "second_outlet.yaml", tmp_path / "facts" / "second_outlet.yaml")
    return tmp_path


def claims(root: Path) -> dict[str, object]:
    result = run([root / "facts"], root)
    assert not result.problems, result.problems
    return {o.result.key: o for o in result.claims}


def test_agreeing_key_passes_and_reprint_is_not_independent(two_sheets: Path):
    c = claims(two_sheets)["ua/overnight-attack/2025-04-26/drones_launched"]
    assert c.verdict == "agree" and c.passed
    result = c.result
    assert len(result.rows) == 2
    # Kyiv Morning reprints the air force: one independent source, not two
    assert result.independent_sources == ("ua_air_force",)


def test_conflicting_key_fails_with_both_sources_and_lines(two_sheets: Path):
    c = claims(two_sheets)["ua/overnight-attack/2025-04-26/drones_destroyed"]
    assert c.verdict == "conflict" and not c.passed
    seed_line = (two_sheets / "facts" / "seed.yaml").read_text().splitlines().index(
        "  drones_destroyed:") + 1
    other_line = (FIXTURE / "second_outlet.yaml").read_text().splitlines().index(
        "  drones_shot_down:") + 1
    assert f"facts/seed.yaml:{seed_line}" in c.message
    assert f"facts/second_outlet.yaml:{other_line}" in c.message
    assert "ua_air_force" in c.message and "dnipro_admin" in c.message
    assert "66" in c.message and "67" in c.message


def test_deprecated_value_is_shown_not_compared(two_sheets: Path):
    c = claims(two_sheets)["ua/overnight-attacks/2025-04-26/killed"]
    assert c.verdict == "agree"
    ranks = sorted(r.rank for r in c.result.rows)
    assert ranks == ["deprecated", "normal", "preferred"]


def test_rounded_estimate_agrees_with_range(two_sheets: Path):
    c = claims(two_sheets)["nk/troops-deployed-to-russia"]
    assert c.verdict == "agree"
    assert set(c.result.independent_sources) == {"nis", "south_korea", "ukraine",
                                                          "united_states"}


def test_statement_disputed_across_sheets(two_sheets: Path):
    result = run([two_sheets / "facts"], two_sheets)
    st = {o.result.statement: o for o in result.statements}
    kursk = st["ru/kursk/ukrainian-troops-forced-out/2025-04-26"]
    assert kursk.verdict == "disputed" and kursk.passed
    assert {r.source for r in kursk.result.denies} == {"ua_general_staff", "zelenskyy"}


def test_reports_have_cross_source_and_statement_sections(two_sheets: Path):
    report = build_report(run([two_sheets / "facts"], two_sheets))
    md = render_markdown(report)
    assert "## Cross-source agreement" in md and "❌ conflict" in md
    assert "## Statements" in md and "⚖️ disputed" in md
    data = json.loads(json.dumps(report.to_json_data()))
    conflict = [c for c in data["cross_source"] if c["verdict"] == "conflict"]
    assert [c["key"] for c in conflict] == ["ua/overnight-attack/2025-04-26/drones_destroyed"]
    assert {r["source"] for r in conflict[0]["reports"]} == {"ua_air_force", "dnipro_admin"}
    disputed = [s for s in data["statements"] if s["verdict"] == "disputed"]
    assert disputed and all(x["quote"] for x in disputed[0]["deny"])


def test_pytest_shows_one_item_per_claim(two_sheets: Path, pytester: pytest.Pytester):
    for sub in ("facts", "seeds"):
        shutil.copytree(two_sheets / sub, pytester.path / sub)
    shutil.copy(two_sheets / "pyproject.toml", pytester.path / "pyproject.toml")
    result = pytester.runpytest("facts", "-q", "-rf")
    out = result.stdout.str()
    assert "FAILED facts/second_outlet.yaml::claim:ua/overnight-attack/2025-04-26/" \
           "drones_destroyed" in out or \
           "FAILED facts/seed.yaml::claim:ua/overnight-attack/2025-04-26/drones_destroyed" in out
    assert result.parseoutcomes()["failed"] == 1
