"""The results store: runs recorded by the CLI, and `factcheck history` answering from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.store import HISTORY_DIR, connect, db_path
from factcheck.store import queries as q

KEY = "ua/overnight-attack/2025-04-26/drones_launched"


def _set_launched(project: Path, value: int) -> None:
    p = project / "facts" / "seed.yaml"
    text = p.read_text()
    old = next(f"value: {v}" for v in (114, 115, 116) if f"value: {v}\n" in text)
    p.write_text(text.replace(old, f"value: {value}", 1))


@pytest.fixture
def history(project: Path, monkeypatch, capsys) -> Path:
    """Four runs: clean, broken (114 -> 115), still broken (116), fixed."""
    monkeypatch.chdir(project)
    for value, status in ((114, 0), (115, 1), (116, 1)):
        _set_launched(project, value)
        assert main(["check", "--no-report"]) == status
    capsys.readouterr()
    return project


def test_runs_are_recorded_with_their_outcomes(history):
    con = connect(history)
    runs = q.runs(con)
    assert [(r.run_id, r.exit_code) for r in runs] == [(3, 1), (2, 1), (1, 0)]
    assert runs[-1].failed == 0 and runs[0].failed > 0
    assert runs[0].outcomes == runs[-1].outcomes  # every outcome, passing ones too
    assert (history / HISTORY_DIR / ".gitignore").read_text().strip().endswith("*")


def test_when_a_check_started_failing(history, capsys):
    con = connect(history)
    failing = {f.name: f for f in q.failing(con)}
    quote = failing["quote:drones_launched"]
    assert (quote.since_run, quote.last_passed_run) == (2, 1)
    assert "116" in quote.message  # the latest run's message
    assert set(q.failing(con, "quote:*")) == {quote}
    con.close()
    assert main(["history", "failing", "quote:*"]) == 0
    out = capsys.readouterr().out
    assert "quote:drones_launched" in out and "run 2 (" in out and "run 1" in out


def test_what_changed_since_the_previous_run(history, capsys):
    con = connect(history)
    assert q.changes(con) == []  # 115 -> 116: the same verdicts
    changed = {c.name: c for c in q.changes(con, before=1, after=2)}
    assert changed["quote:drones_launched"].before == "grounded"
    assert changed["quote:drones_launched"].after == "ungrounded"
    con.close()
    _set_launched(history, 114)
    assert main(["check", "--no-report"]) == 0
    capsys.readouterr()
    assert main(["history", "changes"]) == 0
    out = capsys.readouterr().out
    assert "quote:drones_launched" in out and "ungrounded" in out and "grounded" in out


def test_a_claims_values_over_time(history, capsys):
    con = connect(history)
    values = q.claim_values(con, KEY)
    assert [(v.run_id, v.lower, v.upper, v.unit) for v in values] == [
        (1, 114, 114, "drone"), (2, 115, 115, "drone"), (3, 116, 116, "drone")]
    con.close()
    assert main(["history", "claim", KEY, "--last", "2"]) == 0
    out = capsys.readouterr().out
    assert "115" in out and "116" in out and " 114 " not in out


def test_no_history_is_bad_input_naming_the_file(project, monkeypatch, capsys):
    monkeypatch.chdir(project)
    assert main(["history"]) == 2
    assert str(db_path(project)) in capsys.readouterr().err
    assert main(["history", "claim"]) == 2
    assert "claim key" in capsys.readouterr().err


def test_an_unwritable_history_is_a_warning(project, monkeypatch, capsys):
    monkeypatch.chdir(project)
    (project / HISTORY_DIR).write_text("a file where the history directory would be")
    assert main(["check", "--no-report"]) == 0
    assert "history not recorded" in capsys.readouterr().err


def test_runs_of_sheets_outside_the_project_are_not_recorded(project, tmp_path, capsys):
    other = tmp_path / "elsewhere"
    other.mkdir()
    (other / "one.yaml").write_text((project / "facts" / "seed.yaml").read_text())
    main(["check", "--no-report", "--root", str(project), str(other / "one.yaml")])
    assert not db_path(project).exists()


def test_recording_a_run_loads_neither_duckdb_nor_pandas(project):
    import subprocess
    import sys

    code = ("import sys; from factcheck.cli import main; rc = main(['check', '--no-report']); "
            "print(rc, 'duckdb' in sys.modules, 'pandas' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True,
                         text=True, check=True).stdout.split()
    assert out[-3:] == ["0", "False", "False"]
    assert len(list((project / HISTORY_DIR / "pending").glob("*.run"))) == 1
    con = connect(project)  # the pending run moves into the database
    assert [r.run_id for r in q.runs(con)] == [1]
    con.close()
    assert list((project / HISTORY_DIR / "pending").glob("*.run")) == []


def test_a_torn_pending_run_is_named(history, capsys):
    (history / HISTORY_DIR / "pending" / "00000000000000000000-1.run").write_bytes(b"torn")
    assert main(["history"]) == 2
    assert "00000000000000000000-1.run: not a recorded run" in capsys.readouterr().err


def test_fractional_values_are_stored_as_numbers(tmp_path, monkeypatch, capsys):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n')
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text("The queue was 2.5 km long.\n")
    (tmp_path / "facts").mkdir()
    (tmp_path / "facts" / "a.yaml").write_text(
        "document: seeds/d.txt\nfacts:\n  queue:\n    value: 2.5\n    unit: km\n"
        "    quote: \"2.5 km\"\n    key: queue/length\n")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--no-report"]) == 0
    con = connect(tmp_path)
    assert con.execute("SELECT lower, upper, unit FROM facts").fetchall() == [
        (2.5, 2.5, "kilometer")]
    assert [(v.lower, v.upper) for v in q.claim_values(con, "queue/length")] == [
        (2500.0, 2500.0)]
    con.close()
