"""Closed intervals of reals: what a reported number allows the true value to be.

Endpoints are floats; every operation is monotone in each endpoint, so an
interval result contains the result of the same float operations on any
values drawn from the operands (round-to-nearest is monotone). Comparisons
treat endpoints within float rounding as equal (see :func:`compare`), since
the written decimals (0.1, 0.3) are not exactly representable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from factcheck.verdicts import Verdict


@dataclass(frozen=True)
class Interval:
    lo: float
    hi: float

    def __post_init__(self) -> None:
        if not self.lo <= self.hi:
            raise ValueError(f"interval [{self.lo}, {self.hi}] is reversed or not a number")

    @classmethod
    def point(cls, x: float) -> Interval:
        return cls(x, x)

    @property
    def is_point(self) -> bool:
        return self.lo == self.hi

    @property
    def mid(self) -> float:
        return (self.lo + self.hi) / 2

    def __add__(self, o: Interval) -> Interval:
        return Interval(self.lo + o.lo, self.hi + o.hi)

    def __sub__(self, o: Interval) -> Interval:
        return Interval(self.lo - o.hi, self.hi - o.lo)

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def __mul__(self, o: Interval) -> Interval:
        ps = [self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi]
        ps = [0.0 if math.isnan(p) else p for p in ps]  # 0 * inf
        return Interval(min(ps), max(ps))

    def __truediv__(self, o: Interval) -> Interval:
        if o.lo <= 0 <= o.hi:
            raise ZeroDivisionError("division by an interval that contains 0")
        return _div(self, o)

    def scale(self, k: float) -> Interval:
        a, b = self.lo * k, self.hi * k
        return Interval(min(a, b), max(a, b))

    def __abs__(self) -> Interval:
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        return Interval(0.0, max(-self.lo, self.hi))

    def intersects(self, o: Interval) -> bool:
        return self.lo <= o.hi and o.lo <= self.hi


def _div(a: Interval, b: Interval) -> Interval:
    qs = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi]
    return Interval(min(qs), max(qs))


def imin(*xs: Interval) -> Interval:
    return Interval(min(x.lo for x in xs), min(x.hi for x in xs))


def imax(*xs: Interval) -> Interval:
    return Interval(max(x.lo for x in xs), max(x.hi for x in xs))


REL_EPS = 1e-13
ABS_EPS = 0.0


def close(x: float, y: float) -> bool:
    """Equal up to float rounding: a few units in the last place of a sum of reported
    numbers (0.1 * 3 == 0.3), never a reported digit (1e9 and 1e9 + 1 differ)."""
    if x == y:
        return True
    if not (math.isfinite(x) and math.isfinite(y)):
        return False
    return abs(x - y) <= max(ABS_EPS, REL_EPS * max(abs(x), abs(y)))


def _le(x: float, y: float) -> bool:
    return x <= y or close(x, y)


def _lt(x: float, y: float) -> bool:
    return x < y and not close(x, y)


def _point(a: Interval) -> bool:
    return close(a.lo, a.hi)


def compare(op: str, a: Interval, b: Interval) -> Verdict:
    """Three-valued comparison: holds for all, some, or none of the allowed values.

    Endpoints within float rounding (:func:`close`) count as equal, so decimal
    arithmetic such as 0.1 * 3 == 0.3 is never reported as a discrepancy.
    """
    if op == "<=":
        return _v(_le(a.hi, b.lo), not _le(a.lo, b.hi))
    if op == "<":
        return _v(_lt(a.hi, b.lo), not _lt(a.lo, b.hi))
    if op == ">=":
        return compare("<=", b, a)
    if op == ">":
        return compare("<", b, a)
    equal = _point(a) and _point(b) and close(a.lo, b.lo)
    apart = _lt(a.hi, b.lo) or _lt(b.hi, a.lo)
    if op == "==":
        return _v(equal, apart)
    if op == "!=":
        return _v(apart, equal)
    raise ValueError(f"unknown relation {op}")


def _v(always: bool, never: bool) -> Verdict:
    if always:
        return Verdict.holds
    if never:
        return Verdict.violated
    return Verdict.within_rounding


def combine_all(verdicts: list[Verdict]) -> Verdict:
    """Verdict of a conjunction (a chained comparison)."""
    if Verdict.violated in verdicts:
        return Verdict.violated
    if Verdict.within_rounding in verdicts:
        return Verdict.within_rounding
    return Verdict.holds
