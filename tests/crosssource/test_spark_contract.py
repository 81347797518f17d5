""":func:`judge_spark` against a stand-in for the part of Spark it uses, without a JVM.

The normal suite runs the real thing (``test_sql_engines.py``); a Spark session takes
seconds to start, too slow to run for every mutant under ``make mutate``. The stand-in
keeps Spark's contract for ``createDataFrame`` (every value matches its field's type;
``None`` only in a nullable field), registers the frame as a view under the name given
and answers ``sql(...).collect()`` with DuckDB, so the schema, the view, the query and
the conversion of its rows are all judge_spark's own."""

from __future__ import annotations

import math
from typing import Any

import duckdb
import pytest

pytest.importorskip("pyspark")

from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql.types import DoubleType, StringType  # noqa: E402

from factcheck.crosssource.small import compare_rows  # noqa: E402
from factcheck.crosssource.sql import (  # noqa: E402
    compare_rows_sql,
    judge_duckdb,
    judge_spark,
)

_SQL_TYPE = {DoubleType(): "DOUBLE", StringType(): "VARCHAR"}
_PY_TYPE = {DoubleType(): float, StringType(): str}


class _Frame:
    def __init__(self, session: _Session, records: list[tuple], schema: Any) -> None:
        self.session, self.records, self.schema = session, records, schema

    def createOrReplaceTempView(self, name: str) -> None:  # noqa: N802 (Spark's name)
        self.session.views[name] = self


class _Result:
    def __init__(self, rows: list[tuple]) -> None:
        self.rows = rows

    def collect(self) -> list[tuple]:
        return self.rows


class _Session:
    def __init__(self) -> None:
        self.views: dict[str, _Frame] = {}

    def createDataFrame(self, records: list[tuple], schema: Any) -> _Frame:  # noqa: N802
        for record in records:
            assert len(record) == len(schema.fields)
            for value, field in zip(record, schema.fields, strict=True):
                if value is None:  # as Spark's verifySchema does
                    if not field.nullable:
                        raise ValueError(f"field {field.name}: This field is not nullable, "
                                         "but got None")
                else:
                    assert isinstance(value, _PY_TYPE[field.dataType]), (field, value)
        return _Frame(self, list(records), schema)

    def sql(self, text: str) -> _Result:
        con = duckdb.connect()
        for name, frame in self.views.items():
            columns = ", ".join(f"{f.name} {_SQL_TYPE[f.dataType]}" for f in frame.schema.fields)
            con.execute(f"CREATE TABLE {name} ({columns})")
            if frame.records:
                marks = ", ".join("?" for _ in frame.schema.fields)
                con.executemany(f"INSERT INTO {name} VALUES ({marks})", frame.records)
        return _Result(con.execute(text).fetchall())


def _row(i: int, key: str, lower: float, upper: float, *, via: str | None = None,
         rank: str = "normal", unit: str = "drone", tolerance: float = 0.0,
         scope: str | None = "") -> dict:
    return {"sheet": "s.yaml", "line": i + 1, "fact": f"f{i}", "key": key, "scope": scope,
            "source": f"src{i}", "via": via, "lower": lower, "upper": upper, "unit": unit,
            "rank": rank, "quote": "q", "tolerance": tolerance}


ROWS = [
    _row(0, "a", 1e15, 1e15), _row(1, "a", 1e15, math.inf, via="wire"),
    _row(2, "b", 1e15, 1e15), _row(3, "b", 1e15 + 1, 1e15 + 1),
    _row(4, "c", 5.0, 5.0), _row(5, "c", 9.0, 9.0, rank="deprecated"),
    _row(6, "d", 3, 4, tolerance=0.5, scope=None), _row(7, "d", 4.5, 6, scope=None),
    _row(8, "e", 1, 1), _row(9, "e", 1, 1, unit="km"),
]


def test_judge_spark_gives_the_duckdb_verdicts_on_a_session_it_is_given():
    got = judge_spark(ROWS, _Session())
    assert got == judge_duckdb(ROWS)
    assert [(v.key, v.scope, v.compared, v.independent, v.units, v.verdict, v.agreed)
            for v in got] == [
        ("a", "", 2, 2, 1, "agree", (1e15, 1e15)),
        ("b", "", 2, 2, 1, "conflict", None),
        ("c", "", 1, 1, 1, "single", None),
        ("d", "", 2, 2, 1, "agree", (4.5, 4.5)),  # 4 + 0.5 meets 4.5
        ("e", "", 2, 2, 2, "unit_mismatch", None),
    ]
    assert all(type(v.compared) is int and type(v.independent) is int for v in got)
    assert all(type(x) is float for v in got if v.agreed for x in v.agreed)


def test_a_row_without_a_key_is_refused_not_judged_as_a_null_group():
    with pytest.raises(ValueError, match="field key: This field is not nullable"):
        judge_spark([{**ROWS[0], "key": None}], _Session())
    assert judge_spark([ROWS[1]], _Session())[0].independent == 1  # via may be None or not


def test_an_empty_table_has_no_verdicts():
    assert judge_spark([], _Session()) == []


class _Builder:
    def __init__(self, session: _Session) -> None:
        self.session, self.calls = session, []

    def master(self, value: str) -> _Builder:
        self.calls.append(("master", value))
        return self

    def appName(self, value: str) -> _Builder:  # noqa: N802
        self.calls.append(("appName", value))
        return self

    def config(self, key: str, value: str) -> _Builder:
        self.calls.append((key, value))
        return self

    def getOrCreate(self) -> _Session:  # noqa: N802
        return self.session


def test_without_a_session_spark_runs_locally_on_two_cores_without_its_web_ui(monkeypatch):
    builder = _Builder(_Session())
    monkeypatch.setattr(SparkSession, "builder", builder)
    assert judge_spark(ROWS) == judge_duckdb(ROWS)
    assert builder.calls == [("master", "local[2]"), ("appName", "factcheck"),
                             ("spark.ui.enabled", "false"),
                             ("spark.sql.shuffle.partitions", "4")]


def test_compare_rows_sql_on_spark_uses_spark_and_gives_the_python_results(monkeypatch):
    builder = _Builder(_Session())
    monkeypatch.setattr(SparkSession, "builder", builder)
    rows = [{**r, "scope": r["scope"] or ""} for r in ROWS]
    assert compare_rows_sql(rows, "spark") == compare_rows(rows)
    assert builder.calls  # the session came from Spark's builder, not DuckDB
