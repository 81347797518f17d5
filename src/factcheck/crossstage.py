"""The cross-sheet stage (claims by key, statements), stored and updated incrementally.

Its outcomes are stored under ``.factcheck-cache/cross/`` by a hash of every sheet's
claim rows, stances and sources (:attr:`SheetSummary.cross_digest`), the claim
tolerance and the engine: a run whose sheets bring the same rows reads them back (or
not at all: :class:`CrossSummary` holds the counts and failing claims). When a few
sheets changed, only the claim groups ``(key, scope)`` their old or new rows belong
to are compared again, over the rows of every sheet in those groups; the rest is
taken from the previous run. Anything unusual (an invalid fact table, many changed
sheets, a changed statement stance, an engine chosen by name) compares everything.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from factcheck.cache import read_pickle, write_pickle
from factcheck.config import ENGINES
from factcheck.crosssource.small import SMALL_TABLE, compare_rows
from factcheck.engine.outcome import CONFLICT, ERROR, HOLDS, Kind, Outcome
from factcheck.sheets import UNATTRIBUTED, SheetResult, cross_of

#: at most this many changed sheets are compared group by group
INCREMENTAL_MAX = 200
TABLE = "claim:(table)"  # the name of the outcome of an invalid fact table


@dataclass(frozen=True)
class CrossSummary:
    """What the summary, the exit status and the findings need of the cross-sheet stage."""

    claims: int
    claim_verdicts: tuple[tuple[str, int], ...]
    failing: tuple[Outcome, ...]  # claims that did not pass
    statements: int
    disputed: int  # statements sources both affirm and deny


def summarize_cross(claims: list[Outcome], statements: list[Outcome]) -> CrossSummary:
    return CrossSummary(len(claims), tuple(sorted(Counter(str(o.verdict)
                                                          for o in claims).items())),
                        tuple(o for o in claims if not o.passed), len(statements),
                        sum(1 for o in statements if o.verdict == "disputed"))


@dataclass
class CrossResult:
    """The stage's outcomes (``load`` reads them when a front end asks) and summary."""

    summary: CrossSummary
    load: Callable[[], tuple[list[Outcome], list[Outcome]]]
    state: dict  # what the next run compares against (kept in the manifest)


def sheet_state(s: SheetResult) -> tuple[str, tuple[tuple[str, str, str], ...], str]:
    t = s.summary
    return t.cross_digest, t.groups, t.stances


def run_key(sheets: list[SheetResult], base: str, tolerance: float | str, engine: str) -> str:
    h = hashlib.blake2b(digest_size=20)
    h.update(repr((base, tolerance, engine)).encode())
    for s in sheets:
        h.update(f"\0{s.rel}\0{s.summary.cross_digest}".encode("utf-8", "backslashreplace"))
    return h.hexdigest()


def compare_stage(sheets: list[SheetResult], tolerance: float | str, engine: str,
                  directory: Path | None = None, base: str = "",
                  previous: dict | None = None) -> CrossResult:
    """Claims and statements across ``sheets``: from ``directory`` (the cache) when the
    same rows were compared before, updated from ``previous`` (the last run's state)
    when few sheets changed, else compared anew; stored in ``directory``."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: one of {', '.join(ENGINES)}")
    if directory is None:
        claims, statements = compare_claims(sheets, tolerance, engine), judge(sheets)
        return _at_hand(claims, statements, {})
    key = run_key(sheets, base, tolerance, engine)
    file = directory / key[:2] / key
    state = {"file": str(file), "sheets": {s.rel: sheet_state(s) for s in sheets},
             "sources": sources(sheets)}
    stored = read_pickle(file)
    if stored is not None and previous is not None and previous.get("file") == str(file) \
            and isinstance(previous.get("summary"), CrossSummary):
        state["summary"] = previous["summary"]
        return CrossResult(previous["summary"], lambda: stored_outcomes(file), state)
    if stored is not None:
        claims, statements = stored
    else:
        claims_statements = _incremental(sheets, tolerance, engine, previous, state["sheets"])
        if claims_statements is None:
            claims_statements = compare_claims(sheets, tolerance, engine), judge(sheets)
        claims, statements = claims_statements
        write_pickle(file, (claims, statements))
    result = _at_hand(claims, statements, state)
    state["summary"] = result.summary
    return result


def _at_hand(claims: list[Outcome], statements: list[Outcome], state: dict) -> CrossResult:
    return CrossResult(summarize_cross(claims, statements), lambda: (claims, statements), state)


def stored_outcomes(file: Path) -> tuple[list[Outcome], list[Outcome]]:
    stored = read_pickle(file)
    if stored is None:
        raise RuntimeError(f"{file}: the stored cross-sheet outcomes cannot be read back; "
                           "delete .factcheck-cache and run again")
    return stored


def _incremental(sheets: list[SheetResult], tolerance: float | str, engine: str,
                 previous: dict | None, now: dict) -> tuple[list, list] | None:
    """The previous run's outcomes with the changed claim groups compared again (None:
    compare everything)."""
    if previous is None or engine != "auto" or not previous.get("file"):
        return None
    before: dict = previous.get("sheets", {})
    changed = [r for r in now.keys() | before.keys() if before.get(r) != now.get(r)]
    if len(changed) > INCREMENTAL_MAX:
        return None
    stored = read_pickle(Path(previous["file"]))
    if stored is None:
        return None
    old_claims, statements = stored
    if any(o.name == TABLE for o in old_claims):
        return None
    if previous.get("sources") != sources(sheets):
        return None  # which rows are valid may have changed
    affected = {g[:2] for g in _changed_groups(changed, before, now)}
    involved = [s for s in sheets if any(g[:2] in affected for g in s.summary.groups)]
    rows = [dict(r) for s in involved if (c := cross_of(s, tolerance))
            for r in c.claim_rows if (r["key"], r.get("scope") or "") in affected]
    new = compare_claim_rows(rows, sources(sheets), "python")
    if any(o.name == TABLE for o in new):
        return None
    kept = [o for o in old_claims if (o.result.key, o.result.scope) not in affected]
    claims = sorted(kept + new, key=lambda o: (o.result.key, o.result.scope))
    if any((before.get(r) or ("", (), ""))[2] != (now.get(r) or ("", (), ""))[2]
           for r in changed):
        statements = judge(sheets)  # a sheet's stances changed: every statement judged anew
    return claims, statements


def _changed_groups(changed: list[str], before: dict, now: dict) -> set[tuple[str, str, str]]:
    """The claim groups in which a changed sheet's rows differ (old or new)."""
    out: set[tuple[str, str, str]] = set()
    for rel in changed:
        old = set(before[rel][1]) if rel in before else set()
        new = set(now[rel][1]) if rel in now else set()
        out |= old ^ new
    return out


def sources(sheets: list[SheetResult]) -> set[str]:
    """Every source id the sheets declare (a claim row's source must be one of them)."""
    return {k for s in sheets for k in s.summary.sources}


def claim_rows(sheets: Iterable[SheetResult], tolerance: float | str = 0) -> list[dict]:
    """The long fact table: one row per keyed fact, intervals in canonical units."""
    return [dict(r) for s in sheets if (c := cross_of(s, tolerance)) for r in c.claim_rows]


def compare_claims(sheets: list[SheetResult], tolerance: float | str = 0,
                   engine: str = "auto", small: int = SMALL_TABLE) -> list[Outcome]:
    """One outcome per claim key, judged by ``engine``: ``python`` (plain Python, nothing
    imported), ``pandas`` (vectorised, the fact table checked by pandera), ``duckdb`` or
    ``spark`` (one SQL query, :mod:`factcheck.crosssource.sql`); ``auto`` is ``python``
    up to ``small`` rows and ``duckdb`` above. All give the same verdicts."""
    rows = claim_rows(sheets, tolerance)
    known = {k for s in sheets if (c := cross_of(s, tolerance)) for k in c.sources}
    return compare_claim_rows(rows, known, engine, small)


def compare_claim_rows(rows: list[dict], known: set[str], engine: str,
                       small: int = SMALL_TABLE) -> list[Outcome]:
    """Claim outcomes of fact-table ``rows`` (their ``expect_reason`` is taken out)."""
    if not rows:
        return []
    expected = {(r["sheet"], r["line"]): r.pop("expect_reason") for r in rows}
    known = known | {UNATTRIBUTED}
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: one of {', '.join(ENGINES)}")
    if engine == "auto":
        engine = "python" if len(rows) <= small else "duckdb"
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
        return [Outcome(Kind.claim, first["sheet"], TABLE, first["line"], "cross-source",
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

    if not any(s.summary.stances for s in sheets):
        return []
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


__all__ = ["CrossResult", "CrossSummary", "claim_rows", "compare_claims", "compare_stage",
           "judge"]
