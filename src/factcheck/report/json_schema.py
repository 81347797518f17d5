"""JSON Schema of reports/consistency.json, generated from the typed report model."""

from __future__ import annotations

from typing import Any

from factcheck.report.model import report_schema

REPORT_SCHEMA: dict[str, Any] = report_schema()
