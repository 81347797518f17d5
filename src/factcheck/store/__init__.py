"""The results store: every run's facts, outcomes and claims in an embedded DuckDB file.

:func:`record_run` appends a run under ``.factcheck/`` in the project (a pending file:
recording never opens, imports or locks the database); :func:`connect` opens
``.factcheck/history.duckdb`` after moving the pending runs into it, and
:mod:`factcheck.store.queries` answers questions over them (when a check started
failing, what changed since the previous run, a claim's values over time).
"""

from factcheck.store.record import HISTORY_DIR, HistoryError, connect, db_path, record_run

__all__ = ["HISTORY_DIR", "HistoryError", "connect", "db_path", "record_run"]
