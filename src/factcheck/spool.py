"""A large run's per-sheet detail waits on disk until read, so memory stays flat.

A sheet's loaded sheet (its model, document text and line index) and values are most
of what a run holds; reports read them one sheet after another. On a large run each
is written to disk as it is produced (the sheet's cache entry, or a temporary spool
when the cache is off) and the result keeps only its summary; the fields (detail,
outcomes, claim rows) read back on access (the last one read stays in memory).
:class:`Buckets` spills rows split by a key to disk (the claim shards of a large run).
"""

from __future__ import annotations

import pickle
import shutil
import tempfile
import weakref
from pathlib import Path
from typing import Any

from factcheck.cache import Deps, read_entry, write_entry

#: runs of at least this many sheets keep their detail on disk
SPOOL_MIN_SHEETS = 2000


class OnDisk:
    """The value of a field that is in the sheet's detail file."""

    __slots__ = ()

    def __reduce__(self) -> str:
        return "ON_DISK"

    def __repr__(self) -> str:
        return "<on disk>"


ON_DISK = OnDisk()
_last: dict[Path, dict[str, Any]] = {}
_last_slim: dict[Path, dict[str, Any]] = {}
_last_rows: dict[Path, dict[str, Any]] = {}


def read_detail(file: Path) -> dict[str, Any]:
    """The detail stored in ``file`` (an entry of :mod:`factcheck.cache`)."""
    if file not in _last:
        detail = pickle.loads(read_entry(file)[2])
        _last.clear()
        _last[file] = detail
    return _last[file]


def read_slim(file: Path) -> dict[str, Any]:
    """The fields of the slim result (outcomes, claim rows) stored in ``file``."""
    if file not in _last_slim:
        slim = pickle.loads(read_entry(file)[1]).__dict__
        _last_slim.clear()
        _last_slim[file] = slim
    return _last_slim[file]


def read_rows(file: Path) -> dict[str, Any]:
    """What the cross-sheet stage and the results store read of the result stored in
    ``file``: ``cross`` (its claim rows, stances, sources) and ``columns`` (the store's
    columns, or None)."""
    if file not in _last_rows:
        rows = pickle.loads(read_entry(file)[3])
        _last_rows.clear()
        _last_rows[file] = rows
    return _last_rows[file]


_READERS = {"detail": read_detail, "slim": read_slim, "rows": read_rows}


def spooled(name: str, part: str = "detail") -> property:
    """A field that reads its value from ``self.detail`` while it is :data:`ON_DISK`:
    from the entry's ``part``: ``detail``, ``slim`` (outcomes) or ``rows``."""
    read = _READERS[part]

    def get(self) -> Any:
        value = self.__dict__[name]
        return read(self.detail)[name] if value is ON_DISK else value

    def put(self, value: Any) -> None:
        self.__dict__[name] = value

    return property(get, put)


class Spool:
    """A temporary directory of detail files, removed when ``owner`` is collected."""

    def __init__(self, directory: Path | None = None) -> None:
        self.dir = directory or Path(tempfile.mkdtemp(prefix="factcheck-spool-"))

    def keep_until_collected(self, owner: object) -> None:
        weakref.finalize(owner, shutil.rmtree, self.dir, True)

    def put(self, name: str, deps: Deps, slim: bytes, detail: bytes, rows: bytes
            ) -> Path | None:
        target = self.dir / name
        return target if write_entry(target, deps, slim, detail, rows) else None


class Buckets:
    """Rows appended to one file per bucket under ``directory``, written in batches: a
    large table split by a key without holding it (the cross-sheet stage's claim shards)."""

    BATCH = 20_000  # rows held before they are written out

    def __init__(self, directory: Path, count: int) -> None:
        self.dir, self.count = directory, count
        self.rows: list[list[dict]] = [[] for _ in range(count)]
        self.held = 0

    def add(self, bucket: int, row: dict) -> None:
        self.rows[bucket].append(dict(row))
        self.held += 1
        if self.held >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        for i, rows in enumerate(self.rows):
            if rows:
                with open(self.dir / str(i), "ab") as f:
                    pickle.dump(rows, f, protocol=pickle.HIGHEST_PROTOCOL)
        self.rows = [[] for _ in range(self.count)]
        self.held = 0

    def read(self, bucket: int) -> list[dict]:
        """Every row of ``bucket`` (after :meth:`flush`), in the order added."""
        out: list[dict] = []
        try:
            with open(self.dir / str(bucket), "rb") as f:
                while True:
                    out += pickle.load(f)
        except (FileNotFoundError, EOFError):
            pass
        return out
