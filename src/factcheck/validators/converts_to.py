"""converts_to: a conversion in parentheses agrees with the figure it was made from.

One figure is derived from the other: the stated value is converted exactly and
compared with its counterpart at the precision the counterpart's digits give (at least
two significant digits). Either may be the original: "260 kph (163 mph)" was
converted from 163 mph.

PASS  "1,300 square kilometers (500 square miles)": 1300 km² = 501.9 sq mi, and 500
      (written to the hundred) allows [450, 550]
FAIL  "1,000 km (521 miles)": 1000 km = 621.4 mi, outside [520.5, 521.5]
"""

import math

from factcheck.engine.expr import Evaluation
from factcheck.engine.interval import Interval, Verdict, compare
from factcheck.engine.units import convert
from factcheck.engine.values import Value, describe, fmt, inferred_precision
from factcheck.validators.base import NAME

ID = "converts_to"
ARGS = {"from": NAME, "to": NAME}


def _stated(v: Value) -> Interval:
    """The figure as stated: the written number, or the range for a range."""
    iv = v.interval
    try:
        return Interval.point(float(v.reported))
    except ValueError:
        return iv


def _precision(x: float) -> float:
    """Rounding unit of a figure as written, taken to at least two significant digits: a
    converted figure is written that finely ("1,000 km" from 521 miles would be 840)."""
    if x == 0 or not math.isfinite(x):
        return inferred_precision(x)
    return min(inferred_precision(x), 10.0 ** (math.floor(math.log10(abs(x))) - 1))


def _at_own_precision(v: Value) -> Interval:
    """A figure is rounded as its digits show ("121,400 ha": to the hundred), whatever
    hedge it shares with its counterpart ("nearly 300,000 acres (121,400 ha)")."""
    try:
        x = float(v.reported)
    except ValueError:
        return v.interval  # a range
    half = _precision(x) / 2
    if v.meaning == "at_least":  # "more than 400 miles (650 km)": 650 km = 403.9 mi
        return Interval(x - half, math.inf)
    if v.meaning == "at_most":  # "nearly 15,000 acres (22 square miles)": 14,080 acres
        return Interval(-math.inf, x + half)
    return Interval(min(v.interval.lo, x - half), max(v.interval.hi, x + half))


def _direction(a: Value, b: Value) -> tuple[Verdict, Interval, Interval]:
    """``a`` as stated, converted to ``b``'s unit, against ``b`` at its own precision."""
    converted = convert(_stated(a), a.unit, b.unit)
    target = _at_own_precision(b)
    return compare("==", converted, target), converted, target


def check(ctx, args):
    src, dst = ctx.value(args["from"]), ctx.value(args["to"])
    forward = _direction(src, dst)
    verdict, converted, target = forward
    names = (args["from"], args["to"])
    if verdict is Verdict.violated:
        # the round figure may be the converted one: "260 kph (163 mph)" from 163 mph
        backward = _direction(dst, src)
        if backward[0] is not Verdict.violated:
            verdict, converted, target = backward
            names = (args["to"], args["from"])
            src, dst = dst, src
    shown = f"{names[0]} = {src.reported} {src.unit.display}".rstrip()
    substituted = (f"{shown} = {describe(converted, dst.unit)} "
                   f"{'==' if verdict is not Verdict.violated else '!='} {names[1]} = "
                   f"{dst.reported} (as written: {describe(target, dst.unit)})")
    return Evaluation(verdict, substituted,
                      [(names[0], f"{fmt(converted.lo)} {dst.unit.display}".rstrip())],
                      names=(args["from"], args["to"]))
