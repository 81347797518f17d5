"""Future words before a quote read from one scan of the document (``FutureWords``)
answer exactly as the scan of each quote's window (``_future_before``) does."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from factcheck.ground.grounding import _BEFORE, _FUTURE, FutureWords, _future_before

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
FRAGMENTS = ["will", "Will", "would", "by", "standby", "next", "until", "till", "coming",
             "expected", "forecast", "scheduled", "due", "plan", "plans", "planned",
             "set to", "set", "to", "starting", "beginning", "from", "upcoming", "willing",
             "bypass", " ", "  ", "\n", "\n\n", ". ", "! ", "? ", "The ", "Mr. ", "U.S. ",
             "x" * 40, "lorem ipsum " * 5, "12", ",", "\u0964", "\u2019", "é"]


#: a future word anywhere, also inside a longer word ("nearby"): where a window may cut one
_INSIDE = re.compile(_FUTURE.pattern.replace(r"\b", ""), _FUTURE.flags)


def _positions(doc: str) -> list[int]:
    """Every position near a future word's ends (also one inside a word), or a window's
    length after one, and every 13th position."""
    near: set[int] = set(range(0, len(doc) + 1, 13))
    for m in _INSIDE.finditer(doc):
        for edge in (m.start(), m.end()):
            for base in (edge, edge + _BEFORE):
                near.update(range(max(0, base - 20), min(len(doc), base + 20) + 1))
    return sorted(near)


def _agree(doc: str, positions: list[int]) -> list[int]:
    """Positions where the two disagree, asked in order of a fresh index and of one that
    has scanned the document from the start."""
    fresh, scanned = FutureWords(doc), FutureWords(doc)
    scanned.asked = len(doc)
    return [p for p in positions
            if not fresh.before(p) == scanned.before(p) == _future_before(doc, p)]


def test_the_seed_documents_agree():
    assert len(DOCUMENTS) > 50
    bad = {i: _agree(doc, _positions(doc))[:5] for i, doc in enumerate(DOCUMENTS)}
    assert {i: b for i, b in bad.items() if b} == {}


def test_the_index_is_used_and_answers_both_ways():
    doc = "x. " * 200 + "It will rain. Yes, and later plans were made"
    words = FutureWords(doc)
    words.asked = len(doc)
    assert words.before(len(doc)) is True  # "plans" in the quote's own sentence
    assert words.starts is not None and len(words.starts) == 2
    assert words.before(doc.index("Yes") + 3) is False  # a sentence starts after "will"
    assert words.before(doc.index("will") + 8) is True
    assert words.before(doc.index("will")) is False


def test_a_word_cut_at_the_window_start_counts():
    """"standby" cut to "by" by the window: a future word, for the index as for the scan."""
    doc = "Ships on standby" + " and more" * 40
    start = doc.index("by") + _BEFORE
    assert _future_before(doc, start) is True
    words = FutureWords(doc)
    words.asked = len(doc)
    assert words.before(start) is True
    assert words.before(start + 1) is False


@given(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=60))
def test_fuzzed_documents_agree_everywhere(parts):
    doc = "".join(parts)
    assert _agree(doc, list(range(len(doc) + 1))) == []
