"""Plant errors of each kind into years the validators were not fitted on; score recall.

    python benchmarks/series_planted.py [--since 2025-01-01] [--seeds 3]

`series_eval.py` scores the validators on the cells the maintainers corrected up to
2024. This asks how they do on later years, whose corrections we do not have: it
takes the General Staff's tables as they stand (equipment and personnel, declared as
in `series_eval.py`), plants errors of one kind at a time from ``--since`` on, and
counts the planted cells flagged (recall) and the other cells of that period flagged
(flag rate; some of these may be real errors not yet corrected, and a cell next to a
planted one may be blamed in its place). Each kind is planted
every 60 days in each column (rows: every 60 days), staggered, so that one planted
error never sits in another's window; ``--seeds`` draws different dates and edits.

- ``typo``: one keystroke (a digit dropped, inserted, changed or two swapped) that
  moves the figure by at least 10 (a changed last digit is within a day's noise);
- ``offset``: a figure off by 3 to 8 robust spreads of the column's daily changes
  (1.4826 × their median absolute deviation over the 28 days before), either way;
- ``stale``, ``stale2``: the day before's figure carried forward one or two days;
- ``shift``: another column's figure that day;
- ``date_shift``: the whole row, day counter included, repeats the day before;
- ``stale_row``: every running total repeats the day before, the counter is right.

The last line printed is ``planted_recall R flag_rate F`` over every kind.
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from series_eval import CUMULATIVE, DECLARED, PERIODS, QUALIFIERS, REPO, TEXT, D  # noqa: E402

from factcheck.series.detect import Spec, digit_edits  # noqa: E402
from factcheck.series.run import corrections  # noqa: E402
from factcheck.series.validate import VALIDATORS, SeriesInput, validate  # noqa: E402

DATA = REPO / "data" / "gsua-losses"
KINDS = ("typo", "offset", "stale", "stale2", "shift", "date_shift", "stale_row")
#: days between two planted errors of a column (longer than every detector's window)
SPACING = 60
DAY = pd.Timedelta(days=1)
#: a planted typo moves the figure by at least this much
MIN_TYPO = 10


def final_tables() -> SeriesInput:
    """The equipment and personnel tables as they stand, declared as in series_eval."""
    equipment = pd.read_csv(DATA / "russia_losses_equipment.csv", dtype=str,
                            keep_default_na=False)
    personnel = pd.read_csv(DATA / "russia_losses_personnel.csv", dtype=str,
                            keep_default_na=False)
    both = equipment.merge(personnel.drop(columns=["day"]), on="date", how="outer")
    both.index = pd.to_datetime(both.pop("date"), format="%Y-%m-%d")
    both = both.replace("", np.nan)
    text_cols = [c for c in both.columns if c in QUALIFIERS + TEXT]
    numbers = both.drop(columns=text_cols).apply(pd.to_numeric, errors="coerce")
    fixes = corrections(REPO, "data/gsua-losses/russia_losses_equipment_correction.json")
    spec = Spec([c for c in CUMULATIVE if c in numbers], fixes, {"day": D("2022-02-23")},
                [(["military auto", "fuel tank"], "vehicles and fuel tanks")])
    return SeriesInput(numbers, both[text_cols], spec, QUALIFIERS, TEXT, DECLARED, PERIODS)


def plant(base: SeriesInput, kind: str, since: pd.Timestamp, seed: int
          ) -> tuple[SeriesInput, set[tuple[pd.Timestamp, str]], set[pd.Timestamp]]:
    """A copy of ``base`` with errors of one kind planted, the cells they changed, and
    the rows planted whole (their unchanged cells count neither way)."""
    rng = np.random.default_rng(seed)
    data = copy.copy(base)
    frame = base.numbers.copy()
    data.numbers = frame
    cols = [c for c in base.spec.cumulative
            if frame.loc[since:, c].notna().all() and frame.loc[since:, c].diff().abs().sum()]
    first = int(frame.index.searchsorted(since)) + 1
    if kind in ("date_shift", "stale_row"):
        totals = [c for c in base.spec.cumulative if c in frame]
        moved = ["day", *totals] if kind == "date_shift" else totals
        rows = range(first + int(rng.integers(SPACING)), len(frame) - 1, SPACING)
        for p in rows:
            frame.iloc[p, [frame.columns.get_loc(c) for c in moved]] = \
                frame.iloc[p - 1][moved].to_numpy()
        return data, _changed(base.numbers, frame), {frame.index[p] for p in rows}
    for j, col in enumerate(cols):
        k = frame.columns.get_loc(col)
        if kind == "offset":  # 1.4826 x the median absolute deviation of 28 changes
            spread = 1.4826 * frame[col].diff().rolling(28).apply(
                lambda w: np.median(np.abs(w - np.median(w))), raw=True).clip(lower=1.0)
        start = first + (j * 7 + int(rng.integers(10))) % SPACING
        for p in range(start, len(frame) - 2, SPACING):
            x = frame.iat[p, k]
            if kind == "typo":
                edits = [e for e in digit_edits(x) if abs(e - x) >= MIN_TYPO]
                frame.iat[p, k] = float(rng.choice(edits)) if edits else x
            elif kind == "offset":
                size = rng.uniform(3.0, 8.0) * spread.iat[p - 1]
                frame.iat[p, k] = x + round(size) * rng.choice([-1.0, 1.0])
            elif kind in ("stale", "stale2"):
                frame.iat[p, k] = frame.iat[p - 1, k]
                if kind == "stale2":
                    frame.iat[p + 1, k] = frame.iat[p - 1, k]
            elif kind == "shift":  # another column's figure that day
                others = [c for c in cols if c != col and frame.at[frame.index[p], c] != x]
                frame.iat[p, k] = frame.at[frame.index[p], others[int(rng.integers(len(others)))]]
    return data, _changed(base.numbers, frame), set()


def _changed(before: pd.DataFrame, after: pd.DataFrame) -> set[tuple[pd.Timestamp, str]]:
    diff = (before != after) & after.notna()
    return {(ts, col) for (ts, col), hit in diff.stack().items() if hit}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--since", default="2025-01-01", help="first date errors are planted")
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--kinds", default=",".join(KINDS))
    args = ap.parse_args(argv)
    unknown = set(args.kinds.split(",")) - set(KINDS)
    if unknown:
        ap.error(f"unknown kind(s) {', '.join(sorted(unknown))}; the kinds: {', '.join(KINDS)}")
    since = pd.Timestamp(args.since)
    base = final_tables()
    period = base.numbers.loc[since:]
    cells = int(period.notna().sum().sum())
    print(f"tables as they stand, {since.date()} .. {base.numbers.index[-1].date()}: "
          f"{len(period)} rows, {cells} figures; {args.seeds} seed(s) per kind")
    total_planted = total_caught = total_flags = runs = 0
    for kind in args.kinds.split(","):
        planted = caught = flags = near = 0
        by: dict[str, int] = {}
        for seed in range(args.seeds):
            data, truth, rows = plant(base, kind, since, seed)
            found = {(pd.Timestamp(f.date), f.column): f.check
                     for f in validate(data, set(VALIDATORS))}
            hits = [found[c] for c in truth if c in found]
            for check in hits:
                by[check] = by.get(check, 0) + 1
            planted += len(truth)
            caught += len(hits)
            other = [c for c in found if c not in truth and c[0] >= since and c[0] not in rows]
            flags += len(other)
            near += sum(1 for ts, col in other if (ts - DAY, col) in truth
                        or (ts + DAY, col) in truth)
            runs += 1
        total_planted += planted
        total_caught += caught
        total_flags += flags
        shown = ", ".join(f"{k} {v}" for k, v in sorted(by.items(), key=lambda kv: -kv[1]))
        print(f"  {kind:10} planted {planted:4}  caught {caught:4}  recall "
              f"{caught / planted:.3f}  other cells flagged per run: "
              f"{(flags - near) / args.seeds:4.1f} + {near / args.seeds:4.1f} next to a "
              f"planted one  ({shown})")
    print(f"planted_recall {total_caught / total_planted:.4f} "
          f"flag_rate {total_flags / (runs * cells):.5f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
