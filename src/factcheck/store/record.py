"""Append one run (its outcomes, facts and claim reports) to the project's DuckDB file."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import os
import pickle
import tempfile
import time
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.escape import visible

HISTORY_DIR = ".factcheck"
DB_NAME = "history.duckdb"
PENDING = "pending"  # runs recorded, not yet moved into the database

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


def _history_dir(root: Path) -> Path:
    """``root/.factcheck`` (created, with a `.gitignore` of its own)."""
    d = root / HISTORY_DIR
    try:
        (d / PENDING).mkdir(parents=True, exist_ok=True)
        ignore = d / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# written by factcheck: run history, never committed\n*\n")
    except OSError as exc:
        raise HistoryError(f"{d}: cannot create: {exc.strerror or exc}") from None
    return d


def connect(root: Path, wait: float = 5.0):
    """A connection to the project's history, with every pending run loaded into it;
    waits up to ``wait`` seconds while another factcheck process holds it."""
    import duckdb

    path = db_path(root)
    pending = sorted((root / HISTORY_DIR / PENDING).glob("*.run"))
    if not path.is_file() and not pending:
        raise HistoryError(f"{path}: no history yet (every `factcheck check` records one)")
    _history_dir(root)
    deadline = time.monotonic() + wait
    while True:
        try:
            con = duckdb.connect(str(path))
            break
        except duckdb.IOException as exc:  # locked by a concurrent reader, or unreadable
            if time.monotonic() >= deadline:
                raise HistoryError(f"{path}: cannot open: {exc}") from None
            time.sleep(0.1)
        except duckdb.Error as exc:
            raise HistoryError(f"{path}: not a factcheck history database: {exc}") from None
    try:
        con.execute(SCHEMA)
        for file in pending:
            _load(con, file)
    except Exception:
        con.close()
        raise
    return con


def _load(con, file: Path) -> None:
    """Move one pending run into the database (in one transaction), then delete it."""
    import pandas as pd

    try:
        run = pickle.loads(file.read_bytes())
    except Exception as exc:  # a torn or foreign file: say which, keep going
        raise HistoryError(f"{file}: not a recorded run ({exc}); delete it") from None
    try:
        con.execute("BEGIN TRANSACTION")
        run_id = con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()[0]
        con.execute("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [run_id, *run["run"]])
        for table in ("outcomes", "facts", "claim_reports"):
            cols = run[table]
            frame = pd.DataFrame({"run_id": [run_id] * len(next(iter(cols.values()))), **cols})
            con.register("incoming", frame)
            con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming")
            con.unregister("incoming")
        con.execute("COMMIT")
    except Exception as exc:
        with contextlib.suppress(Exception):
            con.execute("ROLLBACK")
        raise HistoryError(f"{db_path(file.parent.parent.parent)}: cannot load {file.name}: "
                           f"{exc}") from None
    with contextlib.suppress(OSError):
        file.unlink()


def record_run(result: Any, exit_code: int, root: Path | None = None,
               started: dt.datetime | None = None) -> Path:
    """Append ``result`` (a pipeline RunResult) to the project's history; the file written.

    The run is written as a pending file (plain Python, no database to open or lock, so
    concurrent runs never wait); :func:`connect` moves pending runs into DuckDB in the
    order they were recorded.
    """
    root = root or result.root
    started = started or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    outcomes = _outcome_columns(result)
    run = {"run": [started, __version__, len(result.sheets), len(outcomes["name"]),
                   outcomes["passed"].count(False), len(result.problems), exit_code],
           "outcomes": outcomes, "facts": _fact_columns(result),
           "claim_reports": _report_columns(result)}
    pending = _history_dir(root) / PENDING
    name = f"{time.time_ns():020d}-{os.getpid()}"
    try:
        with tempfile.NamedTemporaryFile("wb", dir=pending, prefix=".", delete=False) as f:
            pickle.dump(run, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.rename(f.name, pending / f"{name}.run")
    except OSError as exc:
        raise HistoryError(f"{pending}: cannot record the run: {exc.strerror or exc}") from None
    return pending / f"{name}.run"


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
    cols = {k: [r[i] for r in rows] for i, k in enumerate(names)}
    for k in ("lower", "upper"):  # exact fractions in the engine, doubles in the store
        cols[k] = [float(x) for x in cols[k]]
    return cols


def _report_columns(result: Any) -> dict[str, list]:
    names = ("key", "scope", "sheet", "line", "fact", "source", "lower", "upper", "unit")
    cols: dict[str, list] = {k: [] for k in names}
    for s in result.sheets:
        cross = s.cross
        for row in cross.claim_rows if cross else ():
            for k in names:
                cols[k].append(_shown(row[k]) if k == "sheet" else row[k])
    for k in ("lower", "upper"):
        cols[k] = [float(x) for x in cols[k]]
    return cols
