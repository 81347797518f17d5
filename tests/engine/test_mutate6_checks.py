"""How ``checks.resolve_values`` turns a sheet's entries into values, at the edges mutation
testing left untested (benchmarks/mutation-survivors.md, branches mutate5 and mutate6): a
fact's own tolerance against the project's `approx_tolerance`, an entry whose value the
model accepts but cannot be resolved, and the sheet's `published` date."""

from __future__ import annotations

from pathlib import Path

import yaml

from factcheck.checks import resolve_values
from factcheck.load.sheet import LoadedSheet, load_sheet


def _load(tmp_path: Path, sheet: dict) -> LoadedSheet:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text("About 100 people came; 100 people left.\n")
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump({"document": "seeds/d.txt", **sheet}, sort_keys=False))
    ls = load_sheet(path, tmp_path)
    assert isinstance(ls, LoadedSheet), ls
    return ls


def _bounds(values: dict, name: str) -> tuple[float, float]:
    iv = values[name].interval
    return float(iv.lo), float(iv.hi)


def test_a_fact_s_own_tolerance_wins_over_the_project_s(tmp_path):
    """An approx fact with `tolerance: 5` is 100 ± 5 whatever `approx_tolerance` says;
    one without takes `approx_tolerance` (10 %: 90-110), or without it half its rounding
    unit (50-150); an exact fact is never widened: kills
    ``checks.x_resolve_values__mutmut_36`` (own tolerance dropped), ``_37`` (exact facts
    widened), ``_38`` (own tolerance replaced), ``_39``, ``_40`` (approx_tolerance never
    applied) and ``_46`` (no tolerance passed on)."""
    about = {"value": 100, "unit": "person", "meaning": "approx", "quote": "About 100 people"}
    ls = _load(tmp_path, {"facts": {
        "own": {**about, "tolerance": 5},
        "bare": about,
        "exact": {"value": 100, "unit": "person", "quote": "100 people"}}})
    values, failed = resolve_values(ls, "10%")
    assert failed == {}
    assert _bounds(values, "own") == (95, 105)
    assert _bounds(values, "bare") == (90, 110)
    assert _bounds(values, "exact") == (100, 100)
    values, _ = resolve_values(ls, None)
    assert _bounds(values, "own") == (95, 105)
    assert _bounds(values, "bare") == (50, 150)


def test_a_value_that_cannot_be_resolved_is_a_problem_at_its_value(tmp_path):
    """The year "0000" passes the sheet model's date pattern but is no date: the fact and
    the background value are each an `invalid-value` problem at their `value:` line, with
    the reason, and have no value: kills ``checks.x_resolve_values__mutmut_67`` to
    ``_84`` (the problem's place, code or message lost)."""
    ls = _load(tmp_path, {
        "facts": {"year": {"value": "0000", "quote": "100 people"}},
        "background": {"old": {"value": "0000", "citation": "a register"}}})
    values, failed = resolve_values(ls)
    assert "year" not in values and "old" not in values
    assert [(p.path, p.line, p.column, p.code, p.message) for p in failed.values()] == [
        ("s.yaml", 4, 5, "invalid-value", "year 0 is out of range"),
        ("s.yaml", 8, 5, "invalid-value", "year 0 is out of range")]


def test_the_published_date_is_a_value_unless_a_fact_takes_the_name(tmp_path):
    """The sheet's `published` date is the value `published` (a rule can read it); a
    fact named `published` keeps its own date: kills ``checks.x_resolve_values__mutmut_92``
    (the date stored under another name) and ``_87``, ``_88`` (the fact overwritten)."""
    ls = _load(tmp_path, {"published": "2025-04-26",
                          "facts": {"n": {"value": 100, "quote": "100 people"}}})
    values, _ = resolve_values(ls)
    assert values["published"].reported == "2025-04-26" and values["published"].is_date
    ls = _load(tmp_path, {"published": "2025-04-26",
                          "facts": {"published": {"value": "2025-04-20",
                                                  "quote": "100 people"}}})
    values, _ = resolve_values(ls)
    assert values["published"].reported == "2025-04-20"
