"""The per-sheet stage on Apache Spark (``--engine spark``).

Sheet paths are spread over Spark's Python workers (``mapPartitions`` over an RDD of
paths, in file order); each worker loads, grounds and evaluates its sheets with
:func:`factcheck.sheets.check_sheet`, the one per-sheet implementation, and returns
them pickled; the driver reads them back in file order. The cross-sheet stage then runs
as SQL on the same session (:func:`factcheck.crosssource.sql.judge_spark`).

Nothing is taken from or stored in the per-sheet cache: the workers of a cluster do not
share the project's disk. The workers run this Python (``PYSPARK_PYTHON`` when set),
which must have factcheck installed.
"""

from __future__ import annotations

import functools
import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from factcheck.config import Config
from factcheck.sheets import SheetResult, check_sheet

#: sheets per Spark task: small enough to spread a project over the cores
SHEETS_PER_TASK = 64


def spark_session() -> Any:
    """The local Spark session (the one already running, if any)."""
    from pyspark.sql import SparkSession

    session = SparkSession.builder.master("local[2]").appName("factcheck") \
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4") \
        .getOrCreate()
    if "PYSPARK_PYTHON" not in os.environ:  # workers run this interpreter, not `python3`
        session.sparkContext.pythonExec = sys.executable
    return session


def _check_partition(cwd: str, root: str, config: Config, items: Iterable[tuple[int, str]]
                     ) -> Iterator[tuple[int, bytes]]:
    """Check a partition's sheets on a worker: (index, pickled result). Paths are read
    from the driver's working directory, as the default path reads them."""
    if os.path.isdir(cwd):
        os.chdir(cwd)
    for i, path in items:
        result = check_sheet(Path(path), Path(root), config)
        yield i, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)


def check_sheets_spark(files: list[Path], root: Path, config: Config,
                       progress: Callable[[int, int], None] | None = None,
                       spark: Any = None) -> list[SheetResult]:
    """Per-sheet results in file order, checked by Spark's workers."""
    if not files:
        return []
    session = spark or spark_session()
    items = [(i, str(f)) for i, f in enumerate(files)]
    slices = max(1, -(-len(items) // SHEETS_PER_TASK))
    rdd = session.sparkContext.parallelize(items, slices)
    work = functools.partial(_check_partition, os.getcwd(), str(root), config)
    results: list[SheetResult | None] = [None] * len(files)
    for done, (i, data) in enumerate(rdd.mapPartitions(work).toLocalIterator(), 1):
        results[i] = pickle.loads(data)
        if progress:
            progress(done, len(files))
    missing = [files[i] for i, r in enumerate(results) if r is None]
    if missing:  # never drop a sheet
        raise RuntimeError(f"Spark returned no result for {missing[0]}")
    return [r for r in results if r is not None]
