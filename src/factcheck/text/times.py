"""Times of day written with an hour word and no minutes, or with hour and minute words.

- French "à 21h", "vers 9 h", "entre 21h et 23h", Portuguese "às 21h", Spanish "a las 21
  horas", Italian "alle ore 21" (with a word of time before them: "en 24h" is a
  duration); German "um 21 Uhr", "21 Uhr"; Dutch "om 21 uur";
- Persian "ساعت ۱۵ و ۹ دقیقه" (15:09): the hour after ساعت, the minutes before دقیقه,
  and شب (night), عصر or بعد از ظهر (afternoon) past noon;
- Arabic "الساعة الحادية عشرة و 27 دقيقة مساء" (23:27): an hour in ordinal words or digits,
  minutes before دقيقة, and مساء (evening) or ليلا (night) past noon.

- Chinese, Japanese and Korean hour and minute characters: "11时40分", "下午3点", "午後3時",
  "3点钟", "11시 40분" (下午, 晚上, 午後, 오후 past noon);
- hours and minutes with a dot after the word for "at": Italian "alle 22.51", "le 3.51",
  Portuguese "às 22.51", Spanish "a las 22.51", French "à 22.51", Greek "ώρα 10.54",
  "στις 10.54"; or before "local time" in any language ("22.51 local time", "22.51 ora
  locale"). These languages write decimals with a comma, and "22.51" is no thousands group;
  English "rose 22.51 percent" stays a number;
- Vietnamese hours with the part of the day ("6 giờ sáng", "7h30 tối") and Korean "오후 7:48"
  (:func:`day_part_times`, read before other readers take the digits);
- English "at 10 o'clock" (10:00 or 22:00; "10 o'clock at night" 22:00, "in the morning"
  10:00);
- Vietnamese "19h" without minutes ("đến 19h hôm nay"; not "trong 24h", within 24 hours).

Seconds ("و ۵۰ ثانیه") are left out of the time: a clock time is read to the minute.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Clock", "day_part_times", "scan_times"]


@dataclass(frozen=True)
class Clock:
    """A time of day at ``start:end``: ``hours`` after midnight (21.5 is 9:30 p.m.)."""

    start: int
    end: int
    hours: float
    alt: float | None = None  # the other half of the day, when the text does not say which


_HOUR = r"(?P<h>[01]?\d|2[0-3])"
_PATTERNS = {
    "fr": re.compile(r"(?<![\w'’])(?P<p>à|a|vers|dès|avant|après|jusqu['’]à|entre|et|de|"
                     r"à\s+partir\s+de|aux\s+alentours\s+de)\s+(?P<t>" + _HOUR
                     + r"\s?h)(?![\w'’])(?!\s?\d)", re.IGNORECASE),
    "pt": re.compile(r"(?<![\w'’])(?:às|as|das|até\s+às|até\s+as|a\s+partir\s+das|entre\s+as|"
                     r"e\s+as|desde\s+as|por\s+volta\s+das)\s+(?P<t>" + _HOUR
                     + r"(?:\s?h|\s?hs|\s+horas))(?![\w'’])(?!\s?\d)", re.IGNORECASE),
    "es": re.compile(r"(?<![\w'’])(?:a|desde|hasta|sobre|de|entre|y)\s+las\s+(?P<t>" + _HOUR
                     + r"(?:\s?h|\s?hs|\s+horas))(?![\w'’])(?!\s?\d)", re.IGNORECASE),
    "it": re.compile(r"(?<![\w'’])(?:alle|dalle|verso\s+le|entro\s+le|fino\s+alle|"
                     r"(?:poco\s+)?(?:dopo|prima)\s+le|intorno\s+alle|le)\s+"
                     r"(?P<t>ore\s+" + _HOUR + r")(?![\w.,:]|\s?\d)", re.IGNORECASE),
    # "alle 4 di notte", "a las 4 de la madrugada", "à 4 heures du matin": an hour and
    # the part of the day (the evening's past noon)
    "it+": re.compile(r"(?<![\w'’])(?:alle|dalle|verso\s+le|fino\s+alle)\s+(?P<t>" + _HOUR
                      + r"\s+(?:di|del|della)\s+(?:notte|mattin[ao]|(?P<pm>sera|pomeriggio)))"
                        r"\b", re.IGNORECASE),
    "es+": re.compile(r"(?<![\w'’])(?:a|desde|hasta|de)\s+las\s+(?P<t>" + _HOUR
                      + r"\s+de\s+la\s+(?:madrugada|mañana|(?P<pm>tarde|noche)))\b",
                      re.IGNORECASE),
    "fr+": re.compile(r"(?<![\w'’])(?:à|vers|dès|jusqu['’]à)\s+(?P<t>" + _HOUR
                      + r"\s+heures?\s+(?:du\s+matin|(?P<pm>du\s+soir|de\s+l['’]après-midi)))",
                      re.IGNORECASE),
    # "około godziny 21", "o godz. 21", "po godzinie 16"
    "pl": re.compile(r"(?<![\w'’])(?P<t>(?:godz\.|godziny|godzinie|godzina)\s*" + _HOUR
                     + r")(?![\w,:]|\.\d|\s?\d)", re.IGNORECASE),
    "de": re.compile(r"(?<![\d.,:])(?P<t>" + _HOUR + r"\s?Uhr)\b(?!\s?\d)"),
    "nl": re.compile(r"\b(?:om|rond|tot|vanaf)\s+(?P<t>" + _HOUR + r"\s?uur)\b(?!\s?\d)",
                     re.IGNORECASE),
    "fa": re.compile(r"(?P<t>ساعت\s+" + _HOUR + r"(?:\s*[:.]\s*(?P<m>[0-5]?\d)|\s+و\s+"
                     r"(?P<m2>[0-5]?\d)\s+دقیقه)?(?:\s+(?P<pm>بعد\s*از\s*ظهر|عصر|شب))?)"
                     r"(?!\s*[\d/]|\s+(?:ساعت|روز))"),
}
# Chinese, Japanese and Korean: "11时40分", "下午3点", "11時40分", "午後3時", "11시 40분": the hour
# with its minutes, a part of the day or 钟; not "3時間", "3시간" (hours). Hours and minutes
# in kanji ("十一时四十分") are joined in :mod:`factcheck.text.numbers`.
_CJK = re.compile(r"(?P<t>(?:(?P<pre>上午|下午|晚上|夜里|凌晨|早上|中午|午前|午後|오전|오후|새벽|"
                  r"아침|낮|저녁|밤)\s*)?"
                  r"(?<![\d.:])" + _HOUR + r"\s*(?P<w>[时時시](?![間间간])|[点點](?P<o>钟|鐘)?)"
                  r"(?:\s*(?P<m>[0-5]?\d)\s*[分분](?!钟|鐘|之))?)")
_PM = frozenset({"下午", "晚上", "夜里", "午後", "오후"})
# the word for "at" before a dotted time, by language ("alle 22.51", "às 3.51", "ώρα 10.54")
_AT = {"it": r"alle|le|dalle|delle|sulle|verso\s+le|entro\s+le|fino\s+alle",
       "pt": r"às|as|das|pelas|até\s+às|após\s+as",
       "es": r"las",
       "fr": r"à|vers|dès|jusqu['’]à|avant|après",
       "el": r"ώρα|στις|ενημέρωση|έως\s+τις|μέχρι\s+τις"}
_HM = (r"(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)"
       r"(?![\d%]|[.,]\d|\s?(?:%|per\s?cent|por\s?ciento|pour\s?cent))")
_LOCAL_TIME = (r"\s+(?:local\s+time|ora\s+locale|ore\s+locali|hora\s+local|heure\s+locale|"
               r"heures\s+locales|τοπική\s+ώρα|ώρα\s+Ελλάδας)\b")
_DOTTED_AFTER = re.compile(r"(?<![\d.,:])(?P<t>" + _HM + r")(?=" + _LOCAL_TIME + ")",
                           re.IGNORECASE)
_VI_HOUR = re.compile(r"(?<![\w.,:])(?P<t>(?P<h>[01]?\d|2[0-3])h)(?!\w|[.,:]\d)(?!\s+qua\b)")
# Vietnamese hours with the part of the day after them ("6 giờ sáng", "7h30 tối") or "lúc"
# (at) before them ("lúc 6 giờ 15 phút"); Korean "오후 7:48" (p.m.), "오전 9:05" (a.m.)
_VI_DAYPART = re.compile(r"(?<![\w.,:])(?P<t>(?P<at>lúc\s+)?(?P<h>[01]?\d|2[0-3])\s*(?:giờ|h)"
                         r"(?:\s*(?P<m>[0-5]?\d)(?:\s*phút)?)?(?!\w)(?:\s+(?P<p>sáng|trưa|chiều|"
                         r"tối|đêm|khuya)(?!\w))?)", re.IGNORECASE)
_KO_DAYPART = re.compile(r"(?P<t>(?P<p>오전|오후|새벽|아침|낮|저녁|밤)\s*(?<![\d.:])"
                         r"(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d))(?!\d)")
# hours past noon after each part of the day: all, or from an hour on ("10 giờ đêm" is
# 22:00, "2 giờ đêm" 2:00), or before one ("1 giờ trưa" is 13:00, "11 giờ trưa" 11:00)
_PAST_NOON = {"chiều": (0, 12), "tối": (0, 12), "đêm": (6, 12), "khuya": (6, 12),
              "trưa": (0, 6), "오후": (0, 12), "저녁": (0, 12), "밤": (6, 12), "낮": (0, 6),
              "夜里": (6, 12)}
_VI_SPAN = re.compile(r"(?:trong|mất|suốt|vòng)\s+$", re.IGNORECASE)
# Arabic hours as ordinals: "الساعة الحادية عشرة", "السابعة"
_AR_HOURS = {"الواحدة": 1, "الثانية": 2, "الثالثة": 3, "الرابعة": 4, "الخامسة": 5,
             "السادسة": 6, "السابعة": 7, "الثامنة": 8, "التاسعة": 9, "العاشرة": 10,
             "الحادية عشرة": 11, "الحادية عشر": 11, "الثانية عشرة": 12, "الثانية عشر": 12}
_AR_HOUR = "|".join(sorted((re.escape(w) for w in _AR_HOURS), key=len, reverse=True))
_AR = re.compile(r"(?P<t>(?:(?:في\s+)?الساعة\s+)?(?:(?P<w>" + _AR_HOUR + r")|(?<=الساعة\s)"
                 + _HOUR + r")(?:\s+و\s*(?P<m>[0-5]?\d)\s+دقيقة|(?P<half>\s+والنصف)|"
                 r"(?P<quarter>\s+والربع))?(?:\s+(?P<pm>مساء[ًا]?|ليلا[ًا]?|ليلاً|عصرا[ًا]?)|"
                 r"\s+(?:صباحا[ًا]?|صباحاً|فجرا[ًا]?))?)")


# Hindi hours before "बजे" (o'clock), with a quarter past (सवा), half past (साढ़े), a quarter
# to (पौने), 1:30 (डेढ़), 2:30 (ढाई), and the part of the day before: "सुबह करीब सवा पांच बजे"
_HI_HOURS = {"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "छः": 6,
             "सात": 7, "आठ": 8, "नौ": 9, "दस": 10, "ग्यारह": 11, "बारह": 12}
_HI_FRACTION = {"सवा": 0.25, "साढ़े": 0.5, "साढे": 0.5, "पौने": -0.25}
_HI_CLOCK = re.compile(
    r"(?P<t>(?:(?P<p>सुबह|सवेरे|दोपहर|शाम|रात)\s+(?:(?:करीब|लगभग|तकरीबन)\s+)?)?"
    r"(?:(?P<whole>डेढ़|ढाई)|(?:(?P<f>सवा|साढ़े|साढे|पौने)\s+)?(?P<h>1[0-2]|0?[1-9]|"
    + "|".join(sorted(_HI_HOURS, key=len, reverse=True)) + r"))\s+बजे)")
_HI_PAST_NOON = {"दोपहर": (0, 6), "शाम": (0, 12), "रात": (6, 12)}


def _hindi(text: str, free: Callable[[int, int], bool]) -> list[Clock]:
    """Hindi times of day (see ``_HI_CLOCK``); the part of the day's words are not the
    time's: the span starts at the hour."""
    out = []
    for m in _HI_CLOCK.finditer(text) if "बजे" in text else ():
        if m["whole"]:
            hour = 1.5 if m["whole"] == "डेढ़" else 2.5
        else:
            h = m["h"]
            hour = (int(h) if h.isdigit() else _HI_HOURS[h]) + _HI_FRACTION.get(m["f"] or "", 0)
        low, high = _HI_PAST_NOON.get(m["p"] or "", (24, 0))
        if low <= hour < high:
            hour += 12
        s, e = m.start("whole") if m["whole"] else m.start("f") if m["f"] else m.start("h"), \
            m.end("t")
        if free(s, e):
            out.append(Clock(s, e, hour))
    return out


def scan_times(text: str, language: str | None,
               free: Callable[[int, int], bool]) -> list[Clock]:
    """Times of day of ``text`` (ASCII digits) in ``language``, where ``free``."""
    if language == "ar":
        return _arabic(text, free)
    if language in ("zh", "ja", "ko"):
        return _cjk(text, free)
    out = _dotted(text, language, free)
    if language == "hi":
        return sorted(out + _hindi(text, lambda a, b: free(a, b) and not any(
            c.start < b and a < c.end for c in out)), key=lambda c: c.start)
    if language in (None, "en"):
        return sorted(out + _oclock(text, free), key=lambda c: c.start)
    if language == "vi":
        return out + _vietnamese(text, free)
    patterns = [p for p in (_PATTERNS.get(f"{language}+"), _PATTERNS.get(language or ""))
                if p is not None]
    if not patterns:
        return out
    for m in (m for p in patterns for m in p.finditer(text)):
        s, e = m.span("t")
        if not _bounded(text, m):
            continue  # "un retard de 2h": a duration
        minutes = m.groupdict().get("m") or m.groupdict().get("m2")
        hour = int(m["h"])
        if m.groupdict().get("pm") and hour < 12:  # "ساعت ۸ شب": 8 p.m.
            hour += 12
        if free(s, e) and not any(c.start < e and s < c.end for c in out):
            out.append(Clock(s, e, hour + int(minutes or 0) / 60))
    return sorted(out, key=lambda c: c.start)


@functools.cache
def _dotted_at(language: str) -> re.Pattern[str] | None:
    """A dotted time after ``language``'s word for "at", or None."""
    words = _AT.get(language)
    if words is None:
        return None
    return re.compile(r"(?<![\w'’])(?:" + words + r")\s+(?P<t>" + _HM + ")", re.IGNORECASE)


def _dotted(text: str, language: str | None, free: Callable[[int, int], bool]) -> list[Clock]:
    """Dotted times after the word for "at" or before "local time" ("alle 22.51")."""
    if "." not in text:
        return []
    out, seen = [], set()
    at = _dotted_at(language or "")
    for pattern in (at, _DOTTED_AFTER) if at is not None else (_DOTTED_AFTER,):
        for m in pattern.finditer(text):
            s, e = m.span("t")
            if s not in seen and free(s, e):
                seen.add(s)
                out.append(Clock(s, e, int(m["h"]) + int(m["m"]) / 60))
    return out


_EN_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve")
_OCLOCK = re.compile(r"(?<![\w.,:])(?P<t>(?P<h>1[0-2]|0?[1-9]|" + "|".join(_EN_HOURS)
                     + r")\s?o['’]\s?clock)(?!\w)(?:\s+(?:(?P<am>in\s+the\s+morning|this\s+"
                     r"morning|a\.?m\.?)|(?P<pm>(?:in\s+the\s+|this\s+)?(?:afternoon|evening)|"
                     r"at\s+night|last\s+night|tonight|p\.?m\.?)))?", re.IGNORECASE)


def _oclock(text: str, free: Callable[[int, int], bool]) -> list[Clock]:
    """English "at 10 o'clock": 10:00 or 22:00 unless the words after it say which ("in the
    morning", "at night", "p.m.")."""
    out = []
    for m in _OCLOCK.finditer(text) if "clock" in text else ():
        word = m["h"].lower()
        hour = int(word) if word.isdigit() else _EN_HOURS.index(word) + 1
        am, pm = hour % 12, hour % 12 + 12
        if hour == 12 and "night" in (m["pm"] or "").lower():
            pm = 0  # "12 o'clock at night": midnight
        s, e = m.span() if m["am"] or m["pm"] else m.span("t")
        if free(s, e):
            out.append(Clock(s, e, float(am if m["am"] else pm if m["pm"] else hour),
                             None if m["am"] or m["pm"] else float(pm if hour < 12 else am)))
    return out


def _vietnamese(text: str, free: Callable[[int, int], bool]) -> list[Clock]:
    """Vietnamese whole hours ("đến 19h hôm nay"), not spans ("trong 24h", "12h qua")."""
    out = []
    for m in _VI_HOUR.finditer(text) if "h" in text else ():
        s, e = m.span("t")
        if not _VI_SPAN.search(text, max(0, s - 8), s) and free(s, e):
            out.append(Clock(s, e, float(m["h"])))
    return out


_TO = re.compile(r"\s*(?:à|a|-|\u2013)\s*\d")


def _bounded(text: str, m: re.Match[str]) -> bool:
    """French "de 21h" and "et 23h" are times only as ends of a span: "de 21h à 23h",
    "entre 21h et 23h"."""
    word = (m.groupdict().get("p") or "").lower()
    if word == "de":
        return _TO.match(text, m.end()) is not None
    if word == "et":
        return "entre" in text[max(0, m.start() - 20):m.start()].lower()
    return True


def _cjk(text: str, free: Callable[[int, int], bool]) -> list[Clock]:
    """Chinese, Japanese and Korean times ("下午3点", "11時40分")."""
    out = []
    for m in _CJK.finditer(text):
        if not (m["m"] or m["pre"] or m["o"]):
            continue  # "3点" alone may be a point, "11时的会议" is read as a number
        hour = int(m["h"])
        low, high = _PAST_NOON.get(m["pre"] or "", (0, 12) if m["pre"] in _PM else (24, 0))
        if low <= hour < high:  # "下午3点", "밤 11시" (23:00), "새벽 3시" (3:00)
            hour += 12
        s, e = m.span("t")
        if free(s, e):
            out.append(Clock(s, e, hour + int(m["m"] or 0) / 60))
    return out


def _arabic(text: str, free: Callable[[int, int], bool]) -> list[Clock]:
    """Arabic times with an hour in words or digits ("الساعة الحادية عشرة و 27 دقيقة مساء")."""
    out = []
    for m in _AR.finditer(text):
        word = m["w"]
        if word is None and m["h"] is None:
            continue
        if word is not None and not (m["m"] or m["half"] or m["quarter"] or m["pm"]
                                     or m.group().startswith(("في", "الساعة"))):
            continue  # "السابعة" alone is "the seventh"
        hour = _AR_HOURS[word] if word else int(m["h"])
        if m["pm"] and hour < 12:
            hour += 12
        minutes = int(m["m"] or 0) + (30 if m["half"] else 15 if m["quarter"] else 0)
        s, e = m.span("t")
        if text[s:s + 3] == "في ":
            s += 3
        if free(s, e):
            out.append(Clock(s, e, hour + minutes / 60))
    return out


def day_part_times(text: str, language: str) -> list[Clock]:
    """Vietnamese "6 giờ sáng", "lúc 6 giờ" and Korean "오후 7:48" (see ``_VI_DAYPART``)."""
    pattern = {"vi": _VI_DAYPART, "ko": _KO_DAYPART}.get(language)
    out = []
    for m in pattern.finditer(text) if pattern else ():
        part, at = (m["p"] or "").lower(), m.groupdict().get("at")
        if language == "vi" and not (part or at):
            continue  # "6 giờ" alone is as often six hours
        hour = int(m["h"])
        low, high = _PAST_NOON.get(part, (24, 0))
        if low <= hour < high:
            hour += 12
        s, e = m.span("t")
        if at:
            s = m.start("h")
        out.append(Clock(s, e, hour + int(m["m"] or 0) / 60))
    return out
