"""Reliability findings 2026-11-25, section F (configuration), the cases not already in
test_environment.py (F3-F5, F7, F13) and test_reports_unit.py (F2): each
``[tool.factcheck]`` as the findings wrote it, run through the command line in-process."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.cli import main

from .findings import sheet_text
from .helpers import GOOD, project


@pytest.fixture
def good(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = project(tmp_path / "p", GOOD)
    monkeypatch.chdir(root)
    monkeypatch.delenv("CI", raising=False)
    return root


def _config(root: Path, body: str | bytes) -> None:
    data = body if isinstance(body, bytes) else f"[tool.factcheck]\n{body}\n".encode()
    (root / "pyproject.toml").write_bytes(data)


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("body, message", [
    ("facts = 5", "[tool.factcheck] facts must be a list of directory paths, not 5"),
    ('facts = [["facts"]]', "facts must be a list of directory paths, not [['facts']]"),
])
def test_f1_facts_not_a_list_of_paths(good: Path, capsys, body: str, message: str) -> None:
    _config(good, body)
    code, out, err = _cli(capsys, "check")
    assert code == 2 and message in err and "Traceback" not in err
    assert not (good / "reports").exists()


def test_f8_config_may_point_outside_the_project(good: Path, tmp_path: Path, capsys) -> None:
    """The configuration is the project's own: fact directories and reports outside it
    are honoured."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "good.yaml").write_bytes(GOOD.read_bytes())
    (good / "facts" / "good.yaml").unlink()
    _config(good, f'facts = ["../outside", "{good / "facts"}"]\nreports = "../elsewhere"')
    code, out, _ = _cli(capsys, "check")
    assert code == 0 and "1 sheet(s), 3 facts" in out
    assert (tmp_path / "elsewhere" / "consistency.json").is_file()


def test_f9_an_infinite_claim_tolerance_is_the_projects_choice(good: Path, capsys) -> None:
    _config(good, 'facts = ["facts"]\nclaim_tolerance = inf')
    for name, value in (("a", 114), ("b", 66)):
        (good / "facts" / f"{name}.yaml").write_text(sheet_text(
            "seeds/article.txt", f'  d: {{value: {value}, unit: drone, source: s, '
            f'quote: "{value if value == 114 else "Sixty-six"} drones", key: ua/drones}}\n'))
    code, out, _ = _cli(capsys, "check", "--no-report")
    assert code == 0 and "1 claims (0 in conflict)" in out


@pytest.mark.parametrize("body, message", [
    (b"[tool.factcheck\n", "cannot read [tool.factcheck]"),
    (b'x = "\xe9"\n[tool.factcheck]\n', "cannot read [tool.factcheck]"),
    (b'[tool.factcheck]\nfact = ["facts"]\n', "unknown [tool.factcheck] key(s) fact; known:"),
    (b"[tool.factcheck]\napprox_tolerance = true\n",
     'approx_tolerance must be a number >= 0 or a percentage like "5%", not True'),
    (b'[tool.factcheck]\napprox_tolerance = "5 %"\n', "approx_tolerance"),
    (b"[tool.factcheck]\napprox_tolerance = nan\n", "approx_tolerance must be a number"),
    (b"[tool.factcheck]\nreports = 3\n", "reports must be a path string"),
])
def test_f10_bad_settings_are_one_line_errors(good: Path, capsys, body: bytes,
                                              message: str) -> None:
    _config(good, body)
    code, out, err = _cli(capsys, "check", "--no-report")
    assert code == 2 and out == ""
    assert err.startswith(f"factcheck: {good / 'pyproject.toml'}: ") and message in err
    assert err.count("\n") == 1


def test_f11_run_from_a_subdirectory(good: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(good / "facts")
    code, out, _ = _cli(capsys, "check", "--no-report")
    assert code == 0 and "1 sheet(s), 3 facts" in out
    code, out, _ = _cli(capsys, "check", "--no-report", "good.yaml")
    assert code == 0 and "3/3 quotes grounded" in out
    monkeypatch.chdir(good / "seeds")
    code, out, _ = _cli(capsys, "draft", "article.txt")
    assert code == 0 and "document: seeds/article.txt" in out
    assert not (good / "facts" / "reports").exists()


def test_f12_a_sheet_outside_the_fact_directories(good: Path, tmp_path: Path, capsys) -> None:
    outside = tmp_path / "outside" / "x.yaml"
    outside.parent.mkdir()
    outside.write_bytes(GOOD.read_bytes())
    (good / "reports").mkdir()
    (good / "reports" / "consistency.json").write_text("old")
    code, out, err = _cli(capsys, "check", str(outside))
    assert code == 0 and "1 sheet(s), 3 facts" in out
    assert "not writing reports/ for sheets outside the configured fact directories" in \
        out + err
    assert (good / "reports" / "consistency.json").read_text() == "old"
    code, out, err = _cli(capsys, "check", str(outside), "--reports", str(tmp_path / "r"))
    assert code == 0 and (tmp_path / "r" / "consistency.json").is_file()
    assert (good / "reports" / "consistency.json").read_text() == "old"
