"""The one enum of verdicts, shared by every stage and front end.

A :class:`Verdict` is a ``StrEnum``: it is written to JSON, Markdown and HTML as its
value ("holds within rounding") and compares equal to that text.
"""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    """What a check, a quote, a claim or a statement came to."""

    # checks (relations over intervals)
    holds = "holds"  # true for every value the reported numbers allow
    within_rounding = "holds within rounding"  # true for some, not all
    violated = "violated"  # true for none
    error = "error"  # could not be evaluated (bad input)
    # quotes
    grounded = "grounded"
    ungrounded = "ungrounded"
    # claims across sources
    agree = "agree"
    conflict = "conflict"
    single = "single"
    unit_mismatch = "unit_mismatch"
    # qualitative statements
    affirmed = "affirmed"
    denied = "denied"
    disputed = "disputed"


#: verdicts that pass unless something else was expected
PASSING = frozenset({Verdict.holds, Verdict.within_rounding, Verdict.grounded, Verdict.agree,
                     Verdict.single, Verdict.affirmed, Verdict.denied, Verdict.disputed})
