"""The plain-Python comparison of a small table agrees with the pandas one, row for row."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.crosssource import compare, fact_table
from factcheck.crosssource.small import compare_rows

SOURCES = ["a", "b", "c", "d"]


@st.composite
def tables(draw):
    n = draw(st.integers(1, 12))
    rows = []
    for i in range(n):
        lo = draw(st.sampled_from([0.0, 1.0, 16.1, 114.0, 16100.000000000002, 16100.0, 1e12]))
        hi = lo + draw(st.sampled_from([0.0, 0.0, 1.0, 50.0]))
        via = draw(st.sampled_from([None, None, "d"]))
        rows.append({
            "sheet": f"facts/{draw(st.sampled_from('xyz'))}.yaml", "line": i + 1,
            "fact": f"f{i}", "key": draw(st.sampled_from(["k1", "k2", "k3"])),
            "scope": draw(st.sampled_from(["", "", "2024"])),
            "source": draw(st.sampled_from(SOURCES)), "via": via, "lower": lo, "upper": hi,
            "unit": draw(st.sampled_from(["drone", "drone", "meter"])),
            "rank": draw(st.sampled_from(["normal", "normal", "preferred", "deprecated"])),
            "quote": "q", "tolerance": draw(st.sampled_from([0.0, 0.0, 2.0]))})
    return rows


@settings(max_examples=settings.default.max_examples * 3 // 2, deadline=None)
@given(tables())
def test_small_path_equals_pandas_path(rows):
    assert compare_rows(rows, SOURCES) == compare(fact_table(rows), known_sources=SOURCES)


def test_small_path_refuses_what_the_schema_refuses():
    row = {"sheet": "s", "line": 1, "fact": "f", "key": "k", "scope": "", "source": "zz",
           "via": None, "lower": 1.0, "upper": 2.0, "unit": "drone", "rank": "normal",
           "quote": "q", "tolerance": 0.0}
    for bad, fragment in (({}, "known_sources"),
                          ({"source": "a", "lower": 3.0}, "lower must be <="),
                          ({"source": "a", "rank": "best"}, "rank must be"),
                          ({"source": "a", "tolerance": -1.0}, "tolerance")):
        try:
            compare_rows([{**row, **bad}], SOURCES)
        except ValueError as exc:
            assert fragment in str(exc)
        else:
            raise AssertionError(f"{bad} was accepted")
