"""How many of a document's numeric and dated mentions a fact sheet accounts for.

A mention is *covered* when it lies inside the quote span of some grounded
fact **and** agrees with that fact's value:

* a number/range/age/duration/year mention matches when its ``(low, high)``
  equals the fact's ``(low, high)`` (a single value has ``low == high``);
* a date mention matches a fact whose date is the same day;
* a month mention ("August 2024") matches a fact whose date falls in that month
  (a fact with value ``YYYY-MM`` is passed as the first day of the month);
* a day without a year ("April 26") matches a fact with that month and day;
* a weekday mention ("Saturday") matches a fact whose date is that weekday;
* a year mention ("early 2025") matches a fact with that number or a date in that
  year (a fact with value ``YYYY`` is passed as January 1 of the year).

Everything else is *uncovered*: the numbers an editor has not yet written into
the sheet.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

from factcheck.text.numbers import Mention, find_mentions

__all__ = ["Coverage", "coverage", "matches"]

FactSpan = tuple[int, int, float | None, float | None, datetime.date | None]


@dataclass(frozen=True)
class Coverage:
    """Mentions of a document split into covered and uncovered."""

    mentions: list[Mention]
    covered: list[Mention]
    uncovered: list[Mention]

    @property
    def share(self) -> float:
        """Covered mentions / all mentions; 1.0 for a document without mentions."""
        if not self.mentions:
            return 1.0
        return len(self.covered) / len(self.mentions)


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def matches(
    mention: Mention, low: float | None, high: float | None, date: datetime.date | None
) -> bool:
    """Whether ``mention`` states the value of a fact given as ``(low, high, date)``."""
    if mention.low is not None and mention.high is not None and low is not None:
        hi = low if high is None else high
        if _close(mention.low, low) and _close(mention.high, hi):
            return True
    if date is None:
        return False
    if mention.date is not None:
        return mention.date == date
    if mention.month is not None:
        return mention.month == (date.year, date.month)
    if mention.monthday is not None:
        return mention.monthday == (date.month, date.day)
    if mention.kind == "year" and mention.low is not None:
        return mention.low == date.year
    if mention.kind == "weekday" and mention.weekday is not None:
        return mention.weekday == date.weekday()
    return False


def coverage(document: str, facts: Iterable[FactSpan], language: str | None = None) -> Coverage:
    """Split the mentions of ``document`` by whether a grounded fact accounts for them.

    ``facts`` holds ``(span_start, span_end, low, high, date)`` for each grounded fact:
    the offsets of its quote in ``document`` and its value (``low``/``high`` for
    numbers, ``date`` for dates; unused parts are ``None``).
    """
    spans = list(facts)
    mentions = [m for m in find_mentions(document, language=language)
                if m.kind not in ("implicit", "fraction", "monthname")]
    covered: list[Mention] = []
    uncovered: list[Mention] = []
    for m in mentions:
        hit = any(
            start <= m.start and m.end <= end and matches(m, low, high, date)
            for start, end, low, high, date in spans
        )
        (covered if hit else uncovered).append(m)
    return Coverage(mentions=mentions, covered=covered, uncovered=uncovered)
