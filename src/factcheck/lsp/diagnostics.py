"""What `factcheck check` reports for one sheet, as located findings for the editor."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.engine.outcome import Outcome
from factcheck.escape import visible
from factcheck.pipeline import RunResult, focus_view


@dataclass(frozen=True, order=True)
class Related:
    """A place a finding refers to: another sheet's report of a claim, a check's input."""

    path: Path
    line: int
    message: str


@dataclass(frozen=True, order=True)
class Finding:
    """A problem or a failing outcome at a 1-based line and column of a sheet."""

    line: int
    column: int
    code: str
    message: str
    related: tuple[Related, ...] = ()


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
    for o in sheet.outcomes:
        if not o.passed:
            inputs = tuple(Related(path, i.line, visible(
                f"{i.name} = {i.reported} ({i.meaning}; {i.interval})")) for i in o.inputs)
            out.append(Finding(o.line, o.column, _code(o), _outcome_message(o), inputs))
    for o in shown.claims:
        if o.passed:
            continue
        rows = o.result.rows if o.result else []
        mine = [r for r in rows if r.sheet == sheet.rel]
        others = tuple(Related(result.root / r.sheet, r.line, visible(
            f"{r.fact} ({r.source}): {r.quote}")) for r in rows if r.sheet != sheet.rel)
        if not mine and o.sheet == sheet.rel:
            out.append(Finding(o.line, o.column, _code(o), _outcome_message(o), others))
        for r in mine:
            column = sheet.loaded.lines.position(("facts", r.fact))[1] if sheet.loaded else 1
            out.append(Finding(r.line, column, _code(o), _outcome_message(o), others))
    return sorted(set(out))
