"""The one engine: load -> ground -> evaluate -> compare across sources.

The CLI, the pytest plugin and the report writers all call :func:`run` (or
:func:`check_sheet` for one file) and only present what it returns.
"""

from __future__ import annotations

import contextlib
import copy
import gc
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.cache import SheetCache
from factcheck.config import ENGINES, Config, load_config
from factcheck.crosssource.small import SMALL_TABLE, compare_rows
from factcheck.engine.outcome import CONFLICT, DISPUTED, ERROR, HOLDS, Kind, Outcome
from factcheck.problems import Problem
from factcheck.sheets import UNATTRIBUTED, SheetResult, check_sheet, check_sheets, cross_of
from factcheck.spool import SPOOL_MIN_SHEETS, Spool

SHEET_SUFFIXES = (".yaml", ".yml")


@dataclass
class RunResult:
    """The result of checking a set of sheets."""

    root: Path
    sheets: list[SheetResult]
    claims: list[Outcome] = field(default_factory=list)
    statements: list[Outcome] = field(default_factory=list)
    elapsed: float | None = None  # seconds the run took (None for a view or a test double)

    @property
    def problems(self) -> list[Problem]:
        return [p for s in self.sheets for p in s.problems]

    @property
    def outcomes(self) -> list[Outcome]:
        return [o for s in self.sheets for o in s.outcomes] + self.claims

    @property
    def failures(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.passed]

    def exit_code(self) -> int:
        """0 all hold, 1 violations or conflicts, 2 bad input, 3 internal error."""
        if any(p.code == "internal" for p in self.problems):
            return 3
        if self.problems or any(o.verdict == ERROR for o in self.outcomes):
            return 2
        return 1 if self.failures else 0


def discover(paths: Iterable[Path]) -> list[Path]:
    """Sheet files under ``paths`` (files are taken as given), sorted, without repeats."""
    found: dict[Path, None] = {}
    for p in paths:
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.suffix in SHEET_SUFFIXES and f.is_file() and not f.name.startswith("."):
                    found[f] = None
        else:
            found[p] = None
    return list(found)


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

    focus_rel = None if focus is None else {
        s.rel for s in result.sheets if s.path.resolve() in focus}
    sheets = []
    for s in result.sheets:
        if focus_rel is not None and s.rel not in focus_rel:
            continue
        view = copy.copy(s)  # a sheet's detail on disk stays there
        view.grounding = [o for o in s.grounding if wanted(o)]
        view.checks = [o for o in s.checks if wanted(o)]
        sheets.append(view)
    def involved(o: Outcome) -> bool:
        if focus_rel is None:
            return True
        rows = o.result.rows if o.result is not None else ()
        return bool({r.sheet for r in rows} & focus_rel) or o.sheet in focus_rel

    claims = [o for o in result.claims if wanted(o) and involved(o)]
    return RunResult(result.root, sheets, claims, result.statements, result.elapsed)


def run(paths: Iterable[Path], root: Path,
        progress: Callable[[int, int], None] | None = None,
        config: Config | None = None, *, cache: bool = True,
        jobs: int | None = None, engine: str = "auto") -> RunResult:
    """Check every sheet under ``paths``, then compare claims across them.

    ``config`` supplies `[tool.factcheck]` tolerances (read from ``root`` when None).
    ``cache``: reuse and store per-sheet results in ``root/.factcheck-cache`` (see
    :mod:`factcheck.cache`). ``jobs``: processes for per-sheet work (None: all cores
    when there are enough sheets to check). ``engine``: what compares claims across
    sheets (see :func:`compare_claims`); ``spark`` checks the sheets on Spark's workers
    as well (:mod:`factcheck.spark_sheets`, without the cache).
    """
    started = time.perf_counter()
    if config is None:
        config = load_config(root)
    files = discover(paths)
    store = SheetCache(root, config) if cache else None
    spool = Spool() if not cache and len(files) >= SPOOL_MIN_SHEETS else None
    with _gc_paused():
        if engine == "spark":  # the per-sheet stage on Spark's workers too
            from factcheck.spark_sheets import check_sheets_spark

            sheets = check_sheets_spark(files, root, config, progress)
        else:
            sheets = check_sheets(files, root, config, store, jobs, progress, spool)
        result = combine(root, sheets, config, engine)
        if spool is not None:
            spool.keep_until_collected(result)
    result.elapsed = time.perf_counter() - started
    return result


def combine(root: Path, sheets: list[SheetResult], config: Config,
            engine: str = "auto") -> RunResult:
    """The run over already checked sheets: claims and statements compared across them."""
    result = RunResult(root, sheets)
    result.claims = compare_claims(sheets, config.claim_tolerance, engine)
    result.statements = judge(sheets)
    return result


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


def claim_rows(sheets: list[SheetResult], tolerance: float | str = 0) -> list[dict]:
    """The long fact table: one row per keyed fact, intervals in canonical units."""
    return [dict(r) for s in sheets if (c := cross_of(s, tolerance)) for r in c.claim_rows]


def compare_claims(sheets: list[SheetResult], tolerance: float | str = 0,
                   engine: str = "auto") -> list[Outcome]:
    """One outcome per claim key, judged by ``engine``: ``python`` (plain Python, nothing
    imported), ``pandas`` (vectorised, the fact table checked by pandera), ``duckdb`` or
    ``spark`` (one SQL query, :mod:`factcheck.crosssource.sql`); ``auto`` is ``python``
    up to :data:`SMALL_TABLE` rows and ``duckdb`` above. All give the same verdicts."""
    rows = claim_rows(sheets, tolerance)
    if not rows:
        return []
    expected = {(r["sheet"], r["line"]): r.pop("expect_reason") for r in rows}
    known = {k for s in sheets if (c := cross_of(s, tolerance)) for k in c.sources}
    known.add(UNATTRIBUTED)
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: one of {', '.join(ENGINES)}")
    if engine == "auto":
        engine = "python" if len(rows) <= SMALL_TABLE else "duckdb"
    try:
        if engine == "python":  # plain Python: pandas is not even imported
            results = compare_rows(rows, known)
        elif engine == "pandas":
            from factcheck.crosssource import compare, fact_table

            results = compare(fact_table(rows), known_sources=known)
        else:
            from factcheck.crosssource.sql import compare_rows_sql

            results = compare_rows_sql(rows, engine, known)
    except Exception as exc:  # schema failures name the offending rows
        first = rows[0]
        return [Outcome(Kind.claim, first["sheet"], "claim:(table)", first["line"], "cross-source",
                        ERROR, f"fact table is invalid: {exc}")]
    out = []
    for r in results:
        first = min(r.rows, key=lambda x: (x.sheet, x.line))
        verdict = ERROR if r.verdict == "unit_mismatch" else r.verdict
        name = f"claim:{r.key}" + (f"[{r.scope}]" if r.scope else "")
        reason = next((expected[(x.sheet, x.line)] for x in r.rows
                       if expected.get((x.sheet, x.line))), None)
        out.append(Outcome(Kind.claim, first.sheet, name, first.line, "cross-source", verdict,
                           r.message, result=r,
                           expect=CONFLICT if reason else HOLDS, reason=reason))
    return out


def judge(sheets: list[SheetResult]) -> list[Outcome]:
    """Qualitative statements across sheets: affirmed, denied or disputed (never a failure)."""
    from factcheck.crosssource.statements import judge_statements

    crosses = [c for s in sheets if (c := cross_of(s, s.cross.tolerance if s.cross else 0))]
    rows = [row for c in crosses for row in c.stances]
    texts = {k: t for c in crosses for k, t in c.texts.items()}
    out = []
    for r in judge_statements(rows):
        first = (r.affirms + r.denies)[0]
        out.append(Outcome(Kind.statement, first.sheet, f"statement:{r.statement}", first.line,
                           "statements", r.verdict, r.message,
                           expression=texts.get(r.statement, ""), result=r))
    return out


__all__ = ["CONFLICT", "DISPUTED", "RunResult", "SheetResult", "check_sheet", "combine", "discover",
           "run"]
