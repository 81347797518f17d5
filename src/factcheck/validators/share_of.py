"""share_of: a reported percentage is the part's share of the whole."""

from factcheck.engine.values import fmt
from factcheck.validators.base import NAME, NAME_OR_NUMBER

ID = "share_of"
ARGS = {"part": NAME, "whole": NAME, "percent": NAME_OR_NUMBER}


def check(ctx, args):
    pct = args["percent"]
    pct = pct if isinstance(pct, str) else fmt(pct)
    return ctx.rule(f"pct({args['part']}, {args['whole']}) == {pct}")
