"""Findings: every problem and failing outcome of a run as one typed, located record.

Every output format renders this list; nothing parses a message back.
"""

from __future__ import annotations

from dataclasses import dataclass

from factcheck.engine.outcome import HOLDS, Kind, Outcome
from factcheck.pipeline import RunResult
from factcheck.verdicts import Verdict

#: codes of failing outcomes (problem codes come from the loader and the engine)
VIOLATED, UNGROUNDED, CONFLICT, UNIT_MISMATCH = "violated", "ungrounded", "conflict", \
    "unit-mismatch"
EXPECTATION_GONE = "expectation-gone"
ERROR = "internal"  # an error outcome without a code: a bug
FINDING_CODES = frozenset({VIOLATED, UNGROUNDED, CONFLICT, EXPECTATION_GONE})


@dataclass(frozen=True)
class Finding:
    """One thing to fix, at ``path:line:column``; ``title`` names the item (check id...)."""

    path: str
    line: int
    column: int
    code: str
    message: str
    title: str
    kind: str  # problem, check, grounding, claim

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


def outcome_code(o: Outcome) -> str:
    """The code of a failing outcome."""
    if o.expect != HOLDS and o.verdict != o.expect:
        return EXPECTATION_GONE
    if o.verdict == Verdict.error:
        return o.code or (UNIT_MISMATCH if o.kind == Kind.claim else ERROR)
    return {Verdict.violated: VIOLATED, Verdict.ungrounded: UNGROUNDED,
            Verdict.conflict: CONFLICT}.get(Verdict(o.verdict), str(o.verdict))


def outcome_message(o: Outcome) -> str:
    """What a failing outcome says: its verdict's detail, or why the expectation is gone."""
    if o.expect != HOLDS and o.verdict != o.expect:
        return (f"expected {o.expect} ({o.reason or 'no reason given'}) but it is now "
                f"{o.verdict}: {o.message}; remove the `expect` if the discrepancy is gone")
    return o.message


def findings(result: RunResult) -> list[Finding]:
    """Problems, then failing outcomes, in the run's (deterministic) order."""
    out = [Finding(p.path, p.line, p.column, p.code, p.message, p.code, "problem")
           for p in result.problems]
    out += [Finding(o.sheet, o.line, o.column, outcome_code(o), outcome_message(o), o.name,
                    str(o.kind)) for o in result.failures]
    return out


def expected(result: RunResult) -> list[Outcome]:
    """Outcomes that fail as documented (`expect` with a reason): shown under -v."""
    return [o for o in result.outcomes if o.expect != HOLDS and o.passed]
