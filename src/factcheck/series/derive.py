"""Values derived from a dataset: a value on a date, window sums, changes, records.

Each cell is an interval like any reported number: exact, or by its qualifier
`about` (the rounding its digits imply) or `more` (at least). A running total's
window is the difference of its totals at the window's ends, so nothing is summed
row by row and a restated total carries its restatement.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from factcheck.api.model import Derived
from factcheck.engine.interval import Interval
from factcheck.engine.units import NONE, parse_unit
from factcheck.engine.values import Value, describe, fmt, inferred_precision
from factcheck.series.table import DAY, DatasetError, Table
from factcheck.series.vintages import Vintages

if TYPE_CHECKING:
    import pandas as pd

QUALIFIERS = {"": "exact", "about": "approx", "more": "at_least"}


@dataclass(frozen=True)
class DatasetValue(Value):
    """A value computed from a dataset, with where it comes from (and its revisions)."""

    provenance: str = ""


@dataclass(frozen=True)
class Daily:
    """One column of the selected rows, one row per date: lower and upper bounds."""

    days: pd.DatetimeIndex
    lo: pd.Series
    hi: pd.Series
    rows: pd.Series  # how many rows each date sums


def cell_bounds(values: pd.Series, qualifiers: pd.Series | None,
                rel: str, column: str) -> tuple[pd.Series, pd.Series]:
    """Lower and upper bounds of each cell by its qualifier (vectorised)."""
    import numpy as np

    lo, hi = values.copy(), values.copy()
    if qualifiers is None:
        return lo, hi
    q = qualifiers.str.lower()
    unknown = ~q.isin(list(QUALIFIERS)) & values.notna()
    if unknown.any():
        i = int(unknown.to_numpy().nonzero()[0][0])
        line = int(values.index[i]) + 2  # the file's line: rows keep read_csv's numbering
        raise DatasetError("qualifiers", "dataset-cell", f"`{rel}` line {line}: qualifier "
                           f"{qualifiers.iloc[i]!r:.30} of `{column}` is neither `about` nor "
                           "`more` (or empty for an exact figure)")
    about = (q == "about") & values.notna()
    if about.any():
        half = values[about].map(inferred_precision).astype(float) / 2
        lo[about], hi[about] = values[about] - half, values[about] + half
    hi[(q == "more") & values.notna()] = np.inf
    return lo, hi


def _select(table: Table, d: Derived) -> pd.DataFrame:
    frame = table.frame
    for col, want in d.where.items():
        if col not in frame.columns:
            raise DatasetError("where", "unknown-column", f"`where` names column `{col}`, "
                               f"which is not in `{table.path}`")
        cells = frame[col]
        if isinstance(want, str) or col not in table.decl.columns:
            keep = cells.astype(str).str.strip() == str(want).strip()
        else:
            keep = cells == float(want)
        frame = frame[keep]
    return frame


def daily(table: Table, d: Derived) -> Daily:
    """The derived value's column over the selected rows, one row per date."""
    rows = _select(table, d)
    col = d.column
    qcol = table.decl.qualifiers.get(col)
    rows = rows[rows[col].notna()]
    lo, hi = cell_bounds(rows[col], rows[qcol] if qcol else None, table.path, col)
    grouped = lo.groupby(rows[DAY]).agg(["sum", "size"])
    if col in table.decl.cumulative and (grouped["size"] > 1).any():
        day = grouped.index[(grouped["size"] > 1).to_numpy()][0].date()
        raise DatasetError("where", "dataset-ambiguous", f"{int(grouped['size'].max())} rows "
                           f"of `{table.path}` are dated {day}: add `where` to pick one row "
                           "per date of the running total")
    his = hi.groupby(rows[DAY]).sum()
    return Daily(grouped.index, grouped["sum"], his, grouped["size"])


class Deriver:
    """Computes one derived entry over a table (and its vintages, when declared)."""

    def __init__(self, table: Table, d: Derived, vintages: Vintages | None) -> None:
        self.table, self.d, self.vintages = table, d, vintages
        self.series = daily(table, d)
        self.cumulative = d.column in table.decl.cumulative
        self.notes: list[str] = []

    def _span(self) -> str:
        days = self.series.days
        if len(days) == 0:
            return "no rows match"
        return f"rows run from {days[0].date()} to {days[-1].date()}"

    def cell(self, day: dt.date, field: str) -> Interval:
        import pandas as pd

        ts = pd.Timestamp(day)
        s = self.series
        if ts not in s.lo.index:
            raise DatasetError(field, "dataset-no-row", f"`{self.table.path}` has no "
                               f"`{self.d.column}` value dated {day} ({self._span()})")
        if s.rows[ts] > 1:
            raise DatasetError("where", "dataset-ambiguous", f"{int(s.rows[ts])} rows of "
                               f"`{self.table.path}` are dated {day}: add `where` to pick "
                               "one, or sum them with `op: sum`")
        if self.vintages is not None:
            note = self.vintages.history(day, self.d.column)
            if note:
                self.notes.append(note)
        return Interval(float(s.lo[ts]), float(s.hi[ts]))

    def window(self, first: dt.date, last: dt.date, field: str) -> Interval:
        """Total over [first, last]: the running total's change, or the rows' sum."""
        import pandas as pd

        s = self.series
        if not self.cumulative:
            inside = (s.lo.index >= pd.Timestamp(first)) & (s.lo.index <= pd.Timestamp(last))
            if not inside.any():
                raise DatasetError(field, "dataset-no-row", f"`{self.table.path}` has no "
                                   f"`{self.d.column}` row from {first} to {last} "
                                   f"({self._span()})")
            return Interval(float(s.lo[inside].sum()), float(s.hi[inside].sum()))
        end = self.cell(last, field)
        before = s.lo.index < pd.Timestamp(first)
        if not before.any():
            return end  # the running total starts inside the window
        prev = s.lo.index[before][-1]
        return end - Interval(float(s.lo[prev]), float(s.hi[prev]))

    def record(self, first: dt.date, last: dt.date, largest: bool) -> Interval:
        """The largest (or smallest) daily figure in [first, last], and its date."""
        import pandas as pd

        s = self.series
        lo, hi = s.lo, s.hi
        if self.cumulative:  # daily change of the running total
            lo, hi = lo - hi.shift(1, fill_value=0.0), hi - lo.shift(1, fill_value=0.0)
        inside = (lo.index >= pd.Timestamp(first)) & (lo.index <= pd.Timestamp(last))
        if not inside.any():
            raise DatasetError("window", "dataset-no-row", f"`{self.table.path}` has no "
                               f"`{self.d.column}` row from {first} to {last} "
                               f"({self._span()})")
        lo, hi = lo[inside], hi[inside]
        pick = (lo + hi).idxmax() if largest else (lo + hi).idxmin()
        self.notes.append(f"{'largest' if largest else 'smallest'} on {pick.date()}")
        if largest:
            return Interval(float(lo.max()), float(hi.max()))
        return Interval(float(lo.min()), float(hi.min()))

    def measure(self) -> Interval:
        d = self.d
        if d.date is not None:
            return self.cell(d.date, "date")
        assert d.window is not None
        return self.window(d.window[0], d.window[1], "window")

    def baseline(self) -> Interval:
        vs = self.d.vs
        if isinstance(vs, list):
            return self.window(vs[0], vs[1], "vs")
        assert vs is not None
        return self.cell(vs, "vs")

    def compute(self) -> tuple[Interval, str | None]:
        """The derived interval and its unit (None: the column's unit)."""
        d = self.d
        op = d.op
        if op == "value":
            assert d.date is not None
            return self.cell(d.date, "date"), None
        if op == "sum":
            assert d.window is not None
            return self.window(d.window[0], d.window[1], "window"), None
        if op == "since":
            assert d.since is not None and d.date is not None
            return self.window(d.since, d.date, "since"), None
        if op == "change":
            assert d.window is not None
            return self.cell(d.window[1], "window") - self.cell(d.window[0], "window"), None
        if op in ("max", "min"):
            assert d.window is not None
            return self.record(d.window[0], d.window[1], op == "max"), None
        m, base = self.measure(), self.baseline()
        if op == "pp_change":
            return m - base, "percentage_point"
        if base.lo <= 0 <= base.hi:
            raise DatasetError("vs", "dataset-zero", f"`{op}` divides by the `vs` figure, "
                               f"which is {describe(base)} in `{self.table.path}`")
        ratio = m / base
        if op == "ratio":
            return ratio, ""
        return (ratio - Interval.point(1.0)).scale(100.0), "percent"


def what(d: Derived) -> str:
    """How a derived entry reads in its provenance: 'on 2025-04-26', 'sum a..b'."""
    op = d.op
    if op == "value":
        return f"on {d.date}"
    if op == "since":
        return f"since {d.since} to {d.date}"
    if d.window is not None and op in ("sum", "change", "max", "min"):
        return f"{op} {d.window[0]}..{d.window[1]}"
    at = f"{d.window[0]}..{d.window[1]}" if d.window else str(d.date)
    vs = f"{d.vs[0]}..{d.vs[1]}" if isinstance(d.vs, list) else str(d.vs)
    return f"{op} {at} vs {vs}"


def derive(table: Table, d: Derived, vintages: Vintages | None = None) -> DatasetValue:
    """The derived entry as a value with its interval, unit and provenance."""
    deriver = Deriver(table, d, vintages)
    iv, unit_name = deriver.compute()
    unit = parse_unit(table.decl.columns.get(d.column)) if unit_name is None else (
        parse_unit(unit_name) if unit_name else NONE)
    meaning = "exact" if iv.is_point else ("at_least" if math.isinf(iv.hi) else "range")
    reported = fmt(iv.lo) if iv.is_point else describe(iv)
    where = "".join(f", {k}={v}" for k, v in d.where.items())
    text = f"{table.path}{where}: {d.column} {what(d)} = {describe(iv)}"
    if deriver.notes:
        text += " (" + "; ".join(deriver.notes) + ")"
    return DatasetValue(iv, unit, meaning, reported, provenance=text)
