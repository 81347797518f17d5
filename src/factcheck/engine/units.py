"""Units: count nouns are categories; physical units go through pint (loaded lazily).

A unit string is a *count noun* (drone, person, missile: things counted) when
pint does not know it; counts of different nouns never add up silently.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import Any

from factcheck.api.unit_spellings import spelled
from factcheck.engine.interval import Interval
from factcheck.problems import SheetError
from factcheck.text.nouns import singular
from factcheck.text.subunits import hundredth_of

# Ordinary count nouns of news copy that pint also knows as obscure units (a section
# is a square survey mile to pint, a point 1/72 inch): in a sheet they count things.
NOT_PINT = frozenset({"section", "barn", "hand", "stone", "pole", "perch", "rod", "chain",
                      "link", "league", "point", "line", "mark", "gross", "bag", "bucket",
                      "cup", "glass", "shot", "drop", "cable", "span", "nail", "palm",
                      "finger", "score", "bit", "byte", "unit", "count", "sheet", "ream",
                      "bolt", "bale", "block", "cord", "board", "pace", "step", "story",
                      "storey", "floor", "round", "turn", "cycle", "event",
                      "gt"})  # GT: gross tonnage (a ship's volume), not a gigatesla
# Counted things seen in reporting: answered without loading pint.
KNOWN_COUNTS = {"drone", "person", "missile", "soldier", "troop", "death", "injury", "child",
                 "civilian", "decoy", "attack", "strike", "shell", "rocket", "tank", "aircraft",
                 "vehicle", "building", "home", "house", "village", "town", "region", "casualty",
                 "prisoner", "man", "woman", "country", "vote", "case", "event", "item",
                 "alert"}


@dataclass(frozen=True)
class Unit:
    """kind is 'none' (a pure number), 'count' (a noun) or 'physical' (pint)."""

    kind: str
    name: str = ""

    def __str__(self) -> str:
        return self.name

    @property
    def is_none(self) -> bool:
        return self.kind == "none"

    @property
    def display(self) -> str:
        """Short form for people: km², mi², min; count nouns as written."""
        return _pretty(self.name) if self.kind == "physical" else self.name


_SHORT = {"year": "yr", "day": "d", "square_mile": "sq mi", "mile ** 2": "sq mi",
          "second": "s", "minute": "min", "hour": "h", "week": "week", "month": "month",
          "kilometer": "km", "mile": "mi", "meter": "m", "kilometer ** 2": "km²",
          "kilogram": "kg", "percent": "%", "decade_of_years": "decades"}


@functools.cache
def _pretty(name: str) -> str:
    if name in _SHORT:
        return _SHORT[name]
    try:
        return f"{registry().Unit(name):~P}" or name
    except Exception:
        return name


NONE = Unit("none")


@functools.cache
def registry() -> Any:
    """The shared pint registry, created on first use (pint is slow to import)."""
    import pint

    ureg = pint.UnitRegistry(cache_folder=":auto:")
    # a difference of two percentages: "up 2.1 percentage points" compares with percent
    ureg.define("percentage_point = percent = pp = percentage_points")
    # a hundredth of a percentage point: "raised rates by 25 basis points" (0.25 points)
    ureg.define("basis_point = 0.01 * percent = bps = basis_points")
    # news' decade is ten years (pint's "decade" is a logarithmic ratio)
    ureg.define("decade_of_years = 10 * year")
    return ureg


# Common physical units with pint's canonical names: sheets that only compare like
# with like never load pint (a test keeps this table equal to pint's answers).
COMMON_UNITS = {
    **{w: c for c in ("second", "minute", "hour", "day", "week", "month", "year")
       for w in (c, c + "s")},
    "min": "minute", "h": "hour", "yr": "year",
    **{w: "kilometer" for w in ("km", "kilometer", "kilometers", "kilometre", "kilometres")},
    **{w: "mile" for w in ("mi", "mile", "miles")},
    **{w: "meter" for w in ("m", "meter", "meters", "metre", "metres")},
    "km**2": "kilometer ** 2", "km^2": "kilometer ** 2", "square kilometers": "kilometer ** 2",
    "square kilometres": "kilometer ** 2", "square kilometer": "kilometer ** 2",
    "square_mile": "square_mile", "square mile": "square_mile", "square miles": "square_mile",
    "sq mi": "square_mile", "kg": "kilogram", "kilogram": "kilogram", "kilograms": "kilogram",
    "percent": "percent",
    **{w: "percentage_point" for w in ("percentage point", "percentage points",
                                         "percentage_point", "percentage_points", "pp")},
    **{w: "basis_point" for w in ("basis point", "basis points", "basis_point",
                                    "basis_points", "bps")},
}


# a count noun with digits in its name: letters and digits joined by hyphens
_NAMED_THING = re.compile(r"(?=[\w\s-]*[A-Za-z])(?:\d+-)?[A-Za-z][A-Za-z]*(?:-\d+[A-Za-z]*)?"
                          r"(?:\s+[A-Za-z][\w-]*)*|\d+-[A-Za-z]+(?:\s+[A-Za-z]+)*")


@functools.cache
def parse_unit(text: str | None) -> Unit:
    """Classify a sheet's unit string; raises SheetError for malformed expressions."""
    if text is None or not spelled(text):
        return NONE
    raw = spelled(text)
    per = re.split(r"\s*/\s*|\s+per\s+|^per[\s_]+", raw)
    if len(per) == 2 and per[1]:  # USD/hour, people per km**2, cases per 100000 person
        scaled = re.fullmatch(r"([\d_,.]+(?:e\d+)?)(k|m)?(?:[\s_]+(.+))?", per[1].strip())
        if scaled:  # "per 100,000", "per_100k", "deaths per 100000 person"
            top = parse_unit(per[0]) if per[0] not in ("", "1") else NONE
            bottom = parse_unit(scaled[3]) if scaled[3] else Unit("count", "")
            if "count" in (top.kind, bottom.kind):
                try:
                    n = float(scaled[1].replace("_", "").replace(",", "")) * (
                        {"k": 1e3, "m": 1e6}[scaled[2]] if scaled[2] else 1)
                except ValueError:
                    n = math.nan
                if not (math.isfinite(n) and n > 0):
                    raise SheetError("unit", f"unit `{raw}`: `{scaled[1]}` is not a number to "
                                     "count per (write e.g. per 100000 person)")
                return Unit("count", f"{top.name or '1'} per {n:g} {bottom.name}".rstrip())
        top, bottom = parse_unit(per[0]) if per[0] not in ("", "1") else NONE, parse_unit(per[1])
        if "count" in (top.kind, bottom.kind):
            return Unit("count", f"{top.name or '1'} per {bottom.name}")
    noun = singular(raw)
    if noun in KNOWN_COUNTS or noun in NOT_PINT:
        return Unit("count", noun)
    if raw.lower() in COMMON_UNITS:
        return Unit("physical", COMMON_UNITS[raw.lower()])
    words = raw.replace("_", " ").replace("-", " ").split()
    if all(w.isalpha() for w in words):
        for form in (raw.replace(" ", "_"), raw):
            try:
                return _physical(str(registry().Unit(form)), raw)
            except SheetError:
                raise
            except Exception:
                continue
        return Unit("count", " ".join([*words[:-1], singular(words[-1])]).lower())
    try:
        u = registry().Unit(raw)
    except Exception:
        if _NAMED_THING.fullmatch(raw):  # "3-pointer", "F-16", "T-72 tank", "Su-25"
            *head, last = raw.lower().split()
            stem, dash, noun = last.rpartition("-")
            last = f"{stem}{dash}{singular(noun)}" if noun.isalpha() else last
            return Unit("count", " ".join([*head, last]))
        raise SheetError("unit", f"unit `{raw}` is neither a count noun nor a unit pint "
                         "understands (write e.g. km**2, square_mile, minute)") from None
    return _physical(str(u), raw)


def _physical(name: str, raw: str) -> Unit:
    """A pint unit, refusing units pint cannot evaluate (``m**1e400``: an exponent out of
    range). Units with an offset (degC, degF) are kept: they convert with a shift."""
    try:
        registry().Quantity(0.0, name).to_base_units()
        registry().Quantity(1.0, name).to_base_units()
    except (TypeError, ValueError, ArithmeticError) as exc:
        raise SheetError("unit", f"unit `{raw}` cannot be evaluated (an exponent or factor "
                         f"is out of range: {type(exc).__name__}); write e.g. km**2") from None
    return Unit("physical", name)


# Base units and factors of the common units, as pint gives them (a test keeps them equal).
BASE_UNITS = {
    "second": ("second", 1.0), "minute": ("second", 60.0), "hour": ("second", 3600.0),
    "day": ("second", 86400.0), "week": ("second", 604800.0),
    "month": ("second", 2629800.0), "year": ("second", 31557600.0),
    "meter": ("meter", 1.0), "kilometer": ("meter", 1000.0), "mile": ("meter", 1609.344),
    "kilometer ** 2": ("meter ** 2", 1e6), "square_mile": ("meter ** 2", 2589988.110336),
    "mile ** 2": ("meter ** 2", 2589988.110336), "kilogram": ("kilogram", 1.0),
}


def to_base(unit: Unit) -> tuple[str, float]:
    """(base unit, factor) of a physical unit: km² -> ('meter ** 2', 1e6)."""
    if unit.name in BASE_UNITS:
        return BASE_UNITS[unit.name]
    q = registry().Quantity(1.0, unit.name).to_base_units()
    return str(q.units), float(q.magnitude)


@functools.cache
def offset(unit: Unit) -> float:
    """Where 0 of ``unit`` lies on its base scale: 273.15 for degC (in kelvin), 0 for units
    that convert by a factor alone (all but temperatures)."""
    if unit.kind != "physical" or unit.name in BASE_UNITS or unit.name in _COMMON_NAMES:
        return 0.0
    zero = registry().Quantity(0.0, unit.name)
    if dict(zero.dimensionality) != {"[temperature]": 1}:
        return 0.0  # only temperatures shift: a logarithmic unit (decibel) has no zero point
    return float(zero.to_base_units().magnitude)


_COMMON_NAMES = frozenset(COMMON_UNITS.values())


def _linear(unit: Unit) -> tuple[str, float]:
    """(base unit, factor) of a unit with an offset: one degree F is 5/9 kelvin."""
    q0 = registry().Quantity(0.0, unit.name).to_base_units()
    q1 = registry().Quantity(1.0, unit.name).to_base_units()
    return str(q1.units), float(q1.magnitude - q0.magnitude)


def convert(iv: Interval, src: Unit, dst: Unit) -> Interval:
    """``iv`` in ``src`` expressed in ``dst``: by a factor, and for temperatures also by a
    shift (35 degC is 95 degF); SheetError if the units measure different things."""
    if src == dst or src.is_none or dst.is_none:
        return iv
    a, b = offset(src), offset(dst)
    if not a and not b:
        return iv.scale(factor(src, dst))
    (base_a, fa), (base_b, fb) = _linear(src), _linear(dst)
    if base_a != base_b:
        raise SheetError("unit-mismatch", f"cannot compare {src} with {dst}: they measure "
                         "different things")
    return iv.scale(fa / fb) + Interval.point((a - b) / fb)


def difference_unit(unit: Unit) -> Unit:
    """The unit of a difference of two values in ``unit``: a change of temperature is in
    delta_degC (20 degC - 15 degC = 5 delta_degC), any other unit is its own."""
    if not offset(unit):
        return unit
    return Unit("physical", str(registry().Unit(f"delta_{unit.name}")))


def factor(src: Unit, dst: Unit) -> float:
    """Multiplier converting a value in ``src`` to ``dst``; SheetError if incompatible or
    if the conversion needs a shift (degC to degF: use :func:`convert`)."""
    if src == dst or src.is_none or dst.is_none:
        return 1.0
    if src.kind == "physical" and dst.kind == "physical":
        if offset(src) or offset(dst):
            raise SheetError("unit-offset", f"{src} and {dst} convert with a shift (0 "
                             f"{_pretty(src.name)} is not 0 {_pretty(dst.name)}), so they "
                             "cannot be added or scaled: compare them, or record differences "
                             "(delta_degC)")
        try:
            (base_a, fa), (base_b, fb) = to_base(src), to_base(dst)
        except Exception:
            base_a, base_b = "?", "!"
        if base_a != base_b:
            raise SheetError("unit-mismatch", f"cannot compare {src} with {dst}: they measure "
                             "different things")
        return fa / fb
    money = _money_factor(src.name, dst.name)
    if money is not None:
        return money
    rate_src, rate_dst = _per(src), _per(dst)
    if rate_src and rate_dst and rate_src[1] == rate_dst[1]:
        money = _money_factor(rate_src[0], rate_dst[0])
        if money is not None:  # 96.6 øre per kWh and 1.039 NOK per kWh
            return money
    if rate_src and rate_dst and rate_src[0] == rate_dst[0]:
        # a price per another measure: EUR per troy ounce to EUR per gram
        try:
            return 1.0 / factor(_named(rate_src[1]), _named(rate_dst[1]))
        except SheetError:
            pass
    raise SheetError("unit-mismatch", f"cannot combine {_desc(src)} with {_desc(dst)}; if the "
                     "rule means it, wrap the term in count() to drop its noun")


def _money_factor(src: str, dst: str) -> float | None:
    """0.01 from a currency's hundredth to the currency (øre to NOK), 100 back, else None."""
    if hundredth_of(src, dst):
        return 0.01
    if hundredth_of(dst, src):
        return 100.0
    return None


def product(a: Unit, b: Unit, op: str) -> Unit:
    """Unit of a * b or a / b."""
    if b.is_none:
        return a
    if a.is_none and op == "*":
        return b
    if op == "/" and a == b:
        return NONE
    cancelled = _cancel(a, b, op)
    if cancelled is not None:
        return cancelled
    if a.kind == "physical" and b.kind == "physical" or (a.is_none and b.kind == "physical"):
        ureg = registry()
        ua = ureg.Unit(a.name) if not a.is_none else ureg.dimensionless
        u = ua * ureg.Unit(b.name) if op == "*" else ua / ureg.Unit(b.name)
        if u.dimensionless:
            return NONE
        return Unit("physical", str(u))
    if op == "/":
        return Unit("count", f"{a.name or '1'} per {b.name}")
    raise SheetError("unit-mismatch", f"cannot multiply {_desc(a)} by {_desc(b)}")


def _per(u: Unit) -> tuple[str, str] | None:
    """(top, bottom) of a count rate "ngn per usd", or None."""
    if u.kind != "count" or u.name.count(" per ") != 1:
        return None
    top, bottom = u.name.split(" per ")
    return (top, bottom) if top and bottom and not bottom[:1].isdigit() else None


def _named(name: str) -> Unit:
    return NONE if name == "1" else parse_unit(name)


def _cancel(a: Unit, b: Unit, op: str) -> Unit | None:
    """A count rate's bottom cancelled: NGN / (NGN per USD) is USD, USD * (NGN per USD)
    is NGN: an amount converted at an exchange rate, people at a rate per person."""
    rate_b, rate_a = _per(b), _per(a)
    if op == "/" and rate_a and rate_b and rate_a[0] == rate_b[0]:
        # (USD per troy ounce) / (USD per EUR): EUR per troy ounce, a price converted
        return Unit("count", f"{rate_b[1]} per {rate_a[1]}")
    if op == "/" and rate_b and a.kind != "physical" and a.name == rate_b[0]:
        return _named(rate_b[1])
    if op == "*" and rate_b and a.kind != "physical" and a.name == rate_b[1]:
        return _named(rate_b[0])
    if op == "*" and rate_a and b.kind != "physical" and b.name == rate_a[1]:
        return _named(rate_a[0])
    return None


def _desc(u: Unit) -> str:
    return {"count": f"a count of {u.name}", "physical": f"a quantity in {u.name}",
            "none": "a plain number"}[u.kind]
