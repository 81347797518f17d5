"""Read a declared dataset (CSV or Parquet inside the project) into a typed frame.

Every problem names the sheet line of the declaration and, for a bad cell, the data
file's line and column, so an editor can fix either side.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.api.model import Dataset
from factcheck.load.sheet import resolve_inside
from factcheck.problems import SheetError, suggest

if TYPE_CHECKING:
    import pandas as pd

MAX_DATASET_BYTES = 64 * 1024 * 1024
SUFFIXES = (".csv", ".parquet")
DAY = "__day__"  # the parsed date column of a table's frame


@dataclass(frozen=True)
class Table:
    """A dataset's rows: the declared numeric columns as floats (NaN for an empty cell),
    the date column parsed into :data:`DAY`, every other column as text."""

    name: str
    decl: Dataset
    path: str  # as written in the sheet
    frame: pd.DataFrame


_cache: dict[tuple[str, int, int], pd.DataFrame] = {}


def _read(path: Path, rel: str) -> pd.DataFrame:
    import pandas as pd

    st = path.stat()
    key = (str(path), st.st_mtime_ns, st.st_size)
    if key in _cache:
        return _cache[key]
    if st.st_size > MAX_DATASET_BYTES:
        raise SheetError("too-large", f"dataset `{rel}` is {st.st_size:,} bytes; the limit "
                         f"is {MAX_DATASET_BYTES:,}")
    try:
        if path.suffix == ".parquet":
            frame = pd.read_parquet(path)
            frame.columns = [str(c) for c in frame.columns]
        else:
            frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except ImportError:
        raise SheetError("dataset-unreadable", f"reading Parquet `{rel}` needs pyarrow: "
                         "pip install pyarrow, or give the data as CSV") from None
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        raise SheetError("dataset-unreadable", f"cannot read dataset `{rel}`: "
                         f"{str(exc).splitlines()[0] if str(exc) else type(exc).__name__}"
                         ) from None
    if len(_cache) > 16:
        _cache.clear()
    _cache[key] = frame
    return frame


def _numbers(frame: pd.DataFrame, column: str, rel: str) -> pd.Series:
    """A column as floats; a non-empty cell that is not a number is an error."""
    import pandas as pd

    raw = frame[column]
    if pd.api.types.is_numeric_dtype(raw) and not pd.api.types.is_bool_dtype(raw):
        return raw.astype(float)
    text = raw.astype(str).str.strip()
    empty = (text == "") | raw.isna()
    out = pd.to_numeric(text.where(~empty), errors="coerce")
    bad = out.isna() & ~empty
    if bad.any():
        i = int(bad.to_numpy().nonzero()[0][0])
        raise SheetError("dataset-cell", f"`{rel}` line {i + 2}, column `{column}`: "
                         f"{text.iloc[i]!r:.40} is not a number; write digits without "
                         f"thousands separators, or leave the cell empty")
    return out.astype(float)


def _days(frame: pd.DataFrame, column: str, rel: str) -> pd.Series:
    """The date column as day timestamps (a time after the date is ignored)."""
    import pandas as pd

    raw = frame[column]
    if pd.api.types.is_datetime64_any_dtype(raw):
        return raw.dt.tz_localize(None).dt.normalize() if raw.dt.tz else raw.dt.normalize()
    text = raw.astype(str).str.strip().str.slice(0, 10)
    days = pd.to_datetime(text, format="%Y-%m-%d", errors="coerce")
    bad = days.isna()
    if bad.any():
        i = int(bad.to_numpy().nonzero()[0][0])
        raise SheetError("dataset-date", f"`{rel}` line {i + 2}, column `{column}`: "
                         f"{raw.iloc[i]!r:.40} is not a date; write YYYY-MM-DD")
    return days


def load_table(root: Path, name: str, decl: Dataset) -> Table:
    """The declared dataset, read and typed; raises :class:`DatasetError` on any problem."""
    rel = decl.path
    if Path(rel).suffix.lower() not in SUFFIXES:
        raise DatasetError("path", "dataset-format", f"`{rel}` is neither .csv nor .parquet: give "
                  "the data as CSV (with a header row) or Parquet")
    try:
        path = resolve_inside(root, rel)
    except SheetError as err:
        raise DatasetError("path", err.code, err.message) from None
    if not os.path.isfile(path):
        raise DatasetError("path", "dataset-missing", f"dataset `{rel}` does not exist: copy the "
                  "file into the project or fix the path (relative to the project root)")
    try:
        frame = _read(path, rel)
    except SheetError as err:
        raise DatasetError("path", err.code, err.message) from None
    header = list(frame.columns)
    for field_name, columns in (("date", [decl.date]), ("columns", list(decl.columns)),
                                ("qualifiers", list(decl.qualifiers.values()))):
        for col in columns:
            if col not in header:
                raise DatasetError(field_name, "unknown-column", f"column `{col}` is not in `{rel}`"
                          f"{suggest(col, header)}; its columns: {', '.join(header)}")
    out = frame.copy()
    try:
        out[DAY] = _days(frame, decl.date, rel)
    except SheetError as err:
        raise DatasetError("date", err.code, err.message) from None
    for col in decl.columns:
        try:
            out[col] = _numbers(frame, col, rel)
        except SheetError as err:
            raise DatasetError("columns", err.code, err.message) from None
    for col in decl.qualifiers.values():
        out[col] = frame[col].fillna("").astype(str).str.strip()
    return Table(name, decl, rel, out)


class DatasetError(SheetError):
    """A problem with a dataset; ``field`` is the declaration's field it concerns."""

    def __init__(self, field: str, code: str, message: str) -> None:
        super().__init__(code, message)
        self.field = field
