"""Resolve a reported value and its meaning to an interval (statcheck-style).

exact        114              -> [114, 114]
rounded      1300 (to 100)    -> [1250, 1350]; precision inferred from the digits if absent
approx /     about 15         -> value ± tolerance ('10%' or absolute); without a tolerance,
estimated                        the rounding the digits imply (15 -> ±0.5, 1300 -> ±50)
range        [10000, 12000]   -> [10000, 12000]
at_least     more than 45     -> [45, inf)
at_most      up to 45         -> (-inf, 45] ([0, 45] for counts)
Dates become intervals of proleptic ordinal days: a day is a point, "2024-08" a month.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal, localcontext
from fractions import Fraction

from factcheck.engine.interval import Interval, Number, exact, is_exact, to_float
from factcheck.engine.units import NONE, Unit, parse_unit


@dataclass(frozen=True)
class Value:
    """A reported quantity: its interval, unit, meaning and how it was written."""

    interval: Interval
    unit: Unit
    meaning: str
    reported: str  # as reported, e.g. "1300", "[10000, 12000]", "2025-04-26"
    is_date: bool = False

    def describe(self) -> str:
        return describe(self.interval, self.unit, self.is_date)


def inferred_precision(x: float | int) -> Number:
    """Rounding unit the written digits imply: 1300 -> 100, 114 -> 1, 2.5 -> 1/10.

    Trailing zeros of a whole number count as rounding (1300 is "to the hundred").
    """
    d = Decimal(str(x)).normalize()
    exp = d.as_tuple().exponent
    if not isinstance(exp, int):
        return 1
    return 10**exp if exp >= 0 else Fraction(1, 10**-exp)


def decimal_precision(x: float | int) -> float:
    """Rounding unit of the decimals only: 58 -> 1, 57.9 -> 0.1 (for percentages)."""
    exp = Decimal(str(x)).normalize().as_tuple().exponent
    return 10.0**exp if isinstance(exp, int) and exp < 0 else 1.0


def _tolerance(tol: float | int | str, value: Number) -> Number:
    if isinstance(tol, str):
        return abs(value) * exact(Fraction(tol.rstrip("%").strip())) / 100
    return exact(tol)


def number_interval(value: float | int | list, meaning: str | None, precision: float | None,
                    tolerance: float | int | str | None, unit: Unit = NONE) -> Interval:
    """Interval that a reported number allows, by its meaning (see module doc); exact
    endpoints (ints and fractions) for the decimals as written."""
    if isinstance(value, list):
        return Interval(exact(value[0]), exact(value[1]))
    v = exact(value)
    if precision is not None:
        precision = exact(precision)
    m = meaning or "exact"
    if m == "exact":
        half = _tolerance(tolerance, v) if tolerance is not None else 0
    elif m == "rounded":
        half = (precision if precision is not None else inferred_precision(value)) / 2
    elif m in ("approx", "estimated"):
        if tolerance is not None:
            half = _tolerance(tolerance, v)
        else:
            half = (precision if precision is not None else inferred_precision(value)) / 2
    elif m == "at_least":
        return Interval(v, math.inf)
    elif m == "at_most":
        return Interval(0 if unit.kind == "count" and v >= 0 else -math.inf, v)
    else:  # pragma: no cover - the model restricts meanings
        raise ValueError(m)
    return Interval(v - half, v + half)


def date_interval(value: dt.date | str) -> Interval:
    """Days (proleptic ordinal) covered by a date, a 'YYYY-MM' month or a 'YYYY' year."""
    if isinstance(value, dt.date):
        return Interval.point(value.toordinal())
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 2:
        y, mo = parts
        last = calendar.monthrange(y, mo)[1]
        return Interval(dt.date(y, mo, 1).toordinal(), dt.date(y, mo, last).toordinal())
    (y,) = parts
    return Interval(dt.date(y, 1, 1).toordinal(), dt.date(y, 12, 31).toordinal())


def resolve(value, unit: str | None, meaning, precision, tolerance) -> Value:
    """Value of a fact or background entry (fields as in the sheet model)."""
    m = meaning.value if meaning is not None else None
    if isinstance(value, (dt.date, str)):
        return Value(date_interval(value), NONE, m or "exact", str(value), is_date=True)
    u = parse_unit(unit)
    iv = number_interval(value, m, precision, tolerance, u)
    reported = f"[{fmt(value[0])}, {fmt(value[1])}]" if isinstance(value, list) else fmt(value)
    return Value(iv, u, m or ("range" if isinstance(value, list) else "exact"), reported)


_WHOLE = 10**15  # below it a whole number is written out in full


def fmt(x: Number, digits: int = 6) -> str:
    """Numbers as people write them in arithmetic: 97, 482.6, 1e+20, inf (``digits``
    significant digits for what is not a whole number below 1e15)."""
    if type(x) is int and -_WHOLE < x < _WHOLE:  # most values: the digits as they are
        return str(x)
    if isinstance(x, bool):
        return str(x)
    f = to_float(x)
    if math.isinf(f):
        if is_exact(x):  # an exact result beyond float range: 1e+330
            q = Fraction(x)
            with localcontext() as ctx:
                ctx.prec = digits
                return f"{(Decimal(q.numerator) / Decimal(q.denominator)).normalize():.{digits}g}"
        return "inf" if f > 0 else "-inf"
    if f.is_integer() and abs(f) < 1e15:
        return str(int(x)) if is_exact(x) and x == int(x) else str(int(f))
    small = 3 if digits == 6 else digits  # 0.000123, not 0.000123457
    return f"{f:.{digits}g}" if abs(f) >= 1e-4 else f"{f:.{small}g}"


def _fmt_day(x: Number, digits: int = 6) -> str:
    return dt.date.fromordinal(int(x)).isoformat() if math.isfinite(to_float(x)) else fmt(x)


def describe(iv: Interval, unit: Unit = NONE, is_date: bool = False, digits: int = 6) -> str:
    """'97', '[1250, 1350] kilometer ** 2', '2025-04-26'."""
    def f(x: Number) -> str:
        return _fmt_day(x) if is_date else fmt(x, digits)

    text = f(iv.lo) if iv.is_point else f"[{f(iv.lo)}, {f(iv.hi)}]"
    return f"{text} {unit.display}" if unit.kind == "physical" else text
