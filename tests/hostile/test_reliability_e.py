"""Reliability findings 2026-11-25, section E (files), the cases not already in
test_environment.py (E1-E3, E7, E9, E10, E12, E13) and test_reports_unit.py (E8, E10,
E11): symlinks in reports/ and facts/."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.cli import main

from .helpers import GOOD, project


@pytest.fixture
def good(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = project(tmp_path / "p", GOOD)
    monkeypatch.chdir(root)
    monkeypatch.delenv("CI", raising=False)
    return root


def test_e4_a_report_file_linked_outside_is_replaced_not_followed(good: Path, tmp_path: Path,
                                                                  capsys) -> None:
    outside = tmp_path / "elsewhere" / "outside.html"
    outside.parent.mkdir()
    outside.write_text("keep me")
    (good / "reports").mkdir()
    (good / "reports" / "index.html").symlink_to(outside)
    assert main(["check"]) == 0
    capsys.readouterr()
    index = good / "reports" / "index.html"
    assert not index.is_symlink() and "<!doctype html>" in index.read_text()
    assert outside.read_text() == "keep me"


def test_e5_reports_linked_to_a_directory_the_user_chose(good: Path, tmp_path: Path,
                                                         capsys) -> None:
    chosen = tmp_path / "published"
    chosen.mkdir()
    (good / "reports").symlink_to(chosen)
    assert main(["check"]) == 0
    capsys.readouterr()
    assert sorted(p.name for p in chosen.iterdir()) == [
        "claims.html", "consistency.json", "consistency.md", "index.html", "sheets",
        "statements.html"]


def test_e6_symlink_loops_in_facts(good: Path, capsys) -> None:
    facts = good / "facts"
    os.symlink("loop", facts / "loop")
    os.symlink("b.yaml", facts / "a.yaml")
    os.symlink("a.yaml", facts / "b.yaml")
    (facts / "sub").mkdir()
    os.symlink("..", facts / "sub" / "up")
    assert main(["check", "--no-report"]) == 0
    out = capsys.readouterr().out
    assert "1 sheet(s), 3 facts" in out
    assert main(["check", "--no-report", "facts/a.yaml"]) == 2
    _, err = capsys.readouterr()
    assert "no such file or directory: facts/a.yaml" in err
