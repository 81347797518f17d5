"""A row carried forward: columns that each seldom stand still all stand still at once."""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd

from factcheck.series.detect import Spec, detect_all
from factcheck.series.pauses import stale_rows
from factcheck.series.validate import SeriesInput, validate
from tests.series.helpers import check, project

DAYS = pd.date_range("2025-01-01", periods=60, freq="D")
MOVING = ["tank", "APC", "artillery", "drone", "vehicles"]
STALE = 40  # the row that repeats the day before


def _table(still: dict[int, list[str]] | None = None) -> pd.DataFrame:
    """Five running totals that move every day (by 3 to 9), `aircraft` that moves every
    fourth day and on day 41, `helicopter` that moves every fifth day; on each day of
    ``still`` the columns named repeat the day before's figure."""
    steps = {c: 3.0 + (np.arange(len(DAYS)) * (k + 2)) % 7 for k, c in enumerate(MOVING)}
    steps["aircraft"] = np.where(np.arange(len(DAYS)) % 4 == 0, 2.0, 0.0)
    steps["aircraft"][STALE + 1] = 1.0
    steps["helicopter"] = np.where(np.arange(len(DAYS)) % 5 == 0, 1.0, 0.0)
    for day, cols in (still or {}).items():
        for c in cols:
            steps[c][day] = 0.0
    return pd.DataFrame({c: 100.0 + np.cumsum(s) for c, s in steps.items()}, index=DAYS)


SPEC = Spec([*MOVING, "aircraft", "helicopter"])


def _flagged(flags) -> set[tuple[str, str]]:
    stacked = flags.mask.stack()
    return {(ts.date().isoformat(), c) for (ts, c), hit in stacked.items() if hit}


def test_a_row_carried_forward_is_flagged_with_the_catch_up_columns():
    frame = _table({STALE: [*MOVING, "aircraft"]})
    flags = stale_rows(frame, SPEC)
    # every moving column; aircraft too, which moves the next day; helicopter, which
    # stood still that day and the next, gives no sign
    assert _flagged(flags) == {("2025-02-10", c) for c in [*MOVING, "aircraft"]}
    assert "the row repeats the day before in 5 columns" in \
        flags.expected.at[DAYS[STALE], "tank"]
    assert "1 in 24,300,000 together" in flags.expected.at[DAYS[STALE], "drone"]


def test_a_few_columns_standing_still_together_are_no_stale_row():
    # two columns that each stand still once in 30 days: a chance of 1 in 900
    assert not _flagged(stale_rows(_table({STALE: ["tank", "APC"]}), SPEC))
    # columns that stand still most days carry no weight
    assert not _flagged(stale_rows(_table({STALE: ["aircraft", "helicopter"]}), SPEC))
    # a column's own rate is what counts: the five stood still often in the weeks before
    often = {d: MOVING for d in range(12, 40, 3)}
    assert not _flagged(stale_rows(_table({**often, STALE: MOVING}), SPEC))


def test_too_little_history_is_no_evidence():
    assert not _flagged(stale_rows(_table({5: MOVING}), SPEC))  # five days in: no rates
    # ten days in, each column's rate is known only to be below 1 in 11 (Laplace): five
    # pauses have a chance of 1 in 161,051, not enough; twenty days in, 1 in 4 million
    assert not _flagged(stale_rows(_table({10: MOVING}), SPEC))
    assert _flagged(stale_rows(_table({20: MOVING}), SPEC))


def test_the_stale_row_runs_through_pandera_as_its_own_validator():
    frame = _table({STALE: MOVING})
    data = SeriesInput(frame, pd.DataFrame(index=frame.index), SPEC)
    found = validate(data, {"stale_row"})
    assert {(str(f.date), f.column, f.check) for f in found} == {
        ("2025-02-10", c, "stale_row") for c in MOVING}
    assert "stale_row" in detect_all(frame, SPEC)
    # in the full set, each cell is reported once, as a row carried forward
    every = validate(data, {"stale_row", "stale_value", "daily_delta", "spike"})
    assert {f.check for f in every if str(f.date) == "2025-02-10"} == {"stale_row"}


def test_a_sheet_declares_the_stale_row_check(tmp_path):
    frame = _table({STALE: [*MOVING, "aircraft"]})
    csv = frame.rename_axis("date").reset_index()
    csv["date"] = csv["date"].dt.strftime("%Y-%m-%d")
    head = textwrap.dedent(f"""\
        document: seeds/doc.txt
        sources:
          gs: {{name: "General Staff", kind: military}}
        datasets:
          losses:
            path: data/losses.csv
            source: gs
            date: date
            columns: {{{", ".join(f"{c}: {c}" for c in frame.columns)}}}
            cumulative: [{", ".join(frame.columns)}]
        checks:
          rows: {{validator: stale_row, args: {{dataset: losses}}}}
          honest: {{validator: stale_row, args: {{dataset: losses, columns: [tank, APC]}}}}
        """)
    root = project(tmp_path, csv=csv.to_csv(index=False, float_format="%.0f"), head=head)
    result = check(root)
    [rows] = [o for o in result.sheets[0].checks if o.name == "rows"]
    assert rows.verdict == "violated" and rows.line == 12
    assert "6 cell(s) flagged" in rows.message and "2025-02-10 `tank` = " in rows.message
    [honest] = [o for o in result.sheets[0].checks if o.name == "honest"]
    assert honest.verdict == "holds"  # two columns alone: no improbable coincidence
    assert result.exit_code() == 1
