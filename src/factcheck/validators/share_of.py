"""share_of: a reported percentage is the part's share of the whole.

A percentage written as a number in the rule is read as rounded to its digits
(58 means [57.5, 58.5]), as a reported percentage is.
"""

from factcheck.api.model import Meaning
from factcheck.engine.values import resolve
from factcheck.validators.base import NAME, NAME_OR_NUMBER, Context

ID = "share_of"
ARGS = {"part": NAME, "whole": NAME, "percent": NAME_OR_NUMBER}


def check(ctx, args):
    pct = args["percent"]
    if isinstance(pct, str):
        return ctx.rule(f"pct({args['part']}, {args['whole']}) == {pct}")
    values = dict(ctx.values, percent=resolve(pct, None, Meaning.rounded, None, None))
    return Context(values, ctx.published).rule(f"pct({args['part']}, {args['whole']}) == percent")
