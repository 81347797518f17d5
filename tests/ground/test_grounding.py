"""Grounding: quotes found in documents (normalised), values found in quotes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.ground.grounding import relative_day, value_in_mentions
from factcheck.pipeline import check_sheet
from factcheck.text.normalize import locate
from factcheck.text.numbers import find_mentions
from tests.conftest import make_project

PUB = dt.date(2025, 4, 26)


@pytest.mark.parametrize(("value", "quote", "written"), [
    (66, "Sixty-six drones were destroyed", "Sixty-six"),
    ([10000, 12000], "had deployed 10,000-12,000 of its troops", "10,000-12,000"),
    (1300, "an estimated 1,300 square kilometers", "1,300"),
    (3, "Three people were killed", "Three"),
    (1, "Another person died in the Dnipropetrovsk region", "Another"),
    (dt.date(2025, 4, 26), "Saturday, April 26, 2025", "Saturday, April 26, 2025"),
    ("2024-08", "in August 2024 by attacking", "August 2024"),
])
def test_value_is_found_in_quote(value, quote, written):
    assert value_in_mentions(value, find_mentions(quote), PUB).startswith(written)


@pytest.mark.parametrize(("value", "quote"), [
    (67, "Sixty-six drones were destroyed"),
    ([10000, 13000], "had deployed 10,000-12,000 of its troops"),
    (12000, "had deployed 10,000-12,000 of its troops"),
    (dt.date(2025, 4, 27), "Saturday, April 26, 2025"),
])
def test_wrong_value_is_not_found(value, quote):
    assert value_in_mentions(value, find_mentions(quote), PUB) is None


def test_relative_weekdays_resolve_against_publication():
    last_friday = find_mentions("Shortly after arriving in Rome last Friday")
    assert value_in_mentions(dt.date(2025, 4, 25), last_friday, PUB)
    assert value_in_mentions(dt.date(2025, 4, 18), last_friday, PUB) is None
    saturday = find_mentions("in a meeting Saturday")
    assert value_in_mentions(PUB, saturday, PUB)
    assert value_in_mentions(PUB, saturday, None) is None


def test_overnight_means_the_night_before_publication():
    assert relative_day(PUB, "killed overnight by Russian attacks", PUB)
    assert relative_day(dt.date(2025, 4, 25), "killed overnight", PUB)
    assert relative_day(dt.date(2025, 4, 23), "killed overnight", PUB) is None


def test_quotes_match_despite_typography_and_whitespace():
    doc = "Ukraine\u2019s General Staff said  that its forces\ncontinue to hold"
    assert locate("Ukraine's General Staff said that its forces continue", doc) == (0, 54)


def test_seed_sheet_grounds_completely(project: Path):
    result = check_sheet(project / "facts" / "seed.yaml", project)
    assert result.grounding and all(o.verdict == "grounded" for o in result.grounding)


def test_misquote_fails_with_nearest_passage(tmp_path: Path, seed_text: str):
    make_project(tmp_path, seed_text.replace("Sixty-six drones were destroyed",
                                             "Sixty-six drones were shot down"))
    result = check_sheet(tmp_path / "facts" / "seed.yaml", tmp_path)
    bad = [o for o in result.grounding if o.verdict != "grounded"]
    assert [o.name for o in bad] == ["quote:drones_destroyed"]
    assert "nearest passage" in bad[0].message and "Sixty-six drones were destroyed" in \
        bad[0].message
    assert bad[0].line == seed_text.splitlines().index(
        '    quote: "Sixty-six drones were destroyed"') + 1


@pytest.mark.parametrize(("old", "new", "fact", "fragment"), [
    ("    unit: minute\n", "    unit: hour\n", "vatican_meeting_minutes",
     "the quote gives 15 minutes, not hour"),
    ("    unit: drone\n    source: ua_air_force\n    key: ua/overnight-attack/2025-04-26/"
     "drones_destroyed", "    unit: person\n    source: ua_air_force\n    key: ua/overnight-"
     "attack/2025-04-26/drones_destroyed", "drones_destroyed", "counts drones, not people"),
])
def test_unit_must_match_the_quote(tmp_path: Path, seed_text: str, old, new, fact, fragment):
    assert old in seed_text
    make_project(tmp_path, seed_text.replace(old, new, 1))
    result = check_sheet(tmp_path / "facts" / "seed.yaml", tmp_path)
    bad = {o.name: o for o in result.grounding if o.verdict != "grounded"}
    assert list(bad) == [f"quote:{fact}"]
    assert fragment in bad[f"quote:{fact}"].message


def test_an_engine_failure_in_one_sheet_is_a_problem_not_a_crash(project: Path, monkeypatch):
    import factcheck.pipeline as pipeline
    import factcheck.sheets as sheets

    def boom(ls):
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(sheets, "ground_sheet", boom)
    result = pipeline.run([project / "facts"], project)
    assert [p.code for p in result.problems] == ["internal"]
    assert "simulated bug" in result.problems[0].message
    assert result.exit_code() == 3
