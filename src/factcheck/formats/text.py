"""The default output: one finding per line, ``file:line:col: CODE message``, then counts.

The same shape as compilers and linters print, so editors and CI problem matchers
jump to the line. Every field is escaped for the terminal (no controls, no
workflow commands); colour only marks the location and the code.
"""

from __future__ import annotations

from factcheck.escape import terminal
from factcheck.formats.color import paint
from factcheck.formats.findings import Finding, expected
from factcheck.formats.view import View
from factcheck.render import summary_line

NAME = "text"
HELP = "one finding per line: file:line:col: CODE message (default)"


def _line(f: Finding, color: bool) -> str:
    where = paint(terminal(f.location), "bold", color)
    code = paint(terminal(f.code), "red", color)
    item = f" [{terminal(f.title)}]" if f.title != f.code else ""
    return f"{where}: {code} {terminal(f.message)}{item}"


def render(view: View) -> str:
    lines = [_line(f, view.color) for f in view.findings]
    if view.verbosity > 0:
        lines += [f"  {terminal(o.location)}: {terminal(o.name)} {terminal(o.verdict)} as "
                  f"expected ({terminal(o.reason or '')})" for o in expected(view.result)]
    if view.verbosity >= 0:
        from factcheck.pipeline import summary_counts

        summary = summary_line(summary_counts(view.result))
        style = "yellow" if view.findings else "green"
        lines.append(paint(terminal(summary), style, view.color))
    return "".join(line + "\n" for line in lines)
