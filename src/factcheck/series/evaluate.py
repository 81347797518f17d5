"""A sheet's datasets evaluated: derived values, series checks, claim entries.

Small CSV files that only give values on a date are read in plain Python
(:mod:`factcheck.series.small`); pandas and pandera are imported for the others.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.engine.outcome import Outcome
from factcheck.engine.values import Value
from factcheck.load.sheet import LoadedSheet
from factcheck.problems import Problem, SheetError

if TYPE_CHECKING:
    from factcheck.series.table import Table
    from factcheck.series.vintages import Vintages

#: ids of the validators that run over a dataset (``checks: {x: {validator: ...}}``)
SERIES_VALIDATORS = ("cumulative_nondecreasing", "spike", "stale_value", "column_shift",
                     "date_shift", "category_merge", "daily_delta", "restatement_lag",
                     "qualifier_known", "spelling_variant", "column_span", "stale_row",
                     "stale_text", "series_clean")
#: their arguments
SERIES_ARGS = {"dataset": "id of an entry in `datasets`",
               "columns": "the declared columns to check (default: all)",
               "vintage": "`final` (default): the figures as they stand; `first`: as first "
                          "published (needs `vintages`)"}


@dataclass
class DatasetResult:
    """What a sheet's datasets contribute: derived values, the names that could not
    be derived (with their problem), new problems, and series checks' outcomes."""

    values: dict[str, Value] = field(default_factory=dict)
    broken: dict[str, Problem] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    checks: dict[str, Outcome] = field(default_factory=dict)


@dataclass(frozen=True)
class DerivedClaim:
    """A derived value's claim fields, shaped like a fact's for the fact table."""

    key: str | None
    scope: object
    source: str | None
    via: str | None
    rank: object
    quote: str
    expect: str = "grounded"
    reason: str | None = None


def claim_entries(ls: LoadedSheet, values: dict[str, Value]) -> list[tuple[str, str, object]]:
    """(name, section, fact-like) of every keyed fact and derived value of a sheet."""
    out: list[tuple[str, str, object]] = [
        (fid, "facts", f) for fid, f in ls.sheet.facts.items() if f.key]
    for name, d in ls.sheet.derived.items():
        v = values.get(name)
        if d.key and v is not None and hasattr(v, "provenance"):
            ds = ls.sheet.datasets[d.dataset]
            out.append((name, "derived", DerivedClaim(d.key, d.scope, ds.source, ds.via,
                                                      d.rank, v.provenance)))  # type: ignore
    return out


def dataset_files(ls: LoadedSheet) -> list[Path] | None:
    """The data files a sheet's results depend on (datasets, vintages, corrections), or
    None when one of them is missing or outside the project."""
    from factcheck.load.sheet import resolve_inside

    out = []
    for decl in ls.sheet.datasets.values():
        for rel in (decl.path, decl.vintages, decl.corrections):
            if rel is None:
                continue
            try:
                path = resolve_inside(ls.root or Path.cwd(), rel)
            except SheetError:
                return None
            if not path.is_file():
                return None
            out.append(path)
    return out


def _problem(ls: LoadedSheet, path: tuple, err: SheetError) -> Problem:
    line, col = ls.lines.position(path)
    return Problem(ls.rel, line, col, err.code, err.message)


def evaluate_datasets(ls: LoadedSheet, values: dict[str, Value]) -> DatasetResult:
    """Derive every `derived` entry and run every series validator of a sheet."""
    sheet = ls.sheet
    result = DatasetResult()
    series_checks = [cid for cid, c in sheet.checks.items() if c.validator in SERIES_VALIDATORS]
    if not sheet.datasets and not sheet.derived and not series_checks:
        return result
    from factcheck.series import small

    root = ls.root or Path.cwd()
    checked = {str(sheet.checks[cid].args.get("dataset")) for cid in series_checks}
    plain: dict[str, small.SmallTable | Problem] = {}  # small CSVs, read without pandas
    for did, decl in sheet.datasets.items():
        users = [d for d in sheet.derived.values() if d.dataset == did]
        if did in checked or not all(small.applies(root, decl, d) for d in users):
            continue
        try:
            plain[did] = small.read(root, decl)
        except SheetError as err:
            plain[did] = _problem(ls, ("datasets", did, getattr(err, "field", "path")), err)
            result.problems.append(plain[did])  # type: ignore[arg-type]
    tables: dict[str, Table | Problem] = {}
    vintages: dict[str, Vintages | None] = {}
    if len(plain) < len(sheet.datasets):
        from factcheck.series.table import DatasetError, load_table
        from factcheck.series.vintages import load_vintages

        for did, decl in sheet.datasets.items():
            vintages[did] = None
            if did in plain:
                continue
            try:
                tables[did] = load_table(root, did, decl)
                vintages[did] = load_vintages(root, decl.vintages) if decl.vintages else None
            except DatasetError as err:
                tables[did] = _problem(ls, ("datasets", did, err.field), err)
                result.problems.append(tables[did])  # type: ignore[arg-type]
    for name, d in sheet.derived.items():
        table = plain.get(d.dataset) or tables.get(d.dataset)
        if table is None or d.column not in sheet.datasets[d.dataset].columns:
            line, col = ls.lines.position(("derived", name))
            result.broken[name] = Problem(ls.rel, line, col, "unknown-dataset",
                                          f"derived value `{name}` names an undeclared "
                                          "dataset or column")
            continue
        if isinstance(table, Problem):
            result.broken[name] = table
            continue
        try:
            if isinstance(table, small.SmallTable):
                result.values[name] = small.value(table, d)
            else:
                from factcheck.series.derive import derive

                result.values[name] = derive(table, d, vintages.get(d.dataset))
        except SheetError as err:
            field = getattr(err, "field", "")
            field_path = ("derived", name, field) if field in d.model_fields_set \
                else ("derived", name)
            problem = _problem(ls, field_path, err)
            result.broken[name] = problem
            result.problems.append(problem)
    if series_checks:
        from factcheck.series.run import run_series_check

        for cid in series_checks:
            result.checks[cid] = run_series_check(ls, cid, tables, vintages)
    return result
