"""The real `factcheck` command as a subprocess: exit codes, output, reports."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path


def fc(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_check_passes_on_the_seed_and_writes_reports(project: Path):
    r = fc(project, "check")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "0 violated" in r.stdout and "problem(s)" in r.stdout
    for name in ("consistency.json", "consistency.md", "index.html"):
        assert (project / "reports" / name).is_file()
    data = json.loads((project / "reports" / "consistency.json").read_text())
    assert data["schema_version"] == 1 and data["summary"]["passed"] is True


def test_violation_exits_1_with_file_line_and_arithmetic(project: Path, seed_text: str):
    (project / "facts" / "seed.yaml").write_text(seed_text.replace("    value: 31\n",
                                                                   "    value: 51\n"))
    r = fc(project, "check", "--no-report")
    assert r.returncode == 1
    line = seed_text.splitlines().index("  drone-accounting:") + 1
    assert f"facts/seed.yaml:{line}" in r.stdout
    assert "66 + 51 = 117 > 114" in r.stdout
    assert not (project / "reports").exists()


def test_bad_input_exits_2_and_other_sheets_are_checked(project: Path):
    (project / "facts" / "bad.yaml").write_text("document: seeds/x.txt\nfacts: [\n")
    r = fc(project, "check", "--no-report", "--format", "json")
    assert r.returncode == 2
    assert "Traceback" not in r.stdout + r.stderr
    data = json.loads(r.stdout)
    bad, good = data["sheets"]
    assert bad["path"] == "facts/bad.yaml" and bad["problems"][0]["code"] == "yaml-syntax"
    assert good["path"] == "facts/seed.yaml" and len(good["checks"]) > 10


def _ids(r: subprocess.CompletedProcess) -> set[str]:
    data = json.loads(r.stdout)
    return {c["id"] for sh in data["sheets"] for c in sh.get("checks", [])}


def test_select_and_ignore_filter_what_is_shown(project: Path, seed_text: str):
    (project / "facts" / "seed.yaml").write_text(seed_text.replace("    value: 31\n",
                                                                   "    value: 51\n"))
    r = fc(project, "check", "--no-report", "--format", "json", "--select", "kursk-*")
    assert r.returncode == 0
    assert _ids(r) == {"kursk-area-conversion"}
    r = fc(project, "check", "--no-report", "--format", "json", "--ignore", "drone-*",
           "--ignore", "quote:decoys*", "--ignore", "claim:*/decoys_lost")
    assert r.returncode == 0
    ids = _ids(r)
    assert "drone-accounting" not in ids and {"killed-parts", "meeting-is-saturday"} <= ids
    r = fc(project, "check", "--no-report", "--format", "json", "--select", "drone-*")
    assert r.returncode == 1 and _ids(r) == {"drone-accounting"}


def test_selection_never_writes_partial_reports(project: Path):
    r = fc(project, "check", "--select", "kursk-*")
    assert r.returncode == 0
    data = json.loads((project / "reports" / "consistency.json").read_text())
    assert len(data["sheets"][0]["checks"]) > 10  # the whole run, not the selection


def test_one_sheet_is_compared_with_the_others(project: Path, seed_text: str):
    """Checking one changed sheet still compares its claims with the unchanged ones."""
    other = seed_text.replace("    value: 66\n", "    value: 67\n").replace(
        "Sixty-six drones were destroyed", "Sixty-seven drones were destroyed")
    (project / "seeds" / "000_1973e27dd785980b.txt").write_text(
        (project / "seeds" / "000_1973e27dd785980b.txt").read_text().replace(
            "Meanwhile,", "Sixty-seven drones were destroyed, a later count said. Meanwhile,"))
    (project / "facts" / "later.yaml").write_text(other)
    r = fc(project, "check", "--no-report", "--format", "json", "facts/seed.yaml")
    data = json.loads(r.stdout)
    assert [s["path"] for s in data["sheets"]] == ["facts/seed.yaml"]
    conflicts = [c for c in data["cross_source"] if c["verdict"] == "conflict"]
    assert [c["key"] for c in conflicts] == ["ua/overnight-attack/2025-04-26/drones_destroyed"]
    assert r.returncode == 1


def test_sheets_outside_the_fact_dirs_do_not_overwrite_reports(project: Path, seed_text: str):
    (project / "drafts").mkdir()
    (project / "drafts" / "d.yaml").write_text(seed_text)
    r = fc(project, "check", "drafts/d.yaml")
    assert r.returncode == 0 and "not writing reports/" in r.stderr
    assert not (project / "reports").exists()
    r = fc(project, "check", "drafts/d.yaml", "--reports", "out")
    assert (project / "out" / "consistency.json").is_file()


def test_markdown_format_and_report_command(project: Path, seed_text: str):
    r = fc(project, "check", "--no-report", "--format", "markdown")
    assert r.stdout.startswith("# Consistency report")
    (project / "facts" / "seed.yaml").write_text(seed_text.replace("    value: 31\n",
                                                                   "    value: 51\n"))
    r = fc(project, "report")
    assert r.returncode == 0
    assert "❌ violated" in (project / "reports" / "consistency.md").read_text()


def test_reports_are_deterministic(project: Path):
    fc(project, "report")
    def files() -> dict[str, str]:  # every file, the run time left out
        reports = project / "reports"
        return {p.relative_to(reports).as_posix(): re.sub(
            r'("elapsed_seconds": |checked in )[0-9.]+', r"\1…", p.read_text())
            for p in sorted(reports.rglob("*")) if p.is_file()}

    first = files()
    fc(project, "report")
    second = files()
    assert first == second and len(first) == 6  # json, md, 3 summary pages, 1 sheet page


def test_version_help_and_missing_path(project: Path):
    assert fc(project, "--version").stdout.startswith("factcheck ")
    helptext = fc(project, "check", "--help").stdout
    assert "examples:" in helptext and "exit status" in helptext
    r = fc(project, "check", "nowhere")
    assert r.returncode == 2 and "no such file" in r.stderr


def test_schema_command_writes_schema(project: Path):
    r = fc(project, "schema")
    assert r.returncode == 0
    schema = json.loads((project / "schema" / "factsheet.schema.json").read_text())
    assert schema["title"] == "factcheck fact sheet"


def test_cli_and_pytest_agree_on_failures(project: Path, seed_text: str):
    """Both front ends present the same engine: the same failing items."""
    mutated = seed_text.replace("    value: 31\n", "    value: 51\n").replace(
        "    value: 2025-04-25\n", "    value: 2025-04-24\n", 1)
    (project / "facts" / "seed.yaml").write_text(mutated)
    data = json.loads(fc(project, "check", "--no-report", "--format", "json").stdout)
    sheet = data["sheets"][0]
    cli_failed = {c["id"] for c in sheet["checks"] if not c["passed"]}
    cli_failed |= {f"quote:{f['id']}" for f in sheet["facts"]
                   if f["grounding"]["verdict"] != "grounded"}
    cli_failed |= {f"claim:{c['key']}" for c in data["cross_source"] if not c["passed"]}
    r = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rf", "-p", "no:cacheprovider",
                        "facts"], cwd=project, capture_output=True, text=True, timeout=120)
    pytest_failed = {line.split("::", 1)[1].split(" ")[0]
                     for line in r.stdout.splitlines() if line.startswith("FAILED ")}
    assert cli_failed == pytest_failed
    assert {"drone-accounting", "trump-arrival-is-friday"} <= cli_failed


def test_progress_bar_only_on_a_terminal_outside_ci(monkeypatch, capsys):
    from factcheck import cli

    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert cli._progress() is None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    monkeypatch.setenv("CI", "true")
    assert cli._progress() is None
    monkeypatch.delenv("CI")
    show = cli._progress()
    for i in range(1, 11):
        show(i, 10)  # a few sheets: no bar
    assert capsys.readouterr().err == ""
    for i in range(1, 401):
        show(i, 400)
    err = capsys.readouterr().err
    assert "400/400 sheets" in err and err.endswith("\n")


def test_draft_of_a_too_large_document_is_a_clear_error(tmp_path, capsys):
    from factcheck.cli import main
    from factcheck.draft import MAX_DRAFT_BYTES

    (tmp_path / "pyproject.toml").write_text("[tool.factcheck]\n")
    doc = tmp_path / "big.txt"
    doc.write_text("Seven drones were shot down. " * (MAX_DRAFT_BYTES // 20))
    assert main(["draft", str(doc), "--root", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "too-large" in err and "draft a part of it" in err


def test_draft_of_a_document_outside_the_project_is_refused(tmp_path, capsys):
    """I4: a draft would name `../../etc/hostname`, a path no sheet may use."""
    from factcheck.cli import main

    project = tmp_path / "project"
    (project / "seeds").mkdir(parents=True)
    (project / "pyproject.toml").write_text("[tool.factcheck]\n")
    outside = tmp_path / "elsewhere.txt"
    outside.write_text("Seven drones were shot down.\n")
    assert main(["draft", str(outside), "--root", str(project)]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "outside the project" in captured.err
    (project / "seeds" / "inside.txt").write_text("Seven drones were shot down.\n")
    assert main(["draft", "inside.txt", "--root", str(project)]) == 0
    assert "document: seeds/inside.txt" in capsys.readouterr().out
