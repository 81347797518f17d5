"""Stale values by a column's own rate, restatements the figures miss, daily swings."""

from __future__ import annotations

import numpy as np
import pandas as pd

from factcheck.series import pauses
from factcheck.series.detect import Spec, detect_all
from factcheck.series.pauses import restatement_lags, stale
from factcheck.series.swings import swings
from factcheck.series.validate import SeriesInput, validate

DAYS = pd.date_range("2024-01-01", periods=80, freq="D")


def _series(steps) -> pd.DataFrame:
    """A running total from its daily changes (the first figure is 1,000)."""
    steps = np.asarray(steps, dtype=float)
    return pd.DataFrame({"tank": 1000 + np.concatenate(([0.0], np.cumsum(steps)))},
                        index=DAYS[:len(steps) + 1])


def _flagged(flags) -> list[str]:
    return [ts.date().isoformat() for ts in flags.mask.index[flags.mask["tank"].to_numpy()]]


def _moving(n: int, still: tuple[int, ...] = ()) -> list[float]:
    """Daily changes of 40 to 60, never zero except on the days ``still``."""
    steps = [40.0 + (7 * i) % 21 for i in range(n)]
    for i in still:
        steps[i] = 0.0
    return steps


def test_an_improbable_pause_with_its_catch_up_is_stale():
    # moved every day for weeks; stands still two days; then 120, more than the two
    # missing days' worth (about 100) but short of three typical days (the older rule)
    steps = _moving(50) + [0.0, 0.0, 120.0] + _moving(10)
    flags = stale(_series(steps), Spec(["tank"]))
    assert _flagged(flags) == ["2024-02-21", "2024-02-22"]
    assert "repeats the day before" in flags.expected.at[DAYS[51], "tank"]
    steps[52] = 80.0  # no catch-up: the series just slowed down
    assert _flagged(stale(_series(steps), Spec(["tank"]))) == []


def test_a_pause_is_judged_by_the_series_own_rate_of_standing_still():
    # three still days in the four weeks before: a two-day pause is not improbable ...
    steps = _moving(50, still=(25, 32, 40)) + [0.0, 0.0, 120.0] + _moving(10)
    assert _flagged(stale(_series(steps), Spec(["tank"]))) == []
    # ... unless the jump after it makes up for several days at once
    steps[52] = 400.0
    assert _flagged(stale(_series(steps), Spec(["tank"]))) == ["2024-02-21", "2024-02-22"]


def test_a_one_day_pause_needs_a_catch_up_of_several_days():
    steps = _moving(50, still=(30, 40)) + [0.0, 300.0] + _moving(10)
    assert _flagged(stale(_series(steps), Spec(["tank"]))) == ["2024-02-21"]
    steps[51] = 150.0  # three days' worth: an honest quiet day, then a busy one
    assert _flagged(stale(_series(steps), Spec(["tank"]))) == []


def test_a_pause_the_size_of_the_changes_makes_improbable_needs_only_half_a_catch_up():
    # changes of 40 to 60 and no pause in four weeks: standing still by chance is a
    # one-in-10^20 coincidence, so a jump past the midpoint of one day's worth (50) and
    # two days' (100) is a catch-up, though short of the two typical days asked before
    steps = _moving(50) + [0.0, 80.0] + _moving(10)
    assert _flagged(stale(_series(steps), Spec(["tank"]))) == ["2024-02-21"]
    steps[51] = 70.0  # below the midpoint: a quiet day, then a busy one
    assert _flagged(stale(_series(steps), Spec(["tank"]))) == []


def test_small_counts_stand_still_by_chance():
    # changes of 1 to 7 (mean 4): a zero is a one-in-ten day, whatever the jump after
    steps = [1.0 + (5 * i) % 7 for i in range(50)] + [0.0, 7.0] + [4.0] * 10
    assert pauses.standstill_chance(np.diff(_series(steps)["tank"].to_numpy(),
                                            prepend=np.nan))[50] > 0.01
    assert _flagged(stale(_series(steps), Spec(["tank"]))) == []


def test_the_chance_of_standing_still_follows_the_size_and_spread_of_the_changes():
    steady = np.array([np.nan] + [150.0 + (37 * i) % 121 - 60 for i in range(40)])
    bursty = np.array([np.nan] + [0.0 if i % 3 else 450.0 for i in range(40)])
    small = np.array([np.nan] + [1.0 + (5 * i) % 7 for i in range(40)])
    chance = [pauses.standstill_chance(c)[-1] for c in (steady, bursty, small)]
    assert chance[0] < 1e-6 < chance[2] < chance[1]  # a burst series often stands still
    falling = np.array([np.nan] + [-1.0] * 40)
    assert pauses.standstill_chance(falling)[-1] == 1.0  # no rise: no judgement


def test_a_long_pause_is_not_a_stale_figure():
    steps = _moving(50) + [0.0] * 6 + [2000.0] + _moving(10)
    assert _flagged(stale(_series(steps), Spec(["tank"]))) == []


def _fixes(day: pd.Timestamp, adj: float) -> pd.DataFrame:
    return pd.DataFrame({"tank": [adj]}, index=[day])


def test_a_restatement_the_figures_do_not_show():
    steps = [1.0] * 30 + [0.0, 0.0, 0.0, 0.0, 3.0] + [1.0] * 10
    frame = _series(steps)  # stands at 1,030 from 2024-01-31 to 2024-02-04
    flags = restatement_lags(frame, Spec(["tank"], _fixes(DAYS[31], -2.0)))
    assert _flagged(flags) == ["2024-02-01", "2024-02-02", "2024-02-03", "2024-02-04"]
    assert flags.expected.at[DAYS[32], "tank"] == (
        "a figure that includes the restatement of -2 dated 2024-02-01 (the figure has "
        "stood at 1,030 since 2024-01-31)")
    # shown on its date or the next day: nothing to flag
    assert _flagged(restatement_lags(frame, Spec(["tank"], _fixes(DAYS[34], -2.0)))) == []
    assert _flagged(restatement_lags(frame, Spec(["tank"], _fixes(DAYS[20], 5.0)))) == []
    assert _flagged(restatement_lags(frame, Spec(["tank"]))) == []
    assert _flagged(restatement_lags(frame, Spec(["tank"], _fixes(DAYS[31], 0.0)))) == []


def test_the_restatement_lag_runs_through_pandera_as_its_own_validator():
    frame = _series([1.0] * 30 + [0.0, 0.0, 3.0] + [1.0] * 10)
    data = SeriesInput(frame, pd.DataFrame(index=frame.index),
                       Spec(["tank"], _fixes(DAYS[31], 1.0)))
    found = validate(data, {"restatement_lag"})
    assert [(str(f.date), f.check) for f in found] == [("2024-02-01", "restatement_lag"),
                                                       ("2024-02-02", "restatement_lag")]
    assert "restatement of +1 dated 2024-02-01" in found[0].expected


def test_a_daily_change_taken_back_the_next_day():
    steps = _moving(50)
    steps[45] += 60.0  # the figure of day 46 typed 60 too high ...
    steps[46] -= 60.0  # ... and the next figure back on the trend
    flags = swings(_series(steps), Spec(["tank"]))
    assert _flagged(flags) == ["2024-02-16"]
    assert "taken back by" in flags.expected.at[DAYS[46], "tank"]
    assert "daily_delta" in detect_all(_series(steps), Spec(["tank"]))


def test_a_busy_day_that_stays_is_no_swing():
    steps = _moving(50)
    steps[45] += 60.0  # a busy day: the total keeps it
    assert _flagged(swings(_series(steps), Spec(["tank"]))) == []
    steps[46] = 30.0  # a quiet day after it does not take the busy day back
    assert _flagged(swings(_series(steps), Spec(["tank"]))) == []


def test_a_restatement_is_not_a_swing():
    steps = _moving(50)
    steps[45] -= 60.0  # the day's change carries a restatement of -60 ...
    steps[46] += 60.0  # ... or the figure was typed low and put right the next day
    frame = _series(steps)
    assert _flagged(swings(frame, Spec(["tank"]))) == ["2024-02-16"]
    for day in (DAYS[45], DAYS[46], DAYS[47]):  # shown that day or the next
        assert _flagged(swings(frame, Spec(["tank"], _fixes(day, -60.0)))) == []
    assert _flagged(swings(frame, Spec(["tank"], _fixes(DAYS[30], -60.0)))) == ["2024-02-16"]


def _steady_with_outliers() -> list[float]:
    """Daily changes of 40 to 60 (typically +47 give or take 10 robust units) with one
    quiet day (+5) and one busy day (+120) in the weeks before day 46: the range of the
    changes is wide, their spread narrow."""
    steps = _moving(50)
    steps[20], steps[30] = 5.0, 120.0
    return steps


def test_a_figure_off_the_steady_line_and_back_is_a_swing_within_the_range():
    steps = _steady_with_outliers()
    steps[45] = 47.0 + 35.0  # typed 35 too high: within 5..120, but 3.4 spreads off
    steps[46] = 47.0 - 35.0  # ... and back on the line the next day
    flags = swings(_series(steps), Spec(["tank"]))
    assert _flagged(flags) == ["2024-02-16"]
    assert flags.expected.at[DAYS[46], "tank"] == (
        "about 3,193 (a daily change of +82 against a typical +47 give or take 10 in the "
        "28 days before, taken back by +12 the next day)")


def test_an_honest_busy_day_or_a_partial_return_is_no_robust_swing():
    steps = _steady_with_outliers()
    steps[45] = 47.0 + 35.0  # a busy day the total keeps
    assert _flagged(swings(_series(steps), Spec(["tank"]))) == []
    steps[46] = 47.0 - 15.0  # a quiet day after it: 1.4 spreads, not 3
    assert _flagged(swings(_series(steps), Spec(["tank"]))) == []
    steps[45], steps[46] = 47.0 + 33.0, 47.0 - 33.0  # out and back by 3.2 spreads
    assert _flagged(swings(_series(steps), Spec(["tank"]))) == ["2024-02-16"]
    steps[45], steps[46] = 47.0 + 28.0, 47.0 - 28.0  # by 2.7 spreads: noise
    assert _flagged(swings(_series(steps), Spec(["tank"]))) == []
    steps[45], steps[46] = 47.0 + 110.0, 47.0 - 35.0  # back by a third: a busy day
    assert _flagged(swings(_series(steps), Spec(["tank"]))) == []
