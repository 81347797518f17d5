"""The cross-sheet verdicts as one SQL query, run by DuckDB or by Apache Spark.

:func:`factcheck.crosssource.small.compare_rows` judges claim groups in Python; the
same rules written once in SQL let a table that does not fit in memory be judged out
of core by DuckDB (the default for large tables) or across a cluster by Spark
(``pip install 'pytest-factcheck[spark]'``). The query reads a table ``facts`` with the
fact-table columns (``key, scope, source, via, lower, upper, unit, rank, tolerance``)
and returns one row per ``(key, scope)``: how many reports were compared, how many
independent sources, how many units, and the interval every report allows. The
verdict follows the Python rules exactly:

- deprecated reports are not compared;
- more than one unit among the compared reports: ``unit_mismatch``;
- fewer than two compared reports: ``single``;
- otherwise ``agree`` when ``max(lower - tolerance) <= min(upper + tolerance)``,
  with a relative slack of ``REL_EPS`` only where an endpoint is not a whole
  number a float holds exactly (unit conversions); else ``conflict``.

The query is plain ANSI SQL (``CASE`` inside aggregates, no dialect functions), so the
two engines run the same text; a test asserts both give the Python verdicts.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from factcheck.engine.interval import REL_EPS

from .claims import (
    AGREE,
    CONFLICT,
    DEPRECATED,
    SINGLE,
    UNIT_MISMATCH,
    ClaimResult,
    message,
)
from .small import WHOLE, group_rows

__all__ = ["COLUMNS", "ENGINES", "JUDGE_SQL", "Verdict", "compare_rows_sql", "judge_duckdb",
           "judge_spark"]

ENGINES = ("duckdb", "spark")

#: fact-table columns the query reads, in the order :func:`judge_duckdb` loads them
COLUMNS = ("key", "scope", "source", "via", "lower", "upper", "unit", "rank", "tolerance")

_COMPARED = "rank <> 'deprecated'"

JUDGE_SQL = f"""
WITH groups AS (
  SELECT key, scope,
    SUM(CASE WHEN {_COMPARED} THEN 1 ELSE 0 END) AS compared,
    COUNT(DISTINCT CASE WHEN {_COMPARED} THEN COALESCE(via, source) END) AS independent,
    COUNT(DISTINCT CASE WHEN {_COMPARED} THEN unit END) AS units,
    MAX(CASE WHEN {_COMPARED} THEN lower - tolerance END) AS max_lower,
    MIN(CASE WHEN {_COMPARED} THEN upper + tolerance END) AS min_upper
  FROM facts
  GROUP BY key, scope
), slack AS (
  SELECT *,
    CASE WHEN max_lower = FLOOR(max_lower) AND ABS(max_lower) <= {WHOLE!r}
          AND min_upper = FLOOR(min_upper) AND ABS(min_upper) <= {WHOLE!r} THEN 0.0
         WHEN ABS(max_lower) > 1e308 OR ABS(min_upper) > 1e308 THEN 0.0
         ELSE {REL_EPS!r} * GREATEST(ABS(max_lower), ABS(min_upper)) END AS eps
  FROM groups
)
SELECT key, scope, compared, independent, units,
  CASE WHEN units > 1 THEN '{UNIT_MISMATCH}'
       WHEN compared < 2 THEN '{SINGLE}'
       WHEN max_lower <= min_upper + eps THEN '{AGREE}'
       ELSE '{CONFLICT}' END AS verdict,
  CASE WHEN units <= 1 AND compared >= 2 AND max_lower <= min_upper + eps
       THEN max_lower END AS agreed_lower,
  CASE WHEN units <= 1 AND compared >= 2 AND max_lower <= min_upper + eps
       THEN min_upper END AS agreed_upper
FROM slack
ORDER BY key, scope
"""


@dataclass(frozen=True)
class Verdict:
    """One ``(key, scope)`` group as the query judges it."""

    key: str
    scope: str
    compared: int
    independent: int
    units: int
    verdict: str
    agreed: tuple[float, float] | None


def _verdicts(rows: Iterable[Sequence[Any]]) -> list[Verdict]:
    out = []
    for key, scope, compared, independent, units, verdict, lo, hi in rows:
        agreed = None if lo is None else (float(lo), float(hi))
        out.append(Verdict(key, scope, int(compared), int(independent), int(units), verdict,
                           agreed))
    return out


def _records(rows: Iterable[Mapping[str, Any]]) -> list[tuple]:
    return [(r["key"], r.get("scope") or "", r["source"], r.get("via"), float(r["lower"]),
             float(r["upper"]), r["unit"], r["rank"], float(r.get("tolerance", 0.0)))
            for r in rows]


_INSERT_COLUMNS = "INSERT INTO facts SELECT " + ", ".join(
    f"UNNEST(${i}::{'DOUBLE' if c in ('lower', 'upper', 'tolerance') else 'VARCHAR'}[])"
    for i, c in enumerate(COLUMNS, 1))


def judge_duckdb(rows: Iterable[Mapping[str, Any]] | None = None, *, source: str | None = None,
                 connection: Any = None) -> list[Verdict]:
    """Judge fact-table ``rows`` (dicts), or the table DuckDB reads from ``source`` (a
    Parquet or CSV path, read out of core), with :data:`JUDGE_SQL`."""
    import duckdb

    con = connection or duckdb.connect()
    try:
        if source is not None:
            reader = "read_parquet" if source.endswith(".parquet") else "read_csv_auto"
            literal = "'" + source.replace("'", "''") + "'"  # views take no parameters
            con.execute(f"CREATE OR REPLACE TEMP VIEW facts AS SELECT * FROM {reader}({literal})")
        else:
            con.execute("CREATE OR REPLACE TEMP TABLE facts (key VARCHAR, scope VARCHAR, "
                        "source VARCHAR, via VARCHAR, lower DOUBLE, upper DOUBLE, "
                        "unit VARCHAR, rank VARCHAR, tolerance DOUBLE)")
            records = _records(rows or ())
            if records:  # one statement, a list per column (executemany is a row a statement)
                con.execute(_INSERT_COLUMNS, [list(c) for c in zip(*records, strict=True)])
        return _verdicts(con.execute(JUDGE_SQL).fetchall())
    finally:
        if connection is None:
            con.close()


def judge_spark(rows: Iterable[Mapping[str, Any]], spark: Any = None) -> list[Verdict]:
    """Judge fact-table ``rows`` with :data:`JUDGE_SQL` on Apache Spark (local mode when
    no session is given)."""
    from pyspark.sql import SparkSession
    from pyspark.sql.types import DoubleType, StringType, StructField, StructType

    session = spark or SparkSession.builder.master("local[2]").appName("factcheck") \
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4") \
        .getOrCreate()
    schema = StructType([StructField(c, DoubleType() if c in ("lower", "upper", "tolerance")
                                     else StringType(), c in ("via",)) for c in COLUMNS])
    frame = session.createDataFrame(_records(rows), schema)
    frame.createOrReplaceTempView("facts")
    return _verdicts(tuple(r) for r in session.sql(JUDGE_SQL).collect())


def compare_rows_sql(records: Iterable[Mapping[str, Any]], engine: str = "duckdb",
                     known_sources: Iterable[str] | None = None) -> list[ClaimResult]:
    """:func:`factcheck.crosssource.small.compare_rows`, judged by ``engine``'s SQL.

    The rows are checked as the Python path checks them; the verdicts come from the
    query; the rows, independent sources and wording are attached per group."""
    records = list(records)
    groups = group_rows(records, known_sources)
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
    judged = judge_duckdb(records) if engine == "duckdb" else judge_spark(records)
    out = []
    for v in judged:
        rows = groups[(v.key, v.scope)]
        independent = tuple(sorted({r.origin for r in rows if r.rank != DEPRECATED}))
        out.append(ClaimResult(v.key, v.scope, v.verdict, rows, independent, v.agreed,
                               message(v.verdict, rows, independent, v.agreed)))
    return out
