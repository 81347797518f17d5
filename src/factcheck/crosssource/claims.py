"""Claim rows and results, and how a verdict is worded: no pandas, so a handful of
rows is compared without importing it (:mod:`factcheck.crosssource.small`)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from factcheck.verdicts import Verdict

from .attribution import Attributed

AGREE = Verdict.agree.value
CONFLICT = Verdict.conflict.value
SINGLE = Verdict.single.value
UNIT_MISMATCH = Verdict.unit_mismatch.value
#: Possible verdicts of a claim group.
VERDICTS: tuple[str, ...] = (AGREE, CONFLICT, SINGLE, UNIT_MISMATCH)

DEPRECATED = "deprecated"


@dataclass(frozen=True)
class ClaimRow(Attributed):
    """One report of a claim: a row of the fact table."""

    sheet: str
    line: int
    fact: str
    source: str
    via: str | None
    lower: float
    upper: float
    unit: str
    rank: str
    quote: str
    tolerance: float = 0.0


@dataclass(frozen=True)
class ClaimResult:
    """The verdict on one ``(key, scope)`` group."""

    key: str
    scope: str
    verdict: str
    rows: tuple[ClaimRow, ...]
    independent_sources: tuple[str, ...]
    agreed: tuple[float, float] | None
    message: str

    @property
    def compared(self) -> tuple[ClaimRow, ...]:
        """The rows that took part in the comparison (not deprecated)."""
        return tuple(r for r in self.rows if r.rank != DEPRECATED)


def _num(x: float) -> str:
    if math.isfinite(x) and float(x).is_integer() and abs(x) < 1e15:
        return str(int(x))
    return format(float(x), ".12g")


def _value(lower: float, upper: float) -> str:
    return _num(lower) if lower == upper else f"{_num(lower)} to {_num(upper)}"


def _who(row: ClaimRow) -> str:
    return row.source if row.via is None else f"{row.source} (via {row.via})"


#: a conflict among more reports than this is told value by value (B4: 5,000 reports
#: made one 290 KB line)
MAX_LISTED = 12


def _by_value(rows: list[ClaimRow]) -> str:
    """'4,999 reports say 114 (first: s_0 at facts/s_0.yaml:6), s_9 says 115 (...)'."""
    groups: dict[str, list[ClaimRow]] = {}
    for r in rows:
        groups.setdefault(_value(r.lower, r.upper), []).append(r)
    parts = [_says(rs[0]) if len(rs) == 1 else
             f"{len(rs):,} reports say {value} (first: {_who(rs[0])}, {rs[0].location})"
             for value, rs in list(groups.items())[:MAX_LISTED]]
    if len(groups) > MAX_LISTED:
        parts.append(f"and {len(groups) - MAX_LISTED:,} more values")
    return ", ".join(parts)


def _says(row: ClaimRow, with_unit: bool = False) -> str:
    value = _value(row.lower, row.upper)
    if with_unit:
        value = f"{value} {row.unit}"
    return f"{_who(row)} says {value} ({row.location})"


def message(
    verdict: str,
    rows: tuple[ClaimRow, ...],
    independent: tuple[str, ...],
    agreed: tuple[float, float] | None,
) -> str:
    compared = [r for r in rows if r.rank != DEPRECATED]
    if verdict == CONFLICT:
        text = (", ".join(_says(r) for r in compared) if len(compared) <= MAX_LISTED
                else _by_value(compared))
    elif verdict == UNIT_MISMATCH:
        text = "units differ: " + ", ".join(_says(r, with_unit=True) for r in compared)
    elif verdict == AGREE:
        assert agreed is not None
        plural = "s" if len(independent) != 1 else ""
        text = (
            f"{_value(*agreed)} ({len(compared)} reports, {len(independent)} "
            f"independent source{plural}: {', '.join(independent)})"
        )
    elif compared:
        text = f"only {_says(compared[0])}"
    else:
        text = "no comparable report (all deprecated)"
    deprecated = [r for r in rows if r.rank == DEPRECATED]
    if deprecated:
        text += "; not compared (deprecated): " + ", ".join(_says(r) for r in deprecated)
    return text
