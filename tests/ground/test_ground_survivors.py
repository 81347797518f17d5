"""Attribution behaviour that surviving mutants of ``ground/`` showed no test pinned:
back references through :func:`named_form`, possessives before a shortened name, the
context span at paragraph edges, and naming in a Ukrainian document."""

from __future__ import annotations

from factcheck.api.model import Source
from factcheck.ground.attribution import Paragraphs, is_speaker, named_form, unattributed


def test_named_form_falls_back_to_a_back_reference_in_english():
    # no form of "Ukrainian military" ("ukrainian", "ukrainian military") is in the text,
    # but "the military" refers back to it
    assert named_form(Source(name="Ukrainian military"), "The military said so") == \
        "the military"
    assert named_form(Source(name="Ukrainian military"), "Military said so") is None


def test_a_possessive_before_a_shortened_name_is_the_speaker():
    # "their regional" names no form and has no head noun to refer back with: it is the
    # name shortened, after a possessive that is not part of it
    source = Source(name="regional health officials")
    assert named_form(source, "their regional") is None
    assert is_speaker(source, "their regional")
    assert is_speaker(source, "its regional")
    assert not is_speaker(source, "their national")


_PARAGRAPHS = ["The sky was clear.", "Drones flew in.", "Sirens sounded.", "Nothing else.",
               "The end."]
_DOC = "\n\n".join(_PARAGRAPHS)


def _start(i: int) -> int:
    return _DOC.index(_PARAGRAPHS[i])


def test_context_span_counts_the_last_character_of_the_quote():
    p = Paragraphs(_DOC)
    # a span reaching one character into paragraph 3 ends its context after paragraph 4
    # (the paragraph after the one the quote ends in)
    span = (_start(1), _start(3) + 1)
    assert p.context_span(span) == (0, _start(4) + len(_PARAGRAPHS[4]))
    # a span ending right before paragraph 3 ends in paragraph 2: context to paragraph 3
    assert p.context_span((_start(1), _start(3))) == (0, _start(3) + len(_PARAGRAPHS[3]))


def test_context_span_stops_at_the_first_paragraph():
    p = Paragraphs(_DOC)
    # no paragraph introduces a statement: the search back stops at the document's start
    assert p.context_span((_start(3), _start(3) + 3)) == (0, _start(4) + len(_PARAGRAPHS[4]))
    assert p.context_span((_start(2), _start(2) + 3)) == (0, _start(3) + len(_PARAGRAPHS[3]))


def test_a_ukrainian_source_is_found_by_its_inflected_name_in_the_context():
    doc = "Повітряних силах повідомили про атаку.\n\nЗбито 66 з 114 ударних БпЛА."
    sources = {"af": Source(name="Повітряні сили")}
    quote = doc.index("Збито")
    span = (quote, quote + len("Збито 66"))
    assert unattributed("af", None, sources, Paragraphs(doc), span, "uk") is None
    other = {"af": Source(name="Генштаб")}
    assert unattributed("af", None, other, Paragraphs(doc), span, "uk") is not None
