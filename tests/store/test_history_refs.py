"""Runs recorded as references to per-sheet results stored once by content hash."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import duckdb
import pytest

from factcheck.cli import main
from factcheck.store import HISTORY_DIR, connect, db_path
from factcheck.store import queries as q
from factcheck.store.record import PENDING


def _pending(project: Path) -> list[dict]:
    files = sorted((project / HISTORY_DIR / PENDING).glob("*.run"))
    return [pickle.loads(f.read_bytes()) for f in files]


def test_an_unchanged_rerun_records_references_only(project, monkeypatch, capsys):
    monkeypatch.chdir(project)
    assert main(["check", "--no-report"]) == 0
    assert main(["check", "--no-report"]) == 0
    first, second = _pending(project)
    assert first["new"] and second["new"] == {}  # nothing stored twice
    assert second["results"] == first["results"]
    con = connect(project)
    stored = con.execute("SELECT count(*) FROM result_outcomes").fetchone()[0]
    per_run = con.execute("SELECT run_id, count(*) FROM outcomes GROUP BY 1 ORDER BY 1"
                          ).fetchall()
    runs = q.runs(con)
    assert per_run == [(1, stored), (2, stored)]  # both runs see every outcome
    assert [r.outcomes for r in runs] == [stored, stored]
    assert con.execute("SELECT count(*) FROM facts WHERE run_id = 2").fetchone()[0] > 0


def test_a_changed_sheet_is_a_new_result(project, monkeypatch, capsys):
    monkeypatch.chdir(project)
    assert main(["check", "--no-report"]) == 0
    p = project / "facts" / "seed.yaml"
    p.write_text(p.read_text().replace("value: 114", "value: 115", 1))
    assert main(["check", "--no-report"]) == 1
    first, second = _pending(project)
    assert set(second["new"]) and set(second["new"]) <= set(second["results"])
    assert not set(second["new"]) & set(first["results"])
    con = connect(project)
    assert {c.name for c in q.changes(con)} >= {"quote:drones_launched"}


def test_a_deleted_database_records_every_result_again(project, monkeypatch, capsys):
    monkeypatch.chdir(project)
    assert main(["check", "--no-report"]) == 0
    connect(project).close()
    db_path(project).unlink()
    (project / "facts" / "seed.yaml").touch()
    assert main(["check", "--no-report"]) == 0  # pending: still refers to known results
    con = connect(project)  # a new database: the known results are forgotten
    con.close()
    db_path(project).unlink()
    assert main(["check", "--no-report"]) == 0
    assert _pending(project)[-1]["new"]
    con = connect(project)
    assert con.execute("SELECT count(*) FROM outcomes").fetchone()[0] > 0


def test_a_database_of_the_earlier_layout_is_read(project, monkeypatch, capsys):
    """Runs recorded when every outcome was a row of its run stay answerable."""
    monkeypatch.chdir(project)
    path = db_path(project)
    path.parent.mkdir()
    con = duckdb.connect(str(path))
    con.execute("""
        CREATE TABLE runs (run_id INTEGER PRIMARY KEY, started TIMESTAMP, version VARCHAR,
            sheets INTEGER, outcomes INTEGER, failed INTEGER, problems INTEGER,
            exit_code INTEGER);
        CREATE TABLE outcomes (run_id INTEGER, sheet VARCHAR, name VARCHAR, kind VARCHAR,
            rule VARCHAR, line INTEGER, verdict VARCHAR, expect VARCHAR, passed BOOLEAN,
            message VARCHAR);
        CREATE TABLE facts (run_id INTEGER, sheet VARCHAR, fact VARCHAR, key VARCHAR,
            lower DOUBLE, upper DOUBLE, unit VARCHAR, is_date BOOLEAN);
        CREATE TABLE claim_reports (run_id INTEGER, key VARCHAR, scope VARCHAR,
            sheet VARCHAR, line INTEGER, fact VARCHAR, source VARCHAR, lower DOUBLE,
            upper DOUBLE, unit VARCHAR);
        INSERT INTO runs VALUES (1, '2026-01-01', '0', 1, 1, 1, 0, 1);
        INSERT INTO outcomes VALUES (1, 'facts/seed.yaml', 'quote:drones_launched',
            'grounding', 'grounding', 3, 'ungrounded', 'holds', false, 'old');""")
    con.close()
    assert main(["check", "--no-report"]) == 0
    con = connect(project)
    changed = {c.name: c for c in q.changes(con)}
    assert changed["quote:drones_launched"].before == "ungrounded"
    assert changed["quote:drones_launched"].after == "grounded"


def test_an_edit_records_only_the_claim_shards_it_changed(project, monkeypatch, capsys):
    monkeypatch.chdir(project)
    assert main(["check", "--no-report"]) == 0
    p = project / "facts" / "seed.yaml"
    p.write_text(p.read_text().replace("value: 114", "value: 115", 1))
    assert main(["check", "--no-report"]) == 1
    first, second = _pending(project)
    shards = [k for k in first["results"] if k.startswith("c")]
    changed = [k for k in second["new"] if k.startswith("c")]
    assert len(shards) > 2 and 1 <= len(changed) < len(shards) / 2
    con = connect(project)
    claims = con.execute("SELECT run_id, count(*) FROM outcomes WHERE kind = 'claim' "
                         "GROUP BY 1 ORDER BY 1").fetchall()
    assert claims[0][1] == claims[1][1] > 0  # each run sees all its claims


@pytest.mark.parametrize("limit", ["PART_RESULTS", "PART_ROWS"])
def test_new_results_are_written_in_parts(project, monkeypatch, capsys, limit):
    """A run with many new results writes them in parts as it reads them; the database
    holds the same outcomes as when they are written with the run."""
    from factcheck.store import record

    monkeypatch.chdir(project)
    shutil.copy(project / "facts" / "seed.yaml", project / "facts" / "twin.yaml")
    assert main(["check", "--no-report"]) == 0
    whole = _pending(project)[0]
    con = connect(project)
    expected = con.execute("SELECT * FROM outcomes ORDER BY ALL").fetchall()
    con.close()
    shutil.rmtree(project / HISTORY_DIR)
    monkeypatch.setattr(record, limit, 1)
    assert main(["check", "--no-report"]) == 0
    pending = project / HISTORY_DIR / PENDING
    parts = sorted(pending.glob("*.part"))
    run = _pending(project)[0]
    in_parts = [k for f in parts for k in pickle.loads(f.read_bytes())["new"]]
    assert len(parts) >= 3 and sorted(in_parts + list(run["new"])) == sorted(whole["new"])
    assert run["results"] == whole["results"]
    con = connect(project)
    assert con.execute("SELECT * FROM outcomes ORDER BY ALL").fetchall() == expected
    assert not list(pending.iterdir())  # parts and run moved into the database
