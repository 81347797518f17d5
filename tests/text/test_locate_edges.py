"""Where a quote is in its document: exact, normalised, then case-insensitive; the span
always points at the original characters."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.normalize import locate, normalize, normalize_with_map

WORDS = st.lists(st.sampled_from(["Ukraine", "air", "FORCE", "said", "66", "drones", "\u2019s",
                                  "\u2014", "\u00a0", "\n", "  ", "ﬁre", "Straße"]),
                 min_size=1, max_size=12)


@pytest.mark.parametrize(("quote", "doc", "span"), [
    ("ukraine said", "UKRAINE  SAID it", (0, 13)),  # case differs: the fallback finds it
    ("ukraine's general staff", "Ukraine\u2019s  General Staff said", (0, 24)),
    ("Air Force", "the air force said", (4, 13)),
    ("fire", "a \ufb01re broke out", (2, 5)),  # NFKC: the ligature is two letters
    (" x ", "a x b", (2, 3)),  # surrounding spaces are not part of the quote
    ("Straße", "Die Straße", (4, 10)),
    ("STRASSE", "Die Straße", None),  # casefold changes the length: no case fallback
    ("drones", "Sixty-six drones", (10, 16)),
    ("66 drones", "66\u00a0drones", (0, 9)),
    ("a - b", "a \u2014 b", (0, 5)),
    ("", "anything", None),
    ("   ", "anything", None),
    ("absent", "anything", None),
    ("ANYTHING ELSE", "anything", None),
])
def test_locate(quote, doc, span):
    assert locate(quote, doc) == span


def test_the_first_occurrence_is_taken():
    assert locate("said", "he said, she said") == (3, 7)
    assert locate("SAID", "he said, she said") == (3, 7)
    assert locate("said  ", "he said, she said") == (3, 7)


@given(WORDS, WORDS, WORDS)
def test_the_span_holds_the_quote(before, quote, after):
    """Oracle: the original characters under the span normalise to the quote."""
    doc = " ".join(before) + " " + " ".join(quote) + " " + " ".join(after)
    q = " ".join(quote)
    span = locate(q, doc)
    if not normalize(q):
        assert span is None
        return
    assert span is not None
    found = normalize(doc[span[0]:span[1]])
    assert found == normalize(q) or found.casefold() == normalize(q).casefold()
    # and it is the earliest place the normalised quote occurs
    hay, offsets = normalize_with_map(doc)
    exact = hay.find(normalize(q))
    if exact >= 0 and q == q.strip() and doc.find(q) < 0:
        assert span[0] == offsets[exact]


def test_normalize():
    assert normalize("  Ukraine\u2019s \u201cair\u201d\u2013force\n\tsaid  ") == \
        "Ukraine's \"air\"-force said"
    assert normalize_with_map("a  b\n") == ("a b ", [0, 1, 3, 4])
    assert normalize_with_map("\ufb01 x") == ("fi x", [0, 0, 1, 2])
