"""Checking some sheets of a project reports the claims and statements those sheets take
part in, not every disputed statement of the project."""

from __future__ import annotations

from pathlib import Path

from factcheck import pipeline

OTHER = """document: seeds/000_1973e27dd785980b.txt
sources:
  ap: {name: AP, kind: outlet}
facts:
  launched: {value: 149, unit: drone, source: ap, quote: "149 drones"}
"""


def test_a_focused_view_keeps_only_its_sheets_statements(project: Path):
    (project / "facts" / "other.yaml").write_text(OTHER)
    result = pipeline.run([project / "facts"], project, jobs=1, cache=False)
    assert "disputed" in [o.result.verdict for o in result.statements]
    seed = pipeline.focus_view(result, {(project / "facts" / "seed.yaml").resolve()})
    other = pipeline.focus_view(result, {(project / "facts" / "other.yaml").resolve()})
    assert [o.result.statement for o in seed.statements] == [
        o.result.statement for o in result.statements]
    assert other.statements == []
    assert other.cross_summary.disputed == 0
    assert seed.cross_summary.disputed == 1
