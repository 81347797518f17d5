"""Does the quote count or measure the fact's unit? Each case with its exact reason."""

from __future__ import annotations

import pytest

from factcheck.ground.grounding import _noun_phrase, unit_mismatch
from factcheck.text.nouns import Aliases
from factcheck.text.numbers import find_mentions

NONE_BEFORE = ""
ALIASES = Aliases({}, None)


def _why(unit, quote, before=NONE_BEFORE, value=None):
    (m, *_) = [m for m in find_mentions(quote) if m.low is not None]
    return unit_mismatch(unit, m, quote, ALIASES, before, value)


@pytest.mark.parametrize(("unit", "quote", "before", "value"), [
    ("drone", "95 drones were shot down", "", None),
    ("drone", "95 were shot down", "Russia launched drones overnight.", None),  # elided noun
    ("drone", "89 attack UAVs", "", None),  # an alias, two words after the number
    ("drone", "700 attack and decoy drones", "", None),  # four words after it
    ("drone", "95 Shaheds were downed", "", None),
    ("person", "3 people were killed", "", None),
    ("person", "3 were killed", "", None),  # 'killed' counts people
    ("goal", "Arsenal won 3-2", "", None),  # a score counts goals, points, runs
    ("km", "15 kilometers from the border", "", None),
    ("km", "15 from the border", "", None),  # no unit written: nothing to contradict
    ("minute", "45 minutes later", "", None),
    ("km**2", "1,300 square kilometers", "", None),
    ("km**2", "1,300 km2", "", None),
    (None, "95 missiles", "", None),  # no unit: nothing to check
    ("hour", "at 9:25 p.m.", "", 21.4166666666667),  # a time is hours after midnight
    ("minute", "at 9:25 p.m.", "", 1285),
    ("year", "a 22-year-old man", "", 22),
    ("month", "a 22-month-old war", "", 22),
])
def test_the_quote_carries_the_unit(unit, quote, before, value):
    assert _why(unit, quote, before, value) is None


@pytest.mark.parametrize(("unit", "quote", "value", "why"), [
    ("drone", "95 missiles were shot down", None,
     "the quote counts missiles, not drones (unit `drone`)"),
    ("drone", "95 were shot down", None,
     "neither the quote nor the sentence before it mentions drones (unit `drone`; add the "
     "word the document uses under `aliases:`)"),
    ("person", "3 churches were hit", None,
     "neither the quote nor the sentence before it mentions people (unit `person`; add the "
     "word the document uses under `aliases:`)"),
    ("km", "15 miles from the border", None, "the quote gives 15 miles, not kilometer"),
    ("km", "15 kg of explosives", None, "the quote gives 15 kg, which is not in kilometer"),
    ("hour", "45 minutes later", None, "the quote gives 45 minutes, not hour"),
    ("hour", "at 9:25 p.m.", 20, "9:25 p.m. is 21.4167 h after midnight, not 20 hour"),
])
def test_the_quote_says_otherwise(unit, quote, value, why):
    assert _why(unit, quote, value=value) == why


def test_the_words_after_a_number():
    assert _noun_phrase("95 attack and decoy drones were lost", 2) == \
        "attack and decoy drones were"
    assert _noun_phrase("95 - drones", 2) == "drones"
    assert _noun_phrase("95 a b c d e f g", 2) == "a b c d e"
    assert _noun_phrase("95 a b c d e f g", 2, 2) == "a b"
    assert _noun_phrase("95", 2) == ""
