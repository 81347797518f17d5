"""`factcheck check --watch`: check again whenever an input changes (polling, no deps).

Inputs are ``pyproject.toml``, every file under the fact directories and under the
seeds directory; a change is a file added, removed, or with a new size or mtime.
Each poll walks those directories once (linear in their files).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from factcheck.config import Config

Snapshot = dict[Path, tuple[int, int]]


def snapshot(config: Config) -> Snapshot:
    """Size and mtime of every input file of ``config``'s project."""
    out: Snapshot = {}
    roots = [*config.fact_dirs, config.root / config.seeds]
    files = [config.root / "pyproject.toml"]
    for d in roots:
        if d.is_dir():
            files += [f for f in d.rglob("*")
                      if not any(p.startswith(".") for p in f.relative_to(d).parts)]
    for f in files:
        try:
            st = f.stat()
        except OSError:
            continue
        if f.is_file():
            out[f] = (st.st_mtime_ns, st.st_size)
    return out


def changed(before: Snapshot, after: Snapshot) -> list[Path]:
    """Files added, removed or modified between two snapshots, sorted."""
    return sorted({p for p in before.keys() | after.keys() if before.get(p) != after.get(p)})


def watch(check: Callable[[], int], config: Config, interval: float,
          out: TextIO | None = None, sleep: Callable[[float], None] = time.sleep) -> int:
    """Run ``check`` now and after every change; runs until interrupted (Ctrl-C)."""
    stream = out or sys.stderr
    before = snapshot(config)
    check()
    while True:
        print(f"factcheck: watching {config.root} for changes (Ctrl-C to stop)",
              file=stream, flush=True)
        while not (files := changed(before, after := snapshot(config))):
            sleep(interval)
        before = after
        names = ", ".join(_rel(f, config.root) for f in files[:5])
        more = f" and {len(files) - 5} more" if len(files) > 5 else ""
        print(f"\nfactcheck: {names}{more} changed; checking again", file=stream, flush=True)
        check()


def _rel(p: Path, root: Path) -> str:
    try:
        return p.relative_to(root).as_posix()
    except ValueError:
        return str(p)
