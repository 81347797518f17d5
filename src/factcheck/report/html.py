"""HTML report: placeholder until the full page lands; escapes everything."""

from __future__ import annotations

import html
import json
from typing import Any


def render_html(report: dict[str, Any]) -> str:
    body = html.escape(json.dumps(report["summary"], indent=2))
    return f"<!doctype html><meta charset=utf-8><title>factcheck</title><pre>{body}</pre>\n"
