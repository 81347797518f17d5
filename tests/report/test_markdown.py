"""Markdown report: GitHub-renderable pipe tables with cells escaped."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import make_project

from factcheck.pipeline import run
from factcheck.report import build_report
from factcheck.report.markdown import cell, render_markdown


def test_cells_escape_pipes_and_newlines():
    assert cell("a|b\nc") == "a\\|b c"
    assert cell(None) == ""


def test_a_pipe_in_a_quote_does_not_break_the_table(tmp_path: Path, seed_text: str):
    make_project(tmp_path, seed_text)
    (tmp_path / "seeds" / "000_1973e27dd785980b.txt").open("a").write(
        "\nVotes: 12 | 30 against.\n")
    extra = seed_text.replace("facts:\n", "facts:\n  votes:\n    value: 12\n"
                              "    quote: \"Votes: 12 | 30 against.\"\n", 1)
    (tmp_path / "facts" / "seed.yaml").write_text(extra)
    md = render_markdown(build_report(run([tmp_path / "facts"], tmp_path)))
    row = next(line for line in md.splitlines() if line.startswith("| votes"))
    assert "Votes: 12 \\| 30 against." in row
    header = next(line for line in md.splitlines() if line.startswith("| fact "))
    unescaped = row.replace("\\|", "")
    assert unescaped.count("|") == header.count("|")
