"""The run manifest: one file, read once, that lets a rerun skip every unchanged sheet.

For each sheet last checked, ``.factcheck-cache/manifest`` holds the size and
modification time of the sheet and of each file it depends on (with their content
hashes), its cache key and the size of that entry, and its
:class:`~factcheck.sheets.SheetSummary` (counts, failing outcomes, sources). A sheet
whose files stat the same is taken from the manifest: no read, no parse, its outcomes
left in its cache entry until a front end asks for them. As git does with its index, a
file modified less than :data:`RACY_NS` before the manifest entry was recorded is
hashed again, so an edit within the file system's time resolution is never missed.

The entries are stored and held as columns (:class:`Columns`: integer arrays, lists of
strings, one summary object per sheet), not as an object per sheet, so 100,000 sheets
take tens of megabytes. A run that changed a few rows (one edit) does not write them all
again: its changes since the manifest was last written whole go to a small journal
(``manifest.journal``, naming the manifest it amends), read after it; once the journal holds
more than :data:`JOURNAL_ROWS` rows (or a quarter of them) the manifest is written whole
again. The manifest is an accelerator only: unreadable, it is empty; a journal that is
unreadable or amends another manifest is left out (the rows it held are checked again).
"""

from __future__ import annotations

import contextlib
import gc
import os
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from factcheck.cache import (
    CACHE_DIR,
    SheetCache,
    file_digest,
    read_pickle,
    read_pickles,
    write_pickle,
    write_pickles,
)
from factcheck.problems import Problem
from factcheck.sheets import SheetResult, SheetSummary
from factcheck.spool import ON_DISK

NAME = "manifest"
JOURNAL = "manifest.journal"
_FORMAT = "factcheck-manifest-5"
#: at most this many changed rows are kept in the journal (then written whole)
JOURNAL_ROWS = 1000
_GONE = "(gone)"  # a cross-sheet state entry the journal removes
#: a file modified this close to (or after) its entry's recording is hashed again
RACY_NS = 2_000_000_000
_INTS = ("size", "mtime", "newest", "entry_size", "recorded", "facts")
_LISTS = ("paths", "keys", "rels", "deps", "dep_stats", "problems", "summaries")
CHUNK = 5000  # list items written in one pickle


@dataclass
class Columns:
    """One row per sheet file, by position; ``index`` maps a file's path to its row."""

    paths: list[str] = field(default_factory=list)
    size: array = field(default_factory=lambda: array("q"))
    mtime: array = field(default_factory=lambda: array("q"))  # ns
    newest: array = field(default_factory=lambda: array("q"))  # of it and the files it read
    entry_size: array = field(default_factory=lambda: array("q"))  # of its cache entry
    recorded: array = field(default_factory=lambda: array("q"))  # when its run started
    facts: array = field(default_factory=lambda: array("q"))
    keys: list[str] = field(default_factory=list)  # cache keys
    rels: list[str] = field(default_factory=list)
    #: the files besides the sheet: ((file, content hash), ...) and ((size, mtime), ...)
    deps: list[tuple[tuple[str, str], ...]] = field(default_factory=list)
    dep_stats: list[tuple[tuple[int, int], ...]] = field(default_factory=list)
    problems: list[tuple[Problem, ...]] = field(default_factory=list)
    summaries: list[SheetSummary] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict, repr=False)

    @classmethod
    def from_state(cls, n: int, ints: dict[str, array], parts: Iterator[Any]) -> Columns:
        """The columns of ``n`` rows: ``ints``, then each list column read from ``parts``
        in chunks (as :meth:`Manifest.save` writes them)."""
        out = cls(**ints, **{name: _unchunk(parts, n) for name in _LISTS})
        if any(len(getattr(out, k)) != n for k in (*_INTS, *_LISTS)):
            raise ValueError("the manifest's columns differ in length")
        out.index = {p: i for i, p in enumerate(out.paths)}
        return out

    def put(self, path: str, row: tuple) -> None:
        """Set ``path``'s row (appended if new)."""
        (size, mtime, newest, entry_size, recorded, facts, key, rel, deps, stats, problems,
         summary) = row
        i = self.index.get(path)
        if i is None:
            self.index[path] = i = len(self.paths)
            self.paths.append(path)
            for name in _INTS:
                getattr(self, name).append(0)
            for name in ("keys", "rels", "deps", "dep_stats", "problems", "summaries"):
                getattr(self, name).append(None)
        self.size[i], self.mtime[i], self.newest[i] = size, mtime, newest
        self.entry_size[i] = entry_size
        self.recorded[i], self.facts[i] = recorded, facts
        self.keys[i], self.rels[i], self.deps[i], self.dep_stats[i] = key, rel, deps, stats
        self.problems[i], self.summaries[i] = problems, summary

    def keep(self, paths: set[str]) -> Columns:
        """Only the rows of ``paths``."""
        out = Columns()
        for i, p in enumerate(self.paths):
            if p in paths:
                out.put(p, self.row(i))
        return out

    def row(self, i: int) -> tuple:
        return (self.size[i], self.mtime[i], self.newest[i], self.entry_size[i],
                self.recorded[i], self.facts[i], self.keys[i], self.rels[i], self.deps[i],
                self.dep_stats[i], self.problems[i], self.summaries[i])


@dataclass
class Manifest:
    """The manifest of one project, for one configuration and code version (``base``)."""

    file: Path
    base: str
    entries: Columns = field(default_factory=Columns)
    cross: dict | None = None  # the cross-sheet stage's state (factcheck.crossstage)
    dirty: bool = True  # changed since read (a rerun that changed nothing writes nothing)
    #: the id of the manifest written whole (None: none read), which a journal amends
    whole_id: str | None = None
    #: what the journal holds: rows by path, and the cross-sheet state's sheets that
    #: differ from the whole manifest's (``_GONE``: removed)
    journal_rows: dict[str, tuple] = field(default_factory=dict, repr=False)
    journal_sheets: dict = field(default_factory=dict, repr=False)
    #: the cross-sheet state's sheets as read (what this run's changes are relative to)
    read_sheets: dict = field(default_factory=dict, repr=False)
    changed: set[str] = field(default_factory=set, repr=False)  # rows changed since read
    rewrite: bool = False  # rows were dropped: write whole

    @classmethod
    def load(cls, root: Path, base: str) -> Manifest:
        file = root / CACHE_DIR / NAME
        with gc_paused():  # its 100,000s of small objects make no cycles
            out = cls._read(file, base)
            if out.whole_id is not None:
                out._amend()
            return out

    @classmethod
    def _read(cls, file: Path, base: str) -> Manifest:
        try:
            parts = read_pickles(file)
            head = next(parts)
            if not (isinstance(head, dict) and head.get("format") == _FORMAT
                    and head.get("base") == base):
                return cls(file, base)
            entries = Columns.from_state(head["columns"], head["ints"], parts)
            cross = head["cross"]
            if cross is not None:
                cross["sheets"] = dict(_unchunk(parts, head["cross_sheets"]))
        except Exception:  # absent, torn or of another version: empty
            return cls(file, base)
        return cls(file, base, entries, cross, dirty=False, whole_id=head["id"],
                   read_sheets=cross["sheets"] if cross is not None else {})

    def _amend(self) -> None:
        """Apply the journal, if it amends the manifest read (else it is left out)."""
        try:
            journal = read_pickle(self.file.with_name(JOURNAL))
            if not (isinstance(journal, dict) and journal.get("of") == self.whole_id):
                return
            rows, cross, sheets = journal["rows"], journal["cross"], journal["sheets"]
        except Exception:  # torn or foreign: as if absent
            return
        for path, row in rows.items():
            self.entries.put(path, row)
        self.journal_rows, self.journal_sheets = dict(rows), dict(sheets)
        if cross is None:
            self.cross, self.read_sheets = None, {}
            return
        for rel, state in sheets.items():  # the whole manifest's, amended in place
            if state == _GONE:
                self.read_sheets.pop(rel, None)
            else:
                self.read_sheets[rel] = state
        self.cross = {**cross, "sheets": self.read_sheets}

    def set_cross(self, state: dict) -> None:
        if state != self.cross:
            self.cross, self.dirty = state, True

    def save(self) -> bool:
        """Write what changed: to the journal when it stays small, else the manifest whole
        (as a stream of pickles, long columns in chunks, so writing 100,000 rows never
        holds a record of every object written)."""
        if not self.dirty:
            return True
        rows = {**self.journal_rows, **{p: self.entries.row(self.entries.index[p])
                                        for p in self.changed}}
        if (self.whole_id is None or self.rewrite or len(rows) > JOURNAL_ROWS
                or 4 * len(rows) > len(self.entries.paths) + 4):
            return self._save_whole()
        cross = dict(self.cross) if self.cross is not None else None
        now = cross.pop("sheets", {}) if cross is not None else {}
        before = self.read_sheets
        sheets = {**self.journal_sheets,
                  **{rel: state for rel, state in now.items() if before.get(rel, _GONE) != state},
                  **{rel: _GONE for rel in before.keys() - now.keys()}}
        if len(sheets) > JOURNAL_ROWS:
            return self._save_whole()
        journal = {"of": self.whole_id, "rows": rows, "cross": cross, "sheets": sheets}
        if not write_pickle(self.file.with_name(JOURNAL), journal):
            return False
        self.journal_rows, self.journal_sheets, self.read_sheets = rows, sheets, now
        self.changed, self.dirty = set(), False
        return True

    def _save_whole(self) -> bool:
        cross = dict(self.cross) if self.cross is not None else None
        sheets = cross.pop("sheets", {}) if cross is not None else {}
        c = self.entries
        whole_id = os.urandom(8).hex()
        head = {"format": _FORMAT, "base": self.base, "id": whole_id,
                "ints": {k: getattr(c, k) for k in _INTS}, "columns": len(c.paths),
                "cross": cross, "cross_sheets": len(sheets)}
        parts = [head, *(chunk for name in _LISTS for chunk in _chunks(getattr(c, name))),
                 *_chunks(list(sheets.items()))]
        if not write_pickles(self.file, parts):
            return False
        with contextlib.suppress(OSError):  # it amends the manifest replaced
            self.file.with_name(JOURNAL).unlink()
        self.whole_id, self.read_sheets = whole_id, sheets
        self.journal_rows, self.journal_sheets = {}, {}
        self.changed, self.rewrite, self.dirty = set(), False, False
        return True

    def lookup(self, files: list[Path], store: SheetCache) -> dict[Path, SheetResult]:
        """The results of ``files`` unchanged since their entry was recorded."""
        out = {}
        stats: dict[str, tuple[int, int] | None] = {}  # documents shared by sheets
        c = self.entries
        index, keys, size, mtime, entry_size = c.index, c.keys, c.size, c.mtime, c.entry_size
        deps, dep_stats, rels, problems, facts, summaries = (
            c.deps, c.dep_stats, c.rels, c.problems, c.facts, c.summaries)
        entries = f"{store.dir}{os.sep}"
        shards: dict[str, Path] = {}  # the entries' directories, each made once
        stat = os.stat
        for f in files:  # one stat of the sheet, its files and its entry (10,000s a run)
            i = index.get(str(f))
            if i is None:
                continue
            try:
                st = stat(f)
            except OSError:
                continue
            if st.st_mtime_ns != mtime[i] or st.st_size != size[i]:
                continue
            key = keys[i]
            if not _deps_unchanged(deps[i], dep_stats[i], stats):
                continue
            try:
                entry = stat(f"{entries}{key[:2]}{os.sep}{key}")
            except OSError:
                continue
            if entry.st_size != entry_size[i] or (_racy(c, i) and not _same_content(f, c, i,
                                                                                   store)):
                continue
            shard = shards.get(key[:2]) or shards.setdefault(key[:2], store.dir / key[:2])
            out[f] = SheetResult(rels[i], f, ON_DISK, list(problems[i]),  # type: ignore[arg-type]
                                 ON_DISK, ON_DISK, ON_DISK, ON_DISK,  # type: ignore[arg-type]
                                 detail=shard / key, facts=facts[i], deps=deps[i],
                                 tally=summaries[i], key=key)
        return out

    def record(self, sheets: list[SheetResult], started_ns: int, store: SheetCache) -> None:
        """Record every stored result of this run (run started at ``started_ns``)."""
        c = self.entries
        for s in sheets:
            path = str(s.path)
            i = c.index.get(path)
            if s.key is None or (i is not None and c.summaries[i] is s.tally
                                 and not _racy(c, i)):
                continue  # taken from this very entry
            row = _row(s, started_ns, store)
            self.dirty = True
            if row is not None:
                c.put(path, row)
                self.changed.add(path)
            elif i is not None:
                c.size[i] = c.entry_size[i] = -1  # no entry: never matches a file again
                self.changed.add(path)
        if len(c.paths) > 2 * len(sheets) + 1000:  # forget files long gone
            self.entries = c.keep({str(s.path) for s in sheets})
            self.dirty = self.rewrite = True


def _chunks(items: list) -> list[list]:
    return [items[i:i + CHUNK] for i in range(0, len(items), CHUNK)]


def _unchunk(parts: Iterator[Any], n: int) -> list:
    """``n`` items from the chunks :func:`_chunks` made, read from ``parts``."""
    out: list = []
    while len(out) < n:
        out += next(parts)
    return out


def _stat(path: str | Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def _racy(c: Columns, i: int) -> bool:
    """Modified too close to the recording for the time stamp to tell an edit apart."""
    return c.newest[i] > c.recorded[i] - RACY_NS


def _deps_unchanged(deps: tuple[tuple[str, str], ...], known: tuple[tuple[int, int], ...],
                    stats: dict[str, tuple[int, int] | None]) -> bool:
    """Whether each file a sheet read stats as recorded (``stats``: those seen so far)."""
    for (path, _), recorded in zip(deps, known, strict=True):
        now = stats.get(path, False)
        if now is False:
            now = stats[path] = _stat(path)
        if now != recorded:
            return False
    return True


def _same_content(f: Path, c: Columns, i: int, store: SheetCache) -> bool:
    """Whether a sheet modified close to its recording still has the content hashes of row
    ``i`` (it and the files it read)."""
    try:
        data = f.read_bytes()
    except OSError:
        return False
    return store.key(f, data) == c.keys[i] and all(file_digest(Path(p)) == d
                                                   for p, d in c.deps[i])


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic collector off while many objects that make no cycles are made (each
    collection would rescan every one made so far); on again after, if it was on."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _row(s: SheetResult, started_ns: int, store: SheetCache) -> tuple | None:
    """The row of a result stored in the cache (None if it is not, or a file is gone)."""
    st = _stat(s.path)
    entry = _stat(store.file_of(s.key)) if s.key else None
    if st is None or entry is None or s.key is None:
        return None
    stats = []
    for path, _ in s.deps:
        dst = _stat(path)
        if dst is None:
            return None
        stats.append(dst)
    newest = max([st[1], *(m for _, m in stats)])
    return (st[0], st[1], newest, entry[0], started_ns, s.facts, s.key, s.rel,
            tuple(s.deps), tuple(stats), tuple(s.problems), s.summary)
