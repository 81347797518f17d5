"""The table of failures (where, what, why) and the counts: the former default."""

from __future__ import annotations

from factcheck.formats.view import View
from factcheck.render import text_summary

NAME = "table"
HELP = "a table of failures (where, what, why) and the counts"


def render(view: View) -> str:
    from factcheck.pipeline import summary_counts

    text = text_summary(view.result, summary_counts(view.result))
    if view.verbosity < 0:  # quiet: the table without the counts
        return text.rsplit("\n", 2)[0] + "\n" if view.findings else ""
    return text
