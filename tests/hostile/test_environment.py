"""Findings E1-E3, E7, E9, E12, E13, F3-F5, F7, F13, D17, I3, G7: environment faults
are exit-2 errors naming the path (never exit 3 or a traceback); SIGINT exits 130."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.report import write as writer

from .helpers import ARTICLE, GOOD, project, run_cli


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def good(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    bad = GOOD.read_text().replace("value: 31", "value: 51")
    monkeypatch.chdir(project(tmp_path, ("good.yaml", bad.encode())))
    monkeypatch.delenv("CI", raising=False)
    return tmp_path


@pytest.mark.parametrize("err, text", [(errno.EROFS, "Read-only file system"),
                                       (errno.EACCES, "Permission denied"),
                                       (errno.ENOSPC, "No space left on device")])
def test_e1_e2_e11_unwritable_reports_exit_2_after_the_verdicts(good: Path, capsys, monkeypatch,
                                                               err: int, text: str) -> None:
    def refuse(path, *a, **k):
        raise OSError(err, text, str(path))

    monkeypatch.setattr(writer, "open", refuse, raising=False)
    code, out, stderr = _cli(capsys, "check")
    assert code == 2
    assert "violated 66 + 51 = 117 > 114" in out  # the verdicts are still printed
    assert f"cannot write reports to {good / 'reports'}: {good / 'reports'}" in stderr
    assert f"{text}; the previous reports are unchanged" in stderr
    assert "internal error" not in stderr and not (good / "reports" / "index.html").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_e2_reports_mode_555(good: Path, capsys) -> None:  # pragma: no cover - non-root
    (good / "reports").mkdir(mode=0o555)
    code, _, stderr = _cli(capsys, "check")
    assert code == 2 and "Permission denied" in stderr


def test_e3_reports_is_a_file(good: Path, capsys) -> None:
    (good / "reports").write_text("x")
    code, out, stderr = _cli(capsys, "check")
    assert code == 2 and "violated" in out
    assert f"cannot write reports to {good / 'reports'}: {good / 'reports'}: File exists" in stderr
    assert (good / "reports").read_text() == "x"


def test_e7_non_utf8_file_name_with_a_strict_stdout(tmp_path: Path) -> None:
    root = project(tmp_path, GOOD)
    bad = GOOD.read_bytes().replace(b"value: 31", b"value: 51")
    (root / "facts" / os.fsdecode(b"bad\xff\xfename.yaml")).write_bytes(bad)
    env = {**os.environ, "PYTHONIOENCODING": "utf-8:strict"}
    env.pop("CI", None)
    p = subprocess.run([sys.executable, "-m", "factcheck.cli", "check"], cwd=root, env=env,
                       capture_output=True, timeout=60)
    out, err = p.stdout.decode(), p.stderr.decode()
    assert p.returncode == 1, err
    assert r"facts/bad\xff\xfename.yaml:" in out and "2 sheet(s)" in out
    report = json.loads((root / "reports" / "consistency.json").read_bytes().decode("utf-8"))
    assert {s["path"] for s in report["sheets"]} == {"facts/good.yaml",
                                                     "facts/bad\udcff\udcfename.yaml"}
    md = (root / "reports" / "consistency.md").read_text()
    assert r"## facts/bad\\xff\\xfename.yaml" in md  # Markdown for a visible \xff


def test_f3_f13_bad_root(good: Path, capsys) -> None:
    code, _, err = _cli(capsys, "check", "--root", "pyproject.toml")
    assert code == 2 and "--root pyproject.toml is not a directory" in err
    code, _, err = _cli(capsys, "check", "--root", "/nonexistent/dir")
    assert code == 2 and "--root /nonexistent/dir: no such directory" in err
    assert not Path("/nonexistent/dir").exists()


def test_f4_run_from_a_directory_without_pyproject(tmp_path: Path) -> None:
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "good.yaml").write_bytes(GOOD.read_bytes())
    r = run_cli(tmp_path / "facts", "check")
    assert r.code == 2 and "fact directory facts does not exist" in r.stderr
    assert not (tmp_path / "facts" / "reports").exists()


@pytest.mark.parametrize("toml, message", [
    ("[tool]\nfactcheck = 5\n", "[tool.factcheck] must be a table of settings, not 5"),
    ('[tool]\nfactcheck = "facts"\n', "[tool.factcheck] must be a table of settings, not 'facts'"),
    ("tool = 5\n", "`tool` must be a table, not 5"),
])
def test_f5_f7_tool_factcheck_not_a_table(good: Path, capsys, toml: str, message: str) -> None:
    (good / "pyproject.toml").write_text(toml)
    code, _, err = _cli(capsys, "check")
    assert code == 2 and message in err and "internal error" not in err


def test_f5_pytest_tool_factcheck_not_a_table(pytester: pytest.Pytester) -> None:
    pytester.makefile(".toml", pyproject="[tool]\nfactcheck = 5\n")
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    text = result.stdout.str() + result.stderr.str()
    assert result.ret == pytest.ExitCode.USAGE_ERROR, text
    assert "[tool.factcheck] must be a table of settings, not 5" in text
    assert "INTERNALERROR" not in text and "Traceback" not in text


def test_d17_unit_pint_cannot_evaluate_is_a_unit_problem(good: Path, capsys) -> None:
    old = "unit: drone\n    source: air_force\n    quote: \"Sixty"
    sheet = GOOD.read_text().replace(old, old.replace("drone", '"m**1e400"'))
    (good / "facts" / "good.yaml").write_text(sheet)
    code, out, _ = _cli(capsys, "check", "--no-report")
    assert code == 2
    assert "unit `m**1e400` cannot be evaluated (an exponent or factor is out of range" in out
    assert "internal" not in out and "1 sheet(s), 3 facts" in out  # the rest is checked


@pytest.mark.parametrize("data, message", [
    (ARTICLE.read_text().replace("Kursk", "Kürsk").encode("latin-1"),
     "the document is not UTF-8 (byte 0xfc at line 3; Latin-1 or Windows-1252?)"),
    (ARTICLE.read_text().encode("utf-16"),
     "the document is UTF-16 (or another wide encoding), not UTF-8"),
])
def test_i3_draft_of_a_non_utf8_document(good: Path, capsys, data: bytes, message: str) -> None:
    (good / "seeds" / "odd.txt").write_bytes(data)
    code, out, err = _cli(capsys, "draft", "seeds/odd.txt")
    assert code == 2 and out == ""
    assert err == f"factcheck: seeds/odd.txt: {message}; convert it to UTF-8 first\n"


SIGINT_DURING = """
import os, signal, sys
from factcheck import cli, pipeline
from factcheck.report import write
where = sys.argv[1]
def interrupt():
    os.kill(os.getpid(), signal.SIGINT)
if where == "engine":
    real_run = pipeline.run
    def run(*a, **k):
        interrupt()
        return real_run(*a, **k)
    pipeline.run = run
else:  # between the first and second report file
    real_replace, n = os.replace, []
    def replace(src, dst):
        real_replace(src, dst)
        n.append(dst)
        if len(n) == 1:
            interrupt()
    write.os.replace = replace
sys.exit(cli.main(["check"]))
"""


def test_e9_sigint_during_the_engine_exits_130(good: Path) -> None:
    p = subprocess.run([sys.executable, "-c", SIGINT_DURING, "engine"], cwd=good,
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 130 and p.stderr == "factcheck: interrupted\n"
    assert not (good / "reports").exists()


def test_e10_sigint_between_report_files_switches_all_then_exits_130(good: Path) -> None:
    from .test_reports_unit import run_ids

    assert run_cli(good, "check").code == 1
    first = run_ids(good / "reports")
    (good / "facts" / "good.yaml").write_bytes(GOOD.read_bytes())  # now it passes
    p = subprocess.run([sys.executable, "-c", SIGINT_DURING, "reports"], cwd=good,
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 130 and "factcheck: interrupted" in p.stderr
    after = run_ids(good / "reports")  # the signal waited for the switch to finish
    assert len(set(after)) == 1 and after != first
    assert json.loads((good / "reports" / "consistency.json").read_text())["summary"]["passed"]


def _pytest_project(pytester: pytest.Pytester) -> None:
    project(pytester.path, GOOD)


def test_e12_pytest_report_into_a_file(pytester: pytest.Pytester) -> None:
    _pytest_project(pytester)
    (pytester.path / "reports").write_text("x")
    result = pytester.runpytest("-q", "--factcheck-report", "facts")
    out = result.stdout.str()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert f"factcheck: cannot write reports to {pytester.path / 'reports'}" in out
    assert "File exists" in out and "Traceback" not in out and "5 passed" in out


def test_e13_pytest_step_summary_unwritable(pytester: pytest.Pytester, monkeypatch) -> None:
    _pytest_project(pytester)
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "/nonexistent/x/summary.md")
    result = pytester.runpytest("-q", "facts")
    out = result.stdout.str()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert ("factcheck: cannot write GITHUB_STEP_SUMMARY /nonexistent/x/summary.md: "
            "No such file or directory") in out
    assert "Traceback" not in out and "5 passed" in out


def test_g7_claims_get_distinct_selectable_node_ids(pytester: pytest.Pytester) -> None:
    from factcheck.pytest_plugin import _Names

    names = _Names()
    assert [names.unique(n, ln) for n, ln in [("claim:k", 3), ("claim:k", 9), ("claim:k", 9),
                                              ("claim:a::b", 4), ("q\x1b[2J", 5)]] == [
        "claim:k", "claim:k@9", "claim:k@9#2", "claim:a:.:b", "q\\x1b[2J"]
    sheet = GOOD.read_text().replace(
        "    quote: \"Sixty-six drones were destroyed\"",
        "    quote: \"Sixty-six drones were destroyed\"\n    key: a::b")
    project(pytester.path, ("good.yaml", sheet.encode()))
    result = pytester.runpytest("-q", "facts/good.yaml::claim:a:.:b")
    assert result.ret == 0 and "1 passed" in result.stdout.str()
