"""Benchmark of the cross-source agreement pass (a script, not a test).

Generates seeded synthetic fact tables at 100k / 250k / 500k / 1M rows with
five rows per claim key, times schema validation + ``compare_frame`` (best of
three), and compares against a bare ``groupby().agg`` baseline measured in the
same run.

    .venv/bin/python benchmarks/crosssource_bench.py [--sizes 100000,1000000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd

from factcheck.crosssource import compare_frame, fact_table_schema

ROWS_PER_KEY = 5
N_SOURCES = 200
ROWS_PER_SHEET = 50


def make_table(n_rows: int, rows_per_key: int = ROWS_PER_KEY, seed: int = 0) -> pd.DataFrame:
    """A synthetic fact table: ``n_rows`` rows over ``n_rows // rows_per_key`` keys."""
    rng = np.random.default_rng(seed)
    n_keys = max(1, n_rows // rows_per_key)
    key_ids = rng.integers(0, n_keys, n_rows)
    key_ids[:n_keys] = np.arange(n_keys)  # every key present
    rng.shuffle(key_ids)
    keys = np.array([f"ua/event-{i}/2025-04-26/drones_launched" for i in range(n_keys)], object)
    scopes = np.array(["", "as_of=2025-04", "place=Kyiv"], object)
    sources = np.array([f"source_{i}" for i in range(N_SOURCES)], object)
    units = np.array(["drone", "km**2"], object)
    ranks = np.array(["preferred", "normal", "deprecated"], object)

    base = rng.integers(50, 5000, n_keys).astype(float)
    value = base[key_ids]
    noisy = rng.random(n_rows) < 0.1
    value = np.where(noisy, value + rng.integers(1, 20, n_rows), value)
    width = np.where(rng.random(n_rows) < 0.2, 50.0, 0.0)
    via_idx = rng.integers(0, N_SOURCES, n_rows)
    via = np.where(rng.random(n_rows) < 0.15, sources[via_idx], None)
    unit_idx = np.where(rng.random(n_rows) < 0.01, 1, 0)

    n_sheets = n_rows // ROWS_PER_SHEET + 1
    sheet_names = np.array([f"facts/sheet_{i:06d}.yaml" for i in range(n_sheets)], object)
    row = np.arange(n_rows)
    fact_names = np.array([f"fact_{i}" for i in range(ROWS_PER_SHEET)], object)

    return pd.DataFrame(
        {
            "sheet": sheet_names[row // ROWS_PER_SHEET],
            "line": (row % ROWS_PER_SHEET) * 4 + 3,
            "fact": fact_names[row % ROWS_PER_SHEET],
            "key": keys[key_ids],
            "scope": scopes[key_ids % 3],
            "source": sources[rng.integers(0, N_SOURCES, n_rows)],
            "via": via,
            "lower": value - width,
            "upper": value + width,
            "unit": units[unit_idx],
            "rank": ranks[rng.choice(3, n_rows, p=[0.3, 0.65, 0.05])],
            "tolerance": np.where(rng.random(n_rows) < 0.3, 0.5, 0.0),
            "quote": "the air force said it shot down the drones",
        }
    )


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,250000,500000,1000000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    known = {f"source_{i}" for i in range(N_SOURCES)}
    schema = fact_table_schema(known)

    header = (
        f"{'rows':>9} {'keys':>8} {'validate s':>10} {'compare s':>10} {'total s':>9} "
        f"{'s/M rows':>9} {'baseline s':>10} {'x baseline':>10}"
    )
    print(header)
    print("-" * len(header))
    for n in sizes:
        table = make_table(n)
        n_keys = table["key"].nunique()

        def baseline(table: pd.DataFrame = table) -> pd.DataFrame:
            return table.groupby(["key", "scope"], sort=False).agg(
                lower_max=("lower", "max"), upper_min=("upper", "min")
            )

        def validate(table: pd.DataFrame = table) -> pd.DataFrame:
            return schema.validate(table)

        def full(table: pd.DataFrame = table) -> pd.DataFrame:
            return compare_frame(schema.validate(table), validate=False)

        t_base = _best(baseline, args.repeat)
        t_val = _best(validate, args.repeat)
        t_cmp = _best(lambda table=table: compare_frame(table, validate=False), args.repeat)
        t_full = _best(full, args.repeat)
        print(
            f"{n:>9,} {n_keys:>8,} {t_val:>10.3f} {t_cmp:>10.3f} {t_full:>9.3f} "
            f"{t_full / n * 1e6:>9.3f} {t_base:>10.3f} {t_full / t_base:>10.2f}"
        )
    summary = compare_frame(make_table(sizes[0]), validate=False)
    print()
    print("verdicts at", f"{sizes[0]:,}", "rows:", summary["verdict"].value_counts().to_dict())


if __name__ == "__main__":
    main()
