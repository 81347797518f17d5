"""Plain-text rendering of outcomes and problems, shared by the CLI and pytest."""

from __future__ import annotations

from factcheck.engine.outcome import Outcome


def failure_text(o: Outcome) -> str:
    """Multi-line account of an outcome: where, what rule, the values substituted."""
    head = f"{o.sheet}:{o.line}: {o.kind} `{o.name}` ({o.rule}) {o.verdict}"
    if o.expect != "holds":
        head += f" (expected {o.expect}: {o.reason})"
    lines = [head]
    if o.expression:
        lines.append(f"  rule:     {o.expression}" if o.kind == "check"
                     else f"  quote:    {o.expression}")
    lines.append(f"  result:   {o.message}")
    for side, value in o.recomputed:
        lines.append(f"  recomputed: {side} -> {value}")
    for i in o.inputs:
        lines.append(f"  input:    {i.name} = {i.reported} ({i.meaning}; {i.interval}) "
                     f"at line {i.line}")
    return "\n".join(lines)


def text_summary(result, s: dict) -> str:
    """Compact terminal output: failures with file:line and arithmetic, then counts."""
    from tabulate import tabulate

    out = []
    rows = [[f"{p.path}:{p.line}:{p.column}", p.code, p.message] for p in result.problems]
    rows += [[o.location, o.name, f"{o.verdict}: {o.message}"] for o in result.failures]
    if rows:
        out.append(tabulate(rows, headers=["where", "what", "why"], tablefmt="simple",
                            disable_numparse=True, maxcolwidths=[None, 36, 90]))
        out.append("")
    out.append(f"{s['sheets']} sheet(s), {s['facts']} facts, {s['checks']} checks: "
               f"{s['holds']} hold, {s['holds_within_rounding']} hold within rounding, "
               f"{s['violated']} violated ({s['expected_violations']} expected), "
               f"{s['errors']} errors; {s['quotes'] - s['ungrounded']}/{s['quotes']} quotes "
               f"grounded; {s['claims']} claims ({s['claims_conflict']} in conflict); "
               f"{s['statements_disputed']} disputed statement(s); "
               f"{s['problems']} problem(s)")
    return "\n".join(out) + "\n"
