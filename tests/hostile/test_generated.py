"""Hostile inputs too big or too odd to keep as files: made in tmp_path by each test.

Bombs and limits are checked for memory (traced bytes, deterministic) and for the
message; how long they take is measured by ``benchmarks/hostile.py`` as a ratio to
checking the seed sheet in the same run, never asserted here.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

import factcheck.load.yaml_tree as yaml_tree
from factcheck.pipeline import check_sheet

from .helpers import GOOD, project, run_cli

GOOD_TEXT = GOOD.read_text()
RULE = "destroyed-at-most-launched: drones_destroyed <= drones_launched"


def _check(tmp_path: Path, data: bytes | str, name: str = "bad.yaml"):
    data = data.encode() if isinstance(data, str) else data
    root = project(tmp_path, (name, data))
    return check_sheet(root / "facts" / name, root)


def _measured(fn):
    """(result, peak traced bytes) of fn()."""
    tracemalloc.start()
    try:
        out = fn()
    finally:
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return out, peak


def _one_problem(result, code: str, line: int, fragment: str = "") -> None:
    assert [(p.code, p.line) for p in result.problems] == [(code, line)], result.problems
    assert fragment in result.problems[0].message, result.problems[0].message


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n", "---\n", "\ufeff"])
def test_empty_sheet(tmp_path: Path, text: str) -> None:
    _one_problem(_check(tmp_path, text), "empty", 1, "the sheet is empty")


def test_bom_sheet_loads(tmp_path: Path) -> None:
    result = _check(tmp_path, b"\xef\xbb\xbf" + GOOD.read_bytes())
    assert result.problems == [] and all(o.passed for o in result.outcomes)
    assert result.loaded.line("facts", "drones_launched") == 7  # the BOM shifts nothing


def billion_laughs(levels: int = 9) -> str:
    lines = ['lol0: &lol0 "lol"']
    for i in range(1, levels + 1):
        lines.append(f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_alias_bomb_refused_fast_and_small(tmp_path: Path) -> None:
    """9 levels of 9 aliases would be 387 million strings if expanded."""
    result, peak = _measured(lambda: _check(tmp_path, billion_laughs(9)))
    _one_problem(result, "yaml-alias", 2, "anchors and aliases")
    assert result.problems[0].column == 14  # the first alias, *lol0
    assert peak < 5 * 2**20, f"{peak:,} bytes"


def test_alias_bomb_inside_a_fact_refused(tmp_path: Path) -> None:
    bomb = "".join(f"    b{i}: &b{i} [" + ", ".join([f"*b{i - 1}"] * 9) + "]\n"
                   for i in range(1, 10))
    text = GOOD_TEXT.replace("    unit: drone\n", "    note: &b0 lol\n    x:\n" + bomb, 1)
    result, peak = _measured(lambda: _check(tmp_path, text))
    assert [p.code for p in result.problems] == ["yaml-alias"]
    assert result.problems[0].line == 11
    assert peak < 5 * 2**20, f"{peak:,} bytes"  # 9**9 strings were never built


def test_50_mb_sheet_refused_by_size_without_reading_it(tmp_path: Path) -> None:
    line = b"  filler_%07d: {value: 1, quote: x}\n"
    chunk = b"".join(line % i for i in range(20_000))
    data = b"document: seeds/article.txt\nfacts:\n" + chunk * (50 * 2**20 // len(chunk) + 1)
    root = project(tmp_path, ("big.yaml", data))
    result, peak = _measured(lambda: check_sheet(root / "facts" / "big.yaml", root))
    _one_problem(result, "too-large", 1, "the limit is 8,388,608")
    assert "53,040,035 bytes" in result.problems[0].message  # its size, in bytes
    assert peak < 2**20, f"{peak:,} bytes"  # refused by its size: never read


@pytest.mark.parametrize("kind", ["[", "{", "[closed", "{closed", "- ", "block"])
def test_10000_levels_of_nesting_is_a_clean_error(tmp_path: Path, kind: str) -> None:
    n = 10_000
    text = {
        "[": "document: x\nfacts: " + "[" * n,
        "{": "document: x\nfacts: " + "{a: " * n,
        "[closed": "document: x\nfacts: " + "[" * n + "]" * n + "\n",
        "{closed": "document: x\nfacts: " + "{a: " * n + "1" + "}" * n + "\n",
        "- ": "document: x\nfacts:\n" + "- " * n + "1\n",
        "block": "document: x\nfacts:\n" + "".join(" " * i + f"k{i}:\n" for i in range(2000)),
    }[kind]
    result = _check(tmp_path, text)
    assert [p.code for p in result.problems] == ["too-deep"], result.problems
    assert "nested too deeply" in result.problems[0].message
    assert result.problems[0].line == {"- ": 3, "block": 1002}.get(kind, 2)  # where it gave up


def test_deep_nesting_with_pure_python_parser(tmp_path: Path, monkeypatch) -> None:
    """Where libyaml is missing, PyYAML's own parser recurses: still no RecursionError."""
    import yaml

    monkeypatch.setattr(yaml_tree, "_Loader", yaml.SafeLoader)
    text = "document: x\nfacts: " + "[" * 3_000 + "]" * 3_000 + "\n"
    result = _check(tmp_path, text)
    assert [p.code for p in result.problems] == ["too-deep"], result.problems


def _rule_outcome(tmp_path: Path, rule: str):
    text = GOOD_TEXT.replace(RULE, f"destroyed-at-most-launched: '{rule}'")
    result = _check(tmp_path, text)
    assert result.problems == []
    (o,) = [o for o in result.checks if o.name == "destroyed-at-most-launched"]
    return o


@pytest.mark.parametrize(("rule", "code", "fragment"), [
    ("(" * 10_000 + "drones_launched" + ")" * 10_000 + " > 0", "rule-too-long",
     "at most 2000"),
    ("(" * 500 + "drones_launched" + ")" * 500 + " > 0", "rule-too-complex", "nested too deeply"),
    ("-" * 1900 + "drones_launched < 0", "rule-too-complex", "more than 400 parts"),
    ("drones_launched" + " + 1" * 450 + " > 0", "rule-too-complex", "more than 400 parts"),
    ("abs(" * 150 + "drones_launched" + ")" * 150 + " > 0", "rule-too-complex", "parts"),
])
def test_pathological_rules_are_error_outcomes(tmp_path: Path, rule: str, code: str,
                                               fragment: str) -> None:
    o = _rule_outcome(tmp_path, rule)
    assert o.verdict == "error", o.message
    assert o.code == code and fragment in o.message, (o.code, o.message)
    assert o.line == 26


def test_symlinked_document_pointing_outside(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.txt").write_text("Russia launched three missiles and 114 drones")
    root = project(tmp_path / "proj", GOOD)
    (root / "seeds" / "article.txt").unlink()
    (root / "seeds" / "article.txt").symlink_to(outside / "secret.txt")
    result = check_sheet(root / "facts" / "good.yaml", root)
    _one_problem(result, "path-outside", 2, "points outside the project")


def test_symlinked_directory_pointing_outside(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "article.txt").write_text("anything")
    root = project(tmp_path / "proj", GOOD)
    (root / "docs").symlink_to(outside, target_is_directory=True)
    text = GOOD_TEXT.replace("seeds/article.txt", "docs/article.txt")
    (root / "facts" / "good.yaml").write_text(text)
    result = check_sheet(root / "facts" / "good.yaml", root)
    _one_problem(result, "path-outside", 2, "points outside the project")


def test_symlink_inside_the_project_is_fine(tmp_path: Path) -> None:
    root = project(tmp_path, GOOD)
    (root / "seeds" / "alias.txt").symlink_to(root / "seeds" / "article.txt")
    (root / "facts" / "good.yaml").write_text(GOOD_TEXT.replace("article.txt", "alias.txt"))
    result = check_sheet(root / "facts" / "good.yaml", root)
    assert result.problems == [] and all(o.passed for o in result.outcomes)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_document_that_is_a_fifo_does_not_hang(tmp_path: Path) -> None:
    root = project(tmp_path, GOOD)
    os.mkfifo(root / "seeds" / "pipe.txt")
    (root / "facts" / "good.yaml").write_text(GOOD_TEXT.replace("article.txt", "pipe.txt"))
    result = check_sheet(root / "facts" / "good.yaml", root)
    _one_problem(result, "unreadable", 2, "not a regular file")


def test_one_megabyte_quote(tmp_path: Path) -> None:
    text = GOOD_TEXT.replace('"Sixty-six drones were destroyed"', '"' + "x" * 2**20 + '"')
    result = _check(tmp_path, text)
    _one_problem(result, "quote-too-long", 16, "1,048,576 characters")


def test_cli_on_generated_hostile_sheets(tmp_path: Path) -> None:
    """All of the above at once beside a good sheet: exit 2, good sheet checked, no traceback."""
    bad = {
        "empty.yaml": b"",
        "bomb.yaml": billion_laughs(9).encode(),
        "big.yaml": b"document: x\n" + b"#" * (9 * 2**20),
        "deep.yaml": b"document: x\nfacts: " + b"[" * 10_000,
        "quote.yaml": GOOD_TEXT.replace("Sixty-six", "x" * 2**20).encode(),
        "parens.yaml": GOOD_TEXT.replace(
            RULE, "destroyed-at-most-launched: '" + "(" * 10_000 + "1" + ")" * 10_000
            + " > 0'").encode(),
    }
    root = project(tmp_path, GOOD, *bad.items())
    cli = run_cli(root, "check", "--no-report", "--format", "json")
    assert cli.code == 2 and "Traceback" not in cli.stdout + cli.stderr, cli.stderr
    sheets = {s["path"]: s for s in cli.report["sheets"]}
    assert [c["verdict"] for c in sheets["facts/good.yaml"]["checks"]] == ["holds", "holds"]
    codes = {name: [p["code"] for p in sheets[f"facts/{name}"]["problems"]] for name in bad}
    assert codes == {"empty.yaml": ["empty"], "bomb.yaml": ["yaml-alias"],
                     "big.yaml": ["too-large"], "deep.yaml": ["too-deep"],
                     "quote.yaml": ["quote-too-long"], "parens.yaml": []}
    parens = {c["id"]: c for c in sheets["facts/parens.yaml"]["checks"]}
    assert parens["destroyed-at-most-launched"]["verdict"] == "error"
    text = run_cli(root, "check", "--no-report")
    assert text.code == 2 and "Traceback" not in text.stdout + text.stderr
    assert "facts/bomb.yaml:2" in text.stdout


# --- killing the process while it writes a report ------------------------------------

_STALL = r"""
import os, sys, time
from pathlib import Path
import factcheck.report.write as atomic

mode, marker = sys.argv[1], Path(sys.argv[2])

def stall():
    marker.write_text("stalled")
    time.sleep(120)

if mode == "mid-write":  # half the bytes are in the temp file, then the process dies
    import builtins
    real_open = builtins.open
    class Half:
        def __init__(self, f): self.f = f
        def __enter__(self): return self
        def __exit__(self, *a): return self.f.__exit__(*a)
        def write(self, data):
            self.f.write(data[: len(data) // 2]); self.f.flush(); stall()
        def __getattr__(self, name): return getattr(self.f, name)
    atomic.open = lambda *a, **k: Half(real_open(*a, **k))
elif mode == "fsync":  # everything written, not yet on disk
    atomic.os.fsync = lambda fd: stall()
elif mode == "replace":  # complete temp file, killed just before the rename
    atomic.os.replace = lambda a, b: stall()

from factcheck.cli import main
sys.exit(main(["check"]))
"""


@pytest.mark.parametrize("mode", ["mid-write", "fsync", "replace"])
def test_sigkill_during_report_write_keeps_old_report(tmp_path: Path, mode: str) -> None:
    root = project(tmp_path, GOOD)
    reports = root / "reports"
    reports.mkdir()
    old = {"consistency.json": '{"old": true}\n', "consistency.md": "# old\n",
           "index.html": "<p>old</p>\n"}
    for name, text in old.items():
        (reports / name).write_text(text)
    marker = tmp_path / "stalled"
    proc = subprocess.Popen([sys.executable, "-c", _STALL, mode, str(marker)], cwd=root,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while not marker.exists():
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the writer never reached the stall"
            time.sleep(0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    for name, text in old.items():
        assert (reports / name).read_text() == text, f"{name} was replaced or damaged"
    leftovers = [p.name for p in reports.iterdir() if p.name not in old]
    assert leftovers in ([], [".factcheck-staging"])  # staged files only
    # the next run replaces every report with a complete one
    cli = run_cli(root, "check")
    assert cli.code == 0, cli.stderr
    import json

    assert json.loads((reports / "consistency.json").read_text())["summary"]["sheets"] == 1
    assert (reports / "consistency.md").read_text() != old["consistency.md"]
    assert sorted(p.name for p in reports.iterdir()) == sorted(  # staging cleared
        [*old, "claims.html", "statements.html", "sheets"])
