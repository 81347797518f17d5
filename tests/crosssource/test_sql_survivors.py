"""The SQL path where surviving mutants of ``crosssource/sql.py`` showed no test pinned
it: sources counted through ``via``, rows without a tolerance, the default engine, an
unknown engine, unknown sources, CSV sources and paths with a quote; and the wording
of an agreement's independent sources."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from factcheck.crosssource.claims import AGREE, ClaimRow, message
from factcheck.crosssource.small import compare_rows
from factcheck.crosssource.sql import COLUMNS, compare_rows_sql, judge_duckdb


def _row(i: int, key: str, lower: float, source: str, via: str | None = None,
         **extra) -> dict:
    return {"sheet": "s.yaml", "line": i + 1, "fact": f"f{i}", "key": key, "scope": "",
            "source": source, "via": via, "lower": lower, "upper": lower, "unit": "drone",
            "rank": "normal", "quote": "q", **extra}


# no "tolerance" key: a row without one has none
ROWS = [_row(0, "a", 114, "army"), _row(1, "a", 114, "paper", via="army"),
        _row(2, "b", 10, "army", tolerance=0.0), _row(3, "b", 11, "mayor")]


def _judged(rows) -> list[tuple]:
    return [(v.key, v.compared, v.independent, v.units, v.verdict, v.agreed)
            for v in judge_duckdb(rows)]


def test_a_reprint_is_not_an_independent_source_and_no_tolerance_is_none():
    assert _judged(ROWS) == [("a", 2, 1, 1, "agree", (114.0, 114.0)),
                             ("b", 2, 2, 1, "conflict", None)]


def test_the_default_engine_is_duckdb_and_gives_the_python_results():
    assert compare_rows_sql(ROWS) == compare_rows(ROWS)


def test_an_unknown_engine_is_named_with_the_engines_there_are():
    with pytest.raises(ValueError) as err:
        compare_rows_sql(ROWS, "sqlite")
    assert str(err.value) == "unknown engine 'sqlite': use one of duckdb, spark"


def test_unknown_sources_are_refused_as_the_python_path_refuses_them():
    with pytest.raises(ValueError) as python:
        compare_rows(ROWS, known_sources={"army"})
    with pytest.raises(ValueError) as sql:
        compare_rows_sql(ROWS, "duckdb", known_sources={"army"})
    assert str(sql.value) == str(python.value)


def _write_csv(path: Path) -> None:
    with path.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(COLUMNS)
        for r in ROWS:
            w.writerow([r["key"], r["scope"], r["source"], r["via"] or "", r["lower"],
                        r["upper"], r["unit"], r["rank"], r.get("tolerance", 0.0)])


def test_a_csv_source_is_read_and_a_quote_in_its_path_is_escaped(tmp_path):
    path = tmp_path / "it's facts.csv"
    _write_csv(path)
    got = [(v.key, v.compared, v.units, v.verdict, v.agreed)
           for v in judge_duckdb(source=str(path))]
    assert got == [("a", 2, 1, "agree", (114.0, 114.0)), ("b", 2, 1, "conflict", None)]


def test_an_agreement_counts_its_independent_sources_in_words():
    rows = (ClaimRow("s.yaml", 1, "f", "army", None, 5.0, 5.0, "drone", "normal", "q"),
            ClaimRow("t.yaml", 2, "g", "paper", "army", 5.0, 5.0, "drone", "normal", "q"))
    assert message(AGREE, rows, ("army",), (5.0, 5.0)) == \
        "5 (2 reports, 1 independent source: army)"
    assert message(AGREE, rows, ("army", "paper"), (5.0, 5.0)) == \
        "5 (2 reports, 2 independent sources: army, paper)"
