"""JSON Schema of fact sheets, generated from the pydantic model for editors."""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.report.atomic import write_atomic

SCHEMA_ID = "https://factcheck.invalid/schema/factsheet.schema.json"


def factsheet_schema() -> dict:
    """The JSON Schema; free-form maps (sources, facts, checks) reject unknown fields."""
    from factcheck.api.model import Sheet

    schema = Sheet.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "factcheck fact sheet"
    return schema


def schema_text() -> str:
    return json.dumps(factsheet_schema(), indent=2, sort_keys=True) + "\n"


def report_schema_text() -> str:
    from factcheck.report.json_schema import REPORT_SCHEMA

    return json.dumps(REPORT_SCHEMA, indent=2, sort_keys=True) + "\n"


def write_schema(path: Path | None) -> str:
    """Write the fact-sheet schema to ``path`` and the report schema beside it."""
    text = schema_text()
    if path is not None:
        write_atomic(path, text)
        write_atomic(path.parent / "report.schema.json", report_schema_text())
    return text
