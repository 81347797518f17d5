"""On a large run each worker makes the results store's columns of its sheet and keeps
them in the cache entry, apart from the outcomes: recording the run reads those columns
(never a sheet's outcomes back), and they are the columns made from the outcomes."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest

from factcheck import pipeline, sheets, spool
from factcheck.cli import main
from factcheck.result_columns import column_rows, sheet_columns
from factcheck.sheets import stored_columns
from factcheck.store import connect
from factcheck.store.record import record_run
from tests.conftest import make_project


@pytest.fixture
def three(tmp_path: Path) -> Path:
    """The seed sheet, a copy, and one with a drone figure changed (a failing check)."""
    seed = make_project(tmp_path)
    shutil.copy(seed, tmp_path / "facts" / "twin.yaml")
    (tmp_path / "facts" / "edited.yaml").write_text(
        seed.read_text().replace("value: 114", "value: 100", 1))
    return tmp_path


def _in_memory(root: Path) -> dict[str, dict]:
    result = pipeline.run([root / "facts"], root, cache=False, jobs=1)
    return {s.rel: sheet_columns(s) for s in result.sheets}


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_large_runs_columns_are_made_by_its_workers(three, monkeypatch, jobs):
    expected = _in_memory(three)
    monkeypatch.setattr(sheets, "SPOOL_MIN_SHEETS", 0)
    monkeypatch.setattr(pipeline, "SPOOL_MIN_SHEETS", 0)
    result = pipeline.run([three / "facts"], three, jobs=jobs)
    stored = {s.rel: stored_columns(s) for s in result.sheets}
    assert len(stored) == 3 and all(c is not None for c in stored.values())
    columns = {rel: pickle.loads(blob) for rel, (blob, _) in stored.items()}
    assert columns == expected
    assert {rel: n for rel, (_, n) in stored.items()} == {
        rel: column_rows(c) for rel, c in expected.items()}
    assert columns["facts/edited.yaml"] != columns["facts/seed.yaml"]


def test_recording_a_large_run_reads_no_outcomes(three, monkeypatch):
    monkeypatch.setattr(sheets, "SPOOL_MIN_SHEETS", 0)
    monkeypatch.setattr(pipeline, "SPOOL_MIN_SHEETS", 0)
    result = pipeline.run([three / "facts"], three, jobs=1)
    spool._last_slim.clear()
    record_run(result, result.exit_code())
    assert spool._last_slim == {}  # no sheet's outcomes were read back
    pending = three / ".factcheck" / "pending"
    new = {key: cols for file in [*pending.glob("*.part"), *pending.glob("*.run")]
           for key, cols in pickle.loads(file.read_bytes())["new"].items()}
    recorded = [pickle.loads(cols) for key, cols in new.items() if key.startswith("s")]
    assert sorted(map(repr, recorded)) == sorted(map(repr, _in_memory(three).values()))


def test_the_history_of_a_large_run_equals_a_small_runs(three, tmp_path_factory, monkeypatch):
    """The worker's pickled columns load into the database as the columns a small run
    records (the same outcomes, facts and claim reports, row for row)."""
    small = tmp_path_factory.mktemp("small")
    shutil.copytree(three, small, dirs_exist_ok=True)
    tables = {}
    for root, spooled in ((small, False), (three, True)):
        if spooled:
            monkeypatch.setattr(sheets, "SPOOL_MIN_SHEETS", 0)
            monkeypatch.setattr(pipeline, "SPOOL_MIN_SHEETS", 0)
        monkeypatch.chdir(root)
        assert main(["check", "--no-report"]) == 1  # the edited sheet fails a check
        con = connect(root)
        tables[spooled] = {t: sorted(con.execute(f"SELECT * EXCLUDE (run_id) FROM {t}")
                                     .fetchall(), key=repr)
                           for t in ("outcomes", "facts", "claim_reports")}
        con.close()
    assert tables[True] == tables[False]
    assert len(tables[True]["outcomes"]) > 100 and tables[True]["claim_reports"]


def test_a_small_run_keeps_no_columns_in_its_entries(three):
    """Below the spooled size the outcomes are at hand when the run is recorded."""
    result = pipeline.run([three / "facts"], three, jobs=1)
    assert all(stored_columns(s) is None for s in result.sheets)
    entries = list((three / ".factcheck-cache" / "sheets").glob("*/*"))
    assert len(entries) == 3
    assert all(spool.read_rows(e)["columns"] is None for e in entries)
    assert all(spool.read_rows(e)["cross"].claim_rows for e in entries)
