"""parts_within: the parts add up to at most the total; the remainder is reported.

114 drones launched, 66 destroyed, 31 decoys lost: holds, 17 unaccounted.
"""

from factcheck.engine.interval import Interval
from factcheck.engine.units import factor
from factcheck.engine.values import describe
from factcheck.text.nouns import plural
from factcheck.validators.base import NAME, NAMES

ID = "parts_within"
ARGS = {"parts": NAMES, "total": NAME}


def check(ctx, args):
    parts, total = args["parts"], args["total"]
    result = ctx.rule(f"{' + '.join(parts)} <= {total}")
    side = ctx.values[total]
    rest = side.interval
    for p in parts:  # the rule above has already refused parts in other units
        part = ctx.values[p]
        rest = rest - part.interval.scale(factor(part.unit, side.unit))
    exceeds = rest.hi < 0
    shown = -rest if exceeds else Interval(max(rest.lo, 0.0), rest.hi)
    amount = describe(shown, side.unit)
    noun = f" {plural(side.unit.name, shown.hi)}" if side.unit.kind == "count" else ""
    result.message = (f"parts exceed the total by {amount}{noun}" if exceeds
                      else f"{amount}{noun} unaccounted")
    return result
