"""The results store: every run's facts, outcomes and claims in an embedded DuckDB file.

:func:`record_run` appends a run to ``.factcheck/history.duckdb`` under the project;
:mod:`factcheck.store.queries` answers questions over the runs recorded (when a check
started failing, what changed since the previous run, a claim's values over time).
"""

from factcheck.store.record import HISTORY_DIR, HistoryError, connect, db_path, record_run

__all__ = ["HISTORY_DIR", "HistoryError", "connect", "db_path", "record_run"]
