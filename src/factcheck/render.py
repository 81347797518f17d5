"""Plain-text rendering of outcomes and problems, shared by the CLI and pytest."""

from __future__ import annotations

from factcheck.engine.outcome import Outcome


def failure_text(o: Outcome) -> str:
    """Multi-line account of an outcome: where, what rule, the values substituted."""
    head = f"{o.sheet}:{o.line}: {o.kind} `{o.name}` ({o.rule}) {o.verdict}"
    if o.expect == "violated":
        head += f" (expected violated: {o.reason})"
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
