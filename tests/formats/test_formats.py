"""Every output format of `factcheck check`, from the one registry, on a failing run."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from factcheck.formats import FORMATS, MODULES, get
from factcheck.formats.color import wants_color
from tests.cli.scratch import GOOD, fc, scratch

HERE = Path(__file__).resolve().parent
BAD = GOOD.replace("    value: 31\n", "    value: 51\n")
FINDING = re.compile(r"^(?P<path>[^:\s]+):(?P<line>\d+):(?P<col>\d+): (?P<code>[a-z0-9-]+) ")
DOCUMENTED = GOOD + ("  documented:\n    rule: drones_destroyed > drones_launched\n"
                     "    expect: violated\n    reason: the wire copy swaps the figures\n")


@pytest.fixture
def failing(tmp_path: Path) -> Path:
    return scratch(tmp_path, sheet=BAD)


def check(capsys, monkeypatch, root: Path, *args: str):
    return fc(capsys, monkeypatch, root, "check", "--no-report", *args)


def test_the_registry_names_every_format_module():
    assert FORMATS[0] == "text" and set(FORMATS) == set(MODULES)
    for name in FORMATS:
        mod = get(name)
        assert name == mod.NAME and mod.HELP and callable(mod.render)


def test_text_is_one_finding_per_line_then_the_counts(failing, capsys, monkeypatch):
    r = check(capsys, monkeypatch, failing)
    assert r.code == 1
    lines = r.out.splitlines()
    found = [FINDING.match(ln) for ln in lines[:-1]]
    assert all(found) and len(found) == 2
    assert [(m["path"], m["code"]) for m in found] == [("facts/good.yaml", "ungrounded"),
                                                       ("facts/good.yaml", "violated")]
    assert "66 + 51 = 117 > 114; parts exceed the total by 3 drones [drone-accounting]" in r.out
    assert lines[-1].startswith("1 sheet(s), 3 facts, 2 checks")


def test_quiet_prints_only_findings_and_verbose_adds_documented_discrepancies(
        tmp_path, capsys, monkeypatch):
    scratch(tmp_path, sheet=DOCUMENTED.replace("    value: 31\n", "    value: 51\n"))
    quiet = check(capsys, monkeypatch, tmp_path, "-q")
    assert len(quiet.out.splitlines()) == 2 and all(map(FINDING.match, quiet.out.splitlines()))
    normal = check(capsys, monkeypatch, tmp_path)
    verbose = check(capsys, monkeypatch, tmp_path, "-v")
    assert "as expected" not in normal.out
    extra = [ln for ln in verbose.out.splitlines() if ln not in normal.out.splitlines()]
    assert extra == ["  facts/good.yaml:27: documented violated as expected "
                     "(the wire copy swaps the figures)"]
    r = fc(capsys, monkeypatch, tmp_path, "check", "-q")
    assert "wrote" not in r.err and (tmp_path / "reports").is_dir()


def test_a_discrepancy_that_disappears_is_a_finding(tmp_path, capsys, monkeypatch):
    scratch(tmp_path, sheet=DOCUMENTED.replace("drones_destroyed > drones_launched",
                                               "drones_destroyed < drones_launched"))
    r = check(capsys, monkeypatch, tmp_path, "-q")
    assert r.code == 1
    assert r.out.startswith("facts/good.yaml:27:3: expectation-gone expected violated (the "
                            "wire copy swaps the figures) but it is now holds")


def test_table_is_the_former_default(failing, capsys, monkeypatch):
    r = check(capsys, monkeypatch, failing, "--output-format", "table")
    assert r.out.splitlines()[0].split() == ["where", "what", "why"]
    assert "facts/good.yaml:23" in r.out and "violated: 66 + 51 = 117 > 114" in r.out


def test_json_is_the_report(failing, capsys, monkeypatch):
    data = json.loads(check(capsys, monkeypatch, failing, "--output-format", "json").out)
    assert data["schema_version"] == 1 and data["summary"]["passed"] is False


def test_github_annotations_each_on_a_line_of_their_own(failing, capsys, monkeypatch):
    r = check(capsys, monkeypatch, failing, "--output-format", "github")
    lines = r.out.splitlines()
    assert lines[:2] == [
        "::error file=facts/good.yaml,line=21,col=1,title=ungrounded%3A quote%3Adecoys_lost::"
        "value 51 is not written in the quote \"a further 31 decoy drones failed to reach their "
        "destination\"; fix the value or quote the words that carry it",
        "::error file=facts/good.yaml,line=23,col=3,title=violated%3A drone-accounting::"
        "66 + 51 = 117 > 114; parts exceed the total by 3 drones"]
    assert not lines[2].startswith("::")


def test_sheet_text_cannot_forge_a_workflow_command(tmp_path, capsys, monkeypatch):
    evil = BAD.replace('quote: "a further 31 decoy drones failed to reach their destination"',
                       'quote: "a further 31 decoy\\n::warning::forged\\n drones"')
    scratch(tmp_path, sheet=evil)
    for fmt in ("github", "text", "table"):
        out = check(capsys, monkeypatch, tmp_path, "--output-format", fmt).out
        assert not any(ln.lstrip().startswith("::warning") for ln in out.splitlines()), fmt


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.Draft7Validator:
    schema = json.loads((HERE / "sarif-schema-2.1.0.json").read_text("utf-8"))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema, format_checker=jsonschema.FormatChecker())


def test_sarif_is_valid_against_the_official_schema(failing, capsys, monkeypatch,
                                                     sarif_validator):
    (failing / "facts" / "bad sheet.yaml").write_text("document: [\n")
    r = check(capsys, monkeypatch, failing, "--output-format", "sarif")
    log = json.loads(r.out)
    errors = [e.message for e in sarif_validator.iter_errors(log)]
    assert errors == []
    run = log["runs"][0]
    rules = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert rules == ["ungrounded", "violated", "yaml-syntax"]
    where = [(res["ruleId"], res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
              res["locations"][0]["physicalLocation"]["region"]["startLine"])
             for res in run["results"]]
    assert where == [("yaml-syntax", "facts/bad%20sheet.yaml", 2),
                     ("ungrounded", "facts/good.yaml", 21), ("violated", "facts/good.yaml", 23)]
    assert all(rules[res["ruleIndex"]] == res["ruleId"] for res in run["results"])


def test_sarif_of_a_passing_run_is_valid_and_empty(tmp_path, capsys, monkeypatch,
                                                    sarif_validator):
    scratch(tmp_path)
    log = json.loads(check(capsys, monkeypatch, tmp_path, "--output-format", "sarif").out)
    assert list(sarif_validator.iter_errors(log)) == []
    assert log["runs"][0]["results"] == []


def test_sarif_validation_catches_a_broken_log(sarif_validator):
    """The vendored schema is strict enough to matter."""
    assert list(sarif_validator.iter_errors({"version": "2.1.0", "runs": [{"tool": {}}]}))
    assert list(sarif_validator.iter_errors({"version": "2.0.0", "runs": []}))


def test_junit_has_a_case_per_item_and_survives_control_characters(tmp_path, capsys,
                                                                    monkeypatch):
    evil = DOCUMENTED.replace("    value: 31\n", "    value: 51\n").replace(
        "reason: the wire copy", 'reason: "\\x1b[2J the wire copy')
    evil = evil.replace("swaps the figures\n", 'swaps the figures"\n', 1)
    scratch(tmp_path, sheet=evil)
    (tmp_path / "facts" / "broken.yaml").write_text("document: [\n")
    r = check(capsys, monkeypatch, tmp_path, "--output-format", "junit")
    suite = ET.fromstring(r.out.split("\n", 1)[1]).find("testsuite")
    cases = suite.findall("testcase")
    assert suite.get("tests") == str(len(cases)) == "7"
    assert (suite.get("failures"), suite.get("errors"), suite.get("skipped")) == ("2", "1", "1")
    failed = {c.get("name"): c.find("failure").get("type") for c in cases
              if c.find("failure") is not None}
    assert failed == {"quote:decoys_lost": "ungrounded", "drone-accounting": "violated"}
    skipped = next(c.find("skipped") for c in cases if c.find("skipped") is not None)
    assert skipped.get("message") == "expected violated: \\x1b[2J the wire copy swaps the figures"


def test_colour_follows_the_terminal_no_color_and_force_color():
    class Tty:
        def isatty(self):
            return True

    assert wants_color(Tty(), {}) is True
    assert wants_color(Tty(), {"NO_COLOR": "1"}) is False
    assert wants_color(sys.stdout, {"FORCE_COLOR": "1"}) is True
    assert wants_color(Tty(), {"NO_COLOR": "1", "FORCE_COLOR": "1"}) is False
    assert wants_color(Tty(), {"NO_COLOR": ""}) is True  # empty means unset


def test_colour_in_the_real_command(failing):
    def run(**env):
        return subprocess.run([sys.executable, "-m", "factcheck", "check", "--no-report"],
                              cwd=failing, capture_output=True, text=True, timeout=120,
                              env={"PATH": "/usr/bin:/bin", **env}).stdout

    plain, forced = run(), run(FORCE_COLOR="1")
    assert "\x1b[" not in plain
    assert "\x1b[1mfacts/good.yaml:23:3\x1b[0m: \x1b[31mviolated\x1b[0m 66 + 51" in forced
    assert "\x1b[" not in run(FORCE_COLOR="1", NO_COLOR="1")


def test_sarif_uris_are_references_relative_to_the_project_or_absolute_file_uris():
    from factcheck.formats.sarif import uri

    assert uri("facts/a b#1.yaml") == "facts/a%20b%231.yaml"
    assert uri("/srv/outside/x.yaml") == "file:///srv/outside/x.yaml"
    assert uri("facts/bad\udcff.yaml") == "facts/bad%FF.yaml"  # an undecodable file name byte
