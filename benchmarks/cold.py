"""Cold runs of `factcheck check` against the bare parse, with the load average.

    .venv/bin/python benchmarks/cold.py                          # 1,000 and 10,000 sheets
    .venv/bin/python benchmarks/cold.py --sizes 1000 --repeat 3 --before /tmp/base/src
    .venv/bin/python benchmarks/cold.py --sizes 10000 --runs cold --before /tmp/base/src

For each size, on one generated project (benchmarks/generate.py, reused under
``--work``), whole processes run in turn, each right after its own bare parse:

  bare    ``python bare_parse.py``: read + CSafeLoader parse of every sheet (baseline)
  serial  ``factcheck check --no-report --no-cache --jobs 1`` (one process)
  cold    ``factcheck check --no-report`` with an empty cache and no history (all cores;
          fills both: a run whose results the history already holds does not write them)

``--src DIR`` measures the package in ``DIR`` instead of the installed one (a
snapshot, so that editing the working tree does not change a long run). ``--before
DIR`` also runs serial and cold with the package in ``DIR`` (e.g. the ``src`` of ``git
archive`` of an earlier commit), paired with bare parses of their own, so that a change
is measured against what it replaced under the same load. Each row gives wall and
CPU seconds (the process and the workers it waited for), the ratios of both to the
paired bare parse (medians over ``--repeat``), and the 1-minute load average before
the run.
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

from incremental import BARE  # noqa: E402
from run import _project  # noqa: E402

BIN = Path(sys.executable).parent
GOAL = 2.0  # cold wall <= 2x the single-process bare parse


def timed(cmd: list[str], cwd: Path, env: dict[str, str] | None = None) -> dict:
    """Wall and CPU seconds of ``cmd`` with its waited-for children, and the load before."""
    load = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({code}):\n{err}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "load": load}


def measure(root: Path, repeat: int, before: Path | None, src: Path | None = None,
            runs: tuple[str, ...] = ("serial", "cold")) -> dict[str, dict[str, float]]:
    (root / "bare_parse.py").write_text(BARE)
    bare = [str(BIN / "python"), "bare_parse.py"]
    check = [str(BIN / "factcheck"), "check", "--no-report"]
    builds: list[tuple[str, dict[str, str] | None]] = [
        ("", None if src is None else dict(os.environ, PYTHONPATH=str(src.resolve())))]
    if before is not None:
        env = dict(os.environ, PYTHONPATH=str(before.resolve()))
        builds.insert(0, ("before ", env))
    rows: dict[str, list[dict]] = {}
    for _ in range(repeat):
        for label, env in builds:
            for name, cmd in (("serial", [*check, "--no-cache", "--jobs", "1"]),
                              ("cold", check)):
                if name not in runs:
                    continue
                for state in (".factcheck-cache", ".factcheck"):  # cache, history
                    shutil.rmtree(root / state, ignore_errors=True)
                b = timed(bare, root)
                a = timed(cmd, root, env)
                row = {**a, "bare_wall": b["wall"], "bare_cpu": b["cpu"],
                       "ratio": a["wall"] / b["wall"], "cpu_ratio": a["cpu"] / b["cpu"]}
                rows.setdefault(label + name, []).append(row)
                print(f"  {label + name:14} {a['wall']:7.2f} s wall {a['cpu']:7.2f} s cpu  "
                      f"bare {b['wall']:6.2f} s  {row['ratio']:5.2f}x wall "
                      f"{row['cpu_ratio']:5.2f}x cpu  load {a['load']:.1f}", file=sys.stderr)
    return {name: {k: statistics.median(r[k] for r in runs) for k in runs[0]}
            for name, runs in rows.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--work", type=Path, default=Path("/tmp/factcheck-bench"))
    ap.add_argument("--before", type=Path, help="a source tree to compare with")
    ap.add_argument("--src", type=Path, help="the source tree measured (default: installed)")
    ap.add_argument("--save", type=Path, help="write the medians as JSON here")
    ap.add_argument("--runs", default="serial,cold", help="which runs (serial, cold)")
    args = ap.parse_args()
    out = {}
    for n in (int(s) for s in args.sizes.split(",")):
        root = _project(args.work, n, 0)
        print(f"{n:,} sheets, {os.cpu_count()} cores", file=sys.stderr)
        out[n] = measure(root, args.repeat, args.before, args.src,
                         tuple(args.runs.split(",")))
    print(f"{'sheets':>7}  {'run':14} {'wall s':>7} {'cpu s':>7} {'bare s':>7} "
          f"{'x wall':>6} {'x cpu':>6} {'load':>5}  goal")
    for n, rows in out.items():
        for name, r in rows.items():
            goal = ""
            if name == "cold":
                goal = f"<= {GOAL}x: {'met' if r['ratio'] <= GOAL else 'no'}"
            print(f"{n:>7,}  {name:14} {r['wall']:7.2f} {r['cpu']:7.2f} {r['bare_wall']:7.2f} "
                  f"{r['ratio']:6.2f} {r['cpu_ratio']:6.2f} {r['load']:5.1f}  {goal}")
    if args.save:
        args.save.write_text(json.dumps({"cpus": os.cpu_count(), "sizes": out}, indent=2) + "\n")


if __name__ == "__main__":
    main()
