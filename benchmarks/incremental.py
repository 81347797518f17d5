"""Cold, warm-cache and one-edit runs of `factcheck check` against the bare parse.

    .venv/bin/python benchmarks/incremental.py                   # 1,000 and 10,000 sheets
    .venv/bin/python benchmarks/incremental.py --sizes 1000 --repeat 3 --save

For each size, on one generated project (benchmarks/generate.py, reused under
``--work``), whole processes run in turn, each bare parse right before the factcheck
run it is compared with (ratios pair by pair, medians over ``--repeat``):

  bare      ``python bare_parse.py``: read + CSafeLoader parse of every sheet (baseline)
  serial    ``factcheck check --no-report --no-cache --jobs 1`` (the engine, one process)
  cold      ``factcheck check --no-report`` with an empty cache (all cores; fills it)
  warm      the same again, nothing changed
  one edit  the same after one sheet's value is changed

Each row gives wall seconds, CPU seconds (the process and its workers), peak resident
memory of the largest process, and the wall ratio to the bare parse of its pair.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from run import _project  # noqa: E402

BIN = Path(sys.executable).parent
BARE = """import sys
from pathlib import Path
import yaml
for f in sorted(Path("facts").glob("*.yaml")):
    yaml.load(f.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""
GOALS = {"warm": 0.3, "cold": 2.0}


def whole_process(cmd: list[str], cwd: Path) -> dict:
    """Wall and CPU seconds and peak RSS (MB) of ``cmd`` with the workers it waited for."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "peak_mb": usage.ru_maxrss / 1024}


def _edit_one(root: Path, k: int) -> None:
    """Change one sheet so that its content hash changes (a comment appended)."""
    sheets = sorted((root / "facts").glob("*.yaml"))
    p = sheets[len(sheets) // 2]
    p.write_text(p.read_text() + f"# edit {k}\n")


def measure(root: Path, repeat: int) -> dict:
    (root / "bare_parse.py").write_text(BARE)
    bare = [str(BIN / "python"), "bare_parse.py"]
    check = [str(BIN / "factcheck"), "check", "--no-report"]
    rows: dict[str, list[dict]] = {k: [] for k in ("serial", "cold", "warm", "one edit")}
    for k in range(repeat):
        shutil.rmtree(root / ".factcheck-cache", ignore_errors=True)
        for name, cmd, before in (
                ("serial", [*check, "--no-cache", "--jobs", "1"], None),
                ("cold", check, None),
                ("warm", check, None),
                ("one edit", check, lambda k=k: _edit_one(root, k))):
            if before:
                before()
            b = whole_process(bare, root)
            a = whole_process(cmd, root)
            rows[name].append({**a, "bare": b["wall"], "ratio": a["wall"] / b["wall"],
                               "cpu_ratio": a["cpu"] / b["cpu"]})
            print(f"  {name:9} {a['wall']:7.2f} s wall {a['cpu']:7.2f} s cpu "
                  f"{a['peak_mb']:7.0f} MB  bare {b['wall']:6.2f} s  "
                  f"{a['wall'] / b['wall']:5.2f}x", file=sys.stderr)
    return {name: {key: statistics.median(r[key] for r in runs) for key in runs[0]}
            for name, runs in rows.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--work", type=Path, default=Path("/tmp/factcheck-bench"))
    ap.add_argument("--save", action="store_true",
                    help="write benchmarks/incremental.json")
    args = ap.parse_args()
    out = {}
    for n in (int(s) for s in args.sizes.split(",")):
        root = _project(args.work, n, 0)
        print(f"{n:,} sheets", file=sys.stderr)
        out[n] = measure(root, args.repeat)
    print(f"{'sheets':>7}  {'run':9} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} "
          f"{'bare s':>7} {'x bare':>7}  goal")
    for n, rows in out.items():
        for name, r in rows.items():
            goal = GOALS.get(name)
            met = "" if goal is None else f"<= {goal}x: {'met' if r['ratio'] <= goal else 'no'}"
            print(f"{n:>7,}  {name:9} {r['wall']:8.2f} {r['cpu']:8.2f} {r['peak_mb']:8.0f} "
                  f"{r['bare']:7.2f} {r['ratio']:7.2f}  {met}")
    if args.save:
        (HERE / "incremental.json").write_text(json.dumps(
            {"cpus": os.cpu_count(), "sizes": out}, indent=2) + "\n")


if __name__ == "__main__":
    main()
