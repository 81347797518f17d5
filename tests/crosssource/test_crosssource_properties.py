"""Property tests: the vectorised pass against a plain-Python reference."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.crosssource import compare, compare_frame
from factcheck.crosssource import fact_table as table_of

SOURCES = ["a", "b", "c", "d"]

# Small integers keep the float arithmetic exact, so the reference is exact too.
report = st.fixed_dictionaries(
    {
        "key": st.sampled_from(["k1", "k2", "k3"]),
        "scope": st.sampled_from(["", "as_of=2025-04"]),
        "source": st.sampled_from(SOURCES),
        "via": st.none() | st.sampled_from(SOURCES),
        "lower": st.integers(0, 20),
        "width": st.integers(0, 6),
        "tolerance": st.sampled_from([0, 0.5, 1, 2]),
        "rank": st.sampled_from(["preferred", "normal", "normal", "deprecated"]),
        "unit": st.sampled_from(["drone", "drone", "drone", "km**2"]),
    }
)


def fact_row(sheet, line, fact, key, source, lower, upper, **extra) -> dict:
    extra.setdefault("unit", "drone")
    extra.setdefault("rank", "normal")
    return {
        "sheet": sheet,
        "line": line,
        "fact": fact,
        "key": key,
        "source": source,
        "lower": float(lower),
        "upper": float(upper),
        "quote": "q",
        **extra,
    }


def build(reports: list[dict]) -> list[dict]:
    return [
        fact_row(
            f"facts/s{i % 3}.yaml",
            i + 1,
            f"fact_{i}",
            r["key"],
            r["source"],
            r["lower"],
            r["lower"] + r["width"],
            via=r["via"],
            rank=r["rank"],
            tolerance=r["tolerance"],
            unit=r["unit"],
            scope=r["scope"],
        )
        for i, r in enumerate(reports)
    ]


def reference(rows: list[dict]) -> dict[tuple[str, str], tuple[str, int, tuple | None]]:
    groups: dict[tuple[str, str], list[dict]] = {}
    for r in rows:
        groups.setdefault((r["key"], r["scope"]), []).append(r)
    out = {}
    for gk, members in groups.items():
        cmp = [r for r in members if r["rank"] != "deprecated"]
        spans = [(r["lower"] - r["tolerance"], r["upper"] + r["tolerance"]) for r in cmp]
        origins = {r["via"] or r["source"] for r in cmp}
        pairwise = all(a[0] <= b[1] and b[0] <= a[1] for a, b in itertools.combinations(spans, 2))
        agreed = None
        if len({r["unit"] for r in cmp}) > 1:
            verdict = "unit_mismatch"
        elif len(cmp) < 2:
            verdict = "single"
        elif pairwise:
            verdict = "agree"
            agreed = (max(s[0] for s in spans), min(s[1] for s in spans))
        else:
            verdict = "conflict"
        out[gk] = (verdict, len(origins), agreed)
    return out


@settings(max_examples=settings.default.max_examples * 3 // 2, deadline=None)
@given(st.lists(report, min_size=1, max_size=14), st.randoms(use_true_random=False))
def test_matches_reference_and_is_order_invariant(reports, rnd):
    rows = build(reports)
    expected = reference(rows)

    shuffled = rows[:]
    rnd.shuffle(shuffled)
    for variant in (rows, shuffled):
        t = table_of(variant)
        summary = compare_frame(t)
        got = {
            (k, s): (v, n, None if v != "agree" else (lo, hi))
            for k, s, v, n, lo, hi in zip(
                summary["key"],
                summary["scope"],
                summary["verdict"].astype(str),
                summary["n_independent"],
                summary["agreed_lower"],
                summary["agreed_upper"],
                strict=True,
            )
        }
        assert got == expected
        results = compare(t)
        assert {
            (r.key, r.scope): (r.verdict, len(r.independent_sources), r.agreed) for r in results
        } == expected
        assert sum(len(r.rows) for r in results) == len(rows)

    # Full results (rows and messages too) do not depend on row order.
    assert compare(table_of(rows)) == compare(table_of(shuffled))


@settings(max_examples=settings.default.max_examples, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(-30, 30), st.integers(0, 10), st.integers(0, 3)),
        min_size=2,
        max_size=8,
    )
)
def test_agree_iff_intervals_share_a_value(intervals):
    rows = [
        fact_row(f"facts/{i}.yaml", 1, "f", "k", SOURCES[i % 4], lo, lo + w, tolerance=tol)
        for i, (lo, w, tol) in enumerate(intervals)
    ]
    [result] = compare(table_of(rows))
    spans = [(lo - tol, lo + w + tol) for lo, w, tol in intervals]
    # Some integer or half-integer point lies in every widened interval iff they all meet.
    candidates = {x / 2 for x in range(-100, 120)}
    common = [x for x in candidates if all(a <= x <= b for a, b in spans)]
    pairwise = all(a[0] <= b[1] and b[0] <= a[1] for a, b in itertools.combinations(spans, 2))
    assert (result.verdict == "agree") == bool(common) == pairwise
    if result.verdict == "agree":
        lo, hi = result.agreed
        assert lo == min(common) and hi == max(common)
