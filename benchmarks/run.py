"""End-to-end benchmark of factcheck against bare YAML parsing (a script, not a test).

    .venv/bin/python benchmarks/run.py                 # sizes 1000,10000
    .venv/bin/python benchmarks/run.py --quick         # sizes 200,1000 (CI smoke)
    .venv/bin/python benchmarks/run.py --sizes 1000,10000 --skip-pytest --save

For every size N, one synthetic project (benchmarks/generate.py, seeded) is
generated once under ``--work`` (reused on later runs) and measured, on the same
files, as

  (a) yaml     read + ``yaml.load(text, Loader=yaml.CSafeLoader)`` of every sheet,
               in this process (the baseline; best of ``--repeat``);
  (b) check    ``factcheck check --no-report`` as a subprocess, cwd = the project;
  (c) pytest   ``pytest -q -p no:cacheprovider facts`` as a subprocess, same cwd;
  (d) cross    the cross-source pass alone: ``factcheck.pipeline.compare_claims``
               over already-loaded sheets (includes ``claim_rows``); reported warm
               (best of ``--repeat``, pandas/pandera already imported) and cold
               (first call in the process, including those imports).

Each is printed as seconds, ms per sheet and a ratio to (a). The cold start of
``factcheck check --no-report`` on the seed project's one sheet is compared
with ``python -c "import yaml"`` (best of 5 each). Targets: (b) <= 2x (a) at the
largest size; (c) <= 3x (a); cold start < 0.4 s; (b) per sheet at the largest
size within 10% of the smallest. ``--save`` writes benchmarks/results.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml
from tabulate import tabulate

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

BIN = Path(sys.executable).parent
SEED_SHEET = "facts/000_1973e27dd785980b.yaml"
TARGET_CHECK = 2.0
TARGET_PYTEST = 3.0
TARGET_COLD = 0.4
TARGET_LINEAR = 0.10


def _project(work: Path, n: int, seed: int) -> Path:
    """The generated project for ``n`` sheets, generated only if not already there."""
    root = work / f"n{n}_seed{seed}"
    marker = root / ".generated"
    stamp = f"{n} {seed} {(HERE / 'generate.py').stat().st_mtime_ns}"
    if marker.exists() and marker.read_text() == stamp:
        return root
    t0 = time.perf_counter()
    generate(root, n, seed)
    marker.write_text(stamp)
    print(f"  generated {n:,} sheets in {time.perf_counter() - t0:.1f} s -> {root}",
          file=sys.stderr)
    return root


def _sheets(root: Path) -> list[Path]:
    return sorted((root / "facts").glob("*.yaml"))


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def _subprocess(cmd: list[str], cwd: Path, repeat: int) -> dict:
    """Best wall time of ``cmd`` over ``repeat`` runs (each with an empty cache), with CPU
    time and the last output line."""
    best: dict | None = None
    for _ in range(repeat):
        # every run is a first run: no per-sheet results kept from the last one
        shutil.rmtree(cwd / ".factcheck-cache", ignore_errors=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        lines = [ln for ln in (p.stdout + p.stderr).splitlines() if ln.strip()]
        run = {"wall": wall, "cpu": cpu, "rc": p.returncode,
               "maxrss_mb": after.ru_maxrss / 1024, "summary": lines[-1] if lines else ""}
        if best is None or wall < best["wall"]:
            best = run
    assert best is not None
    return best


def measure_yaml(files: list[Path], repeat: int) -> float:
    def parse() -> None:
        for f in files:
            yaml.load(f.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)

    return _best(parse, repeat)


def measure_cross(root: Path, files: list[Path], repeat: int) -> dict:
    """compare_claims over sheets checked (not timed) from ``files``: cold and warm."""
    from factcheck.pipeline import check_sheet, compare_claims

    t0 = time.perf_counter()
    sheets = []
    for f in files:
        s = check_sheet(f, root)
        assert s.loaded is not None and not s.problems, s.problems
        sheets.append(s)
    t_load = time.perf_counter() - t0
    cold_imports = "pandas" not in sys.modules
    t0 = time.perf_counter()
    claims = compare_claims(sheets)
    cold = time.perf_counter() - t0
    warm = _best(lambda: compare_claims(sheets), repeat)
    verdicts: dict[str, int] = {}
    for c in claims:
        verdicts[c.verdict] = verdicts.get(c.verdict, 0) + 1
    return {"warm": warm, "cold": cold, "cold_includes_imports": cold_imports,
            "load": t_load, "claims": len(claims), "verdicts": verdicts}


def measure_cold_start(repeat: int = 5) -> dict:
    check = _subprocess([str(BIN / "factcheck"), "check", "--no-report", SEED_SHEET], REPO,
                        repeat)
    imp = _subprocess([sys.executable, "-c", "import yaml"], REPO, repeat)
    # The same sheet without claim keys: nothing to compare across sources, so the
    # cross-source pass (pandas, pandera) is not loaded.
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        shutil.copytree(REPO / "seeds", root / "seeds")
        (root / "facts").mkdir()
        (root / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n')
        text = (REPO / SEED_SHEET).read_text()
        keyless = "\n".join(ln for ln in text.splitlines()
                             if not ln.lstrip().startswith(("key:", "scope:")))
        (root / "facts" / "seed.yaml").write_text(keyless + "\n")
        nokeys = _subprocess([str(BIN / "factcheck"), "check", "--no-report"], root, repeat)
    return {"factcheck": check["wall"], "factcheck_rc": check["rc"],
            "factcheck_no_keys": nokeys["wall"], "factcheck_no_keys_rc": nokeys["rc"],
            "import_yaml": imp["wall"]}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="1000,10000", help="comma-separated sheet counts")
    p.add_argument("--quick", action="store_true", help="sizes 200,1000 (CI smoke)")
    p.add_argument("--skip-pytest", action="store_true", help="do not measure (c)")
    p.add_argument("--pytest-max-sheets", type=int, default=0, metavar="N",
                   help="measure (c) only at sizes <= N (pytest is the slowest; 0: all)")
    p.add_argument("--repeat", type=int, default=3, help="repeats of (a) and (d)")
    p.add_argument("--repeat-subprocess", type=int, default=1,
                   help="repeats of (b) and (c) (best is kept)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--work", type=Path, default=Path("/tmp/factcheck-bench"),
                   help="where generated projects are kept and reused")
    p.add_argument("--save", action="store_true", help="write benchmarks/results.json")
    a = p.parse_args()
    sizes = [200, 1000] if a.quick else [int(s) for s in a.sizes.split(",")]

    results: dict = {
        "date": dt.datetime.now().isoformat(timespec="seconds"),
        "machine": {"nproc": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(),
                    "libyaml": getattr(yaml, "__with_libyaml__", False)},
        "seed": a.seed, "sizes": {},
    }
    print(f"factcheck benchmark {results['date']}: nproc={os.cpu_count()}, "
          f"python {platform.python_version()}, {platform.platform()}", file=sys.stderr)

    for n in sizes:
        root = _project(a.work.resolve(), n, a.seed)
        files = _sheets(root)
        assert len(files) == n, (len(files), n)
        for f in files:  # warm the page cache for every measurement alike
            f.read_bytes()
            (root / "seeds" / f.name.replace("sheet_", "doc_").replace(".yaml", ".txt")
             ).read_bytes()
        r: dict = {}
        print(f"[{n:,}] (a) yaml ...", file=sys.stderr)
        r["yaml"] = measure_yaml(files, a.repeat)
        print(f"[{n:,}] (b) factcheck check ...", file=sys.stderr)
        r["check"] = _subprocess([str(BIN / "factcheck"), "check", "--no-report"], root,
                                 a.repeat_subprocess)
        if not a.skip_pytest and (not a.pytest_max_sheets or n <= a.pytest_max_sheets):
            print(f"[{n:,}] (c) pytest ...", file=sys.stderr)
            r["pytest"] = _subprocess([str(BIN / "pytest"), "-q", "-p", "no:cacheprovider",
                                       "facts"], root, a.repeat_subprocess)
        print(f"[{n:,}] (d) cross-source ...", file=sys.stderr)
        r["cross"] = measure_cross(root, files, a.repeat)
        results["sizes"][str(n)] = r

    print("cold start (best of 5) ...", file=sys.stderr)
    results["cold_start"] = measure_cold_start(5)

    # --- table ------------------------------------------------------------------
    rows = []
    for n_s, r in results["sizes"].items():
        n = int(n_s)
        base = r["yaml"]

        def row(name: str, secs: float, extra: str = "", n=n, base=base) -> list:
            return [f"{n:,}", name, f"{secs:.3f}", f"{secs / n * 1e3:.3f}",
                    f"{secs / base:.2f}x", extra]

        rows.append(row("(a) yaml CSafeLoader", base))
        c = r["check"]
        rows.append(row("(b) factcheck check", c["wall"],
                        f"rc={c['rc']} cpu={c['cpu']:.1f}s rss={c['maxrss_mb']:.0f}MB"))
        if "pytest" in r:
            t = r["pytest"]
            rows.append(row("(c) pytest facts", t["wall"],
                            f"rc={t['rc']} cpu={t['cpu']:.1f}s rss={t['maxrss_mb']:.0f}MB"))
        x = r["cross"]
        rows.append(row("(d) cross-source warm", x["warm"],
                        f"{x['claims']:,} claims {x['verdicts']}"))
        rows.append(row("(d) cross-source cold", x["cold"],
                        "incl. pandas/pandera import" if x["cold_includes_imports"] else ""))
    print(tabulate(rows, headers=["sheets", "measure", "s", "ms/sheet", "vs (a)", "notes"],
                   colalign=("right", "left", "right", "right", "right", "left")))
    for n_s, r in results["sizes"].items():
        print(f"\n[{int(n_s):,}] factcheck: {r['check']['summary']}")
        if "pytest" in r:
            print(f"[{int(n_s):,}] pytest:    {r['pytest']['summary']}")
    cs = results["cold_start"]
    print(f"cold start, the seed sheet without claim keys (no cross-source pass): "
          f"{cs['factcheck_no_keys']:.3f} s (rc={cs['factcheck_no_keys_rc']})")
    print(f"\ncold start, one sheet (best of 5): factcheck check {cs['factcheck']:.3f} s "
          f"(rc={cs['factcheck_rc']}), python -c 'import yaml' {cs['import_yaml']:.3f} s, "
          f"ratio {cs['factcheck'] / cs['import_yaml']:.1f}x")

    # --- targets ------------------------------------------------------------------
    big, small = str(max(sizes)), str(min(sizes))
    rb, rs = results["sizes"][big], results["sizes"][small]
    targets = []
    ratio_b = rb["check"]["wall"] / rb["yaml"]
    targets.append([f"(b) check <= {TARGET_CHECK:g}x (a) at {int(big):,}",
                    f"{ratio_b:.2f}x", ratio_b <= TARGET_CHECK])
    with_pytest = [k for k, r in results["sizes"].items() if "pytest" in r]
    if with_pytest:
        kp = max(with_pytest, key=int)
        rp = results["sizes"][kp]
        ratio_c = rp["pytest"]["wall"] / rp["yaml"]
        targets.append([f"(c) pytest <= {TARGET_PYTEST:g}x (a) at {int(kp):,}",
                        f"{ratio_c:.2f}x", ratio_c <= TARGET_PYTEST])
    targets.append([f"cold start < {TARGET_COLD} s", f"{cs['factcheck']:.3f} s",
                    cs["factcheck"] < TARGET_COLD])
    if big != small:
        per_b = rb["check"]["wall"] / int(big)
        per_s = rs["check"]["wall"] / int(small)
        dev = per_b / per_s - 1
        targets.append([f"(b) per sheet at {int(big):,} within {TARGET_LINEAR:.0%} of "
                        f"{int(small):,}",
                        f"{per_b * 1e3:.3f} vs {per_s * 1e3:.3f} ms ({dev:+.1%})",
                        abs(dev) <= TARGET_LINEAR])
    print()
    print(tabulate([[t, v, "met" if ok else "NOT MET"] for t, v, ok in targets],
                   headers=["target", "measured", ""]))
    results["targets"] = [{"target": t, "measured": v, "met": bool(ok)}
                          for t, v, ok in targets]

    if a.save:
        out = HERE / "results.json"
        out.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
        print(f"\nwrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
