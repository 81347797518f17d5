"""Replay first-published figures through the series validators; score against vintages.

    python benchmarks/series_eval.py data/gsua-losses/vintages-train.csv

A vintages file has, for every (date, column) cell ever published, its first value and
whether it was later corrected. The first-published table goes through every series
validator (the same code a sheet's ``validator: series_clean`` runs); a flagged cell
counts towards recall when it was later corrected, and as a false alarm when it never
was. The dataset is declared as a sheet would declare it, from the documentation of the
General Staff's daily losses (``data/gsua-losses/README.md``): its columns, which are
running totals, the day counter, the merged category, the periods some columns were
tracked, the qualifier and text columns, and the restatements file. Nothing here knows
which cells were corrected.

The last line printed is ``recall R false_alarm_rate F``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from factcheck.series.detect import Spec  # noqa: E402
from factcheck.series.run import corrections  # noqa: E402
from factcheck.series.validate import VALIDATORS, SeriesInput, validate  # noqa: E402
from factcheck.series.vintages import read_vintages  # noqa: E402

D = dt.date.fromisoformat
CUMULATIVE = ["aircraft", "helicopter", "tank", "APC", "field artillery", "MRL",
              "military auto", "fuel tank", "drone", "naval ship", "anti-aircraft warfare",
              "special equipment", "mobile SRBM system", "vehicles and fuel tanks",
              "cruise missiles", "submarines", "ground robotic systems", "personnel", "POW"]
QUALIFIERS = ["personnel*"]
TEXT = ["greatest losses direction"]
DECLARED = ["day", *CUMULATIVE, *QUALIFIERS, *TEXT]
PERIODS = {
    "POW": (None, D("2022-04-27")),
    "military auto": (None, D("2022-04-30")),
    "fuel tank": (None, D("2022-04-30")),
    "mobile SRBM system": (D("2022-03-26"), D("2022-04-30")),
    "vehicles and fuel tanks": (D("2022-05-01"), None),
    "cruise missiles": (D("2022-05-01"), None),
    "special equipment": (D("2022-03-16"), None),
    "submarines": (D("2023-09-14"), None),
    "ground robotic systems": (D("2026-05-03"), None),
    "greatest losses direction": (D("2022-04-25"), D("2023-01-02")),
}


def first_published(path: Path) -> tuple[SeriesInput, pd.DataFrame]:
    """The table as first published, declared like the General Staff's losses."""
    vintages = read_vintages(path, str(path))
    wide = vintages.first_published()
    wide.index = pd.to_datetime(wide.index, format="%Y-%m-%d")
    text_cols = [c for c in wide.columns if c in QUALIFIERS + TEXT or c.startswith("*")]
    numbers = wide.drop(columns=text_cols).apply(pd.to_numeric, errors="coerce")
    fixes = corrections(REPO, "data/gsua-losses/russia_losses_equipment_correction.json")
    spec = Spec([c for c in CUMULATIVE if c in numbers], fixes, {"day": D("2022-02-23")},
                [(["military auto", "fuel tank"], "vehicles and fuel tanks")])
    data = SeriesInput(numbers, wide[text_cols], spec, QUALIFIERS, TEXT, DECLARED, PERIODS)
    return data, vintages.frame


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("vintages", type=Path, help="vintages CSV (date, column, first_value, "
                    "final_value, first_seen, last_changed, corrected)")
    args = ap.parse_args(argv)
    data, cells = first_published(args.vintages)
    start = time.perf_counter()
    findings = validate(data, set(VALIDATORS))
    seconds = time.perf_counter() - start
    corrected = cells["corrected"].str.lower() == "true"
    truth = dict(zip(zip(cells["date"], cells["column"], strict=True), corrected, strict=True))
    flagged = {(f.date.isoformat(), f.column): f.check for f in findings}
    n_corrected = int(corrected.sum())
    print(f"cells: {len(truth)} ({n_corrected} later corrected); validated in {seconds:.2f} s")
    shown = [*PERIODS_SHOWN, ("all", "", "9")]
    print(f"  {'caught / false alarms':25}" + "".join(f"{p[0]:>18}" for p in shown))
    for check in VALIDATORS:
        row = ""
        for _, lo, hi in shown:
            mine = [t for (d, c), t in truth.items()
                    if lo <= d <= hi and flagged.get((d, c)) == check]
            row += f"{sum(mine):>11} / {len(mine) - sum(mine):<4}"
        print(f"  {check:25}{row}")
    for label, lo, hi in PERIODS_SHOWN:
        part = {c: t for c, t in truth.items() if lo <= c[0] <= hi}
        r, f = _rates(part, flagged)
        print(f"  {label}: {sum(part.values())} corrected of {len(part)} cells, "
              f"recall {r:.4f} false_alarm_rate {f:.5f}")
    recall, far = _rates(truth, flagged)
    print(f"recall {recall:.4f} false_alarm_rate {far:.5f}")
    return 0


#: the figures by period: thresholds were set looking at 2022-2023; 2024 is held out
PERIODS_SHOWN = [("2022-2023 (fit)", "2022", "2023-12-31"),
                 ("2024 (held out)", "2024", "2024-12-31")]


def _rates(truth: dict, flagged: dict) -> tuple[float, float]:
    """Recall over corrected cells and false-alarm rate over the others."""
    corrected = sum(truth.values())
    clean = len(truth) - corrected
    hit = sum(1 for c, t in truth.items() if t and c in flagged)
    alarm = sum(1 for c, t in truth.items() if not t and c in flagged)
    return (hit / corrected if corrected else 0.0, alarm / clean if clean else 0.0)


if __name__ == "__main__":
    raise SystemExit(main())
