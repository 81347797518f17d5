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

import bisect
import datetime
import functools
import math
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


#: relative slack between a mention's value and a fact's: float rounding of the scale
#: words ("0.07 crore"), never a written digit (1,000,000,000 and 1,000,000,001 differ)
REL_SLACK = 1e-13


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None or not (math.isfinite(a) and math.isfinite(b)):
        return False  # an overflowed "111...1" (inf) is no fact's value
    return abs(a - b) <= REL_SLACK * max(1.0, abs(a), abs(b))


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


class _Spans:
    """Fact spans of one value: is a mention's ``[start, end)`` inside any of them?

    Spans sorted by start with a running maximum of their ends: the spans starting at
    or before the mention are a prefix (bisect), and one of them contains the mention
    exactly when the largest end in that prefix reaches the mention's end. O(log n)."""

    def __init__(self) -> None:
        self._pairs: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self._reach: list[int] = []

    def add(self, start: int, end: int) -> None:
        self._pairs.append((start, end))

    def freeze(self) -> None:
        self._pairs.sort()
        self._starts = [s for s, _ in self._pairs]
        reach = 0
        for _, e in self._pairs:
            reach = max(reach, e)
            self._reach.append(reach)

    def contain(self, start: int, end: int) -> bool:
        k = bisect.bisect_right(self._starts, start)
        return k > 0 and self._reach[k - 1] >= end


class _Index:
    """The facts of :func:`coverage`, indexed so each mention is matched in O(log n).

    Numbers are grouped by their exact ``(low, high)``; a mention looks at the groups
    whose ``low`` lies within twice ``_close``'s slack of its own (a superset of what
    ``_close`` accepts, normally one group) and keeps :func:`matches`'s own test. Dates are
    grouped by each reading a mention can have of them (day, month, month-day, year,
    weekday). The result is the same as testing every fact against every mention."""

    def __init__(self, spans: Iterable[FactSpan]) -> None:
        numbers: dict[tuple[float, float], _Spans] = {}
        self.dated: dict[tuple, _Spans] = {}
        for start, end, low, high, date in spans:
            if low is not None:
                hi = low if high is None else high
                if math.isfinite(low) and math.isfinite(hi):
                    numbers.setdefault((low, hi), _Spans()).add(start, end)
            if date is not None:
                for key in (("date", date), ("month", (date.year, date.month)),
                            ("monthday", (date.month, date.day)), ("year", date.year),
                            ("weekday", date.weekday())):
                    self.dated.setdefault(key, _Spans()).add(start, end)
        for group in (*numbers.values(), *self.dated.values()):
            group.freeze()
        self.keys = sorted(numbers)
        self.lows = [k[0] for k in self.keys]
        self.numbers = numbers

    def covered(self, m: Mention) -> bool:
        if m.low is not None and m.high is not None and math.isfinite(m.low) \
                and math.isfinite(m.high) and self.lows:
            slack = 2 * REL_SLACK * max(1.0, abs(m.low))
            k = bisect.bisect_left(self.lows, m.low - slack)
            while k < len(self.keys) and self.lows[k] <= m.low + slack:
                low, hi = self.keys[k]
                if _close(m.low, low) and _close(m.high, hi) \
                        and self.numbers[self.keys[k]].contain(m.start, m.end):
                    return True
                k += 1
        key = _date_key(m)
        group = self.dated.get(key) if key is not None else None
        return group is not None and group.contain(m.start, m.end)


def _date_key(m: Mention) -> tuple | None:
    """Which reading of a fact's date ``m`` is compared with (as :func:`matches`)."""
    if m.date is not None:
        return ("date", m.date)
    if m.month is not None:
        return ("month", m.month)
    if m.monthday is not None:
        return ("monthday", m.monthday)
    if m.kind == "year" and m.low is not None:
        return ("year", m.low)
    if m.kind == "weekday" and m.weekday is not None:
        return ("weekday", m.weekday)
    return None


def coverage(document: str, facts: Iterable[FactSpan],
             language: str | None = None) -> Coverage:
    """Split the mentions of ``document`` by whether a grounded fact accounts for them.

    ``facts`` holds ``(span_start, span_end, low, high, date)`` for each grounded fact:
    the offsets of its quote in ``document`` and its value (``low``/``high`` for
    numbers, ``date`` for dates; unused parts are ``None``). O((mentions + facts) log
    facts): the facts are indexed once (:class:`_Index`), not scanned per mention.
    """
    index = _Index(facts)
    mentions = list(_countable(document, language))
    covered: list[Mention] = []
    uncovered: list[Mention] = []
    for m in mentions:
        (covered if index.covered(m) else uncovered).append(m)
    return Coverage(mentions=mentions, covered=covered, uncovered=uncovered)


@functools.lru_cache(maxsize=8)
def _countable(document: str, language: str | None) -> tuple[Mention, ...]:
    """The mentions coverage counts, read once per document: sheets sharing a document
    (B7: 80 sheets on one 256 KB article) do not re-read it."""
    return tuple(m for m in find_mentions(document, language=language)
                 if m.kind not in ("implicit", "fraction", "monthname"))
