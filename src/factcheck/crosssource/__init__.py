"""Cross-source agreement: do independent sources report the same numbers?

The long fact table (one row per fact, see :data:`COLUMNS`) is validated with a
pandera schema and grouped by ``(key, scope)``; each group is judged
``agree`` / ``conflict`` / ``single`` / ``unit_mismatch``.  Qualitative
statements are judged ``affirmed`` / ``denied`` / ``disputed``.

This package is the only part of factcheck that imports pandas and pandera.
Importing :mod:`factcheck.crosssource` itself stays cheap: names are resolved
lazily on first attribute access.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .agreement import VERDICTS, ClaimResult, ClaimRow, compare, compare_frame, results_for
    from .schema import COLUMNS, FACT_TABLE_SCHEMA, RANKS, fact_table, fact_table_schema
    from .statements import StanceRow, StatementResult, judge_statements

_EXPORTS: dict[str, str] = {
    "ClaimRow": "agreement",
    "ClaimResult": "agreement",
    "compare": "agreement",
    "compare_frame": "agreement",
    "results_for": "agreement",
    "VERDICTS": "agreement",
    "COLUMNS": "schema",
    "RANKS": "schema",
    "FACT_TABLE_SCHEMA": "schema",
    "fact_table_schema": "schema",
    "fact_table": "schema",
    "StanceRow": "statements",
    "StatementResult": "statements",
    "judge_statements": "statements",
}

__all__ = [
    "COLUMNS",
    "FACT_TABLE_SCHEMA",
    "RANKS",
    "VERDICTS",
    "ClaimResult",
    "ClaimRow",
    "StanceRow",
    "StatementResult",
    "compare",
    "compare_frame",
    "fact_table",
    "fact_table_schema",
    "judge_statements",
    "results_for",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
