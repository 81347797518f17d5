"""How big the HTML report is and how long a browser takes to open it (a script, not a test).

    .venv/bin/python benchmarks/report_open.py [N ...] [--work DIR] [--repeat 3]

For each N (default 1000) a generated project of N sheets (benchmarks/generate.py) is
checked and its reports written. Printed per N: the size of ``index.html``, of the
largest sheet page and of all pages, and the time headless Chromium takes to load
and lay out ``index.html`` and the largest sheet page (``--dump-dom``, best of
``--repeat``), each beside the same browser loading a one-line page in the same run
(its start-up cost, the baseline). The goal: the summary page opens in under 2 s
at 1,000 sheets, judged on the time over the baseline (a reader's browser is already
running).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

from factcheck.pipeline import run  # noqa: E402
from factcheck.report import build_report, documents, write_reports  # noqa: E402

GOAL_SECONDS = 2.0


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        sys.exit("chromium not installed (apt-get install chromium)")
    return found


def _open(browser: str, page: Path, profile: Path, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        "--no-first-run", "--disable-background-networking",
                        f"--user-data-dir={profile}", "--dump-dom", page.as_uri()],
                       capture_output=True, check=True, timeout=300)
        best = min(best, time.perf_counter() - t0)
    return best


def _mb(n: int) -> str:
    return f"{n / 1e6:.2f} MB"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("sizes", nargs="*", type=int, default=[1000])
    p.add_argument("--work", type=Path, default=None)
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    browser = _chromium()
    work = args.work or Path(tempfile.mkdtemp(prefix="factcheck-report-bench-"))
    for n in args.sizes:
        root = work / f"n{n}"
        if not (root / "facts").is_dir():
            generate(root, n, 0)
        result = run([root / "facts"], root)
        reports = root / "reports"
        t0 = time.perf_counter()
        write_reports(build_report(result), reports, documents=documents(result), root=root)
        written = time.perf_counter() - t0
        index = reports / "index.html"
        pages = sorted((reports / "sheets").glob("*.html"))
        largest = max(pages, key=lambda x: x.stat().st_size)
        top = [reports / n for n in ("index.html", "claims.html", "statements.html")]
        total = sum(x.stat().st_size for x in top) + sum(x.stat().st_size for x in pages)
        blank = root / "blank.html"
        blank.write_text("<!doctype html><title>blank</title><p>blank</p>\n")
        profile = work / "profile"
        base = _open(browser, blank, profile, args.repeat)
        t_index = _open(browser, index, profile, args.repeat)
        t_sheet = _open(browser, largest, profile, args.repeat)
        print(f"{n:,} sheets: reports written in {written:.2f} s; index.html "
              f"{_mb(index.stat().st_size)}, claims.html {_mb(top[1].stat().st_size)}, "
              f"largest sheet page {_mb(largest.stat().st_size)}, "
              f"all {len(pages) + 3} pages {_mb(total)}")
        print(f"  open (headless Chromium, best of {args.repeat}): blank page {base:.2f} s; "
              f"index.html {t_index:.2f} s ({t_index / base:.2f}x blank, "
              f"{t_index - base:.2f} s over it); largest sheet page {t_sheet:.2f} s "
              f"({t_sheet / base:.2f}x blank)")
        print(f"  goal: summary page opens in under {GOAL_SECONDS:.0f} s over the blank page: "
              f"{'met' if t_index - base < GOAL_SECONDS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
