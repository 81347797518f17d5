"""Text entries carried forward in a column the source fills only on some days."""

from __future__ import annotations

import textwrap

import numpy as np
import pandas as pd

from factcheck.series.detect import Spec
from factcheck.series.validate import SeriesInput, validate
from factcheck.series.vocabulary import INTERMITTENT, TEXT_WINDOW, stale_text
from tests.series.helpers import check, project

DAYS = pd.date_range("2022-10-01", periods=70, freq="D")
COL = "greatest losses direction"
NAMES = ["Bakhmut", "Lyman", "Avdiivka", "Kupiansk", "Kreminna"]


def _column(every: int = 1, repeats: dict[int, int] | None = None, start: int = 5) -> pd.Series:
    """A direction named every ``every`` days from day ``start`` on (another each
    time), and at day i of ``repeats`` the entry of day i - 1 repeated for n days."""
    text = pd.Series("", index=DAYS, dtype=object)
    for k, i in enumerate(range(start, len(DAYS), every)):
        text.iloc[i] = f"{NAMES[k % 5]} and {NAMES[(k + 2) % 5]}"
    for i, n in (repeats or {}).items():
        for j in range(i, i + n):
            text.iloc[j] = text.iloc[i - 1]
    return text


def _flagged(text: pd.Series) -> list[int]:
    flags = stale_text(pd.DataFrame({COL: text}), [COL])
    return [int(i) for i in np.flatnonzero(flags.mask[COL].to_numpy())]


def test_an_entry_carried_forward_in_an_intermittent_column_is_flagged():
    # named every other day (empty on half the days), then one entry stands four days
    text = _column(every=2, repeats={42: 4})
    assert text.iloc[41] != "" and text.iloc[41] == text.iloc[45]
    assert _flagged(text) == [42, 43, 44, 45]
    flags = stale_text(pd.DataFrame({COL: text}), [COL])
    assert "left empty on 14 of the 28 days before" in flags.expected.iloc[42][COL]


def test_a_repeat_where_the_column_is_filled_daily_is_not_flagged():
    # the direction named every day: the same front two days running is news
    assert _flagged(_column(every=1, repeats={30: 3})) == []
    # empty on 6 of 28 days (under a quarter): still a daily column
    text = _column(every=1, repeats={50: 2})
    for i in (23, 27, 31, 36, 40, 45):
        text.iloc[i] = ""
    assert 6 / TEXT_WINDOW < INTERMITTENT and _flagged(text) == []
    # ... empty on 7 of 28 (a quarter): intermittent
    text.iloc[25] = ""
    assert _flagged(text) == [50, 51]


def test_new_entries_and_the_days_before_the_column_starts_are_not_flagged():
    assert _flagged(_column(every=2)) == []  # every entry differs from the one before
    # the column starts on day 30: the empty days before it do not make it intermittent
    assert _flagged(_column(every=1, start=30, repeats={40: 2})) == []
    # an entry equal to the last one but after an empty day is no carry-forward of it
    text = _column(every=2)
    text.iloc[43] = text.iloc[41]
    assert _flagged(text) == []


def test_stale_text_runs_through_pandera_as_its_own_validator():
    text = _column(every=2, repeats={42: 2})
    numbers = pd.DataFrame({"tank": 1000.0 + 5 * np.arange(len(DAYS))}, index=DAYS)
    data = SeriesInput(numbers, pd.DataFrame({COL: text}), Spec(["tank"]), [], [COL])
    found = {(str(f.date), f.column, f.check) for f in validate(data, {"stale_text"})}
    assert found == {(str(DAYS[i].date()), COL, "stale_text") for i in (42, 43)}


def test_a_sheet_declares_the_stale_text_check(tmp_path):
    text = _column(every=2, repeats={42: 2})
    csv = pd.DataFrame({"date": DAYS.strftime("%Y-%m-%d"),
                        "tank": 1000 + 5 * np.arange(len(DAYS)), "direction": text.to_numpy()})
    head = textwrap.dedent("""\
        document: seeds/doc.txt
        sources:
          gs: {name: "General Staff", kind: military}
        datasets:
          losses:
            path: data/losses.csv
            source: gs
            date: date
            columns: {tank: tank}
            cumulative: [tank]
            text: [direction]
        checks:
          carried: {validator: stale_text, args: {dataset: losses}}
        """)
    root = project(tmp_path, csv=csv.to_csv(index=False), head=head)
    result = check(root)
    [carried] = [o for o in result.sheets[0].checks if o.name == "carried"]
    assert carried.verdict == "violated" and carried.line == 13
    assert "2 cell(s) flagged" in carried.message
    assert f"{DAYS[42].date()} `direction` = " in carried.message
    assert [f.check for f in carried.result] == ["stale_text", "stale_text"]
