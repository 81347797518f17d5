"""A sheet's series checks: ``validator: <id>`` with ``args: {dataset: ...}``.

The outcome is a check like any other: it holds when no cell is flagged, is violated
with one :class:`~factcheck.series.validate.Finding` per flagged cell (its
``result``) otherwise, and is an error when the dataset or the arguments are
bad.
"""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from factcheck.api.model import Dataset
from factcheck.engine.outcome import ERROR, HOLDS, VIOLATED, Kind, Outcome
from factcheck.load.sheet import LoadedSheet, resolve_inside
from factcheck.problems import Problem, SheetError
from factcheck.series.detect import Spec
from factcheck.series.evaluate import SERIES_ARGS
from factcheck.series.table import DAY, MAX_DATASET_BYTES, Table
from factcheck.series.validate import ALL, VALIDATORS, SeriesInput, validate
from factcheck.series.vintages import Vintages

ARGS = SERIES_ARGS
SHOWN = 8  # findings written into the message; all are in the outcome's result


def corrections(root: Path, rel: str | None) -> pd.DataFrame | None:
    """A restatements file (JSON list of {date, column: adjustment}) as date x column."""
    if rel is None:
        return None
    path = resolve_inside(root, rel)
    if not path.is_file() or path.stat().st_size > MAX_DATASET_BYTES:
        raise SheetError("dataset-missing", f"corrections file `{rel}` does not exist or is "
                         "too large")
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
        frame = pd.DataFrame.from_records(records)
        frame.index = pd.to_datetime(frame.pop("date"), format="%Y-%m-%d")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise SheetError("dataset-unreadable", f"corrections file `{rel}` is not a JSON list "
                         f"of {{date: YYYY-MM-DD, column: adjustment}} records: {exc}"
                         ) from None
    return frame.apply(pd.to_numeric, errors="coerce")


def _one_row_per_date(frame: pd.DataFrame, path: str) -> pd.DataFrame:
    dup = frame.index.duplicated()
    if dup.any():
        raise SheetError("dataset-ambiguous", f"series checks need one row per date; "
                         f"`{path}` has several dated {frame.index[dup][0].date()}")
    return frame.sort_index()


def series_input(table: Table, decl: Dataset, columns: list[str], vintages: Vintages | None,
                 vintage: str, fixes: pd.DataFrame | None) -> SeriesInput:
    """The numbers and text of a dataset (final, or as first published)."""
    text_cols = [c for c in [*decl.qualifiers.values(), *decl.text]]
    if vintage == "first":
        if vintages is None:
            raise SheetError("validator-args", "`vintage: first` needs the dataset to "
                             "declare `vintages`")
        wide = vintages.first_published()
        wide.index = pd.to_datetime(wide.index, format="%Y-%m-%d")
        numbers = wide.reindex(columns=columns).apply(pd.to_numeric, errors="coerce")
        text = wide.reindex(columns=text_cols)
    else:
        frame = table.frame.set_index(DAY)
        frame = _one_row_per_date(frame, table.path)
        numbers = frame[columns].astype(float)
        text = frame.reindex(columns=[c for c in text_cols if c in frame.columns]).astype(str)
    spec = Spec([c for c in decl.cumulative if c in columns], fixes,
                {c: d for c, d in decl.counters.items() if c in columns},
                [(parts, into) for into, parts in decl.merges.items()
                 if into in columns and all(p in columns for p in parts)])
    periods = {c: (p[0], p[1]) for c, p in decl.periods.items()}
    return SeriesInput(numbers, text, spec, list(decl.qualifiers.values()), list(decl.text),
                       None, periods)


def run_series_check(ls: LoadedSheet, cid: str, tables: dict[str, Table | Problem],
                     vintages: dict[str, Vintages | None]) -> Outcome:
    """The outcome of one series check of a sheet."""
    check = ls.sheet.checks[cid]
    line, column = ls.lines.position(("checks", cid))
    vid = check.validator or ALL
    args = dict(check.args)
    shown = f"{vid}({', '.join(f'{k}={v}' for k, v in args.items())})"
    base = dict(kind=Kind.check, sheet=ls.rel, name=cid, line=line, column=column, rule=vid,
                expression=shown, expect=check.expect, reason=check.reason)
    try:
        unknown = sorted(set(args) - set(ARGS))
        if unknown or "dataset" not in args:
            raise SheetError("validator-args", f"{vid} takes {', '.join(ARGS)} (dataset "
                             f"required); got {', '.join(map(str, args)) or 'nothing'}")
        did = str(args["dataset"])
        table = tables.get(did)
        if table is None:
            raise SheetError("validator-args", f"dataset `{did}` is not declared under "
                             "`datasets:`")
        if isinstance(table, Problem):
            raise SheetError("broken-input", f"dataset `{did}` cannot be used: "
                             f"{table.message} (line {table.line})")
        decl = table.decl
        cols = args.get("columns", list(decl.columns))
        if not isinstance(cols, list) or any(c not in decl.columns for c in cols):
            raise SheetError("validator-args", f"`columns` lists declared columns of "
                             f"`{did}`: {', '.join(decl.columns)}")
        vintage = args.get("vintage", "final")
        if vintage not in ("first", "final"):
            raise SheetError("validator-args", "`vintage` is `first` or `final`")
        fixes = corrections(ls.root or Path.cwd(), decl.corrections)
        data = series_input(table, decl, cols, vintages.get(did), vintage, fixes)
        findings = validate(data, set(VALIDATORS) if vid == ALL else {vid})
    except SheetError as err:
        return Outcome(verdict=ERROR, message=err.message, code=err.code, **base)
    if not findings:
        return Outcome(verdict=HOLDS, message=f"{vid}: no cell flagged in `{did}`",
                       substituted="no cell flagged", **base)
    head = "; ".join(f.describe() + (f" [{f.check}]" if vid == ALL else "")
                     for f in findings[:SHOWN])
    more = f"; and {len(findings) - SHOWN} more" if len(findings) > SHOWN else ""
    message = f"{len(findings)} cell(s) flagged in `{did}`: {head}{more}"
    return Outcome(verdict=VIOLATED, message=message, substituted=message,
                   result=findings, **base)
