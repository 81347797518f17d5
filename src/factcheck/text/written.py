"""What the way a quote writes a number says about it: a hedge ("about 3,000",
"more than 45") or a figure rounded to a scale word ("$4.3 billion", "2,76 crore").

A fact that leaves ``meaning`` unset takes it from here, so that a rounded figure is
not held to the last unit of the value it stands for:

    PASS  value 4300000000, quote "rose to $4.3 billion": rounded (4.25 to 4.35 billion)
    PASS  value 2000, quote "more than 2,000 people fled": at least 2,000
    PASS  value 1300, quote "1,300 homes": exact (every digit written)
"""

from __future__ import annotations

import math

from factcheck.text.numbers import Mention, find_mentions

__all__ = ["HEDGES", "mention_meaning", "written_meaning"]

#: the meaning each hedge written before a number gives it
HEDGES = {
    "an estimated": "estimated", "estimated": "estimated",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "nearly": "approx", "almost": "approx", "some": "approx", "close to": "approx",
    "more than": "at_least", "over": "at_least", "at least": "at_least",
    "upwards of": "at_least", "just over": "at_least",
    "fewer than": "at_most", "less than": "at_most", "under": "at_most", "at most": "at_most",
    "up to": "at_most", "as many as": "at_most", "just under": "at_most",
}


def _scaled(m: Mention, value: float) -> bool:
    """True if the mention writes fewer digits than the whole number it stands for
    ("4.3 billion": 2 of 10), or writes a million or more in words ("two million")."""
    if value != int(value):
        return False
    digits = sum(c.isdigit() for c in m.text)
    whole = len(str(abs(int(value))))
    return digits < whole if digits else abs(value) >= 1_000_000


def mention_meaning(m: Mention, value: float) -> str | None:
    """The meaning ``m``, read as ``value``, has: its hedge's, "rounded" for a scaled
    figure, else None (a number written in full, exact)."""
    if m.qualifier in HEDGES:
        return HEDGES[m.qualifier]
    return "rounded" if _scaled(m, value) else None


def written_meaning(quote: str, value: float, language: str | None = None) -> str | None:
    """The meaning the first mention of ``value`` in ``quote`` gives it (see
    :func:`mention_meaning`); None if the quote writes it in full or not at all."""
    for m in find_mentions(quote, language=language):
        if m.low is not None and m.low == m.high and (
                math.isclose(m.low, value, rel_tol=1e-9) or m.alt == value):
            return mention_meaning(m, value)
    return None
