"""Hypothesis strategies for facts as reporters write them, each with an independent oracle.

A :class:`Reported` fact is rounded, approximate (with or without a tolerance), estimated,
open-ended, a range, or exact; in a count noun or a physical unit (km, miles, km², acres,
hectares, kg, pounds). Alongside the sheet entry and the words a document would use, it
carries what the figure allows, computed here with exact rational arithmetic
(:class:`fractions.Fraction`) and a conversion table of exact definitions (a mile is
1609.344 m), never with factcheck's own interval or unit code.
"""

from __future__ import annotations

import datetime as dt
import math
import operator
from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

Bound = Fraction | float  # float only for +-inf

MILE = Fraction("1609.344")
#: unit -> (dimension, exact size in SI base units, how a document writes it)
UNITS: dict[str, tuple[str, Fraction, str]] = {
    "drone": ("drone", Fraction(1), "drones"),
    "km": ("length", Fraction(1000), "kilometers"),
    "mile": ("length", MILE, "miles"),
    "m": ("length", Fraction(1), "meters"),
    "km**2": ("area", Fraction(10**6), "square kilometers"),
    "square_mile": ("area", MILE**2, "square miles"),
    "hectare": ("area", Fraction(10**4), "hectares"),
    # pint's acre is the US survey acre: 43,560 survey feet² (a survey foot is 1200/3937 m)
    "acre": ("area", 43560 * Fraction(1200, 3937) ** 2, "acres"),
    "kg": ("mass", Fraction(1), "kilograms"),
    "pound": ("mass", Fraction("0.45359237"), "pounds"),
}
DIMENSIONS = sorted({d for d, _, _ in UNITS.values()})
OPS = {"<=": operator.le, "<": operator.lt, ">=": operator.ge, ">": operator.gt,
       "==": operator.eq, "!=": operator.ne}


@dataclass(frozen=True)
class Reported:
    """A fact as a sheet gives it, the words that write it, and what it allows (in SI)."""

    entry: dict[str, Any]  # value, unit, meaning, tolerance (no quote, no source)
    words: str  # "about 1,300 square kilometers"
    lo: Bound
    hi: Bound
    dimension: str


def written_step(text: str) -> Fraction:
    """The rounding unit the written digits imply, read off the string: '1300' -> 100,
    '114' -> 1, '2.5' -> 1/10 (trailing zeros of a whole number count as rounding)."""
    if "." in text:
        decimals = len(text.split(".")[1].rstrip("0"))
        return Fraction(1, 10**decimals)
    return Fraction(10) ** (len(text) - len(text.rstrip("0")))


def _show(x: Fraction) -> str:
    """A number as a document writes it: thousands separated, decimals as given."""
    if x.denominator == 1:
        return f"{x.numerator:,}"
    whole, _, frac = f"{float(x):.6f}".rstrip("0").partition(".")
    return f"{int(whole):,}.{frac}"


def _yaml_number(x: Fraction) -> int | float:
    return x.numerator if x.denominator == 1 else float(x)


@st.composite
def magnitudes(draw: Any) -> Fraction:
    """A positive figure: a whole number (often round) or one with one or two decimals."""
    kind = draw(st.sampled_from(["whole", "round", "decimal"]))
    if kind == "whole":
        return Fraction(draw(st.integers(1, 999_999)))
    if kind == "round":
        return Fraction(draw(st.integers(1, 999)) * 10 ** draw(st.integers(1, 4)))
    places = draw(st.integers(1, 2))
    return Fraction(draw(st.integers(1, 99_999)), 10**places)


@st.composite
def reported(draw: Any, unit: str | None = None) -> Reported:
    """One fact in ``unit`` (drawn if None) with a meaning and its oracle interval."""
    unit = unit or draw(st.sampled_from(sorted(UNITS)))
    dim, size, noun = UNITS[unit]
    x = draw(magnitudes())
    text = str(x.numerator) if x.denominator == 1 else f"{float(x):.6f}".rstrip("0")
    meaning = draw(st.sampled_from(["exact", "rounded", "approx", "approx-tol", "approx-pct",
                                    "estimated", "at_least", "at_most", "range"]))
    entry: dict[str, Any] = {"value": _yaml_number(x), "unit": unit}
    if meaning == "range":
        hi = x + draw(magnitudes())
        entry["value"] = [_yaml_number(x), _yaml_number(hi)]
        lo_, hi_ = x, hi
        words = f"between {_show(x)} and {_show(hi)} {noun}"
    elif meaning == "exact":
        lo_ = hi_ = x
        words = f"{_show(x)} {noun}"
    elif meaning in ("rounded", "approx", "estimated"):
        half = written_step(text) / 2
        lo_, hi_ = x - half, x + half
        entry["meaning"] = meaning
        words = {"rounded": "", "approx": "about ", "estimated": "an estimated "}[meaning] \
            + f"{_show(x)} {noun}"
    elif meaning == "approx-tol":
        tol = draw(st.integers(1, 50))
        entry |= {"meaning": "approx", "tolerance": tol}
        lo_, hi_ = x - tol, x + tol
        words = f"about {_show(x)} {noun}"
    elif meaning == "approx-pct":
        pct = draw(st.integers(1, 30))
        entry |= {"meaning": "approx", "tolerance": f"{pct}%"}
        lo_, hi_ = x * (1 - Fraction(pct, 100)), x * (1 + Fraction(pct, 100))
        words = f"roughly {_show(x)} {noun}"
    elif meaning == "at_least":
        entry["meaning"] = meaning
        lo_, hi_ = x, math.inf
        words = f"more than {_show(x)} {noun}"
    else:  # at_most: a count is never below zero
        entry["meaning"] = meaning
        lo_, hi_ = (Fraction(0) if dim == "drone" else -math.inf), x
        words = f"up to {_show(x)} {noun}"
    scale = lambda b: b * size if isinstance(b, Fraction) else b  # noqa: E731
    return Reported(entry, words, scale(lo_), scale(hi_), dim)


@st.composite
def related(draw: Any, max_parts: int = 3) -> tuple[list[Reported], Reported, str]:
    """Parts and a total of one dimension (units may differ) and a relation between them."""
    dim = draw(st.sampled_from(DIMENSIONS))
    units = [u for u, (d, _, _) in UNITS.items() if d == dim]
    parts = draw(st.lists(st.sampled_from(units).flatmap(reported), min_size=1,
                          max_size=max_parts))
    total = draw(st.sampled_from(units).flatmap(reported))
    return parts, total, draw(st.sampled_from(sorted(OPS)))


def _sum(bounds: list[Bound]) -> Bound:
    out: Bound = Fraction(0)
    for b in bounds:
        out = out + b
    return out


def oracle(parts: list[Reported], total: Reported, op: str) -> str:
    """'holds', 'holds within rounding' or 'violated' for sum(parts) op total, decided
    on the exact intervals: every allowed pair satisfies, some do, or none does."""
    lo, hi = _sum([p.lo for p in parts]), _sum([p.hi for p in parts])
    ends = [(x, y) for x in (lo, hi) for y in (total.lo, total.hi)]
    # the engine compares in floats and forgives float noise; keep clear of the cases
    # where exact arithmetic and float rounding could disagree
    for x, y in ends:
        if x != y and math.isfinite(x) and math.isfinite(y):
            assume(abs(x - y) > Fraction(1, 10**9) * max(abs(x), abs(y)))
    rel = OPS[op]
    if op in ("==", "!="):
        same = lo == hi == total.lo == total.hi
        apart = hi < total.lo or total.hi < lo
        always, never = (same, apart) if op == "==" else (apart, same)
    else:
        # a monotone relation: the extreme pairs decide it
        worst = (hi, total.lo) if op in ("<=", "<") else (lo, total.hi)
        best = (lo, total.hi) if op in ("<=", "<") else (hi, total.lo)
        always, never = rel(*worst), not rel(*best)
    return "holds" if always else "violated" if never else "holds within rounding"


@st.composite
def dated(draw: Any) -> tuple[Any, Any, str, int]:
    """Two dates (a day, a 'YYYY-MM' month or a 'YYYY' year each), a bound ``n`` and a
    relation for ``days_between(a, b) op n``; the verdict from ``datetime`` alone."""

    def one() -> Any:
        day = draw(st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)))
        form = draw(st.sampled_from(["day", "month", "year"]))
        return day if form == "day" else f"{day.year}-{day.month:02d}" if form == "month" \
            else str(day.year)

    a, b = one(), one()
    op = draw(st.sampled_from(sorted(OPS)))
    first, last = span(a), span(b)
    near = draw(st.sampled_from([last[0] - first[1], last[1] - first[0], 0]))
    n = near + draw(st.integers(-2, 2))
    return a, b, op, n


def span(value: Any) -> tuple[int, int]:
    """The first and last day a date value allows, as day counts (datetime's ordinals)."""
    if isinstance(value, dt.date):
        return value.toordinal(), value.toordinal()
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 2:
        y, m = parts
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        return dt.date(y, m, 1).toordinal(), nxt.toordinal() - 1
    return dt.date(parts[0], 1, 1).toordinal(), dt.date(parts[0], 12, 31).toordinal()


def date_oracle(a: Any, b: Any, op: str, n: int) -> str:
    """Verdict of days_between(a, b) op n over every pair of days the two dates allow."""
    (a1, a2), (b1, b2) = span(a), span(b)
    lo, hi = b1 - a2, b2 - a1
    low = Reported({}, "", Fraction(lo), Fraction(hi), "day")
    bound = Reported({}, "", Fraction(n), Fraction(n), "day")
    return oracle([low], bound, op)
