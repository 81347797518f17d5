"""How long hostile inputs take, as ratios to checking the seed sheet in the same run.

The tests in ``tests/hostile/test_generated.py`` check what each hostile input gives
(the message, the line, the memory it may take); this script times them, so a wall
clock never decides a test on a shared machine. Each case is timed best of
``--repeat`` runs; its ratio to the baseline (the seed sheet checked in a project of
its own, timed in the same run) is printed with the limit it should stay under. Cases
that grow with an input size are also timed at 1x, 2x, 4x and 8x and their log-log
slope printed (1 is linear). Exit status 1 if a ratio or a slope exceeds its limit.

    .venv/bin/python benchmarks/hostile.py
"""

from __future__ import annotations

import argparse
import math
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED_DOC = ROOT / "seeds" / "000_1973e27dd785980b.txt"
SEED_SHEET = ROOT / "facts" / "000_1973e27dd785980b.yaml"


def _project(sheet: bytes) -> tuple[Path, Path]:
    root = Path(tempfile.mkdtemp(prefix="fc-hostile-"))
    (root / "seeds").mkdir()
    (root / "facts").mkdir()
    shutil.copy(SEED_DOC, root / "seeds" / SEED_DOC.name)
    (root / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n')
    (root / "facts" / "s.yaml").write_bytes(sheet)
    return root, root / "facts" / "s.yaml"


def _check(sheet: bytes) -> Callable[[], object]:
    from factcheck.pipeline import check_sheet

    root, path = _project(sheet)
    return lambda: check_sheet(path, root)


def _billion_laughs(levels: int) -> bytes:
    lines = ['lol0: &lol0 "lol"']
    for i in range(1, levels + 1):
        lines.append(f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * 9) + "]")
    return ("\n".join(lines) + "\n").encode()


def _big(mb: int) -> bytes:
    line = b"  filler_%07d: {value: 1, quote: x}\n"
    chunk = b"".join(line % i for i in range(20_000))
    return b"document: seeds/article.txt\nfacts:\n" + chunk * (mb * 2**20 // len(chunk) + 1)


def _rule(rule: str) -> bytes:
    text = SEED_SHEET.read_text()
    old = "destroyed-at-most-launched: drones_destroyed <= drones_launched"
    return text.replace(old, f"destroyed-at-most-launched: '{rule}'").encode()


def _quote(n: int) -> bytes:
    text = SEED_SHEET.read_text()
    return text.replace('"Sixty-six drones were destroyed"', '"' + "x" * n + '"').encode()


#: name -> (work, the most times the baseline it may take)
CASES: dict[str, tuple[Callable[[], Callable[[], object]], float]] = {
    "alias bomb, 9 levels": (lambda: _check(_billion_laughs(9)), 5),
    "50 MB sheet (refused by size)": (lambda: _check(_big(50)), 5),
    "10,000 levels of [": (lambda: _check(b"document: x\nfacts: " + b"[" * 10_000), 10),
    "10,000 levels of {a: ... }": (
        lambda: _check(b"document: x\nfacts: " + b"{a: " * 10_000 + b"1" + b"}" * 10_000), 10),
    "2,000-level block mapping": (lambda: _check(
        b"document: x\nfacts:\n" + b"".join(b" " * i + b"k%d:\n" % i for i in range(2000))), 10),
    "rule of 10,000 parentheses": (
        lambda: _check(_rule("(" * 10_000 + "drones_launched" + ")" * 10_000 + " > 0")), 10),
    "rule of 450 additions": (
        lambda: _check(_rule("drones_launched" + " + 1" * 450 + " > 0")), 10),
    "1 MB quote": (lambda: _check(_quote(2**20)), 10),
}

#: name -> (sheet of size n, base n): timed at 1x..8x for a slope
GROWING: dict[str, tuple[Callable[[int], bytes], int]] = {
    "nesting depth (refused)": (
        lambda n: b"document: x\nfacts: " + b"{a: " * n + b"1" + b"}" * n + b"\n", 2500),
    "quote length": (_quote, 2**17),
    "rule length (additions, under the limit)": (
        lambda n: _rule("drones_launched" + " + 1" * n + " > 0"), 40),
}


def best(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        work()
        times.append(time.perf_counter() - t0)
    return min(times)


def slope(sizes: list[int], times: list[float]) -> float:
    xs, ys = [math.log(s) for s in sizes], [math.log(max(t, 1e-9)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--max-slope", type=float, default=1.3)
    args = ap.parse_args(argv)
    base = best(_check(SEED_SHEET.read_bytes()), args.repeat)
    print(f"baseline: the seed sheet checked, {base * 1000:.1f} ms\n")
    print(f"{'case':<36} {'x baseline':>10} {'limit':>6}")
    failed = []
    for name, (make, limit) in CASES.items():
        ratio = best(make(), args.repeat) / base
        flag = "" if ratio <= limit else "  <-- over the limit"
        print(f"{name:<36} {ratio:>10.2f} {limit:>6}{flag}")
        if ratio > limit:
            failed.append(name)
    print(f"\n{'growing input':<36} {'1x / 2x / 4x / 8x (x baseline)':<34} slope")
    for name, (make_sheet, n) in GROWING.items():
        sizes = [n * k for k in (1, 2, 4, 8)]
        times = [best(_check(make_sheet(s)), args.repeat) for s in sizes]
        s = slope(sizes, times)
        shown = " / ".join(f"{t / base:.2f}" for t in times)
        flag = "" if s <= args.max_slope else "  <-- super-linear"
        print(f"{name:<36} {shown:<34} {s:5.2f}{flag}")
        if s > args.max_slope:
            failed.append(name)
    if failed:
        print(f"\nover the limit: {', '.join(failed)}")
        return 1
    print("\nevery case within its limit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
