"""The one engine: load -> ground -> evaluate -> compare across sources.

The CLI, the pytest plugin and the report writers all call :func:`run` (or
:func:`check_sheet` for one file) and only present what it returns.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.checks import evaluate_sheet
from factcheck.config import Config, absolute_tolerance, load_config
from factcheck.crosssource.small import SMALL_TABLE, compare_rows
from factcheck.engine.outcome import CONFLICT, DISPUTED, ERROR, HOLDS, Kind, Outcome
from factcheck.engine.units import NONE
from factcheck.engine.values import Value
from factcheck.ground import ground_sheet
from factcheck.load.sheet import LoadedSheet, display_path, load_sheet
from factcheck.problems import Problem

SHEET_SUFFIXES = (".yaml", ".yml")
UNATTRIBUTED = "(unattributed)"


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

    @property
    def outcomes(self) -> list[Outcome]:
        return self.grounding + self.checks


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
        sheets.append(SheetResult(s.rel, s.path, s.loaded, s.problems,
                                  [o for o in s.grounding if wanted(o)],
                                  [o for o in s.checks if wanted(o)], s.values))
    def involved(o: Outcome) -> bool:
        if focus_rel is None:
            return True
        rows = o.result.rows if o.result is not None else ()
        return bool({r.sheet for r in rows} & focus_rel) or o.sheet in focus_rel

    claims = [o for o in result.claims if wanted(o) and involved(o)]
    return RunResult(result.root, sheets, claims, result.statements, result.elapsed)


def check_sheet(path: Path, root: Path, config: Config | None = None,
                text: str | None = None) -> SheetResult:
    """Load, ground and evaluate one sheet (``text``: its unsaved content, if any)."""
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
    return SheetResult(loaded.rel, path, loaded, loaded.problems + problems, grounding, checks,
                       values)


def run(paths: Iterable[Path], root: Path,
        progress: Callable[[int, int], None] | None = None,
        config: Config | None = None) -> RunResult:
    """Check every sheet under ``paths``, then compare claims across them.

    ``config`` supplies `[tool.factcheck]` tolerances (read from ``root`` when None).
    """
    started = time.perf_counter()
    if config is None:
        config = load_config(root)
    files = discover(paths)
    sheets = []
    for i, f in enumerate(files):
        sheets.append(check_sheet(f, root, config))
        if progress:
            progress(i + 1, len(files))
    result = combine(root, sheets, config)
    result.elapsed = time.perf_counter() - started
    return result


def combine(root: Path, sheets: list[SheetResult], config: Config) -> RunResult:
    """The run over already checked sheets: claims and statements compared across them."""
    result = RunResult(root, sheets)
    result.claims = compare_claims(sheets, config.claim_tolerance)
    result.statements = judge(sheets)
    return result


def _scope_text(scope) -> str:
    if scope is None:
        return ""
    parts = [f"{k}={v.isoformat() if isinstance(v, dt.date) else v}"
             for k, v in (("as_of", scope.as_of), ("place", scope.place),
                          ("method", scope.method)) if v is not None]
    return "; ".join(parts)


def claim_rows(sheets: list[SheetResult], tolerance: float | str = 0) -> list[dict]:
    """The long fact table: one row per keyed fact, intervals in canonical units."""
    from factcheck.engine.units import to_base

    rows = []
    for s in sheets:
        ls = s.loaded
        if ls is None or not any(f.key for f in ls.sheet.facts.values()):
            continue
        values = s.values
        for fid, fact in ls.sheet.facts.items():
            if not fact.key or fid not in values:
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
                lo, hi, tol = lo * k, hi * k, tol * k
            elif v.unit is NONE:
                unit = ""
            rows.append({
                "sheet": ls.rel, "line": ls.line("facts", fid), "fact": fid, "key": fact.key,
                "scope": _scope_text(fact.scope), "source": fact.source or UNATTRIBUTED,
                "via": fact.via, "lower": lo, "upper": hi, "unit": unit,
                "rank": fact.rank.value, "quote": fact.quote, "tolerance": tol,
                "expect_reason": fact.reason if fact.expect == "conflict" else None,
            })
    return rows


def compare_claims(sheets: list[SheetResult], tolerance: float | str = 0) -> list[Outcome]:
    """One outcome per claim key (pandas and pandera load only for a large table)."""
    rows = claim_rows(sheets, tolerance)
    if not rows:
        return []
    expected = {(r["sheet"], r["line"]): r.pop("expect_reason") for r in rows}
    known = {k for s in sheets if s.loaded for k in s.loaded.sheet.sources} | {UNATTRIBUTED}
    try:
        if len(rows) <= SMALL_TABLE:  # plain Python: pandas is not even imported
            results = compare_rows(rows, known)
        else:
            from factcheck.crosssource import compare, fact_table

            results = compare(fact_table(rows), known_sources=known)
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
    from factcheck.crosssource.statements import StanceRow, judge_statements

    rows = []
    for s in sheets:
        ls = s.loaded
        if ls is None:
            continue
        for sid, st in ls.sheet.statements.items():
            for i, stance in enumerate(st.stances):
                rows.append(StanceRow(st.key or sid, ls.rel,
                                      ls.line("statements", sid, "stances", i), stance.source,
                                      stance.via, stance.stance, stance.quote))
    out = []
    texts = {(st.key or sid): st.text for s in sheets if s.loaded
             for sid, st in s.loaded.sheet.statements.items()}
    for r in judge_statements(rows):
        first = (r.affirms + r.denies)[0]
        out.append(Outcome(Kind.statement, first.sheet, f"statement:{r.statement}", first.line,
                           "statements", r.verdict, r.message,
                           expression=texts.get(r.statement, ""), result=r))
    return out


__all__ = ["CONFLICT", "DISPUTED", "RunResult", "SheetResult", "check_sheet", "combine", "discover",
           "run"]
