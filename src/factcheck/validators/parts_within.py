"""parts_within: the parts add up to at most the total; the remainder is reported.

114 drones launched, 66 destroyed, 31 decoys lost: holds, 17 unaccounted.
"""

from factcheck.engine.values import describe
from factcheck.validators.base import NAME, NAMES

ID = "parts_within"
ARGS = {"parts": NAMES, "total": NAME}


def check(ctx, args):
    parts, total = args["parts"], args["total"]
    result = ctx.rule(f"{' + '.join(parts)} <= {total}")
    rest = ctx.rule(f"{total} - ({' + '.join(parts)}) >= 0")
    side = ctx.values[total]
    noun = f" {plural(side.unit.name)}" if side.unit.kind == "count" else ""
    remainder = rest.recomputed[0][1] if rest.recomputed else describe(side.interval, side.unit)
    if remainder.startswith("-"):
        result.message = f"parts exceed the total by {remainder[1:]}{noun}"
    else:
        result.message = f"{remainder}{noun} unaccounted"
    return result


def plural(noun: str) -> str:
    return noun if noun.endswith("s") else noun + "s"
