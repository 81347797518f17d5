"""Append one run (its outcomes, facts and claim reports) to the project's DuckDB file."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import time
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.escape import visible

HISTORY_DIR = ".factcheck"
DB_NAME = "history.duckdb"

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY, started TIMESTAMP, version VARCHAR, sheets INTEGER,
    outcomes INTEGER, failed INTEGER, problems INTEGER, exit_code INTEGER);
CREATE TABLE IF NOT EXISTS outcomes (
    run_id INTEGER, sheet VARCHAR, name VARCHAR, kind VARCHAR, rule VARCHAR, line INTEGER,
    verdict VARCHAR, expect VARCHAR, passed BOOLEAN, message VARCHAR);
CREATE TABLE IF NOT EXISTS facts (
    run_id INTEGER, sheet VARCHAR, fact VARCHAR, key VARCHAR, lower DOUBLE, upper DOUBLE,
    unit VARCHAR, is_date BOOLEAN);
CREATE TABLE IF NOT EXISTS claim_reports (
    run_id INTEGER, key VARCHAR, scope VARCHAR, sheet VARCHAR, line INTEGER, fact VARCHAR,
    source VARCHAR, lower DOUBLE, upper DOUBLE, unit VARCHAR);
"""


class HistoryError(Exception):
    """The history database cannot be opened or written (message names the file)."""


def db_path(root: Path) -> Path:
    return root / HISTORY_DIR / DB_NAME


def connect(root: Path, *, create: bool, wait: float = 5.0):
    """A connection to the project's history (created if ``create``); waits up to
    ``wait`` seconds while another factcheck process holds it."""
    import duckdb

    path = db_path(root)
    if not create and not path.is_file():
        raise HistoryError(f"{path}: no history yet (every `factcheck check` records one)")
    if create:
        try:
            path.parent.mkdir(exist_ok=True)
            ignore = path.parent / ".gitignore"
            if not ignore.exists():
                ignore.write_text("# written by factcheck: run history, never committed\n*\n")
        except OSError as exc:
            raise HistoryError(f"{path.parent}: cannot create: {exc.strerror or exc}") from None
    deadline = time.monotonic() + wait
    while True:
        try:
            con = duckdb.connect(str(path), read_only=not create)
            break
        except duckdb.IOException as exc:  # locked by a concurrent run, or unreadable
            if time.monotonic() >= deadline:
                raise HistoryError(f"{path}: cannot open: {exc}") from None
            time.sleep(0.1)
        except duckdb.Error as exc:
            raise HistoryError(f"{path}: not a factcheck history database: {exc}") from None
    if create:
        con.execute(SCHEMA)
    return con


def record_run(result: Any, exit_code: int, root: Path | None = None,
               started: dt.datetime | None = None) -> int:
    """Append ``result`` (a pipeline RunResult) as a new run; its run id."""
    import pandas as pd

    root = root or result.root
    started = started or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    outcomes = _outcome_columns(result)
    facts = _fact_columns(result)
    reports = _report_columns(result)
    con = connect(root, create=True)
    try:
        con.execute("BEGIN TRANSACTION")
        run_id = con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()[0]
        con.execute("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [run_id, started, __version__, len(result.sheets), len(outcomes["name"]),
                     outcomes["passed"].count(False), len(result.problems), exit_code])
        for table, cols in (("outcomes", outcomes), ("facts", facts),
                            ("claim_reports", reports)):
            frame = pd.DataFrame({"run_id": run_id, **cols} if cols[next(iter(cols))]
                                 else {"run_id": [], **cols})
            con.register("incoming", frame)
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming")
            con.unregister("incoming")
        con.execute("COMMIT")
    except Exception as exc:
        with contextlib.suppress(Exception):
            con.execute("ROLLBACK")
        raise HistoryError(f"{db_path(root)}: cannot record the run: {exc}") from None
    finally:
        con.close()
    return run_id


#: file names as shown (an undecodable byte as \\xNN): the database holds valid text
_shown = functools.lru_cache(maxsize=4096)(visible)


def _outcome_columns(result: Any) -> dict[str, list]:
    every = [o for s in result.sheets for o in s.outcomes]
    every += list(result.claims) + list(result.statements)
    passed = [o.passed for o in every]
    cols: dict[str, list] = {
        "sheet": [_shown(o.sheet) for o in every], "name": [visible(o.name) for o in every],
        "kind": [str(o.kind) for o in every], "rule": [o.rule for o in every],
        "line": [o.line for o in every], "verdict": [str(o.verdict) for o in every],
        "expect": [str(o.expect) for o in every], "passed": passed,
        "message": [None if ok else o.message for o, ok in zip(every, passed, strict=True)]}
    problems = [p for s in result.sheets for p in s.problems]  # they fail like outcomes
    for k, v in (("sheet", [_shown(p.path) for p in problems]),
                 ("name", [f"{p.code}:{p.line}" for p in problems]),
                 ("kind", ["problem"] * len(problems)), ("rule", [p.code for p in problems]),
                 ("line", [p.line for p in problems]), ("verdict", ["error"] * len(problems)),
                 ("expect", ["holds"] * len(problems)), ("passed", [False] * len(problems)),
                 ("message", [p.message for p in problems])):
        cols[k] += v
    return cols


def _fact_columns(result: Any) -> dict[str, list]:
    names = ("sheet", "fact", "key", "lower", "upper", "unit", "is_date")
    rows = [(_shown(s.rel), *row) for s in result.sheets if s.cross
            for row in s.cross.fact_rows]
    return {k: [r[i] for r in rows] for i, k in enumerate(names)}


def _report_columns(result: Any) -> dict[str, list]:
    names = ("key", "scope", "sheet", "line", "fact", "source", "lower", "upper", "unit")
    cols: dict[str, list] = {k: [] for k in names}
    for s in result.sheets:
        cross = s.cross
        for row in cross.claim_rows if cross else ():
            for k in names:
                cols[k].append(_shown(row[k]) if k == "sheet" else row[k])
    return cols
