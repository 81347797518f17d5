"""Evaluate the checks of one loaded sheet: rules and named validators alike."""

from __future__ import annotations

from factcheck.api.model import Check, Meaning
from factcheck.engine.expr import Evaluation, compile_rule, evaluate
from factcheck.engine.outcome import ERROR, Input, Kind, Outcome
from factcheck.engine.values import Value, resolve
from factcheck.load.sheet import LoadedSheet
from factcheck.problems import Problem, SheetError
from factcheck.series import evaluate_datasets
from factcheck.text.written import (
    may_hedge,
    written_decimals,
    written_meaning,
    written_multiple,
)
from factcheck.validators.base import Context, validate_args
from factcheck.validators.registry import get


def _quoted_meaning(quote: str | None, value: object, language: str | None) -> Meaning | None:
    """The meaning a fact that sets none takes from its quote: a hedge ("more than
    2,000") or a figure rounded to a scale word ("$4.3 billion"); None for a number
    written in full. Only quotes that could hold either are read."""
    if not quote or isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    round_figure = value == int(value) and abs(value) >= 1000 and value % 100 == 0
    if not round_figure and not may_hedge(quote, language):
        return None
    meaning = written_meaning(quote, value, language)
    return Meaning(meaning) if meaning else None


def _percentage(value: object, unit: str | None) -> bool:
    """True for a percentage: a ratio a report rounds to its last written digit ("0.42%",
    "40%"); other numbers keep the meaning their quote gives them."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return (unit or "").strip().lower() in _PERCENT_UNITS


def _percentage_precision(quote: str, value: float, language: str | None) -> float | None:
    """The rounding a percentage's quote writes: "67.0%" to a tenth, though the sheet says
    67; "40%" to the unit, not to the ten; None: the digits of the sheet's value."""
    decimals = written_decimals(quote, value, language)
    if decimals is not None and decimals > 0:
        return 10.0 ** -decimals if value == round(value, decimals) else None
    return 1 if value == int(value) else None


_PERCENT_UNITS = frozenset({"percent", "%", "per cent", "percentage point",
                            "percentage points", "percentage_point", "pp"})


def resolve_values(ls: LoadedSheet, approx_tolerance: float | str | None = None
                   ) -> tuple[dict[str, Value], dict[str, Problem]]:
    """Every fact, background value and `published` of a sheet as a :class:`Value`,
    and the problem of each name that could not be resolved.

    ``approx_tolerance`` (`[tool.factcheck]`) applies to approx/estimated values that
    state no tolerance of their own.
    """
    values: dict[str, Value] = {}
    failed: dict[str, Problem] = {}
    entries = [("facts", k, f) for k, f in ls.sheet.facts.items()]
    entries += [("background", k, b) for k, b in ls.sheet.background.items()]
    for section, name, f in entries:
        meaning, precision = f.meaning, f.precision
        if meaning is None and section == "facts":
            meaning = _quoted_meaning(f.quote, f.value, ls.sheet.language)
            if meaning is None and (_percentage(f.value, f.unit) or (
                    not f.unit and isinstance(f.value, float)
                    and written_multiple(f.quote, f.value, ls.sheet.language))):
                # "0.42%": a percentage is reported rounded to its last written digit
                meaning = Meaning.rounded
                if precision is None:
                    precision = _percentage_precision(f.quote, f.value, ls.sheet.language)

        tolerance = f.tolerance
        if tolerance is None and meaning in (Meaning.approx, Meaning.estimated):
            tolerance = approx_tolerance
        try:
            values[name] = resolve(f.value, f.unit, meaning, precision, tolerance)
        except SheetError as err:
            line, col = ls.lines.position((section, name, "unit"))
            failed[name] = Problem(ls.rel, line, col, err.code, err.message)
        except (ValueError, ArithmeticError) as err:
            line, col = ls.lines.position((section, name, "value"))
            failed[name] = Problem(ls.rel, line, col, "invalid-value", str(err))
    if ls.sheet.published is not None and "published" not in values:
        values["published"] = resolve(ls.sheet.published, None, None, None, None)
    return values, failed


def _inputs(names: tuple[str, ...], values: dict[str, Value], ls: LoadedSheet) -> list[Input]:
    out = []
    for n in names:
        v = values.get(n)
        if v is None:
            continue
        section = "facts" if n in ls.sheet.facts else (
            "derived" if n in ls.sheet.derived else "background")
        out.append(Input(n, v.reported, v.describe(), v.meaning,
                         v.unit.name, ls.line(section, n) if n != "published" else
                         ls.line("published")))
    return out


def _args_text(args: dict) -> str:
    def one(v):
        return ", ".join(map(str, v)) if isinstance(v, list) else str(v)

    return ", ".join(f"{k}={one(v)}" if not isinstance(v, list) else f"{k}=[{one(v)}]"
                     for k, v in args.items())


def _uses(check: Check) -> tuple[str, ...]:
    """Names of the values a check uses (its rule's names, its validator's name args)."""
    if check.rule is not None:
        return compile_rule(check.rule).names
    names: list[str] = []
    for v in check.args.values():
        names += [x for x in (v if isinstance(v, list) else [v]) if isinstance(x, str)]
    return tuple(names)


def run_check(check_id: str, ls: LoadedSheet, values: dict[str, Value],
              broken: dict[str, Problem] | None = None) -> Outcome:
    """One check's outcome; bad rules become an 'error' outcome at the check's line, and
    a check that uses a broken fact points at the fact's problem."""
    check = ls.sheet.checks[check_id]
    line, column = ls.lines.position(("checks", check_id))
    rule_id = check.validator or "expr"
    shown = check.rule or f"{check.validator}({_args_text(check.args)})"
    base = dict(kind=Kind.check, sheet=ls.rel, name=check_id, line=line, column=column,
                rule=rule_id, expression=shown, expect=check.expect, reason=check.reason,
                description=check.description)
    try:
        for name in _uses(check):
            if broken and name in broken:
                p = broken[name]
                return Outcome(verdict=ERROR, message=f"`{name}` cannot be used: {p.message} "
                               f"(line {p.line})", code="broken-input", **base)
        if check.rule is not None:
            ev: Evaluation = evaluate(compile_rule(check.rule), values)
        else:
            validator = get(check.validator)
            ctx = Context(values, ls.sheet.published)
            validate_args(validator, check.args, ctx)
            ev = validator.check(ctx, dict(check.args))
    except SheetError as err:
        return Outcome(verdict=ERROR, message=err.message, code=err.code, **base)
    except Exception as exc:  # a validator bug is reported, never a traceback
        return Outcome(verdict=ERROR, message=f"internal error in {rule_id}: "
                       f"{type(exc).__name__}: {exc}", code="internal", **base)
    message = ev.substituted + (f"; {ev.message}" if ev.message else "")
    return Outcome(verdict=ev.verdict.value, message=message, substituted=ev.substituted,
                   recomputed=list(ev.recomputed), inputs=_inputs(ev.names, values, ls),
                   note=ev.message or None, **base)


def evaluate_sheet(ls: LoadedSheet, approx_tolerance: float | str | None = None
                   ) -> tuple[list[Outcome], list[Problem], dict[str, Value]]:
    """Outcomes of all checks of a sheet, problems with its values, and the values."""
    values, failed = resolve_values(ls, approx_tolerance)
    # datasets (factcheck.series): derived values join the facts; series checks run there
    data = evaluate_datasets(ls, values)
    values.update(data.values)
    broken = {**ls.broken, **failed, **data.broken}
    outcomes = [data.checks.get(cid) or run_check(cid, ls, values, broken)
                for cid in ls.sheet.checks]
    return outcomes, list(failed.values()) + data.problems, values
