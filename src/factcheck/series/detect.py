"""Detectors of the errors that daily running totals really contain, each by its cause.

Every detector works on a *wide* frame (one row per date, one column per series)
with whole-column operations, and returns :class:`Flags`: a boolean frame of the
cells it flags and, for those cells, what was expected. Nothing loops over rows.

- a total that falls without a restatement covering it (`cumulative_nondecreasing`);
- a cell out of line with both neighbours (`spike`): an inserted, dropped, changed or
  transposed digit, or a figure from another column;
- a figure carried forward unchanged in a series that moves every day (`stale_value`);
- a figure equal to another column's that day (`column_shift`);
- a row whose day counter lags its date, repeating an earlier day (`date_shift`);
- parts whose total does not continue into the column that replaced them
  (`category_merge`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

#: a repeated figure is stale only in a series that moved on each of this many days before
MOVING_WINDOW = 28
#: a figure equal to another column's counts as a shift only from this size (small counts
#: coincide by chance)
SHIFT_MIN = 100


@dataclass
class Flags:
    """Cells one detector flags, and for each what was expected (text)."""

    mask: pd.DataFrame
    expected: pd.DataFrame
    #: rows that carry another date's figures (left out when judging neighbours)
    rows: pd.Series | None = None

    @classmethod
    def empty(cls, like: pd.DataFrame) -> Flags:
        mask = pd.DataFrame(False, index=like.index, columns=like.columns)
        return cls(mask, pd.DataFrame("", index=like.index, columns=like.columns, dtype=object))


@dataclass
class Spec:
    """What a dataset declares that the detectors need."""

    cumulative: list[str]
    corrections: pd.DataFrame | None = None  # date x column: signed restatements
    counters: dict[str, dt.date] = field(default_factory=dict)  # column -> its day 0
    merges: list[tuple[list[str], str]] = field(default_factory=list)


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,g}"


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
    run = _run_ids(x)
    starts = np.flatnonzero(np.diff(run, prepend=-1))
    v = x[starts]
    return (pd.Series(_shift(v, 1)[run], index=known.index).reindex(s.index),
            pd.Series(_shift(v, -1)[run], index=known.index).reindex(s.index))


#: a run of equal figures longer than this is a plateau, not a spike
MAX_SPIKE_RUN = 4
#: days of daily changes whose median is a series' typical daily change
TYPICAL_WINDOW = 14
#: a figure is off its line when its two daily changes miss the typical one by this many
#: typical changes together (and by 3 units at least) ...
OFF_LINE = 3.0
#: ... and a one-keystroke edit of it misses by at most this share of that
EDIT_FITS = 0.25


def _run_ids(x: np.ndarray) -> np.ndarray:
    """Run number of each figure: equal consecutive figures share one."""
    return np.concatenate(([0], np.cumsum(x[1:] != x[:-1]))) if len(x) else x.astype(int)


def _shift(a: np.ndarray, k: int) -> np.ndarray:
    """``a`` moved by ``k`` places (positive: later), NaN where nothing moves in."""
    out = np.full(len(a), np.nan)
    if k > 0:
        out[k:] = a[:-k]
    elif k < 0:
        out[:k] = a[-k:]
    else:
        out[:] = a
    return out


def _drops(s: pd.Series, allowed: pd.Series) -> pd.Series:
    """Cells whose fall below the day before is blamed on them: for each fall, the
    run before it when that run is further off the line through its neighbours than
    the fallen run is from the line through its own (ties blame the earlier figure,
    which the later one restates)."""
    known = s.dropna()
    x = known.to_numpy(dtype=float)
    run = _run_ids(x)
    starts = np.flatnonzero(np.diff(run, prepend=-1))
    v = x[starts]
    size = np.diff(np.append(starts, len(x)))
    slack = allowed.reindex(known.index).to_numpy(dtype=float)[starts]
    before, before2, after = _shift(v, 1), _shift(v, 2), _shift(v, -1)
    fall = v < before - slack
    high_before = before - (np.where(np.isnan(before2), before, before2) + v) / 2
    low_here = (before + np.where(np.isnan(after), before, after)) / 2 - v
    blame_before = fall & (high_before >= low_here)
    blamed = (fall & ~blame_before) | np.append(blame_before[1:], False)
    blamed &= size <= MAX_SPIKE_RUN
    out = pd.Series(False, index=s.index)
    out[known.index] = blamed[run]
    return out


def _typical(known: pd.Series) -> pd.Series:
    """Each day's typical daily change: the median of the changes before it."""
    change = known.diff()
    return change.rolling(TYPICAL_WINDOW, min_periods=TYPICAL_WINDOW // 2).median().shift(1)


def _misfit(prev: pd.Series | float, x: pd.Series | float, nxt: pd.Series | float,
            typical: pd.Series | float) -> pd.Series | float:
    return abs(x - prev - typical) + abs(nxt - x - typical)


def _edit_fits(known: pd.Series, candidates: pd.Series) -> dict:
    """Cells (of ``candidates``) for which a one-keystroke edit fits the line: the edit."""
    prev, nxt, typical = known.shift(1), known.shift(-1), _typical(known)
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
        typical = _typical(known)
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
                flags.expected.at[ts, col] = f"{_fmt(typo[ts])} (a digit typo?)"
            else:
                flags.expected.at[ts, col] = f"between {_fmt(prev[ts])} and {_fmt(nxt[ts])}"
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
            why = f" (a restatement covers {_fmt(covered)})" if covered else \
                " (no restatement on this date or the day before)"
            flags.expected.at[ts, col] = f"a total that does not fall{why}"
    return flags


def stale(frame: pd.DataFrame, spec: Spec) -> Flags:
    """A figure repeated from the day before in a series that moved on every one of the
    :data:`MOVING_WINDOW` days before, after which it jumps by two days' worth or more
    (the figure was carried forward, not measured)."""
    flags = Flags.empty(frame)
    for col in spec.cumulative:
        if col not in frame:
            continue
        s = frame[col]
        known = s.dropna()
        x = known.to_numpy(dtype=float)
        run = _run_ids(x)
        starts = np.flatnonzero(np.diff(run, prepend=-1))
        size = np.diff(np.append(starts, len(x)))
        same = np.concatenate(([False], x[1:] == x[:-1]))
        # days the series stood still in the window before each run began
        still = np.concatenate(([0], np.cumsum(same)))
        lo = starts - MOVING_WINDOW
        still_before = np.where(lo >= 0, still[starts] - still[np.maximum(lo, 0)], -1)
        typical = _typical(known).to_numpy(dtype=float)[starts]
        jump = _shift(x[starts], -1) - x[starts]
        stale_run = (still_before == 0) & (typical > 0) & (jump >= size * typical)
        hit = pd.Series(same & stale_run[run], index=known.index)
        flags.mask[col] = hit.reindex(s.index, fill_value=False)
        for ts in s.index[flags.mask[col].to_numpy()]:
            flags.expected.at[ts, col] = (f"a figure above {_fmt(s[ts])} (the series moved "
                                          f"every day for {MOVING_WINDOW} days; this repeats "
                                          "the day before)")
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
            f"its own figure, not `{other}`'s {_fmt(v[i, j])}")
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
            flags.expected.at[ts, col] = f"{_fmt(want[ts])} (days since {zero})"
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
                f"at least {_fmt(carried)} (the total of {', '.join(parts)} on "
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
    out["stale_value"] = stale(clean, spec)
    out["column_shift"] = column_shifts(clean, spec, out["spike"].mask)
    out["category_merge"] = merges(clean, spec)
    return out
