"""Detectors of the errors that daily running totals really contain, each by its cause.

Every detector works on a *wide* frame (one row per date, one column per series)
with whole-column operations, and returns :class:`Flags`: a boolean frame of the
cells it flags and, for those cells, what was expected. Nothing loops over rows.

- a total that falls without a restatement covering it (`cumulative_nondecreasing`);
- a cell out of line with both neighbours (`spike`): an inserted, dropped, changed or
  transposed digit, or a figure from another column;
- a daily change out of the range of the weeks before that the next day takes back
  (`daily_delta`, :mod:`factcheck.series.swings`);
- a figure carried forward in a series that seldom stands still (`stale_value`), a row
  carried forward (`stale_row`), and
  a restatement the figures do not show (`restatement_lag`): :mod:`factcheck.series.pauses`;
- a figure equal to another column's that day (`column_shift`);
- a row whose day counter lags its date, repeating an earlier day (`date_shift`);
- parts whose total does not continue into the column that replaced them
  (`category_merge`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from factcheck.series.frames import Flags, Spec, fmt, run_ids, shift
from factcheck.series.frames import typical as typical_change
from factcheck.series.pauses import restatement_lags, stale, stale_rows
from factcheck.series.swings import swings

__all__ = ["Flags", "Spec", "detect_all", "digit_edits"]

#: a figure equal to another column's counts as a shift only from this size (small counts
#: coincide by chance)
SHIFT_MIN = 100


def _neighbours(s: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The previous and next published figure of each cell (gaps skipped)."""
    known = s.dropna()
    return (known.shift(1).reindex(s.index), known.shift(-1).reindex(s.index))


def _allowed_drop(spec: Spec, frame: pd.DataFrame) -> pd.DataFrame:
    """How far each cell may fall: a restatement on that date or the day before
    (a restatement can show in the next day's figure)."""
    drop = pd.DataFrame(0.0, index=frame.index, columns=frame.columns)
    if spec.corrections is None:
        return drop
    adj = spec.corrections.reindex(columns=frame.columns).fillna(0.0)
    neg = (-adj.clip(upper=0.0)).groupby(level=0).sum()
    on_day = neg.reindex(frame.index, fill_value=0.0)
    day_after = neg.set_axis(neg.index + pd.Timedelta(days=1)).reindex(frame.index,
                                                                        fill_value=0.0)
    return drop + np.maximum(on_day, day_after)


def digit_edits(value: float) -> list[float]:
    """Numbers one keystroke away: a digit dropped, inserted, changed or two swapped."""
    if not np.isfinite(value) or value < 0 or not float(value).is_integer():
        return []
    s = str(int(value))
    out = set()
    for i in range(len(s) + 1):
        if i < len(s):
            out.add(s[:i] + s[i + 1:])
            if i + 1 < len(s):
                out.add(s[:i] + s[i + 1] + s[i] + s[i + 2:])
        for d in "0123456789":
            out.add(s[:i] + d + s[i:])
            if i < len(s):
                out.add(s[:i] + d + s[i + 1:])
    return sorted(float(t) for t in out if t and t != s and not (len(t) > 1 and t[0] == "0"))


def _run_neighbours(s: pd.Series) -> tuple[pd.Series, pd.Series]:
    """The figure before and after each cell's run of equal figures (gaps skipped)."""
    known = s.dropna()
    x = known.to_numpy(dtype=float)
    run = run_ids(x)
    starts = np.flatnonzero(np.diff(run, prepend=-1))
    v = x[starts]
    return (pd.Series(shift(v, 1)[run], index=known.index).reindex(s.index),
            pd.Series(shift(v, -1)[run], index=known.index).reindex(s.index))


#: a run of equal figures longer than this is a plateau, not a spike
MAX_SPIKE_RUN = 4
#: a figure is off its line when its two daily changes miss the typical one by this many
#: typical changes together (and by 3 units at least) ...
OFF_LINE = 3.0
#: ... and a one-keystroke edit of it misses by at most this share of that
EDIT_FITS = 0.25


def _drops(s: pd.Series, allowed: pd.Series) -> pd.Series:
    """Cells whose fall below the day before is blamed on them: for each fall, the
    run before it when that run is further off the line through its neighbours than
    the fallen run is from the line through its own (ties blame the earlier figure,
    which the later one restates)."""
    known = s.dropna()
    x = known.to_numpy(dtype=float)
    run = run_ids(x)
    starts = np.flatnonzero(np.diff(run, prepend=-1))
    v = x[starts]
    size = np.diff(np.append(starts, len(x)))
    slack = allowed.reindex(known.index).to_numpy(dtype=float)[starts]
    before, before2, after = shift(v, 1), shift(v, 2), shift(v, -1)
    fall = v < before - slack
    high_before = before - (np.where(np.isnan(before2), before, before2) + v) / 2
    low_here = (before + np.where(np.isnan(after), before, after)) / 2 - v
    blame_before = fall & (high_before >= low_here)
    blamed = (fall & ~blame_before) | np.append(blame_before[1:], False)
    blamed &= size <= MAX_SPIKE_RUN
    out = pd.Series(False, index=s.index)
    out[known.index] = blamed[run]
    return out


def _misfit(prev: pd.Series | float, x: pd.Series | float, nxt: pd.Series | float,
            typical: pd.Series | float) -> pd.Series | float:
    return abs(x - prev - typical) + abs(nxt - x - typical)


def _edit_fits(known: pd.Series, candidates: pd.Series) -> dict:
    """Cells (of ``candidates``) for which a one-keystroke edit fits the line: the edit."""
    prev, nxt, typical = known.shift(1), known.shift(-1), typical_change(known)
    pick = candidates.reindex(known.index, fill_value=False).to_numpy() & \
        prev.notna().to_numpy() & nxt.notna().to_numpy() & typical.notna().to_numpy()
    out = {}
    for ts, p, x, n, t in zip(known.index[pick], prev[pick].to_numpy(), known[pick].to_numpy(),
                              nxt[pick].to_numpy(), typical[pick].to_numpy(), strict=True):
        edits = np.array(digit_edits(float(x)))
        if not len(edits):
            continue
        fits = np.abs(edits - p - t) + np.abs(n - edits - t)
        best = int(fits.argmin())
        if fits[best] <= EDIT_FITS * _misfit(p, x, n, t):
            out[ts] = float(edits[best])
    return out


def spikes(frame: pd.DataFrame, spec: Spec, falls: dict[str, pd.Series] | None = None
           ) -> Flags:
    """Figures of running totals out of line: a fall blamed on them (one cell or a short
    run of a repeated figure), or daily changes far from the typical one that a
    one-keystroke edit (a digit dropped, inserted, changed or swapped) would mend."""
    flags = Flags.empty(frame)
    allowed = _allowed_drop(spec, frame)
    for col in spec.cumulative:
        if col not in frame:
            continue
        s = frame[col]
        known = s.dropna()
        fell = falls[col] if falls is not None else _drops(s, allowed[col])
        typical = typical_change(known)
        scale = np.maximum(typical.abs(), 1.0)
        up, down = known - known.shift(1) - typical, known.shift(-1) - known - typical
        # a spike: off the typical change one way, then back the other way
        suspect = (np.sign(up) * np.sign(down) < 0) & (up.abs() + down.abs() >= OFF_LINE * scale)
        suspect &= (up.abs() + down.abs() >= 3)
        suspect |= fell.reindex(known.index)
        typo = _edit_fits(known, suspect)
        hit = fell | pd.Series(s.index.isin(list(typo)), index=s.index)
        flags.mask[col] = hit
        prev, nxt = _run_neighbours(s)
        for ts in s.index[hit.to_numpy()]:
            if ts in typo:
                flags.expected.at[ts, col] = f"{fmt(typo[ts])} (a digit typo?)"
            else:
                flags.expected.at[ts, col] = f"between {fmt(prev[ts])} and {fmt(nxt[ts])}"
    return flags


def falls(frame: pd.DataFrame, spec: Spec) -> dict[str, pd.Series]:
    """Each running total's cells blamed for a fall (see :func:`_drops`)."""
    allowed = _allowed_drop(spec, frame)
    return {c: _drops(frame[c], allowed[c]) for c in spec.cumulative if c in frame}


def nondecreasing(frame: pd.DataFrame, spec: Spec,
                  blamed: dict[str, pd.Series] | None = None) -> Flags:
    """A running total that falls below the day before more than a restatement on that
    date (or the day before) allows; the fall is blamed as :func:`spikes` blames it."""
    flags = Flags.empty(frame)
    allowed = _allowed_drop(spec, frame)
    for col in spec.cumulative:
        if col not in frame:
            continue
        hit = blamed[col] if blamed is not None else _drops(frame[col], allowed[col])
        flags.mask[col] = hit
        for ts in frame.index[hit.to_numpy()]:
            covered = allowed.at[ts, col]
            why = f" (a restatement covers {fmt(covered)})" if covered else \
                " (no restatement on this date or the day before)"
            flags.expected.at[ts, col] = f"a total that does not fall{why}"
    return flags


def column_shifts(frame: pd.DataFrame, spec: Spec, out_of_line: pd.DataFrame) -> Flags:
    """A figure out of its own line that equals another column's figure that day."""
    flags = Flags.empty(frame)
    cols = [c for c in spec.cumulative if c in frame]
    if not cols:
        return flags
    v = frame[cols].to_numpy(dtype=float)
    equal = (v[:, :, None] == v[:, None, :]) & ~np.eye(len(cols), dtype=bool)[None]
    twin = equal.any(axis=2) & (v >= SHIFT_MIN)
    hit = twin & out_of_line[cols].to_numpy(dtype=bool)
    for i, j in zip(*np.nonzero(hit), strict=True):
        other = cols[int(np.argmax(equal[i, j]))]
        flags.mask.iat[i, flags.mask.columns.get_loc(cols[j])] = True
        flags.expected.at[frame.index[i], cols[j]] = (
            f"its own figure, not `{other}`'s {fmt(v[i, j])}")
    return flags


def date_shifts(frame: pd.DataFrame, spec: Spec) -> Flags:
    """Rows whose day counter lags the date and that repeat an earlier row: every figure
    that moved since is flagged, and the counter itself. A counter that is merely
    mistyped (the row's figures are new) is flagged alone."""
    flags = Flags.empty(frame)
    for col, zero in spec.counters.items():
        if col not in frame:
            continue
        want = pd.Series((frame.index - pd.Timestamp(zero)).days, index=frame.index,
                         dtype=float)
        day = frame[col]
        lag = (want - day).where(day.notna(), 0.0)
        wrong = lag != 0
        flags.mask[col] = wrong
        for ts in frame.index[wrong.to_numpy()]:
            flags.expected.at[ts, col] = f"{fmt(want[ts])} (days since {zero})"
        data = frame.drop(columns=[col]).select_dtypes("number")
        copy = pd.Series(False, index=frame.index)
        for k in sorted({int(x) for x in lag[lag > 0].unique()}):
            same = (data == data.shift(k)) | data.isna()
            copy |= (lag == k) & same.all(axis=1) & data.notna().any(axis=1)
        run = (lag != lag.shift()).cumsum()
        shifted = copy.groupby(run).transform("first") & (lag > 0)
        good = data.where(~wrong, axis=0).bfill()
        moved = (data != good) & data.notna() & good.notna()
        hit = moved & shifted.to_numpy()[:, None]
        for c in data.columns:
            flags.mask[c] = hit[c]
        for ts in frame.index[shifted.to_numpy()]:
            was = (ts - pd.Timedelta(days=int(lag[ts]))).date()
            for c in data.columns[hit.loc[ts].to_numpy()]:
                flags.expected.at[ts, c] = (f"the figure for {ts.date()}, not a repeat "
                                            f"of {was}'s")
        flags.rows = shifted if flags.rows is None else flags.rows | shifted
    return flags


def merges(frame: pd.DataFrame, spec: Spec) -> Flags:
    """A column that replaces others continues their total on its first day."""
    flags = Flags.empty(frame)
    for parts, total in spec.merges:
        if total not in frame or any(p not in frame for p in parts):
            continue
        merged = frame[total]
        first = merged.first_valid_index()
        if first is None:
            continue
        before = frame.loc[frame.index < first, parts].dropna(how="any")
        if before.empty:
            continue
        carried = float(before.iloc[-1].sum())
        if merged[first] < carried:
            flags.mask.at[first, total] = True
            flags.expected.at[first, total] = (
                f"at least {fmt(carried)} (the total of {', '.join(parts)} on "
                f"{before.index[-1].date()}, which it continues)")
    return flags


def detect_all(frame: pd.DataFrame, spec: Spec) -> dict[str, Flags]:
    """Every numeric detector, causes first: rows carrying another date's figures are
    set aside before neighbours are judged, and a fall already explained by a spike is
    not blamed again."""
    out = {"date_shift": date_shifts(frame, spec)}
    rows = out["date_shift"].rows
    clean = frame if rows is None else frame.where(~rows, axis=0)
    blamed = falls(clean, spec)
    out["spike"] = spikes(clean, spec, blamed)
    out["cumulative_nondecreasing"] = nondecreasing(clean, spec, blamed)
    out["daily_delta"] = swings(clean, spec)
    out["stale_value"] = stale(clean, spec)
    out["stale_row"] = stale_rows(clean, spec)
    out["restatement_lag"] = restatement_lags(clean, spec)
    out["column_shift"] = column_shifts(clean, spec, out["spike"].mask)
    out["category_merge"] = merges(clean, spec)
    return out
