"""benchmarks/mutations.py on the whole corpus: every correct sheet passes (no false
alarm) and planted errors are caught above the floor."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("mutations_bench",
                                                  REPO / "benchmarks" / "mutations.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_seed_mutations_are_caught_above_the_floor(capsys) -> None:
    bench = _bench()
    code = bench.main([str(REPO / "facts"), "--root", str(REPO), "--quiet"])
    out = capsys.readouterr().out
    assert code == 0, out
    n_sheets = len(list((REPO / "facts").glob("*.yaml")))
    assert n_sheets >= 26
    assert f"specificity: 1.000 ({n_sheets}/{n_sheets})" in out
    sensitivity = float(out.split("sensitivity: ")[1].split()[0])
    assert sensitivity >= bench.DEFAULT_FLOOR
    for kind in ("number", "unit", "date", "drop-part"):
        assert f"  {kind} " in out
    n = int(out.split("mutants: ")[1].split()[0])
    assert n > 500
    off = float(out.split("sensitivity with grounding off: ")[1].split()[0])
    assert 0 < off < sensitivity
    swaps = float(out.split("attribution (source swaps caught): ")[1].split()[0])
    assert swaps > 0.4


def test_exit_status_follows_the_floor(monkeypatch, capsys) -> None:
    bench = _bench()
    rep = bench.Report(mutants=10, caught=7, sheets=1, passing=1)
    monkeypatch.setattr(bench, "evaluate", lambda cases: rep)
    args = [str(REPO / "facts"), "--root", str(REPO)]
    assert bench.main([*args, "--floor", "0.7"]) == 0
    assert bench.main([*args, "--floor", "0.71"]) == 1
    assert "under the floor" in capsys.readouterr().err


def test_mutant_kinds_on_a_small_sheet() -> None:
    import datetime as dt

    bench = _bench()
    case = bench.Case("x", {
        "document": "d.txt",
        "facts": {"a": {"value": 3, "unit": "drone", "quote": "q"},
                  "b": {"value": 2, "unit": "drone", "quote": "q"},
                  "r": {"value": [1, 2], "quote": "q"},
                  "d": {"value": dt.date(2025, 4, 26), "quote": "q"}},
        "checks": {"c": {"validator": "parts_sum_to", "args": {"parts": ["a", "b"],
                                                               "total": "a"}}}}, "d.txt", "")
    whats = [(m.kind, m.what) for m in bench.mutants(case)]
    assert ("number", "facts.a.value 3 -> 4") in whats
    assert ("number", "facts.r.value [1, 2] -> [1, 3]") in whats
    assert ("date", "facts.d.value 2025-04-26 -> 2025-04-27") in whats
    assert ("unit", "facts.a.unit drone -> missile") in whats
    assert ("drop-part", "checks.c: drop part a") in whats
    assert case.data["facts"]["a"]["value"] == 3  # the original is untouched
