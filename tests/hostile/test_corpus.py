"""Every file in corpus/ is a bad (or tricky) sheet with its expected outcome on line 1.

Each is checked in-process (code, line, message fragment) and through the real
command line beside a good sheet: the good sheet is still checked, the exit
status is 2, and nothing prints a Python traceback.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.pipeline import check_sheet, run

from .helpers import GOOD, corpus_files, expectation, project, run_cli

FILES = corpus_files()
BAD = [f for f in FILES if expectation(f).kind != "ok"]
# One of each kind through the real command line (a subprocess each: ~0.3 s).
CLI_CASES = ["binary", "latin1", "tabs", "dup_in_check", "alias_bomb", "python_tag", "nan",
             "int_digit_limit", "bad_date", "rule_import_call", "rule_lambda", "rule_power",
             "rule_missing_fact", "doc_dotdot", "doc_nul", "unknown_field", "reversed_range",
             "minus_zero", "two_documents", "interceptions_range"]


def _matches_problem(result, exp) -> None:
    found = [(p.code, p.line, p.message) for p in result.problems]
    assert any(c == exp.code and ln == exp.line and exp.fragment in m for c, ln, m in found), (
        f"expected {exp.code} at line {exp.line} with {exp.fragment!r}; got {found}")
    assert result.loaded is None or result.problems


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_corpus_file(tmp_path: Path, path: Path) -> None:
    exp = expectation(path)
    root = project(tmp_path, path)
    result = check_sheet(root / "facts" / path.name, root)
    if exp.kind == "ok":
        assert result.problems == []
        assert result.outcomes and all(o.passed for o in result.outcomes), [
            (o.name, o.verdict, o.message) for o in result.outcomes if not o.passed]
    elif exp.kind == "problem":
        _matches_problem(result, exp)
    else:
        assert result.problems == [], result.problems
        pool = result.checks if exp.kind == "check" else result.grounding
        hit = {o.name: o for o in pool}
        name = exp.name
        assert name in hit, sorted(hit)
        o = hit[name]
        assert o.verdict == exp.verdict, (o.verdict, o.message)
        assert exp.fragment in o.message, o.message
        if exp.kind == "check":  # the error is located at the check
            assert o.line == result.loaded.line("checks", name)


def test_cli_cases_exist() -> None:
    assert {f.stem for f in BAD} >= set(CLI_CASES)


def test_every_problem_code_has_a_message_that_says_what_to_do(tmp_path: Path) -> None:
    """Not one corpus problem is a bare parser message without a location."""
    for path in BAD:
        exp = expectation(path)
        if exp.kind != "problem":
            continue
        root = project(tmp_path / path.stem, path)
        for p in check_sheet(root / "facts" / path.name, root).problems:
            assert p.line >= 1 and p.column >= 1
            assert len(p.message) > 15 and "Traceback" not in p.message


def test_run_checks_good_sheet_beside_all_bad_ones(tmp_path: Path) -> None:
    root = project(tmp_path, *FILES)
    result = run([root / "facts"], root)
    by_sheet = {s.rel: s for s in result.sheets}
    assert len(by_sheet) == len(FILES)
    good = by_sheet["facts/good.yaml"]
    assert good.problems == [] and {o.name for o in good.checks} == {
        "drone-accounting", "destroyed-at-most-launched"}
    assert all(o.passed for o in good.outcomes)
    assert result.exit_code() == 2


@pytest.mark.parametrize("path", [f for f in BAD if f.stem in CLI_CASES], ids=lambda p: p.stem)
def test_cli_bad_beside_good(tmp_path: Path, path: Path) -> None:
    exp = expectation(path)
    root = project(tmp_path, GOOD, path)
    cli = run_cli(root, "check", "facts", "--no-report", "--format", "json")
    assert "Traceback" not in cli.stdout + cli.stderr
    assert cli.code in (1, 2), cli.stderr
    report = cli.report
    sheets = {s["path"]: s for s in report["sheets"]}
    good = sheets["facts/good.yaml"]
    assert good["problems"] == []
    assert [c["verdict"] for c in good["checks"]] == ["holds", "holds"]
    bad = sheets[f"facts/{path.name}"]
    if exp.kind == "problem":
        assert cli.code == 2
        assert any(p["code"] == exp.code and p["line"] == exp.line for p in bad["problems"])
    elif exp.kind == "check":
        assert cli.code == 2
        assert any(c["id"] == exp.name and c["verdict"] == "error" for c in bad["checks"])
    else:  # an ungrounded quote is a failure, not bad input
        assert cli.code == 1
