"""Quote normalisation: the fast offset map equals the character-by-character one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.normalize import _slow_map, locate, normalize, normalize_with_map

TEXT = st.text(alphabet=st.sampled_from(list("ab 1,\n\t\u00a0\u2019\u201c\u2014ﬁ²Å"))
               | st.characters(), max_size=60)
PLAIN = st.text(alphabet=st.sampled_from(list("abAB 1,.\n\t\u00a0\u2019\u201c\u2014")),
                max_size=40)


@given(TEXT)
def test_fast_map_equals_slow_map(text):
    assert normalize_with_map(text) == _slow_map(text)


@given(PLAIN, PLAIN, PLAIN)
def test_a_quote_is_located_where_it_was_put(before, quote, after):
    doc = before + " " + quote + " " + after
    span = locate(quote, doc)
    if normalize(quote):
        assert span is not None
        assert normalize(doc[span[0]:span[1]]).casefold() == normalize(quote).casefold()
    else:
        assert span is None


def test_typographic_quotes_and_spaces():
    doc = "Ukraine\u2019s  General\u00a0Staff said"
    assert locate("Ukraine's General Staff", doc) == (0, 24)
