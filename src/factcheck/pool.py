"""Per-item work across processes, results in input order.

Used for per-sheet work (load, ground, evaluate): each worker returns its results as
bytes it pickled itself, so the parent only unpickles. Small batches, one core, or a
pytest-xdist worker (whose siblings already use the cores) run in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

#: fewer items than this are not worth starting worker processes for
POOL_MIN_ITEMS = 64


def default_jobs(n_items: int) -> int:
    """How many processes ``n_items`` items get when the user did not say."""
    if n_items < POOL_MIN_ITEMS or os.environ.get("PYTEST_XDIST_WORKER"):
        return 1
    return max(1, min(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity")
                      else (os.cpu_count() or 1), 8))


def ordered_map_forks() -> bool:
    """Whether :func:`ordered_map`'s workers are forked (and so inherit this process's
    imported modules and memoised tables: what is warmed before it is not redone)."""
    return "fork" in multiprocessing.get_all_start_methods()


def ordered_map(fn: Callable[[T], R], items: Sequence[T], jobs: int,
                initializer: Callable[..., None] | None = None,
                initargs: tuple = ()) -> Iterator[R]:
    """``fn`` over ``items`` in ``jobs`` processes (1: in this process), in order.

    ``fn`` and ``initializer`` must be module-level functions; ``initializer`` runs
    once per worker (and once here when ``jobs`` is 1).
    """
    if jobs <= 1 or len(items) < 2:
        if initializer is not None:
            initializer(*initargs)
        yield from map(fn, items)
        return
    ctx = multiprocessing.get_context("fork" if ordered_map_forks() else "spawn")
    chunk = max(1, min(32, len(items) // (jobs * 8)))
    with ctx.Pool(min(jobs, len(items)), initializer=initializer, initargs=initargs) as pool:
        yield from pool.imap(fn, items, chunksize=chunk)
