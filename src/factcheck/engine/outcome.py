"""Outcome records: what every check, grounding and comparison came to."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from factcheck.verdicts import PASSING, Verdict

# Short names of the verdicts every outcome kind uses.
HOLDS = Verdict.holds
WITHIN = Verdict.within_rounding
VIOLATED = Verdict.violated
ERROR = Verdict.error
AGREE = Verdict.agree
CONFLICT = Verdict.conflict
SINGLE = Verdict.single
DISPUTED = Verdict.disputed
GROUNDED = Verdict.grounded
UNGROUNDED = Verdict.ungrounded


@dataclass(frozen=True)
class Input:
    """A value a check used: as reported, as an interval, with its meaning and unit."""

    name: str
    reported: str
    interval: str
    meaning: str
    unit: str
    line: int


class Kind(StrEnum):
    """What an outcome is about."""

    check = "check"
    grounding = "grounding"
    claim = "claim"
    statement = "statement"


@dataclass
class Outcome:
    """One verdict, with structured references to what it is about.

    Nothing downstream reads ``name`` or ``message`` back: a grounding outcome names
    its ``fact`` (or ``stance``) and the ``span`` of its quote, an error its problem
    ``code``, a claim or statement its comparison ``result``.
    """

    kind: Kind
    sheet: str
    name: str
    line: int
    rule: str  # validator id, 'expr', 'grounding' or 'cross-source'
    verdict: str
    message: str
    column: int = 1
    expression: str = ""
    substituted: str = ""
    recomputed: list[tuple[str, str]] = field(default_factory=list)
    inputs: list[Input] = field(default_factory=list)
    expect: str = HOLDS
    reason: str | None = None
    description: str | None = None  # check: what the editor says it checks
    fact: str | None = None  # grounding: the fact whose quote this is
    stance: tuple[str, int] | None = None  # grounding: (statement id, stance index)
    span: tuple[int, int] | None = None  # grounding: the quote's place in the document
    note: str | None = None  # check: what the validator adds (e.g. the remainder)
    code: str | None = None  # error: the problem code (factcheck.codes)
    result: Any = None  # claim/statement: the cross-source comparison result

    @property
    def nodeid(self) -> str:
        return f"{self.sheet}::{self.name}"

    @property
    def passed(self) -> bool:
        """Passing means: as expected. An expected violation passes while violated, an
        expected ungrounded quote (a misprint in the source) while ungrounded."""
        if self.expect != HOLDS:
            return self.verdict == self.expect
        return self.verdict in PASSING

    @property
    def location(self) -> str:
        return f"{self.sheet}:{self.line}"
