"""The cross-sheet stage (claims by key, statements), stored and updated incrementally.

Its outcomes are stored under ``.factcheck-cache/cross/``, claims in :data:`SHARDS`
files by a hash of their key, each file named by the hash of its content. The state of
the last run (kept in the manifest) names them, with each sheet's hash of the rows it
brings (:attr:`SheetSummary.cross_digest`) and its cache key. A run whose sheets bring
the same rows takes the outcomes as they are (read only when a front end asks:
:class:`CrossSummary` holds the counts and failing claims). When a few sheets changed,
only the groups ``(key, scope)`` in which their rows differ (now, and before: read from
the sheet's previous cache entry) are compared again, over the rows every sheet brings
to them (the group's stored outcome names its sheets), and only their shards are read
and written. A large run compares its claims shard by shard, rows spilled to disk, so
memory holds one shard at a time. Anything unusual (an invalid fact table, many changed
sheets, changed sources, an engine chosen by name) compares everything; a changed
stance judges statements anew.
"""

from __future__ import annotations

import contextlib
import hashlib
import pickle
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factcheck.cache import read_pickle, write_bytes
from factcheck.config import ENGINES
from factcheck.crosssource import small
from factcheck.crosssource.small import SMALL_TABLE, compare_rows
from factcheck.engine.outcome import CONFLICT, ERROR, HOLDS, Kind, Outcome
from factcheck.sheets import (
    UNATTRIBUTED,
    SheetCross,
    SheetResult,
    cross_digest,
    cross_of,
    group_digests,
)
from factcheck.spool import SPOOL_MIN_SHEETS, Buckets

#: at most this many changed sheets are compared group by group
INCREMENTAL_MAX = 200
#: runs of at least this many sheets compare (and store) their claims shard by shard
STREAM_MIN_SHEETS = SPOOL_MIN_SHEETS
#: a shard of at most this many rows is compared in plain Python (DuckDB above: its
#: import and buffers would cost more memory than a shard's rows)
SHARD_SMALL_TABLE = 50_000
SHARDS = 64  # claim outcomes are stored in this many files, by a hash of the claim key
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
    directory: Path | None = None  # where its files are stored

    def parts(self) -> list[tuple[str, Callable[[], list[Outcome] | None]]]:
        """Its stored files, claim shards then statements: (content hash, reader; the
        reader gives None if the file has gone). Empty when not stored."""
        if self.directory is None or "shards" not in self.state:
            return []
        store = _Store(self.directory)
        names = [*self.state["shards"], self.state["statements"]]
        return [(n, lambda n=n: store.get(n)) for n in dict.fromkeys(names)]


def sheet_state(s: SheetResult) -> tuple[str, str, str | None]:
    """What the next run compares a sheet by: (hash of its rows, stances, cache key: where
    its rows can be read back when they change)."""
    t = s.summary
    return t.cross_digest, t.stances, s.key


def run_key(sheets: list[SheetResult], base: str, tolerance: float | str, engine: str) -> str:
    h = hashlib.blake2b(digest_size=20)
    h.update(repr((base, tolerance, engine)).encode())
    for s in sheets:
        h.update(f"\0{s.rel}\0{s.summary.cross_digest}".encode("utf-8", "backslashreplace"))
    return h.hexdigest()


def shard_of(key: str) -> int:
    """The shard a claim key's outcomes are stored in."""
    return hashlib.blake2b(key.encode("utf-8", "backslashreplace"), digest_size=2).digest()[0] \
        % SHARDS


def _order(o: Outcome) -> tuple[str, str]:
    return (o.result.key, o.result.scope) if o.result is not None else ("", "")


class _Store:
    """Content-addressed files of claim shards and statements under ``directory``."""

    def __init__(self, directory: Path) -> None:
        self.dir = directory

    def prune(self, keep: set[str], age: float = 3600.0) -> None:
        """Remove files no state names any more, once there are many (left an hour for
        concurrent runs that may still read them)."""
        files = [f for f in self.dir.glob("*/*") if not f.name.startswith(".")]
        if len(files) <= 4 * SHARDS:
            return
        limit = time.time() - age
        for f in files:
            with contextlib.suppress(OSError):
                if f.name not in keep and f.stat().st_mtime < limit:
                    f.unlink()

    def put(self, value: object) -> str:
        blob = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        name = hashlib.blake2b(blob, digest_size=20).hexdigest()
        target = self.dir / name[:2] / name
        if not target.exists():
            write_bytes(target, blob)
        return name

    def get(self, name: str) -> Any:
        return read_pickle(self.dir / name[:2] / name)


def compare_stage(sheets: list[SheetResult], tolerance: float | str, engine: str,
                  directory: Path | None = None, base: str = "",
                  previous: dict | None = None,
                  stored: Callable[[str], SheetCross | None] | None = None
                  ) -> CrossResult:
    """Claims and statements across ``sheets``: the previous run's (``previous``, kept in
    the manifest) when the sheets bring the same rows, updated group by group when few
    sheets changed, else compared anew; stored in ``directory`` (the cache).
    ``stored(key)``: what the sheet result stored under cache key ``key`` brings to the
    stage (None if gone), for what a changed sheet brought before."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}: one of {', '.join(ENGINES)}")

    def everything() -> tuple[list[Outcome], list[Outcome]]:
        return compare_claims(sheets, tolerance, engine), judge(sheets)

    if directory is None:
        return _at_hand(*everything(), {})
    store = _Store(directory)
    key = run_key(sheets, base, tolerance, engine)
    state: dict = {"run": key, "sheets": {s.rel: sheet_state(s) for s in sheets},
                   "sources": sources(sheets)}
    if previous and previous.get("run") == key and isinstance(previous.get("summary"),
                                                              CrossSummary):
        state.update({k: previous[k] for k in ("shards", "statements", "summary", "id")})
        return CrossResult(state["summary"], _loader(store, state, everything), state,
                           directory)
    update = _incremental(sheets, tolerance, engine, previous, state, store, stored)
    if update is not None:
        return update
    if engine == "auto" and len(sheets) >= STREAM_MIN_SHEETS:
        names, claims_summary = _compare_by_shard(sheets, tolerance, state["sources"], store)
        statements = judge(sheets)
        _save(state, store, names, store.put(statements),
              _updated(claims_summary, [], [], statements))
        return CrossResult(state["summary"], _loader(store, state, everything), state,
                           directory)
    claims, statements = everything()
    shards: list[list[Outcome]] = [[] for _ in range(SHARDS)]
    for o in claims:
        shards[shard_of(o.result.key) if o.name != TABLE else 0].append(o)
    _save(state, store, [store.put(sh) for sh in shards], store.put(statements),
          summarize_cross(claims, statements))
    return CrossResult(state["summary"], lambda: (claims, statements), state, directory)


def _compare_by_shard(sheets: list[SheetResult], tolerance: float | str, known: set[str],
                      store: _Store) -> tuple[list[str], CrossSummary]:
    """Every claim compared and stored shard by shard, so memory holds one shard's rows
    and outcomes at a time: rows are checked in table order (the first invalid one
    names the table's error, as a whole-table comparison would), spilled to one
    temporary file per shard, then each shard is compared and stored. The claim counts
    and failing claims, and the stored shards' names."""
    known = known | {UNATTRIBUTED}
    frozen = frozenset(known)
    first: dict | None = None
    with tempfile.TemporaryDirectory(prefix="factcheck-claims-") as tmp:
        spill = Buckets(Path(tmp), SHARDS)
        for s in sheets:
            c = cross_of(s, tolerance)
            if c is None:
                continue
            seen: set[str] = set()
            for r in c.claim_rows:
                first = first or r
                try:
                    small._check(r, frozen)  # the checks of a whole-table comparison
                    if r["fact"] in seen:
                        raise ValueError(f"fact table row {r['sheet']}:{r['line']}: "
                                         "duplicate sheet/fact")
                except ValueError as exc:
                    table = Outcome(Kind.claim, first["sheet"], TABLE, first["line"],
                                    "cross-source", ERROR, f"fact table is invalid: {exc}")
                    names = [store.put([table])] + [store.put([])] * (SHARDS - 1)
                    return names, summarize_cross([table], [])
                seen.add(r["fact"])
                spill.add(shard_of(r["key"]), r)
        spill.flush()
        names, count, verdicts, failing = [], 0, Counter(), []
        for i in range(SHARDS):
            claims = compare_claim_rows(spill.read(i), known, "auto", SHARD_SMALL_TABLE)
            names.append(store.put(claims))
            count += len(claims)
            verdicts.update(str(o.verdict) for o in claims)
            failing += [o for o in claims if not o.passed]
    return names, CrossSummary(count, tuple(sorted(verdicts.items())),
                               tuple(sorted(failing, key=_order)), 0, 0)


def _save(state: dict, store: _Store, shards: list[str], statements: str,
          summary: CrossSummary) -> None:
    store.prune({*shards, statements})
    state.update(shards=tuple(shards), statements=statements, summary=summary,
                 id=hashlib.blake2b(repr((shards, statements)).encode(),
                                    digest_size=20).hexdigest())


def _loader(store: _Store, state: dict, everything: Callable[[], tuple[list, list]]
            ) -> Callable[[], tuple[list[Outcome], list[Outcome]]]:
    """Read the stored outcomes back (compared anew if a file has gone)."""

    def load() -> tuple[list[Outcome], list[Outcome]]:
        parts = [store.get(n) for n in state["shards"]]
        statements = store.get(state["statements"])
        if statements is None or any(p is None for p in parts):
            return everything()
        claims = sorted((o for p in parts for o in p), key=_order)
        return claims, statements

    return load


def _at_hand(claims: list[Outcome], statements: list[Outcome], state: dict) -> CrossResult:
    return CrossResult(summarize_cross(claims, statements), lambda: (claims, statements), state)


def _incremental(sheets: list[SheetResult], tolerance: float | str, engine: str,
                 previous: dict | None, state: dict, store: _Store,
                 stored: Callable[[str], SheetCross | None] | None) -> CrossResult | None:
    """The previous run's outcomes with the changed claim groups compared again, only
    their shards read and written (None: compare everything).

    The groups a changed sheet's rows differ in come from its rows now and before (read
    from its previous cache entry); the sheets reporting in a group, from the group's
    previous outcome (its rows name them) and the changed sheets."""
    if previous is None or engine != "auto" or stored is None or \
            not isinstance(previous.get("summary"), CrossSummary):
        return None
    before: dict = previous.get("sheets", {})
    now: dict = state["sheets"]
    changed = [r for r in now.keys() | before.keys()
               if (before.get(r) or ())[:2] != (now.get(r) or ())[:2]]
    if len(changed) > INCREMENTAL_MAX or previous.get("sources") != state["sources"]:
        return None  # many changes, or which rows are valid may have changed
    wanted = set(changed)
    by_rel = {s.rel: s for s in sheets if s.rel in wanted}
    affected: set[tuple[str, str]] = set()
    for rel in changed:
        old = _groups_before(before.get(rel), stored)
        new_cross = cross_of(by_rel[rel], tolerance) if rel in by_rel else None
        if old is None or (rel in by_rel and now[rel][0] != "none" and new_cross is None):
            return None  # what it brought before (or now) cannot be read: compare all
        new = group_digests(new_cross.claim_rows) if new_cross else set()
        affected |= {g[:2] for g in old ^ new}
    touched = sorted({shard_of(k) for k, _ in affected})
    old_shards = {i: store.get(previous["shards"][i]) for i in touched}
    if any(v is None for v in old_shards.values()) or any(
            o.name == TABLE for v in old_shards.values() for o in v):
        return None
    involved = {x.sheet for v in old_shards.values() for o in v if _order(o) in affected
                for x in o.result.rows} | set(by_rel)
    rows = [dict(r) for s in sheets if s.rel in involved and (c := cross_of(s, tolerance))
            for r in c.claim_rows if (r["key"], r.get("scope") or "") in affected]
    new_claims = compare_claim_rows(rows, state["sources"], "python")
    if any(o.name == TABLE for o in new_claims):
        return None
    shards = list(previous["shards"])
    removed: list[Outcome] = []
    for i in touched:
        kept = [o for o in old_shards[i] if _order(o) not in affected]
        removed += [o for o in old_shards[i] if _order(o) in affected]
        shards[i] = store.put(sorted(kept + [o for o in new_claims
                                             if shard_of(o.result.key) == i], key=_order))
    statements_file = previous["statements"]
    statements = None
    if any((before.get(r) or ("", "", None))[1] != (now.get(r) or ("", "", None))[1]
           for r in changed):
        statements = judge(sheets)  # a sheet's stances changed: every statement judged anew
        statements_file = store.put(statements)
    summary = _updated(previous["summary"], removed, new_claims, statements)
    _save(state, store, shards, statements_file, summary)
    return CrossResult(summary, _loader(store, state, lambda: (
        compare_claims(sheets, tolerance, engine), judge(sheets))), state, store.dir)


def _groups_before(was: tuple | None, stored: Callable[[str], SheetCross | None]
                   ) -> set[tuple[str, str, str]] | None:
    """The claim groups a sheet brought to the previous run (None: not known: its entry
    is gone, or holds other rows now, e.g. checked again against a changed data file)."""
    if was is None or was[0] == "none":
        return set()  # absent, or it brought nothing
    cross = stored(was[2]) if was[2] else None
    if cross is None or cross_digest(cross) != was[0]:
        return None
    return group_digests(cross.claim_rows)


def _updated(prev: CrossSummary, removed: list[Outcome], added: list[Outcome],
             statements: list[Outcome] | None) -> CrossSummary:
    """``prev`` with the ``removed`` claims taken out and the ``added`` ones counted."""
    verdicts = Counter(dict(prev.claim_verdicts))
    verdicts.subtract(str(o.verdict) for o in removed)
    verdicts.update(str(o.verdict) for o in added)
    gone = {_order(o) for o in removed}
    failing = [o for o in prev.failing if _order(o) not in gone]
    failing = sorted(failing + [o for o in added if not o.passed], key=_order)
    n_statements, disputed = prev.statements, prev.disputed
    if statements is not None:
        n_statements = len(statements)
        disputed = sum(1 for o in statements if o.verdict == "disputed")
    return CrossSummary(prev.claims - len(removed) + len(added),
                        tuple(sorted((k, v) for k, v in verdicts.items() if v)),
                        tuple(failing), n_statements, disputed)


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
