"""``fmt``'s fast path for ints writes what its general path writes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.engine import values
from factcheck.engine.values import fmt


def _general(x, digits=6):
    saved = values._WHOLE
    values._WHOLE = 0  # no int takes the fast path
    try:
        return fmt(x, digits)
    finally:
        values._WHOLE = saved


@given(st.integers(min_value=-(10**16), max_value=10**16), st.sampled_from([3, 6, 10]))
def test_ints_as_the_general_path_writes_them(x, digits):
    assert fmt(x, digits) == _general(x, digits)


def test_edges():
    for x in (0, 1, -1, 10**15 - 1, -(10**15) + 1, 10**15, -(10**15), 10**15 + 1, 2**53 + 1,
              10**400, True, False):
        assert fmt(x) == _general(x), x
    assert fmt(10**15 - 1) == "999999999999999"
    assert fmt(True) == "True"
