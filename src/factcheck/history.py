"""`factcheck history`: questions over the runs recorded in `.factcheck/history.duckdb`.

    factcheck history                 the latest runs
    factcheck history changes         what changed since the previous run
    factcheck history failing [GLOB]  what fails now, and since which run
    factcheck history claim KEY       a claim's reported values, run by run

:func:`register` adds the subcommand to the CLI's parser; :func:`record` is what the
CLI calls after a check (a history that cannot be written is a warning, not a failure).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from factcheck.escape import terminal

if TYPE_CHECKING:
    from factcheck.store import queries as q

QUESTIONS = ("runs", "changes", "failing", "claim")


def register(sub) -> None:
    """Add `history` to the CLI's subparsers."""
    h = sub.add_parser("history", help="what earlier runs found: failures over time, "
                       "changes, a claim's values")
    h.add_argument("question", nargs="?", choices=QUESTIONS, default="runs")
    h.add_argument("target", nargs="?", default=None,
                   help="failing: a glob over check ids or sheets; claim: the claim key")
    h.add_argument("--last", type=int, default=20, metavar="N", help="runs to look back on")
    h.add_argument("--root", type=Path, default=None)


def record(result, exit_code: int) -> None:
    """Append ``result`` to the project's history; a warning on stderr if that fails."""
    from factcheck.store import HistoryError, record_run

    try:
        record_run(result, exit_code)
    except HistoryError as exc:
        print(f"factcheck: warning: history not recorded: {terminal(exc)}", file=sys.stderr)


def main(args: argparse.Namespace, root: Path) -> int:
    """Answer ``args.question``; exit status 2 when there is no history to ask."""
    from factcheck.store import HistoryError, connect

    if args.question == "claim" and not args.target:
        print("factcheck: history claim needs a claim key, e.g. "
              "`factcheck history claim ua/overnight-attack/2025-04-26/drones_launched`",
              file=sys.stderr)
        return 2
    try:
        con = connect(root)
    except HistoryError as exc:
        print(f"factcheck: {terminal(exc)}", file=sys.stderr)
        return 2
    try:
        print(_answer(con, args))
    finally:
        con.close()
    return 0


def _when(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S") + " UTC"


def _answer(con, args: argparse.Namespace) -> str:
    from tabulate import tabulate

    from factcheck.store import queries as q

    last = max(1, args.last)
    if args.question == "runs":
        rows = [(r.run_id, _when(r.started), r.sheets, r.outcomes, r.failed, r.problems,
                 r.exit_code) for r in q.runs(con, last)]
        return tabulate(rows, ["run", "started", "sheets", "outcomes", "failed", "problems",
                               "exit"]) if rows else "no runs recorded"
    if args.question == "changes":
        rows = [(terminal(c.sheet), terminal(c.name), c.before or "(absent)",
                 c.after or "(absent)", terminal(c.message or ""))
                for c in q.changes(con)]
        return tabulate(rows, ["sheet", "outcome", "before", "now", "why"]) if rows \
            else "nothing changed since the previous run"
    if args.question == "failing":
        rows = [(terminal(f.sheet), terminal(f.name), f"run {f.since_run} ({_when(f.since)})",
                 "never" if f.last_passed_run is None else f"run {f.last_passed_run}",
                 terminal(f.message or "")) for f in q.failing(con, args.target)]
        return tabulate(rows, ["sheet", "outcome", "failing since", "last passed", "why"]) \
            if rows else "nothing fails in the latest run"
    rows = [(v.run_id, _when(v.started), terminal(v.sheet), terminal(v.source),
             _value(v), terminal(v.unit), v.verdict or "")
            for v in q.claim_values(con, args.target, last)]
    return tabulate(rows, ["run", "started", "sheet", "source", "value", "unit", "claim"]) \
        if rows else f"claim {terminal(args.target)} is not in the recorded runs"


def _value(v: q.ClaimValue) -> str:
    def one(x: float) -> str:
        if v.unit == "date" and x == int(x) and 1 <= x <= dt.date.max.toordinal():
            return dt.date.fromordinal(int(x)).isoformat()
        return f"{x:g}"

    return one(v.lower) if v.lower == v.upper else f"[{one(v.lower)}, {one(v.upper)}]"
