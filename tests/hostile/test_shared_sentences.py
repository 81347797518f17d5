"""Grounding splits sentences with the shared splitter (``text/sentences.py``), with
single line breaks kept inside a sentence (hard-wrapped copy), so drafting,
attribution and grounding agree on where a sentence ends."""

from __future__ import annotations

import random
from pathlib import Path

from factcheck.ground.grounding import _BEFORE, _FUTURE, _future_before, antecedent
from factcheck.text.sentences import sentence_starts, sentences

from .findings import one_fact


def _sentence_before(document: str, start: int) -> str:
    """The quote's own sentence up to the quote (a single line break does not end it),
    within ``_BEFORE`` characters: what grounding looks for future words in."""
    window = document[max(0, start - _BEFORE):start]
    ends = sentence_starts(window, line_breaks=False)
    return window[ends[-1]:] if ends else window


ALPHABET = ["Dr.", "U.S.", "said", "5", "drones", ".", "!", "\n", "\n\n", " ", "\u201c",
            "Officials", "\u0423\u043a\u0440\u0430\u0457\u043d\u0430", "\u0964", "a", "B."]


def test_starts_are_where_the_shared_sentences_begin() -> None:
    rng = random.Random(7)
    for _ in range(2000):
        text = "".join(rng.choice(ALPHABET) + rng.choice(["", " "]) for _ in range(20))
        for wrapped in (True, False):
            begins = {s.start for s in sentences(text, line_breaks=wrapped)}
            starts = sentence_starts(text, line_breaks=wrapped)
            assert starts == sorted(starts)
            # every non-empty sentence after the first begins at a start (past whitespace)
            for b in begins - {0}:
                k = max(x for x in [0, *starts] if x <= b)
                assert not text[k:b].strip(), (text, k, b)


def test_sentence_before_is_the_last_shared_sentence() -> None:
    doc = "Dr. Smith said 5 drones fell. The U.S. said\nit will send 7 drones"
    quote_at = doc.index("7 drones")
    # "Dr." and "U.S." do not end a sentence, a single line break does not either
    assert _sentence_before(doc, quote_at) == "The U.S. said\nit will send "
    assert antecedent(doc, (quote_at, len(doc))) == doc[:quote_at]


FUTURE_ALPHABET = ["will", "Will", "next", "plans", "set to", "due", "bypass", "standby",
                   "said", "Dr.", "U.S.", ". ", "! ", "\n", "\n\n", " ", "x" * 30, "5"]


def test_future_words_are_those_of_the_sentence_before_the_quote() -> None:
    """``_future_before`` answers whether the quote's sentence before it holds a future
    word, at every position of random text and of the text around a window's edge."""
    rng = random.Random(11)
    for _ in range(300):
        doc = "".join(rng.choice(FUTURE_ALPHABET) + rng.choice(["", " "]) for _ in range(40))
        for start in range(len(doc) + 1):
            expected = _FUTURE.search(_sentence_before(doc, start)) is not None
            assert _future_before(doc, start) == expected, (doc, start)


def test_an_elided_noun_across_a_hard_wrapped_line(tmp_path: Path) -> None:
    doc = "Start. Officials said 76 drones\nwere shot down by air\ndefence, while 95 were lost.\n"
    s = one_fact(tmp_path, doc, '  lost: {value: 95, unit: drone, source: s, '
                                'quote: "while 95 were lost"}\n')
    assert s.verdict("quote:lost") == "grounded", s.message("quote:lost")


def test_a_paragraph_break_ends_the_antecedent(tmp_path: Path) -> None:
    doc = "Start. Officials said 76 drones were shot down.\n\nWhile 95 were lost.\n"
    s = one_fact(tmp_path, doc, '  lost: {value: 95, unit: drone, source: s, '
                                'quote: "While 95 were lost"}\n')
    assert s.verdict("quote:lost") == "grounded"  # the sentence before still counts
    doc = "Officials said 76 drones were shot down. Then rain.\n\nWhile 95 were lost.\n"
    s = one_fact(tmp_path, doc, '  lost: {value: 95, unit: drone, source: s, '
                                'quote: "While 95 were lost"}\n')
    assert s.verdict("quote:lost") == "ungrounded"  # two sentences back: too far
