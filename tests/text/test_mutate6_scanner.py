"""The one pass over a text (``text/scanner.py``) at the edges mutation testing found
untested (benchmarks/mutation-survivors.md, branch mutate6): a widened pattern still
matches wherever its pattern does (class ranges, conditionals ignoring case), and it is
no wider than it needs to be where case and digits decide (so the pattern is skipped)."""

from __future__ import annotations

import re

import pytest
import re2

from factcheck.text.scanner import Prefilter, widened


@pytest.mark.parametrize(("pattern", "text"), [
    (r"[a-c]x", "ax"), (r"[a-c]x", "bx"), (r"[0-9]{2}", "07"),  # a range, not its end only
    (r"(?i)(a)?(?(1)b|c)", "AB"),  # a conditional's branches ignore case as the pattern does
])
def test_a_widened_pattern_matches_where_the_pattern_does(pattern, text):
    """Kills ``scanner.x__class__mutmut_9`` (a range read as its last character) and
    ``scanner.x__item__mutmut_96`` (a conditional's first branch matched in one case)."""
    p = re.compile(pattern)
    assert p.search(text)
    assert re2.compile(widened(p)).search(text)


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(abc)", "ABC"),  # a group that does not ignore case
    (r"(?i)[\da]", "zzz"),  # digits in a class ignoring case: digits, not any character
    (r"(?i)[\sa]", "zzz"),  # spaces in a class ignoring case: spaces, not any character
    (r"\d", "X"),  # digits are digits only
])
def test_the_pass_rules_out_a_pattern_that_cannot_match(pattern, text):
    """Where the pattern cannot match, the pass skips it: kills
    ``scanner.x__item__mutmut_40`` (every group read ignoring case),
    ``scanner.x__folded_class__mutmut_29``, ``_33`` and ``scanner.x__category__mutmut_4``
    (a digit or space class widened to more than digits or spaces)."""
    p = re.compile(pattern)
    assert not p.search(text)
    pf = Prefilter()
    pf.register(p)
    assert pf.skip(text) == frozenset({id(p)})
