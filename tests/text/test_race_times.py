"""Race times in minutes, seconds and hundredths, as sports pages write them."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


@pytest.mark.parametrize(("text", "lang", "written", "seconds"), [
    ("tot een tijd van 1.06,18 op de 1.000 meter", "nl", "1.06,18", 66.18),
    ("(6.03,32 op de 5 kilometer)", "nl", "6.03,32", 363.32),
    ("won in 1:06.18 at the Olympic Oval", None, "1:06.18", 66.18),
    ("in 1'06\"18", "it", "1'06\"18", 66.18),
    ("in 1.44,5 Minuten", "de", "1.44,5", 104.5),
])
def test_a_race_time_is_seconds(text, lang, written, seconds):
    [m] = [m for m in find_mentions(text, language=lang) if m.unit == "second"]
    assert (m.text, m.low) == (written, seconds)


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("1.234,56 euro", "de", 1234.56),  # a grouped number, not a time
    ("at 10:30 p.m.", None, 22.5),  # a time of day
])
def test_other_forms_stay_what_they_were(text, lang, value):
    assert [m.low for m in find_mentions(text, language=lang)] == [value]
