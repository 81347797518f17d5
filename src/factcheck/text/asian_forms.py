"""More number forms of East and South-East Asian news, read before the general readers
split them (called from :mod:`factcheck.text.asian`):

- Japanese decimal points written as a middle dot between digits, before a unit:
  "54・6メートル" (54.6 m), "73・5ミリ"; not a list ("1・2号機") or a date ("3・11");
- half-open ranges: Japanese "44メートル以上54メートル未満", Chinese "10以上20以下", Korean
  "44 이상 54 미만": the range [44, 54] in the unit written;
- shares counted in tenths: Chinese "5成", Japanese "3割", Korean "5할" (50 %, 30 %),
  with hundredths after them ("3割2分", "3할2푼": 32 %);
- dates written year first with dots: "2017.05.28.", "2017. 5. 28." (Korean, Chinese and
  Japanese web datelines);
- vague plurals, read only when grounding at their least: Vietnamese "hàng trăm" (hundreds:
  100, or 200), "hàng chục" (tens: 10, or 20), "hàng nghìn", "hàng triệu"; Chinese and
  Japanese "数百", "数十万", "几十"; Korean "수백", "수십".
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from factcheck.text.languages import noun_after
from factcheck.text.sports import Reading

__all__ = ["Wide", "decimal_dots", "dotted_dates", "half_open_ranges", "tenths",
           "vague_plurals"]


@dataclass(frozen=True)
class Wide(Reading):
    """A reading that is a range (``high``), has a second value (``alt``) or is a date."""

    high: float | None = None
    alt: float | None = None
    date: datetime.date | None = None


_JA_DOT = re.compile(r"(?<![\d.,・･])(?P<a>\d{1,4})[・･](?P<b>\d{1,2})(?![\d・･])"
                     r"(?=[\u30a1-\u30fa\u30fc度％%倍秒万億兆]|時間|[A-Za-z])")
_NUM = r"\d+(?:[.・･]\d+)?"  # "44・5メートル以上": a Japanese decimal point
_HALF_OPEN = {
    "ja": re.compile(rf"(?<![\d.,])(?P<a>{_NUM})(?P<u>[^\d\s以]{{0,8}}?)以上\s*(?P<b>{_NUM})"
                     r"(?P<u2>[^\d\s未以]{0,8}?)(?:未満|以下)"),
    "zh": re.compile(rf"(?<![\d.,])(?P<a>{_NUM})(?P<u>[^\d\s以]{{0,6}}?)以上\s*(?:[至到~～-]\s*)?"
                     rf"(?P<b>{_NUM})(?P<u2>[^\d\s未以]{{0,6}}?)(?:未滿|未满|以下)"),
    "ko": re.compile(rf"(?<![\d.,])(?P<a>{_NUM})\s*(?P<u>[^\d\s이]{{0,6}}?)\s*이상\s*(?P<b>{_NUM})"
                     r"\s*(?P<u2>[^\d\s미이]{0,6}?)\s*(?:미만|이하)"),
}
_TENTHS = {
    "zh": re.compile(r"(?<![\d.,])(?P<n>\d{1,2}(?:\.\d)?)成"
                     r"(?![本员員立为為交功长長都就熟绩績果品])"),
    "ja": re.compile(r"(?<![\d.,])(?P<n>\d{1,2}(?:\.\d)?)割(?![合安高])(?:(?P<f>\d)分)?"),
    "ko": re.compile(r"(?<![\d.,])(?P<n>\d{1,2})할(?!인|\s*(?:수|것|때|예정))(?:\s?(?P<f>\d)푼)?"),
}
_DOTTED = re.compile(r"(?<![\d.,])(?P<y>(?:19|20)\d\d)\.\s?(?P<m>1[0-2]|0?[1-9])\.\s?"
                     r"(?P<d>[12]\d|3[01]|0?[1-9])(?P<dot>\.)?(?![\d]|[.,]\d)")
_CJK_VAGUE = re.compile(r"(?:[数數几幾](?P<k>[十百千万萬]{1,2})"
                        r"|(?<![가-힣])수(?P<h>[십백천만]{1,2}))(?![〇零一二两兩三四五六七八九])")
_VAGUE_SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "萬": 10**4, "십": 10,
                 "백": 100, "천": 1000, "만": 10**4}
_VI_SCALES = {"chục": 10, "trăm": 100, "nghìn": 1000, "ngàn": 1000, "vạn": 10_000,
              "triệu": 10**6}
_VI_VAGUE = re.compile(r"(?<!\w)[Hh]àng\s+(?P<s>chục|trăm|nghìn|ngàn|vạn|triệu)"
                       r"(?:\s+(?P<s2>nghìn|ngàn|triệu))?(?!\w)")


def decimal_dots(text: str) -> list[Reading]:
    """Japanese decimals with a middle dot before a unit ("54・6メートル")."""
    return [Reading(m.start(), m.end(), float(f"{m['a']}.{m['b']}"))
            for m in _JA_DOT.finditer(text)] if "・" in text or "･" in text else []


def half_open_ranges(text: str, language: str) -> list[Reading]:
    """"44メートル以上54メートル未満": [44, 54] in the unit written after either figure."""
    pattern = _HALF_OPEN.get(language)
    out: list[Reading] = []
    for m in pattern.finditer(text) if pattern else ():
        low, high = (float(re.sub("[・･]", ".", m[g])) for g in ("a", "b"))
        unit = m["u2"] or m["u"] or None
        if low < high and (not m["u"] or not m["u2"] or m["u"] == m["u2"]):
            out.append(Wide(m.start(), m.end(), low, unit, "range", high=high))
    return out


def tenths(text: str, language: str) -> list[Reading]:
    """Shares in tenths ("5成", "3割2分", "5할"): percent."""
    pattern = _TENTHS.get(language)
    out: list[Reading] = []
    for m in pattern.finditer(text) if pattern else ():
        value = float(m["n"]) * 10 + int(m.groupdict().get("f") or 0)
        if value <= 100:
            out.append(Reading(m.start(), m.end(), round(value, 6), "percent"))
    return out


def dotted_dates(text: str) -> list[Reading]:
    """"2017.05.28.", "2017. 5. 28.": a date, year first (a space after a dot only with
    the closing dot, as Korean writes it)."""
    out: list[Reading] = []
    for m in _DOTTED.finditer(text) if "." in text else ():
        if " " in m.group() and not m["dot"]:
            continue  # "2017. 5. 28" could be a sentence ending in a year, then figures
        try:
            date = datetime.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        out.append(Wide(m.start(), m.end(), 0.0, None, "date", date=date))
    return out


def vague_plurals(text: str, language: str) -> list[Reading]:
    """Vietnamese "hàng trăm", Chinese and Japanese "数百", Korean "수백" (hundreds of):
    grounding only, at its least (100; 200)."""
    out: list[Reading] = []
    for m in _CJK_VAGUE.finditer(text) if language in ("zh", "ja", "ko") else ():
        base = 1.0
        for c in m["k"] or m["h"]:
            base *= _VAGUE_SCALES[c]
        out.append(Wide(m.start(), m.end(), base, noun_after(text, m.end(), language),
                        "implicit", alt=2 * base))
    for m in _VI_VAGUE.finditer(text) if "àng" in text else ():
        base = float(_VI_SCALES[m["s"]] * _VI_SCALES.get(m["s2"] or "", 1))
        out.append(Wide(m.start(), m.end(), base, noun_after(text, m.end(), "vi"), "implicit",
                        alt=2 * base))
    return out
