"""Daily changes that swing out and back (`daily_delta`).

A mistyped running total shows in its daily changes: the change into it falls outside
everything the series did in the weeks before, and the change out of it falls outside
the other way, taking the total back to its trend (a "Λ" for a figure too high, a "V"
for one too low). An honest busy day is not taken back the next day.

Two measures of "outside": the range (minimum..maximum) of the weeks before, and, for a
series whose changes are steadier, a departure from their median of several robust
spreads (the interquartile range / 1.349) that the next day takes back.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from factcheck.series.frames import Flags, Spec, fmt

#: days of daily changes that give the range a series' change normally stays in
SWING_WINDOW = 42
#: fewest changes from which that range is judged
SWING_MIN = 14
#: days of daily changes whose median and spread give a series' typical change
ROBUST_WINDOW = 28
#: a change this many robust spreads off the typical one, out and back, is out of line.
#: Among 2022-2023 figures never corrected, 26 depart by 1.5 spreads or more, 8 by 2,
#: none by 2.5 (the largest, 2.38): about a third fewer per half spread; at 3 fewer than
#: one honest figure in 10,000 is expected (a tenth of the false-alarm budget)
ROBUST_Z = 3.0


def _quantile(ordered: np.ndarray, q: float) -> np.ndarray:
    """The ``q`` quantile of each sorted row (linear interpolation, as pandas)."""
    at = q * (ordered.shape[1] - 1)
    lo = int(np.floor(at))
    hi = min(lo + 1, ordered.shape[1] - 1)
    return ordered[:, lo] + (at - lo) * (ordered[:, hi] - ordered[:, lo])


def robust_line(change: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Each day's typical change (median) and robust spread (interquartile range / 1.349,
    at least 1) over the :data:`ROBUST_WINDOW` changes before it (NaN before that)."""
    x = change.to_numpy(dtype=float)
    med, spread = np.full(len(x), np.nan), np.full(len(x), np.nan)
    if len(x) > ROBUST_WINDOW:
        ordered = np.sort(np.lib.stride_tricks.sliding_window_view(x[:-1], ROBUST_WINDOW),
                          axis=1)  # a gap (NaN) sorts last and makes its rows NaN below
        full = ~np.isnan(ordered[:, -1])
        med[ROBUST_WINDOW:] = np.where(full, _quantile(ordered, 0.5), np.nan)
        iqr = _quantile(ordered, 0.75) - _quantile(ordered, 0.25)
        spread[ROBUST_WINDOW:] = np.where(full, np.maximum(iqr / 1.349, 1.0), np.nan)
    return pd.Series(med, index=change.index), pd.Series(spread, index=change.index)


def swings(frame: pd.DataFrame, spec: Spec) -> Flags:
    """Figures whose change in is outside the range of the changes of the weeks before
    (or :data:`ROBUST_Z` robust spreads off their median) and whose change out is
    outside it the other way, the two together within twice that range (the next day
    compensates). Changes that may carry a restatement (dated that day or the day
    before) are not judged."""
    flags = Flags.empty(frame)
    adj = None if spec.corrections is None else spec.corrections.groupby(level=0).sum()
    for col in spec.cumulative:
        if col not in frame:
            continue
        s = frame[col]
        known = s.dropna()
        change_in = known.diff()
        restated = pd.Series(False, index=known.index)
        if adj is not None and col in adj:  # a restatement is not a day's change
            days = adj.index[adj[col].fillna(0.0).to_numpy() != 0]
            for lag in (-1, 0, 1):  # it shows on its date or the next day
                restated |= known.index.isin(days + pd.Timedelta(days=lag))
        change_out = change_in.shift(-1)
        before = change_in.shift(1).rolling(SWING_WINDOW, min_periods=SWING_MIN)
        lo, hi = before.min(), before.max()
        both = change_in + change_out
        back = (both >= 2 * lo) & (both <= 2 * hi)
        peak = (change_in > hi) & (change_out < lo)
        dip = (change_in < lo) & (change_out > hi)
        typical, spread = robust_line(change_in)
        off_in, off_out = (change_in - typical) / spread, (change_out - typical) / spread
        # off the line one way, back the other, the larger at most twice the smaller
        smaller = np.minimum(off_in.abs(), off_out.abs())
        robust = (np.sign(off_in) * np.sign(off_out) < 0) & (smaller >= ROBUST_Z) & \
            ((off_in + off_out).abs() <= smaller)
        hit = (peak | dip | robust) & back & ~restated
        flags.mask[col] = hit.reindex(s.index, fill_value=False)
        prev = known.shift(1)
        ranged = peak | dip
        for ts in known.index[hit.to_numpy()]:
            flags.expected.at[ts, col] = (
                f"between {fmt(prev[ts] + lo[ts])} and {fmt(prev[ts] + hi[ts])} (a daily "
                f"change of {change_in[ts]:+,g} against {fmt(lo[ts])} to {fmt(hi[ts])} in "
                f"the {SWING_WINDOW} days before, taken back by {change_out[ts]:+,g} the "
                "next day)") if ranged[ts] else (
                f"about {fmt(prev[ts] + typical[ts])} (a daily change of "
                f"{change_in[ts]:+,g} against a typical {typical[ts]:+,g} give or take "
                f"{spread[ts]:,.0f} in the {ROBUST_WINDOW} days before, taken back by "
                f"{change_out[ts]:+,g} the next day)")
    return flags
