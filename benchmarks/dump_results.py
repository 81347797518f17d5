"""Dump every result of a run as JSON lines, to compare two versions of the engine.

    PYTHONPATH=/tmp/before/src .venv/bin/python benchmarks/dump_results.py ROOT before.jsonl
    .venv/bin/python benchmarks/dump_results.py ROOT after.jsonl
    cmp before.jsonl after.jsonl

One line per sheet (problems, grounding and check outcomes, values, claim rows,
summary, the loaded sheet), then one per claim and statement outcome, every field of
each. ``--jobs N --cache`` runs the sheets in a process pool that fills a fresh cache
(as a cold ``factcheck check`` does), so the pool's transfer and the spooled path are
compared too.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import shutil
import sys
from pathlib import Path
from typing import Any


def ser(o: Any) -> Any:
    """``o`` as plain JSON data, every field of every dataclass and model."""
    if dataclasses.is_dataclass(o) and not isinstance(o, type):
        return {f.name: ser(getattr(o, f.name)) for f in dataclasses.fields(o)
                if f.name != "detail"}
    if isinstance(o, dict):
        return {str(k): ser(v) for k, v in o.items()}
    if isinstance(o, (list, tuple)):
        return [ser(x) for x in o]
    if isinstance(o, (str, int, float, bool)) or o is None:
        return o
    if isinstance(o, Path):
        return str(o)
    if isinstance(o, dt.date):
        return o.isoformat()
    if hasattr(o, "model_dump"):
        return ser(o.model_dump())
    return repr(o)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("root", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--cache", action="store_true", help="fill a fresh cache (removed after)")
    args = ap.parse_args()
    import factcheck
    from factcheck.cache import CACHE_DIR
    from factcheck.pipeline import run

    print(f"engine: {factcheck.__file__}", file=sys.stderr)
    root = args.root.resolve()
    if args.cache:
        shutil.rmtree(root / CACHE_DIR, ignore_errors=True)
    try:
        res = run([root / "facts"], root, cache=args.cache, jobs=args.jobs)
        with args.out.open("w", encoding="utf-8") as out:
            for s in res.sheets:
                d = {"rel": s.rel, "problems": ser(s.problems), "grounding": ser(s.grounding),
                     "checks": ser(s.checks), "values": ser(s.values), "cross": ser(s.cross),
                     "facts": s.facts, "summary": ser(s.summary),
                     "loaded": ser(s.loaded.sheet) if s.loaded else None}
                out.write(json.dumps(d, sort_keys=True, default=repr) + "\n")
            for c in res.claims + res.statements:
                out.write(json.dumps(ser(c), sort_keys=True, default=repr) + "\n")
    finally:
        if args.cache:
            shutil.rmtree(root / CACHE_DIR, ignore_errors=True)


if __name__ == "__main__":
    main()
