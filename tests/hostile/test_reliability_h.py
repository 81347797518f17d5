"""Reliability finding H9 (the other H cases are in test_output_safety.py): JSON output
and consistency.json carry control characters as escapes, and read back to exactly the
sheet's text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main

from .injection import RAW_CONTROLS, injection_project


@pytest.fixture
def inj(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(injection_project(tmp_path))
    monkeypatch.delenv("CI", raising=False)
    return tmp_path


def _quotes(report: dict) -> dict[str, str]:
    [sheet] = report["sheets"]
    return {f["id"]: f["quote"] for f in sheet["facts"]}


def test_h9_json_escapes_controls_and_keeps_the_text(inj: Path, capsys) -> None:
    assert main(["check", "--format", "json"]) == 1
    out = capsys.readouterr().out
    written = (inj / "reports" / "consistency.json").read_text(encoding="utf-8")
    for text in (out, written):
        assert not [c for c in RAW_CONTROLS if c in text and ord(c) < 0x20]
        assert "\\u001b[2J" in text and "\\u0007" in text
    for text in (out, written):
        quotes = _quotes(json.loads(text))
        assert quotes["alarm"] == "Alarm: \x1b[2J\x1b[31m66 drones\x1b]0;pwned\x07 launched"
        assert quotes["count"] == "The count was \u202e411\u202c drones"
