"""Figures that stand still when they should have moved.

- `stale_value`: a figure carried forward from the day before, judged by how often the
  series itself stands still (its rate, estimated per column from the weeks before)
  and by the catch-up after the pause: a pause the series' rate makes improbable,
  followed by a jump of the missing days' worth, or any short pause followed by a jump
  of several days' worth at once; and, in a series that did not stand still in the
  weeks before, by the size of its daily changes: a pause that changes of their size
  and spread make a one-in-a-million coincidence (see
  :func:`standstill_chance`), followed by a jump past halfway from one day's worth to
  the missing days' worth and the day's;
- `stale_row`: a row carried forward: running totals that each seldom stand still all
  stand still on one date, a coincidence their own rates make improbable;
- `restatement_lag`: a restatement in the corrections file that the figures do not
  show: the column stands still on its date and the day after, so the figures from
  that date until the column moves were published without it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from factcheck.series.frames import Flags, Spec, fmt, run_ids, shift, typical

#: weeks of daily changes from which a series' rate of standing still is estimated
MOVING_WINDOW = 28
#: fewest daily changes from which a row's pauses are judged
MIN_HISTORY = 7
#: a row is carried forward when the chance of its pauses together, each at its column's
#: own rate, is below this; the most improbable honest row of 2022-2023 had 1 in 4,000,
#: and a rarer coincidence by two orders of magnitude is asked for
ROW_ODDS = 1e-6
#: a column counts towards that chance when it moves on most days
MOVES_MOSTLY = 0.5
#: a pause longer than this many days is a pause, not a figure carried forward
MAX_PAUSE = 4
#: a pause is improbable when the series' rate of standing still gives it a chance
#: below this
PAUSE_ODDS = 1 / 500
#: a series that stood still on at most this many days of the window moves nearly daily
STILL_DAYS = 4
#: ... and a jump after its pause of this many times what the pause and the day after
#: usually add is a catch-up
CATCH_UP = 2.5


def standstill_chance(change: np.ndarray) -> np.ndarray:
    """Each day's chance that a series whose daily changes were those of the
    :data:`MOVING_WINDOW` days up to it stands still: a zero under the negative binomial
    with their mean and variance (Poisson when they vary less than a count does; 1 for
    a series that did not rise). A series rising 150 a day give or take 60 stands still
    by chance about once in 10^9 days; one rising 4 give or take 3, once in 14."""
    window = pd.Series(change).rolling(MOVING_WINDOW)
    mean, var = window.mean().to_numpy(), window.var().to_numpy()
    rising = mean > 0
    m = np.where(rising, mean, 1.0)
    over = rising & (var > m)  # overdispersed: negative binomial
    v = np.where(over, var, 2.0 * m)
    log_chance = np.where(over, m * m / (v - m) * np.log(m / v), -m)
    return np.where(rising, np.exp(log_chance), 1.0)


def _runs(known: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Per figure: its run number, and per run: start, length, and the change after it."""
    x = known.to_numpy(dtype=float)
    run = run_ids(x)
    starts = np.flatnonzero(np.diff(run, prepend=-1))
    size = np.diff(np.append(starts, len(x)))
    jump = shift(x[starts], -1) - x[starts]
    return run, starts, size, jump


def _stale_runs(known: pd.Series) -> np.ndarray:
    """Which runs of a series' figures are stale (figures after the first of each run)."""
    x = known.to_numpy(dtype=float)
    run, starts, size, jump = _runs(known)
    same = np.concatenate(([False], x[1:] == x[:-1]))
    still = np.concatenate(([0], np.cumsum(same)))  # days stood still up to each figure
    lo = starts - MOVING_WINDOW
    still_before = np.where(lo >= 0, still[starts] - still[np.maximum(lo, 0)], -1)
    known_rate = lo >= 0
    change = np.diff(x, prepend=np.nan)
    # the mean daily rise over the window, up to the run's first figure
    rate = pd.Series(np.clip(change, 0, None)).rolling(MOVING_WINDOW).mean()
    rate = rate.to_numpy()[starts]
    median = typical(known).to_numpy(dtype=float)[starts]
    pause = size - 1  # days the figure repeats the one before
    # a series that moved every day of the window: any pause then a catch-up
    daily = (still_before == 0) & (median > 0) & (jump >= size * median)
    # the chance of so long a pause at the series' own rate of standing still
    odds = ((still_before + 1) / (MOVING_WINDOW + 2)) ** pause
    improbable = known_rate & (odds <= PAUSE_ODDS) & (jump >= pause * rate)
    catch_up = known_rate & (still_before <= STILL_DAYS) & (jump >= CATCH_UP * size * rate)
    # in a series that did not stand still in the window (where the rate above is only
    # its prior), a pause the size of its changes makes a coincidence as rare as a stale
    # row (ROW_ODDS), then a jump nearer to the pause's worth plus a day than to one
    # day's (past the midpoint of the two)
    chance = standstill_chance(change)[starts] ** np.maximum(pause, 1)
    unlikely = (still_before == 0) & (chance <= ROW_ODDS) & (jump >= (pause + 2) / 2 * rate)
    return (pause >= 1) & (pause <= MAX_PAUSE) & (rate > 0) & (
        daily | improbable | catch_up | unlikely)


def stale(frame: pd.DataFrame, spec: Spec) -> Flags:
    """Figures repeated from the day before where the series' own movement says it
    should have moved and the jump after the pause makes up for it."""
    flags = Flags.empty(frame)
    for col in spec.cumulative:
        if col not in frame:
            continue
        s = frame[col]
        known = s.dropna()
        if len(known) < 2:
            continue
        x = known.to_numpy(dtype=float)
        run = run_ids(x)
        same = np.concatenate(([False], x[1:] == x[:-1]))
        hit = pd.Series(same & _stale_runs(known)[run], index=known.index)
        flags.mask[col] = hit.reindex(s.index, fill_value=False)
        for ts in s.index[flags.mask[col].to_numpy()]:
            flags.expected.at[ts, col] = (
                f"a figure above {fmt(s[ts])} (this repeats the day before in a series "
                "that seldom stands still, and the figure after the pause makes up for it)")
    return flags


def stale_rows(frame: pd.DataFrame, spec: Spec) -> Flags:
    """Rows whose running totals stand still together where each column's own rate of
    standing still (days still in the weeks before, Laplace-smoothed) makes so many
    pauses at once improbable: each still figure of a column that moves on most days,
    and of any other column that moves the day after."""
    flags = Flags.empty(frame)
    cols = [c for c in spec.cumulative if c in frame]
    if not cols:
        return flags
    change = frame[cols].diff()
    still = change == 0
    before = change.notna().astype(float).shift(1).rolling(MOVING_WINDOW,
                                                           min_periods=MIN_HISTORY).sum()
    stood = still.astype(float).shift(1).rolling(MOVING_WINDOW, min_periods=MIN_HISTORY).sum()
    rate = (stood + 1) / (before + 2)  # NaN without enough history
    counted = still & (rate < MOVES_MOSTLY)
    odds = np.exp(np.log(rate.where(counted, 1.0)).sum(axis=1))
    # in such a row, a column that often stands still is flagged too when it moves the
    # next day (its catch-up)
    caught_up = still & (change.shift(-1) > 0)
    hit = (counted | caught_up) & (odds <= ROW_ODDS).to_numpy()[:, None]
    for col in cols:
        flags.mask[col] = hit[col]
    for ts in frame.index[hit.any(axis=1).to_numpy()]:
        named = [c for c in cols if hit.at[ts, c]]
        for col in named:
            flags.expected.at[ts, col] = (
                f"a figure above {fmt(frame.at[ts, col])} (the row repeats the day before in "
                f"{int(counted.loc[ts].sum())} columns that each move on most days: a chance "
                f"of 1 in {1 / odds[ts]:,.0f} together)")
    return flags


def restatement_lags(frame: pd.DataFrame, spec: Spec) -> Flags:
    """Figures published without a restatement dated on or before them: the column
    stands still on the restatement's date and the day after (a restatement shows in
    that date's change, or the next day's), until it next moves."""
    flags = Flags.empty(frame)
    if spec.corrections is None or frame.empty:
        return flags
    adj = spec.corrections.groupby(level=0).sum()
    for col in spec.cumulative:
        if col not in frame or col not in adj:
            continue
        s = frame[col]
        known = s.dropna()
        if len(known) < 3:
            continue
        run, starts, size, _ = _runs(known)
        day = known.index.to_numpy()
        for date, a in adj[col].items():
            if not a or pd.isna(a):
                continue
            i = int(np.searchsorted(day, np.datetime64(date)))
            if i < 1 or i + 1 >= len(known) or day[i] != np.datetime64(date):
                continue
            r = run[i]
            if run[i - 1] != r or run[i + 1] != r:
                continue  # the figure moved on the date or the day after
            end = starts[r] + size[r]
            since = known.index[starts[r]].date()
            for ts in known.index[i:end]:
                flags.mask.at[ts, col] = True
                flags.expected.at[ts, col] = (
                    f"a figure that includes the restatement of {a:+,g} dated "
                    f"{pd.Timestamp(date).date()} (the figure has stood at "
                    f"{fmt(known.iloc[i])} since {since})")
    return flags
