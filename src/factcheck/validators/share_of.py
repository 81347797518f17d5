"""share_of: a reported percentage is the part's share of the whole.

A percentage written as a number is read as rounded to its decimals (58 means
[57.5, 58.5], 57.9 means [57.85, 57.95]), as a reported percentage is.
"""

from collections import ChainMap

from factcheck.api.model import Meaning
from factcheck.engine.values import decimal_precision, resolve
from factcheck.validators.base import NAME, NAME_OR_NUMBER, Context

ID = "share_of"
ARGS = {"part": NAME, "whole": NAME, "percent": NAME_OR_NUMBER}


def check(ctx, args):
    pct = args["percent"]
    if isinstance(pct, str):
        return ctx.rule(f"pct({args['part']}, {args['whole']}) == {pct}")
    precision = decimal_precision(pct)
    values = ChainMap({"percent": resolve(pct, None, Meaning.rounded, precision, None)},
                      ctx.values)  # no copy of the sheet's values per check
    return Context(values, ctx.published).rule(f"pct({args['part']}, {args['whole']}) == percent")
