"""Nouns of other languages that no table holds: no ground for a false alarm, while a
known noun that counts something else still fails."""

from __future__ import annotations

import pytest

from factcheck.ground.grounding import unit_mismatch
from factcheck.text.nouns import Aliases
from factcheck.text.numbers import find_mentions


def _why(unit: str, quote: str, value: float, lang: str, before: str = "",
         extra: dict | None = None) -> str | None:
    [m] = [m for m in find_mentions(quote, language=lang) if m.low == value]
    return unit_mismatch(unit, m, quote, Aliases(extra or {}, lang), before, value)


def test_an_unknown_noun_of_another_language_neither_grounds_nor_fails():
    assert _why("seat", "El PP obtuvo 136 escaños", 136, "es") is None
    assert _why("fire", "plus de 20 feux ont brûlé", 20, "fr") is None


def test_a_known_noun_that_counts_something_else_still_fails():
    why = _why("seat", "Murieron 12 personas", 12, "es")
    assert why is not None and "personas" in why and "seats" in why


def test_english_nouns_stay_checked():
    assert _why("seat", "Labour won 136 escaños", 136, "en") is not None
    assert _why("seat", "Labour won 136 seats", 136, "en") is None


@pytest.mark.parametrize(("unit", "extra", "fails"), [
    ("seat", None, False),  # no Spanish word for seats known: nothing to look for
    ("person", None, True),  # Spanish words for people are known, none is there
    ("seat", {"seat": ["escaños"]}, True),  # the sheet's own words, none is there
])
def test_an_elided_noun_is_looked_for_where_the_language_has_words(unit, extra, fails):
    why = _why(unit, "y el PSOE, 122", 122, "es", "Se votó ayer.", extra)
    assert (why is not None) is fails


def test_an_elided_noun_named_just_before_grounds_with_the_sheets_words():
    assert _why("seat", "y el PSOE, 122", 122, "es", "El PP obtuvo 136 escaños",
                {"seat": ["escaños"]}) is None
