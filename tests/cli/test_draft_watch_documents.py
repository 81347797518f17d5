"""`factcheck draft -o FILE`, `factcheck check --watch`, and documents named as paths."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import yaml

from factcheck.config import load_config
from factcheck.watch import changed, snapshot
from tests.cli.scratch import GOOD, fc, scratch


def test_draft_writes_a_file_inside_the_project_and_never_over_one(tmp_path, capsys,
                                                                   monkeypatch):
    scratch(tmp_path)
    r = fc(capsys, monkeypatch, tmp_path, "draft", "seeds/article.txt", "-o", "facts/new.yaml")
    assert r.code == 0 and r.out == "" and "wrote facts/new.yaml" in r.err
    drafted = yaml.safe_load((tmp_path / "facts" / "new.yaml").read_text())
    assert drafted["document"] == "seeds/article.txt" and drafted["facts"]
    stdout = fc(capsys, monkeypatch, tmp_path, "draft", "seeds/article.txt").out
    assert (tmp_path / "facts" / "new.yaml").read_text() == stdout
    r = fc(capsys, monkeypatch, tmp_path, "draft", "seeds/article.txt", "-o", "facts/good.yaml")
    assert r.code == 2 and "exists; pass --force" in r.err
    assert (tmp_path / "facts" / "good.yaml").read_text() == GOOD
    r = fc(capsys, monkeypatch, tmp_path, "draft", "seeds/article.txt", "-o", "../outside.yaml")
    assert r.code == 2 and "outside the project" in r.err
    assert not (tmp_path.parent / "outside.yaml").exists()
    r = fc(capsys, monkeypatch, tmp_path, "draft", "seeds/article.txt", "-o", "facts/good.yaml",
           "--force")
    assert r.code == 0 and (tmp_path / "facts" / "good.yaml").read_text() == stdout


def test_snapshot_sees_edits_additions_and_removals(tmp_path):
    scratch(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "index").write_text("x")
    config = load_config(tmp_path)
    before = snapshot(config)
    assert set(before) == {tmp_path / "pyproject.toml", tmp_path / "facts" / "good.yaml",
                           tmp_path / "seeds" / "article.txt"}
    (tmp_path / "seeds" / "article.txt").write_text("changed, and longer than before....."
                                                    * 20)
    (tmp_path / "facts" / "more.yaml").write_text(GOOD)
    (tmp_path / ".git" / "index").write_text("y")  # outside the inputs
    after = snapshot(config)
    assert changed(before, after) == [tmp_path / "facts" / "more.yaml",
                                      tmp_path / "seeds" / "article.txt"]
    (tmp_path / "facts" / "more.yaml").unlink()
    assert changed(after, snapshot(config)) == [tmp_path / "facts" / "more.yaml"]


def _read_until(stream, marker: str, deadline: float) -> str:
    seen = ""
    while marker not in seen:
        assert time.monotonic() < deadline, f"no {marker!r} in {seen!r}"
        line = stream.readline()
        if not line:
            raise AssertionError(f"process ended before {marker!r}: {seen!r}")
        seen += line
    return seen


def test_watch_checks_again_after_a_save(tmp_path):
    scratch(tmp_path)
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "check", "--watch", "--interval", "0.2",
         "--no-report"], cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        text=True, env={**os.environ, "NO_COLOR": "1"})
    deadline = time.monotonic() + 120
    try:
        first = _read_until(proc.stdout, "watching", deadline)
        assert "1 sheet(s)" in first and "violated" not in first.split("1 sheet(s)")[0]
        (tmp_path / "facts" / "good.yaml").write_text(GOOD.replace("value: 31", "value: 51"))
        second = _read_until(proc.stdout, "watching", deadline)
        assert "facts/good.yaml changed; checking again" in second
        assert "facts/good.yaml:23:3: violated 66 + 51 = 117 > 114" in second
    finally:
        proc.send_signal(signal.SIGINT)
        rest = proc.communicate(timeout=60)[0]
    assert proc.returncode == 130 and "interrupted" in rest and "Traceback" not in rest


def test_a_changed_document_shows_the_sheets_that_quote_it(tmp_path, capsys, monkeypatch):
    scratch(tmp_path)
    other = GOOD.replace("seeds/article.txt", "seeds/other.txt")
    (tmp_path / "seeds" / "other.txt").write_text("Nothing about drones here.")
    (tmp_path / "facts" / "other.yaml").write_text(other)
    article = tmp_path / "seeds" / "article.txt"
    article.write_text(article.read_text().replace("114 drones", "115 drones"))
    r = fc(capsys, monkeypatch, tmp_path, "check", "--no-report", "seeds/article.txt")
    assert r.code == 1
    assert {ln.split(":")[0] for ln in r.out.splitlines()[:-1]} == {"facts/good.yaml"}
    r = fc(capsys, monkeypatch, tmp_path, "check", "--no-report", "seeds/unused.txt")
    assert r.code == 2 and "no such file" in r.err
    (tmp_path / "seeds" / "unused.txt").write_text("no sheet quotes this")
    r = fc(capsys, monkeypatch, tmp_path, "check", "--no-report", "seeds/unused.txt")
    assert r.code == 0 and "no sheet names seeds/unused.txt as its document" in r.err


def test_a_named_directory_without_sheets_fails(tmp_path: Path, capsys, monkeypatch):
    scratch(tmp_path)
    (tmp_path / "facts" / "empty").mkdir()
    r = fc(capsys, monkeypatch, tmp_path, "check", "--no-report", "facts/empty")
    assert r.code == 2 and "no fact sheets" in r.err
