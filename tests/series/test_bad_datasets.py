"""Bad dataset declarations are problems at the sheet's line, saying what to change."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.series.helpers import LOSSES, SHEET_HEAD, check, project

USE = "derived:\n  t: {dataset: losses, column: tank, date: 2022-03-04}\n" \
      "checks:\n  uses-t: t > 0\n"


def _only(result, code):
    problems = [p for p in result.problems if p.code == code]
    assert problems, result.problems
    return problems[0]


@pytest.mark.parametrize(("change", "code", "line", "words"), [
    (("data/losses.csv", "data/gone.csv"), "dataset-missing", 14,
     "`data/gone.csv` does not exist"),
    (("data/losses.csv", "../outside.csv"), "path-outside", 14, "outside the project"),
    (("data/losses.csv", "data/losses.xlsx"), "dataset-format", 14, "neither .csv nor"),
    (("date: date", "date: when"), "unknown-column", 16, "column `when` is not in"),
    (("tank: tank,", "tank: tank, tnak: tank,"), "unknown-column", 17,
     "column `tnak` is not in `data/losses.csv` (did you mean `tank`?)"),
])
def test_declaration_problems_point_at_the_field(tmp_path, change, code, line, words):
    head = SHEET_HEAD.replace(*change)
    result = check(project(tmp_path, USE, head=head))
    problem = _only(result, code)
    assert (problem.path, problem.line) == ("facts/sheet.yaml", line)
    assert words in problem.message
    # the check that uses the value derived from the bad dataset is an error pointing at it
    [outcome] = result.sheets[0].checks
    assert outcome.verdict == "error" and f"(line {line})" in outcome.message
    assert result.exit_code() == 2


def test_bad_date_names_the_data_line(tmp_path):
    csv = LOSSES.replace("2022-03-03,8", "2022-03-32,8")
    result = check(project(tmp_path, USE, csv=csv))
    problem = _only(result, "dataset-date")
    assert problem.line == 16  # `date: date` in the sheet
    assert "`data/losses.csv` line 4, column `date`: '2022-03-32' is not a date" \
        in problem.message


def test_bad_number_names_the_data_line(tmp_path):
    csv = LOSSES.replace("1150", '"1,150"')
    result = check(project(tmp_path, USE, csv=csv))
    problem = _only(result, "dataset-cell")
    assert "`data/losses.csv` line 4, column `tank`: '1,150' is not a number" \
        in problem.message


def test_unknown_qualifier_is_named(tmp_path):
    csv = LOSSES.replace("5300,about", "5300,almost")
    rest = "derived:\n  p: {dataset: losses, column: personnel, date: 2022-03-04}\n"
    result = check(project(tmp_path, rest, csv=csv))
    problem = _only(result, "dataset-cell")
    assert "qualifier 'almost' of `personnel` is neither `about` nor `more`" in problem.message


@pytest.mark.parametrize(("rest", "code", "words"), [
    ("derived:\n  t: {dataset: lossez, column: tank, date: 2022-03-04}\n",
     "unknown-dataset", "(did you mean `losses`?)"),
    ("derived:\n  t: {dataset: losses, column: tnak, date: 2022-03-04}\n",
     "unknown-column", "(did you mean `tank`?)"),
    ("derived:\n  t: {dataset: losses, column: tank, date: 2021-01-01}\n",
     "dataset-no-row", "rows run from 2022-03-01 to 2022-03-05"),
    ("derived:\n  t: {dataset: losses, column: tank, op: sum}\n",
     "invalid-value", "op `sum` needs `window`"),
    ("derived:\n  t: {dataset: losses, column: tank, op: sum, "
     "window: [2022-03-05, 2022-03-01]}\n", "invalid-value", "is reversed"),
    ("derived:\n  t: {dataset: losses, column: tank, date: 2022-03-04, lag: 1}\n",
     "unknown-field", "unknown field `lag`"),
    ("derived:\n  t: {dataset: losses, column: shots, op: pct_change, date: 2022-03-04, "
     "vs: 2022-02-01}\n", "dataset-no-row", "no `shots` value dated 2022-02-01"),
])
def test_derived_problems_point_at_the_entry(tmp_path, rest, code, words):
    result = check(project(tmp_path, rest))
    problem = _only(result, code)
    assert problem.line == 21 and words in problem.message, problem


def test_cli_exits_2_without_traceback(tmp_path):
    root = project(tmp_path, USE, head=SHEET_HEAD.replace("data/losses.csv", "data/x.csv"))
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", "--no-report"],
                          cwd=root, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stdout + proc.stderr
    assert "facts/sheet.yaml:14" in proc.stdout and "dataset-missing" in proc.stdout


@pytest.mark.parametrize(("path", "setup", "code"), [
    ("/etc/passwd.csv", None, "path-outside"),
    ("data/dir.csv", "dir", "dataset-missing"),
    ("data/binary.csv", "binary", "dataset-unreadable"),
    ("data/empty.csv", "empty", "dataset-unreadable"),
    ("data/link.csv", "link", "path-outside"),
])
def test_hostile_dataset_files_are_problems(tmp_path, path, setup, code):
    root = project(tmp_path, USE, head=SHEET_HEAD.replace("data/losses.csv", path))
    target = root / path
    if setup == "dir":
        target.mkdir()
    elif setup == "binary":
        target.write_bytes(b"date,tank\n\x00\xff\xfe\x00,1\n")
    elif setup == "empty":
        target.write_text("")
    elif setup == "link":
        (tmp_path.parent / "outside.csv").write_text("date,tank\n2022-03-01,1\n")
        target.symlink_to(tmp_path.parent / "outside.csv")
    result = check(root)
    problem = _only(result, code)
    assert problem.line == 14
