"""Random (not derandomised) fuzzing of the number reader in every language it reads:
any text ends cleanly with mentions inside it, in order, not overlapping, each the
very text it spans. Failures are kept in hypothesis's example database."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.text.numbers import find_mentions

PIECES = st.sampled_from([
    "one", "Sixty-six", "1,300", "1,98,706", "1\u00a0300", "-5", "2.5", "$5bn", "Rs 1,200 crore",
    "lakh crore", "half a million", "two-thirds", "both", "No one", "a fourth", "April 26",
    "Saturday", "25.12.2023", "2007-08", "9:25-11:00 p.m.", "3.30pm", "noon", "4-1", "M7.1",
    "375.2mm", "шістдесят шість", "двох", "26 квітня 2025 року", "полсотни", "सात",
    "18 लाख 52 हजार 504", "తొమ్మిది", "2,02,594కు", "\u0967\u0968", " ", ", ", ". ", "\n",
    "drones", "people", "between", "and", "to", "(", ")", "%", "per cent",
])
TEXTS = st.one_of(st.lists(PIECES, max_size=40).map(" ".join), st.text(max_size=300))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS, st.sampled_from([None, "uk", "ru", "hi", "te"]), st.booleans())
def test_any_text_is_read_cleanly(text: str, language: str | None, strict: bool) -> None:
    mentions = find_mentions(text, strict_one=strict, language=language)
    end = 0
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= end, "mentions overlap"
        assert m.text == text[m.start:m.end]
        end = m.end


def test_characters_without_a_unicode_name_are_read_cleanly():
    """pymorphy3 looks letters up by name; an unnamed one (U+17000) must not crash."""
    for lang in ("uk", "ru"):
        assert find_mentions("\U00017000 два дрони", strict_one=False, language=lang)
