"""parts_sum_to: the parts add up exactly to the total (killed 2 + 1 == 3)."""

from factcheck.validators.base import NAME, NAMES

ID = "parts_sum_to"
ARGS = {"parts": NAMES, "total": NAME}


def check(ctx, args):
    return ctx.rule(f"{' + '.join(args['parts'])} == {args['total']}")
