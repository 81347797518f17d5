"""Series validators declared as checks: outcomes, findings, vintages, front ends."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from factcheck.series import SERIES_VALIDATORS
from factcheck.series.validate import ALL, VALIDATORS, Finding
from tests.series.helpers import check, project

DAYS = 40


def _csv(typo_day: int | None = None) -> str:
    lines = ["date,day,tank,personnel,personnel*"]
    for i in range(DAYS):
        tank = 1000 + 10 * i
        if i == typo_day:
            tank = int(str(tank)[:-1])  # the last digit dropped
        lines.append(f"2024-01-{i + 1:02d},{i + 1},{tank},{5000 + 100 * i},about"
                     if i < 31 else
                     f"2024-02-{i - 30:02d},{i + 1},{tank},{5000 + 100 * i},about")
    return "\n".join(lines) + "\n"


HEAD = """\
document: seeds/doc.txt
sources:
  gs: {name: "General Staff", kind: military}
datasets:
  losses:
    path: data/losses.csv
    source: gs
    date: date
    columns: {day: day, tank: tank, personnel: person}
    cumulative: [tank, personnel]
    qualifiers: {personnel: "personnel*"}
    counters: {day: 2023-12-31}
    vintages: data/vintages.csv
"""

VINTAGES = """\
date,column,first_value,final_value,first_seen,last_changed,corrected
2024-01-21,tank,120,1200,2024-01-21T10:00:00+02:00,2024-01-22T11:00:00+02:00,true
2024-01-20,tank,1190,1190,2024-01-20T10:00:00+02:00,2024-01-20T10:00:00+02:00,false
2024-01-22,tank,1210,1210,2024-01-22T10:00:00+02:00,2024-01-22T10:00:00+02:00,false
"""


def _project(tmp_path, rest, csv=None):
    root = project(tmp_path, rest, csv=csv or _csv(), head=HEAD)
    (root / "data" / "vintages.csv").write_text(VINTAGES)
    return root


def _outcome(result, name):
    return next(o for o in result.sheets[0].checks if o.name == name)


def test_the_hook_knows_every_validator():
    assert set(SERIES_VALIDATORS) == set(VALIDATORS) | {ALL}


def test_clean_series_holds(tmp_path):
    result = check(_project(tmp_path, "checks:\n  clean: {validator: series_clean, "
                                      "args: {dataset: losses}}\n"))
    outcome = _outcome(result, "clean")
    assert outcome.verdict == "holds" and not result.problems
    assert result.exit_code() == 0


def test_typo_is_a_violated_check_with_typed_findings(tmp_path):
    rest = "checks:\n  clean: {validator: series_clean, args: {dataset: losses}}\n" \
           "  only-stale: {validator: stale_value, args: {dataset: losses}}\n"
    result = check(_project(tmp_path, rest, csv=_csv(typo_day=25)))
    outcome = _outcome(result, "clean")
    assert outcome.verdict == "violated" and outcome.line == 15  # the check's line
    [finding] = outcome.result
    assert isinstance(finding, Finding)
    assert (str(finding.date), finding.column, finding.check) == ("2024-01-26", "tank", "spike")
    assert "2024-01-26 `tank` = 125: expected 1,250 (a digit typo?)" in outcome.message
    assert _outcome(result, "only-stale").verdict == "holds"
    assert result.exit_code() == 1


def test_first_published_figures_are_checked_from_the_vintages(tmp_path):
    rest = "checks:\n  as-published: {validator: spike, args: {dataset: losses, " \
           "vintage: first}}\n  as-now: {validator: spike, args: {dataset: losses}}\n"
    result = check(_project(tmp_path, rest))
    published = _outcome(result, "as-published")
    assert published.verdict == "violated"
    assert "2024-01-21 `tank` = 120" in published.message
    assert _outcome(result, "as-now").verdict == "holds"


def test_a_revised_value_shows_its_history(tmp_path):
    rest = "derived:\n  tanks_then: {dataset: losses, column: tank, date: 2024-01-21, " \
           "key: test/tanks}\n"
    result = check(_project(tmp_path, rest))
    value = result.sheets[0].values["tanks_then"]
    assert value.interval.lo == 1200
    assert ("tank on 2024-01-21: first published 120 at 2024-01-21T10:00:00+02:00, "
            "revised to 1200 at 2024-01-22T11:00:00+02:00") in value.provenance
    [claim] = [o for o in result.claims if o.name == "claim:test/tanks"]
    row = next(r for r in claim.result.rows if r.fact == "tanks_then")
    assert "first published 120" in row.quote  # what reports show for the claim


@pytest.mark.parametrize(("args", "words"), [
    ("{}", "dataset required"),
    ("{dataset: nope}", "dataset `nope` is not declared"),
    ("{dataset: losses, columns: [tanks]}", "`columns` lists declared columns"),
    ("{dataset: losses, vintage: last}", "`vintage` is `first` or `final`"),
    ("{dataset: losses, window: 3}", "takes dataset, columns, vintage"),
])
def test_bad_arguments_are_errors(tmp_path, args, words):
    result = check(_project(tmp_path, f"checks:\n  bad: {{validator: spike, args: {args}}}\n"))
    outcome = _outcome(result, "bad")
    assert outcome.verdict == "error" and words in outcome.message
    assert outcome.code == "validator-args" and result.exit_code() == 2


def test_several_rows_per_date_is_an_error(tmp_path):
    csv = _csv() + "2024-02-09,40,1390,8900,about\n"
    result = check(_project(tmp_path, "checks:\n  c: {validator: spike, args: "
                                      "{dataset: losses}}\n", csv=csv))
    outcome = _outcome(result, "c")
    assert outcome.verdict == "error" and "one row per date" in outcome.message


def test_front_ends_show_series_findings(tmp_path, pytester: pytest.Pytester):
    root = _project(tmp_path, "checks:\n  clean: {validator: series_clean, "
                              "args: {dataset: losses}}\n", csv=_csv(typo_day=25))
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", "--no-report"],
                          cwd=root, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert "facts/sheet.yaml:15" in proc.stdout and "2024-01-26 `tank` = 125" in proc.stdout
    for sub in ("facts", "seeds", "data"):
        shutil.copytree(root / sub, pytester.path / sub)
    shutil.copy(root / "pyproject.toml", pytester.path / "pyproject.toml")
    out = pytester.runpytest("facts", "-q", "-rf")
    out.assert_outcomes(failed=1)
    assert "FAILED facts/sheet.yaml::clean" in out.stdout.str()


def test_the_sheet_schema_knows_series_checks_and_their_args():
    import jsonschema

    from factcheck.schema import factsheet_schema

    schema = jsonschema.Draft202012Validator(factsheet_schema())
    sheet = {"document": "seeds/doc.txt", "checks": {}}
    for vid in SERIES_VALIDATORS:
        sheet["checks"]["c"] = {"validator": vid, "args": {"dataset": "losses",
                                                           "columns": ["tank"],
                                                           "vintage": "first"}}
        assert not list(schema.iter_errors(sheet)), vid
    for args in ({}, {"dataset": "losses", "vintage": "last"},
                 {"dataset": "losses", "window": 3}):
        sheet["checks"]["c"] = {"validator": "restatement_lag", "args": args}
        assert list(schema.iter_errors(sheet)), args
