"""Cold, warm-cache and one-edit runs of `factcheck check` against the bare parse.

    .venv/bin/python benchmarks/incremental.py                   # 1,000 and 10,000 sheets
    .venv/bin/python benchmarks/incremental.py --sizes 1000 --repeat 3 --save
    .venv/bin/python benchmarks/incremental.py --sizes 100000 --runs warm,edit,warm \
        --keep-cache --bare-once                      # reuse a cache a cold run filled

For each size, on one generated project (benchmarks/generate.py, reused under
``--work``), whole processes run in turn, each bare parse right before the factcheck
run it is compared with (ratios pair by pair, medians over ``--repeat``):

  bare          ``python bare_parse.py``: read + CSafeLoader parse of every sheet
  serial        ``factcheck check --no-report --no-cache --jobs 1`` (the engine alone)
  cold          ``factcheck check --no-report`` with an empty cache (all cores; fills it)
  warm          the same again, nothing changed
  edit          the same after one sheet's keyed value is changed (its claim group
                changes: the sheet is re-checked and the group compared again)
  warm-reports  ``factcheck check`` (reports written) twice; the second one is timed:
                nothing changed, so the reports on disk are left as they are

Every run is given as wall and CPU seconds (the process and the workers it waited for),
peak resident memory of the largest process, and both ratios to its bare parse. The
load average of the machine is printed beside the figures: wall ratios mean little
on a loaded machine, CPU ratios do. At 100,000 sheets each run is also judged against
the memory goal (peak below 500 MB).
"""

from __future__ import annotations

import argparse
import json
import os
import re
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
RUNS = ("serial", "cold", "warm", "edit", "warm-reports")
#: issue 16's goals: ratio to the bare parse (CPU), or seconds of wall time for an edit
GOALS = {"warm": ("cpu_ratio", 0.3), "cold": ("cpu_ratio", 2.0), "edit": ("wall", 1.0)}
PEAK_MB = 500  # peak resident memory at 100,000 sheets, every run


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
            "peak_mb": usage.ru_maxrss / 1024, "load": os.getloadavg()[0]}


def _edit_one(root: Path, k: int) -> None:
    """Change the first value of the middle sheet (a keyed fact: its claim group changes)."""
    sheets = sorted((root / "facts").glob("*.yaml"))
    p = sheets[len(sheets) // 2]
    text = p.read_text()
    p.write_text(re.sub(r"value: (\d+)", lambda m: f"value: {int(m[1]) + k + 1}", text,
                        count=1))


def measure(root: Path, repeat: int, runs: list[str], keep_cache: bool,
            bare_once: bool = False) -> dict:
    (root / "bare_parse.py").write_text(BARE)
    bare = [str(BIN / "python"), "bare_parse.py"]
    check = [str(BIN / "factcheck"), "check", "--no-report"]
    rows: dict[str, list[dict]] = {k: [] for k in ("bare", *runs)}
    once = whole_process(bare, root) if bare_once else None
    for k in range(repeat):
        if not keep_cache:
            shutil.rmtree(root / ".factcheck-cache", ignore_errors=True)
        steps = {
            "serial": ([*check, "--no-cache", "--jobs", "1"], None),
            "cold": (check, None),
            "warm": (check, None),
            "edit": (check, lambda k=k: _edit_one(root, k)),
            "warm-reports": ([str(BIN / "factcheck"), "check"],
                             lambda: whole_process([str(BIN / "factcheck"), "check"], root)),
        }
        for name in runs:
            cmd, before = steps[name]
            if before:
                before()
            b = once or whole_process(bare, root)
            a = whole_process(cmd, root)
            rows["bare"].append(b)
            rows[name].append({**a, "bare_wall": b["wall"], "bare_cpu": b["cpu"],
                               "ratio": a["wall"] / b["wall"],
                               "cpu_ratio": a["cpu"] / b["cpu"]})
            print(f"  {name:12} {a['wall']:8.2f} s wall {a['cpu']:8.2f} s cpu "
                  f"{a['peak_mb']:6.0f} MB | bare {b['wall']:6.2f} s wall {b['cpu']:6.2f} s cpu"
                  f" | {a['wall'] / b['wall']:5.2f}x wall {a['cpu'] / b['cpu']:5.2f}x cpu"
                  f" | load {a['load']:.1f}", file=sys.stderr)
    return {name: {key: statistics.median(r[key] for r in got) for key in got[0]}
            for name, got in rows.items() if got}


def _goal(name: str, r: dict, sheets: int) -> str:
    out = []
    if name in GOALS:
        field, limit = GOALS[name]
        unit = "s wall" if field == "wall" else "x bare CPU"
        out.append(f"<= {limit} {unit}: {'met' if r[field] <= limit else 'not met'}")
    if sheets >= 100_000 and name != "bare":
        out.append(f"peak < {PEAK_MB} MB: {'met' if r['peak_mb'] < PEAK_MB else 'not met'}")
    return "; ".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--runs", default="serial,cold,warm,edit,warm-reports",
                    help=f"which runs, in order (of {', '.join(RUNS)})")
    ap.add_argument("--keep-cache", action="store_true",
                    help="do not empty the cache first (e.g. after a separate cold run)")
    ap.add_argument("--bare-once", action="store_true",
                    help="parse bare once per size, not before every run (100,000 sheets)")
    ap.add_argument("--work", type=Path, default=Path("/tmp/factcheck-bench"))
    ap.add_argument("--save", action="store_true",
                    help="write benchmarks/incremental.json")
    args = ap.parse_args()
    runs = [r for r in args.runs.split(",") if r]
    if unknown := set(runs) - set(RUNS):
        ap.error(f"unknown run(s) {', '.join(sorted(unknown))}: use {', '.join(RUNS)}")
    out = {}
    for n in (int(s) for s in args.sizes.split(",")):
        root = _project(args.work, n, 0)
        print(f"{n:,} sheets (load average {os.getloadavg()[0]:.1f})", file=sys.stderr)
        out[n] = measure(root, args.repeat, runs, args.keep_cache, args.bare_once)
    print(f"{'sheets':>7}  {'run':12} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} "
          f"{'x bare wall':>11} {'x bare cpu':>10} {'load':>5}  goal")
    for n, rows in out.items():
        for name, r in rows.items():
            ratio = (1.0, 1.0) if name == "bare" else (r["ratio"], r["cpu_ratio"])
            print(f"{n:>7,}  {name:12} {r['wall']:8.2f} {r['cpu']:8.2f} {r['peak_mb']:8.0f} "
                  f"{ratio[0]:11.2f} {ratio[1]:10.2f} {r['load']:5.1f}  {_goal(name, r, n)}")
    if args.save:
        (HERE / "incremental.json").write_text(json.dumps(
            {"cpus": os.cpu_count(), "sizes": out}, indent=2) + "\n")


if __name__ == "__main__":
    main()
