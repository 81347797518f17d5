"""Qualitative statements: does a claim stand, fall, or is it disputed?

Each :class:`StanceRow` says that a source affirms or denies a statement.
Rows are grouped by statement; reprints (``via``) count under their origin, so
one origin repeated by ten outlets is still one voice.  A statement is
``disputed`` when both stances occur among its independent origins, else
``affirmed`` or ``denied``.  Pure Python: no pandas needed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .attribution import Attributed

AFFIRMS = "affirms"
DENIES = "denies"
STANCES: tuple[str, ...] = (AFFIRMS, DENIES)

AFFIRMED = "affirmed"
DENIED = "denied"
DISPUTED = "disputed"
STATEMENT_VERDICTS: tuple[str, ...] = (AFFIRMED, DENIED, DISPUTED)


@dataclass(frozen=True)
class StanceRow(Attributed):
    """One source's stance on a statement (``statement`` is the statement key)."""

    statement: str
    sheet: str
    line: int
    source: str
    via: str | None
    stance: str
    quote: str

    def __post_init__(self) -> None:
        if self.stance not in STANCES:
            raise ValueError(f"stance must be one of {STANCES}, not {self.stance!r}")


@dataclass(frozen=True)
class StatementResult:
    """The verdict on one statement, with the rows of each side."""

    statement: str
    verdict: str
    affirms: tuple[StanceRow, ...]
    denies: tuple[StanceRow, ...]
    affirming_sources: tuple[str, ...]  # independent origins
    denying_sources: tuple[str, ...]
    message: str


def _who(row: StanceRow) -> str:
    return row.source if row.via is None else f"{row.source} (via {row.via})"


def _side(rows: tuple[StanceRow, ...]) -> str:
    return ", ".join(f"{_who(r)} ({r.location})" for r in rows)


def judge_statements(rows: Iterable[StanceRow]) -> list[StatementResult]:
    """One :class:`StatementResult` per statement, sorted by statement key."""
    groups: dict[str, list[StanceRow]] = {}
    for row in rows:
        groups.setdefault(row.statement, []).append(row)

    results = []
    for statement in sorted(groups):
        ordered = sorted(groups[statement], key=lambda r: (r.sheet, r.line, r.source))
        affirms = tuple(r for r in ordered if r.stance == AFFIRMS)
        denies = tuple(r for r in ordered if r.stance == DENIES)
        pro = tuple(sorted({r.origin for r in affirms}))
        con = tuple(sorted({r.origin for r in denies}))
        if pro and con:
            verdict = DISPUTED
            message = f"disputed: affirmed by {_side(affirms)}; denied by {_side(denies)}"
        elif pro:
            verdict = AFFIRMED
            message = f"affirmed by {_side(affirms)}"
        else:
            verdict = DENIED
            message = f"denied by {_side(denies)}"
        results.append(
            StatementResult(
                statement=statement,
                verdict=verdict,
                affirms=affirms,
                denies=denies,
                affirming_sources=pro,
                denying_sources=con,
                message=message,
            )
        )
    return results
