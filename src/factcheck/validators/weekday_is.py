"""weekday_is: a date falls on the weekday the text names ("Saturday, April 26, 2025")."""

import calendar
import datetime as dt

from factcheck.engine.expr import Evaluation
from factcheck.engine.interval import Verdict
from factcheck.problems import SheetError, suggest
from factcheck.validators.base import NAME, TEXT

ID = "weekday_is"
ARGS = {"date": NAME, "weekday": TEXT}
DAYS = list(calendar.day_name)


def check(ctx, args):
    value = ctx.value(args["date"])
    wanted = args["weekday"].strip().capitalize()
    if wanted not in DAYS:
        raise SheetError("validator-args", f"`{args['weekday']}` is not a weekday"
                         f"{suggest(wanted, DAYS)}")
    if not value.is_date or not value.interval.is_point:
        raise SheetError("validator-args", f"`{args['date']}` must be a single day (YYYY-MM-DD)")
    day = dt.date.fromordinal(int(value.interval.lo))
    actual = DAYS[day.weekday()]
    ok = actual == wanted
    text = f"{day.isoformat()} is a {actual}" + ("" if ok else f", not a {wanted}")
    return Evaluation(Verdict.holds if ok else Verdict.violated, text,
                      [(day.isoformat(), actual)], names=(args["date"],))
