"""Numbers as Japanese, Chinese, Korean, Thai and Bengali news write them, read before the
general readers split them:

- race times: Japanese and Chinese "52秒63" (52.63 s), "2分59秒43" (179.43 s), "0秒5": the
  digits after 秒 are the fraction of the second; "100分の3秒" (ja) and "100分之3" (zh) are
  3/100 (of a second when 秒 follows);
- a Latin unit glued to digits and to the CJK text after it: "400m個人メドレー" (400 m);
- Korean native day counts: "이틀간" (two days), "하루", "사흘", … "열흘" (1-10 days);
- Thai years of the Buddhist era after ปี (year) or พ.ศ.: "ในปี 2561" is 2018 (BE = CE + 543),
  also in two digits ("ปี 61", "ปี61": 2561, from 40 to 99);
- the forms of :mod:`factcheck.text.asian_forms` (Japanese "54・6メートル", "5成", "5할",
  "2017.05.28.", "hàng trăm", "数百"), and Vietnamese and Korean times of day with the
  part of the day (:func:`factcheck.text.times.day_part_times`);
- the forms of :mod:`factcheck.text.asian_spans` (Bengali "৪০ দশমিক ৫", Korean "1~3월",
  Japanese "10代", Vietnamese "quý I/2022");
- Bengali number words with a counter glued on, and a case ending after it: "তিনজনের" (of
  three people), "দুজন", "নয়জন", "সাতটি" (seven, with the general classifier), "একটি"
  (one, also "a": read only when a value of 1 is sought).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from factcheck.text.asian_forms import (
    decimal_dots,
    dotted_dates,
    half_open_ranges,
    tenths,
    vague_plurals,
)
from factcheck.text.asian_spans import age_decades, decimal_words, month_ranges, vi_quarters
from factcheck.text.languages import noun_after
from factcheck.text.sports import Reading
from factcheck.text.times import day_part_times

__all__ = ["scan_asian"]

_CJK_TEXT = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af"
_RACE = re.compile(r"(?<![\d.,])(?:(?P<mi>\d{1,2})分)?(?P<s>\d{1,2})秒(?P<f>\d{1,3})(?![\d.,])")
_PARTS = {"ja": re.compile(r"(?<![\d.,])(?P<d>\d{1,4})分の(?P<n>\d{1,3})(?![\d.,])(?P<u>秒)?"),
          "zh": re.compile(r"(?<![\d.,])(?P<d>\d{1,4})分之(?P<n>\d{1,3})(?![\d.,])(?P<u>秒)?")}
_GLUED_UNIT = re.compile(r"(?<![A-Za-z\d_.,])(?P<n>\d+(?:\.\d+)?)(?P<u>km|cm|mm|m|kg)"
                         rf"(?=[{_CJK_TEXT}])")
_KO_DAYS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7,
            "여드레": 8, "아흐레": 9, "열흘": 10}
_KO_DAY = re.compile(r"(?<![가-힣])(?P<w>" + "|".join(_KO_DAYS) + r")"
                     r"(?:간|동안|째|만에|만|씩|을|를|이|가|의|에|은|는|도|부터|까지)?(?![가-힣])")
_TH_YEAR = re.compile(r"(?:ปี|พ\.\s?ศ\.)\s*(?P<y>2[4-6]\d\d|[4-9]\d)(?![\d.,])")
_BE = 543  # Buddhist era minus common era

# Bengali number words 1-20 (দু and ছ are the forms bound to a counter)
_BN_WORDS = {"এক": 1, "দুই": 2, "দু": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "ছ": 6,
             "সাত": 7, "আট": 8, "নয়": 9, "দশ": 10, "এগারো": 11, "বারো": 12, "তেরো": 13,
             "চৌদ্দ": 14, "পনেরো": 15, "ষোলো": 16, "সতেরো": 17, "আঠারো": 18, "উনিশ": 19,
             "বিশ": 20}
_YA, _YA_PAIR = "\u09df", "\u09af\u09bc"  # য় as one character, or as য and the nukta
_BN_WORDS = {w.replace(_YA, _YA_PAIR): v for w, v in _BN_WORDS.items()}


def _bn_word(word: str) -> str:
    return re.escape(word).replace(_YA_PAIR, f"(?:{_YA}|{_YA_PAIR})")


_BN = re.compile(r"(?<![\u0980-\u09ff])(?P<w>"
                 + "|".join(_bn_word(w) for w in sorted(_BN_WORDS, key=len, reverse=True))
                 + r")(?P<c>জন|টি|টা|খানা|খানি)(?:েরই|েরও|ের|কে|ে|ই|ও|রা)?(?![\u0980-\u09ff])")


def scan_asian(text: str, language: str | None, free: Callable[[int, int], bool],
               strict_one: bool = True) -> list[Reading]:
    """The forms of the module's doc in ``text`` (ASCII digits) in ``language``, where
    ``free``; sorted by start, non-overlapping."""
    out: list[Reading] = []
    if language in ("ja", "zh") and "秒" in text:
        for m in _RACE.finditer(text):
            value = int(m["mi"] or 0) * 60 + int(m["s"]) + int(m["f"]) / 10 ** len(m["f"])
            out.append(Reading(m.start(), m.end(), round(value, 3), "second"))
    if language in _PARTS and "分" in text:
        for m in _PARTS[language].finditer(text):
            d, n = int(m["d"]), int(m["n"])
            if 0 < n < d:
                out.append(Reading(m.start(), m.end(), n / d, "second" if m["u"] else None,
                                   "number" if m["u"] else "fraction"))
    if language in ("ja", "zh", "ko"):
        out += [Reading(m.start(), m.end("n"), float(m["n"]), m["u"])
                for m in _GLUED_UNIT.finditer(text)]
        out += half_open_ranges(text, language) + tenths(text, language)
        out += month_ranges(text) + age_decades(text, language)
    elif language in ("bn", "hi"):
        out += decimal_words(text, language)
    elif language == "vi":
        out += vi_quarters(text)
    if language == "ja":
        out += decimal_dots(text)
    out += dotted_dates(text) + [Reading(c.start, c.end, c.hours, kind="time")
                                 for c in day_part_times(text, language or "")]
    if language in ("vi", "zh", "ja", "ko") and not strict_one:
        out += vague_plurals(text, language)
    if language == "ko":
        out += [Reading(m.start(), m.end("w"), float(_KO_DAYS[m["w"]]), "day")
                for m in _KO_DAY.finditer(text)]
    elif language == "th":
        out += [Reading(m.start("y"), m.end("y"), float(int(m["y"]) + (
            2500 if len(m["y"]) == 2 else 0) - _BE), kind="year")  # "ปี 61": 2561
                for m in _TH_YEAR.finditer(text)]
    elif language == "bn":
        out += _bengali(text, strict_one)
    return _free(sorted(out, key=lambda r: r.start), free)


def _bengali(text: str, strict_one: bool) -> list[Reading]:
    """Bengali number words with a counter glued on ("তিনজনের", "সাতটি")."""
    out = []
    for m in _BN.finditer(text):
        value = _BN_WORDS[m["w"].replace(_YA, _YA_PAIR)]
        if value == 1 and m["c"] != "জন" and strict_one:
            continue  # "একটি বৈঠক": "a meeting"
        unit = "জন" if m["c"] == "জন" else noun_after(text, m.end(), "bn")
        out.append(Reading(m.start(), m.end(), float(value), unit))
    return out


def _free(readings: list[Reading], free: Callable[[int, int], bool]) -> list[Reading]:
    """``readings`` that ``free`` allows and that overlap none kept before them."""
    out: list[Reading] = []
    for r in readings:
        if free(r.start, r.end) and (not out or out[-1].end <= r.start):
            out.append(r)
    return out
