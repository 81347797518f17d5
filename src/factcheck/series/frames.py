"""What every series detector shares: the flags it returns, what a dataset declares,
and whole-array helpers over one column's published figures (runs of equal figures,
shifts, the typical daily change)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

#: days of daily changes whose median is a series' typical daily change
TYPICAL_WINDOW = 14


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


def fmt(x: float) -> str:
    """A figure as a reader writes it: 1,400; 2.5."""
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,g}"


def run_ids(x: np.ndarray) -> np.ndarray:
    """Run number of each figure: equal consecutive figures share one."""
    return np.concatenate(([0], np.cumsum(x[1:] != x[:-1]))) if len(x) else x.astype(int)


def shift(a: np.ndarray, k: int) -> np.ndarray:
    """``a`` moved by ``k`` places (positive: later), NaN where nothing moves in."""
    out = np.full(len(a), np.nan)
    if k > 0:
        out[k:] = a[:-k]
    elif k < 0:
        out[:k] = a[-k:]
    else:
        out[:] = a
    return out


def typical(known: pd.Series) -> pd.Series:
    """Each day's typical daily change: the median of the changes before it."""
    change = known.diff()
    return change.rolling(TYPICAL_WINDOW, min_periods=TYPICAL_WINDOW // 2).median().shift(1)
