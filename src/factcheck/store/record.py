"""Append one run (its outcomes, facts and claim reports) to the project's DuckDB file.

A run is recorded as references to per-sheet results, each stored once by the hash of
what decided it (the sheet's cache key and its documents' hashes): a rerun that
changed nothing adds one row per sheet to ``run_results``, not every outcome again.
The cross-sheet stage's outcomes are a result of their own. Queries read the views
``outcomes``, ``facts`` and ``claim_reports``, which join the runs to their results
(rows recorded per run by an earlier version are in ``run_outcomes`` and the like).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import pickle
import tempfile
import time
from pathlib import Path
from typing import Any

from factcheck import __version__
from factcheck.result_columns import column_rows, outcome_columns, sheet_columns
from factcheck.sheets import stored_columns

HISTORY_DIR = ".factcheck"
DB_NAME = "history.duckdb"
PENDING = "pending"  # runs recorded, not yet moved into the database

SCHEMA = """
CREATE TABLE IF NOT EXISTS runs (
    run_id INTEGER PRIMARY KEY, started TIMESTAMP, version VARCHAR, sheets INTEGER,
    outcomes INTEGER, failed INTEGER, problems INTEGER, exit_code INTEGER);
CREATE TABLE IF NOT EXISTS run_outcomes (
    run_id INTEGER, sheet VARCHAR, name VARCHAR, kind VARCHAR, rule VARCHAR, line INTEGER,
    verdict VARCHAR, expect VARCHAR, passed BOOLEAN, message VARCHAR);
CREATE TABLE IF NOT EXISTS run_facts (
    run_id INTEGER, sheet VARCHAR, fact VARCHAR, key VARCHAR, lower DOUBLE, upper DOUBLE,
    unit VARCHAR, is_date BOOLEAN);
CREATE TABLE IF NOT EXISTS run_claim_reports (
    run_id INTEGER, key VARCHAR, scope VARCHAR, sheet VARCHAR, line INTEGER, fact VARCHAR,
    source VARCHAR, lower DOUBLE, upper DOUBLE, unit VARCHAR);
CREATE TABLE IF NOT EXISTS results (result_key VARCHAR PRIMARY KEY);
CREATE TABLE IF NOT EXISTS run_results (run_id INTEGER, result_key VARCHAR);
CREATE TABLE IF NOT EXISTS result_outcomes (
    result_key VARCHAR, sheet VARCHAR, name VARCHAR, kind VARCHAR, rule VARCHAR,
    line INTEGER, verdict VARCHAR, expect VARCHAR, passed BOOLEAN, message VARCHAR);
CREATE TABLE IF NOT EXISTS result_facts (
    result_key VARCHAR, sheet VARCHAR, fact VARCHAR, key VARCHAR, lower DOUBLE,
    upper DOUBLE, unit VARCHAR, is_date BOOLEAN);
CREATE TABLE IF NOT EXISTS result_claim_reports (
    result_key VARCHAR, key VARCHAR, scope VARCHAR, sheet VARCHAR, line INTEGER,
    fact VARCHAR, source VARCHAR, lower DOUBLE, upper DOUBLE, unit VARCHAR);
"""
TABLES = {"outcomes": "sheet, name, kind, rule, line, verdict, expect, passed, message",
          "facts": "sheet, fact, key, lower, upper, unit, is_date",
          "claim_reports": "key, scope, sheet, line, fact, source, lower, upper, unit"}
VIEWS = "".join(f"""
CREATE OR REPLACE VIEW {t} AS
    SELECT run_id, {cols} FROM run_{t}
    UNION ALL SELECT rr.run_id, {", ".join("x." + c.strip() for c in cols.split(","))}
    FROM run_results rr JOIN result_{t} x USING (result_key);""" for t, cols in TABLES.items())
KNOWN = "results.known"  # result keys already in a recorded run, one a line"""


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
    pending = _pending(root / HISTORY_DIR / PENDING)
    if not path.is_file() and not pending:
        raise HistoryError(f"{path}: no history yet (every `factcheck check` records one)")
    if not path.is_file():  # a new database: later runs record every result again
        with contextlib.suppress(OSError):
            (root / HISTORY_DIR / KNOWN).unlink()
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
        _migrate(con)
        con.execute(SCHEMA)
        con.execute(VIEWS)
        for file in pending:
            _load(con, file)
    except Exception:
        con.close()
        raise
    return con


def _pending(directory: Path) -> list[Path]:
    """Recorded runs not yet in the database, oldest first, each after its parts."""
    return sorted([*directory.glob("*.part"), *directory.glob("*.run")],
                  key=lambda f: f.name)


def _migrate(con) -> None:
    """A database of an earlier version: its per-run tables take their new names."""
    tables = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables "
                                        "WHERE table_type = 'BASE TABLE'").fetchall()}
    for t in TABLES:
        if t in tables and f"run_{t}" not in tables:
            con.execute(f"ALTER TABLE {t} RENAME TO run_{t}")


def _load(con, file: Path) -> None:
    """Move one pending run into the database (in one transaction), then delete it."""
    try:
        run = pickle.loads(file.read_bytes())
    except Exception as exc:  # a torn or foreign file: say which, keep going
        raise HistoryError(f"{file}: not a recorded run ({exc}); delete it") from None
    try:
        con.execute("BEGIN TRANSACTION")
        new = [k for k in run.get("new", {}) if not con.execute(
            "SELECT 1 FROM results WHERE result_key = ?", [k]).fetchone()]
        results = [_unpickled(run["new"][k]) for k in new]
        for table in TABLES:
            cols = _concat([r[table] for r in results], new)
            _insert(con, f"result_{table}", cols)
        _insert(con, "results", {"result_key": new})
        if "run" in run:  # else a part: results of a run recorded next
            run_id = con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM runs").fetchone()[0]
            con.execute("INSERT INTO runs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        [run_id, *run["run"]])
            for table in TABLES:  # a run recorded by an earlier version: its rows as they are
                if table in run:
                    n = len(run[table]["key" if table == "claim_reports" else "sheet"])
                    _insert(con, f"run_{table}", {"run_id": [run_id] * n, **run[table]})
            refs = run.get("results", [])
            _insert(con, "run_results", {"run_id": [run_id] * len(refs), "result_key": refs})
        con.execute("COMMIT")
    except Exception as exc:
        with contextlib.suppress(Exception):
            con.execute("ROLLBACK")
        raise HistoryError(f"{db_path(file.parent.parent.parent)}: cannot load {file.name}: "
                           f"{exc}") from None
    with contextlib.suppress(OSError):
        file.unlink()


def _unpickled(cols: dict | bytes) -> dict:
    """A result's columns as recorded: pickled apart when a worker made them."""
    return pickle.loads(cols) if isinstance(cols, bytes) else cols


def _insert(con, table: str, cols: dict[str, list]) -> None:
    import pandas as pd

    if not next(iter(cols.values())):
        return
    con.register("incoming", pd.DataFrame(cols))
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM incoming")
    con.unregister("incoming")


def _concat(parts: list[dict[str, list]], keys: list[str]) -> dict[str, list]:
    """Columns of several results, each row tagged with its ``result_key``."""
    out: dict[str, list] = {"result_key": []}
    for key, cols in zip(keys, parts, strict=True):
        n = len(next(iter(cols.values())))
        out["result_key"] += [key] * n
        for k, v in cols.items():
            out.setdefault(k, []).extend(v)
    return out


def record_run(result: Any, exit_code: int, root: Path | None = None,
               started: dt.datetime | None = None) -> Path:
    """Append ``result`` (a pipeline RunResult) to the project's history; the file written.

    The run is written as a pending file (plain Python, no database to open or lock, so
    concurrent runs never wait); :func:`connect` moves pending runs into DuckDB in the
    order they were recorded. Results recorded by earlier runs are referenced by key
    (their outcomes are not read back); new ones are written in parts of at most
    :data:`PART_RESULTS` results (:data:`PART_ROWS` rows) as they are read, so memory
    holds one part at a time.
    """
    root = root or result.root
    started = started or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    directory = _history_dir(root)
    known_file = directory / KNOWN
    try:
        known = set(known_file.read_text(encoding="ascii").split())
    except (OSError, UnicodeDecodeError):
        known = set()
    pending = directory / PENDING
    name = f"{time.time_ns():020d}-{os.getpid()}"
    parts = _Parts(pending, name, known)
    refs: list[str] = []
    for s in result.sheets:
        key = _sheet_key(s)
        cols = None
        if key is None:
            cols = sheet_columns(s)
            key = _content_key(cols)
        if parts.wants(key):
            stored = None if cols else stored_columns(s)
            if stored is not None:  # pickled by the worker: written as it is
                parts.add(key, *stored)
            else:
                parts.add(key, cols or sheet_columns(s))
        refs.append(key)
    if not _cross_parts(result, parts, refs):  # not stored in parts: one result
        cols = _cross_columns(list(result.claims) + list(result.statements))
        key = _content_key(cols)
        refs.append(key)
        if parts.wants(key):
            parts.add(key, cols)
    summary = result.cross_summary
    outcomes = sum(s.summary.outcomes + len(s.problems) for s in result.sheets) + \
        summary.claims + summary.statements
    failed = sum(len(s.summary.failing) + len(s.problems) for s in result.sheets) + \
        len(summary.failing)
    run = {"run": [started, __version__, len(result.sheets), outcomes, failed,
                   len(result.problems), exit_code], "results": refs, "new": parts.batch}
    try:
        with tempfile.NamedTemporaryFile("wb", dir=pending, prefix=".", delete=False) as f:
            pickle.dump(run, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.rename(f.name, pending / f"{name}.run")
        if parts.new:
            with open(known_file, "a", encoding="ascii") as k:
                k.write("".join(f"{key}\n" for key in parts.new))
    except OSError as exc:
        raise HistoryError(f"{pending}: cannot record the run: {exc.strerror or exc}") from None
    return pending / f"{name}.run"


#: new results (and rows of them) a pending part holds before it is written
PART_RESULTS = 500
PART_ROWS = 50_000


class _Parts:
    """The new results of a run being recorded, written in parts ``NAME.NNNNNN.part``
    (loaded before the run ``NAME.run`` itself) as they fill."""

    def __init__(self, directory: Path, name: str, known: set[str]) -> None:
        self.dir, self.name, self.known = directory, name, known
        self.batch: dict[str, dict] = {}
        self.rows = 0  # outcome, fact and claim rows in the batch
        self.new: list[str] = []  # every new result's key, in order
        self.written = 0

    def wants(self, key: str) -> bool:
        return key not in self.known

    def add(self, key: str, cols: dict | bytes, rows: int | None = None) -> None:
        """A new result's columns (or their pickle, holding ``rows`` rows)."""
        self.known.add(key)
        self.new.append(key)
        self.batch[key] = cols
        self.rows += column_rows(cols) if rows is None else rows  # type: ignore[arg-type]
        if len(self.batch) >= PART_RESULTS or self.rows >= PART_ROWS:
            self._write()

    def _write(self) -> None:
        target = self.dir / f"{self.name}.{self.written:06d}.part"
        try:
            with tempfile.NamedTemporaryFile("wb", dir=self.dir, prefix=".",
                                             delete=False) as f:
                pickle.dump({"new": self.batch}, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.rename(f.name, target)
        except OSError as exc:
            raise HistoryError(f"{self.dir}: cannot record the run: "
                               f"{exc.strerror or exc}") from None
        self.batch = {}
        self.rows = 0
        self.written += 1


def _digest(*parts: str) -> str:
    h = hashlib.blake2b(digest_size=20)
    for p in parts:
        h.update(p.encode("utf-8", "backslashreplace") + b"\0")
    return h.hexdigest()


def _sheet_key(s: Any) -> str | None:
    """What decided a cached sheet's result (None: not cached, hash its columns)."""
    if s.key is None:
        return None
    return "s" + _digest(s.key, *(f"{p}={d}" for p, d in s.deps))


def _cross_parts(result: Any, parts: _Parts, refs: list[str]) -> bool:
    """The cross-sheet stage's outcomes as results, one per stored file (claim shard,
    statements), added to ``refs`` (and the new ones to ``parts``): only the files not
    recorded before are read, one at a time. False if they are not stored."""
    stored = result.cross.parts() if result.cross is not None else []
    if not stored:
        return False
    keys = []
    for name, read in stored:
        key = "c" + name
        if parts.wants(key):
            outcomes = read()
            if outcomes is None:  # a file gone meanwhile (those read stay, unreferenced)
                return False
            parts.add(key, _cross_columns(outcomes))
        keys.append(key)
    refs += keys
    return True


def _content_key(cols: dict[str, dict[str, list]]) -> str:
    return "h" + hashlib.blake2b(pickle.dumps(cols, protocol=pickle.HIGHEST_PROTOCOL),
                                 digest_size=20).hexdigest()


def _cross_columns(outcomes: list) -> dict[str, dict[str, list]]:
    """Cross-sheet outcomes (claims, statements) as a result of their own."""
    facts = ("sheet", "fact", "key", "lower", "upper", "unit", "is_date")
    reports = ("key", "scope", "sheet", "line", "fact", "source", "lower", "upper", "unit")
    return {"outcomes": outcome_columns(outcomes, []),
            "facts": {k: [] for k in facts}, "claim_reports": {k: [] for k in reports}}
