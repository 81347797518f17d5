"""Attribution behaviour that surviving mutants of ``ground/`` showed no test pinned:
back references through :func:`named_form`, possessives before a shortened name, the
context span at paragraph edges, naming in a Ukrainian document, weekdays and periods
at the edges of their window, the antecedent at the document's start, and the longest
common substring on repetitive text."""

from __future__ import annotations

import datetime as dt
import difflib
import random

from factcheck.api.model import Source
from factcheck.ground.attribution import Paragraphs, is_speaker, named_form, unattributed
from factcheck.ground.grounding import (
    _longest_common,
    antecedent,
    matching_mentions,
    relative_day,
)
from factcheck.text.numbers import find_mentions


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


THU, SAT = dt.date(2025, 4, 24), dt.date(2025, 4, 26)


def _written(text: str, value, published: dt.date, future: bool = False) -> list[str]:
    mentions = find_mentions(text, strict_one=False)
    return [w for _, w in matching_mentions(value, mentions, published, future)]


def test_next_weekday_is_within_the_week_after_publication():
    assert _written("next Friday", dt.date(2025, 4, 25), THU) == [
        "next Friday (= 2025-04-25, published 2025-04-24)"]
    assert _written("next Friday", dt.date(2025, 5, 2), THU) == []  # eight days on


def test_a_weekday_in_a_future_sentence_is_within_six_days_after():
    assert _written("on Saturday", SAT, SAT, future=True) == [
        "Saturday (= 2025-04-26, published 2025-04-26)"]
    assert _written("on Saturday", SAT + dt.timedelta(6 + 1), SAT, future=True) == []
    assert _written("on Friday", SAT + dt.timedelta(6), SAT, future=True) == [
        "Friday (= 2025-05-02, published 2025-04-26)"]


def test_a_month_value_is_not_read_from_a_plain_number():
    assert _written("114 drones", "2025-04", SAT) == []
    assert _written("in April", "2025-04", SAT) == ["April (= 2025-04, published 2025-04-26)"]


def test_this_weekend_reaches_one_day_past_publication():
    fri = dt.date(2025, 4, 25)
    assert relative_day(SAT, "attacks this weekend", fri) == \
        "this weekend (= 2025-04-26, published 2025-04-25)"
    assert relative_day(SAT, "attacks this weekend", THU) is None  # two days on
    assert relative_day(SAT + dt.timedelta(1), "attacks this weekend", fri) is None


def test_a_period_that_does_not_fit_the_value_dates_nothing():
    assert relative_day(SAT, "attacks last month", SAT) is None  # a day, not a month
    assert relative_day("2025", "attacks this month", SAT) is None
    assert relative_day("2025-04", "attacks this year", SAT) is None


def test_the_antecedent_starts_at_the_first_character_of_the_document():
    doc = "76 drones were shot down. Later 95 were lost"
    i = doc.index("95")
    assert antecedent(doc, (i, i + 2)) == "76 drones were shot down. Later "


def test_longest_common_substring_equals_difflib_on_repetitive_text():
    rng = random.Random(14)
    for _ in range(400):
        doc = "".join(rng.choice("ab") for _ in range(rng.randint(0, 14)))
        q = "".join(rng.choice("abc") for _ in range(rng.randint(1, 10)))
        m = difflib.SequenceMatcher(None, doc, q, autojunk=False).find_longest_match(
            0, len(doc), 0, len(q))
        assert _longest_common(doc, q) == ((m.a, m.b, m.size) if m.size else (0, 0, 0)), (doc, q)
