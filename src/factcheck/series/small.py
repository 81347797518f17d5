"""A value on a date from a small CSV, in plain Python (pandas is not even imported).

The same reading, checks and result as :func:`factcheck.series.table.load_table` with
:func:`factcheck.series.derive.derive` for ``op: value``, for CSV files up to
:data:`SMALL_BYTES`: a sheet that compares a handful of figures with one night's rows
starts in a fraction of the time. A test keeps both paths' results equal.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.api.model import Dataset, Derived
from factcheck.engine.interval import Interval
from factcheck.engine.units import parse_unit
from factcheck.engine.values import describe, fmt, inferred_precision
from factcheck.load.sheet import resolve_inside
from factcheck.problems import SheetError, suggest
from factcheck.series.derive import QUALIFIERS, DatasetValue, what
from factcheck.series.table import DatasetError

SMALL_BYTES = 64 * 1024
NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def applies(root: Path, decl: Dataset, d: Derived) -> bool:
    """Whether this path computes ``d``: a value on a date from a small CSV file."""
    if d.op != "value" or decl.vintages or not decl.path.lower().endswith(".csv"):
        return False
    try:
        path = resolve_inside(root, decl.path)
        return os.path.isfile(path) and path.stat().st_size <= SMALL_BYTES
    except (SheetError, OSError):
        return False  # the full path reports it


def _rows(root: Path, decl: Dataset) -> tuple[list[str], list[list[str]]]:
    rel = decl.path
    try:
        data = resolve_inside(root, rel).read_bytes()
    except SheetError as err:
        raise DatasetError("path", err.code, err.message) from None
    except FileNotFoundError:
        raise DatasetError("path", "dataset-missing", f"dataset `{rel}` does not exist: copy "
                           "the file into the project or fix the path (relative to the "
                           "project root)") from None
    except OSError as exc:
        raise DatasetError("path", "dataset-unreadable", f"cannot read dataset `{rel}`: "
                           f"{exc.strerror or exc}") from None
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise DatasetError("path", "dataset-unreadable", f"cannot read dataset `{rel}`: "
                           f"{exc}") from None
    if "\x00" in text:
        raise DatasetError("path", "dataset-unreadable", f"cannot read dataset `{rel}`: it "
                           "contains NUL bytes") from None
    table = list(csv.reader(io.StringIO(text, newline="")))
    if not table:
        raise DatasetError("path", "dataset-unreadable", f"cannot read dataset `{rel}`: No "
                           "columns to parse from file")
    header, body = table[0], [r for r in table[1:] if r]
    if any(len(r) > len(header) for r in body):
        i = next(i for i, r in enumerate(body) if len(r) > len(header))
        raise DatasetError("path", "dataset-unreadable", f"cannot read dataset `{rel}`: "
                           f"Error tokenizing data. C error: Expected {len(header)} fields "
                           f"in line {i + 2}, saw {len(body[i])}")
    return header, [r + [""] * (len(header) - len(r)) for r in body]


def _number(cell: str, line: int, column: str, rel: str) -> float | None:
    text = cell.strip()
    if not text:
        return None
    if not NUMBER.fullmatch(text):
        raise DatasetError("columns", "dataset-cell", f"`{rel}` line {line}, column "
                           f"`{column}`: {text!r:.40} is not a number; write digits without "
                           "thousands separators, or leave the cell empty")
    return float(text)


@dataclass(frozen=True)
class SmallTable:
    """A small CSV's rows, checked as :func:`factcheck.series.table.load_table` checks."""

    rel: str
    decl: Dataset
    pos: dict[str, int]
    body: list[list[str]]
    days: list[dt.date]
    numbers: dict[str, list[float | None]]


def read(root: Path, decl: Dataset) -> SmallTable:
    """Read and check the whole file; raises :class:`DatasetError` like the full path."""
    rel = decl.path
    header, body = _rows(root, decl)
    for field_name, columns in (("date", [decl.date]), ("columns", list(decl.columns)),
                                ("qualifiers", list(decl.qualifiers.values()))):
        for col in columns:
            if col not in header:
                raise DatasetError(field_name, "unknown-column", f"column `{col}` is not in "
                                   f"`{rel}`{suggest(col, header)}; its columns: "
                                   f"{', '.join(header)}")
    pos = {c: i for i, c in enumerate(header)}
    days = []
    for i, row in enumerate(body):
        raw = row[pos[decl.date]]
        try:
            days.append(dt.datetime.strptime(raw.strip()[:10], "%Y-%m-%d").date())
        except ValueError:
            raise DatasetError("date", "dataset-date", f"`{rel}` line {i + 2}, column "
                               f"`{decl.date}`: {raw!r:.40} is not a date; write YYYY-MM-DD"
                               ) from None
    numbers = {c: [_number(r[pos[c]], i + 2, c, rel) for i, r in enumerate(body)]
               for c in decl.columns}
    return SmallTable(rel, decl, pos, body, days, numbers)


def value(table: SmallTable, d: Derived) -> DatasetValue:
    """``d`` (``op: value``) computed from a small table."""
    rel, decl, pos, body = table.rel, table.decl, table.pos, table.body
    days, numbers = table.days, table.numbers
    for col in d.where:
        if col not in pos:
            raise DatasetError("where", "unknown-column", f"`where` names column `{col}`, "
                               f"which is not in `{rel}`")
    keep = []
    for i, row in enumerate(body):
        ok = True
        for col, want in d.where.items():
            if isinstance(want, str) or col not in decl.columns:
                ok &= row[pos[col]].strip() == str(want).strip()
            else:
                ok &= numbers[col][i] == float(want)
        if ok and numbers[d.column][i] is not None:
            keep.append(i)
    qcol = decl.qualifiers.get(d.column)
    if qcol:
        for i in keep:
            if body[i][pos[qcol]].strip().lower() not in QUALIFIERS:
                raise DatasetError("qualifiers", "dataset-cell", f"`{rel}` line {i + 2}: "
                                   "qualifier "
                                   f"{body[i][pos[qcol]].strip()!r:.30} of `{d.column}` is "
                                   "neither `about` nor `more` (or empty for an exact figure)")
    on = [i for i in keep if days[i] == d.date]
    if not on:
        span = "no rows match" if not keep else \
            f"rows run from {min(days[i] for i in keep)} to {max(days[i] for i in keep)}"
        raise DatasetError("date", "dataset-no-row", f"`{rel}` has no `{d.column}` value "
                           f"dated {d.date} ({span})")
    if len(on) > 1:
        raise DatasetError("where", "dataset-ambiguous", f"{len(on)} rows of `{rel}` are "
                           f"dated {d.date}: add `where` to pick one, or sum them with "
                           "`op: sum`")
    x = numbers[d.column][on[0]]
    assert x is not None
    iv = Interval(x, x)
    q = body[on[0]][pos[qcol]].strip().lower() if qcol else ""
    if q == "about":
        half = inferred_precision(x) / 2
        iv = Interval(x - half, x + half)
    elif q == "more":
        iv = Interval(x, float("inf"))
    meaning = "exact" if iv.is_point else ("at_least" if q == "more" else "range")
    where = "".join(f", {k}={v}" for k, v in d.where.items())
    text = f"{rel}{where}: {d.column} {what(d)} = {describe(iv)}"
    reported = fmt(iv.lo) if iv.is_point else describe(iv)
    return DatasetValue(iv, parse_unit(decl.columns.get(d.column)), meaning, reported,
                        provenance=text)
