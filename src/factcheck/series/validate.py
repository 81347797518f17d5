"""Run the series detectors over a dataset's frame with pandera.

The detectors (:mod:`factcheck.series.detect`, :mod:`factcheck.series.vocabulary`)
compute whole-frame masks, since each needs neighbouring rows or other columns; pandera
runs one check per (validator, column) over them and returns its failure table, which
becomes one :class:`Finding` per flagged cell: the date, the column, the figure and
what was expected.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from factcheck.series.detect import Flags, Spec, detect_all
from factcheck.series.vocabulary import qualifiers, spans, spelling, stale_text

#: validator id -> what it looks for
VALIDATORS: dict[str, str] = {  # in order of precedence: a cell is reported by the first
    "date_shift": "a day counter that lags its date, the row repeating an earlier day",
    "stale_row": "a row carried forward: columns that each move on most days all stand "
                 "still that day",
    "column_span": "a figure outside its column's period, or in an undeclared column",
    "restatement_lag": "a restatement that the figures do not show: the column stands still "
                       "on its date and the day after",
    "qualifier_known": "a qualifier other than `about` or `more`",
    "spelling_variant": "a rare variant of a spelling the column uses",
    "stale_text": "a text cell repeating the day before in a column left empty on many "
                  "days (an entry carried forward)",
    "spike": "a figure out of line with its neighbours (a digit dropped, inserted, changed "
             "or swapped)",
    "daily_delta": "a daily change out of the range of the weeks before (or several "
                   "robust spreads off the typical change), taken back the next day",
    "column_shift": "a figure equal to another column's that day",
    "stale_value": "a figure carried forward in a series that seldom stands still, the "
                   "jump after the pause making up for it",
    "category_merge": "a column that replaced others does not continue their total",
    "cumulative_nondecreasing": "a running total falls without a restatement covering it",
}
ALL = "series_clean"


@dataclass(frozen=True)
class Finding:
    """One flagged cell: where, which validator, the figure, and what was expected."""

    date: dt.date
    column: str
    check: str
    value: str
    expected: str

    def describe(self) -> str:
        return f"{self.date} `{self.column}` = {self.value}: expected {self.expected}"


@dataclass
class SeriesInput:
    """A dataset as the validators see it: numbers, text, and what the sheet declares."""

    numbers: pd.DataFrame  # one row per date, declared numeric columns as floats
    text: pd.DataFrame  # one row per date, text and qualifier columns
    spec: Spec
    qualifier_columns: list[str] = field(default_factory=list)
    text_columns: list[str] = field(default_factory=list)
    declared: list[str] | None = None  # None: every column is declared
    periods: dict[str, tuple[dt.date | None, dt.date | None]] = field(default_factory=dict)


def detect(data: SeriesInput, wanted: set[str]) -> dict[str, Flags]:
    """The flags of every wanted validator (ids of :data:`VALIDATORS`)."""
    out = {k: f for k, f in detect_all(data.numbers, data.spec).items() if k in wanted}
    if "qualifier_known" in wanted:
        out["qualifier_known"] = qualifiers(data.text, data.qualifier_columns)
    if "spelling_variant" in wanted:
        out["spelling_variant"] = spelling(data.text, data.text_columns)
    if "stale_text" in wanted:
        out["stale_text"] = stale_text(data.text, data.text_columns)
    if "column_span" in wanted:
        both = pd.concat([data.numbers, data.text], axis=1)
        declared = list(both.columns) if data.declared is None else data.declared
        out["column_span"] = spans(both, declared, data.periods)
    return out


def validate(data: SeriesInput, wanted: set[str]) -> list[Finding]:
    """Findings of the wanted validators, from pandera's failure table."""
    import pandera.pandas as pa

    flags = detect(data, wanted)
    frame = pd.concat([data.numbers, data.text], axis=1)
    columns: dict[str, list] = {}
    for check, f in flags.items():
        for col in f.mask.columns[f.mask.any(axis=0).to_numpy()]:
            ok = ~f.mask[col]
            columns.setdefault(col, []).append(
                pa.Check(lambda s, ok=ok: ok.reindex(s.index, fill_value=True), name=check))
    if not columns:
        return []
    schema = pa.DataFrameSchema(
        {c: pa.Column(checks=checks, nullable=True, required=False)
         for c, checks in columns.items()})
    try:
        schema.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as err:
        table = err.failure_cases
    else:  # pragma: no cover - the masks above always fail somewhere
        return []
    out = []
    for row in table.itertuples(index=False):
        ts = pd.Timestamp(row.index)
        expected = flags[row.check].expected.at[ts, row.column]
        value = frame.at[ts, row.column]
        shown = f"{value:,.0f}" if isinstance(value, float) and value.is_integer() else \
            str(value)
        out.append(Finding(ts.date(), str(row.column), str(row.check), shown, str(expected)))
    rank = {k: i for i, k in enumerate(VALIDATORS)}
    first: dict[tuple[dt.date, str], Finding] = {}
    for f in sorted(out, key=lambda f: (f.date, f.column, rank[f.check])):
        first.setdefault((f.date, f.column), f)  # one finding per cell, the likeliest cause
    return list(first.values())
