"""Mutation score of the engine's packages (mutmut), per package, with the survivors.

``make mutate`` runs this. It has mutmut generate the mutants of the packages named in
``[tool.mutmut]`` (pyproject.toml), runs them (every mutant, or with ``--sample N`` a
seeded random sample of N per package, for a machine without the hours a full run
takes), then reads mutmut's results and prints, per package, mutants killed / tested
with a 95 % interval for sampled packages, and the survivors by name. Results are kept
in ``mutants/`` between runs: mutmut reruns only what changed.

    .venv/bin/python benchmarks/mutation_score.py --run                 # every mutant
    .venv/bin/python benchmarks/mutation_score.py --run --sample 250    # 250 per package
    .venv/bin/python benchmarks/mutation_score.py --sample 250          # report only
    .venv/bin/python benchmarks/mutation_score.py --run --changed-since 393ae00  # new code

``--changed-since REV`` keeps the mutants of the functions whose code (docstrings aside)
differs from revision REV, new modules' functions included: what a merge changed.
``--order FILE`` writes the selection in a stratified seeded order instead of running it:
every prefix of that order samples each function's mutants in proportion (one of each
function first), so ``--names FILE --first N`` runs a sample of N that can be extended.

    .venv/bin/python benchmarks/mutation_score.py --changed-since 662dd84 --order changed.txt
    .venv/bin/python benchmarks/mutation_score.py --run --names changed.txt --first 300
"""

from __future__ import annotations

import argparse
import ast
import hashlib
import json
import math
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("engine", "ground", "text", "validators", "crosssource")
#: modules of the engine outside those packages that ``[tool.mutmut]`` also mutates, each
#: scored as a package of its own (``checks.py``: the meaning a fact takes from its quote)
MODULES = ("checks",)
#: mutmut's exit codes of a tested mutant (see mutmut.stats.status_by_exit_code)
SURVIVED, NO_TESTS = {0}, {5, 33}
NOT_RUN = {None, 2, 34}


def _mutmut(*args: str) -> int:
    exe = Path(sys.executable).with_name("mutmut")
    env = {**os.environ, "FACTCHECK_MUTATE": "1"}
    cmd = ["nice", "-n", "19", str(exe), *args]
    return subprocess.run(cmd, cwd=ROOT, env=env, check=False).returncode


def results() -> dict[str, int | None]:
    """Exit code of every generated mutant, by name (None: not run yet)."""
    out: dict[str, int | None] = {}
    src = ROOT / "mutants" / "src" / "factcheck"
    metas = [*src.glob("*/*.py.meta"), *(src / f"{m}.py.meta" for m in MODULES)]
    for meta in sorted(m for m in metas if m.exists()):
        out |= json.loads(meta.read_text())["exit_code_by_key"]
    return out


def package(name: str) -> str:
    return name.split(".")[1]


def selection(names: list[str], sample: int, seed: int,
              full: tuple[str, ...] = ()) -> dict[str, list[str]]:
    """Mutants by package: all of them, or a seeded sample of ``sample`` (except in
    the packages named in ``full``)."""
    by_package: dict[str, list[str]] = {p: [] for p in PACKAGES + MODULES}
    for n in sorted(names):
        if package(n) in by_package:
            by_package[package(n)].append(n)
    if sample:  # the N names ranked first by a seeded hash: a smaller sample is part of a
        # larger one, and mutants added or removed elsewhere leave the others' ranks alone
        def rank(name: str) -> str:
            return hashlib.sha256(f"{seed}:{name}".encode()).hexdigest()

        for p, ns in by_package.items():
            if p not in full:
                by_package[p] = sorted(sorted(ns, key=rank)[:sample])
    return by_package


def function(name: str) -> str:
    """The mutated function of a mutant (``factcheck.text.numbers.x_f``)."""
    return name.rsplit("__mutmut_", 1)[0]


def stratified(names: list[str], seed: int) -> list[str]:
    """``names`` in a seeded order of which every prefix holds about the same share of
    each function's mutants: the i-th of a function's n mutants (ranked by a seeded hash)
    is placed at i / n, ties broken by the hash."""
    def rank(name: str) -> str:
        return hashlib.sha256(f"{seed}:{name}".encode()).hexdigest()

    by_function: dict[str, list[str]] = {}
    for n in names:
        by_function.setdefault(function(n), []).append(n)
    keyed = [(i / len(ns), rank(n), n) for ns in by_function.values()
             for i, n in enumerate(sorted(ns, key=rank))]
    return [n for _, _, n in sorted(keyed)]


def _functions(source: str | None) -> dict[str, str]:
    """Each function and method of a module by its mutmut name (``x_f``, ``xǁCǁm``),
    with a dump of its code without docstrings (None: the module does not exist)."""
    out: dict[str, str] = {}
    if source is None:
        return out

    def code(node: ast.AST) -> str:
        for n in ast.walk(node):
            body = getattr(n, "body", None)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and body \
                    and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) \
                    and isinstance(body[0].value.value, str):
                n.body = body[1:] or [ast.Pass()]
        return ast.dump(node)

    for node in ast.parse(source).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            out[f"x_{node.name}"] = code(node)
        elif isinstance(node, ast.ClassDef):
            for m in node.body:
                if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    out[f"x\u01c1{node.name}\u01c1{m.name}"] = code(m)
    return out


def changed_functions(rev: str) -> set[str]:
    """Mutmut names (``factcheck.text.numbers.x_f``) of the functions of the mutated
    packages whose code differs between ``rev`` and the working tree."""
    changed: set[str] = set()
    src = ROOT / "src" / "factcheck"
    for path in sorted([*src.glob("*/*.py"), *(src / f"{m}.py" for m in MODULES)]):
        if path.parent != src and path.parent.name not in PACKAGES:
            continue
        rel = path.relative_to(ROOT).as_posix()
        old = subprocess.run(["git", "show", f"{rev}:{rel}"], cwd=ROOT, capture_output=True,
                             text=True, check=False)
        before = _functions(old.stdout if old.returncode == 0 else None)
        module = ".".join(path.relative_to(ROOT / "src").with_suffix("").parts)
        changed |= {f"{module}.{name}" for name, code in
                    _functions(path.read_text(encoding="utf-8")).items()
                    if before.get(name) != code}
    return changed


def interval(k: int, n: int) -> tuple[float, float]:
    """Wilson 95 % interval of a proportion k/n."""
    if n == 0:
        return 0.0, 1.0
    z, p = 1.96, k / n
    mid = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return mid - half, mid + half


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--run", action="store_true", help="run the mutants before reporting")
    ap.add_argument("--pending", action="store_true",
                    help="with --run: only mutants not yet run or not yet killed")
    ap.add_argument("--sample", type=int, default=0, metavar="N",
                    help="a seeded random sample of N mutants per package (0: all)")
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--full", nargs="*", default=[], choices=PACKAGES + MODULES,
                    help="packages run in full even with --sample")
    ap.add_argument("--packages", nargs="*", default=list(PACKAGES + MODULES),
                    choices=PACKAGES + MODULES)
    ap.add_argument("--names", type=Path, metavar="FILE",
                    help="the mutants to run and score, one name a line (a frozen sample)")
    ap.add_argument("--first", type=int, default=0, metavar="N",
                    help="with --names: only the first N names of the file")
    ap.add_argument("--order", type=Path, metavar="FILE",
                    help="write the selection to FILE in a stratified seeded order and stop")
    ap.add_argument("--changed-since", metavar="REV",
                    help="only the mutants of functions changed since git revision REV")
    ap.add_argument("--max-children", type=int, default=2)
    ap.add_argument("--floor", type=float, default=0.90)
    args = ap.parse_args(argv)
    if not results():
        # generate the mutants (and mutmut's test statistics) with one small run; later
        # runs regenerate what changed themselves
        _mutmut("run", "--max-children", str(args.max_children),
                "factcheck.validators.parts_sum_to.*")
    if args.names:
        listed = [n for n in args.names.read_text().split() if n]
        listed = listed[:args.first] if args.first else listed
        chosen = {p: [n for n in listed if package(n) == p] for p in PACKAGES + MODULES}
    else:
        names = list(results())
        if args.changed_since:  # the changed functions' mutants, then sampled
            funcs = changed_functions(args.changed_since)
            names = [n for n in names if function(n) in funcs]
        chosen = selection(names, args.sample, args.seed, tuple(args.full))
    if args.order:
        order = stratified([n for p in args.packages for n in chosen[p]], args.seed)
        args.order.write_text("".join(f"{n}\n" for n in order))
        print(f"{len(order)} mutants written to {args.order}")
        return 0
    chosen = {p: chosen[p] for p in args.packages}
    if args.run:
        codes = results()
        names = [n for ns in chosen.values() for n in ns
                 if not args.pending or codes.get(n) in NOT_RUN | SURVIVED | NO_TESTS]
        if names:  # mutmut given no name runs every mutant
            _mutmut("run", "--max-children", str(args.max_children), *names)
    codes = results()
    total_k = total_n = 0
    below = []
    print(f"{'package':<12} {'killed / tested':>16} {'score':>7}  95 % interval   not run")
    for p, ns in chosen.items():
        if not ns:  # a package the selection holds no mutant of (--names, --changed-since)
            continue
        tested = [n for n in ns if codes.get(n) not in NOT_RUN]
        survived = [n for n in tested if codes[n] in SURVIVED | NO_TESTS]
        k, n = len(tested) - len(survived), len(tested)
        total_k, total_n = total_k + k, total_n + n
        lo, hi = interval(k, n)
        score = k / n if n else 0.0
        of = f"(sample of {len(ns)})" if (args.sample or args.names) and p not in args.full \
            else ""
        print(f"{p:<12} {f'{k} / {n}':>16} {score:>7.1%}  [{lo:.1%}, {hi:.1%}]"
              f"  {len(ns) - n} {of}")
        if score < args.floor:
            below.append(p)
        for s in survived:
            note = " (no test covers it)" if codes[s] in NO_TESTS else ""
            print(f"    survived: {s}{note}")
    lo, hi = interval(total_k, total_n)
    print(f"{'all':<12} {f'{total_k} / {total_n}':>16} "
          f"{total_k / max(total_n, 1):>7.1%}  [{lo:.1%}, {hi:.1%}]")
    if below:
        print(f"under {args.floor:.0%}: {', '.join(below)}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
