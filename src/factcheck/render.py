"""Plain-text rendering of outcomes and problems, shared by the CLI and pytest.

Sheet and document text is untrusted: every field goes through
:func:`factcheck.escape.visible` and every block through :func:`factcheck.escape.no_commands`.
"""

from __future__ import annotations

from factcheck.engine.outcome import Outcome
from factcheck.escape import no_commands
from factcheck.escape import visible as v


def failure_text(o: Outcome) -> str:
    """Multi-line account of an outcome: where, what rule, the values substituted."""
    head = f"{v(o.sheet)}:{o.line}: {o.kind} `{v(o.name)}` ({v(o.rule)}) {v(o.verdict)}"
    if o.expect != "holds":
        head += f" (expected {v(o.expect)}: {v(o.reason)})"
    lines = [head]
    if o.expression:
        lines.append(f"  rule:     {v(o.expression)}" if o.kind == "check"
                     else f"  quote:    {v(o.expression)}")
    lines.append(f"  result:   {v(o.message)}")
    for side, value in o.recomputed:
        lines.append(f"  recomputed: {v(side)} -> {v(value)}")
    for i in o.inputs:
        lines.append(f"  input:    {v(i.name)} = {v(i.reported)} ({v(i.meaning)}; "
                     f"{v(i.interval)}) at line {i.line}")
    return no_commands("\n".join(lines))


def problem_text(p) -> str:
    """A :class:`factcheck.problems.Problem` as one safe line."""
    return no_commands(v(str(p)))


def text_summary(result, s: dict) -> str:
    """Compact terminal output: failures with file:line and arithmetic, then counts."""
    from tabulate import tabulate

    out = []
    rows = [[f"{v(p.path)}:{p.line}:{p.column}", v(p.code), v(p.message)]
            for p in result.problems]
    rows += [[v(o.location), v(o.name), f"{v(o.verdict)}: {v(o.message)}"]
             for o in result.failures]
    if rows:
        out.append(tabulate(rows, headers=["where", "what", "why"], tablefmt="simple",
                            disable_numparse=True, maxcolwidths=[None, 36, 90]))
        out.append("")
    out.append(summary_line(s))
    return no_commands("\n".join(out) + "\n")


def summary_line(s: dict) -> str:
    """The counts of a run (from :func:`factcheck.report.build.summarize`) on one line."""
    return (f"{s['sheets']} sheet(s), {s['facts']} facts, {s['checks']} checks: "
            f"{s['holds']} hold, {s['holds_within_rounding']} hold within rounding, "
            f"{s['violated']} violated ({s['expected_violations']} expected), "
            f"{s['errors']} errors; {s['quotes'] - s['ungrounded']}/{s['quotes']} quotes "
            f"grounded; {s['claims']} claims ({s['claims_conflict']} in conflict); "
            f"{s['statements_disputed']} disputed statement(s); "
            f"{s['problems']} problem(s)")
