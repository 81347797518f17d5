"""Per-sheet work (load, ground, evaluate), from the cache, in a process pool, spooled.

:func:`check_sheet` checks one file. :func:`check_sheets` checks many: each sheet is
taken from the cache while its entry is valid, the rest are checked across processes
and stored; on a large run each sheet's detail stays on disk (:mod:`factcheck.spool`).
Besides its outcomes, each sheet's result carries what it brings to the cross-sheet
stage (:class:`SheetCross`), computed with its per-sheet work.
"""

from __future__ import annotations

import copy
import datetime as dt
import hashlib
import importlib
import math
import os
import pickle
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from factcheck.cache import Deps, SheetCache, file_digest
from factcheck.config import Config, absolute_tolerance
from factcheck.engine.outcome import ERROR, Outcome
from factcheck.pool import default_jobs, ordered_map, ordered_map_forks
from factcheck.problems import Problem
from factcheck.result_columns import column_rows, sheet_columns
from factcheck.spool import ON_DISK, SPOOL_MIN_SHEETS, Spool, read_rows, spooled

if TYPE_CHECKING:  # the engine is imported when a sheet is checked, not for a rerun
    from factcheck.crosssource.statements import StanceRow
    from factcheck.engine.values import Value
    from factcheck.load.sheet import LoadedSheet

UNATTRIBUTED = "(unattributed)"


@dataclass
class SheetCross:
    """What one sheet brings to the cross-sheet stage."""

    tolerance: float | str  # the claim tolerance ``claim_rows`` were computed with
    claim_rows: list[dict]
    stances: list[StanceRow]
    texts: dict[str, str]  # statement key -> text
    sources: list[str]
    #: every fact's (id, key, lower, upper, unit, is_date), for the results store
    fact_rows: list[tuple] = field(default_factory=list)


@dataclass
class SheetResult:
    """Everything the engine found for one sheet file."""

    rel: str
    path: Path
    loaded: LoadedSheet | None
    problems: list[Problem] = field(default_factory=list)
    grounding: list[Outcome] = field(default_factory=list)
    checks: list[Outcome] = field(default_factory=list)
    values: dict[str, Value] = field(default_factory=dict)
    cross: SheetCross | None = None
    detail: Path | None = field(default=None, repr=False, compare=False)
    facts: int = 0  # how many facts the sheet has (counted without reading ``loaded`` back)
    #: the files besides the sheet its result depends on, with their content hashes
    deps: tuple[tuple[str, str], ...] = field(default=(), repr=False, compare=False)
    tally: SheetSummary | None = field(default=None, repr=False, compare=False)
    key: str | None = field(default=None, repr=False, compare=False)  # its cache key

    @property
    def outcomes(self) -> list[Outcome]:
        return self.grounding + self.checks

    @property
    def summary(self) -> SheetSummary:
        """What the run's summary, exit status and findings need of this sheet."""
        if self.tally is None:
            self.tally = summarize_sheet(self)
        return self.tally


# on a large run these wait in the file ``detail`` until read
SheetResult.loaded = spooled("loaded")  # type: ignore[assignment]
SheetResult.values = spooled("values")  # type: ignore[assignment]
SheetResult.grounding = spooled("grounding", "slim")  # type: ignore[assignment]
SheetResult.checks = spooled("checks", "slim")  # type: ignore[assignment]
SheetResult.cross = spooled("cross", "rows")  # type: ignore[assignment]


class SheetSummary(NamedTuple):
    """A sheet's counts, failing outcomes and what it brings to the cross-sheet stage (as
    hashes): all a run without changes reads of it (its outcomes and claim rows stay in
    the cache entry until a front end, or a changed claim group, asks). A tuple: small,
    and quick to read back for 100,000 sheets."""

    outcomes: int
    check_verdicts: tuple[tuple[str, int], ...]  # verdict -> how many checks
    expected_violations: int
    quotes: int
    ungrounded: int
    errors: int  # outcomes (checks and quotes) whose verdict is error
    failing: tuple[Outcome, ...]
    cross_digest: str  # hash of the claim rows, stances and sources it brings
    stances: str  # a hash of its statement stances and texts ("": it has none)
    sources: tuple[str, ...]


def summarize_sheet(s: SheetResult) -> SheetSummary:
    """The summary of a sheet whose outcomes are at hand (names shared between sheets are
    interned: a run holds one copy of each verdict and source id)."""
    checks, grounding, cross = s.checks, s.grounding, s.cross
    verdicts = Counter(sys.intern(str(o.verdict)) for o in checks)
    return SheetSummary(
        outcomes=len(grounding) + len(checks), check_verdicts=tuple(sorted(verdicts.items())),
        expected_violations=sum(1 for o in checks if o.expect == "violated"),
        quotes=len(grounding), ungrounded=sum(1 for o in grounding if o.verdict != "grounded"),
        errors=sum(1 for o in grounding + checks if o.verdict == ERROR),
        failing=tuple(o for o in grounding + checks if not o.passed),
        cross_digest=cross_digest(cross),
        stances=_digest(repr((cross.stances, sorted(cross.texts.items())))) if cross and
        cross.stances else "",
        sources=tuple(sys.intern(str(x)) for x in cross.sources) if cross else ())


def group_digests(rows: list[dict]) -> set[tuple[str, str, str]]:
    """Each claim group a sheet's ``rows`` belong to, with a hash of its rows in it."""
    groups: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        groups.setdefault((r["key"], r.get("scope") or ""), []).append(r)
    return {(k, scope, _digest(repr(g))) for (k, scope), g in groups.items()}


def _digest(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8", "backslashreplace"), digest_size=16).hexdigest()


def cross_digest(cross: SheetCross | None) -> str:
    """A hash of what a sheet brings to the cross-sheet stage."""
    if cross is None:
        return "none"
    return _digest(repr((cross.tolerance, cross.claim_rows, cross.stances,
                         sorted(cross.texts.items()), cross.sources)))


def check_sheet(path: Path, root: Path, config: Config | None = None,
                text: str | None = None) -> SheetResult:
    """Load, ground and evaluate one sheet (``text``: its unsaved content, if any)."""
    me = sys.modules[__name__]  # the engine's functions, imported on first use
    evaluate_sheet, ground_sheet = me.evaluate_sheet, me.ground_sheet
    display_path, load_sheet = me.display_path, me.load_sheet
    loaded = load_sheet(path, root, text)
    if isinstance(loaded, list):
        return SheetResult(display_path(path, root), path, None, loaded)
    if not loaded.sheet.facts and not loaded.sheet.checks and loaded.problems:
        return SheetResult(loaded.rel, path, None, loaded.problems)
    try:
        tolerance = config.approx_tolerance if config else None
        checks, problems, values = evaluate_sheet(loaded, tolerance)
        grounding = ground_sheet(loaded)
    except Exception as exc:  # one sheet's engine failure never stops the others
        problem = Problem(loaded.rel, 1, 1, "internal", f"factcheck failed on this sheet: "
                          f"{type(exc).__name__}: {exc}; please report it with the sheet")
        return SheetResult(loaded.rel, path, None, [problem])
    claim_tolerance = config.claim_tolerance if config else 0
    return SheetResult(loaded.rel, path, loaded, loaded.problems + problems, grounding, checks,
                       values, sheet_cross(loaded, values, claim_tolerance),
                       facts=len(loaded.sheet.facts))


#: the engine's functions, imported when a sheet is first checked (a rerun that checks
#: nothing imports none of it); module attributes, so they can be replaced in tests
_ENGINE = {"evaluate_sheet": "factcheck.checks", "ground_sheet": "factcheck.ground",
           "display_path": "factcheck.load.sheet", "load_sheet": "factcheck.load.sheet"}


def __getattr__(name: str) -> Any:
    """The engine function ``name`` from its module as imported now: not kept here, so a
    module imported anew (pytest's in-process runs drop the modules they imported) is
    never mixed with classes of its earlier copy (their objects would not pickle)."""
    if name not in _ENGINE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_ENGINE[name]), name)


def sheet_cross(ls: LoadedSheet, values: dict[str, Value],
                tolerance: float | str = 0) -> SheetCross:
    """A loaded sheet's claim rows, stances, statement texts and source ids."""
    from factcheck.crosssource.statements import StanceRow

    stances = []
    for sid, st in ls.sheet.statements.items():
        for i, stance in enumerate(st.stances):
            stances.append(StanceRow(st.key or sid, ls.rel,
                                     ls.line("statements", sid, "stances", i), stance.source,
                                     stance.via, stance.stance, stance.quote))
    texts = {(st.key or sid): st.text for sid, st in ls.sheet.statements.items()}
    facts = ls.sheet.facts
    fact_rows = [(fid, facts[fid].key if fid in facts else None, v.interval.lo, v.interval.hi,
                  v.unit.name, v.is_date) for fid, v in values.items()]
    return SheetCross(tolerance, _claim_rows(ls, values, tolerance), stances, texts,
                      list(ls.sheet.sources), fact_rows)


def cross_of(s: SheetResult, tolerance: float | str) -> SheetCross | None:
    """``s``'s cross-sheet rows for ``tolerance`` (None for a sheet that did not load)."""
    if s.cross is not None and s.cross.tolerance == tolerance:
        return s.cross
    ls = s.loaded
    return None if ls is None else sheet_cross(ls, s.values, tolerance)


def _scope_text(scope) -> str:
    if scope is None:
        return ""
    parts = [f"{k}={v.isoformat() if isinstance(v, dt.date) else v}"
             for k, v in (("as_of", scope.as_of), ("place", scope.place),
                          ("method", scope.method)) if v is not None]
    return "; ".join(parts)


def _claim_rows(ls: LoadedSheet, values: dict[str, Value],
                tolerance: float | str) -> list[dict]:
    """One row per keyed fact, intervals in canonical units."""
    from factcheck.engine.units import NONE, offset, to_base
    from factcheck.series import claim_entries

    rows: list[dict] = []
    for fid, section, fact in claim_entries(ls, values):  # keyed facts, derived values
        if fid not in values:
            continue
        v = values[fid]
        lo, hi, unit = v.interval.lo, v.interval.hi, v.unit.name
        # the tolerance is taken in the fact's own unit; dates are compared exactly
        tol = 0.0 if v.is_date or not (math.isfinite(lo) and math.isfinite(hi)) \
            else absolute_tolerance(tolerance, lo, hi)
        if v.is_date:
            unit = "date"
        elif v.unit.kind == "physical":
            unit, k = to_base(v.unit)
            zero = offset(v.unit)  # a temperature: 1 °C is 274.15 K, one degree is 1 K
            k -= zero
            lo, hi, tol = lo * k + zero, hi * k + zero, tol * k
        elif v.unit is NONE:
            unit = ""
        rows.append({
            "sheet": ls.rel, "line": ls.line(section, fid), "fact": fid, "key": fact.key,
            "scope": _scope_text(fact.scope), "source": fact.source or UNATTRIBUTED,
            "via": fact.via, "lower": lo, "upper": hi, "unit": unit,
            "rank": fact.rank.value, "quote": fact.quote, "tolerance": tol,
            "expect_reason": fact.reason if fact.expect == "conflict" else None,
        })
    return rows


def check_sheets(files: list[Path], root: Path, config: Config, store: SheetCache | None,
                 jobs: int | None = None,
                 progress: Callable[[int, int], None] | None = None,
                 spool: Spool | None = None,
                 known: dict[Path, SheetResult] | None = None) -> list[SheetResult]:
    """Per-sheet results in file order: ``known`` ones as given, from the cache where
    valid, else checked (in ``jobs`` processes) and stored. With ``spool`` (or a cache)
    on a run of at least :data:`~factcheck.spool.SPOOL_MIN_SHEETS` sheets, or with a
    cache on any run a process pool checks, each detail, outcome list and claim rows
    stay on disk where the worker wrote them (the result keeps its summary; the parent
    reads the rest when asked)."""
    results: list[SheetResult | None] = [None] * len(files)
    todo: list[tuple[int, Path]] = []
    done = 0
    for i, f in enumerate(files):
        hit = (known or {}).get(f)
        if hit is None:  # its cache entry is looked up where it would be checked
            todo.append((i, f))
            continue
        results[i] = hit
        done += 1
        if progress:
            progress(done, len(files))
    n = default_jobs(len(todo)) if jobs is None else jobs
    work = [(f, f"{i:09d}") for i, f in todo]
    pooled = n > 1 and len(work) > 1
    # what workers store stays in their entries: the parent does not read it back
    to_disk = (store is not None or spool is not None) and (
        len(files) >= SPOOL_MIN_SHEETS or pooled)
    init = (root, config, store is not None, spool.dir if spool else None, to_disk)
    if not pooled:
        _init_worker(*init)
        order = _shard_first(len(work))[0] if store is not None else range(len(work))
        outputs: Iterator[tuple[int, tuple[SheetResult | None, str | None]]] = (
            (k, _reuse_or_check(*work[k])) for k in order)
    else:
        if ordered_map_forks():  # forked workers inherit the engine, warm
            check_sheet(work[0][0], root, config)
        outputs = enumerate(_received(*out)
                            for out in ordered_map(_worker, work, n, _init_worker, init))
    for k, (sheet, key) in outputs:
        if sheet is None:  # a worker's result that does not read back: never drop a sheet
            raise RuntimeError(f"the result for {todo[k][1]} could not be read back")
        if store is not None and sheet.deps:
            sheet.key = key
        results[todo[k][0]] = lite(sheet) if to_disk and sheet.detail is not None else sheet
        done += 1
        if progress:
            progress(done, len(files))
    return [r for r in results if r is not None]


def lite(s: SheetResult) -> SheetResult:
    """``s`` with its outcomes and claim rows left in its entry on disk (its summary
    kept in memory)."""
    s.summary  # noqa: B018 - computed while the outcomes are at hand
    s.grounding = ON_DISK  # type: ignore[assignment]
    s.checks = ON_DISK  # type: ignore[assignment]
    s.cross = ON_DISK  # type: ignore[assignment]
    return s


def _shard_first(n: int) -> tuple[list[int], int]:
    """Under pytest-xdist every worker runs the engine over the same sheets: each checks
    its own share first, then takes the others' from the cache as they are stored.
    (the order of the ``n`` items, how many of them are this worker's own)."""
    index = os.environ.get("PYTEST_XDIST_WORKER", "").removeprefix("gw")
    count = os.environ.get("PYTEST_XDIST_WORKER_COUNT", "")
    if not (index.isdigit() and count.isdigit() and int(count) > 1):
        return list(range(n)), n
    i, c = int(index), int(count)
    own = [k for k in range(n) if k % c == i]
    return own + [k for k in range(n) if k % c != i], len(own)


def _lookup(path: Path) -> tuple[str | None, SheetResult | None]:
    """(the sheet's cache key, its result from a valid entry or None), in the process
    that would check it: the sheet is read and hashed there, not in the parent first."""
    store: SheetCache | None = _WORKER["store"]
    key, entry = store.get(path) if store is not None else (None, None)
    if entry is None:
        return key, None
    hit = _restore(entry.slim, None if _WORKER["to_disk"] else entry.detail, entry.rows,
                   entry.file)
    if hit is not None:
        hit.deps = entry.deps
    return key, hit


def _reuse_or_check(path: Path, name: str) -> tuple[SheetResult | None, str | None]:
    """(a sheet's result from the cache, else checked and stored; its cache key). Under
    pytest-xdist a sibling process may have stored it since the run began."""
    key, hit = _lookup(path)
    if hit is not None:
        return hit, key
    return _check_and_store(path, key, name), key


def _split(result: SheetResult, columns: bool = False) -> tuple[bytes, bytes, bytes]:
    """(outcomes, the loaded sheet and values, what the cross-sheet stage and the results
    store read of it) as three pickles; ``columns``: the store's columns made here (kept
    pickled, with their row count: the store writes them as they are)."""
    slim = copy.copy(result)
    slim.loaded = slim.values = slim.cross = ON_DISK  # type: ignore[assignment]
    detail = {"loaded": result.loaded, "values": result.values}
    rows: dict[str, Any] = {"cross": result.cross, "columns": None}
    if columns:
        cols = sheet_columns(result)
        rows["columns"] = (pickle.dumps(cols, protocol=pickle.HIGHEST_PROTOCOL),
                           column_rows(cols))
    return (pickle.dumps(slim, protocol=pickle.HIGHEST_PROTOCOL),
            pickle.dumps(detail, protocol=pickle.HIGHEST_PROTOCOL),
            pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL))


def stored_columns(s: SheetResult) -> tuple[bytes, int] | None:
    """The results store's columns of ``s`` (pickled, with their row count) as its worker
    stored them in its entry (None: not stored, e.g. a small run's, whose outcomes are
    at hand)."""
    if s.__dict__.get("cross") is not ON_DISK or s.detail is None:
        return None
    try:
        return read_rows(s.detail)["columns"]
    except Exception:  # gone or torn: made from the outcomes, read back
        return None


def _restore(slim: bytes, detail: bytes | None, rows: bytes | None,
             file: Path | None) -> SheetResult | None:
    """A result from its pickles: the detail (and cross-sheet rows) read now, or later
    from ``file``."""
    try:
        out = pickle.loads(slim)
        if not isinstance(out, SheetResult):
            return None
        if detail is not None and rows is not None:
            d = pickle.loads(detail)
            out.loaded, out.values = d["loaded"], d["values"]
            out.cross = pickle.loads(rows)["cross"]
        elif file is None:
            return None
        if out.tally is not None:  # summarised in a worker
            out.tally = _interned(out.tally)
        out.detail = file
    except Exception:  # an entry from an incompatible version is a miss
        return None
    return out


_WORKER: dict = {}


def _init_worker(root: Path, config: Config, cache: bool, spool_dir: Path | None,
                 to_disk: bool) -> None:
    _WORKER.update(root=root, config=config, store=SheetCache(root, config) if cache else None,
                   spool=Spool(spool_dir) if spool_dir else None, to_disk=to_disk)


def _process(path: Path, key: str | None, name: str
             ) -> tuple[SheetResult, tuple[bytes, bytes, bytes] | None, Path | None]:
    """Check one sheet and store it if it loaded (its dependencies are then known):
    (result, its three pickles if made, the file they were written to)."""
    result = check_sheet(path, _WORKER["root"], _WORKER["config"])
    store: SheetCache | None = _WORKER["store"]
    spool: Spool | None = _WORKER["spool"]
    parts = file = None
    if result.loaded is None:
        return result, parts, file
    from factcheck.series import dataset_files

    data = dataset_files(result.loaded)  # None: a declared data file is missing
    deps: Deps = tuple((str(p), file_digest(p))
                       for p in (result.loaded.document_path, *(data or [])))
    result.deps = deps
    if store is not None and key is not None and data is not None:
        parts = _split(result, _WORKER["to_disk"])
        file = store.put(key, deps, *parts)
    if file is None and spool is not None and _WORKER["to_disk"]:
        parts = parts or _split(result, True)
        file = spool.put(name, deps, *parts)
    return result, parts, file


def _check_and_store(path: Path, key: str | None, name: str) -> SheetResult:
    """Per-sheet work in this process."""
    result, parts, file = _process(path, key, name)
    if _WORKER["to_disk"] and file is not None and parts is not None:
        out = pickle.loads(_lite_pickle(result))  # a copy: the detail stays on disk
        out.tally = _interned(out.tally)
        out.detail = file
        return out
    return result


def _lite_pickle(result: SheetResult) -> bytes:
    """``result`` as :func:`lite` leaves it (its summary made here, its outcomes and
    detail in its entry on disk): all a large run keeps of it, pickled."""
    out = copy.copy(result)
    out.tally = summarize_sheet(result)
    out.grounding = out.checks = out.cross = ON_DISK  # type: ignore[assignment]
    out.loaded = out.values = ON_DISK  # type: ignore[assignment]
    return pickle.dumps(out, protocol=pickle.HIGHEST_PROTOCOL)


def _interned(t: SheetSummary) -> SheetSummary:
    """A summary read back from another process with its shared names interned again,
    as :func:`summarize_sheet` makes them (a pickle does not keep strings interned)."""
    return t._replace(check_verdicts=tuple((sys.intern(k), n) for k, n in t.check_verdicts),
                      sources=tuple(sys.intern(x) for x in t.sources))


def _worker(item: tuple[Path, str]) -> tuple[bytes, bytes | None, bytes | None, Path | None,
                                              str | None, Deps | None]:
    """Per-sheet work in a worker process: the sheet's cache entry if valid, else the sheet
    checked and stored; what :func:`_received` rebuilds it from (on a large run only its
    lite form: the parent neither reads nor summarises outcomes), with its cache key and,
    for an entry found, the dependencies it was checked against."""
    path, name = item
    store: SheetCache | None = _WORKER["store"]
    key, entry = store.get(path) if store is not None else (None, None)
    detail = None if entry is None or _WORKER["to_disk"] else entry.detail
    if entry is not None and _restore(entry.slim, detail, entry.rows, entry.file):
        return entry.slim, detail, entry.rows, entry.file, key, entry.deps  # reads back
    result, parts, file = _process(path, key, name)
    if _WORKER["to_disk"] and file is not None:
        return _lite_pickle(result), None, None, file, key, None
    slim, detail, rows = parts or _split(result)
    return slim, detail, rows, file, key, None


def _received(slim: bytes, detail: bytes | None, rows: bytes | None, file: Path | None,
              key: str | None, deps: Deps | None) -> tuple[SheetResult | None, str | None]:
    """A worker's result read back (``deps``: it came from a cache entry), with its key."""
    out = _restore(slim, detail, rows, file)
    if out is not None and deps is not None:
        out.deps = deps
    return out, key
