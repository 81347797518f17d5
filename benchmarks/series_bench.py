"""How long the series validators take on a full dataset, against reading it.

    python benchmarks/series_bench.py [--repeat N]

Validates the General Staff's equipment table (every day since February 2022, every
column, all validators) and reports the time as a ratio to a baseline measured in the
same run: reading the same CSV with pandas. CPU time of this process is measured, so a
busy machine slows both alike.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from factcheck.series.detect import Spec  # noqa: E402
from factcheck.series.run import corrections  # noqa: E402
from factcheck.series.validate import VALIDATORS, SeriesInput, validate  # noqa: E402

CSV = REPO / "data" / "gsua-losses" / "russia_losses_equipment.csv"
TEXT = ["greatest losses direction"]


def _best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.process_time()
        fn()
        times.append(time.process_time() - start)
    return min(times)


def series_input() -> SeriesInput:
    frame = pd.read_csv(CSV, dtype=str, keep_default_na=False)
    frame.index = pd.to_datetime(frame.pop("date"), format="%Y-%m-%d")
    numbers = frame.drop(columns=TEXT).apply(pd.to_numeric, errors="coerce")
    cumulative = [c for c in numbers.columns if c != "day"]
    fixes = corrections(REPO, "data/gsua-losses/russia_losses_equipment_correction.json")
    spec = Spec(cumulative, fixes, {"day": pd.Timestamp("2022-02-23").date()},
                [(["military auto", "fuel tank"], "vehicles and fuel tanks")])
    return SeriesInput(numbers, frame[TEXT], spec, [], TEXT)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)
    data = series_input()
    rows, cols = data.numbers.shape
    validate(data, set(VALIDATORS))  # warm: imports pandera
    baseline = _best(lambda: pd.read_csv(CSV, dtype=str, keep_default_na=False), args.repeat)
    checked = _best(lambda: validate(data, set(VALIDATORS)), args.repeat)
    print(f"dataset: {rows} rows x {cols + len(TEXT)} columns, {len(VALIDATORS)} validators")
    print(f"read_csv (baseline): {baseline * 1000:.1f} ms CPU")
    print(f"validate: {checked * 1000:.1f} ms CPU = {checked / baseline:.1f} x read_csv")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
