"""Attribution at its edges: back references, speakers, the context a source may be named
in, and one document asked about several sources (answers kept per source)."""

from __future__ import annotations

import pytest

from factcheck.api.model import Source
from factcheck.ground.attribution import (
    Paragraphs,
    _back_reference,
    _norm,
    is_speaker,
    named_form,
    unattributed,
)


@pytest.mark.parametrize(("name", "text", "found"), [
    ("Maharashtra health department official", "a maharashtra health department official said",
     "a maharashtra health department official"),
    ("Ukrainian military", "the ukrainian military said", "the ukrainian military"),
    ("Ukrainian military", "the military said", "the military"),
    ("Ukrainian military", "military said", None),  # no determiner
    ("The military", "the military", "the military"),
    # at most three words of the name between the determiner and the head noun
    ("Maharashtra state health department official",
     "a maharashtra state health department official said", None),
    ("health official", "the official and a health official", "the official"),
    ("Kharkiv police (regional)", "the kharkiv police", "the kharkiv police"),
])
def test_back_reference(name, text, found):
    assert _back_reference(name, text) == found


def test_is_speaker():
    officials = Source(name="Ukrainian local officials")
    assert is_speaker(officials, "their officials")
    assert is_speaker(officials, "the officials")
    assert not is_speaker(officials, "police")
    assert not is_speaker(officials, "the")


def test_norm():
    assert _norm("Ukraine's Defence Ministry") == "ukraine defense ministry"
    assert _norm("Ukraine\u2019s Programme") == "ukraine program"
    assert _norm("ЗСУ Штаб", "hi") == "зсу штаб"
    assert _norm("Повітряних силах", "uk") == "повітряний сила"
    assert named_form(Source(name="Повітряні сили"), "повідомили в Повітряних силах", "uk") \
        == "повітряний сила"


DOC = ("Officials in Kharkiv said the city was hit.\n\nThree people were killed in the strike."
       "\n\nSeparately, police said 12 cars burned.\n")
SOURCES = {"officials": Source(name="Kharkiv officials"), "police": Source(name="Police"),
           "tass": Source(name="TASS"), "desk": Source(name="Our desk", kind="outlet")}


def _span(quote: str) -> tuple[int, int]:
    return DOC.index(quote), DOC.index(quote) + len(quote)


def test_one_document_several_sources():
    p = Paragraphs(DOC)  # one object for every question, as for a sheet's facts
    killed, cars = _span("Three people were killed"), _span("12 cars burned")
    assert unattributed("officials", None, SOURCES, p, killed) is None
    assert unattributed("police", None, SOURCES, p, killed) is None  # named after it
    assert unattributed("tass", None, SOURCES, p, killed) == (
        "the quote's paragraph (and the one before) does not name TASS (source `tass`); fix "
        "the source or list the name the document uses under the source's `aliases:`")
    assert unattributed("officials", None, SOURCES, p, cars) == (
        "the document attributes these words to police (source `police`), not to Kharkiv "
        "officials (source `officials`); fix the source")
    assert unattributed("police", None, SOURCES, p, cars) is None
    assert unattributed("tass", "police", SOURCES, p, cars) is None  # relayed by police
    assert unattributed("desk", None, SOURCES, p, cars) is None  # the outlet's own words
    assert unattributed("unknown", None, SOURCES, p, cars) is None  # reported elsewhere
    assert unattributed(None, None, SOURCES, p, cars) is None


def test_paragraphs():
    p = Paragraphs(DOC)
    assert (p.starts, p.ends) == ([0, 45, 86], [43, 84, 126])
    assert p.context_span(_span("Three people")) == (0, 126)
    assert p.context_span(_span("Officials in")) == (0, 84)
    assert p.context_span(_span("12 cars")) == (0, 126)
    assert p.context(_span("Officials in")) == DOC[:84]
    assert p.speakers_within(0, len(DOC)) == ["Kharkiv", "police"]
    assert p.speakers_within(DOC.index("Three"), len(DOC)) == ["police"]
    assert p.speakers_within(0, DOC.index("Three")) == ["Kharkiv"]
    assert p.speaker(_span("12 cars burned")) == "police"
    assert p.speaker(_span("Three people")) is None


def test_a_quote_across_two_paragraphs_keeps_both():
    p = Paragraphs(DOC)
    a, b = DOC.index("the strike"), DOC.index("Separately") + 5
    assert p.context_span((a, b)) == (0, 126)
    lines = Paragraphs("one\ntwo said\nthree\nfour\nfive\n")  # no blank lines: a line each
    assert lines.starts == [0, 4, 13, 19, 24, 29]
    assert lines.context_span((19, 23)) == (4, 28)
