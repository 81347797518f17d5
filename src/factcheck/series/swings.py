"""Daily changes that swing out and back (`daily_delta`).

A mistyped running total shows in its daily changes: the change into it falls outside
everything the series did in the weeks before, and the change out of it falls outside
the other way, taking the total back to its trend (a "Λ" for a figure too high, a "V"
for one too low). An honest busy day is not taken back the next day.
"""

from __future__ import annotations

import pandas as pd

from factcheck.series.frames import Flags, Spec, fmt

#: days of daily changes that give the range a series' change normally stays in
SWING_WINDOW = 42
#: fewest changes from which that range is judged
SWING_MIN = 14


def swings(frame: pd.DataFrame, spec: Spec) -> Flags:
    """Figures whose change in is outside the range of the changes of the weeks before
    and whose change out is outside it the other way, the two together within twice
    that range (the next day compensates). Changes that may carry a restatement (dated
    that day or the day before) are not judged."""
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
        hit = (peak | dip) & back & ~restated
        flags.mask[col] = hit.reindex(s.index, fill_value=False)
        prev = known.shift(1)
        for ts in known.index[hit.to_numpy()]:
            flags.expected.at[ts, col] = (
                f"between {fmt(prev[ts] + lo[ts])} and {fmt(prev[ts] + hi[ts])} (a daily "
                f"change of {change_in[ts]:+,g} against {fmt(lo[ts])} to {fmt(hi[ts])} in "
                f"the {SWING_WINDOW} days before, taken back by {change_out[ts]:+,g} the "
                "next day)")
    return flags
