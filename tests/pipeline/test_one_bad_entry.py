"""One bad entry never hides the rest of a sheet: it is reported at its line, checks
that use it are errors pointing at it, and everything else is still checked."""

from __future__ import annotations

from pathlib import Path

from factcheck.engine.outcome import ERROR
from factcheck.pipeline import check_sheet, run
from tests.conftest import make_project


def _broken(seed_text: str) -> str:
    text = seed_text.replace("    value: 114\n", "    value: 114\n    vaule: 3\n", 1)
    assert text != seed_text
    return text.replace("value: [10000, 12000]", "value: [12000, 10000]", 1)


def test_bad_entries_are_reported_and_the_rest_is_checked(tmp_path: Path, seed_text: str):
    good = check_sheet(make_project(tmp_path / "good", seed_text), tmp_path / "good")
    path = make_project(tmp_path / "bad", _broken(seed_text))
    result = check_sheet(path, tmp_path / "bad")
    assert sorted((p.code, p.line) for p in result.problems) == [
        ("invalid-value", 100), ("unknown-field", 170)]
    assert "did you mean `value`" in result.problems[1].message
    assert "write [10000, 12000]" in result.problems[0].message
    # every check still has an outcome; only those using the two bad facts are errors
    assert [o.name for o in result.checks] == [o.name for o in good.checks]
    errors = {o.name: o.message for o in result.checks if o.verdict == ERROR}
    assert set(errors) == {"drone-accounting", "nk-troops-range"}
    assert errors["drone-accounting"].startswith("`drones_launched` cannot be used")
    assert errors["drone-accounting"].endswith("(line 170)")
    assert all(o.verdict == g.verdict for o, g in zip(result.checks, good.checks, strict=True)
               if o.name not in errors)
    # the other facts' quotes are still grounded: 2 facts left out, the rest all present
    assert len(result.grounding) == len(good.grounding) - 2


def test_run_with_a_bad_entry_exits_2_and_says_why(tmp_path: Path, seed_text: str):
    make_project(tmp_path, _broken(seed_text))
    result = run([tmp_path / "facts"], tmp_path)
    assert result.exit_code() == 2
    assert len(result.problems) == 2
    assert sum(o.verdict == ERROR for o in result.outcomes) == 2


def test_an_invalid_sheet_header_still_stops_the_sheet(tmp_path: Path, seed_text: str):
    path = make_project(tmp_path, seed_text.replace("published: 2025-04-26",
                                                    "published: someday", 1))
    result = check_sheet(path, tmp_path)
    assert result.loaded is None
    assert [p.code for p in result.problems] == ["invalid-value"]
