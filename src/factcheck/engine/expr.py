"""Check expressions: parsed with :mod:`ast` against a whitelist, evaluated on intervals.

Nothing from a sheet reaches ``eval``. Allowed: fact names, numbers,
``+ - * /``, comparisons (chainable, joined with ``and``), and the functions
in :data:`FUNCTIONS`.
"""

from __future__ import annotations

import ast
import calendar
import datetime as dt
import functools
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from fractions import Fraction

from factcheck.engine.interval import (
    SLACK_NOTE,
    Interval,
    Verdict,
    combine_all,
    compare_detail,
    exact,
    imax,
    imin,
)
from factcheck.engine.units import NONE, Unit, convert, difference_unit, factor, offset, product
from factcheck.engine.values import Value, describe, fmt
from factcheck.problems import SheetError, suggest

MAX_CHARS = 2000
MAX_NODES = 400
MAX_CONSTANT = 1e15
DAYS_PER_YEAR = Fraction("365.25")
FUNCTIONS = {
    "sum": "sum of its arguments",
    "min": "smallest of its arguments",
    "max": "largest of its arguments",
    "abs": "absolute value",
    "pct": "pct(part, whole): part as a percentage of whole",
    "ratio": "ratio(a, b): a / b as a plain number",
    "count": "count(x): x without its count noun, to combine different nouns on purpose",
    "days_between": "days_between(earlier, later): days from one date to another",
    "years_between": "years_between(earlier, later): calendar years between dates",
    "months_between": "months_between(earlier, later): calendar months between dates",
}
_OPS = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}
_NEGATE = {"==": "!=", "!=": "==", "<": ">=", "<=": ">", ">": "<=", ">=": "<"}
_BIN = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/"}
_PREC = {"+": 1, "-": 1, "*": 2, "/": 2}


@dataclass(frozen=True)
class Expr:
    """A compiled rule: its text, AST and the names it uses."""

    text: str
    tree: ast.Expression
    names: tuple[str, ...]


@dataclass
class Evaluation:
    """What a rule came to: verdict, arithmetic with values substituted, recomputed sides."""

    verdict: Verdict
    substituted: str
    recomputed: list[tuple[str, str]] = field(default_factory=list)  # (side, interval)
    message: str = ""  # extra finding, e.g. "17 drone unaccounted"
    names: tuple[str, ...] = ()  # the values it used


@dataclass(frozen=True)
class Q:
    """An intermediate quantity with the text it was computed from."""

    iv: Interval
    unit: Unit
    text: str
    prec: int = 3  # precedence of the text's top operator (3 = atom)
    is_date: bool = False
    atom: bool = True  # a bare name or number: no recomputation to show
    #: the two dates a duration was measured between: months and years are then counted
    #: on the calendar (2022-02-24 to 2023-12-24 is 22 months), not as 30.44-day months
    dates: tuple[Interval, Interval] | None = None
    #: a quotient of two quantities whose units cancel ("turnover / turnover_prev - 1"):
    #: a fraction of one, which compares with a percentage as 0.456 does with 45.6 %;
    #: multiplied by 100 in the rule it is a number of percent, as `pct()` gives, and a
    #: percentage divided by 100 in the rule is a fraction ("growth / 100")
    fraction: bool = False
    literal: bool = False  # a number written in the rule
    #: a percentage read as a fraction of one where it scales a quantity: 25 % is 0.25,
    #: and "1 + vat" is 1.25 in "net * (1 + vat)" (a percentage otherwise adds to a
    #: number written in the rule in points: "share + 5 == 40")
    of_one: Interval | None = None


_NUMBER_WITH_UNIT = re.compile(r"(?<![\w.])\d[\d.,]*\s*[A-Za-z%°$€£]")


@functools.lru_cache(maxsize=2048)
def compile_rule(text: str) -> Expr:
    """Parse and whitelist a rule; SheetError with a clear message otherwise.

    Compiled rules are immutable, so the same text is parsed once per process.
    """
    if len(text) > MAX_CHARS:
        # a written rule or the sum a validator builds from its arguments (parts_within)
        raise SheetError("rule-too-long", f"the check's arithmetic is {len(text):,} characters "
                         f"(`{text[:30]}...`); at most {MAX_CHARS}: split it into smaller "
                         "checks")
    try:
        tree = ast.parse(text.strip(), mode="eval")
    except SyntaxError as exc:
        if "nested" in (exc.msg or ""):
            raise SheetError("rule-too-complex", "rule is nested too deeply to parse") from None
        shown = text.strip() if len(text) < 80 else text.strip()[:77] + "..."
        hint = "; a number in a rule has no unit: give the quantity its own entry under " \
            "`background:` (value, unit, citation) and name it" if _NUMBER_WITH_UNIT.search(
                text) else ""
        raise SheetError("rule-syntax", f"cannot parse rule `{shown}`: {exc.msg}{hint}") \
            from None
    except (RecursionError, MemoryError, ValueError):
        raise SheetError("rule-too-complex", "rule is nested too deeply to parse") from None
    nodes = 0
    names: list[str] = []
    try:
        for node in ast.walk(tree):
            nodes += 1
            if nodes > MAX_NODES:
                raise SheetError("rule-too-complex", f"rule has more than {MAX_NODES} parts")
            _whitelist(node, names)
    except RecursionError:
        raise SheetError("rule-too-complex", "rule is nested too deeply") from None
    body = tree.body
    tops = body.values if isinstance(body, ast.BoolOp) else [body]
    if not all(isinstance(t, ast.Compare) for t in tops):
        raise SheetError("rule-not-relation", "a rule must compare: use ==, !=, <, <=, >, >= "
                         "(e.g. drones_destroyed + decoys_lost <= drones_launched)")
    called = {id(c.func) for c in ast.walk(tree) if isinstance(c, ast.Call)}
    used = [n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) not in called]
    return Expr(text.strip(), tree, tuple(dict.fromkeys(used)))


def _whitelist(node: ast.AST, names: list[str]) -> None:
    ok = (ast.Expression, ast.Compare, ast.BinOp, ast.UnaryOp, ast.Name, ast.Load,
          ast.Constant, ast.Call, ast.BoolOp, ast.And, ast.USub, ast.UAdd, *_OPS, *_BIN)
    if not isinstance(node, ok):
        what = {ast.Attribute: "attribute access", ast.Lambda: "lambdas",
                ast.Pow: "powers (**)", ast.Subscript: "indexing", ast.Or: "`or`",
                ast.ListComp: "comprehensions", ast.GeneratorExp: "comprehensions",
                ast.Mod: "the % operator (use pct())"}.get(type(node), type(node).__name__)
        raise SheetError("rule-forbidden", f"{what} not allowed in rules; allowed: names, "
                         "numbers, + - * /, comparisons, and " + ", ".join(FUNCTIONS))
    if isinstance(node, ast.Constant):
        v = node.value
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise SheetError("rule-forbidden", f"only numbers may be written in rules, not {v!r}")
        if isinstance(v, float) and not math.isfinite(v) or abs(v) > MAX_CONSTANT:
            raise SheetError("rule-forbidden", f"number {fmt(v)} is out of range (|x| <= 1e15)")
    elif isinstance(node, ast.Call):
        if not isinstance(node.func, ast.Name):
            _whitelist(node.func, names)  # names what is wrong: attribute access, lambda...
        if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
            name = node.func.id if isinstance(node.func, ast.Name) else "that call"
            raise SheetError("rule-forbidden", f"unknown function `{name}`"
                             f"{suggest(name, FUNCTIONS)}; available: {', '.join(FUNCTIONS)}")
        if node.keywords or not node.args or any(isinstance(a, ast.Starred) for a in node.args):
            raise SheetError("rule-forbidden", f"{node.func.id}() takes plain arguments")
    elif isinstance(node, ast.Name):
        names.append(node.id)


def evaluate(expr: Expr, env: Mapping[str, Value]) -> Evaluation:
    """Evaluate a compiled rule against named values (SheetError on unknown names/units)."""
    missing = [n for n in expr.names if n not in env]
    if missing:
        n = missing[0]
        raise SheetError("unknown-fact", f"rule names `{n}`, which is not a fact"
                         f"{suggest(n, env)}")
    body = expr.tree.body
    tops = body.values if isinstance(body, ast.BoolOp) else [body]
    verdicts, texts, recomputed = [], [], []
    for cmp in tops:
        v, t, r = _relation(cmp, env)
        verdicts.append(v)
        texts.append(t)
        recomputed.extend(r)
    return Evaluation(combine_all(verdicts), "; ".join(texts), recomputed, names=expr.names)


def _relation(node: ast.Compare, env: Mapping[str, Value]) -> tuple[Verdict, str, list]:
    sides = _as_percent([_eval(node.left, env)] + [_eval(c, env) for c in node.comparators])
    ops = [_OPS[type(o)] for o in node.ops]
    verdicts, slack = [], False
    for i, op in enumerate(ops):
        a, b = sides[i], sides[i + 1]
        v, used = compare_detail(op, a.iv, _align(b, a).iv)
        verdicts.append(v)
        slack |= used
    verdict = combine_all(verdicts)
    shown_sides = [_side(s, sides[0]) for s in sides]
    for i in range(len(ops)):  # two different values never look the same (D6)
        if verdicts[i] is Verdict.violated and shown_sides[i] == shown_sides[i + 1]:
            shown_sides[i] = _side(sides[i], sides[0], 15)
            shown_sides[i + 1] = _side(sides[i + 1], sides[0], 15)
    parts = [shown_sides[0]]
    for i, op in enumerate(ops):
        shown = _NEGATE[op] if verdicts[i] is Verdict.violated else op
        parts += [shown, shown_sides[i + 1]]
    text = " ".join(parts)
    if verdict is Verdict.within_rounding:
        text += " (within rounding)"
    if slack:
        text += f" ({SLACK_NOTE})"
    recomputed = [(s.text, describe(_align(s, sides[0]).iv, _align(s, sides[0]).unit, s.is_date))
                  for s in sides if not s.atom or not s.iv.is_point]
    return verdict, text, recomputed


def _side(q: Q, ref: Q, digits: int = 6) -> str:
    aligned = _align(q, ref)
    if q.atom and q.iv.is_point and aligned.unit == q.unit:
        return q.text if digits == 6 else describe(q.iv, q.unit, q.is_date, digits)
    return f"{q.text} = {describe(aligned.iv, aligned.unit, q.is_date, digits)}"


def _align(q: Q, ref: Q) -> Q:
    """``q`` in the unit of ``ref`` (raises on incompatible units or date vs number)."""
    if q.is_date != ref.is_date:
        raise SheetError("unit-mismatch", f"cannot compare a date with a number ({q.text} vs "
                         f"{ref.text}); use days_between()")
    if q.unit == ref.unit or ref.unit.is_none or q.unit.is_none:
        return q
    if q.dates is not None and ref.unit.name in ("month", "year"):
        months = calendar_months(*q.dates)
        if months is not None:
            iv = months.scale(Fraction(1, 12)) if ref.unit.name == "year" else months
            return Q(iv, ref.unit, q.text, q.prec, q.is_date, q.atom, q.dates)
    return Q(convert(q.iv, q.unit, ref.unit), ref.unit, q.text, q.prec, q.is_date, q.atom)


def _eval(node: ast.AST, env: Mapping[str, Value]) -> Q:
    if isinstance(node, ast.Name):
        v = env[node.id]
        text = f"{v.reported} {v.unit.display}" if v.unit.kind == "physical" else v.reported
        of_one = v.interval.scale(Fraction(1, 100)) if v.unit.name == "percent" else None
        return Q(v.interval, v.unit, text, 3, v.is_date, of_one=of_one)
    if isinstance(node, ast.Constant):
        return Q(Interval.point(exact(node.value)), NONE, fmt(node.value), literal=True)
    if isinstance(node, ast.UnaryOp):
        q = _eval(node.operand, env)
        if isinstance(node.op, ast.UAdd):
            return q
        if q.is_date:
            raise SheetError("unit-mismatch", f"a date cannot be negated (`-{q.text}`); "
                             "use days_between() for the days between two dates")
        return Q(-q.iv, q.unit, f"-{_paren(q, 3)}", 3, q.is_date, q.atom, fraction=q.fraction,
                 literal=q.literal)
    if isinstance(node, ast.BinOp):
        op, a, b = _BIN[type(node.op)], _eval(node.left, env), _eval(node.right, env)
        scaled = _scaled_by_percent(op, a, b)
        if scaled is not None:
            return scaled
        if op in "+-":  # "deficit_share + extra / gdp": the fraction in percent
            a, b = _as_percent([a, b])
        if op == "/" and a.unit.name == "percent" and _hundred(b):  # "growth / 100"
            q = _binop(op, replace(a, unit=NONE), b)
            return replace(q, fraction=True)
        return replace(_binop(op, a, b), fraction=_fraction(op, a, b),
                       of_one=_of_one(op, a, b))
    if isinstance(node, ast.Call):
        return _call(node.func.id, [_eval(a, env) for a in node.args])  # type: ignore[attr-defined]
    raise SheetError("rule-forbidden", f"unsupported expression {type(node).__name__}")


def _of_one(op: str, a: Q, b: Q) -> Interval | None:
    """:attr:`Q.of_one` of ``a op b``: a number written in the rule plus or minus a
    percentage ("1 + vat", "1 - discount")."""
    if op == "+" and a.literal and b.of_one is not None:
        return a.iv + b.of_one
    if op == "+" and b.literal and a.of_one is not None:
        return a.of_one + b.iv
    if op == "-" and a.literal and b.of_one is not None:
        return a.iv - b.of_one
    return None


def _scaled_by_percent(op: str, a: Q, b: Q) -> Q | None:
    """A quantity or a count (not a number written in the rule) times or over a
    percentage, which scales it as a fraction of one: "price * (1 + vat)" is the price
    with 25 % VAT, "net / (1 - tax)" the gross, "count(laid_off) / share" the workforce."""
    if op == "*" and a.of_one is not None and b.of_one is not None:
        # growth factors compound: "(1 + g) * (1 + g)" is 1.1236 for g = 6 %
        text = f"{_paren(a, _PREC[op])} * {_paren(b, _PREC[op])}"
        return Q(a.of_one * b.of_one, NONE, text, _PREC[op], atom=False, fraction=True,
                 of_one=None)
    if op not in "*/" or a.literal or a.is_date or a.unit.name == "percent":
        if op == "*" and b.of_one is None and a.of_one is not None:
            return _scaled_by_percent(op, b, a)
        return None
    if b.of_one is None:
        return None
    text = f"{_paren(a, _PREC[op])} {op} {_paren(b, _PREC[op], right=op == '/')}"
    share = Q(b.of_one, NONE, b.text, b.prec, atom=False)
    return replace(_binop(op, a, share), text=text, fraction=a.fraction)


def _fraction(op: str, a: Q, b: Q) -> bool:
    """Whether ``a op b`` is a fraction of one (:attr:`Q.fraction`): a quotient whose units
    cancel, or a fraction with a number written in the rule or another fraction (but
    times 100 it is a number of percent)."""
    if op == "/" and not a.unit.is_none and not b.unit.is_none and not a.is_date:
        try:
            return product(a.unit, b.unit, "/").is_none
        except SheetError:
            return False
    if not (a.fraction or b.fraction):
        return False
    if op == "*" and (_hundred(a) or _hundred(b)):
        return False
    return all(q.fraction or q.literal for q in (a, b)) and not (op == "/" and b.fraction)


def _hundred(q: Q) -> bool:
    """Whether ``q`` is the number 100 written in the rule."""
    return q.literal and q.iv == Interval.point(100)


def _as_percent(sides: list[Q]) -> list[Q]:
    """A fraction of one compared with a percentage, in percent (0.456 is 45.6 %)."""
    percent = next((s.unit for s in sides if s.unit.name == "percent"), None)
    if percent is None:
        return sides
    return [replace(s, iv=s.iv.scale(100), unit=percent, atom=False) if s.fraction else s
            for s in sides]


def _paren(q: Q, prec: int, right: bool = False) -> str:
    return f"({q.text})" if q.prec < prec or (right and q.prec == prec) else q.text


def _binop(op: str, a: Q, b: Q) -> Q:
    p = _PREC[op]
    text = f"{_paren(a, p)} {op} {_paren(b, p, right=op in '-/')}"
    if a.is_date or b.is_date:
        if op == "-" and a.is_date and b.is_date:
            return Q(a.iv - b.iv, Unit("physical", "day"), text, p, atom=False)
        raise SheetError("unit-mismatch", f"`{text}`: dates can only be subtracted from dates")
    if op in "+-":
        if a.unit.is_none and not b.unit.is_none:
            unit, bi = b.unit, b.iv
        elif offset(a.unit) or offset(b.unit):
            unit, bi = _temperatures(op, a, b, text)
        else:
            unit, bi = a.unit, b.iv.scale(factor(b.unit, a.unit))
        try:
            iv = a.iv + bi if op == "+" else a.iv - bi
        except ValueError:  # inf - inf
            raise SheetError("undefined", f"`{text}` is undefined for open-ended values") \
                from None
        return Q(_finite(iv, text), unit, text, p, atom=False)
    bi = b.iv
    if op == "/" and a.unit.kind == b.unit.kind == "physical" and a.unit != b.unit:
        try:  # 90 min / 1.5 h: convert the divisor first, the ratio is a plain number
            bi, unit = b.iv.scale(factor(b.unit, a.unit)), NONE
        except SheetError:
            unit = product(a.unit, b.unit, op)
    else:
        unit = product(a.unit, b.unit, op)
    try:
        iv = a.iv * bi if op == "*" else a.iv / bi
    except ZeroDivisionError:
        raise SheetError("division-by-zero", f"`{text}`: the divisor can be 0") from None
    except ValueError:  # inf / inf and the like
        raise SheetError("undefined", f"`{text}` is undefined for open-ended values") from None
    return Q(_finite(iv, text), unit, text, p, atom=False)


def _temperatures(op: str, a: Q, b: Q, text: str) -> tuple[Unit, Interval]:
    """Unit and right side of a sum or difference with a temperature: two temperatures
    subtract to a change (delta_degC), a change adds to a temperature; two temperatures
    do not add."""
    if offset(a.unit) and offset(b.unit):
        if op == "+":
            raise SheetError("unit-offset", f"`{text}`: two temperatures cannot be added; "
                             "subtract them, or record the change in delta_degC")
        return difference_unit(a.unit), convert(b.iv, b.unit, a.unit)
    if offset(b.unit):
        raise SheetError("unit-offset", f"`{text}`: a temperature cannot be added to or "
                         "taken from a change; write the temperature first")
    return a.unit, b.iv.scale(factor(b.unit, difference_unit(a.unit)))


def _finite(iv: Interval, text: str) -> Interval:
    if iv.lo != iv.lo or iv.hi != iv.hi:  # NaN
        raise SheetError("undefined", f"`{text}` is undefined for open-ended values")
    return iv


def _call(name: str, args: list[Q]) -> Q:
    text = f"{name}({', '.join(a.text for a in args)})"
    if name in ("sum", "min", "max"):
        acc = args[0]
        for a in args[1:]:
            if name == "sum":
                acc = _binop("+", acc, a)
            else:
                b = _align(a, acc)
                iv = imin(acc.iv, b.iv) if name == "min" else imax(acc.iv, b.iv)
                acc = Q(iv, acc.unit, text, 3, acc.is_date, atom=False)
        return Q(acc.iv, acc.unit, text, 3, acc.is_date, atom=len(args) == 1 and args[0].atom)
    _arity(name, args, 1 if name in ("abs", "count") else 2)
    dated = [a.text for a in args if a.is_date]
    if dated and name not in ("days_between", "years_between", "months_between"):
        raise SheetError("unit-mismatch", f"{name}() does not take dates ({dated[0]}); "
                         "use days_between() or years_between()")
    if name == "abs":
        return Q(abs(args[0].iv), args[0].unit, text, 3, atom=False)
    if name == "count":
        return Q(args[0].iv, NONE, text, 3, atom=args[0].atom)
    a, b = args
    if name in ("pct", "ratio"):
        q = _binop("/", Q(a.iv, NONE, a.text), Q(_align(b, a).iv, NONE, b.text))
        iv = q.iv.scale(100) if name == "pct" else q.iv
        return Q(iv, NONE, text, 3, atom=False, fraction=name == "ratio")
    if not (a.is_date and b.is_date):
        raise SheetError("unit-mismatch", f"{name}() takes two dates")
    days = b.iv - a.iv
    if name in ("years_between", "months_between"):
        months = calendar_months(a.iv, b.iv)
        if months is None:
            months = days.scale(12 / DAYS_PER_YEAR)
        if name == "years_between":
            return Q(months.scale(Fraction(1, 12)), Unit("physical", "year"), text, 3, atom=False)
        return Q(months, Unit("physical", "month"), text, 3, atom=False)
    return Q(days, Unit("physical", "day"), text, 3, atom=False, dates=(a.iv, b.iv))


def _arity(name: str, args: list, n: int) -> None:
    if len(args) != n:
        raise SheetError("rule-forbidden", f"{name}() takes {n} argument(s), got {len(args)}")


def _add_months(d: dt.date, n: int) -> dt.date:
    y, m = divmod(d.month - 1 + n, 12)
    year, month = d.year + y, m + 1
    return dt.date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def _months(o1: int, o2: int) -> Fraction:
    """Calendar months from day ordinal ``o1`` to ``o2``, the part month as a fraction."""
    if o2 < o1:
        return -_months(o2, o1)
    d1, d2 = dt.date.fromordinal(int(o1)), dt.date.fromordinal(int(o2))
    m = (d2.year - d1.year) * 12 + d2.month - d1.month
    if _add_months(d1, m) > d2:
        m -= 1
    start = _add_months(d1, m)
    try:
        length = (_add_months(d1, m + 1) - start).days
    except ValueError:  # the month after December 9999: it would have 31 days
        length = 31
    return m + Fraction((d2 - start).days, length)


def calendar_months(a: Interval, b: Interval) -> Interval | None:
    """Calendar months from the dates in ``a`` to those in ``b`` (None if unbounded)."""
    ends = (a.lo, a.hi, b.lo, b.hi)
    if not all(math.isfinite(x) and 1 <= x <= dt.date.max.toordinal() for x in ends):
        return None
    return Interval(_months(a.hi, b.lo), _months(a.lo, b.hi))
