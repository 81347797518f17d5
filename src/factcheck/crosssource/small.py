"""Cross-source comparison of a small fact table in plain Python.

The same rules as :func:`factcheck.crosssource.agreement.compare` (and the same
checks as the pandera schema), without importing pandas: a run with a handful of
keyed facts starts in a fraction of the time. :data:`SMALL_TABLE` rows and fewer take
this path; a test keeps both paths' results equal.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

from factcheck.engine.interval import REL_EPS

from .claims import (
    AGREE,
    CONFLICT,
    DEPRECATED,
    SINGLE,
    UNIT_MISMATCH,
    ClaimResult,
    ClaimRow,
    message,
)

SMALL_TABLE = 2000
WHOLE = 2.0**53  # floats hold every whole number up to here exactly


def _whole(x: float) -> bool:
    """A whole number a float holds exactly: compared without slack (1e13 vs 1e13 + 1)."""
    return math.isfinite(x) and x.is_integer() and abs(x) <= WHOLE
RANKS = ("preferred", "normal", "deprecated")


def _check(row: Mapping[str, Any], known: frozenset[str] | None) -> None:
    """The fact-table schema's checks for one row (ValueError naming the row)."""
    where = f"{row.get('sheet')}:{row.get('line')} ({row.get('fact')})"
    for name in ("sheet", "fact", "key", "source", "unit", "quote"):
        if not isinstance(row.get(name), str):
            raise ValueError(f"fact table row {where}: `{name}` must be text")
    lo, hi, tol = (float(row.get(n, 0.0)) for n in ("lower", "upper", "tolerance"))
    if not lo <= hi:
        raise ValueError(f"fact table row {where}: lower_le_upper: lower must be <= upper")
    if not tol >= 0:
        raise ValueError(f"fact table row {where}: tolerance must be >= 0")
    if row.get("rank") not in RANKS:
        raise ValueError(f"fact table row {where}: rank must be one of {', '.join(RANKS)}")
    if not isinstance(row.get("line"), int) or row["line"] < 1:
        raise ValueError(f"fact table row {where}: line must be a positive integer")
    if known is not None and (row["source"] not in known or (
            row.get("via") is not None and row["via"] not in known)):
        raise ValueError(f"fact table row {where}: known_sources: source and via must be "
                         f"one of the {len(known)} known sources")


def group_rows(records: Iterable[Mapping[str, Any]], known_sources: Iterable[str] | None = None
               ) -> dict[tuple[str, str], tuple[ClaimRow, ...]]:
    """Check fact-table rows as the schema does and group them by ``(key, scope)``, each
    group's rows in sheet, line, fact order; groups sorted by key then scope."""
    known = None if known_sources is None else frozenset(known_sources)
    groups: dict[tuple[str, str], list[ClaimRow]] = {}
    seen: set[tuple[str, str]] = set()
    for r in records:
        _check(r, known)
        if (r["sheet"], r["fact"]) in seen:
            raise ValueError(f"fact table row {r['sheet']}:{r['line']}: duplicate sheet/fact")
        seen.add((r["sheet"], r["fact"]))
        groups.setdefault((r["key"], r.get("scope") or ""), []).append(ClaimRow(
            sheet=r["sheet"], line=r["line"], fact=r["fact"], source=r["source"],
            via=r.get("via"), lower=float(r["lower"]), upper=float(r["upper"]),
            unit=r["unit"], rank=r["rank"], quote=r["quote"],
            tolerance=float(r.get("tolerance", 0.0))))
    return {k: tuple(sorted(rows, key=lambda x: (x.sheet, x.line, x.fact)))
            for k, rows in sorted(groups.items())}


def compare_rows(records: Iterable[Mapping[str, Any]],
                 known_sources: Iterable[str] | None = None) -> list[ClaimResult]:
    """Judge every ``(key, scope)`` group of fact-table rows; sorted by key then scope."""
    return [_judge(key, scope, rows)
            for (key, scope), rows in group_rows(records, known_sources).items()]


def _judge(key: str, scope: str, rows: tuple[ClaimRow, ...]) -> ClaimResult:
    compared = [r for r in rows if r.rank != DEPRECATED]
    independent = tuple(sorted({r.origin for r in compared}))
    agreed = None
    if compared and len({r.unit for r in compared}) > 1:
        verdict = UNIT_MISMATCH
    elif len(compared) < 2:
        verdict = SINGLE
    else:
        max_lower = max(r.lower - r.tolerance for r in compared)
        min_upper = min(r.upper + r.tolerance for r in compared)
        slack = 0.0 if _whole(max_lower) and _whole(min_upper) else \
            REL_EPS * max(abs(max_lower), abs(min_upper))
        if max_lower <= min_upper + (slack if math.isfinite(slack) else 0.0):
            verdict, agreed = AGREE, (max_lower, min_upper)
        else:
            verdict = CONFLICT
    return ClaimResult(key, scope, verdict, rows, independent, agreed,
                       message(verdict, rows, independent, agreed))
