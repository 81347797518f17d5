"""Thai numbers and dates as Thai news writes them:

- scale words glued to the currency or to each other after digits: "15,978,251.87 ล้านบาท"
  (million baht), "2.88 แสนล้านบาท" (a hundred thousand million: 288 billion), "1.8
  ล้านล้านบาท" (a million million: 1.8 trillion); พัน (10^3), หมื่น (10^4), แสน (10^5) and
  ล้าน (10^6) multiply when written together;
- a day, a month name (or its abbreviation "ธ.ค.") and a year of the Buddhist era: "27
  ธันวาคม 2561" is 27 December 2018 (BE = CE + 543); a year of the common era is read as
  written ("27 ธันวาคม 2018").
"""

from __future__ import annotations

import datetime
import re

__all__ = ["BE", "thai_dates", "thai_scale"]

BE = 543  # Buddhist era minus common era
_SCALES = {"พัน": 10**3, "หมื่น": 10**4, "แสน": 10**5, "ล้าน": 10**6}
_SCALE = re.compile(r"[ \u00a0]*(?P<s>(?:พัน|หมื่น|แสน|ล้าน)+)")
_SCALE_WORD = re.compile("พัน|หมื่น|แสน|ล้าน")
_MONTHS = {name: i for i, name in enumerate((
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม",
    "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"), 1)} | {
    abbr: i for i, abbr in enumerate((
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.",
        "พ.ย.", "ธ.ค."), 1)}
_MONTH = "|".join(re.escape(m) for m in sorted(_MONTHS, key=len, reverse=True))
_DATE = re.compile(r"(?<![\d.,])(?P<d>[12]\d|3[01]|0?[1-9])[ \u00a0]*(?P<m>" + _MONTH
                   + r")(?:[ \u00a0]*(?:พ\.\s?ศ\.|ค\.\s?ศ\.|ปี)?[ \u00a0]*"
                   r"(?P<y>(?:19|20|2[4-6])\d\d)(?!\d))?")


def thai_scale(text: str, end: int) -> tuple[int, int] | None:
    """(multiplier, end) of the Thai scale words right after digits ending at ``end``
    ("ล้านบาท": 10^6, "แสนล้าน": 10^11), or None."""
    m = _SCALE.match(text, end)
    if m is None:
        return None
    value = 1
    for word in _SCALE_WORD.findall(m["s"]):
        value *= _SCALES[word]
    return value, m.end()


def thai_dates(text: str) -> list[tuple[int, int, datetime.date | None, tuple[int, int]]]:
    """(start, end, date, (month, day)) of each Thai day and month, with its year when
    one follows (Buddhist era above 2400); the date is None without a year."""
    out = []
    for m in _DATE.finditer(text):
        month, day = _MONTHS[m["m"]], int(m["d"])
        year = int(m["y"]) if m["y"] else None
        if year is not None and year > 2400:
            year -= BE
        try:
            date = datetime.date(year, month, day) if year else None
            datetime.date(2000, month, day)
        except ValueError:
            continue
        end = m.end() if year else m.end("m")
        out.append((m.start(), end, date, (month, day)))
    return out
