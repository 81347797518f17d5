"""Findings E8, E10, E11, F2: the report files of a run are replaced as one unit.

Every file carries the run id; an interrupted or failed switch leaves the old set;
concurrent writers never leave a mixed set; an empty run replaces nothing.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.pipeline import run
from factcheck.report import EmptyRunError, ReportWriteError, build_report, documents
from factcheck.report import write as writer

from .helpers import GOOD, project, run_cli


def run_ids(reports: Path) -> tuple[str, ...]:
    """The run id each file carries (json, md, html, then every sheet page)."""
    js = json.loads((reports / "consistency.json").read_text())["run_id"]
    md = re.search(r"· run ([0-9a-f]{16})", (reports / "consistency.md").read_text())
    pages = [reports / "index.html", *sorted((reports / "sheets").glob("*.html"))]
    html = [re.search(r'data-run="([0-9a-f]{16})"', p.read_text()) for p in pages]
    return js, md.group(1) if md else "", *(h.group(1) if h else "" for h in html)


def _report(root: Path, value: int = 31) -> tuple[dict, dict]:
    sheet = GOOD.read_text().replace("value: 31", f"value: {value}")
    project(root, ("good.yaml", sheet.encode()))
    result = run([root / "facts"], root)
    return build_report(result), documents(result)


def _snapshot(reports: Path) -> dict[str, bytes]:
    """Every file under ``reports`` (sheet pages too), by relative path."""
    return {p.relative_to(reports).as_posix(): p.read_bytes()
            for p in sorted(reports.rglob("*")) if p.is_file()}


# what a reports directory holds
ENTRIES = sorted([*writer.FILES.values(), "claims.html", "statements.html", "sheets"])


@pytest.fixture
def old_and_new(tmp_path: Path) -> tuple[Path, dict, dict]:
    """reports/ holding a passing run, and a failing run's report ready to write."""
    good, docs = _report(tmp_path / "a")
    reports = tmp_path / "reports"
    writer.write_reports(good, reports, documents=docs)
    bad, bad_docs = _report(tmp_path / "b", value=51)
    return reports, bad, bad_docs


def test_every_file_carries_one_deterministic_run_id(old_and_new) -> None:
    reports, bad, docs = old_and_new
    first = run_ids(reports)
    assert len(set(first)) == 1
    writer.write_reports(bad, reports, documents=docs)
    second = run_ids(reports)
    assert len(set(second)) == 1 and second != first
    writer.write_reports(bad, reports, documents=docs)
    assert run_ids(reports) == second  # same run, same bytes


def test_e10_interrupted_between_files_keeps_the_old_set(old_and_new, monkeypatch) -> None:
    reports, bad, docs = old_and_new
    before = _snapshot(reports)
    real = os.replace
    calls = []

    def replace_then_interrupt(src, dst):
        real(src, dst)
        calls.append(dst)
        if len(calls) == 1:
            raise KeyboardInterrupt  # as if SIGINT arrived after the first file

    monkeypatch.setattr(writer.os, "replace", replace_then_interrupt)
    with pytest.raises(KeyboardInterrupt):
        writer.write_reports(bad, reports, documents=docs)
    assert len(calls) == 2  # the first file was switched, then put back
    assert _snapshot(reports) == before
    assert len(set(run_ids(reports))) == 1 and json.loads(before["consistency.json"])["summary"][
        "passed"] is True


def test_e11_disk_full_while_staging_replaces_nothing(old_and_new, monkeypatch) -> None:
    reports, bad, docs = old_and_new
    before = _snapshot(reports)
    real, n = os.fsync, []

    def fsync_full(fd):
        n.append(fd)
        if len(n) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr(writer.os, "fsync", fsync_full)
    with pytest.raises(ReportWriteError, match=r"cannot write reports to .*reports: "
                       r"No space left on device; the previous reports are unchanged"):
        writer.write_reports(bad, reports, documents=docs)
    assert _snapshot(reports) == before  # no staging directory left either


def test_a_killed_writers_staging_directory_is_cleared(old_and_new) -> None:
    reports, bad, docs = old_and_new
    (reports / writer.STAGING).mkdir()
    (reports / writer.STAGING / "consistency.json").write_text("half")
    writer.write_reports(bad, reports, documents=docs)
    assert sorted(p.name for p in reports.iterdir()) == ENTRIES


def test_f2_an_empty_run_never_replaces_reports(old_and_new, tmp_path: Path) -> None:
    reports, _, _ = old_and_new
    before = _snapshot(reports)
    empty = build_report(run([], tmp_path))
    with pytest.raises(EmptyRunError, match="no fact sheet was checked"):
        writer.write_reports(empty, reports)
    assert _snapshot(reports) == before


@pytest.mark.parametrize("facts, message", [
    ("[]", "no fact sheets found in (no directories)"),
    ('["fact"]', "fact directory fact does not exist"),
])
def test_f2_cli_typo_or_empty_facts_exits_2_and_keeps_reports(tmp_path: Path, facts: str,
                                                              message: str) -> None:
    root = project(tmp_path, GOOD)
    assert run_cli(root, "check").code == 0
    before = _snapshot(root / "reports")
    (root / "pyproject.toml").write_text(f"[tool.factcheck]\nfacts = {facts}\n")
    r = run_cli(root, "check")
    assert r.code == 2 and message in r.stderr, r.stderr
    assert _snapshot(root / "reports") == before


WRITER = """
import sys
from pathlib import Path
from factcheck.pipeline import run
from factcheck.report import build_report, documents, write_reports
root, out = Path(sys.argv[1]), Path(sys.argv[2])
result = run([root / "facts"], root)
report, docs = build_report(result), documents(result)
for _ in range(int(sys.argv[3])):
    write_reports(report, out, documents=docs)
"""


def test_e8_concurrent_writers_never_leave_a_mixed_set(tmp_path: Path) -> None:
    """Four processes (two passing runs, two failing) write one reports/ 15 times each;
    a reader holding the shared lock always sees one run, and so does the final state."""
    _report(tmp_path / "pass")
    _report(tmp_path / "fail", value=51)
    reports = tmp_path / "shared"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path / name), str(reports),
                               "15"]) for name in ("pass", "fail", "pass", "fail")]
    seen = set()
    while any(p.poll() is None for p in procs):
        if not (reports / "index.html").exists():
            continue
        fd = os.open(reports, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH)
            ids = run_ids(reports)
        finally:
            os.close(fd)
        assert len(set(ids)) == 1, ids
        seen.add(ids[0])
    assert [p.returncode for p in procs] == [0, 0, 0, 0]
    final = run_ids(reports)
    assert len(set(final)) == 1
    summary = json.loads((reports / "consistency.json").read_text())["summary"]
    md = (reports / "consistency.md").read_text()
    assert ("all checks pass" in md) == summary["passed"]
    assert sorted(p.name for p in reports.iterdir()) == ENTRIES
