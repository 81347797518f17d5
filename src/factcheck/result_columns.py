"""A sheet's outcomes, facts and claim reports as the columns the results store keeps.

Made where the outcomes are at hand: in the worker that checked a large run's sheet
(kept in its cache entry, so the store does not read every outcome back at the end of
the run), else when the run is recorded (:mod:`factcheck.store.record`).
"""

from __future__ import annotations

import functools
from typing import Any

from factcheck.escape import visible

#: file names as shown (an undecodable byte as \\xNN): the database holds valid text
shown = functools.lru_cache(maxsize=4096)(visible)


def outcome_columns(every: list, problems: list) -> dict[str, list]:
    """Outcomes, then problems (they fail like outcomes), as columns."""
    passed = [o.passed for o in every]
    cols: dict[str, list] = {
        "sheet": [shown(o.sheet) for o in every], "name": [visible(o.name) for o in every],
        "kind": [str(o.kind) for o in every], "rule": [o.rule for o in every],
        "line": [o.line for o in every], "verdict": [str(o.verdict) for o in every],
        "expect": [str(o.expect) for o in every], "passed": passed,
        "message": [None if ok else o.message for o, ok in zip(every, passed, strict=True)]}
    for k, v in (("sheet", [shown(p.path) for p in problems]),
                 ("name", [f"{p.code}:{p.line}" for p in problems]),
                 ("kind", ["problem"] * len(problems)), ("rule", [p.code for p in problems]),
                 ("line", [p.line for p in problems]), ("verdict", ["error"] * len(problems)),
                 ("expect", ["holds"] * len(problems)), ("passed", [False] * len(problems)),
                 ("message", [p.message for p in problems])):
        cols[k] += v
    return cols


def sheet_columns(s: Any) -> dict[str, dict[str, list]]:
    """One sheet's outcomes (and problems), facts and claim reports as columns."""
    cross = s.cross
    facts = [(shown(s.rel), *row) for row in (cross.fact_rows if cross else ())]
    names = ("sheet", "fact", "key", "lower", "upper", "unit", "is_date")
    fact_cols = {k: [r[i] for r in facts] for i, k in enumerate(names)}
    names = ("key", "scope", "sheet", "line", "fact", "source", "lower", "upper", "unit")
    reports = {k: [shown(r[k]) if k == "sheet" else r[k]
                   for r in (cross.claim_rows if cross else ())] for k in names}
    for cols in (fact_cols, reports):  # exact fractions in the engine, doubles in the store
        for k in ("lower", "upper"):
            cols[k] = [float(x) for x in cols[k]]
    return {"outcomes": outcome_columns(s.outcomes, s.problems), "facts": fact_cols,
            "claim_reports": reports}


def column_rows(cols: dict[str, dict[str, list]]) -> int:
    """How many rows (outcomes, facts, claim reports) the columns of one result hold."""
    return sum(len(next(iter(t.values()), ())) for t in cols.values())
