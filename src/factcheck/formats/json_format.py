"""The report document (the contract of reports/consistency.json) on stdout."""

from __future__ import annotations

import json

from factcheck.formats.view import View

NAME = "json"
HELP = "the report as JSON (schema/report.schema.json)"


def render(view: View) -> str:
    from factcheck.report import build_report

    return json.dumps(build_report(view.result).to_json_data(), indent=2, ensure_ascii=False) + "\n"
