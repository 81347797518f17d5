"""The SQL cross-sheet stage (DuckDB, Spark) gives exactly the Python verdicts."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.crosssource.small import compare_rows
from factcheck.crosssource.sql import compare_rows_sql, judge_duckdb, judge_spark
from factcheck.pipeline import UNATTRIBUTED, claim_rows, run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus_rows() -> tuple[list[dict], set[str]]:
    result = run([ROOT / "facts"], ROOT)
    rows = claim_rows(result.sheets)
    for r in rows:
        r.pop("expect_reason")
    known = {k for s in result.sheets if s.loaded for k in s.loaded.sheet.sources}
    return rows, known | {UNATTRIBUTED}


def test_duckdb_judges_the_corpus_as_python_does(corpus_rows):
    rows, known = corpus_rows
    python = compare_rows(rows, known)
    assert len(python) >= 134 and {r.verdict for r in python} >= {"agree", "conflict",
                                                                   "single"}
    assert compare_rows_sql(rows, "duckdb", known) == python


_VALUES = st.one_of(
    st.integers(-10**6, 10**6).map(float),
    st.sampled_from([0.1, 0.3, 1e15, 1e15 + 1, 2.0**53, 2.0**53 + 2, 1e300, 114.5]),
    st.floats(-1e9, 1e9, allow_nan=False, allow_infinity=False))


@st.composite
def _row(draw, i: int) -> dict:
    a, b = sorted((draw(_VALUES), draw(_VALUES)))
    if draw(st.booleans()):
        b = a
    if draw(st.integers(0, 9)) == 0:
        b = math.inf  # "at least"
    return {"sheet": f"s{i % 3}.yaml", "line": i + 1, "fact": f"f{i}",
            "key": draw(st.sampled_from(["k/a", "k/b", "k/c"])),
            "scope": draw(st.sampled_from(["", "as_of=2025-04-26"])),
            "source": draw(st.sampled_from(["army", "mayor", "un"])),
            "via": draw(st.sampled_from([None, None, "army", "reuters"])),
            "lower": a, "upper": b, "unit": draw(st.sampled_from(["drone", "drone", "km"])),
            "rank": draw(st.sampled_from(["normal", "normal", "preferred", "deprecated"])),
            "quote": "q", "tolerance": draw(st.sampled_from([0.0, 0.0, 0.5, 2.0]))}


@st.composite
def _tables(draw) -> list[dict]:
    n = draw(st.integers(1, 12))
    return [draw(_row(i)) for i in range(n)]


@settings(max_examples=150, deadline=None)
@given(_tables())
def test_duckdb_agrees_with_python_on_any_table(rows):
    assert compare_rows_sql(rows, "duckdb") == compare_rows(rows)


def test_duckdb_reads_a_parquet_table_out_of_core(corpus_rows, tmp_path):
    import duckdb

    rows, _ = corpus_rows
    path = tmp_path / "facts.parquet"
    con = duckdb.connect()
    judge_duckdb(rows, connection=con)  # loads the rows into the connection's `facts`
    con.execute(f"COPY facts TO '{path}' (FORMAT parquet)")
    con.close()
    from_file = judge_duckdb(source=str(path))
    assert from_file == judge_duckdb(rows)
    assert len(from_file) >= 134


def test_spark_judges_as_python_and_duckdb(corpus_rows):
    rows, known = corpus_rows
    edge = [_edge(i) for i in range(6)]
    python = compare_rows(rows, known)
    spark = compare_rows_sql(rows, "spark", known)
    assert spark == python
    assert judge_spark(edge) == judge_duckdb(edge)
    assert [v.verdict for v in judge_spark(edge)] == ["agree", "conflict", "single"]


def _edge(i: int) -> dict:
    """An open upper bound, whole numbers that differ by one at 1e15 (compared exactly,
    no relative slack), and a deprecated report that is not compared."""
    lower, upper, key, rank = [(1e15, 1e15, "a", "normal"), (1e15, math.inf, "a", "normal"),
                               (1e15, 1e15, "b", "normal"), (1e15 + 1, 1e15 + 1, "b", "normal"),
                               (5.0, 5.0, "c", "normal"), (9.0, 9.0, "c", "deprecated")][i]
    return {"sheet": "s.yaml", "line": i + 1, "fact": f"f{i}", "key": key, "scope": "",
            "source": f"src{i}", "via": None, "lower": lower, "upper": upper, "unit": "drone",
            "rank": rank, "quote": "q", "tolerance": 0.0}


@pytest.mark.parametrize("engine", ["python", "pandas", "duckdb", "spark"])
def test_every_engine_gives_the_same_claims_from_the_command_line(engine, capsys):
    from factcheck.cli import main

    def claims(*extra: str) -> list[dict]:
        assert main(["check", "--root", str(ROOT), "--no-report", "--no-cache",
                     "--output-format", "json", *extra]) == 0
        import json

        return json.loads(capsys.readouterr().out)["cross_source"]

    default = claims()
    assert len(default) >= 134
    assert claims("--engine", engine) == default


def test_auto_engine_takes_duckdb_above_the_small_table(monkeypatch):
    import factcheck.crosssource.sql as sql
    from factcheck import pipeline

    used = []
    real = sql.compare_rows_sql
    monkeypatch.setattr(sql, "compare_rows_sql",
                        lambda rows, engine, known: used.append(engine) or real(rows, engine,
                                                                                known))
    result = run([ROOT / "facts"], ROOT, cache=False)
    assert used == []  # 150-odd rows: plain Python
    monkeypatch.setattr(pipeline, "SMALL_TABLE", 10)
    claims = pipeline.compare_claims(result.sheets, 0, "auto")
    assert used == ["duckdb"] and [c.verdict for c in claims] == [c.verdict for c in
                                                                    result.claims]
