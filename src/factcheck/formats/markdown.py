"""The Markdown report (as reports/consistency.md) on stdout."""

from __future__ import annotations

from factcheck.formats.view import View

NAME = "markdown"
HELP = "the report as GitHub-renderable Markdown"


def render(view: View) -> str:
    from factcheck.report import build_report
    from factcheck.report.markdown import render_markdown

    return render_markdown(build_report(view.result))
