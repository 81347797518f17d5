"""converts_to: a value and its conversion agree (1,300 km² is about 500 sq mi)."""

from factcheck.validators.base import NAME

ID = "converts_to"
ARGS = {"from": NAME, "to": NAME}


def check(ctx, args):
    return ctx.rule(f"{args['to']} == {args['from']}")
