"""GitHub Actions workflow commands: one ``::error`` annotation per finding.

Each annotation is a line of its own; the counts follow on a line that cannot be
read as a command. The runner shows at most 10 error annotations per step, so
further findings are summed up in one ``::warning``.
"""

from __future__ import annotations

from factcheck.ci import Failure, annotations
from factcheck.escape import terminal
from factcheck.formats.view import View
from factcheck.render import summary_line

NAME = "github"
HELP = "GitHub Actions annotations (::error file=...,line=...::message)"


def render(view: View) -> str:
    failures = [Failure(f.path, f.line, f.title, f.message, column=f.column, code=f.code)
                for f in view.findings]
    lines = annotations(failures)
    if view.verbosity >= 0:
        from factcheck.pipeline import summary_counts

        lines.append(terminal(summary_line(summary_counts(view.result))))
    return "".join(line + "\n" for line in lines)
