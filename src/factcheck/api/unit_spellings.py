"""How editors write units in a sheet, read as the units they mean.

pint reads some of news copy's abbreviations as other units: ``pct`` is a picocarat,
``pts`` a pint, ``mb`` a millibarn, ``A$`` an ampere, ``Rs`` a ronnasecond, ``C`` a
coulomb, ``Mbps`` a mega-basis-point; it refuses ``km2`` and ``$``. A sheet's unit is
spelled here as the unit news means by it before anything reads it:

PASS ``unit: pct`` is ``percent``; ``unit: km2`` is ``km**2``; ``unit: "$"`` is ``USD``;
``unit: C`` is ``degC``.

A scale word in the unit scales the value: ``{value: 3.5, unit: billion USD}`` is
3,500,000,000 USD, rounded as "3.5 billion" is (to the hundred million), and
``{value: 120, unit: crore rupees}`` is 1,200,000,000 rupees; two scale words multiply
(``{value: 5.54, unit: lakh crore INR}`` is 5.54 x 10**12 INR). ``m`` and ``k`` are
million and thousand only beside a currency (``$m``, ``EUR m``); alone ``m`` is a metre.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

__all__ = ["CURRENCY_SIGNS", "scale_number", "scaled", "spelled"]

# Currency signs and abbreviations and the ISO code each names: a sheet's unit, and what
# the text reader writes before an amount ("US$5", "RM2bn", "KSh 50,000")
CURRENCY_SIGNS = {"$": "USD", "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD",
                  "CA$": "CAD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "NT$": "TWD",
                  "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "Rs": "INR", "Rs.": "INR",
                  "₩": "KRW", "₽": "RUB", "₴": "UAH", "₺": "TRY", "₪": "ILS", "R$": "BRL",
                  "₱": "PHP", "₦": "NGN", "zł": "PLN", "R": "ZAR", "RM": "MYR", "KSh": "KES",
                  "Ksh": "KES", "Sh": "KES", "Tk": "BDT", "Rp": "IDR"}
# exact spellings (case matters: "C" is Celsius, "c" stays what it is)
SPELLINGS = {
    **CURRENCY_SIGNS,
    "pct": "percent", "per cent": "percent", "pc": "percent",
    "pts": "point", "pt": "point",
    "mb": "millibar", "MT": "metric_ton", "mt": "metric_ton",
    "C": "degC", "°C": "degC", "℃": "degC", "F": "degF", "°F": "degF", "℉": "degF",
    "kbps": "kilobit / second", "Mbps": "megabit / second", "Gbps": "gigabit / second",
    "kmh": "km/h", "km/hr": "km/h", "kph": "km/h",
    "sq km": "km**2", "sqkm": "km**2", "sq. km": "km**2", "sq m": "m**2",
    "sq ft": "foot**2", "sq. mi": "square_mile", "sq. ft": "foot**2",
    "bpd": "barrel / day", "b/d": "barrel / day",
    "count": "", "counts": "", "number": "", "pure number": "",
    "decade": "decade_of_years", "decades": "decade_of_years",
}
_LOWER = {"celsius": "degC", "degrees celsius": "degC", "degree celsius": "degC",
          "fahrenheit": "degF", "degrees fahrenheit": "degF", "degree fahrenheit": "degF"}
# a length glued to its power: km2, m3, "µg/m3"
_POWER = re.compile(r"(?<![A-Za-z])(km|m|cm|mm|mi|ft|yd|in)([23])(?![\w*^])")
SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
          "mn": 10**6, "mln": 10**6, "bn": 10**9, "bln": 10**9, "trn": 10**12,
          "lakh": 10**5, "lakhs": 10**5, "crore": 10**7, "crores": 10**7,
          "millions": 10**6, "billions": 10**9, "thousands": 10**3}
_CURRENCY_SCALES = {"k": 10**3, "m": 10**6, "b": 10**9, "tn": 10**12}
_CURRENCY = re.compile(r"[A-Z]{3}|" + "|".join(re.escape(s) for s in sorted(
    CURRENCY_SIGNS, key=len, reverse=True)))
_GLUED = re.compile(rf"(?P<cur>{_CURRENCY.pattern})\s?(?P<scale>k|m|bn|b|mn|tn|trn)")


def spelled(unit: str) -> str:
    """``unit`` as the unit news means by it (see the module's doc); "" for a pure number."""
    raw = unit.strip()
    if raw in SPELLINGS:
        return SPELLINGS[raw]
    if raw.lower() in _LOWER:
        return _LOWER[raw.lower()]
    return _POWER.sub(r"\1**\2", raw)


def scaled(unit: str) -> tuple[str, int]:
    """``unit`` without its scale word, and the scale: ("USD", 10**9) for "billion USD",
    "USD bn", "$bn"; (unit, 1) when it has none."""
    raw = unit.strip()
    glued = _GLUED.fullmatch(raw)
    if glued:
        scale = SCALES.get(glued["scale"]) or _CURRENCY_SCALES[glued["scale"]]
        return glued["cur"], scale
    words = raw.replace("_", " ").split()
    found = [w for w in words if w.lower() in SCALES]
    if len(found) == 2 and len(words) <= 4 and words[:2] == found:
        # adjacent scale words multiply: "lakh crore INR" (10**12), "thousand crore"
        low, high = (SCALES[w.lower()] for w in found)
        if high > low and len(words) > 2:
            return " ".join(words[2:]), low * high
    if len(found) != 1 or len(words) > 3:
        if len(words) == 2 and words[1] in _CURRENCY_SCALES and _CURRENCY.fullmatch(words[0]):
            return words[0], _CURRENCY_SCALES[words[1]]
        return raw, 1
    rest = " ".join(w for w in words if w is not found[0])
    if found[0] in words[1:-1]:  # "people million people": not a scaled unit
        return raw, 1
    return rest, SCALES[found[0].lower()]


def scale_number(v: Any, scale: int) -> Any:
    """A sheet's number times ``scale``, kept exact: 3.5 billion is 3500000000."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        return v
    product = Decimal(str(v)) * scale
    return int(product) if product == product.to_integral_value() else float(product)
