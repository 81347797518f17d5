"""Markdown report (GitHub-renderable): tabulate `pipe` tables, cells escaped."""

from __future__ import annotations

from typing import Any

from tabulate import tabulate

from factcheck import escape
from factcheck.report.model import Report, Sheet

ICON = {"holds": "✅ holds", "holds within rounding": "☑️ holds within rounding",
        "violated": "❌ violated", "error": "⚠️ error", "grounded": "✅", "ungrounded": "❌",
        "agree": "✅ agree", "conflict": "❌ conflict", "single": "· single",
        "disputed": "⚖️ disputed", "affirmed": "affirmed", "denied": "denied"}


def cell(x: Any) -> str:
    """A table cell or inline text (see :func:`factcheck.escape.markdown`); None is empty."""
    return escape.markdown(x)


def table(headers: list[str], rows: list[list[Any]]) -> str:
    return tabulate([[cell(c) for c in r] for r in rows], headers=headers, tablefmt="pipe",
                    disable_numparse=True)


def _verdict(v: str, expect: str = "holds") -> str:
    text = ICON.get(v, v)
    return text + " (expected)" if expect == "violated" and v == "violated" else text


def render_markdown(report: Report) -> str:
    s = report.summary
    out = ["# Consistency report", "",
           f"factcheck {cell(report.tool.version)} · report schema {report.schema_version}"
           + (f" · run {cell(report.run_id)}" if report.run_id else ""),
           "", "## Summary", ""]
    out.append(table(["sheets", "facts", "checks", "holds", "within rounding", "violated",
                      "errors", "ungrounded quotes", "problems", "claims (conflict)",
                      "disputed statements"],
                     [[s.sheets, s.facts, s.checks, s.holds, s.holds_within_rounding,
                       s.violated, s.errors, s.ungrounded, s.problems,
                       f"{s.claims} ({s.claims_conflict})", s.statements_disputed]]))
    out += ["", "**Result: " + ("all checks pass" if s.passed else
                               f"{s.failed + s.problems} failing") + "**", ""]
    for sh in report.sheets:
        out += _sheet(sh)
    if report.cross_source:
        out += ["## Cross-source agreement", ""]
        rows = []
        for c in report.cross_source:
            values = "; ".join(f"{r.source}{' via ' + r.via if r.via else ''}: "
                               f"{r.value}{' (deprecated)' if r.rank == 'deprecated' else ''}"
                               f" ({r.sheet}:{r.line})" for r in c.reports)
            rows.append([c.key + (f" [{c.scope}]" if c.scope else ""),
                         ", ".join(c.independent_sources), values, _verdict(c.verdict)])
        out += [table(["claim", "independent sources", "values", "verdict"], rows), ""]
    if report.statements:
        out += ["## Statements", ""]
        rows = []
        for st in report.statements:
            def side(xs):
                return "; ".join(f"{x.source}: “{x.quote}” ({x.sheet}:{x.line})" for x in xs)
            rows.append([st.text or st.key, _verdict(st.verdict), side(st.affirm),
                         side(st.deny)])
        out += [table(["statement", "verdict", "affirmed by", "denied by"], rows), ""]
    return "\n".join(out).rstrip() + "\n"


def _sheet(sh: Sheet) -> list[str]:
    out = [f"## {cell(sh.path)}", ""]
    if sh.problems:
        out += [table(["line", "problem", "what to change"],
                      [[p.line, p.code, p.message] for p in sh.problems]), ""]
    if sh.facts is None:
        return out
    out += [f"Document: {escape.markdown_code(sh.document)}" + (
        f" · published {cell(sh.published)}" if sh.published else ""), ""]
    if sh.title:
        out += [f"*{cell(sh.title)}*", ""]
    if sh.checks:
        out += ["### Checks", ""]
        rows = [[c.id, c.line, c.rule, _verdict(c.verdict, c.expect), c.message]
                for c in sh.checks]
        out += [table(["check", "line", "rule", "verdict", "arithmetic"], rows), ""]
    out += ["### Facts", ""]
    rows = []
    for f in sh.facts:
        value = f.value
        if isinstance(value, list):
            value = f"[{value[0]}, {value[1]}]"
        g = f.grounding
        rows.append([f.id, f.line, value, f.unit, f.meaning, f.interval, f.source,
                     ICON.get(g.verdict, "") if g else "", f.quote])
    out += [table(["fact", "line", "value", "unit", "meaning", "interval", "source", "quote ok",
                   "quote"], rows), ""]
    bad = [[f.id, f.line, f.grounding.message] for f in sh.facts
           if f.grounding and f.grounding.verdict != "grounded"]
    bad += [[x.id, x.line, x.message] for x in sh.stance_grounding or ()
            if x.verdict != "grounded"]
    if bad:
        out += ["### Ungrounded quotes", ""]
        out += [table(["item", "line", "message"], bad), ""]
    cov = sh.coverage
    if cov:
        out += [f"Coverage: {cov.covered} of {cov.mentions} numeric mentions "
                f"({cov.share * 100:.0f}%) are covered by a fact.", ""]
        if cov.uncovered:
            out += [table(["uncovered mention", "kind", "offset"],
                          [[u.text, u.kind, u.offset] for u in cov.uncovered]), ""]
    return out
