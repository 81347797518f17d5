"""Reading numbers at the edges mutation testing of the code changed since 662dd84 found
untested (benchmarks/mutation-survivors.md, commit cc510f8): a bare scale word after a
larger one ("dos millones mil"), a mention's text after a scale word of another
language, the number words of a run that starts inside "a hundred"."""

from __future__ import annotations

import pytest

from factcheck.text.languages import scan
from factcheck.text.numbers import find_mentions


def _numbers(text: str, lang: str | None = None) -> list[tuple[str, float | None]]:
    return [(m.text, m.low) for m in find_mentions(text, language=lang)
            if m.kind == "number"]


def _anywhere(start: int, end: int) -> bool:
    return True


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("dos millones mil quinientos", "es", 2_001_500.0),  # 2,000,000 + 1,000 + 500
    ("deux millions mille", "fr", 2_001_000.0),
    ("два мільйони тисяча", "uk", 2_001_000.0),
])
def test_a_bare_scale_word_after_a_larger_one_counts_one(text, lang, value):
    """A scale word with no number word before it ("mil", "mille", "тисяча") stands for
    one of it, also right after a larger scale: kills ``languages.x_scan__mutmut_258``
    (``max(current, 2)``: 2,002,500)."""
    assert [f.value for f in scan(text, lang, _anywhere)] == [value]
    assert _numbers(text, lang) == [(text, value)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("sekitar five juta orang", "id", ("five juta", 5_000_000.0)),
    ("one bin asker", "tr", ("one bin", 1000.0)),
])
def test_a_mention_extended_by_a_scale_word_has_the_text_of_its_span(text, lang, expected):
    """An English number word before another language's scale word: the scale is read
    after the mention is found, and the mention's text grows with its end (ASCII text is
    not rebuilt from the offsets afterwards): kills ``numbers.x__foreign__mutmut_31``."""
    found = find_mentions(text, language=lang)
    assert expected in [(m.text, m.low) for m in found]
    assert all(m.text == text[m.start:m.end] for m in found)


def test_the_words_after_a_skipped_part_of_a_run_are_still_read():
    """"a hundred twelve twelve-year-olds": the word run "hundred twelve twelve" starts
    inside "a hundred"; its first number is skipped as overlapping and the next one is
    still read: kills ``numbers.xǁ_Scannerǁatoms__mutmut_278`` (``break`` for
    ``continue``), which dropped the rest of the run."""
    text = "a hundred twelve twelve-year-olds"
    found = [(m.text, m.kind, m.low) for m in find_mentions(text)]
    assert ("twelve-year", "duration", 12.0) in found
    assert found[0] == ("a hundred", "number", 100.0)
