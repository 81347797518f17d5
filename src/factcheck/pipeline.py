"""The one engine: load -> ground -> evaluate -> compare across sources.

The CLI, the pytest plugin and the report writers all call :func:`run` (or
:func:`check_sheet` for one file) and only present what it returns.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import hashlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from factcheck import crossstage
from factcheck.cache import SheetCache
from factcheck.config import Config, load_config
from factcheck.crosssource.small import SMALL_TABLE
from factcheck.crossstage import (
    CrossResult,
    CrossSummary,
    claim_rows,
    compare_stage,
    judge,
    summarize_cross,
)
from factcheck.engine.outcome import CONFLICT, DISPUTED, ERROR, Outcome
from factcheck.manifest import Manifest
from factcheck.problems import Problem
from factcheck.sheets import UNATTRIBUTED, SheetCross, SheetResult, check_sheet, check_sheets
from factcheck.spool import ON_DISK, SPOOL_MIN_SHEETS, Spool, read_rows

SHEET_SUFFIXES = (".yaml", ".yml")


@dataclass
class RunResult:
    """The result of checking a set of sheets.

    A rerun's sheets and cross-sheet outcomes may wait on disk (read when asked for);
    :attr:`failures`, :meth:`exit_code` and the summary read only their summaries."""

    root: Path
    sheets: list[SheetResult]
    claims: list[Outcome] = field(default_factory=list)
    statements: list[Outcome] = field(default_factory=list)
    elapsed: float | None = None  # seconds the run took (None for a view or a test double)
    cross: CrossResult | None = field(default=None, repr=False, compare=False)
    #: sheets re-checked by this run (None: not known, e.g. a view)
    rechecked: int | None = field(default=None, repr=False, compare=False)
    #: a hash of everything the reports of this run are made of (None: not known
    #: without building them: no cache, or a sheet that did not load)
    stamp: str | None = field(default=None, repr=False, compare=False)

    @property
    def cross_summary(self) -> CrossSummary:
        if self.cross is not None:
            return self.cross.summary
        return summarize_cross(self.claims, self.statements)

    @property
    def problems(self) -> list[Problem]:
        return [p for s in self.sheets for p in s.problems]

    @property
    def outcomes(self) -> list[Outcome]:
        return [o for s in self.sheets for o in s.outcomes] + self.claims

    @property
    def failures(self) -> list[Outcome]:
        return [o for s in self.sheets for o in s.summary.failing] + \
            list(self.cross_summary.failing)

    def exit_code(self) -> int:
        """0 all hold, 1 violations or conflicts, 2 bad input, 3 internal error."""
        problems = self.problems
        if any(p.code == "internal" for p in problems):
            return 3
        if problems or any(s.summary.errors for s in self.sheets) or \
                dict(self.cross_summary.claim_verdicts).get(ERROR):
            return 2
        return 1 if self.failures else 0


def _outcomes_on_disk(name: str) -> property:
    """``claims`` or ``statements``: read from the cross-sheet stage's store when asked."""

    def get(self: RunResult) -> list[Outcome]:
        value = self.__dict__[name]
        if value is ON_DISK and self.cross is not None:
            self.__dict__["claims"], self.__dict__["statements"] = self.cross.load()
            value = self.__dict__[name]
        return value

    def put(self: RunResult, value: list[Outcome]) -> None:
        self.__dict__[name] = value

    return property(get, put)


RunResult.claims = _outcomes_on_disk("claims")  # type: ignore[assignment]
RunResult.statements = _outcomes_on_disk("statements")  # type: ignore[assignment]


def summary_counts(result: RunResult) -> dict[str, int | bool]:
    """A run's counts (the report's summary, the terminal's last line), from each sheet's
    and the cross-sheet stage's summary: no outcome or detail is read back."""
    tallies = [s.summary for s in result.sheets]
    verdicts: Counter[str] = Counter()
    for checks, times in Counter(t.check_verdicts for t in tallies).items():
        for verdict, n in checks:  # sheets alike are counted once
            verdicts[verdict] += n * times
    cross = result.cross_summary
    claims = Counter(dict(cross.claim_verdicts))
    problems = sum(len(s.problems) for s in result.sheets)
    failed = sum(len(t.failing) for t in tallies) + len(cross.failing)
    return {
        "sheets": len(result.sheets),
        "sheets_with_problems": sum(1 for s in result.sheets if s.problems),
        "problems": problems,
        "facts": sum(s.facts for s in result.sheets),
        "checks": sum(verdicts.values()),
        "holds": verdicts["holds"],
        "holds_within_rounding": verdicts["holds within rounding"],
        "violated": verdicts["violated"],
        "expected_violations": sum(t.expected_violations for t in tallies),
        # a check that cannot be evaluated and a claim whose reports cannot be compared
        # (units differ) are both errors: the summary agrees with exit status 2
        "errors": verdicts["error"] + claims["error"],
        "failed": failed,
        "quotes": sum(t.quotes for t in tallies),
        "ungrounded": sum(t.ungrounded for t in tallies),
        "claims": cross.claims,
        "claims_agree": claims["agree"],
        "claims_conflict": claims["conflict"],
        "statements_disputed": cross.disputed,
        "passed": not failed and not problems,
    }


def discover(paths: Iterable[Path],
             skip_dir: Callable[[str], bool] | None = None) -> list[Path]:
    """Sheet files under ``paths`` (files are taken as given), sorted, without repeats;
    directories whose name ``skip_dir`` accepts are not searched."""
    found: dict[Path, None] = {}
    for p in paths:
        if os.path.isdir(p):
            for _, f in sorted(_sheets_below(Path(p), skip_dir), key=lambda x: x[0]):
                found[f] = None
        else:
            found[p] = None
    return list(found)


def _sheets_below(top: Path, skip_dir: Callable[[str], bool] | None
                  ) -> list[tuple[tuple[str, ...], Path]]:
    """The sheet files below ``top``, each with its path parts relative to ``top`` (the
    order ``sorted(Path)`` gives), found as ``Path.rglob`` finds them: symbolic links to
    directories are not followed, unreadable directories are skipped."""
    out: list[tuple[tuple[str, ...], Path]] = []
    stack: list[tuple[Path, tuple[str, ...]]] = [(top, ())]
    while stack:
        where, rel = stack.pop()
        try:
            with os.scandir(where) as it:
                entries = list(it)
        except OSError:
            continue
        for e in entries:
            try:
                if e.is_dir(follow_symlinks=False):
                    if skip_dir is None or not skip_dir(e.name):
                        stack.append((where / e.name, (*rel, e.name)))
                elif (e.name.endswith(SHEET_SUFFIXES) and not e.name.startswith(".")
                      and e.is_file()):
                    out.append(((*rel, e.name), where / e.name))
            except OSError:
                continue
    return out


@dataclass(frozen=True)
class SheetSet:
    """Which sheets one run checks together, and which of them the user asked about."""

    paths: list[Path]  # what the engine runs over (claims are compared across all of it)
    focus: set[Path] | None  # sheets to show; None: all of them
    complete: bool  # the run covers the configured fact directories (reports may be written)


def sheet_set(paths: Iterable[Path], config: Config) -> SheetSet:
    """The one rule, shared by the CLI and pytest, for what is checked together.

    Sheets inside the configured fact directories are always checked with all of
    them, so a changed sheet is compared with the unchanged ones; paths elsewhere
    (fixtures, drafts) are checked on their own.
    """
    dirs = [d.resolve() for d in config.fact_dirs if d.is_dir()]
    given = [p.resolve() for p in paths]
    if not given:
        return SheetSet(dirs, None, True)
    if dirs and all(any(p.is_relative_to(d) for d in dirs) for p in given):
        focus = None if any(p in dirs for p in given) else set(discover(given))
        return SheetSet(dirs, focus, True)
    return SheetSet(given, None, False)


def focus_view(result: RunResult, focus: set[Path] | None,
               keep: Callable[[Outcome], bool] | None = None) -> RunResult:
    """A view of ``result`` for presentation: only the focused sheets (and the claims
    that involve them) and the outcomes ``keep`` accepts. ``result`` is not changed."""
    def wanted(o: Outcome) -> bool:
        return keep is None or keep(o)

    if focus is None and keep is None:
        return result  # the whole run: nothing to filter (nothing read back)
    focus_rel = None if focus is None else {
        s.rel for s in result.sheets if s.path.resolve() in focus}
    sheets = []
    for s in result.sheets:
        if focus_rel is not None and s.rel not in focus_rel:
            continue
        view = copy.copy(s)  # a sheet's detail on disk stays there
        if keep is not None:  # its summary is of what is kept
            view.grounding = [o for o in s.grounding if wanted(o)]
            view.checks = [o for o in s.checks if wanted(o)]
            view.tally = None
        sheets.append(view)
    def involved(o: Outcome) -> bool:
        if focus_rel is None:
            return True
        r = o.result
        rows = () if r is None else getattr(r, "rows", None) or (
            *getattr(r, "affirms", ()), *getattr(r, "denies", ()))
        return bool({row.sheet for row in rows} & focus_rel) or o.sheet in focus_rel

    claims = [o for o in result.claims if wanted(o) and involved(o)]
    statements = [o for o in result.statements if involved(o)]
    return RunResult(result.root, sheets, claims, statements, result.elapsed)


def run(paths: Iterable[Path], root: Path,
        progress: Callable[[int, int], None] | None = None,
        config: Config | None = None, *, cache: bool = True,
        jobs: int | None = None, engine: str = "auto", listed: bool = False) -> RunResult:
    """Check every sheet under ``paths``, then compare claims across them.

    ``config`` supplies `[tool.factcheck]` tolerances (read from ``root`` when None).
    ``cache``: reuse and store per-sheet results in ``root/.factcheck-cache`` (see
    :mod:`factcheck.cache`; unchanged sheets are known from :mod:`factcheck.manifest`
    without being read). ``jobs``: processes for per-sheet work (None: all cores
    when there are enough sheets to check). ``engine``: what compares claims across
    sheets (see :func:`compare_claims`); ``spark`` checks the sheets on Spark's workers
    as well (:mod:`factcheck.spark_sheets`, without the cache). ``listed``: ``paths``
    are sheet files already (as :func:`factcheck.sheetfiles.sheet_files` lists them).
    """
    started = time.perf_counter()
    started_ns = time.time_ns()
    if config is None:
        config = load_config(root)
    files = list(dict.fromkeys(paths)) if listed else discover(paths)
    store = SheetCache(root, config) if cache else None
    spool = Spool() if not cache and len(files) >= SPOOL_MIN_SHEETS else None
    manifest = Manifest.load(root, store.base) if store else None
    with _gc_paused():
        if engine == "spark":  # the per-sheet stage on Spark's workers too
            from factcheck.spark_sheets import check_sheets_spark

            known = {}
            manifest = None
            sheets = check_sheets_spark(files, root, config, progress)
        else:
            known = manifest.lookup(files, store) if manifest and store else {}
            sheets = check_sheets(files, root, config, store, jobs, progress, spool, known)
        result = combine(root, sheets, config, engine, manifest)
        if spool is not None:
            spool.keep_until_collected(result)
        if manifest is not None and store is not None:
            manifest.record(sheets, started_ns, store)
            manifest.save()
    result.rechecked = len(files) - len(known)
    result.stamp = run_stamp(result, store.base) if store is not None else None
    result.elapsed = time.perf_counter() - started
    return result


def run_stamp(result: RunResult, base: str) -> str | None:
    """What decides the run's reports: every sheet's cache key and documents' hashes, and
    the cross-sheet stage's stored outcomes (None if a sheet has no cache entry)."""
    cross = result.cross.state.get("id") if result.cross is not None else None
    if cross is None or any(s.key is None for s in result.sheets):
        return None
    h = hashlib.blake2b(digest_size=20)
    h.update(f"{base}\0{cross}".encode())
    for s in result.sheets:
        h.update(repr((s.rel, s.key, s.deps)).encode("utf-8", "backslashreplace"))
    return h.hexdigest()


def combine(root: Path, sheets: list[SheetResult], config: Config,
            engine: str = "auto", manifest: Manifest | None = None) -> RunResult:
    """The run over already checked sheets: claims and statements compared across them
    (with ``manifest``: stored in the cache, updated from the previous run's state)."""
    directory = manifest.file.parent / "cross" if manifest is not None else None
    tolerance = config.claim_tolerance
    cross = compare_stage(sheets, tolerance, engine, directory,
                          manifest.base if manifest else "",
                          manifest.cross if manifest else None,
                          _stored_cross(manifest.file.parent) if manifest else None)
    if manifest is not None:
        manifest.set_cross(cross.state)
    result = RunResult(root, sheets, ON_DISK, ON_DISK, cross=cross)  # type: ignore[arg-type]
    return result


def _stored_cross(cache_dir: Path) -> Callable[[str], SheetCross | None]:
    """What the result stored in the cache under a key brings to the cross-sheet stage
    (None: not there, or nothing)."""

    def cross(key: str) -> SheetCross | None:
        try:
            return read_rows(cache_dir / "sheets" / key[:2] / key)["cross"]
        except Exception:  # gone, torn, or from another version: not known
            return None

    return cross


def compare_claims(sheets: list[SheetResult], tolerance: float | str = 0,
                   engine: str = "auto") -> list[Outcome]:
    """One outcome per claim key (:func:`factcheck.crossstage.compare_claims`), ``auto``
    taking plain Python up to :data:`SMALL_TABLE` rows."""
    return crossstage.compare_claims(sheets, tolerance, engine, SMALL_TABLE)


@contextlib.contextmanager
def _gc_paused():
    """The engine makes almost no reference cycles, but a growing heap makes the cyclic
    collector rescan everything kept so far: pause it for the run."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()  # what the run keeps is not rescanned by later collections either
        if was:
            gc.enable()


__all__ = ["CONFLICT", "DISPUTED", "UNATTRIBUTED", "RunResult", "SheetResult", "check_sheet",
           "claim_rows", "combine", "compare_claims", "discover", "judge", "run"]
