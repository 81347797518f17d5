"""Questions over the recorded runs, answered in SQL with typed rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    run_id: int
    started: dt.datetime
    sheets: int
    outcomes: int
    failed: int
    problems: int
    exit_code: int


@dataclass(frozen=True)
class Change:
    """An outcome whose verdict differs between two runs (None: absent from that run)."""

    sheet: str
    name: str
    before: str | None
    after: str | None
    passed: bool | None
    message: str | None


@dataclass(frozen=True)
class Failing:
    """An outcome failing in the latest run, and since when."""

    sheet: str
    name: str
    since_run: int
    since: dt.datetime
    last_passed_run: int | None
    message: str | None


@dataclass(frozen=True)
class ClaimValue:
    """One report of a claim in one run."""

    run_id: int
    started: dt.datetime
    sheet: str
    source: str
    lower: float
    upper: float
    unit: str
    verdict: str | None


def runs(con, last: int = 20) -> list[Run]:
    """The latest ``last`` runs, newest first."""
    rows = con.execute("SELECT run_id, started, sheets, outcomes, failed, problems, exit_code "
                       "FROM runs ORDER BY run_id DESC LIMIT ?", [last]).fetchall()
    return [Run(*r) for r in rows]


def _latest_two(con) -> tuple[int | None, int | None]:
    ids = [r[0] for r in con.execute(
        "SELECT run_id FROM runs ORDER BY run_id DESC LIMIT 2").fetchall()]
    return (ids[0] if ids else None), (ids[1] if len(ids) > 1 else None)


def changes(con, before: int | None = None, after: int | None = None) -> list[Change]:
    """Outcomes whose verdict differs from run ``before`` to run ``after`` (default: the
    previous run and the latest), including outcomes that appeared or went away."""
    latest, previous = _latest_two(con)
    after = after if after is not None else latest
    before = before if before is not None else previous
    if after is None or before is None:
        return []
    rows = con.execute("""
        WITH a AS (SELECT * FROM outcomes WHERE run_id = ?),
             b AS (SELECT * FROM outcomes WHERE run_id = ?)
        SELECT coalesce(b.sheet, a.sheet), coalesce(b.name, a.name), a.verdict, b.verdict,
               b.passed, b.message
        FROM a FULL OUTER JOIN b ON a.sheet = b.sheet AND a.name = b.name
        WHERE a.verdict IS DISTINCT FROM b.verdict OR a.passed IS DISTINCT FROM b.passed
        ORDER BY 1, 2""", [before, after]).fetchall()
    return [Change(*r) for r in rows]


def failing(con, pattern: str | None = None) -> list[Failing]:
    """Outcomes failing in the latest run (names or sheets matching the glob ``pattern``),
    with the first run of their current failing streak."""
    latest, _ = _latest_two(con)
    if latest is None:
        return []
    glob = pattern or "*"
    rows = con.execute("""
        WITH now AS (
            SELECT sheet, name, message FROM outcomes
            WHERE run_id = ? AND NOT passed
              AND (name GLOB ? OR sheet GLOB ? OR sheet || '::' || name GLOB ?)),
        passes AS (
            SELECT o.sheet, o.name, max(o.run_id) AS last_pass FROM outcomes o
            JOIN now USING (sheet, name) WHERE o.passed GROUP BY o.sheet, o.name),
        streak AS (
            SELECT o.sheet, o.name, min(o.run_id) AS since_run FROM outcomes o
            JOIN now USING (sheet, name) LEFT JOIN passes p USING (sheet, name)
            WHERE NOT o.passed AND o.run_id > coalesce(p.last_pass, 0)
            GROUP BY o.sheet, o.name)
        SELECT now.sheet, now.name, s.since_run, r.started, p.last_pass, now.message
        FROM now JOIN streak s USING (sheet, name) JOIN runs r ON r.run_id = s.since_run
        LEFT JOIN passes p USING (sheet, name)
        ORDER BY s.since_run, now.sheet, now.name""", [latest, glob, glob, glob]).fetchall()
    return [Failing(*r) for r in rows]


def claim_values(con, key: str, last: int = 20) -> list[ClaimValue]:
    """Every report of claim ``key`` in the latest ``last`` runs, oldest first."""
    rows = con.execute("""
        WITH recent AS (SELECT run_id, started FROM runs ORDER BY run_id DESC LIMIT ?)
        SELECT c.run_id, r.started, c.sheet, c.source, c.lower, c.upper, c.unit, o.verdict
        FROM claim_reports c JOIN recent r USING (run_id)
        LEFT JOIN outcomes o ON o.run_id = c.run_id AND o.kind = 'claim'
             AND o.name = 'claim:' || c.key || CASE WHEN c.scope = '' THEN ''
                                                  ELSE '[' || c.scope || ']' END
        WHERE c.key = ?
        ORDER BY c.run_id, c.sheet, c.line""", [last, key]).fetchall()
    return [ClaimValue(*r) for r in rows]
