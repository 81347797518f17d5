"""converts_to: a conversion in parentheses agrees with the figure it was made from.

The converted figure is derived from the stated one: the stated value is converted
exactly and compared with the converted figure at the precision its own digits give.

PASS  "1,300 square kilometers (500 square miles)": 1300 km² = 501.9 sq mi, and 500
      (written to the hundred) allows [450, 550]
FAIL  "1,000 km (521 miles)": 1000 km = 621.4 mi, outside [520.5, 521.5]
"""

from factcheck.engine.expr import Evaluation
from factcheck.engine.interval import Interval, compare
from factcheck.engine.units import factor
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


def _at_own_precision(v: Value) -> Interval:
    """A converted figure is rounded as its digits show ("121,400 ha": to the hundred),
    whatever hedge it shares with its original ("nearly 300,000 acres (121,400 ha)")."""
    try:
        x = float(v.reported)
    except ValueError:
        return v.interval  # a range
    half = inferred_precision(x) / 2
    if v.meaning in ("at_least", "at_most"):
        return Interval(x - half, x + half)
    return Interval(min(v.interval.lo, x - half), max(v.interval.hi, x + half))


def check(ctx, args):
    src, dst = ctx.value(args["from"]), ctx.value(args["to"])
    converted = _stated(src).scale(factor(src.unit, dst.unit))
    target = _at_own_precision(dst)
    verdict = compare("==", converted, target)
    shown = f"{args['from']} = {src.reported} {src.unit.display}".rstrip()
    substituted = (f"{shown} = {describe(converted, dst.unit)} "
                   f"{'==' if verdict.value != 'violated' else '!='} {args['to']} = "
                   f"{dst.reported} (as written: {describe(target, dst.unit)})")
    return Evaluation(verdict, substituted,
                      [(args["from"], f"{fmt(converted.lo)} {dst.unit.display}".rstrip())],
                      names=(args["from"], args["to"]))
