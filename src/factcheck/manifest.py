"""The run manifest: one file, read once, that lets a rerun skip every unchanged sheet.

For each sheet last checked, ``.factcheck-cache/manifest`` holds the size and
modification time of the sheet and of each file it depends on (with their content
hashes), its cache key and the size of that entry, and its
:class:`~factcheck.sheets.SheetSummary` (counts, failing outcomes, claim groups). A
sheet whose files stat the same is taken from the manifest: no read, no parse, its
outcomes left in its cache entry until a front end asks for them. As git does with its
index, a file modified less than :data:`RACY_NS` before the manifest entry was
recorded is hashed again, so an edit within the file system's time resolution is
never missed. The manifest is an accelerator only: unreadable, it is empty.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.cache import CACHE_DIR, SheetCache, file_digest, read_pickle, write_pickle
from factcheck.problems import Problem
from factcheck.sheets import SheetResult, SheetSummary
from factcheck.spool import ON_DISK

NAME = "manifest"
_FORMAT = "factcheck-manifest-1"
#: a file modified this close to (or after) its entry's recording is hashed again
RACY_NS = 2_000_000_000


@dataclass(frozen=True)
class Entry:
    """What the manifest knows of one sheet file."""

    size: int
    mtime_ns: int
    key: str  # the sheet's cache key
    entry_size: int  # the size of the cache entry file
    deps: tuple[tuple[str, int, int, str], ...]  # (file, size, mtime_ns, content hash)
    rel: str
    problems: tuple[Problem, ...]
    facts: int
    summary: SheetSummary
    recorded_ns: int  # when the run that recorded it started


@dataclass
class Manifest:
    """The manifest of one project, for one configuration and code version (``base``)."""

    file: Path
    base: str
    entries: dict[str, Entry] = field(default_factory=dict)
    cross: dict | None = None  # the cross-sheet stage's state (factcheck.crossstage)
    dirty: bool = True  # changed since read (a rerun that changed nothing writes nothing)

    @classmethod
    def load(cls, root: Path, base: str) -> Manifest:
        file = root / CACHE_DIR / NAME
        data = read_pickle(file)
        if not (isinstance(data, dict) and data.get("format") == _FORMAT
                and data.get("base") == base):
            return cls(file, base)
        return cls(file, base, data["entries"], data["cross"], dirty=False)

    def set_cross(self, state: dict) -> None:
        if state != self.cross:
            self.cross, self.dirty = state, True

    def save(self) -> bool:
        if not self.dirty:
            return True
        self.dirty = not write_pickle(self.file, {"format": _FORMAT, "base": self.base,
                                                  "entries": self.entries,
                                                  "cross": self.cross})
        return not self.dirty

    def lookup(self, files: list[Path], store: SheetCache) -> dict[Path, SheetResult]:
        """The results of ``files`` unchanged since their entry was recorded."""
        out = {}
        stats: dict[str, tuple[int, int] | None] = {}  # documents shared by sheets
        entries = f"{store.dir}{os.sep}"
        for f in files:
            e = self.entries.get(str(f))
            if e is None:
                continue
            entry = f"{entries}{e.key[:2]}{os.sep}{e.key}"
            if _unchanged(f, e, entry, store, stats):
                out[f] = _result(f, e, Path(entry))
        return out

    def record(self, sheets: list[SheetResult], started_ns: int, store: SheetCache) -> None:
        """Record every stored result of this run (run started at ``started_ns``)."""
        for s in sheets:
            old = self.entries.get(str(s.path))
            if s.key is None or (old is not None and old.summary is s.tally
                                 and not _racy(old)):
                continue  # taken from this very entry
            entry = _entry(s, started_ns, store)
            self.dirty = True
            if entry is None:
                self.entries.pop(str(s.path), None)
            else:
                self.entries[str(s.path)] = entry
        if len(self.entries) > 2 * len(sheets) + 1000:  # forget files long gone
            keep = {str(s.path) for s in sheets}
            self.entries = {k: v for k, v in self.entries.items() if k in keep}
            self.dirty = True


def _stat(path: str | Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _racy(e: Entry) -> bool:
    """Modified too close to the recording for the time stamp to tell an edit apart."""
    return any(m + RACY_NS > e.recorded_ns for m in (e.mtime_ns, *(d[2] for d in e.deps)))


def _unchanged(f: Path, e: Entry, entry_file: str, store: SheetCache,
               stats: dict[str, tuple[int, int] | None]) -> bool:
    if _stat(f) != (e.size, e.mtime_ns):
        return False
    for path, size, mtime, _ in e.deps:
        if path not in stats:
            stats[path] = _stat(path)
        if stats[path] != (size, mtime):
            return False
    entry = _stat(entry_file)
    if entry is None or entry[0] != e.entry_size:
        return False
    if not _racy(e):
        return True
    try:
        data = f.read_bytes()
    except OSError:
        return False
    return store.key(f, data) == e.key and all(file_digest(Path(p)) == d
                                               for p, _, _, d in e.deps)


def _result(f: Path, e: Entry, entry_file: Path) -> SheetResult:
    return SheetResult(e.rel, f, ON_DISK, list(e.problems), ON_DISK, ON_DISK,  # type: ignore[arg-type]
                       ON_DISK, ON_DISK, detail=entry_file, facts=e.facts,  # type: ignore[arg-type]
                       deps=tuple((p, d) for p, _, _, d in e.deps), tally=e.summary,
                       key=e.key)


def _entry(s: SheetResult, started_ns: int, store: SheetCache) -> Entry | None:
    """The entry of a result stored in the cache (None if it is not, or a file is gone)."""
    st = _stat(s.path)
    entry = _stat(store.file_of(s.key)) if s.key else None
    if st is None or entry is None or s.key is None:
        return None
    deps = []
    for path, digest in s.deps:
        dst = _stat(path)
        if dst is None:
            return None
        deps.append((path, *dst, digest))
    return Entry(st[0], st[1], s.key, entry[0], tuple(deps), s.rel, tuple(s.problems),
                 s.facts, s.summary, started_ns)
