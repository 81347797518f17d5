"""range_ordered: a reported range is a sane range: low < high, high/low <= max_ratio."""

from factcheck.engine.expr import Evaluation
from factcheck.engine.interval import Verdict
from factcheck.engine.values import fmt
from factcheck.problems import SheetError
from factcheck.validators.base import NAME, NUMBER

ID = "range_ordered"
ARGS = {"fact": NAME, "max_ratio": NUMBER}
OPTIONAL = frozenset({"max_ratio"})


def check(ctx, args):
    value = ctx.value(args["fact"])
    if value.meaning != "range":
        raise SheetError("validator-args", f"`{args['fact']}` is not a range: write its value "
                         "as [low, high]")
    lo, hi = value.interval.lo, value.interval.hi
    limit = float(args.get("max_ratio", 2))
    ratio = hi / lo if lo > 0 else float("inf")
    ok = lo < hi and ratio <= limit
    why = "" if ok else (" (empty range)" if lo == hi else f" (wider than {fmt(limit)}x)")
    text = f"{fmt(lo)} < {fmt(hi)}, ratio {fmt(round(ratio, 4))} <= {fmt(limit)}{why}"
    return Evaluation(Verdict.holds if ok else Verdict.violated, text,
                      [("high / low", fmt(round(ratio, 4)))], names=(args["fact"],))
