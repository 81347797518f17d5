"""pytest's per-item cost with the factcheck plugin against pytest's own floor.

    .venv/bin/python benchmarks/pytest_floor.py                 # 200 sheets, 3 rounds
    .venv/bin/python benchmarks/pytest_floor.py --sheets 1000 --repeat 1 --save

The floor is pytest running as many trivial test functions (``def test_N(): pass``)
as the plugin yields items for the generated project, in a project without
``[tool.factcheck]`` and with the plugin disabled. In each round, whole processes
run in turn:

  floor  ``pytest -q -p no:factcheck test_floor.py`` (N trivial tests)
  cold   ``pytest -q facts`` with an empty cache (the engine runs, fills the cache)
  warm   the same again (the engine's per-sheet work comes from the cache)

and each factcheck run is divided by the floor of its round (medians over rounds).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from incremental import BIN, whole_process  # noqa: E402
from run import _project  # noqa: E402

GOAL = 1.5


def _items(root: Path) -> int:
    """How many items the plugin collects for the project."""
    import subprocess

    out = subprocess.run([str(BIN / "pytest"), "-q", "-p", "no:cacheprovider",
                          "--collect-only", "facts"], cwd=root, capture_output=True,
                         text=True).stdout
    m = re.search(r"(\d+) tests? collected", out)
    if not m:
        raise SystemExit(f"cannot count the items:\n{out[-2000:]}")
    return int(m.group(1))


def _floor_project(work: Path, n: int) -> Path:
    root = work / f"floor_{n}"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    (root / "pyproject.toml").write_text("[project]\nname = 'floor'\n")
    (root / "test_floor.py").write_text(
        "".join(f"def test_{i}():\n    pass\n\n\n" for i in range(n)))
    return root


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sheets", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--work", type=Path, default=Path("/tmp/factcheck-bench"))
    ap.add_argument("--save", action="store_true", help="write benchmarks/pytest_floor.json")
    args = ap.parse_args()
    root = _project(args.work, args.sheets, 0)
    items = _items(root)
    floor_root = _floor_project(args.work, items)
    pytest = [str(BIN / "pytest"), "-q", "-p", "no:cacheprovider"]
    rounds: dict[str, list[dict]] = {"floor": [], "cold": [], "warm": []}
    for _ in range(args.repeat):
        shutil.rmtree(root / ".factcheck-cache", ignore_errors=True)
        floor = whole_process([*pytest, "-p", "no:factcheck", "test_floor.py"], floor_root)
        rounds["floor"].append({**floor, "ratio": 1.0})
        for name in ("cold", "warm"):
            r = whole_process([*pytest, "facts"], root)
            rounds[name].append({**r, "ratio": r["wall"] / floor["wall"]})
        print("  " + "  ".join(f"{k} {v[-1]['wall']:.2f} s" for k, v in rounds.items()),
              file=sys.stderr)
    med = {k: {f: statistics.median(r[f] for r in v) for f in v[0]} for k, v in rounds.items()}
    print(f"{args.sheets:,} sheets, {items:,} items")
    print(f"{'run':6} {'wall s':>8} {'ms/item':>8} {'cpu s':>8} {'peak MB':>8} "
          f"{'x floor':>8}")
    for name, r in med.items():
        print(f"{name:6} {r['wall']:8.2f} {1000 * r['wall'] / items:8.3f} {r['cpu']:8.2f} "
              f"{r['peak_mb']:8.0f} {r['ratio']:8.2f}"
              + (f"  goal <= {GOAL}x: {'met' if r['ratio'] <= GOAL else 'no'}"
                 if name == "warm" else ""))
    if args.save:
        (HERE / "pytest_floor.json").write_text(json.dumps(
            {"sheets": args.sheets, "items": items, "runs": med}, indent=2) + "\n")


if __name__ == "__main__":
    main()
