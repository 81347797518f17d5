"""Memory of the run manifest at archive scale, without checking an archive.

    .venv/bin/python benchmarks/manifest_memory.py /tmp/fc-bench/n1000_seed0 100000

Takes the manifest a real run left in PROJECT (``factcheck check`` there first, with this
code) and repeats its rows, under new file names, up to N rows; then measures with
``tracemalloc`` (bytes of Python objects, not resident memory) what holding the manifest
costs, what writing it costs on top (as one pickle, the former way, and as the chunked
stream :meth:`Manifest.save` writes) and what reading it back costs.
"""

from __future__ import annotations

import argparse
import pickle
import sys
import tempfile
import tracemalloc
from pathlib import Path

from factcheck.cache import CACHE_DIR, SheetCache
from factcheck.config import load_config
from factcheck.manifest import Columns, Manifest


def _grown(m: Manifest, n: int) -> Manifest:
    c, out = m.entries, Columns()
    for k in range(n):
        i = k % len(c.paths)
        row = list(c.row(i))
        row[6] = f"{c.keys[i][:-8]}{k:08d}"  # a key and file name of its own
        out.put(f"{c.paths[i]}.{k}", tuple(row))
    grown = Manifest(m.file, m.base, out, m.cross)
    if m.cross is not None:
        states = list(m.cross["sheets"].values())
        grown.cross = {**m.cross, "sheets": {f"facts/{k}.yaml": states[k % len(states)]
                                             for k in range(n)}}
    return grown


def _peak(fn) -> tuple[float, float]:
    """(MB held after ``fn``, MB at its peak), above what was held before it."""
    tracemalloc.reset_peak()
    before = tracemalloc.get_traced_memory()[0]
    keep = fn()  # noqa: F841 - held while measured
    now, peak = tracemalloc.get_traced_memory()
    return (now - before) / 1e6, (peak - before) / 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("project", type=Path)
    ap.add_argument("rows", type=int)
    args = ap.parse_args()
    root = args.project.resolve()
    base = SheetCache(root, load_config(root)).base
    m = Manifest.load(root, base)
    if not m.entries.paths:
        sys.exit(f"{root / CACHE_DIR}: no manifest of this code; run `factcheck check` there")
    tracemalloc.start()
    held, _ = _peak(lambda: _grown(m, args.rows))
    grown = _grown(m, args.rows)
    with tempfile.TemporaryDirectory() as tmp:
        grown.file = Path(tmp) / CACHE_DIR / "manifest"
        grown.file.parent.mkdir()
        state = {"entries": {k: getattr(grown.entries, k) for k in grown.entries.__dict__
                             if k != "index"}, "cross": grown.cross}
        _, one_pickle = _peak(lambda: pickle.dumps(state, protocol=pickle.HIGHEST_PROTOCOL))
        grown.dirty = True
        _, chunked = _peak(grown.save)
        size = grown.file.stat().st_size / 1e6
        loaded, load_peak = _peak(lambda: Manifest.load(Path(tmp), base))
    n = args.rows
    print(f"{n:,} rows: held {held:.0f} MB ({held * 1e6 / n:.0f} B a row); file {size:.1f} MB")
    print(f"  writing, on top: one pickle {one_pickle:.0f} MB, chunked stream {chunked:.0f} MB")
    print(f"  reading back: held {loaded:.0f} MB, peak {load_peak:.0f} MB")


if __name__ == "__main__":
    main()
