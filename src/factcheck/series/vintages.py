"""Vintages: every published version of a cell, so a correction is a revision.

A vintages file has one row per (date, column) cell ever published: its first
value and when it appeared, its current value and when it last changed. A cell
whose value changed keeps both versions; :meth:`Vintages.history` tells them.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.load.sheet import resolve_inside
from factcheck.problems import SheetError
from factcheck.series.table import MAX_DATASET_BYTES, DatasetError

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = ("date", "column", "first_value", "final_value", "first_seen", "last_changed")


@dataclass(frozen=True)
class Revision:
    """A cell published as ``first`` and later changed to ``final`` ('' if removed)."""

    first: str
    first_seen: str
    final: str
    last_changed: str

    def describe(self) -> str:
        now = f"revised to {self.final}" if self.final else "later removed"
        return f"first published {self.first} at {self.first_seen}, {now} at " \
               f"{self.last_changed}"


class Vintages:
    """Published versions of a dataset's cells, looked up by (date, column)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        changed = frame[frame["first_value"] != frame["final_value"]]
        self.revisions = {
            (r.date, r.column): Revision(r.first_value, r.first_seen, r.final_value,
                                         r.last_changed)
            for r in changed.itertuples(index=False)}

    def history(self, day: dt.date, column: str) -> str | None:
        """'tank on 2022-06-01: first published ..., revised to ... at ...', or None."""
        rev = self.revisions.get((day.isoformat(), column))
        return None if rev is None else f"{column} on {day}: {rev.describe()}"

    def first_published(self) -> pd.DataFrame:
        """The table as first published: one row per date, one column per column."""
        wide = self.frame.pivot(index="date", columns="column", values="first_value")
        return wide.sort_index()


def read_vintages(path: Path, rel: str) -> Vintages:
    """Read a vintages CSV; a missing column or file raises :class:`DatasetError`."""
    import pandas as pd

    if not os.path.isfile(path):
        raise DatasetError("vintages", "dataset-missing", f"vintages file `{rel}` does not "
                           "exist: fix the path (relative to the project root)")
    if path.stat().st_size > MAX_DATASET_BYTES:
        raise DatasetError("vintages", "too-large", f"vintages file `{rel}` is larger than "
                           f"{MAX_DATASET_BYTES:,} bytes")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        raise DatasetError("vintages", "dataset-unreadable",
                           f"cannot read vintages file `{rel}`: {exc}") from None
    missing = [c for c in COLUMNS if c not in frame.columns]
    if missing:
        raise DatasetError("vintages", "unknown-column", f"vintages file `{rel}` lacks "
                           f"column(s) {', '.join(missing)}; it needs {', '.join(COLUMNS)}")
    return Vintages(frame)


def load_vintages(root: Path, rel: str) -> Vintages:
    """The vintages file a dataset declares (a path inside the project)."""
    try:
        path = resolve_inside(root, rel)
    except SheetError as err:
        raise DatasetError("vintages", err.code, err.message) from None
    return read_vintages(path, rel)
