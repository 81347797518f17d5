"""The cross-sheet stage on a claim table far larger than memory wants (a script, not a test).

    .venv/bin/python benchmarks/crosssheet_scale.py [MILLIONS ...] [--memory-limit 1GB]

For each size (default 30 million claim rows) DuckDB writes a synthetic fact table to
Parquet (keys shared by 1-8 reports, some deprecated, some reprinted "via" another
source, a few in another unit, some open-ended), then judges it with the cross-sheet
query (:data:`factcheck.crosssource.sql.JUDGE_SQL`) under a memory limit, spilling to
disk. The baseline, measured in the same run, is DuckDB scanning the same file
(``SELECT count(*), sum(lower) ...``): the ratio says what the judging costs beyond
reading. Peak memory is this process's maximum resident set.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import duckdb

from factcheck.crosssource.sql import JUDGE_SQL

GENERATE = """
COPY (
  SELECT
    'claim/' || CAST(i // 4 AS VARCHAR) AS key,
    '' AS scope,
    'src' || CAST(hash(i) % 50 AS VARCHAR) AS source,
    CASE WHEN hash(i * 7) % 10 = 0 THEN 'wire' ELSE NULL END AS via,
    v AS lower,
    CASE WHEN hash(i * 3) % 50 = 0 THEN CAST('inf' AS DOUBLE)
         WHEN hash(i * 5) % 40 = 0 THEN v + 100
         ELSE v END AS upper,
    CASE WHEN hash(i * 11) % 500 = 0 THEN 'km' ELSE 'drone' END AS unit,
    CASE WHEN hash(i * 13) % 20 = 0 THEN 'deprecated' ELSE 'normal' END AS rank,
    0.0 AS tolerance
  FROM (SELECT i, CAST(100 + (i // 4) % 1000 + CASE WHEN hash(i * 17) % 30 = 0 THEN 7
                                                    ELSE 0 END AS DOUBLE) AS v
        FROM range({n}) t(i))
) TO '{path}' (FORMAT parquet)
"""


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("millions", nargs="*", type=float, default=[30.0])
    p.add_argument("--memory-limit", default="1GB")
    p.add_argument("--work", type=Path, default=None)
    args = p.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="factcheck-crosssheet-"))
    for millions in args.millions:
        n = int(millions * 1_000_000)
        path = work / f"facts_{n}.parquet"
        con = duckdb.connect()
        con.execute(f"SET memory_limit = '{args.memory_limit}'")
        con.execute(f"SET temp_directory = '{work / 'spill'}'")
        if not path.exists():
            t0 = time.perf_counter()
            con.execute(GENERATE.format(n=n, path=path))
            print(f"generated {n:,} rows in {time.perf_counter() - t0:.1f} s "
                  f"({path.stat().st_size / 1e6:.0f} MB Parquet)")
        literal = str(path).replace("'", "''")
        con.execute(f"CREATE VIEW facts AS SELECT * FROM read_parquet('{literal}')")
        t0, c0 = time.perf_counter(), _cpu()
        con.execute("SELECT count(*), sum(lower), count(DISTINCT key) FROM facts").fetchall()
        scan, scan_cpu = time.perf_counter() - t0, _cpu() - c0
        t0, c0 = time.perf_counter(), _cpu()
        counts = con.execute(f"SELECT verdict, count(*) FROM ({JUDGE_SQL}) GROUP BY verdict "
                             "ORDER BY verdict").fetchall()
        judge, judge_cpu = time.perf_counter() - t0, _cpu() - c0
        con.close()
        print(f"{n:,} claim rows, memory limit {args.memory_limit}: judged in {judge:.1f} s "
              f"({judge_cpu:.1f} s CPU), scan baseline {scan:.1f} s ({scan_cpu:.1f} s CPU); "
              f"ratio {judge / scan:.2f} wall, {judge_cpu / scan_cpu:.2f} CPU; peak RSS "
              f"{_rss_mb():.0f} MB; verdicts " + ", ".join(f"{v} {c:,}" for v, c in counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
