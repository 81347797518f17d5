"""Closed intervals of reals: what a reported number allows the true value to be.

Endpoints are exact wherever the numbers are: reported integers and decimals enter as
``int`` or :class:`~fractions.Fraction` (0.1 is one tenth, not the nearest float), and
``+ - * /`` on them stay exact, so 0.1 * 3 == 0.3 holds and 1,000,000,000 differs from
1,000,000,001 at any size. An endpoint becomes a float only where a unit conversion
multiplies by an inexact factor (km to miles) or an interval is open-ended (infinity).
Comparisons of float endpoints allow a relative slack of :data:`REL_EPS` (float
rounding of the conversion), and :func:`compare_detail` says when that slack decided a
verdict, so the outcome can state it. Exact endpoints compare exactly.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from factcheck.verdicts import Verdict

Number = int | Fraction | float


def exact(x: float | int | Fraction | str) -> int | Fraction | float:
    """A reported number as an exact value: ints stay ints, a float is the decimal it
    was written as (``repr`` gives the shortest decimal that reads back as it), integral
    fractions become ints; infinities stay floats."""
    if isinstance(x, bool):
        return int(x)
    if isinstance(x, int):
        return x
    if isinstance(x, float) and not math.isfinite(x):
        return x
    q = Fraction(repr(x)) if isinstance(x, float) else Fraction(x)
    return q.numerator if q.denominator == 1 else q


def is_exact(x: Number) -> bool:
    return not isinstance(x, float)


def to_float(x: Number) -> float:
    """``x`` as a float; an exact number beyond float range becomes a signed infinity."""
    try:
        return float(x)
    except OverflowError:
        return math.inf if x > 0 else -math.inf


def _arith(op: Callable[[Number, Number], Number], x: Number, y: Number) -> Number:
    """``op(x, y)``; an exact number beyond float range that meets a float is taken as
    a signed infinity (Python refuses to convert it)."""
    try:
        return op(x, y)
    except OverflowError:
        return op(to_float(x), to_float(y))


def _quot(x: Number, y: Number) -> Number:
    if is_exact(x) and is_exact(y):
        q = Fraction(x) / Fraction(y)
        return q.numerator if q.denominator == 1 else q
    return _arith(operator.truediv, x, y)


def _nan(x: Number) -> bool:
    return x != x  # noqa: PLR0124 - NaN is the only value unequal to itself


@dataclass(frozen=True)
class Interval:
    lo: Number
    hi: Number

    def __post_init__(self) -> None:
        if not self.lo <= self.hi:
            raise ValueError(f"interval [{self.lo}, {self.hi}] is reversed or not a number")

    @classmethod
    def point(cls, x: Number) -> Interval:
        return cls(x, x)

    @property
    def is_point(self) -> bool:
        return self.lo == self.hi

    @property
    def mid(self) -> Number:
        return _quot(_arith(operator.add, self.lo, self.hi), 2)

    @property
    def is_exact(self) -> bool:
        """Both endpoints exact (no float from a unit conversion)."""
        return is_exact(self.lo) and is_exact(self.hi)

    def __add__(self, o: Interval) -> Interval:
        return Interval(_arith(operator.add, self.lo, o.lo), _arith(operator.add, self.hi, o.hi))

    def __sub__(self, o: Interval) -> Interval:
        return Interval(_arith(operator.sub, self.lo, o.hi), _arith(operator.sub, self.hi, o.lo))

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def __mul__(self, o: Interval) -> Interval:
        ps = [_arith(operator.mul, x, y) for x in (self.lo, self.hi) for y in (o.lo, o.hi)]
        ps = [0 if _nan(p) else p for p in ps]  # 0 * inf
        return Interval(min(ps), max(ps))

    def __truediv__(self, o: Interval) -> Interval:
        if o.lo <= 0 <= o.hi:
            raise ZeroDivisionError("division by an interval that contains 0")
        return _div(self, o)

    def scale(self, k: Number) -> Interval:
        """Multiplied by a unit factor: exact for 1, whole numbers and their inverses
        (km to m, hours to minutes), a float otherwise (km to miles)."""
        k = _exact_factor(k)
        if k == 1:
            return self
        a, b = _arith(operator.mul, self.lo, k), _arith(operator.mul, self.hi, k)
        a, b = (0 if _nan(a) else a), (0 if _nan(b) else b)
        return Interval(min(a, b), max(a, b))

    def __abs__(self) -> Interval:
        if self.lo >= 0:
            return self
        if self.hi <= 0:
            return -self
        return Interval(0, max(-self.lo, self.hi))

    def intersects(self, o: Interval) -> bool:
        return self.lo <= o.hi and o.lo <= self.hi


def _exact_factor(k: Number) -> Number:
    if isinstance(k, float) and math.isfinite(k) and k != 0:
        if k.is_integer():
            return int(k)
        inverse = 1 / k
        if inverse.is_integer():
            return Fraction(1, int(inverse))
    return k


def _div(a: Interval, b: Interval) -> Interval:
    qs = [_quot(x, y) for x in (a.lo, a.hi) for y in (b.lo, b.hi)]
    if any(_nan(q) for q in qs):
        raise ValueError("undefined quotient of open-ended intervals")
    return Interval(min(qs), max(qs))


def imin(*xs: Interval) -> Interval:
    return Interval(min(x.lo for x in xs), min(x.hi for x in xs))


def imax(*xs: Interval) -> Interval:
    return Interval(max(x.lo for x in xs), max(x.hi for x in xs))


#: relative slack between float endpoints (values converted between units): a few
#: units in the last place of a double. Exact endpoints get none.
REL_EPS = 1e-13
SLACK_NOTE = f"float endpoints of a unit conversion equal within {REL_EPS:g} relative"


@dataclass(frozen=True)
class _Closeness:
    """Equality of endpoints: exact, or with float slack (``slack``) for floats."""

    slack: bool = True

    def close(self, x: Number, y: Number) -> bool:
        if x == y:
            return True
        if not self.slack or (is_exact(x) and is_exact(y)):
            return False
        fx, fy = to_float(x), to_float(y)
        if not (math.isfinite(fx) and math.isfinite(fy)):
            return False
        return abs(fx - fy) <= REL_EPS * max(abs(fx), abs(fy))

    def le(self, x: Number, y: Number) -> bool:
        return x <= y or self.close(x, y)

    def lt(self, x: Number, y: Number) -> bool:
        return x < y and not self.close(x, y)


def close(x: Number, y: Number) -> bool:
    """Equal: exactly for exact numbers, up to :data:`REL_EPS` for float endpoints."""
    return _Closeness().close(x, y)


def compare(op: str, a: Interval, b: Interval) -> Verdict:
    """Three-valued comparison: holds for all, some, or none of the allowed values."""
    return compare_detail(op, a, b)[0]


def compare_detail(op: str, a: Interval, b: Interval) -> tuple[Verdict, bool]:
    """:func:`compare`, and whether float slack between endpoints decided it (the
    verdict without the slack differs)."""
    verdict = _compare(op, a, b, _Closeness())
    if a.is_exact and b.is_exact:
        return verdict, False
    return verdict, verdict != _compare(op, a, b, _Closeness(slack=False))


def _compare(op: str, a: Interval, b: Interval, c: _Closeness) -> Verdict:
    if op in (">=", ">"):
        op, a, b = {">=": "<=", ">": "<"}[op], b, a
    if op == "<=":
        verdict = _v(c.le(a.hi, b.lo), not c.le(a.lo, b.hi))
    elif op == "<":
        verdict = _v(c.lt(a.hi, b.lo), not c.lt(a.lo, b.hi))
    elif op in ("==", "!="):
        equal = c.close(a.lo, a.hi) and c.close(b.lo, b.hi) and c.close(a.lo, b.lo)
        apart = c.lt(a.hi, b.lo) or c.lt(b.hi, a.lo)
        verdict = _v(equal, apart) if op == "==" else _v(apart, equal)
    else:
        raise ValueError(f"unknown relation {op}")
    return verdict


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
