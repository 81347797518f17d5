"""Write every report format atomically into the reports directory."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from factcheck.report.atomic import write_atomic

FORMATS = ("json", "markdown", "html")
FILES = {"json": "consistency.json", "markdown": "consistency.md", "html": "index.html"}


def render(report: dict[str, Any], fmt: str, documents: dict[str, str] | None = None) -> str:
    """One format of the report; ``documents`` (path -> text) lets HTML highlight quotes."""
    if fmt == "json":
        return json.dumps(report, indent=2, ensure_ascii=False, sort_keys=False) + "\n"
    if fmt == "markdown":
        from factcheck.report.markdown import render_markdown

        return render_markdown(report)
    if fmt == "html":
        from factcheck.report.html import render_html

        return render_html(report, documents)
    raise ValueError(fmt)


def write_reports(report: dict[str, Any], directory: Path,
                  formats: tuple[str, ...] = FORMATS,
                  documents: dict[str, str] | None = None) -> list[Path]:
    """Render each format first, then write each file atomically; returns the paths."""
    rendered = {f: render(report, f, documents) for f in formats}
    out = []
    for f, text in rendered.items():
        path = directory / FILES[f]
        write_atomic(path, text)
        out.append(path)
    return out
