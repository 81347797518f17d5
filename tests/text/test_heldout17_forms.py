"""Forms of held-out batch 17: a change written twice ("fell 9.98% or 2.87 to 25.90"), a
deficit's sign in parentheses ("(-)19 per cent"), a plain -s plural of a noun in -i."""

from __future__ import annotations

import pytest

from factcheck.text.nouns import Aliases
from factcheck.text.numbers import find_mentions


def test_a_change_in_percent_and_in_points_then_the_level():
    assert [(m.low, m.kind) for m in find_mentions("fell 9.98% or 2.87 to 25.90")] == [
        (9.98, "number"), (2.87, "number"), (25.9, "number")]
    assert [m.kind for m in find_mentions("rose 3 to 5 percent")] == ["range"]


@pytest.mark.parametrize(("text", "value"), [("being (-)19 per cent", -19.0),
                                             ("(-) 4.5%", -4.5), ("(+)12 per cent", 12.0)])
def test_a_sign_in_parentheses(text, value):
    assert [m.low for m in find_mentions(text)] == [value]


def test_a_plain_s_plural_names_its_noun():
    aliases = Aliases({}, "en")
    assert aliases.names("hobli", "hoblis") and aliases.names("taxi", "taxis")
    assert not aliases.names("hobli", "hobbits")
