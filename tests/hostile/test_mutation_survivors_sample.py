"""The stratified order of benchmarks/mutation_score.py (``--order``), from which the
mutation samples of benchmarks/mutation-survivors.md are taken: every prefix samples each
function's mutants in proportion, and the order is the same on every run."""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _score():
    spec = importlib.util.spec_from_file_location("mutation_score_bench",
                                                  REPO / "benchmarks" / "mutation_score.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    return mod


def test_every_prefix_samples_each_function_in_proportion():
    score = _score()
    sizes = {"a.x_f": 200, "a.x_g": 50, "b.xǁCǁm": 10, "b.x_h": 1}
    names = [f"factcheck.{f}__mutmut_{i}" for f, n in sizes.items() for i in range(1, n + 1)]
    order = score.stratified(names, 7)
    assert sorted(order) == sorted(names)
    assert {score.function(n) for n in order[:4]} == {f"factcheck.{f}" for f in sizes}
    for first in (26, 100, 180, 261):
        counts = Counter(score.function(n) for n in order[:first])
        for f, n in sizes.items():  # the i-th of n stands at i / n: ceil(share * n) or so
            assert abs(counts[f"factcheck.{f}"] - first / len(names) * n) <= 2, (first, f)
    assert order == score.stratified(list(reversed(names)), 7)
    assert order != score.stratified(names, 8)
