"""Decimals, ranges, ages and periods as Bengali, Hindi, Japanese, Korean, Chinese and
Vietnamese news write them (called from :mod:`factcheck.text.asian`):

- a decimal written with the word for "point": Bengali "৪০ দশমিক ৫" (40.5), Hindi "40
  दशमलव 5"; the digits after the word one by one, in figures or in words ("১৯ দশমিক তিন":
  19.3);
- a range of months with a tilde or a dash before the month word written once: Korean
  "1~3월", Japanese and Chinese "1～3月", "1-3月": the months [1, 3];
- an age decade: Japanese "10代の男女" (teenagers), "30代" (not "第10代", "10代目"), Korean
  "20대 남성" before a person word: the ages [N, N+9] years (Korean "20대" alone also counts
  vehicles);
- Vietnamese quarters "quý I/2022", "quý 1 năm 2022": the quarter (unit ``quarter``) and the
  year.
"""

from __future__ import annotations

import re

from factcheck.text.asian_forms import Wide
from factcheck.text.sports import Reading

__all__ = ["age_decades", "decimal_words", "month_ranges", "vi_quarters"]

_YA, _YA_PAIR = "\u09df", "\u09af\u09bc"  # Bengali য় as one character, or য and the nukta
_DIGIT_WORDS = {
    "bn": {"শূন্য": 0, "এক": 1, "দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7,
           "আট": 8, "নয়": 9},
    "hi": {"शून्य": 0, "एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6,
           "छः": 6, "सात": 7, "आठ": 8, "नौ": 9},
}
_POINT = {"bn": "দশমিক", "hi": "दशमलव"}


def _word(word: str) -> str:
    return re.escape(word.replace(_YA, _YA_PAIR)).replace(_YA_PAIR, f"(?:{_YA}|{_YA_PAIR})")


def _decimal(lang: str) -> re.Pattern[str]:
    letters = r"\u0980-\u09ff" if lang == "bn" else r"\u0900-\u097f"
    digit = "|".join(_word(w) for w in sorted(_DIGIT_WORDS[lang], key=len, reverse=True))
    return re.compile(rf"(?<![\d.,])(?P<n>\d+)\s*{_POINT[lang]}\s*(?:(?P<d>\d+)(?![\d.,])"
                      rf"|(?P<w>(?:{digit})(?:\s+(?:{digit}))*)(?![{letters}]))")


_DECIMAL = {lang: _decimal(lang) for lang in _POINT}
_MONTHS = re.compile(r"(?<![\d.,~～〜\-–])(?P<a>1[0-2]|0?[1-9])\s*(?:[~～〜\-–]|至|到)\s*"
                     r"(?P<b>1[0-2]|0?[1-9])\s*[월月](?![\d일日])")
_JA_AGE = re.compile(r"(?<![\d.,第])(?P<n>[1-9]0)代(?!目)")
# Korean person words after an age decade ("20대 남성", "30대 A씨", "40대 초반"); not
# "이상" (or more): "차량 20대 이상" is 20 vehicles or more
_KO_AGE = re.compile(r"(?<![\d.,])(?P<n>[1-9]0)대(?=\s*(?:[A-Z]씨|남성|여성|남자|여자|남녀|"
                     r"청년|청소년|학생|대학생|운전자|주부|직장인|회사원|근로자|노동자|환자|아들|"
                     r"딸|부부|초반|중반|후반|연령))")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_VI_QUARTER = re.compile(r"(?<!\w)(?P<q>[Qq]uý\s+(?P<n>IV|III|II|I|[1-4]))(?!\w)"
                         r"(?:\s*/\s*|\s+năm\s+)?(?P<y>(?<=[/\s])(?:19|20)\d\d(?!\d))?")


def decimal_words(text: str, language: str) -> list[Reading]:
    """"৪০ দশমিক ৫", "১৯ দশমিক তিন", "40 दशमलव 5": a decimal."""
    pattern = _DECIMAL.get(language)
    if pattern is None or _POINT[language] not in text:
        return []
    out = []
    table = {w.replace(_YA, _YA_PAIR): n for w, n in _DIGIT_WORDS[language].items()}
    for m in pattern.finditer(text):
        digits = m["d"] or "".join(str(table[w.replace(_YA, _YA_PAIR)]) for w in m["w"].split())
        out.append(Reading(m.start(), m.end(), float(f"{m['n']}.{digits}")))
    return out


def month_ranges(text: str) -> list[Reading]:
    """"1~3월", "1～3月": the months [1, 3]."""
    return [Wide(m.start(), m.end(), float(m["a"]), "month", "range", high=float(m["b"]))
            for m in _MONTHS.finditer(text) if int(m["a"]) < int(m["b"])]


def age_decades(text: str, language: str) -> list[Reading]:
    """"10代" (ja), "20대 남성" (ko): the ages [10, 19], [20, 29] years."""
    pattern = {"ja": _JA_AGE, "ko": _KO_AGE}.get(language)
    if pattern is None:
        return []
    return [Wide(m.start(), m.end(), float(m["n"]), "year", "range", high=float(m["n"]) + 9)
            for m in pattern.finditer(text)]


def vi_quarters(text: str) -> list[Reading]:
    """"quý I/2022": the quarter (1) and the year (2022)."""
    out: list[Reading] = []
    for m in _VI_QUARTER.finditer(text) if "uý" in text else ():
        n = _ROMAN.get(m["n"]) or int(m["n"])
        out.append(Reading(m.start(), m.end("q"), float(n), "quarter"))
        if m["y"]:
            out.append(Reading(m.start("y"), m.end("y"), float(m["y"]), kind="year"))
    return out
