"""What `factcheck check` reports for one sheet, as located findings for the editor."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.engine.outcome import Outcome
from factcheck.escape import visible
from factcheck.pipeline import RunResult, focus_view


@dataclass(frozen=True, order=True)
class Finding:
    """A problem or a failing outcome at a 1-based line and column of a sheet."""

    line: int
    column: int
    code: str
    message: str


def _outcome_message(o: Outcome) -> str:
    text = f"{o.name}: {o.verdict}: {o.message}"
    if o.expect != "holds":
        text += f" (expected {o.expect}: {o.reason})"
    return visible(text)


def _code(o: Outcome) -> str:
    return str(o.code or o.verdict)


def findings(result: RunResult, path: Path) -> list[Finding]:
    """The problems and failures of the sheet at ``path`` in ``result``, sorted by place:
    the same set `factcheck check PATH` prints. A claim in conflict is shown at each of
    this sheet's facts that report it."""
    shown = focus_view(result, {path.resolve()})
    if not shown.sheets:
        return []
    sheet = shown.sheets[0]
    out = [Finding(p.line, p.column, p.code, visible(p.message)) for p in sheet.problems]
    out += [Finding(o.line, o.column, _code(o), _outcome_message(o))
            for o in sheet.outcomes if not o.passed]
    for o in shown.claims:
        if o.passed:
            continue
        rows = [r for r in o.result.rows if r.sheet == sheet.rel] if o.result else []
        if not rows and o.sheet == sheet.rel:
            out.append(Finding(o.line, o.column, _code(o), _outcome_message(o)))
        for r in rows:
            column = sheet.loaded.lines.position(("facts", r.fact))[1] if sheet.loaded else 1
            out.append(Finding(r.line, column, _code(o), _outcome_message(o)))
    return sorted(set(out))
