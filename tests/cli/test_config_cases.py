"""Section F of the reliability findings (configuration), one test per case.

A configuration that makes a run check nothing is an error (exit 2) that says what
was looked for, and leaves no reports/ behind.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.scratch import GOOD, fc, scratch


def test_f1_facts_of_the_wrong_type(tmp_path, capsys, monkeypatch):
    for value in ("5", '[["facts"]]'):
        scratch(tmp_path, f"[tool.factcheck]\nfacts = {value}\n")
        r = fc(capsys, monkeypatch, tmp_path, "check")
        assert r.code == 2
        assert "facts must be a list of directory paths" in r.err and "pyproject.toml" in r.err
        assert not (tmp_path / "reports").exists()


@pytest.mark.parametrize("facts", ['["fact"]', "[]"])
def test_f2_a_typo_or_empty_fact_list_checks_nothing_and_fails(tmp_path, capsys, monkeypatch,
                                                               facts):
    scratch(tmp_path, f"[tool.factcheck]\nfacts = {facts}\n")
    r = fc(capsys, monkeypatch, tmp_path, "check")
    assert r.code == 2 and r.out == ""
    assert ("fact directory fact does not exist" in r.err if facts != "[]"
            else "[tool.factcheck] facts is empty" in r.err)
    assert "nothing was checked" in r.err or "name the directories" in r.err
    assert not (tmp_path / "reports").exists()


def test_f2_good_reports_are_never_replaced_by_an_empty_run(tmp_path, capsys, monkeypatch):
    scratch(tmp_path)
    assert fc(capsys, monkeypatch, tmp_path, "check").code == 0
    before = (tmp_path / "reports" / "consistency.json").read_bytes()
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["fact"]\n')
    assert fc(capsys, monkeypatch, tmp_path, "report").code == 2
    assert (tmp_path / "reports" / "consistency.json").read_bytes() == before


def test_f2_a_fact_directory_without_sheets(tmp_path, capsys, monkeypatch):
    scratch(tmp_path, sheet=None)
    (tmp_path / "facts" / "notes.txt").write_text("not a sheet")
    r = fc(capsys, monkeypatch, tmp_path, "check")
    assert r.code == 2
    assert "no fact sheets (*.yaml, *.yml) found in facts" in r.err
    assert not (tmp_path / "reports").exists()


def test_f3_a_root_that_does_not_exist(tmp_path, capsys, monkeypatch):
    scratch(tmp_path)
    r = fc(capsys, monkeypatch, tmp_path, "check", "--root", str(tmp_path / "nowhere"))
    assert r.code == 2 and "--root" in r.err and "no such directory" in r.err
    assert not (tmp_path / "nowhere").exists()


def test_f4_no_pyproject_and_run_from_the_fact_directory(tmp_path, capsys, monkeypatch):
    scratch(tmp_path, config=None)
    r = fc(capsys, monkeypatch, tmp_path / "facts", "check")
    assert r.code == 2
    assert "fact directory facts does not exist" in r.err and "no pyproject.toml" in r.err
    assert not (tmp_path / "facts" / "reports").exists()


@pytest.mark.parametrize(("config", "says"), [
    ("[tool]\nfactcheck = 5\n", "[tool.factcheck] must be a table"),
    ("tool = 5\n", "`tool` must be a table"),
    ('[tool]\nfactcheck = "facts"\n', "[tool.factcheck] must be a table"),  # F7
])
def test_f5_f7_tool_tables_of_the_wrong_type(tmp_path, capsys, monkeypatch, config, says):
    scratch(tmp_path, config)
    r = fc(capsys, monkeypatch, tmp_path, "check")
    assert r.code == 2 and says in r.err and "pyproject.toml" in r.err
    assert "unknown [tool.factcheck] key" not in r.err


def test_f5_pytest_reports_a_bad_tool_table_without_a_traceback(pytester):
    scratch(pytester.path, "[tool]\nfactcheck = 5\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    text = result.stdout.str() + result.stderr.str()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "[tool.factcheck] must be a table" in text
    assert "INTERNALERROR" not in text and "Traceback" not in text


def test_f8_fact_and_report_directories_outside_the_project(tmp_path, capsys, monkeypatch):
    outside = tmp_path / "outside"
    scratch(outside / "x", sheet=None)
    (outside / "facts").mkdir()
    (outside / "facts" / "good.yaml").write_text(GOOD.replace(
        "seeds/article.txt", "x/seeds/article.txt"))
    project = tmp_path / "p"
    project.mkdir()
    (project / "pyproject.toml").write_text(
        '[tool.factcheck]\nfacts = ["../outside/facts"]\nreports = "../elsewhere"\n')
    r = fc(capsys, monkeypatch, project, "check", "--output-format", "json")
    # the configuration is trusted; the document must still lie inside the project
    data = json.loads(r.out)
    assert [s["path"] for s in data["sheets"]] == [str(outside / "facts" / "good.yaml")]
    assert (tmp_path / "elsewhere" / "consistency.json").is_file()


def test_f9_an_infinite_claim_tolerance_is_accepted(tmp_path, capsys, monkeypatch):
    keyed = GOOD.replace("    value: 66\n", "    value: 66\n    key: k/destroyed\n")
    scratch(tmp_path, "[tool.factcheck]\nclaim_tolerance = inf\n", keyed)
    (tmp_path / "facts" / "other.yaml").write_text(keyed.replace("value: 66", "value: 60"))
    r = fc(capsys, monkeypatch, tmp_path, "check", "--output-format", "json", "--no-report")
    assert r.code == 1  # 60 is not written in the quote; the claim itself agrees
    claims = json.loads(r.out)["cross_source"]
    assert [c["verdict"] for c in claims] == ["agree"]


@pytest.mark.parametrize(("config", "says"), [
    ("[tool.factcheck\n", "cannot read [tool.factcheck]"),
    ("[tool.factcheck]\nfact = []\n", "unknown [tool.factcheck] key(s) fact"),
    ("[tool.factcheck]\napprox_tolerance = true\n", "approx_tolerance must be a number"),
    ('[tool.factcheck]\napprox_tolerance = "5 %"\n', "approx_tolerance must be a number"),
    ("[tool.factcheck]\nclaim_tolerance = nan\n", "claim_tolerance must be a number"),
    ("[tool.factcheck]\nreports = 3\n", "reports must be a path string"),
])
def test_f10_malformed_settings_are_one_line_errors(tmp_path, capsys, monkeypatch, config,
                                                     says):
    scratch(tmp_path, config)
    r = fc(capsys, monkeypatch, tmp_path, "check")
    assert r.code == 2 and says in r.err
    assert str(tmp_path / "pyproject.toml") in r.err and len(r.err.strip().splitlines()) == 1


def test_f10_a_latin1_pyproject(tmp_path, capsys, monkeypatch):
    scratch(tmp_path)
    (tmp_path / "pyproject.toml").write_bytes(b"# caf\xe9\n[tool.factcheck]\n")
    r = fc(capsys, monkeypatch, tmp_path, "check")
    assert r.code == 2 and "pyproject.toml" in r.err and "cannot read" in r.err


def test_f11_run_from_a_subdirectory(tmp_path, capsys, monkeypatch):
    scratch(tmp_path)
    r = fc(capsys, monkeypatch, tmp_path / "facts", "check", "--no-report")
    assert r.code == 0 and "1 sheet(s)" in r.out
    r = fc(capsys, monkeypatch, tmp_path / "facts", "check", "good.yaml", "--no-report")
    assert r.code == 0 and "1 sheet(s)" in r.out
    r = fc(capsys, monkeypatch, tmp_path / "seeds", "draft", "article.txt")
    assert r.code == 0 and "document: seeds/article.txt" in r.out


def test_f12_a_sheet_outside_the_fact_directories(tmp_path, capsys, monkeypatch):
    scratch(tmp_path)
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "x.yaml").write_text(GOOD)
    r = fc(capsys, monkeypatch, tmp_path, "check", "drafts/x.yaml")
    assert r.code == 0 and "not writing reports/" in r.err
    assert not (tmp_path / "reports").exists()
    r = fc(capsys, monkeypatch, tmp_path, "check", "drafts/x.yaml", "--reports", "out")
    assert r.code == 0 and (tmp_path / "out" / "consistency.json").is_file()


def test_f13_a_root_that_is_a_file(tmp_path, capsys, monkeypatch):
    scratch(tmp_path)
    r = fc(capsys, monkeypatch, tmp_path, "check", "--root", "pyproject.toml")
    assert r.code == 2 and "is not a directory" in r.err


def test_select_that_matches_nothing_fails_and_writes_nothing(tmp_path, capsys, monkeypatch):
    scratch(tmp_path)
    r = fc(capsys, monkeypatch, tmp_path, "check", "--select", "drone-acounting")
    assert r.code == 2 and r.out == ""
    assert "--select 'drone-acounting' matches no check" in r.err
    assert not (tmp_path / "reports").exists()
    r = fc(capsys, monkeypatch, tmp_path, "check", "--select", "drone-*", "--no-report")
    assert r.code == 0


def test_g6_yaml_in_hidden_directories_is_not_a_sheet(tmp_path, capsys, monkeypatch):
    scratch(tmp_path, '[tool.factcheck]\nfacts = ["."]\n')
    (tmp_path / ".github" / "workflows").mkdir(parents=True)
    (tmp_path / ".github" / "workflows" / "ci.yml").write_text("on: [push]\n")
    r = fc(capsys, monkeypatch, tmp_path, "check", "--no-report")
    assert r.code == 0, r.out + r.err
    assert ".github" not in r.out and "1 sheet(s)" in r.out
    # named explicitly, it is checked (and is no sheet)
    r = fc(capsys, monkeypatch, tmp_path, "check", "--no-report", ".github/workflows/ci.yml")
    assert r.code == 2 and ".github/workflows/ci.yml:1:1: yaml-bool" in r.out


def test_paths_in_messages_are_relative_to_the_project(tmp_path: Path, capsys, monkeypatch):
    scratch(tmp_path, '[tool.factcheck]\nfacts = ["facts", "more"]\n')
    r = fc(capsys, monkeypatch, tmp_path, "check")
    assert r.code == 2 and "fact directory more does not exist" in r.err
