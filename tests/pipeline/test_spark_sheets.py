"""The per-sheet stage on Spark gives exactly the default path's results."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import pipeline
from factcheck.pipeline import run
from factcheck.sheets import SheetResult

ROOT = Path(__file__).resolve().parents[2]


def _fields(s: SheetResult) -> tuple:
    loaded = s.loaded
    detail = None if loaded is None else (loaded.path, loaded.rel, loaded.sheet,
                                          loaded.lines._pos, loaded.document_path,
                                          loaded.document_text, loaded.problems,
                                          loaded.broken, loaded.root)
    return (s.rel, s.path, s.problems, s.grounding, s.checks, s.values, s.cross, s.facts,
            detail)


def test_spark_checks_the_corpus_as_the_default_path_does(monkeypatch):
    default = run([ROOT / "facts"], ROOT, cache=False, jobs=1)

    def not_here(*args, **kwargs):
        raise AssertionError("the per-sheet stage ran in this process, not on Spark")

    monkeypatch.setattr(pipeline, "check_sheets", not_here)
    seen: list[tuple[int, int]] = []
    spark = run([ROOT / "facts"], ROOT, cache=False, engine="spark",
                progress=lambda done, total: seen.append((done, total)))
    n = len(sorted((ROOT / "facts").glob("*.yaml")))
    assert n > 60 and len(default.sheets) == len(spark.sheets) == n
    assert [_fields(s) for s in spark.sheets] == [_fields(s) for s in default.sheets]
    assert spark.claims == default.claims and len(spark.claims) >= 134
    assert spark.statements == default.statements
    assert spark.exit_code() == default.exit_code()
    assert seen[-1] == (n, n) and len(seen) == n


def test_a_sheet_that_does_not_load_comes_back_with_its_problem(tmp_path):
    from factcheck.config import load_config
    from factcheck.spark_sheets import check_sheets_spark

    (tmp_path / "facts").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n')
    bad = tmp_path / "facts" / "bad.yaml"
    bad.write_text("document: [unclosed\n")
    good = tmp_path / "facts" / "empty.yaml"
    good.write_text("")
    config = load_config(tmp_path)
    got = check_sheets_spark([bad, good], tmp_path, config)
    want = [pipeline.check_sheet(f, tmp_path, config) for f in (bad, good)]
    assert [(s.rel, s.problems) for s in got] == [(s.rel, s.problems) for s in want]
    assert [p.code for s in got for p in s.problems] == ["yaml-syntax", "empty"]
    assert check_sheets_spark([], tmp_path, config) == []


@pytest.fixture(autouse=True)
def _in_project(monkeypatch):
    monkeypatch.chdir(ROOT)  # sheets are read from the working directory, as the CLI does
