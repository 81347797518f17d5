"""Each series detector flags the error it is about, and not honest figures."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from factcheck.series.detect import Spec, detect_all, digit_edits
from factcheck.series.validate import SeriesInput, validate
from factcheck.series.vocabulary import qualifiers, spans, spelling

DAYS = pd.date_range("2024-01-01", periods=60, freq="D")


def _frame(**cols) -> pd.DataFrame:
    return pd.DataFrame({k: np.asarray(v, dtype=float) for k, v in cols.items()}, index=DAYS)


def _flagged(flags) -> set[tuple[str, str]]:
    stacked = flags.mask.stack()
    return {(ts.date().isoformat(), col) for (ts, col), hit in stacked.items() if hit}


def _steady(step: float = 10.0, start: float = 1000.0) -> np.ndarray:
    return start + step * np.arange(len(DAYS))


def test_digit_edits_cover_each_keystroke():
    edits = digit_edits(24185)
    assert {2418.0, 241850.0, 24815.0, 24186.0, 124185.0} <= set(edits)
    assert 24185.0 not in edits and digit_edits(2.5) == []


def test_dropped_digit_is_a_spike_with_its_repair():
    tank = _steady()
    tank[40] = 140  # 1400 with its last digit dropped
    flags = detect_all(_frame(tank=tank), Spec(["tank"]))
    assert _flagged(flags["spike"]) == {("2024-02-10", "tank")}
    assert flags["spike"].expected.at[DAYS[40], "tank"] == "1,400 (a digit typo?)"


def test_a_high_figure_is_blamed_not_the_fall_after_it():
    tank = _steady()
    tank[30] = 1030 + 9000  # 10,030 for 1,300: an inserted digit
    flags = detect_all(_frame(tank=tank), Spec(["tank"]))
    assert _flagged(flags["spike"]) == {("2024-01-31", "tank")}
    assert _flagged(flags["cumulative_nondecreasing"]) == {("2024-01-31", "tank")}


def test_a_restatement_covers_a_fall_on_its_date_or_the_day_after():
    tank = _steady()
    tank[45:] -= 25  # restated down by 25 from day 45
    frame = _frame(tank=tank)
    assert _flagged(detect_all(frame, Spec(["tank"]))["cumulative_nondecreasing"])
    for day in (DAYS[45], DAYS[44]):  # on the date, or the day before (shows next day)
        fixes = pd.DataFrame({"tank": [-25.0]}, index=[day])
        flags = detect_all(frame, Spec(["tank"], fixes))
        assert not _flagged(flags["cumulative_nondecreasing"]) and not _flagged(flags["spike"])
    fixes = pd.DataFrame({"tank": [-25.0]}, index=[DAYS[30]])  # a restatement elsewhere
    assert _flagged(detect_all(frame, Spec(["tank"], fixes))["cumulative_nondecreasing"])


def test_stale_figure_in_a_series_that_moves_every_day():
    people = _steady(100.0, 50000.0)
    people[50] = people[49]  # carried forward; the next day catches up
    flags = detect_all(_frame(personnel=people), Spec(["personnel"]))
    assert _flagged(flags["stale_value"]) == {("2024-02-20", "personnel")}
    assert "repeats the day before" in flags["stale_value"].expected.at[DAYS[50], "personnel"]


def test_a_series_that_often_stands_still_is_not_stale():
    rng = np.random.default_rng(1)
    aircraft = 300 + np.cumsum(rng.integers(0, 2, len(DAYS)))
    flags = detect_all(_frame(aircraft=aircraft), Spec(["aircraft"]))
    assert not _flagged(flags["stale_value"])


def test_date_shift_flags_the_moved_figures_and_the_counter():
    day = np.arange(len(DAYS)) + 100.0
    tank, ships = _steady(), np.full(len(DAYS), 20.0)
    day[40], tank[40] = day[38], tank[38]  # the row of day 40 repeats day 38
    ships[40] = ships[38]
    frame = _frame(day=day, tank=tank, ships=ships)
    flags = detect_all(frame, Spec(["tank", "ships"], counters={"day": DAYS[0].date()
                                                                 - dt.timedelta(days=100)}))
    assert _flagged(flags["date_shift"]) == {("2024-02-10", "day"), ("2024-02-10", "tank")}
    assert "not a repeat of 2024-02-08" in flags["date_shift"].expected.at[DAYS[40], "tank"]
    # the other detectors leave the shifted row aside: no spike around it
    assert not _flagged(flags["spike"])


def test_a_mistyped_counter_is_flagged_alone():
    day = np.arange(len(DAYS)) + 100.0
    day[40] = 147  # 140 mistyped; the figures are the day's own
    flags = detect_all(_frame(day=day, tank=_steady()),
                       Spec(["tank"], counters={"day": DAYS[0].date() - dt.timedelta(100)}))
    assert _flagged(flags["date_shift"]) == {("2024-02-10", "day")}
    assert flags["date_shift"].expected.at[DAYS[40], "day"].startswith("140 ")


def test_column_shift_names_the_twin_column():
    tank, apc = _steady(10, 3000), _steady(20, 6000)
    tank[35] = apc[35]
    flags = detect_all(_frame(tank=tank, APC=apc), Spec(["tank", "APC"]))
    assert _flagged(flags["column_shift"]) == {("2024-02-05", "tank")}
    assert "`APC`'s" in flags["column_shift"].expected.at[DAYS[35], "tank"]


def test_merged_column_continues_its_parts():
    autos = np.where(np.arange(60) < 30, _steady(5, 500), np.nan)
    fuel = np.where(np.arange(60) < 30, _steady(1, 100), np.nan)
    merged = np.where(np.arange(60) >= 30, _steady(6, 600), np.nan)
    frame = _frame(autos=autos, fuel=fuel, merged=merged)
    spec = Spec(["autos", "fuel", "merged"], merges=[(["autos", "fuel"], "merged")])
    assert not _flagged(detect_all(frame, spec)["category_merge"])
    frame["merged"] -= 300  # starts below the 774 its parts reached
    flags = detect_all(frame, spec)["category_merge"]
    assert _flagged(flags) == {("2024-01-31", "merged")}
    assert "at least 774" in flags.expected.at[DAYS[30], "merged"]


def test_qualifiers_outside_the_vocabulary():
    text = pd.DataFrame({"q": ["about", "more", "almost", "more than", ""]}, index=DAYS[:5])
    flags = qualifiers(text, ["q"])
    assert _flagged(flags) == {("2024-01-03", "q"), ("2024-01-04", "q")}


def test_spelling_variants_give_way_to_the_spelling_used_last():
    names = (["Bahmut"] * 4 + ["Kurakhiv and Izyum", "Кramatorsk", "Donetsk ans Lyman"]
             + ["Bakhmut and Donetsk"] * 5 + ["Kurakhove", "Kramatorsk and Lyman"] * 3
             + ["Kharkiv", "Kherson", "Izyum"])
    text = pd.DataFrame({"d": names}, index=DAYS[:len(names)])
    flags = spelling(text, ["d"])
    hits = {text.at[pd.Timestamp(d), "d"] for d, _ in _flagged(flags)}
    assert hits == {"Bahmut", "Kurakhiv and Izyum", "Кramatorsk", "Donetsk ans Lyman"}
    assert flags.expected.at[DAYS[0], "d"] == "`Bakhmut` for `Bahmut`"
    assert flags.expected.at[DAYS[6], "d"] == "`and` for `ans`"


def test_spans_and_undeclared_columns():
    frame = pd.DataFrame({"POW": [1, 2, 3, 4.0], "BUK": [1, np.nan, np.nan, np.nan]},
                         index=DAYS[:4])
    flags = spans(frame, ["POW"], {"POW": (None, DAYS[1].date())})
    assert _flagged(flags) == {("2024-01-03", "POW"), ("2024-01-04", "POW"),
                               ("2024-01-01", "BUK")}


def test_validate_reports_one_finding_per_cell_through_pandera():
    tank = _steady()
    tank[40] = 140
    data = SeriesInput(_frame(tank=tank), pd.DataFrame(index=DAYS), Spec(["tank"]))
    [finding] = validate(data, {"spike", "cumulative_nondecreasing"})
    assert (finding.date, finding.column, finding.check) == (DAYS[40].date(), "tank", "spike")
    assert finding.describe() == "2024-02-10 `tank` = 140: expected 1,400 (a digit typo?)"
    assert validate(SeriesInput(_frame(tank=_steady()), pd.DataFrame(index=DAYS),
                                Spec(["tank"])), {"spike"}) == []
