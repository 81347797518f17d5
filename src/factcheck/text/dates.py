"""Dates and weekdays in forms the general readers miss.

- English day ranges inside one month with the year after them: "October 30-31, 2010",
  "30-31 October 2010": both days are dates of that month and year;
- a day of this, last or next month: Japanese "今月25日", "先月3日", "来月1日", Chinese
  "本月25日", "上个月3日", Korean "지난달 3일" (monthday ``(THIS_MONTH, 25)``,
  ``(LAST_MONTH, 3)``…, placed in the month before or after the publication's);
- weekdays: Hebrew "יום שישי", "ביום שישי", "(שישי)", "ביום ו'" (a bare ordinal word is a
  weekday only after יום or in parentheses: "שני" is also "two"); Lithuanian weekday names
  in every case ("sekmadienį", "penktadienio"); Persian weekdays written in two words
  ("یک شنبه" is Sunday, not "شنبه", Saturday); Swedish, Norwegian and Danish definite
  weekdays ("på torsdagen") and "i torsdags" (last Thursday);
- Thai days and months with a year of the Buddhist era ("27 ธันวาคม 2561": 27 December 2018);
- Solar Hijri dates of Persian texts: "۱۹ فروردین ماه ۱۴۰۳" is 7 April 2024;
- day and month with a slash and no year, in languages that write the day first: Vietnamese
  "Tối 29/9", "từ ngày 27/9", Spanish "el 29/9", Indonesian "Kamis (2/1)": monthday (9, 29),
  after a word that opens a date or in parentheses (a fraction "2/3" stays a fraction);
  Vietnamese also with a hyphen after the day or the part of the day: "sáng 17-2";
- a Vietnamese month of a year: "tháng 3/2022", "tháng 3 năm 2022" (March 2022);
- a Korean, Japanese or Chinese day range with the day word after the second day only:
  "5~6일", "5～6日": both ends are days (of the month written before them, or of this month).
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable

from factcheck.text.languages import Found
from factcheck.text.thai import thai_dates

__all__ = ["LAST_MONTH", "MONTHS_AFTER_PUBLICATION", "NEXT_MONTH", "THIS_MONTH",
           "day_ranges", "local_dates", "month_day_ranges"]

_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december")
_MONTHS = {m: i for i, m in enumerate(_NAMES, 1)} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12}
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|2100)"
_DASH = r"\s?(?:[-\u2013\u2014]|to|through|and)\s?"
_RANGE_MDY = re.compile(rf"(?=[A-Z])\b(?P<mon>{_MONTH})\s+(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY}),?"
                        rf"\s+(?P<year>{_YEAR})\b")
_RANGE_DMY = re.compile(rf"(?=\d)(?<![\w.,/-])(?P<d1>{_DAY}){_DASH}(?P<d2>{_DAY})\s+(?:of\s+)?"
                        rf"(?P<mon>{_MONTH}),?\s+(?P<year>{_YEAR})\b")


# the same without a year: "conducted October 5-7", "5-7 October" (each end a day of it)
_RANGE_MD = re.compile(rf"(?=[A-Z])\b(?P<mon>{_MONTH})\s+(?P<d1>{_DAY})\s?(?:[-\u2013]|to|through)"
                       rf"\s?(?P<d2>{_DAY})\b(?![\d:]|\.\d|,?\s+{_YEAR}\b)")
_RANGE_DM = re.compile(rf"(?=\d)(?<![\w.,/-])(?P<d1>{_DAY})\s?(?:[-\u2013]|to|through)\s?"
                       rf"(?P<d2>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})\b(?!,?\s+{_YEAR}\b)")


def month_day_ranges(text: str) -> list[tuple[int, int, tuple[int, int]]]:
    """Both ends of each English day range within a month written without a year
    ("October 5-7"): (start, end, (month, day)) of "October 5" and of "7"."""
    out = []
    for pattern in (_RANGE_MD, _RANGE_DM):
        for m in pattern.finditer(text):
            month = _MONTHS[m["mon"].rstrip(".").lower()]
            d1, d2 = _day(m["d1"]), _day(m["d2"])
            try:
                datetime.date(2000, month, d2)  # a leap year: February 29 is a day
            except ValueError:
                continue
            joined_by_word = not re.search(r"[-\u2013]", text[m.end("d1"):m.start("d2")])
            if joined_by_word and re.match(r"\s+[a-z]", text[m.end("d2"):m.end("d2") + 2]):
                continue  # "March 5 to 7 people": a count after the second figure
            if d1 < d2:
                out += [(m.start(), m.end("d1"), (month, d1)),
                        (m.start("d2"), m.end("d2"), (month, d2))]
    return sorted(out)


def _day(written: str) -> int:
    return int(re.match(r"\d+", written).group())  # type: ignore[union-attr]


def day_ranges(text: str) -> list[tuple[int, int, datetime.date]]:
    """Both ends of each English day range within one month: "October 30-31, 2010" gives
    ("October 30", 2010-10-30) and ("31, 2010", 2010-10-31) as (start, end, date)."""
    out = []
    for pattern in (_RANGE_MDY, _RANGE_DMY):
        for m in pattern.finditer(text):
            month = _MONTHS[m["mon"].rstrip(".").lower()]
            try:
                first = datetime.date(int(m["year"]), month, _day(m["d1"]))
                last = datetime.date(int(m["year"]), month, _day(m["d2"]))
            except ValueError:
                continue
            if first >= last:
                continue
            out += [(m.start(), m.end("d1"), first), (m.start("d2"), m.end(), last)]
    return sorted(out)


#: the month part of a monthday counted from the publication's month: this, last, next
THIS_MONTH, LAST_MONTH, NEXT_MONTH = 0, -1, -2
MONTHS_AFTER_PUBLICATION = {THIS_MONTH: 0, LAST_MONTH: -1, NEXT_MONTH: 1}
_RELATIVE_MONTHS = {"今月": THIS_MONTH, "本月": THIS_MONTH, "先月": LAST_MONTH,
                    "上月": LAST_MONTH, "上个月": LAST_MONTH, "上個月": LAST_MONTH,
                    "来月": NEXT_MONTH, "下月": NEXT_MONTH, "下个月": NEXT_MONTH,
                    "下個月": NEXT_MONTH, "이달": THIS_MONTH, "이번 달": THIS_MONTH,
                    "지난달": LAST_MONTH, "지난 달": LAST_MONTH, "다음 달": NEXT_MONTH,
                    "다음달": NEXT_MONTH}
_THIS_MONTH = re.compile(r"(?P<m>" + "|".join(sorted(_RELATIVE_MONTHS, key=len, reverse=True))
                         + r")\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*[日号號일]")
_HE_DAYS = {"ראשון": 6, "שני": 0, "שלישי": 1, "רביעי": 2, "חמישי": 3, "שישי": 4, "שבת": 5}
_HE = re.compile(r"(?:(?<![\u05d0-\u05ea])[ובלמה]{0,2}יום\s+(?P<a>" + "|".join(_HE_DAYS)
                 + r")|\((?P<b>" + "|".join(_HE_DAYS) + r")\)"
                 r"|(?<![\u05d0-\u05ea])[ובלמה]{0,2}(?P<c>שבת))(?![\u05d0-\u05ea])")
# a weekday by its letter: "ביום ו'" (Friday), "יום א׳" (Sunday)
_HE_LETTERS = {"א": 6, "ב": 0, "ג": 1, "ד": 2, "ה": 3, "ו": 4, "ש": 5}
_HE_LETTER = re.compile(r"(?<![\u05d0-\u05ea])[ובלמה]{0,2}יום\s+(?P<l>[אבגדהוש])['׳’]"
                        r"(?![\u05d0-\u05ea])")
_LT = re.compile(r"(?<!\w)(?P<d>pirm|antr|treči|ketvirt|penkt|šešt|sekm)adien(?:is|į|io|iui|yje"
                 r"|iu|iai|ius|ių|iais|iams|iuose)(?!\w)", re.IGNORECASE)
_LT_DAYS = {"pirm": 0, "antr": 1, "treči": 2, "ketvirt": 3, "penkt": 4, "šešt": 5, "sekm": 6}
# Swedish, Norwegian and Danish definite weekdays ("på torsdagen") and "i torsdags" (last
# Thursday)
_NORDIC = re.compile(r"(?<!\w)(?:i\s+)?(?P<d>mån|tis|tirs|ons|tors|fre|lör|lør|sön|søn|man)"
                     r"dag(?:en|s)(?!\w)", re.IGNORECASE)
_NORDIC_DAYS = {"mån": 0, "man": 0, "tis": 1, "tirs": 1, "ons": 2, "tors": 3, "fre": 4,
                "lör": 5, "lør": 5, "sön": 6, "søn": 6}
_FA = re.compile(r"(?<![\u0600-\u06ff])(?P<n>یک|دو|سه|چهار|پنج)[\s\u200c]+شنبه"
                 r"(?![\u0600-\u06ff])")
_FA_DAYS = {"یک": 6, "دو": 0, "سه": 1, "چهار": 2, "پنج": 3}
# a Solar Hijri date: day, month name, optional "ماه" (month), year ("۱۹ فروردین ماه ۱۴۰۳")
_FA_MONTHS = {name: i for i, name in enumerate(
    ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
     "بهمن", "اسفند"), 1)}
_FA_DATE = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)[\s\u200c]+(?P<m>" + "|".join(_FA_MONTHS)
                      + r")(?![\u0600-\u06ff])(?:[\s\u200c]+ماه)?[\s\u200c]+(?P<y>1[34]\d\d)"
                      r"(?!\d)")


# languages whose numeric dates put the day first, and the words that open a date in them
_DAY_FIRST = {
    "vi": r"ngày|hôm|tối|sáng|chiều|trưa|đêm|khuya|rạng\s+sáng|từ|đến|tới|trước|sau",
    "es": r"el|del|al|día|desde|hasta", "pt": r"dia|no|do|ao|em|desde|até",
    "gl": r"o|do|ao|día|dende|ata", "ca": r"el|del|al|dia|fins", "fr": r"le|du|au|jusqu['’]au",
    "it": r"il|del|al|dal|entro\s+il", "ro": r"pe|din|până\s+pe", "id": r"tanggal|tgl\.?|pada",
    "ms": r"tarikh|pada", "el": r"στις|την|από|έως", "tr": r"", "nl": r"", "pl": r"",
    "ar": r"", "fa": r"", "he": r"", "th": r"วันที่", "hi": r"", "bn": r""}
_DM = r"(?P<d>[12]\d|3[01]|0?[1-9])/(?P<m>1[0-2]|0?[1-9])(?![\d/]|[.,]\d|\s?%)"


@functools.cache
def _day_month(lang: str) -> re.Pattern[str] | None:
    """D/M after a word that opens a date in ``lang``, or in parentheses; None where
    ``lang`` does not write the day first."""
    words = _DAY_FIRST.get(lang)
    if words is None:
        return None
    opened = rf"|(?<![\w'’])(?:{words})\s+" if words else ""
    alone = re.sub(r"\?P<\w>", "?:", _DM)
    return re.compile(rf"(?:(?<=\()(?={alone}\)){opened})(?<![\d/.,-]){_DM}", re.IGNORECASE)


# Vietnamese also writes day and month with a hyphen, after the day or the part of the day
# ("ngày 16-2", "sáng 17-2") or a time ("19h 16-2"); "từ 2-3" (from 2 to 3) is no date
_VI_HYPHEN = re.compile(r"(?:(?<![\w'’])(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|khuya|rạng\s+sáng)"
                        r"|(?<![\w.,:])\d{1,2}h(?:\d\d)?)\s+(?<![\d/.,-])"
                        r"(?P<d>[12]\d|3[01]|0?[1-9])-(?P<m>1[0-2]|0?[1-9])(?![\d-]|[.,]\d)",
                        re.IGNORECASE)
# a Vietnamese month of a year: "tháng 3/2022", "tháng 12 năm 2020", "tháng 03-2022"
_VI_MONTH = re.compile(r"(?<![\w'’])(?P<t>[Tt]háng)\s+(?P<m>1[0-2]|0?[1-9])(?:\s*[/-]\s*|\s+năm\s+)"
                       r"(?P<y>(?:19|20)\d\d)(?![\d/]|[.,]\d)")
_KO_RANGE = re.compile(r"(?:(?P<mo>1[0-2]|0?[1-9])\s*[월月]\s*|(?P<rel>"
                       + "|".join(sorted(_RELATIVE_MONTHS, key=len, reverse=True))
                       + r")\s*)?(?<![\d.])(?P<d1>[12]\d|3[01]|0?[1-9])\s*[~～〜\-–]\s*"
                       r"(?P<d2>[12]\d|3[01]|0?[1-9])\s*(?P<w>[일日])")


def local_dates(text: str, lang: str, free: Callable[[int, int], bool]) -> list[Found]:
    """Weekdays and days of this month of ``text`` in ``lang`` (see the module's doc)."""
    out: list[Found] = []
    if lang in ("ja", "zh", "ko"):
        out = _day_ranges_cjk(text)
        out += [Found(m.start(), m.end(), "monthday",
                      monthday=(_RELATIVE_MONTHS[m["m"]], int(m["d"])))
                for m in _THIS_MONTH.finditer(text)]
    elif lang == "he":
        out = [Found(m.start(), m.end(), "weekday", weekday=_HE_DAYS[m["a"] or m["b"] or m["c"]])
               for m in _HE.finditer(text)]
        out += [Found(m.start(), m.end(), "weekday", weekday=_HE_LETTERS[m["l"]])
                for m in _HE_LETTER.finditer(text)]
    elif lang == "lt":
        out = [Found(m.start(), m.end(), "weekday", weekday=_LT_DAYS[m["d"].lower()])
               for m in _LT.finditer(text)]
    elif lang in ("sv", "nb", "no", "nn", "da"):
        out = [Found(m.start(), m.end(), "weekday", weekday=_NORDIC_DAYS[m["d"].lower()])
               for m in _NORDIC.finditer(text)]
    elif lang == "fa":
        out = [Found(m.start(), m.end(), "weekday", weekday=_FA_DAYS[m["n"]])
               for m in _FA.finditer(text)]
        out += [f for m in _FA_DATE.finditer(text) if (f := _solar_hijri(m)) is not None]
    elif lang == "th":  # "27 ธันวาคม 2561": a year of the Buddhist era
        out = [Found(s, e, "date" if d else "monthday", date=d, monthday=None if d else md)
               for s, e, d, md in thai_dates(text)]
    if lang == "vi" and "háng" in text:  # "tháng 3/2022": March 2022
        out += [Found(m.start(), m.end(), "month", month=(int(m["y"]), int(m["m"])))
                for m in _VI_MONTH.finditer(text)]
    if lang == "vi" and "-" in text:  # "sáng 17-2": the 17th of February, not a score
        out += [Found(m.start("d"), m.end(), "monthday", monthday=(int(m["m"]), int(m["d"])))
                for m in _VI_HYPHEN.finditer(text)]
    day_month = _day_month(lang) if "/" in text else None
    if day_month is not None:
        out += [Found(m.start("d"), m.end(), "monthday", monthday=(int(m["m"]), int(m["d"])))
                for m in day_month.finditer(text)]
    return _apart([f for f in out if free(f.start, f.end)])


def _apart(found: list[Found]) -> list[Found]:
    """``found`` by start, without those overlapping one kept before them."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: f.start):
        if not out or out[-1].end <= f.start:
            out.append(f)
    return out


def _day_ranges_cjk(text: str) -> list[Found]:
    """Both ends of "5~6일", "4월 5~6일", "지난달 5~6일": days of the month written or this
    month."""
    out = []
    for m in _KO_RANGE.finditer(text):
        d1, d2 = int(m["d1"]), int(m["d2"])
        if d1 >= d2:
            continue
        month = int(m["mo"]) if m["mo"] else _RELATIVE_MONTHS[m["rel"]] if m["rel"] \
            else THIS_MONTH
        out += [Found(m.start(), m.end("d1"), "monthday", monthday=(month, d1)),
                Found(m.start("d2"), m.end(), "monthday", monthday=(month, d2))]
    return out


def _solar_hijri(m: re.Match[str]) -> Found | None:
    """The Gregorian date of a Solar Hijri date, or None if there is no such day."""
    import jdatetime  # only Persian texts with a Solar Hijri date need it

    try:
        day = jdatetime.date(int(m["y"]), _FA_MONTHS[m["m"]], int(m["d"]))
    except ValueError:
        return None
    return Found(m.start(), m.end(), "date", date=day.togregorian())
