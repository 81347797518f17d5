"""Grounding at the edges mutation testing of the code changed since 662dd84 found
untested (benchmarks/mutation-survivors.md, commit cc510f8): a year written as a plain
number, a table header far before a long quote, future words from the scan of a whole
document."""

from __future__ import annotations

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.ground.grounding import FutureWords, _future_before

from .test_news_reading import _ground


def test_a_year_written_as_a_plain_number_grounds_only_that_year(tmp_path):
    """"the 2008 Olympics": 2008 is read as a number, not a year, and still grounds the
    year 2008 (kills ``grounding.x__match__mutmut_139``, kind ``"XXnumberXX"``), but no
    other number of the quote grounds another year (kills ``_137``, ``or`` for ``and``)."""
    doc = "Athletes from 5 countries met at the 2008 Olympics in Beijing.\n"
    quote = "Athletes from 5 countries met at the 2008 Olympics"
    assert _ground(tmp_path / "a", doc, {"value": "2008", "quote": quote}).verdict == GROUNDED
    assert _ground(tmp_path / "b", doc, {"value": "2009", "quote": quote}).verdict == UNGROUNDED


def test_a_table_header_counts_from_the_start_of_the_quote(tmp_path):
    """The header is looked for in the 1,500 characters before the quote's start: a
    header 1,450 characters before a quote of 80 is found (kills
    ``grounding.x__ground__mutmut_127``, the window ending at the quote's end)."""
    header = "Results (A$m)\n\n"
    quote = "Net profit for the year to June, after tax and one-off charges, came to 569.2"
    filler = ("The board met in Sydney and discussed the year's results at length. " * 30)
    filler = filler[:1450 - len(header)] + "\n"
    doc = header + filler + quote + ".\n"
    assert doc.index(quote) - 1500 < 0 < doc.index(quote) + len(quote) - 1500
    fact = {"value": 569_200_000, "quote": quote}
    o = _ground(tmp_path, doc, fact)
    assert o.verdict == GROUNDED and "A$m" in o.message


def test_future_words_from_one_scan_of_a_long_document():
    """Once the windows asked about add up to the document's length, the document is
    scanned once and the index answers: a future word in the middle of a window (not in
    its tail) is found there (kills ``grounding.xǁFutureWordsǁ__init____mutmut_4``: an
    index of ``""`` taken as already built and empty)."""
    doc = "x. " * 200 + "Officials said they will send more aid, and 40 trucks left today"
    start = doc.index("40 trucks")
    words = FutureWords(doc)
    answers = [words.before(start) for _ in range(len(doc) // 300 + 2)]
    assert answers == [True] * len(answers) == [_future_before(doc, start)] * len(answers)
    assert words.starts is not None and len(words.starts) == 1
