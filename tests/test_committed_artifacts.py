"""What is committed is current: the reports, the schemas, and sheets that match them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from factcheck.load.yaml_tree import parse_yaml
from factcheck.pipeline import run
from factcheck.report import build_report, documents
from factcheck.report.json_schema import REPORT_SCHEMA
from factcheck.report.write import render_all
from factcheck.schema import report_schema_text, schema_text
from tests.conftest import REPO

SHEETS = sorted((REPO / "facts").glob("*.yaml"))


def test_there_are_sheets():
    assert SHEETS


def test_committed_schemas_are_current():
    assert (REPO / "schema" / "factsheet.schema.json").read_text() == schema_text(), \
        "schema/ is stale: run `factcheck schema`"
    assert (REPO / "schema" / "report.schema.json").read_text() == report_schema_text()


@pytest.mark.parametrize("sheet", SHEETS, ids=lambda p: p.name)
def test_sheet_validates_against_exported_schema(sheet: Path):
    text = sheet.read_text()
    assert text.startswith("# yaml-language-server: $schema=../schema/factsheet.schema.json")
    schema = json.loads((REPO / "schema" / "factsheet.schema.json").read_text())
    data, _ = parse_yaml(text)
    jsonschema.validate(json.loads(json.dumps(data, default=str)), schema)


def test_exported_schema_rejects_misspelled_fields():
    schema = json.loads((REPO / "schema" / "factsheet.schema.json").read_text())
    bad = {"document": "seeds/x.txt", "facts": {"a": {"value": 1, "quote": "1", "unti": "x"}}}
    with pytest.raises(jsonschema.ValidationError, match="unti"):
        jsonschema.validate(bad, schema)


def test_committed_reports_are_current():
    result = run([REPO / "facts"], REPO)
    committed_json = json.loads((REPO / "reports" / "consistency.json").read_text())
    # the run time is the one thing that differs between two runs of the same sheets
    report = build_report(result).model_copy(
        update={"elapsed_seconds": committed_json.get("elapsed_seconds")})
    rendered = render_all(report, documents(result), source_href="..")
    for name, text in rendered.items():
        committed = (REPO / "reports" / name).read_text()
        assert committed == text, \
            f"reports/{name} is stale: run `make run` (or `factcheck report`) and commit it"
    pages = {f"sheets/{p.name}" for p in (REPO / "reports" / "sheets").iterdir()}
    assert pages == {name for name in rendered if name.startswith("sheets/")}


def test_report_matches_its_json_schema():
    report = json.loads((REPO / "reports" / "consistency.json").read_text())
    jsonschema.validate(report, REPORT_SCHEMA)
    assert report["summary"]["passed"] is True
