"""Compare the reports of one claim across sources.

Rows of the fact table with the same ``(key, scope)`` form a group.  Within a
group the non-deprecated rows are *compared*: each interval is widened by its
tolerance and the group **agrees** iff the widened intervals share a value,
``max(lower - tol) <= min(upper + tol)``; otherwise it is a **conflict**.
Compared rows in different canonical units make a **unit_mismatch**; a group
with fewer than two compared rows is **single**.

:func:`compare_frame` does the whole pass vectorised (factorized keys, numpy
``ufunc.at`` / ``bincount`` reductions) and returns one row per group.
:class:`ClaimResult` objects, with their :class:`ClaimRow` rows and message,
are built only on demand by :func:`results_for` (for the groups a caller
needs) or :func:`compare` (for every group: fine for small tables).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from functools import lru_cache

import numpy as np
import pandas as pd

from factcheck.engine.interval import REL_EPS

from .claims import (
    AGREE,
    CONFLICT,
    DEPRECATED,
    SINGLE,
    UNIT_MISMATCH,
    VERDICTS,
    ClaimResult,
    ClaimRow,
)
from .claims import (
    message as _message,
)
from .schema import FACT_TABLE_SCHEMA, fact_table_schema
from .small import WHOLE

#: Columns of the frame returned by :func:`compare_frame`.
SUMMARY_COLUMNS: tuple[str, ...] = (
    "key",
    "scope",
    "verdict",
    "n_rows",
    "n_compared",
    "n_independent",
    "agreed_lower",
    "agreed_upper",
    "max_lower",
    "min_upper",
)


# --------------------------------------------------------------------------- vectorised pass


@lru_cache(maxsize=8)
def _schema_for(known: frozenset[str] | None):
    return FACT_TABLE_SCHEMA if known is None else fact_table_schema(known)


def validate_table(table: pd.DataFrame, known_sources: Iterable[str] | None = None) -> pd.DataFrame:
    """Validate ``table`` against the fact-table schema (raises ``pandera`` SchemaError)."""
    known = None if known_sources is None else frozenset(known_sources)
    return _schema_for(known).validate(table)


def _codes(values: pd.Series, sort: bool = False) -> tuple[np.ndarray, pd.Index]:
    codes, uniques = pd.factorize(values, sort=sort)
    return codes.astype(np.int64, copy=False), pd.Index(uniques)


def _group_ids(table: pd.DataFrame, sort: bool = False) -> tuple[np.ndarray, pd.Index, pd.Index]:
    """Group id of every row, and each group's key and scope.

    Groups are numbered in order of first appearance, or by key then scope with ``sort``.
    """
    key_codes, key_uniques = _codes(table["key"], sort=sort)
    scope_codes, scope_uniques = _codes(table["scope"], sort=sort)
    n_scopes = max(len(scope_uniques), 1)
    gid, combined = pd.factorize(key_codes * n_scopes + scope_codes, sort=sort)
    combined = np.asarray(combined, dtype=np.int64)
    return (
        gid.astype(np.int64, copy=False),
        key_uniques.take(combined // n_scopes),
        scope_uniques.take(combined % n_scopes),
    )


def _origins(table: pd.DataFrame) -> pd.Series:
    via = table["via"]
    return via.where(via.notna(), table["source"])


def compare_frame(
    table: pd.DataFrame,
    *,
    validate: bool = True,
    known_sources: Iterable[str] | None = None,
    sort: bool = False,
) -> pd.DataFrame:
    """One row per ``(key, scope)`` group.

    Groups come in order of first appearance in ``table``; with ``sort``, by key then
    scope (sorting the distinct keys costs about a fifth more at a million rows).

    Columns (:data:`SUMMARY_COLUMNS`): ``key``, ``scope``, ``verdict`` (categorical over
    :data:`VERDICTS`), ``n_rows`` (all rows, deprecated included), ``n_compared``
    (non-deprecated rows), ``n_independent`` (distinct origins among compared rows),
    ``agreed_lower`` / ``agreed_upper`` (the intersection when ``agree``, else NaN), and
    ``max_lower`` / ``min_upper`` (the tolerance-widened bounds, whatever the verdict;
    ``-inf`` / ``inf`` when nothing is compared).

    With ``validate`` the table is first checked against the schema (with
    ``known_sources`` if given).
    """
    if validate:
        table = validate_table(table, known_sources)

    gid, group_keys, group_scopes = _group_ids(table, sort=sort)
    n_groups = len(group_keys)

    compared = (table["rank"] != DEPRECATED).to_numpy(dtype=bool)
    lower = table["lower"].to_numpy(dtype=np.float64)
    upper = table["upper"].to_numpy(dtype=np.float64)
    tolerance = table["tolerance"].to_numpy(dtype=np.float64)

    n_rows = np.bincount(gid, minlength=n_groups)
    gid_c = gid[compared]
    n_compared = np.bincount(gid_c, minlength=n_groups)

    max_lower = np.full(n_groups, -np.inf)
    np.maximum.at(max_lower, gid_c, (lower - tolerance)[compared])
    min_upper = np.full(n_groups, np.inf)
    np.minimum.at(min_upper, gid_c, (upper + tolerance)[compared])

    # Units: a group mixes units iff the smallest and largest unit code differ.
    unit_codes, _ = _codes(table["unit"])
    unit_codes = unit_codes[compared]
    unit_min = np.full(n_groups, np.iinfo(np.int64).max)
    np.minimum.at(unit_min, gid_c, unit_codes)
    unit_max = np.full(n_groups, -1, dtype=np.int64)
    np.maximum.at(unit_max, gid_c, unit_codes)
    mixed_units = (n_compared > 0) & (unit_min != unit_max)

    # Independent origins: distinct (group, origin) pairs among compared rows.
    origin_codes, origin_uniques = _codes(_origins(table))
    n_origins = max(len(origin_uniques), 1)
    pairs = pd.unique(gid_c * n_origins + origin_codes[compared])
    n_independent = np.bincount(pairs // n_origins, minlength=n_groups)

    # equal up to float rounding of unit conversion (16.1 km and 16,100 m agree); whole
    # numbers a float holds exactly compare exactly (1e13 and 1e13 + 1 differ)
    with np.errstate(invalid="ignore"):
        whole = (np.mod(max_lower, 1) == 0) & (np.mod(min_upper, 1) == 0) \
            & (np.abs(max_lower) <= WHOLE) & (np.abs(min_upper) <= WHOLE)
    slack = np.where(whole, 0.0, REL_EPS * np.maximum(np.abs(max_lower), np.abs(min_upper)))
    overlap = max_lower <= min_upper + np.nan_to_num(slack, posinf=0.0)
    verdict_codes = np.select(
        [mixed_units, n_compared < 2, overlap],
        [VERDICTS.index(UNIT_MISMATCH), VERDICTS.index(SINGLE), VERDICTS.index(AGREE)],
        default=VERDICTS.index(CONFLICT),
    )
    agree = verdict_codes == VERDICTS.index(AGREE)

    return pd.DataFrame(
        {
            "key": group_keys.to_numpy(),
            "scope": group_scopes.to_numpy(),
            "verdict": pd.Categorical.from_codes(verdict_codes, categories=list(VERDICTS)),
            "n_rows": n_rows,
            "n_compared": n_compared,
            "n_independent": n_independent,
            "agreed_lower": np.where(agree, max_lower, np.nan),
            "agreed_upper": np.where(agree, min_upper, np.nan),
            "max_lower": max_lower,
            "min_upper": min_upper,
        },
        columns=list(SUMMARY_COLUMNS),
    )


# --------------------------------------------------------------------------- lazy objects


def _none_if_missing(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return str(value)


def _build_results(table: pd.DataFrame, summary: pd.DataFrame) -> list[ClaimResult]:
    """ClaimResult for every group of ``table`` (whose summary is ``summary``)."""
    if len(table) == 0:
        return []
    gid, _, _ = _group_ids(table, sort=True)
    sheet_codes, _ = _codes(table["sheet"], sort=True)
    fact_codes, _ = _codes(table["fact"], sort=True)
    line = table["line"].to_numpy(dtype=np.int64)
    order = np.lexsort((fact_codes, line, sheet_codes, gid))
    bounds = np.searchsorted(gid[order], np.arange(len(summary) + 1))

    taken = table.take(order)
    columns = {
        name: taken[name].tolist()
        for name in (
            "sheet",
            "line",
            "fact",
            "source",
            "via",
            "lower",
            "upper",
            "unit",
            "rank",
            "quote",
            "tolerance",
        )
    }
    rows_all = [
        ClaimRow(
            sheet=str(sheet),
            line=int(line_),
            fact=str(fact),
            source=str(source),
            via=_none_if_missing(via),
            lower=float(lo),
            upper=float(hi),
            unit=str(unit),
            rank=str(rank),
            quote=str(quote),
            tolerance=float(tol),
        )
        for sheet, line_, fact, source, via, lo, hi, unit, rank, quote, tol in zip(
            *columns.values(), strict=True
        )
    ]

    results = []
    records = zip(
        summary["key"].tolist(),
        summary["scope"].tolist(),
        summary["verdict"].astype(str).tolist(),
        summary["agreed_lower"].tolist(),
        summary["agreed_upper"].tolist(),
        strict=True,
    )
    for g, (key, scope, verdict, agreed_lower, agreed_upper) in enumerate(records):
        rows = tuple(rows_all[bounds[g] : bounds[g + 1]])
        independent = tuple(sorted({r.origin for r in rows if r.rank != DEPRECATED}))
        agreed = (agreed_lower, agreed_upper) if verdict == AGREE else None
        results.append(
            ClaimResult(
                key=str(key),
                scope=str(scope),
                verdict=verdict,
                rows=rows,
                independent_sources=independent,
                agreed=agreed,
                message=_message(verdict, rows, independent, agreed),
            )
        )
    return results


def results_for(
    table: pd.DataFrame,
    keys: Iterable[str] | None = None,
    *,
    verdicts: Collection[str] | None = None,
    summary: pd.DataFrame | None = None,
) -> list[ClaimResult]:
    """Build :class:`ClaimResult` objects only for the groups a caller needs.

    ``keys`` restricts to those claim keys (every scope of each); ``verdicts``
    restricts to groups with one of those verdicts, read from ``summary`` (a
    :func:`compare_frame` of ``table``; computed, without validation, if not given).
    The table is not validated here.  Results are sorted by key then scope.
    """
    if verdicts is not None:
        unknown = set(verdicts) - set(VERDICTS)
        if unknown:
            raise ValueError(f"unknown verdicts {sorted(unknown)}; expected {VERDICTS}")
        if summary is None:
            summary = compare_frame(table, validate=False)
        selected = summary[summary["verdict"].isin(list(verdicts))]
        if keys is not None:
            selected = selected[selected["key"].isin(list(keys))]
        wanted: set[tuple[str, str]] | None = set(
            zip(selected["key"].tolist(), selected["scope"].tolist(), strict=True)
        )
        key_list = selected["key"].unique().tolist()
    else:
        wanted = None
        key_list = None if keys is None else list(dict.fromkeys(keys))

    if key_list is not None:
        table = table[table["key"].isin(key_list)]
    results = _build_results(table, compare_frame(table, validate=False, sort=True))
    if wanted is not None:
        results = [r for r in results if (r.key, r.scope) in wanted]
    return results


def compare(
    table: pd.DataFrame,
    *,
    validate: bool = True,
    known_sources: Iterable[str] | None = None,
) -> list[ClaimResult]:
    """Judge every ``(key, scope)`` group of ``table``; sorted by key then scope.

    Builds Python objects for every row: meant for small tables.  For large ones use
    :func:`compare_frame` and :func:`results_for` on the groups of interest.
    """
    if validate:
        table = validate_table(table, known_sources)
    return _build_results(table, compare_frame(table, validate=False, sort=True))
