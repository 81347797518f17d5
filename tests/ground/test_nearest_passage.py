"""The nearest passage shown for a quote not found: the longest common substring, found
in linear time, checked against difflib's own search (the oracle)."""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import given
from hypothesis import strategies as st

from factcheck.ground.grounding import _longest_common, _nearest_passage

SMALL = st.text(alphabet="abc ", max_size=40)


def _difflib(doc: str, q: str) -> tuple[int, int, int]:
    m = SequenceMatcher(None, doc, q, autojunk=False).find_longest_match(0, len(doc), 0, len(q))
    return m.a, m.b, m.size


@given(SMALL, SMALL)
def test_longest_common_equals_difflib(doc, q):
    a, b, size = _longest_common(doc, q)
    ref = _difflib(doc, q)
    assert size == ref[2]
    if size:
        assert doc[a:a + size] == q[b:b + size]
        assert a == ref[0]  # the earliest in the document


def test_longest_common_worked_cases():
    assert _longest_common("xxabcabcyy", "abcab") == (2, 0, 5)
    assert _longest_common("aaaa", "aa") == (0, 0, 2)
    assert _longest_common("abc", "xyz")[2] == 0
    assert _longest_common("", "abc")[2] == 0
    assert _longest_common("abab", "bab") == (1, 0, 3)
    assert _longest_common("the air force said that", "air force says") == (4, 0, 12)


def test_nearest_passage():
    doc = "Ukraine's air force said that 66 drones were destroyed over the regions."
    # "air force said that 6" is in common; the excerpt starts where the quote would
    # start (4 characters earlier) and runs the quote's length and 20 more
    assert _nearest_passage("the air force said that 67 drones", doc) == \
        '; nearest passage: "e\'s air force said that 66 drones were destroyed over"'
    assert _nearest_passage("nothing like this at all", doc) == ""
    assert _nearest_passage("air force", doc) == ""  # under 12 characters in common
