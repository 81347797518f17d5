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

With ``--build LABEL=SRC`` (repeatable) each build (``PYTHONPATH=SRC``) gets its own copy
of the project and cache, and every step runs once per build back to back, which build
goes first alternating from one step to the next (paired runs under the same load):

    .venv/bin/python benchmarks/incremental.py --sizes 10000 --runs cold,warm,edit,warm \
        --repeat 3 --build main=/tmp/main/src --build this=src

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
from dataclasses import dataclass
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


def whole_process(cmd: list[str], cwd: Path, env: dict | None = None) -> dict:
    """Wall and CPU seconds and peak RSS (MB) of ``cmd`` with the workers it waited for."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=env)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime,
            "peak_mb": usage.ru_maxrss / 1024, "load": os.getloadavg()[0]}


@dataclass(frozen=True)
class Build:
    """A factcheck to measure: its label, its project copy and how it is started."""

    label: str
    root: Path
    factcheck: list[str]
    env: dict | None = None


def _edit_one(root: Path, k: int) -> None:
    """Change the first value of the middle sheet (a keyed fact: its claim group changes)."""
    sheets = sorted((root / "facts").glob("*.yaml"))
    p = sheets[len(sheets) // 2]
    text = p.read_text()
    p.write_text(re.sub(r"value: (\d+)", lambda m: f"value: {int(m[1]) + k + 1}", text,
                        count=1))


def measure(builds: list[Build], repeat: int, runs: list[str], keep_cache: bool,
            bare_once: bool = False) -> dict:
    root = builds[0].root
    (root / "bare_parse.py").write_text(BARE)
    bare = [str(BIN / "python"), "bare_parse.py"]
    rows: dict[str, list[dict]] = {}
    once = whole_process(bare, root) if bare_once else None
    step = 0
    for k in range(repeat):
        if not keep_cache:
            for b in builds:
                shutil.rmtree(b.root / ".factcheck-cache", ignore_errors=True)
        for name in runs:
            b_run = once or whole_process(bare, root)
            rows.setdefault("bare", []).append(b_run)
            step += 1
            for b in builds if step % 2 else builds[::-1]:  # who runs first alternates
                a = _step(b, name, k)
                label = name if len(builds) == 1 else f"{name} [{b.label}]"
                rows.setdefault(label, []).append(
                    {**a, "bare_wall": b_run["wall"], "bare_cpu": b_run["cpu"],
                     "ratio": a["wall"] / b_run["wall"], "cpu_ratio": a["cpu"] / b_run["cpu"]})
                print(f"  {label:20} {a['wall']:8.2f} s wall {a['cpu']:8.2f} s cpu "
                      f"{a['peak_mb']:6.0f} MB | bare {b_run['wall']:6.2f} s wall "
                      f"{b_run['cpu']:6.2f} s cpu | {a['wall'] / b_run['wall']:5.2f}x wall "
                      f"{a['cpu'] / b_run['cpu']:5.2f}x cpu | load {a['load']:.1f}",
                      file=sys.stderr)
    return {name: {key: statistics.median(r[key] for r in got) for key in got[0]}
            for name, got in rows.items() if got}


def _step(b: Build, name: str, k: int) -> dict:
    """One run ``name`` of build ``b`` (after what it needs first)."""
    check = [*b.factcheck, "check", "--no-report"]
    if name == "edit":
        _edit_one(b.root, k)
    elif name == "warm-reports":
        whole_process([*b.factcheck, "check"], b.root, b.env)
    cmd = {"serial": [*check, "--no-cache", "--jobs", "1"],
           "warm-reports": [*b.factcheck, "check"]}.get(name, check)
    return whole_process(cmd, b.root, b.env)


def _builds(specs: list[str], work: Path, n: int) -> list[Build]:
    """The builds to measure on ``n`` sheets: this environment's ``factcheck``, or each
    ``LABEL=SRC`` on a project of its own."""
    if not specs:
        return [Build("this", _project(work, n, 0), [str(BIN / "factcheck")])]
    out = []
    for spec in specs:
        label, _, src = spec.partition("=")
        env = {**os.environ, "PYTHONPATH": str(Path(src).resolve())}
        out.append(Build(label, _project(work / label, n, 0),
                         [str(BIN / "python"), "-m", "factcheck"], env))
    return out


def _goal(name: str, r: dict, sheets: int) -> str:
    out = []
    name = name.split(" [")[0]  # the run, without its build's label
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
    ap.add_argument("--build", action="append", default=[], metavar="LABEL=SRC",
                    help="measure the factcheck in SRC (PYTHONPATH), paired with the others")
    ap.add_argument("--work", type=Path, default=Path("/tmp/factcheck-bench"))
    ap.add_argument("--save", action="store_true",
                    help="write benchmarks/incremental.json")
    args = ap.parse_args()
    runs = [r for r in args.runs.split(",") if r]
    if unknown := set(runs) - set(RUNS):
        ap.error(f"unknown run(s) {', '.join(sorted(unknown))}: use {', '.join(RUNS)}")
    out = {}
    for n in (int(s) for s in args.sizes.split(",")):
        builds = _builds(args.build, args.work, n)
        print(f"{n:,} sheets (load average {os.getloadavg()[0]:.1f})", file=sys.stderr)
        out[n] = measure(builds, args.repeat, runs, args.keep_cache, args.bare_once)
    print(f"{'sheets':>7}  {'run':20} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} "
          f"{'x bare wall':>11} {'x bare cpu':>10} {'load':>5}  goal")
    for n, rows in out.items():
        for name, r in rows.items():
            ratio = (1.0, 1.0) if name == "bare" else (r["ratio"], r["cpu_ratio"])
            print(f"{n:>7,}  {name:20} {r['wall']:8.2f} {r['cpu']:8.2f} {r['peak_mb']:8.0f} "
                  f"{ratio[0]:11.2f} {ratio[1]:10.2f} {r['load']:5.1f}  {_goal(name, r, n)}")
    if args.save:
        (HERE / "incremental.json").write_text(json.dumps(
            {"cpus": os.cpu_count(), "sizes": out}, indent=2) + "\n")


if __name__ == "__main__":
    main()
