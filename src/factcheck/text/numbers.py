"""Find numeric and dated mentions in English news text.

:func:`find_mentions` returns every number, range, date, month, weekday, age
and duration written in a text, with offsets into the text exactly as given
(no normalisation is applied before offsets are taken).

The extractor is deliberately conservative: it never produces a value that is
not written in the text, it does not resolve relative dates ("last Friday" is
a weekday mention without a date), and it treats vague quantities ("dozens",
"hundreds of", "several") as no number at all. The word "one" counts only when
it plainly counts something ("one person was hurt", not "one of", "no one",
"the one", "one day").

Kinds produced:

``number``    a single quantity; ``low == high``
``range``     ``10,000-12,000``, ``10 to 12``, ``between 10 and 12`` (low < high); also
              ranges of ages or durations ("two to three hours", unit ``hours``)
``age``       ``88-year-old``, ``88 years old``, ``aged 88``; unit ``year-old``
``duration``  ``about 15 minutes``, ``three-year war``; unit is the time word
``year``      a bare year used as a year ("in 2025", "early 2025"); ``low == high``
``date``      ``Saturday, April 26, 2025``, ``April 26, 2025``, ``26 April 2025``,
              ``2025-04-26``; ``date`` set, ``weekday`` set if one is written
``month``     ``August 2024``; ``month == (2024, 8)``
``monthday``  ``April 26`` with no year; ``monthday == (4, 26)`` (no ``date``)
``weekday``   ``Saturday``, ``last Friday``; ``weekday`` 0=Monday
``implicit``  a word that stands for a number: ``both`` (2), ``no one``, ``no casualties`` (0)
``fraction``  ``half``, ``a third``, ``two-thirds``; ``low == high`` is the fraction
``monthname`` ``in April`` with no year; ``month == (1 if "next April" else 0, 4)``
``time``      ``9:25 p.m.``, ``3.30pm``; ``low`` is the hour after midnight (21.4167)

``implicit`` and ``fraction`` mentions ground a fact's value but are not drafted or
counted for coverage: "both sides" is seldom a claim.
"""

from __future__ import annotations

import bisect
import datetime
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from text_to_num import text2num

from factcheck.api.unit_spellings import CURRENCY_SIGNS
from factcheck.text.asian import scan_asian
from factcheck.text.counted import ordinal_noun, times_noun
from factcheck.text.dates import day_ranges, local_dates, month_day_ranges
from factcheck.text.languages import (
    SUPPORTED,
    Found,
    ascii_digits,
    noun_after,
    scale_after,
    scan_compounds,
    scan_dates,
    scan_month_days,
    scan_numbers,
    scan_singulars,
    scan_zero,
    supported,
)
from factcheck.text.locales import (
    CJK,
    CJK_MORE,
    GLUED,
    fractions,
    local_range,
    read_number,
    time_word,
)
from factcheck.text.scanner import Prefilter
from factcheck.text.shares import shares
from factcheck.text.sports import game_clocks, race_times, scan_sports, score_verb_before
from factcheck.text.times import scan_times

__all__ = ["Mention", "find_mentions", "WEEKDAYS", "MONTHS"]


@dataclass(frozen=True)
class Mention:
    """One numeric or dated mention; ``start``/``end`` index the text passed in."""

    start: int
    end: int
    text: str
    low: float | None
    high: float | None
    kind: str
    date: datetime.date | None = None
    month: tuple[int, int] | None = None
    weekday: int | None = None
    unit: str | None = None
    #: hedge written just before the number: "about", "an estimated", "more than", ...
    qualifier: str | None = None
    #: (month, day) for a day written without a year ("April 26")
    monthday: tuple[int, int] | None = None
    #: a second reading of an abbreviation: "59.5m" is 59.5 (metres) or 59.5 million
    alt: float | None = None


WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_MONTH_ABBR = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_NUM = {m.lower(): i for i, m in enumerate(MONTHS, 1)} | _MONTH_ABBR
_WEEKDAY_NUM = {d.lower(): i for i, d in enumerate(WEEKDAYS)}

# Full names first so "March" wins over "Mar"; abbreviations need a dot or a
# following digit context (the date patterns supply that).
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|" \
    r"December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|2100)"

# A lookahead for the first character a match can start with lets the scanner skip other
# positions cheaply (same matches; a test compares each pattern with its plain form).
_DATE_MDY = re.compile(
    rf"(?=[A-Z])\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH})\s+(?P<day>{_DAY}),?\s+(?P<year>{_YEAR})\b"
)
_DATE_DMY = re.compile(
    rf"(?=[A-Z0-9t])\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH}),?"
    rf"\s+(?P<year>{_YEAR})\b"
)
_DATE_ISO = re.compile(r"(?<![\w-])(?P<year>\d{4})-(?P<mon>\d\d)-(?P<day>\d\d)(?![\w-])")
_MONTHDAY = re.compile(
    rf"(?=[A-Z0-9])\b(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:(?P<mon>{_MONTH})\s+(?P<day>{_DAY})|"
    rf"(?P<day2>{_DAY})\s+(?:of\s+)?(?P<mon2>{_MONTH}))(?!\w|,?\s*{_YEAR}\b)"
)
_DATE_NUMERIC = re.compile(
    r"(?=\d)(?<![\d.,/-])(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[01]?\d)(?P=sep)(?P<year>(?:19|20)\d\d)"
    r"(?![\d.,/-]\d|\d)"
)
_DATE_SLASH = re.compile(
    r"(?=\d)(?<![\d.,/-])(?P<a>[01]?\d)/(?P<b>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\d/])"
)
_FISCAL_YEAR = re.compile(r"(?=[12])(?<![\w.,-])(?P<y>(?:19|20)\d\d)(?:[-\u2013/](?P<yy>\d\d)"
                          r"|/(?P<yyyy>(?:19|20)\d\d))"  # "2010/11", "sæsonen 2010/2011"
                          r"(?![\w.,-]|-\d)")
_TIME = re.compile(
    r"(?=\d)(?<![\d:.,])(?P<h>[01]?\d|2[0-3])(?::(?P<m>[0-5]\d)|\.(?P<md>[0-5]\d)(?=\s*[ap]\.?m\b))?"
    r"(?:\s*(?P<ap>[ap])\.?\s?m\b\.?|(?(m)|(?!)))"
    r"(?:\s*(?:[-\u2013]|to|and)\s*(?P<h2>[01]?\d|2[0-3])(?:[:.](?P<m2>[0-5]\d))?"
    r"\s*(?P<ap2>[ap])\.?\s?m\b\.?)?", re.IGNORECASE)
# A 24-hour time written with the hour word of Dutch, German, Spanish or Portuguese after
# it ("18.25 uur", "18:25 Uhr", "18.25 horas"), French "18h25", or Italian, Turkish or
# Polish or Indonesian words before it ("alle ore 18.25", "saat 18.25", "godz. 18.25",
# "pukul 21.00").
_CLOCK_WORD = re.compile(
    r"(?=[\dosgpjOSGPJ])(?P<pre>\b(?:ore|saat|godz\.?|pukul|jam)\s*)?(?<![\d:.,])"
    r"(?P<h>[01]?\d|2[0-3])"
    r"(?:\s?h\s?(?P<hm>[0-5]\d)|[.:](?P<m>[0-5]\d)(?P<word>\s*(?:uur|Uhr|horas?|hrs|hs)\b)?)"
    r"(?!\d|[.,]\d)", re.IGNORECASE)
# A 24-hour time in four digits with an hour word ("at 0400 hrs", "by 1630 hours"):
# a time when the hour has its leading zero or a preposition of time stands before it
# ("1500 hours of training" is a duration), or before a time zone: the wire's "(2345 GMT
# Sunday)", "0830 UTC"
_MILITARY = re.compile(r"(?=[012])(?<![\d:.,])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)"
                       r"(?:\s*(?:hrs\b\.?|hours\b|hr\b|h\b)|(?P<zone>(?=\s?(?:GMT|UTC|Z)\b)))",
                       re.IGNORECASE)
_TIME_PREPOSITION = re.compile(r"\b(?:at|by|until|till|from|around|about|before|after|since)"
                               r"\s+$", re.IGNORECASE)
_MIDNIGHT_WORDS = ("midnight", "опівночі", "полночь", "midnatt", "midnat", "mitternacht",
                   "minuit", "medianoche", "mezzanotte", "meia-noite", "middernacht",
                   "keskiyö", "keskiyöllä")
_NOON = re.compile(r"(?=[nmkpоп])\b(?:noon|midday|midnight|опівдні|опівночі|полдень|полночь|"
                   r"midnatt|midnat|mitternacht|minuit|medianoche|mezzanotte|meia-noite|"
                   r"middernacht|keskiyöllä|keskiyö)\b", re.IGNORECASE)
_DAY_DOT = re.compile(r"(?<!\d)[0-3]?\d\.\s*$")  # "14. " before a month (German, Polish, ...)
_BETWEEN_BEFORE_DATE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.IGNORECASE)
_RANGE_JOIN = re.compile(r"\s*(?:to|through|until|till|[-\u2013\u2014])\s*", re.IGNORECASE)
# the same in other languages: "au", "bis", "al", "hasta", "até", "tot"; "entre ... et"
_ARTICLE = r"(?:(?:le|la|el|il|den|dem|de|o|het|l')\s*)?"
_RANGE_JOIN_LOCAL = re.compile(r"\s*(?:au|à|bis(?:\s+zum)?|zum|al|hasta|até|ao|tot|fino\s+al)\s+"
                               + _ARTICLE, re.IGNORECASE)
_AND_LOCAL = re.compile(r"\s*(?:et|y|und|e|en|i|a)\s+" + _ARTICLE, re.IGNORECASE)
_BETWEEN_LOCAL = re.compile(r"\b(?:entre|zwischen|tra|fra|tussen|między)\s+" + _ARTICLE + "$",
                            re.IGNORECASE)
_BARE_MONTH = re.compile(
    r"(?=[bdefilmnstuBDEFILMNSTU])\b"  # "In September," opens a sentence too
    r"(?P<pre>(?i:in|since|from|until|till|by|last|next|this|early|late|mid|during|through|for))"
    r"[\s-]+(?P<mon>January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\b(?!\s*\d)")
_MONTHS_RE = (r"January|February|March|April|May|June|July|August|September|October|"
              r"November|December")
_AND_MONTH = re.compile(rf"\s*(?:and|or|to|through|-|\u2013)\s*(?P<mon>{_MONTHS_RE})\b(?!\s*\d)")
# a quarter named by its last month: "the March quarter in 2018", "the June quarter of 2019"
_MONTH_QUARTER = re.compile(rf"(?=[A-Z])\b(?P<mon>{_MONTHS_RE})\s+quarter\s+(?:of\s+|in\s+)?"
                            rf"(?P<year>{_YEAR})\b")
_MONTH_YEAR = re.compile(rf"(?=[A-Z])\b(?P<mon>{_MONTH}),?\s+(?:of\s+)?(?P<year>{_YEAR})\b")
_WEEKDAY_RE = re.compile(rf"(?=[A-Zlntpo])\b(?:(?:last|next|this|past|on)\s+)?(?P<wd>{_WEEKDAY})\b")

_UNITS_WORDS = sorted(
    _words(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
        "eighty ninety"
    ),
    key=lambda w: (-len(w), w),
)
_NUMWORD = r"(?:" + "|".join(_UNITS_WORDS) + r"|hundred|thousand|million|billion|trillion)"
_WORD_RUN = re.compile(
    rf"(?=[zotfsenhmbZOTFSENHMB])\b{_NUMWORD}(?:(?:-|\s+(?:and\s+)?){_NUMWORD})*\b"
    r"(?!-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b)",  # "twenty-first"
    re.IGNORECASE)
# ISO 4217 codes news writes before an amount, glued or not ("NOK26.5bn", "EUR 3.5 million")
ISO_CURRENCIES = ("USD", "EUR", "GBP", "JPY", "CNY", "RMB", "INR", "UAH", "RUB", "AUD", "CAD",
                  "NZD", "HKD", "SGD", "CHF", "NOK", "SEK", "DKK", "ISK", "PLN", "CZK", "HUF",
                  "RON", "BGN", "TRY", "ZAR", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "KRW",
                  "IDR", "MYR", "PHP", "THB", "VND", "PKR", "BDT", "NGN", "KES", "EGP", "SAR",
                  "AED", "QAR", "ILS", "TWD")


def _digits(local: bool = False, cjk: bool = False) -> re.Pattern[str]:
    """Digits as English writes them; ``local``: also as other languages do ("27,97",
    "2.574", "780'000"); ``cjk``: glued to the Chinese or Japanese word before them."""
    word = r"A-Za-z\d_" if cjk else r"\w"
    other = (r"|\d{1,3}\u2032\d{3},\d{3}(?:\.\d+)?"  # 2\u2032755,066 (Peru: a millions sign)
             r"|\d{1,3}(?:['\u2019]\d{3})+(?:[.,]\d+)?"  # 780'000 (Swiss)
             r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d.]\d)"  # 2.574, 1.234,5
             r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+,\d+"  # 1 234,5
             r"|\d+,\d+") if local else ""  # 27,97 (decimal comma)
    # ".716": a share or a winning percentage written without its leading zero
    bare = r"|\.\d+(?![.,]?\d)" if not local else ""
    return re.compile(
        r"(?=[-\u2212\u2013\d.])"  # a cheap first test at each position
        rf"(?P<sign>(?<![{word})\]%])[-\u2212](?=\d)|(?<![{word})\]%\u2013-])(?<!\d\s)\u2013(?=\d))?"
        rf"(?:(?<![{word}.,:/])|(?<=\bM)(?=\d\.\d)"  # M7.1: an earthquake's magnitude
        r"|(?<=\bf/)(?=\d)"  # f/1.8: a lens's aperture
        r"|(?<=[^\W\d_],)(?=\d{1,3}(?:,\d{3})+(?![\d,]))"  # "summer,118,949": a space lost
        r"|(?<=[^\W\d_]{2}:)(?=\d)"  # "BELLİ OLDU:12,62": a headline's space lost
        r"|(?<=\d[CF]/)|(?<=\u00b0[CF]/)"  # "115F/46.1C": the same reading on another scale
        r"|(?<=\d(?:ft|mi|km|kg|lb|oz)/)|(?<=\d(?:m|g)/)"  # "5ft/1.5m", "9kg/20lb"
        rf"|(?<=\b(?:{'|'.join(ISO_CURRENCIES)}))"  # NOK26.5bn: a currency code glued on
        r"|(?<=\bRs)|(?<=\bRM)|(?<=\bSh)|(?<=\bTk)|(?<=\bK[Ss]h)|(?<=\bRp)"  # Rs827.50, Rp89
        r"|(?<=(?<![\w.\-])[NRP])"  # N9.1 trillion, R28 400, P827.50 (money forms only)
        r"|(?<=(?<!\w)[\u0648\u0628\u0644\u0641])"  # Arabic "و34": and, by, for, so
        r"|(?<=(?<!\w)[\u0648\u0628\u0644\u0641]\u0640))"  # "لـ27": with a tatweel
        r"(?:(?<![A-Za-z]-)|(?<=\b[Mm]id-)|(?<=\b[Pp]re-)|(?<=\b[Pp]ost-)"  # mid-2020
        r"|(?<=\b[Mm]agnitude-)|(?<=\b[Cc]ategory-)|(?<=\b[Ff]orce-))"  # AP's "magnitude-6.6"
        r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?" + other +  # 1,300
        r"|\d{1,2}(?:,\d\d)+,\d{3}(?:\.\d+)?"  # Indian grouping: 1,98,706
        r"|\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?![\d,.]\d)"  # 1 300 (no-break space)
        r"|\d+,\d{1,2}(?=\s*(?:thousand|million|billion|trillion|mln|bln|bn|mn)\b)"  # 1,5 million
        r"|\d+,\d{1,2}(?=\s?(?:%|per\s?cent\b|percent\b))"  # 40,82%: no group has two digits
        r"|\d+,\d{1,2}(?=\s?(?:tonnes?|tons?|kgs?|kilo(?:gram)?s?|grams?|km|kms|kilomet(?:re|er)s?"
        r"|met(?:re|er)s?|m|cm|mm|miles?|litres?|liters?|hectares?|ha|degrees?|°|ounces?|oz)\b)"
        r"|\d+(?:\.\d+)?" + bare + ")"
        r"(?!(?!(?:bn|mn|mln|bln|tn|trn|m|k|b|mm|cm|km|kg|kgs|kms|ha|mi|ft|lb|lbs|mph|kph|kmh|p|pc|"
        r"kw|mw|gw|mins|hrs|yrs|secs|"
        r"kwh|mwh|gwh|C|F|M|B|K|pp|pts|bps?)\b"  # "30C", "115F": degrees; "$92M", "€2B", "$50K"
        r"|/1(?:0{2,}|0{0,2}(?:[,.\u00a0\u202f ]000)+)(?![\d,.]\d))"  # 460/100,000: a rate
        r"[A-Za-z0-9_:/]|[.,]\d)"
    )


_DIGITS = _digits()
_DIGITS_LOCAL = _digits(local=True)
_DIGITS_CJK = _digits(local=True, cjk=True)
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3}
_MIXED_FRACTION = re.compile(
    r"(?=[\d½¼¾⅓⅔])(?<![\w.,/-])(?:(?P<w>\d{1,3})[-\s](?P<n>[1-9])/(?P<d>[2-9]|1[0-6])(?![\d/])"
    r"|(?P<w2>\d{1,3})?(?P<v>[½¼¾⅓⅔]))")
_NUMBER_SPACES = re.compile(r"[, \u00a0\u202f\u2009]")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "lakh": 1e5,
          "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "bn": 1e9, "mn": 1e6, "mln": 1e6,
          "bln": 1e9,
          "m": 1e6, "k": 1e3, "b": 1e9, "tn": 1e12, "trn": 1e12,
          "lakh crore": 1e12, "lakh crores": 1e12,
          "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12}
# after digits the plural scales too ("Rs. 87621.80 millions": South Asian business copy)
_SCALE_AFTER = re.compile(
    r"\s*(?<=\d)(bn|mn|mln|bln|tn|trn)\b"
    r"|[\s-]+(lakh\s+crores?|thousand|million|billion|trillion|lakhs?|crores?)\b"
    r"|(?<=\d)\s+(thousands|millions|billions|trillions)\b(?!\s+of\b)"
    r"|\s(bn|mn|mln|bln)\b", re.IGNORECASE)
_AND_MORE = re.compile(r"\s+and\s+[a-z]", re.IGNORECASE)  # "a hundred and fifty"
# "a hundred forty-two", "a hundred twelve" (without "and"), but not "a hundred
# two-storey houses": the word after may join only another number word with a hyphen
_HUNDRED_MORE = re.compile(
    r"\s+(?=(?:" + "|".join(w for w in _UNITS_WORDS if w != "zero") + r")\b"
    r"(?!-(?!(?:one|two|three|four|five|six|seven|eight|nine)\b)[A-Za-z]))", re.IGNORECASE)
_FRACTION_SCALE = re.compile(
    r"(?=[\daotfsenAOTFSEN])\b(?:(?P<w>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"[\s-]+and[\s-]+a[\s-]+half(?:[\s-]+(?P<s>thousand|million|billion|trillion)\b)?"
    r"|(?P<f>a\s+half|a\s+quarter|three[-\s]quarters|a\s+third|two[-\s]thirds)\s+of\s+an?"
    r"\s+(?P<s2>thousand|million|billion|trillion)\b"
    r"|a\s+(?P<hf>half|quarter)[-\s]+(?P<s3>thousand|million|billion|trillion)\b)",
    re.IGNORECASE)
_NOUN_AND_A_HALF = re.compile(r"(?=[Aa])\ban?[\s-]+(?P<noun>[a-z]+)[\s-]+and[\s-]+a[\s-]+half\b",
                              re.IGNORECASE)
# ("an 11-and-a-half-year high": hyphens join the words of an adjective)
# a scale word after "a hundred", "a dozen" (word runs take theirs in: "two hundred thousand")
_BIG_SCALE_AFTER = re.compile(r"[\s-]+(thousand|million|billion|trillion)\b", re.IGNORECASE)
_SCALE_AFTER_WORDS = re.compile(r"[\s-]+(lakh\s+crores?|lakhs?|crores?)\b", re.IGNORECASE)
_SCALE_AFTER_MONEY = re.compile(r"(m|k|b|M|K|B)\b")  # "$5m", "$92M"
# A currency written before an amount, and the ISO code a sheet names it by.
CURRENCY_CODES = {**{sign.lower(): code for sign, code in CURRENCY_SIGNS.items()},
                  **{c.lower(): c for c in ISO_CURRENCIES}}
_ISO = "|".join(ISO_CURRENCIES)
_CURRENCY_PRE = re.compile(
    r"(?:(?<![A-Za-z])(?:US|A|AU|C|CA|NZ|HK|S|NT)\$|\$|€|£|¥|₹|₴|₽|₦|₱|₩|₪|₺|"
    rf"\b(?:Rs\.?|RM|Rp|KSh|Ksh|Sh|Tk|{_ISO})|(?<![\w.\-])[NRP])\s?$"
)
# currencies written as one capital letter, glued to the amount ("N9.120 trillion",
# "R28 400", "P602"; not a name such as "N95-rated"), or apart from an amount written as
# money ("N 267.1 billion")
_NAME_AFTER = re.compile(r"-?[A-Za-z]")
LETTER_CURRENCIES = {"N": "NGN", "R": "ZAR", "P": "PHP"}
_MONEY_FORM = re.compile(r"\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+(?:\.\d+)?(?!\d)|\d+\.\d\d(?!\d)"
                         r"|.*(?:thousand|million|billion|trillion|bn|mn|mln|tn)\b", re.DOTALL)
_A_NUMBER = re.compile(
    r"(?=[ha])\b(?P<pre>(?:half\s+)?a)\s+(?P<w>dozen|hundred|thousand|million|billion)\b(?!s)",
    re.IGNORECASE,
)
_DOZEN = re.compile(r"\s+dozen\b(?!s)", re.IGNORECASE)
_ANOTHER = re.compile(
    r"\b(?P<w>[Aa]nother|[Aa] further|[Aa]n additional|[Aa] single)\s+(?:[A-Z][a-z]+\s+)?"
    r"(?P<noun>[a-z]+)\b"
)
_ANOTHER_NOUNS = _words(
    "person man woman child boy girl baby teenager soldier civilian resident victim body "
    "officer worker rescuer journalist policeman firefighter doctor drone missile rocket "
    "shell bomb tank aircraft plane helicopter ship vessel boat building house home car "
    "truck bus village town city region attack strike explosion blast casualty patient "
    "passenger hostage prisoner"
)
_ANOTHER_VERB = re.compile(r"\s+(?:died|was|is|has|had|were|remains|remained)\b")

_TIME_UNITS = _words(
    "second minute hour day week month year decade century fortnight night"
)
_TIME_WORD = r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)" \
    r"|fortnights?|nights?)"
_AGE_HYPHEN = re.compile(r"-(?P<u>year|month|week|day)s?-old\b", re.IGNORECASE)
_AGE_WORDS = re.compile(r"\s+(?P<u>year|month|week|day)s?\s+old\b", re.IGNORECASE)
_AGED_BEFORE = re.compile(r"\baged\s+$", re.IGNORECASE)
_HYPHEN_UNIT = re.compile(r"-(?P<u>[A-Za-z]+)\b")
_DURATION_AFTER = re.compile(rf"\s+(?P<u>{_TIME_WORD})\b", re.IGNORECASE)
_FRACTION = _words(
    "half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths "
    "seventh sevenths eighth eighths ninth ninths tenth tenths"
)
_NOT_UNIT_AFTER_HYPHEN = frozenset(
    ["on", "off", "way", "time", "sided", "stop", "liner", "star", "point", "to", "and"]
)
_MEASURE = re.compile(
    r"(?P<u>[\u00a0\u202f ]?%|\s*per\s?cent\b|\s+percent(?:age points?)?\b|(?<=\d)pc\b|"
    r"\s+pct\b\.?|"
    # the same in other languages: "9,7 pour cent", "2,2 Prozent", "3,5 por ciento"
    r"\s+(?:pour\s+cent|por\s+ciento|por\s+cento|per\s+cento|prozent|procent|procento|"
    r"prosent|persen|proc\.)(?!\w)|"
    r"\s+square\s+(?:kilomet(?:er|re)s?|km|miles?|mi|met(?:er|re)s?|m|feet|foot|yards?)\b|"
    r"\s+cubic\s+(?:met(?:er|re)s?|m|feet|foot|kilomet(?:er|re)s?|km)\b|\s*m3\b|\s*m³|"
    r"\s+sq\.?\s*(?:km|mi|m)\b|\s*km2\b|\s*km²|"
    r"\s*(?:km/(?:h|hr|uur|u|heure|std\.?|saat|jam|ч)|km\s+orari|kmh)(?![\w/])|"  # speeds
    r"\s?[°º˚]\s?[CF]\b|\s?[℃℉]|(?-i:(?<=\d)[CF])\b|"  # "35°C", "95 ºF", "35℃", "30C"
    r"\s*[mk]\.p\.h\.|"  # "80 m.p.h." (read as 80 m before)
    r"\s*(?:mb|mbar|hPa|millibars?)\b|"
    # points: "5.3pp", "5.3pts"; basis points: "92 bp", "25bps", Italian and Spanish "92 pb"
    r"(?<=\d)\s?(?-i:pp|pts|bps?|pb)\b|"  # pressure: "983 mb" is millibars, not millibarns
    r"\s+degrees?\s+(?:Celsius|Fahrenheit|centigrade|C|F)\b|"
    # freight: "15.73 billion net tonne kilometres", "tonne-km", "9.77 billion net tonne miles"
    r"\s+(?:net\s+)?(?:tonnes?|tons?)[\s-](?:kilomet(?:er|re)s?|km|miles?)\b|"
    r"\s*(?:mm|cm|km|kg|ha|mph|kph)\b(?!/)|"
    r"\s+(?:kilomet(?:er|re)s?|km|miles?|met(?:er|re)s?|feet|foot|yards?|inch(?:es)?|"
    r"millimet(?:er|re)s?|centimet(?:er|re)s?|"
    r"kilograms?|kg|tons?|tonnes?|pounds?|hectares?|acres?|litres?|liters?|gallons?|"
    r"barrels?|degrees?|mph|kph|km/h)\b)"
    r"(?P<per>\s+(?:per|a)\s+(?:day|hour|week|month|year|second|minute|person|capita)\b)?",
    re.IGNORECASE,
)
_AREA_UNITS = {"sq km": "km**2", "sqkm": "km**2", "km2": "km**2", "km²": "km**2",
               "square km": "km**2", "sq mi": "square_mile", "square mi": "square_mile",
               "sq m": "m**2", "square m": "m**2", "cubic metres": "m**3",
               "cubic meters": "m**3", "cubic metre": "m**3", "cubic meter": "m**3",
               "cubic m": "m**3", "m3": "m**3", "m³": "m**3", "cubic feet": "ft**3",
               "cubic foot": "ft**3", "cubic km": "km**3", "cubic kilometres": "km**3",
               "cubic kilometers": "km**3",
               # km an hour as Dutch, Danish, Norwegian and German write it
               "km/uur": "km/h", "km/u": "km/h", "km/t": "km/h", "km/std": "km/h"}

# units written with dots or as abbreviations pint reads otherwise ("mb" is a millibarn)
_SPELLED_UNITS = {"m.p.h.": "mph", "k.p.h.": "kph", "mb": "millibar", "mbar": "millibar",
                  "hpa": "hectopascal", "millibars": "millibar",
                  "c": "degC", "f": "degF",
                  "pp": "percentage_point", "pts": "points", "bp": "basis_point",
                  "bps": "basis_point", "pb": "basis_point"}  # "30C", "115F" (capitals only, glued)
_DEGREE_SIGN = re.compile(r"[°º˚℃℉]|degrees?\s")


def _temperature(written: str) -> str:
    """The sheet unit of a written temperature: "°C", "degrees Celsius", "℃" are degC;
    "°F", "degrees F", "℉" are degF."""
    scale = written.split()[-1].lstrip("°º˚")
    return "degF" if scale in ("f", "fahrenheit", "℉") else "degC"


_PERCENT_WORDS = frozenset({"%", "per cent", "percent", "pc", "pct", "pour cent", "por ciento",
                            "por cento", "per cento", "prozent", "procent", "procento",
                            "prosent", "persen", "proc"})
_QUALIFIER = re.compile(
    r"\b(?P<q>an estimated|estimated|about|around|approximately|roughly|nearly|almost|some|"
    r"more than|over|fewer than|less than|under|below|above|at least|at most|up to|close to|"
    r"just over|"
    r"just under|a further|another|an additional|as many as|as few as|upwards of|"
    r"between|from|exactly|only|just)\s+\$?$",
    re.IGNORECASE,
)
_YEAR_CUE = re.compile(
    r"\b(?:in|since|by|until|till|of|early|late|mid|during|before|after|from|through|"
    r"throughout|spring|summer|fall|autumn|winter|year|the|end|start|beginning)[\s-]+$",
    re.IGNORECASE,
)
_SHARED_UNIT = re.compile(r"[\u00a0\u202f ]?%")
_RANGE_DASH = re.compile(r"\s*[-\u2013\u2014]\s*\$?")
_RANGE_TO = re.compile(r"\s+(?:to|through)\s+(?:US\$|A\$|\$|₹|€|£|Rs\.?\s?)?", re.IGNORECASE)
_RANGE_AND = re.compile(r"\s+and\s+(?:US\$|A\$|\$|₹|€|£|Rs\.?\s?)?", re.IGNORECASE)
_CHANGE_BEFORE = re.compile(
    r"\b(?:up|down|rise|rose|risen|rising|rises|fall|fell|fallen|falling|falls|increase|"
    r"increased|increasing|decrease|grow|climb|jump|drop|gain|"
    r"decreased|decreasing|grew|grown|growing|jumped|climbed|dropped|declined|gained|lost|"
    r"added|shed|slipped|slid|surged|soared|plunged|plummeted|tumbled)(?:\s+by)?"
    r"(?:\s+(?:about|around|nearly|almost|some|roughly|just|over|more\s+than))?"
    r"(?:\s+[\d.,]+\s?(?:%|per\s?cent|percent),?\s+or)?"  # "fell 9.98% or 2.87 to 25.90"
    r"\s+(?:[$£€¥₹]|US\$|Rs\.?\s?)?$",
    re.IGNORECASE)
# a ratio with a decimal side: "1.3:1", "1:2.5" (no time or score has a decimal point)
_RATIO = re.compile(r"(?<![\d.,:])(?P<a>\d{1,3}(?:\.\d{1,3})?):(?P<b>\d{1,3}(?:\.\d{1,3})?)"
                    r"(?![\d:]|\.\d)")
# a result and a comma just before another pair: "24-26, " in "tewas 24-26, 17-21"
_PAIR_COMMA_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}[-\u2013]\d{1,3},\s*$")
_MINUS_WORD = re.compile(r"(?<!plus\s)(?<!plus or\s)(?<!plus/)\bminus\s+$"
                         # German "ein Minus von 0,69 Prozent", "ein Minus in Höhe von 0,69"
                         r"|\b[Ee]in(?:em)?\s+Minus\s+(?:von|in\s+Höhe\s+von)\s+$"
                         # "(-)19 per cent": Indian bulletins write a deficit's sign apart
                         r"|\(\s?[-\u2212\u2013]\s?\)\s?$",
                         re.IGNORECASE)  # not "plus minus 1 persen": a margin
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:US\$|A\$|\$|₹|€|£|Rs\.?\s?)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:US\$|A\$|\$|₹|€|£|Rs\.?\s?)?$", re.IGNORECASE)

# the next word on the line, or on the next line where a wrapped sentence goes on in
# lower case: "Labor 67\nGreens 1" is a table, not 67 greens
_WORD_AFTER = re.compile(r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*(?=[a-z]))"
                         r"(?P<w>[A-Za-z][A-Za-z'\u2019-]*)")
_OF_DET = re.compile(
    r"\s+of\s+(?:its|their|his|her|our|the|these|those|them|whom|which)\b", re.IGNORECASE
)
_NOUN_STOP = _words(
    """a an the of in on at over across from to into onto for by with against during after
    before since per than as near around about under between through throughout within without
    and or but nor so yet if that which who whom whose where when while because although
    were was is are be been being had have has will would could should can may might must
    did do does also still only just even all both each every more most less least other
    overnight today yesterday tomorrow there here then now ago later earlier already again
    it its their they them he she his her we our you your i my me us this these those
    not no"""
)
_IRREGULAR_PLURALS = _words(
    "people children men women police personnel staff aircraft sheep fish cattle "
    "troops feet teeth mice geese militia"
)

_ONE_PREV_STOP = _words(
    "no the this that which each every any anyone only last same such what whichever"
)
_ONE_NEXT_STOP = _NOUN_STOP | _words(
    "another day way thing side hand point time more another other such own kind sort "
    "thing things"
)


# Words that stand for a number: "both" (2), "no one" (0), "two-thirds" (2/3).
_ZERO = re.compile(r"(?=[Nn])\b(?:[Nn]o(?:\s+|-)one|[Nn]obody|[Nn]one\s+of|[Nn]either)\b")
# "no casualties", "no MPs", "no reported injuries", "no serious injuries"
_NO_NOUN = re.compile(r"(?=[Nn])\b[Nn]o\s+(?:(?:other|further|more|new|known|serious|major|"
                      r"immediate|significant|apparent|[a-z]{2,}ed)\s+)?"
                      r"(?P<noun>[a-z]+|[A-Z]{2,}s)\b")
# a noun that means two: "a married couple"
_COUPLE = re.compile(r"(?=[Mm])\b[Mm]arried\s+couple\b(?!s)")
_NO_EITHER = re.compile(r"(?=[Nn])\b[Nn]o\s+[a-z]+\s+(?:or|nor|and)\s+(?P<noun>[a-z]+)\b")
_BOTH = re.compile(r"(?=[Bb])\b[Bb]oth\b(?!\s+(?:of\s+)?(?:the\s+)?[a-z]+\s+and\b)")
_FRACTION_WORD = {"half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3,
                  "quarter": 1 / 4, "quarters": 1 / 4, "fourth": 1 / 4, "fourths": 1 / 4,
                  "fifth": 1 / 5, "fifths": 1 / 5, "sixth": 1 / 6, "sixths": 1 / 6,
                  "seventh": 1 / 7, "sevenths": 1 / 7, "eighth": 1 / 8, "eighths": 1 / 8,
                  "ninth": 1 / 9, "ninths": 1 / 9, "tenth": 1 / 10, "tenths": 1 / 10}
_FRACTION_RE = re.compile(
    r"(?=[hqtfsenoa])\b(?:(?P<n>one|two|three|four|nine)[-\s]|(?P<a>[Aa]n?\s+|[Oo]ne[-\s]))?"
    r"(?P<f>half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|"
    r"ninths?|tenths?)\b(?![-\u2013]\w|\s+an?\s+(?:dozen|hundred|thousand|million|billion))",
    re.IGNORECASE,
)
_SPORT = re.compile(r"(?=[hat])\b(?:(?P<h>hat-?trick)s?|(?:a|his|her|their)\s+(?P<b>brace)\b"
                    r"(?!\s+(?:for|of|itself|themselves)))", re.IGNORECASE)
_MULTIPLIER = re.compile(
    r"(?=[dtqh])\b(?:(?P<d>doubl)(?:e|ed|es|ing)|(?P<t>tripl)(?:e|ed|es|ing)|(?P<q>quadrupl)(?:e|ed|es|ing)"
    r"|(?P<h>halv)(?:e|ed|es|ing)|(?P<tw>twice)|(?P<th>thrice))\b", re.IGNORECASE)
_FRACTION_AFTER = re.compile(r"\s+(?:of|were|was|are|is|had|have|in|on|at|to|more|less)\b"
                             r"|\s*[.,;:)]|\s*$", re.IGNORECASE)
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
_TWICE = re.compile(r"twice|thrice", re.IGNORECASE)
# A share written as "one in four", "2 out of 3", "one in 100 adults"
_ONE_IN = re.compile(r"(?=[otfsenOTFSEN1-9])\b(?P<a>one|two|three|four|five|six|seven|eight|nine"
                     r"|[1-9])\s+(?:in|out\s+of)\s+"
                     r"(?P<b>two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d{1,3})"
                     r"\b(?![.,]\d)", re.IGNORECASE)
_SHARE_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "hundred": 100}
_FRACTION_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}


# Two teams named just before a result: "Atalanta-Juventus 1-2", "Hull City v Arsenal 0-3"
_FIXTURE = re.compile(r"(?<![\w-])[A-Z][\w.'\u2019]*(?:\s[A-Z][\w.'\u2019]*){0,2}"
                      r"\s*(?:[-\u2013]|\sv\.?|\svs\.?)\s*"
                      r"[A-Z][\w.'\u2019]*(?:\s[A-Z][\w.'\u2019]*){0,2},?\s+$")
# A win-loss record: "the Magic went 20-62", "finished 35-47", "a 9-12 record"
_RECORD_BEFORE = re.compile(r"\b(?:went|go|goes|going|finished|finishes|finish"
                            r"|(?:improv|fall|dropp?|slipp?|mov|climb)(?:e|es|ed|ing)?\s+to"
                            r"|fell\s+to|record\s+(?:of|at|to))\s+$", re.IGNORECASE)
# a result named after it, the loser's side first: "a 0-3 defeat", "their 1-2 loss at home"
_RECORD_AFTER = re.compile(r"\s+(?:record|mark|defeat|loss|win|victory|draw|reverse|drubbing"
                           r"|thrashing|hammering|triumph|scoreline|home\s+win|away\s+win)\b"
                           # or before a season: "23-59 in 2013-14"
                           r"|\s+in\s+(?:the\s+)?(?:19|20)\d\d[-\u2013/](?:19|20)?\d\d\b"
                           # or games: "is 1-6 in its last seven games", "3-1 on the road"
                           r"|\s+(?:in|over)\s+(?:(?:its|their|his|her|the)\s+)?(?:last|past|"
                           r"previous|first)\s+(?:\w+\s+)?(?:games|matches|starts|outings|"
                           r"meetings|contests)\b|\s+(?:on\s+the\s+(?:road|season|year)|at\s+home"
                           r"|against\s+(?:teams|opponents)\b)",
                           re.IGNORECASE)
# a team's name inside a sentence just before a result that ends the clause: "dimalukan
# Palestin 0-6.", "lost to Spain 0-3, their worst"
_TEAM_BEFORE = re.compile(r"[^\s.!?]\s+[A-Z][^\W\d_]+\s$")
# a measure after the pair makes it a span even after a verb of losing: "lost 2-3 kg"
_MEASURE_AFTER = re.compile(r"\s*(?:%|(?:per\s+cent|percent|kg|kilos?|kilograms?|pounds|lbs?|"
                            r"km|kilometres?|kilometers?|miles?|m|cm|metres?|meters?|years?|"
                            r"months?|weeks?|days?|hours?|minutes?|degrees?|°)\b)",
                            re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:)!?]|$)")
# a Roman numeral on a scale: "PHIVOLCS Intensity VII", "Category IV", "Alert Level III"
_ROMAN = {r: i for i, r in enumerate(("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
                                      "X", "XI", "XII"), 1)}
_ROMAN_ON_SCALE = re.compile(r"(?=[IiLlCcPpSsGgTt])\b(?P<scale>[Ii]ntensity|"
                             r"(?:[Aa]lert\s+)?[Ll]evel|[Cc]ategory|[Pp]hase|[Ss]tage|[Ss]ignal|[Gg]rade|[Tt]ier)\s+"
                             r"(?:[Nn]o\.\s*)?(?P<r>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\b"
                             r"(?![-'\u2019]\w)")
_VAGUE = re.compile(r"(?=[tdhm])\b(?:tens\s+of\s+)?(?P<w>dozens|hundreds|thousands|millions)"
                    r"(?=\s+of\b)", re.IGNORECASE)
_VAGUE_BASE = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1000.0, "millions": 1e6}
_A_NOUN = re.compile(r"(?=[AaOo])\b(?:[Aa]n?|[Aa]\s+single|[Oo]ne)\s+(?P<noun>[A-Za-z][a-z]+)\b")
# one span of time written with the article, where it is no rate ("$5 a year"): before
# "after", "later", "earlier", "ago", "before", or after "for", "within", "in", "over"
_A_SPAN = re.compile(r"(?=[Aa])\ban?\s+(?P<noun>day|week|month|year|hour|minute|decade|century|"
                     r"fortnight|night)\b(?P<after>\s+(?:after|later|earlier|ago|before)\b)?",
                     re.IGNORECASE)
_SPAN_BEFORE = re.compile(r"\b(?:for|within|in|over|after|than|nearly|almost|about|only|"
                          r"just|barely|past|last)\s+$", re.IGNORECASE)
# "a C-295M", "an F-16": the article before a model designation counts one of it
_A_MODEL = re.compile(r"(?=[Aa])\b[Aa]n?\s+(?P<model>[A-Z][A-Za-z]{0,3}-?\d+[A-Za-z\d]*)\b")
_NOT_A_COUNT = _words(
    "dozen hundred thousand million billion half third quarter few lot number total further "
    "single couple series statement result report time day week month year night "
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth"
)
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                  "ninth", "tenth", "eleventh", "twelfth")
_TEEN_ORDINALS = ("thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                  "eighteenth", "nineteenth")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# 1-99: "fourteenth", "twentieth", "twenty-first", "ninety-ninth"
_ORDINALS = {w: i for i, w in enumerate(_ORDINAL_WORDS, 1)} | {
    w: i for i, w in enumerate(_TEEN_ORDINALS, 13)} | {
    f"{t[:-1]}ieth": 20 + 10 * k for k, t in enumerate(_TENS)} | {
    f"{t}-{u}": 20 + 10 * k + i for k, t in enumerate(_TENS)
    for i, u in enumerate(_ORDINAL_WORDS[:9], 1)}
_ORDINAL = re.compile(r"(?=[\d" + "".join(sorted({w[0] for w in _ORDINALS})) + r"])\b(?:"
                      + "|".join(sorted(_ORDINALS, key=len, reverse=True))
                      + r"|\d+(?:st|nd|rd|th))\b", re.IGNORECASE)


def is_ordinal(text: str) -> bool:
    """Whether ``text`` is an English ordinal ("second", "21st", "twenty-first")."""
    return _ORDINAL.fullmatch(text) is not None


#: skip the patterns that cannot match in a text, as one pass over it tells
#: (:mod:`factcheck.text.scanner`; False: run them all, as the test comparing both does)
GATED = True
#: ... once this many texts were scanned in the process: building the pass (every pattern
#: read again and compiled into one automaton) costs what it saves over a few hundred
#: texts, so checking one sheet (an edit, an editor) scans without it
GATE_AFTER = 2000
_scanned = 0
_PREFILTER = Prefilter()  # the patterns ``_Scanner.scan`` has run, registered on first use


# characters IGNORECASE matches as ASCII letters: long s, the Kelvin sign, Turkish dotted
# and dotless i; a key read from a match is folded back to ASCII before a table lookup
_FOLD = str.maketrans({"\u017f": "s", "\u212a": "k", "\u0130": "i", "\u0131": "i"})


def _fold(word: str) -> str:
    """``word`` lower-cased as the ASCII it was matched as ("croreſ" -> "crores")."""
    return word.translate(_FOLD).lower()


def _month_num(name: str) -> int:
    return _MONTH_NUM[_fold(name.rstrip("."))]


def _day_num(day: str) -> int:
    return int(re.match(r"\d+", day).group())  # type: ignore[union-attr]


@dataclass
class _Atom:
    """A single written quantity before classification."""

    start: int
    end: int
    value: float
    words: bool  # spelled out in words
    scaled: bool = False  # "12 million"
    plain_int: bool = False  # digits without separators or decimals
    alt: float | None = None  # "59.5m": 59.5 metres, or 59.5 million in a headline


_MAX_NUMBER_WORDS = 12  # "nine hundred ninety-nine thousand nine hundred ..." is shorter


@functools.lru_cache(maxsize=4096)
def _text2num(phrase: str) -> int | float | None:
    """text2num of a phrase of number words, or None; remembered, as a run of number words
    tries up to ``_MAX_NUMBER_WORDS`` phrases at each word and runs repeat."""
    try:
        return text2num(phrase, "en")
    except ValueError:
        return None


def _parse_words(text: str, start: int, end: int) -> list[_Atom]:
    """Parse a run of number words with text2num, splitting greedily where it fails."""
    toks = [(m.start() + start, m.end() + start, m.group()) for m in
            re.finditer(r"[A-Za-z]+", text[start:end])]
    atoms: list[_Atom] = []
    i = 0
    while i < len(toks):
        if toks[i][2].lower() == "and":
            i += 1
            continue
        for j in range(min(len(toks), i + _MAX_NUMBER_WORDS), i, -1):
            if toks[j - 1][2].lower() == "and":
                continue
            s, e = toks[i][0], toks[j - 1][1]
            phrase = text[s:e].lower()
            value = _text2num(re.sub(r"\s+", " ", phrase))
            if value is None:
                continue
            if phrase.strip() not in ("hundred", "thousand", "million", "billion", "trillion"):
                atoms.append(_Atom(s, e, float(value), words=True))
            i = j
            break
        else:
            i += 1
    return atoms


# a verb before "up to" makes it a particle ("picked up to $1,021,968", "went up to 4%"),
# before "over" a span of time ("gathered over 40 years"): no hedge
_VERB_BEFORE = re.compile(r"\b(?:\w+ed|went|go|goes|going|rose|rise|rises|rising|shot|grew|"
                          r"grow|grows|growing|crept|ticks?|moves?|moving|picks?|picking|"
                          r"climbs?|climbing|jumps?|jumping|edges?|edging|inch(?:es)?|"
                          r"inching|steps?|stepping|ramps?|ramping|built|builds?|building)"
                          r"(?:\s+(?:up|down|out|on))?\s+$", re.IGNORECASE)
_SPAN_AFTER = re.compile(r"[\w,.-]+\s+(?:years?|decades?|months?|weeks?|days?|hours?|"
                         r"centuries)\b", re.IGNORECASE)


def _qualifier(text: str, start: int) -> str | None:
    m = _QUALIFIER.search(text, max(0, start - 20), start)
    if m is None:
        return None
    q = m.group("q").lower()
    if q in ("up to", "over") and (q == "up to" or _SPAN_AFTER.match(text, start)) and \
            _VERB_BEFORE.search(text, max(0, m.start() - 20), m.start()):
        return None
    return None if q in ("between", "from") else q


class _Scanner:
    def __init__(self, text: str, strict_one: bool = True, language: str | None = None) -> None:
        self.text = text
        self.strict_one = strict_one
        # digits as the language writes them (a decimal comma, groups joined by dots)
        self.local = language if supported(language) and language not in SUPPORTED else None
        # whose digits these are: Ukrainian and Russian words have their own tables, but
        # their digits follow CLDR like the rest ("8,39%": a decimal comma)
        self.digits_lang = self.local or (language if language in ("uk", "ru") else None)
        self.taken = bytearray(len(text) + 1)
        self.out: list[Mention] = []
        global _scanned
        _scanned += 1
        self.gated = GATED and _scanned > GATE_AFTER
        #: ids of the patterns that cannot match in the text (None: run every pattern)
        self.skip = _PREFILTER.skip(text) if self.gated else None

    def scan(self, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        """``pattern.finditer`` over the text, or nothing when the one pass over the text
        (:class:`factcheck.text.scanner.Prefilter`) rules the pattern out."""
        skip = self.skip
        if skip is not None and id(pattern) in skip:
            return ()
        if not _PREFILTER.known(pattern):
            _PREFILTER.register(pattern)  # in the pass from the next text on
        return pattern.finditer(self.text)

    def free(self, start: int, end: int) -> bool:
        return not any(self.taken[start:end])

    def add(self, m: Mention) -> None:
        self.out.append(m)
        self.taken[m.start : m.end] = b"\x01" * (m.end - m.start)

    # -- dates -------------------------------------------------------------------------------

    def dates(self) -> None:
        t = self.text
        for pattern in (_DATE_MDY, _DATE_DMY):
            for m in self.scan(pattern):
                if not self.free(m.start(), m.end()):
                    continue
                try:
                    d = datetime.date(int(m["year"]), _month_num(m["mon"]), _day_num(m["day"]))
                except ValueError:
                    continue
                wd = _WEEKDAY_NUM[_fold(m["wd"])] if m["wd"] else None
                self.add(Mention(m.start(), m.end(), m.group(), None, None, "date", date=d,
                                 weekday=wd))
        for m in self.scan(_DATE_ISO):
            if not self.free(m.start(), m.end()):
                continue
            try:
                d = datetime.date(int(m["year"]), int(m["mon"]), int(m["day"]))
            except ValueError:
                continue
            self.add(Mention(m.start(), m.end(), m.group(), None, None, "date", date=d))
        for pattern, order in ((_DATE_NUMERIC, "dmy"), (_DATE_SLASH, "mdy")):
            for m in self.scan(pattern):
                if not self.free(m.start(), m.end()):
                    continue
                first, second = int(m["a"]), int(m["b"])
                day, mon = (first, second) if order == "dmy" else (second, first)
                try:
                    d = datetime.date(int(m["year"]), mon, day)
                except ValueError:
                    continue
                self.add(Mention(m.start(), m.end(), m.group(), None, None, "date", date=d))
        for m in self.scan(_TIME):
            if not self.free(m.start(), m.end()):
                continue
            ap2 = (m["ap2"] or "").lower()
            ap = (m["ap"] or "").lower() or ap2
            minute = m["m"] or m["md"]
            times = [(m.start(), m.end("m") if m["m"] else m.end("h"), m["h"], minute, ap)]
            if m["h2"]:
                times = [(m.start(), m.start("h2"), m["h"], minute, ap),
                         (m.start("h2"), m.end(), m["h2"], m["m2"], ap2)]
            elif m["ap"]:
                times = [(m.start(), m.end(), m["h"], minute, ap)]
            for s, e, h, mi, half in times:
                hour = int(h) % 12 + (12 if half == "p" else 0) if half else int(h)
                minutes = hour * 60 + int(mi or 0)
                text = re.sub(r"\s*(?:[-\u2013]|to|and)?\s*$", "", t[s:e])
                self.add(Mention(s, s + len(text), text, minutes / 60, minutes / 60, "time"))
        for m in self.scan(_CLOCK_WORD):
            if (m["pre"] or m["hm"] or m["word"]) and self.free(m.start(), m.end()):
                hours = int(m["h"]) + int(m["hm"] or m["m"]) / 60
                self.add(Mention(m.start(), m.end(), m.group(), hours, hours, "time"))
        for m in self.scan(_MILITARY):
            if (m["h"].startswith("0") or m["zone"] is not None or _TIME_PREPOSITION.search(
                    t, max(0, m.start() - 8), m.start())) and self.free(m.start(), m.end()):
                hours = int(m["h"]) + int(m["m"]) / 60
                self.add(Mention(m.start(), m.end(), m.group(), hours, hours, "time"))
        for m in self.scan(_NOON):
            if self.free(m.start(), m.end()):
                hour = 0.0 if m.group().lower() in _MIDNIGHT_WORDS else 12.0
                self.add(Mention(m.start(), m.end(), m.group(), hour, hour, "time"))
        for m in self.scan(_FISCAL_YEAR):
            y, yy = int(m["y"]), int(m["yy"] or m["yyyy"])
            if (y + 1) % (100 if m["yy"] else 10000) == yy and self.free(m.start(), m.end()):
                self.add(Mention(m.start(), m.end(), m.group(), float(y), float(y + 1), "year"))
        for m in self.scan(_MONTH_YEAR):
            if not self.free(m.start(), m.end()) or (self.local is not None and _DAY_DOT.search(
                    t, max(0, m.start() - 5), m.start())):
                continue  # "am 14. November 2021": a day before, read with the language's dates
            ym = (int(m["year"]), _month_num(m["mon"]))
            self.add(Mention(m.start(), m.end(), m.group(), None, None, "month", month=ym))
        for m in self.scan(_MONTHDAY):
            if not self.free(m.start(), m.end()):
                continue
            mon = _month_num(m["mon"] or m["mon2"])
            day = _day_num(m["day"] or m["day2"])
            try:
                datetime.date(2000, mon, day)  # leap year: validates month/day
            except ValueError:
                continue
            wd = _WEEKDAY_NUM[_fold(m["wd"])] if m["wd"] else None
            self.add(Mention(m.start(), m.end(), m.group(), None, None, "monthday", weekday=wd,
                             monthday=(mon, day)))
        for m in self.scan(_MONTH_QUARTER):  # "the March quarter in 2018": 2018-03
            if self.free(m.start(), m.end()):
                self.add(Mention(m.start(), m.end(), m.group(), None, None, "month",
                                 month=(int(m["year"]), _month_num(m["mon"]))))
        for m in self.scan(_BARE_MONTH):  # "in April": a month of the publication's year
            if self.free(m.start("mon"), m.end()):
                ahead = 1 if m["pre"].lower() == "next" else 0
                self.add(Mention(m.start("mon"), m.end(), m["mon"], None, None, "monthname",
                                 month=(ahead, _month_num(m["mon"]))))
                second = _AND_MONTH.match(t, m.end())  # "in July and August"
                if second and self.free(second.start("mon"), second.end()):
                    self.add(Mention(second.start("mon"), second.end(), second["mon"], None,
                                     None, "monthname",
                                     month=(ahead, _month_num(second["mon"]))))
        for m in self.scan(_WEEKDAY_RE):
            if not self.free(m.start(), m.end()):
                continue
            start = m.start()
            if m.group().lower().startswith("on "):
                start = m.start("wd")
            self.add(Mention(start, m.end(), t[start:m.end()], None, None, "weekday",
                             weekday=_WEEKDAY_NUM[_fold(m["wd"])]))

    # -- quantities --------------------------------------------------------------------------

    def atoms(self) -> list[_Atom]:
        t = self.text
        atoms: list[_Atom] = []
        for m in self.scan(_MIXED_FRACTION):  # "2-1/2 minutes", "2½"
            if self.free(m.start(), m.end()):
                part = (int(m["n"]) / int(m["d"])) if m["n"] else _VULGAR[m["v"]]
                atoms.append(_Atom(m.start(), m.end(), int(m["w"] or m["w2"] or 0) + part,
                                   words=False))
        lang = self.digits_lang
        digits = _DIGITS if lang is None else _DIGITS_CJK if lang in GLUED else _DIGITS_LOCAL
        for m in self.scan(digits):
            s, e = m.span()
            if not self.free(s, e):
                continue
            raw, alt = m["num"], None
            if lang is not None:
                value, alt = read_number(raw, lang)
            elif re.fullmatch(r"\d+,\d{1,2}", raw):  # decimal comma before a scale word
                value = float(raw.replace(",", "."))
            else:
                value = float(_NUMBER_SPACES.sub("", raw))
            if m["sign"]:
                value, alt = -value, None if alt is None else -alt
            atoms.append(_Atom(s, e, value, words=False,
                               plain_int=raw.isdigit() and not m["sign"], alt=alt))
        for m in self.scan(_A_NUMBER):
            if not self.free(m.start(), m.end()):
                continue
            pre, w = _fold(m["pre"]), _fold(m["w"])
            value = 12.0 if w == "dozen" else (100.0 if w == "hundred" else _SCALE[w])
            if pre.startswith("half"):
                value /= 2
            rest = (_AND_MORE.match(t, m.end()) or (w == "hundred" and _HUNDRED_MORE.match(
                t, m.end()))) and _WORD_RUN.match(t, m.start("w"))
            more = _parse_words(t, rest.start(), rest.end()) if pre == "a" and rest else []
            if more and more[0].start == m.start("w") and more[0].end > m.end() and self.free(
                    m.start(), more[0].end):  # "a hundred and fifty": one hundred and fifty
                atoms.append(_Atom(m.start(), more[0].end, more[0].value, words=True))
                continue
            big = _BIG_SCALE_AFTER.match(t, m.end())  # "a hundred thousand", "a dozen million"
            if big and _SCALE[_fold(big[1])] > value and self.free(m.start(), big.end()):
                atoms.append(_Atom(m.start(), big.end(), _scaled(value, _SCALE[_fold(big[1])]),
                                   words=True, scaled=True))
                continue
            atoms.append(_Atom(m.start(), m.end(), value, words=True))
        # Word atoms never overlap each other (runs are disjoint, and a run parses left to
        # right), so only the digit and "a dozen" atoms above can hold a word atom's start:
        # find the last of them starting at or before it (bisect) and ask whether any of
        # those reaches past it (a running maximum of ends). O(log n) per word atom.
        before = sorted((a.start, a.end) for a in atoms)
        starts = [s for s, _ in before]
        reach: list[int] = []
        for _, e in before:
            reach.append(max(e, reach[-1]) if reach else e)
        for m in self.scan(_WORD_RUN):
            if not self.free(m.start(), m.end()):
                continue
            for a in _parse_words(t, m.start(), m.end()):
                k = bisect.bisect_right(starts, a.start)
                if k and reach[k - 1] > a.start:
                    continue
                atoms.append(a)
        atoms.sort(key=lambda a: a.start)
        merged: list[_Atom] = []
        for a in atoms:
            if merged and a.start < merged[-1].end:
                continue
            # "12 million", "Rs 1,200 crore", "$5bn", "two dozen", "five lakh"
            money = _CURRENCY_PRE.search(t, max(0, a.start - 4), a.start) is not None
            sm = (_SCALE_AFTER_WORDS if a.words else _SCALE_AFTER).match(t, a.end)
            if sm is None and money and not a.words:
                sm = _SCALE_AFTER_MONEY.match(t, a.end)
            elif sm is None and not a.words and _SCALE_AFTER_MONEY.match(t, a.end):
                word = _fold(t[a.end])  # glued m/k/b without a currency: both readings
                a = _Atom(a.start, a.end, a.value, False, plain_int=False,  # "1500m": no year
                          alt=_scaled(a.value, _SCALE[word]))
            if sm:
                # IGNORECASE lets "croreſ" (long s) match "crores": fold it back
                word = re.sub(r"\s+", " ", _fold(next(g for g in sm.groups() if g)))
                a = _Atom(a.start, sm.end(), _scaled(a.value, _SCALE[word]), a.words, scaled=True)
            dm = _DOZEN.match(t, a.end)
            if dm and a.words:
                a = _Atom(a.start, dm.end(), a.value * 12, True)
            if merged and _rest_of(t, merged[-1], a):  # "35 million and 452,466"
                b = merged.pop()
                a = _Atom(b.start, a.end, b.value + a.value, False, scaled=True)
            merged.append(a)
        return merged

    def _after_hyphen_word(self, end: int) -> str | None:
        m = _HYPHEN_UNIT.match(self.text, end)
        return m["u"].lower() if m else None

    def _is_lone_one(self, a: _Atom) -> bool:
        t = self.text
        return a.words and t[a.start : a.end].lower() == "one"

    def _one_counts(self, a: _Atom) -> bool:
        """Conservative test for a spelled-out lone "one"."""
        t = self.text
        if t[a.end : a.end + 1] == "-":
            hy = self._after_hyphen_word(a.end)
            return hy is not None and hy in _TIME_UNITS
        prev = re.search(r"([A-Za-z]+)\W*$", t[max(0, a.start - 20) : a.start])
        if prev and prev.group(1).lower() in _ONE_PREV_STOP:
            return False
        if not self.strict_one:
            nxt = _WORD_AFTER.match(t, a.end)
            return not (nxt and nxt["w"].lower() in ("another", "way", "day", "side"))
        nxt = _WORD_AFTER.match(t, a.end)
        if not nxt:
            return False
        w = nxt["w"].lower()
        if w in _ONE_NEXT_STOP or w.endswith("ly") or w.endswith("ed") or w.endswith("self"):
            return False
        return not (w in ("day", "night") or nxt["w"][0].isupper())

    def share_years(self) -> None:
        """"between July 1 and September 30, 2015", "from January to March 2024": the
        first end of a date range takes the year written at the second."""
        t = self.text
        order = sorted(range(len(self.out)), key=lambda k: self.out[k].start)
        for i, k in enumerate(order[:-1]):
            m, nxt = self.out[k], self.out[order[i + 1]]
            if nxt.start - m.end > 40:
                continue  # a range's ends stand close together
            year = nxt.date.year if nxt.date else nxt.month[0] if nxt.kind == "month" and \
                nxt.month else None
            gap = t[m.end:nxt.start]
            between = re.fullmatch(r"\s*and\s*", gap, re.I) and _BETWEEN_BEFORE_DATE.search(
                t, max(0, m.start - 20), m.start)
            if self.local is not None:  # "du 21 juin au 21 septembre 2021", "entre le ... et le"
                between = between or _RANGE_JOIN_LOCAL.fullmatch(gap) or (
                    _AND_LOCAL.fullmatch(gap) and _BETWEEN_LOCAL.search(
                        t, max(0, m.start - 20), m.start))
            if year is None or not (_RANGE_JOIN.fullmatch(gap) or between):
                continue
            try:
                if m.kind == "monthday" and m.monthday and m.monthday[0] > 0:
                    d = datetime.date(year, *m.monthday)
                    new = replace(m, kind="date", date=d, monthday=None)
                elif m.kind == "monthname" and m.month and m.month[1]:
                    new = replace(m, kind="month", month=(year, m.month[1]))
                else:
                    continue
            except ValueError:
                continue
            self.out[k] = new

    def fraction_scales(self) -> None:
        """"two and a half million", "a quarter of a million", "one and a half years":
        a whole number and a half, or a fraction of a scale word, read as one figure."""
        t = self.text
        for m in self.scan(_FRACTION_SCALE):
            if not self.free(m.start(), m.end()):
                continue
            if m["w"]:
                w = m["w"].lower()
                value = (float(w) if w.isdigit() else float(_text2num(w) or 0)) + 0.5
            else:  # "a quarter", "three-quarters", "a half" (-million)
                count, frac = re.split(r"[\s-]+", _fold(m["f"] or "a " + m["hf"]))
                value = _FRACTION_WORD[frac] * _FRACTION_COUNT.get(count, 1)
            scale = m["s"] or m["s2"] or m["s3"]
            if scale:
                value = value * _SCALE[_fold(scale)]
            unit, kind, end = self._classify(m.end(), value, plain_int=False)
            if self.free(m.start(), end):
                self.add(Mention(m.start(), end, t[m.start():end], value, value, kind,
                                 unit=unit, qualifier=_qualifier(t, m.start())))
        for m in self.scan(_NOUN_AND_A_HALF):  # "a year-and-a-half", "an hour and a half"
            if self.free(m.start(), m.end()):
                self.add(Mention(m.start(), m.end(), m.group(), 1.5, 1.5, "number",
                                 unit=m["noun"].lower(), qualifier=_qualifier(t, m.start())))

    def phrases(self) -> None:
        """Words that stand for numbers: none, both, fractions."""
        t = self.text
        for m in self.scan(_ROMAN_ON_SCALE):  # "Intensity VII", "Category IV", "Level III"
            if self.free(m.start("r"), m.end("r")):
                n = float(_ROMAN[m["r"]])
                self.add(Mention(m.start("r"), m.end("r"), m["r"], n, n, "number",
                                 unit=m["scale"].lower().split()[-1]))
        for m in self.scan(_ZERO):
            self.add(Mention(m.start(), m.end(), m.group(), 0.0, 0.0, "implicit",
                             unit=None if m.group().lower().startswith(("none", "neither"))
                             else "people"))
        for pattern in (_NO_NOUN, _NO_EITHER):  # "no casualties", "no damage or casualties"
            for m in self.scan(pattern):
                noun = m["noun"]
                if self.free(m.start(), m.end()) and _plural(noun) and noun not in _NOUN_STOP:
                    self.add(Mention(m.start(), m.end(), m.group(), 0.0, 0.0, "implicit",
                                     unit=noun))
        for m in self.scan(_COUPLE):
            if self.free(m.start(), m.end()):
                self.add(Mention(m.start(), m.end(), m.group(), 2.0, 2.0, "implicit"))
        for m in self.scan(_BOTH):
            if self.free(m.start(), m.end()):
                self.add(Mention(m.start(), m.end(), m.group(), 2.0, 2.0, "implicit",
                                 unit=_guess_noun(t, m.end(), 2.0)))
        for m in self.scan(_SPORT):  # a hat-trick is 3 goals, a brace 2
            start = m.start("h") if m["h"] else m.start("b")
            if self.free(start, m.end()):
                value = 3.0 if m["h"] else 2.0
                self.add(Mention(start, m.end(), t[start:m.end()], value, value, "implicit",
                                 unit="goal"))
        for m in self.scan(_MULTIPLIER):
            if self.free(m.start(), m.end()):
                k = next(n for n, g in m.groupdict().items() if g)
                value = {"d": 2.0, "t": 3.0, "q": 4.0, "h": 0.5, "tw": 2.0, "th": 3.0}[k]
                self.add(Mention(m.start(), m.end(), m.group(), value, value, "implicit"))
        for m in self.scan(_ONE_IN):
            a, b = (int(x) if x.isdigit() else _SHARE_WORDS[_fold(x)] for x in (m["a"], m["b"]))
            if a < b and self.free(m.start(), m.end()):
                self.add(Mention(m.start(), m.end(), m.group(), a / b, a / b, "fraction"))
                if not self.strict_one:  # grounding: "one out of seven" also writes 7
                    self.out.append(Mention(m.start("b"), m.end("b"), m["b"], float(b),
                                            float(b), "number"))
        for m in self.scan(_FRACTION_RE):
            if not self.free(m.start(), m.end()):
                continue
            f = _fold(m["f"])
            prev = re.search(r"([A-Za-z]+)\W*$", t[max(0, m.start() - 12) : m.start()])
            if prev and prev.group(1).lower() in ("first", "second", "last", "latter", "other",
                                                   "former", "final", "every"):
                continue  # "the second half of the year"
            if m["n"] is None and f.endswith("s") and f != "halves":
                continue  # "thirds" alone counts nothing
            if m["n"] is None and m["a"] is None and f not in ("half",):
                continue  # "third" alone is an ordinal
            if m["a"] is not None and f != "half" and not _FRACTION_AFTER.match(t, m.end()):
                continue  # "a fourth survivor", "a fifth consecutive quarter": ordinals
            if f == "quarters" and m["n"] and t[m.end("n")] != "-" and not _OF_AFTER.match(
                    t, m.end()):
                continue  # "for two quarters in a row": periods, not 2/4
            value = _FRACTION_WORD[f] * (_FRACTION_COUNT[_fold(m["n"])] if m["n"] else 1)
            if value < 1:
                self.add(Mention(m.start(), m.end(), m.group(), value, value, "fraction"))

    def singulars(self) -> None:
        """Grounding only: "a missile", "a C-295M" (1), ordinals ("the third time": 3), and vague
        plurals at their least ("hundreds of people": 100 or 200)."""
        t = self.text
        for m in self.scan(_VAGUE):
            if self.free(m.start(), m.end()):
                base = _VAGUE_BASE[_fold(m["w"])] * (10 if m.group().lower().startswith(
                    "tens") else 1)
                self.add(Mention(m.start(), m.end(), m.group(), base, base, "implicit",
                                 unit=_guess_noun(t, m.end(), 2.0), alt=2 * base))
        for m in self.scan(_A_SPAN):  # "a week after", "for a year", "within an hour"
            if self.free(m.start(), m.end("noun")) and (
                    m["after"] or _SPAN_BEFORE.search(t, max(0, m.start() - 12), m.start())):
                self.add(Mention(m.start(), m.end("noun"), t[m.start():m.end("noun")], 1.0,
                                 1.0, "implicit", unit=m["noun"].lower()))
        for m in self.scan(_A_NOUN):
            noun = m["noun"]
            if self.free(m.start(), m.end()) and noun.lower() not in _NOT_A_COUNT \
                    and not _plural(noun) and noun.lower() not in _NOUN_STOP:
                self.add(Mention(m.start(), m.end(), m.group(), 1.0, 1.0, "implicit",
                                 unit=noun.lower()))
        for m in self.scan(_A_MODEL):
            if self.free(m.start(), m.end()):
                self.add(Mention(m.start(), m.end(), m.group(), 1.0, 1.0, "implicit"))
        for m in self.scan(_ORDINAL):
            if self.free(m.start(), m.end()):
                word = m.group().lower()
                n = _ORDINALS.get(word) or int(re.match(r"\d+", word).group())  # type: ignore
                self.add(Mention(m.start(), m.end(), m.group(), float(n), float(n), "implicit",
                                 unit=ordinal_noun(t, m.start(), m.end())))  # "35th overall"

    def quantities(self) -> None:
        t = self.text
        atoms = self.atoms()
        i = 0
        while i < len(atoms):
            a = atoms[i]
            b = atoms[i + 1] if i + 1 < len(atoms) else None
            rng = self._range(a, b) if b is not None and not self._score(a, b) else None
            if rng is not None:
                low, high, start, end = rng
                unit, _kind, end2 = self._classify(end, high, plain_int=False)
                cm = _CURRENCY_PRE.search(t, max(0, start - 5), start)
                if cm and unit is None:  # "between £30 million and £34 million"
                    unit, start = cm.group().strip().rstrip("."), cm.start()
                self.add(Mention(start, end2, t[start:end2], low, high, "range",
                                 unit=unit, qualifier=_qualifier(t, start)))
                i += 2
                continue
            i += 1
            score = self._score(a, b) or (i >= 2 and self._score(atoms[i - 2], a))
            if self._is_lone_one(a) and not self._one_counts(a) and not score:
                continue
            hy = self._after_hyphen_word(a.end) if t[a.end : a.end + 1] == "-" else None
            if hy in _FRACTION:
                continue
            unit, kind, end = self._classify(a.end, a.value, plain_int=a.plain_int)
            start = a.start
            if (
                kind == "number" and a.plain_int and 1500 <= a.value <= 2100 and unit is None
                and (_YEAR_CUE.search(t, max(0, start - 15), start) or _qualifier(t, start) is None)
            ):
                kind = "year"
            if kind == "number" and _AGED_BEFORE.search(t, max(0, start - 10), start):
                kind, unit = "age", "year-old"
            cm = _CURRENCY_PRE.search(t, max(0, start - 5), start)
            glued = cm is not None and not cm.group()[-1].isspace()
            if cm and cm.group().strip() in LETTER_CURRENCIES and (
                    _NAME_AFTER.match(t, end) if glued
                    else not _MONEY_FORM.match(t, a.start, end)):
                if glued:
                    continue  # "N95-rated", "R101a": a name, not an amount
                cm = None  # "table N 5": a letter apart from a plain figure names no money
            if cm and kind in ("number", "year"):
                kind, unit, start = "number", cm.group().strip().rstrip("."), cm.start()
                unit = LETTER_CURRENCIES.get(unit, unit)  # "P602": the code, not a pence "p"
            value = a.value
            mw = _MINUS_WORD.search(t, max(0, start - 30), start)
            if mw and kind in ("number", "year") and value > 0:  # "fell minus 242.42 points"
                kind, value, start = "number", -value, mw.start()
            if score:
                unit = "score"
            self.add(Mention(start, end, t[start:end], value, value, kind, unit=unit,
                             qualifier=_qualifier(t, start),
                             alt=a.alt if value == a.value or a.alt is None else -a.alt))
        self._another()

    def _score(self, a: _Atom, b: _Atom | None) -> bool:
        """'4-1', '3-2': a result (the first side not below the second), not a range;
        after a fixture ("Atalanta-Juventus 1-2") or as a win-loss record ("went 20-62",
        "a 9-12 record") the first side may be the lower."""
        if b is None or not (a.plain_int and b.plain_int) or (
                a.value < b.value and not _FIXTURE.search(self.text, max(0, a.start - 80),
                                                          a.start)
                and not self._after_score(a.start)
                and not _RECORD_BEFORE.search(self.text, max(0, a.start - 20), a.start)
                and not _RECORD_AFTER.match(self.text, b.end)
                and not (_TEAM_BEFORE.search(self.text, max(0, a.start - 40), a.start)
                         and _CLAUSE_END.match(self.text, b.end))
                and not (score_verb_before(self.text, a.start)
                         and not _MEASURE_AFTER.match(self.text, b.end))):
            return False
        return re.fullmatch(r"[-\u2013]", self.text[a.end:b.start]) is not None \
            and a.value < 200 and b.value < 200

    def _after_score(self, start: int) -> bool:
        """Whether a result a verb or the teams name stands just before ``start``, then a
        comma: the games of a match ("tewas 24-26, 17-21", "lost 19-21, 17-21")."""
        m = _PAIR_COMMA_BEFORE.search(self.text, max(0, start - 14), start)
        return m is not None and (score_verb_before(self.text, m.start()) or bool(
            _TEAM_BEFORE.search(self.text, max(0, m.start() - 40), m.start())))

    def _range(self, a: _Atom, b: _Atom) -> tuple[float, float, int, int] | None:
        t = self.text
        a_end = a.end
        shared = _SHARED_UNIT.match(t, a.end)
        if shared and _SHARED_UNIT.match(t, b.end):  # "0% to 10%": each figure has its sign
            a_end = shared.end()
        gap = t[a_end : b.start]
        if len(gap) > 12:
            return None
        ok = False
        if _RANGE_DASH.fullmatch(gap):
            ok = not a.words or b.words
        elif _RANGE_TO.fullmatch(gap):
            # "(up 4,293,741 to 25,145,561)": after a change, a change and the new level
            # "rose 5% to 10%": a change and the new level (a change of 0 is none: a range)
            ok = a.value == 0 or (b.value <= 2 * a.value and a_end == a.end) \
                or not _CHANGE_BEFORE.search(t, max(0, a.start - 30), a.start)
        elif _RANGE_AND.fullmatch(gap):
            ok = _BETWEEN_BEFORE.search(t, max(0, a.start - 10), a.start) is not None
        elif self.local is not None:
            ok = local_range(t, a.start, a_end, b.start, self.local)  # "entre 2 y 8"
        if not ok:
            return None
        if a.plain_int and 1500 <= a.value <= 2100 and t[a.start:a.end].isdigit() and not (
                b.plain_int and 1500 <= b.value <= 2100):
            return None  # "from 2014 to 41.3 million": a year, then a quantity (not "1.900")
        low, high = a.value, b.value
        if b.scaled and not a.scaled and low < _base(t, b):
            # "10 to 12 million": the scale word is shared
            scaled = low * (high / _base(t, b))
            if scaled < high:
                low = scaled
        if not low < high:
            return None
        return low, high, a.start, b.end

    def _classify(self, end: int, value: float, plain_int: bool) -> tuple[str | None, str, int]:
        """Unit, kind and (possibly extended) end for a quantity ending at ``end``."""
        t = self.text
        m = _AGE_HYPHEN.match(t, end)
        if m:
            return f"{m['u'].lower()}-old", "age", m.end()
        m = _AGE_WORDS.match(t, end)
        if m:
            return f"{m['u'].lower()}-old", "age", m.end()
        if t[end : end + 1] == "-":
            m = _HYPHEN_UNIT.match(t, end)
            if m and m["u"].lower() not in _NOT_UNIT_AFTER_HYPHEN:
                u = m["u"].lower()
                if u.rstrip("s") in _TIME_UNITS:
                    return u.rstrip("s"), "duration", m.end()
                return u, "number", end
        m = _DURATION_AFTER.match(t, end)
        if m:
            return m["u"].lower(), "duration", m.end()
        m = _MEASURE.match(t, end)
        if m:
            u = re.sub(r"\s+", " ", m["u"].strip().lower())
            if m["per"]:
                u = f"{u} per {m['per'].split()[-1].lower()}"
            if u.rstrip(".") in _PERCENT_WORDS:
                if self.local is not None and " " in u:  # "pour cent": "cent" is no 100
                    end = m.end("u")
                u = "percent"
            if u.startswith("km/") or u in ("kmh", "km orari"):
                u = "km/h"  # "km/uur", "km/heure", "km/Std.", "km orari"
            if re.fullmatch(r"(?:net )?tonn?e?s?[ -]\w+", u):  # freight carried a distance
                u = "tonne*mile" if "mile" in u else "tonne*km"
            u = _AREA_UNITS.get(u.replace(".", ""), u)
            u = _SPELLED_UNITS.get(u, u)
            if _DEGREE_SIGN.search(u):
                u = _temperature(u)
            return u, "number", end
        if self.local is not None:
            return None, "number", end  # the language's own noun is read later (noun_after)
        return _guess_noun(t, end, value), "number", end

    def _another(self) -> None:
        t = self.text
        for m in self.scan(_ANOTHER):
            s, e = m.start(), m.end("w")
            if not self.free(s, m.end()):
                continue
            noun = m["noun"]
            if noun == "one":  # "a further one died"
                self.add(Mention(s, m.end(), t[s : m.end()], 1.0, 1.0, "number"))
            elif noun in _ANOTHER_NOUNS or (
                not noun.endswith("s") and noun not in _NOUN_STOP
                and _ANOTHER_VERB.match(t, m.end())
            ):
                self.add(Mention(s, e, t[s:e], 1.0, 1.0, "number", unit=noun))


_AND_BETWEEN = re.compile(r"\s+and\s+")


def _rest_of(t: str, a: _Atom, b: _Atom) -> bool:
    """Whether digits ``b`` after "and" complete scaled figure ``a`` ("35 million and
    452,466"): a whole number of the scale, then a rest below it but not below its
    thousandth, not after "between"."""
    if not a.scaled or a.words or b.words or _AND_BETWEEN.fullmatch(t, a.end, b.start) is None:
        return False
    base = _base(t, a)
    if not base or not base.is_integer():
        return False  # "1.2 million and 200,000": two figures
    scale = a.value / base
    return scale / 1000 <= b.value < scale and not re.search(
        r"between\s+\S*$", t[max(0, a.start - 12):a.start], re.IGNORECASE)


# a span of clock hours in Chinese or Japanese: "凌晨0时至5时" (midnight to 5), "下午2时至5时"
_CJK_HOURS = re.compile(r"(?:凌晨|上午|早上|午前|(?P<pm>下午|晚上|午後))?"
                        r"(?P<a>[01]?\d|2[0-3])\s*[时時点點]"
                        r"\s*(?:至|到|~|～|-)\s*(?P<b>[01]?\d|2[0-4])\s*[时時点點]")
# how many times, in one word: German "zweimal", Dutch "tweemaal", Swedish "två gånger"
_TIMES_WORDS = {
    "de": (r"(?P<n>ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)mal",
           ("ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
            "elf", "zwölf")),
    "nl": (r"(?P<n>een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)maal",
           ("een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
            "elf", "twaalf")),
}
_TIMES_PATTERNS = {lang: (re.compile(rf"(?<!\w){p}(?!\w)", re.IGNORECASE),
                          {w: i for i, w in enumerate(ws, 1)})
                   for lang, (p, ws) in _TIMES_WORDS.items()}


def _multiplicatives(text: str, language: str,
                     free: Callable[[int, int], bool]) -> list[Found]:
    """How many times, written as one word ("gleich zweimal gemessen": twice), of unit
    "time"."""
    pattern, values = _TIMES_PATTERNS.get(language, (None, {}))
    return [Found(m.start(), m.end(), "number", value=float(values[m["n"].lower()]),
                  unit="time")
            for m in pattern.finditer(text) if free(m.start(), m.end())] if pattern else []


# no change, a change of 0 ("the rate was unchanged", "環比持平", "unverändert"): read only
# when grounding, and only these words
_NO_CHANGE = re.compile(r"持平|保持不变|横ばい|보합|(?<![^\W\d_])(?:unchanged|unverändert|"
                        r"inchangée?s?|sin\s+cambios|invariat[oaie]|inalterad[oa]s?|"
                        r"onveranderd|без\s+изменений|без\s+змін)(?![^\W\d_])"
                        # Korean "not even one": "사사구는 한 개도 허용하지 않았습니다" (0)
                        r"|(?<![^\W\d_])한\s*(?:개|명|번|차례|건|점|골|곳|대)도(?=\s*(?:\S+\s+){0,2}"
                        r"\S*(?:않|못|없))", re.IGNORECASE)


def _no_change(text: str, free: Callable[[int, int], bool]) -> list[Found]:
    """Words that say a figure did not change: a change of 0."""
    return [Found(m.start(), m.end(), "number", value=0.0) for m in _NO_CHANGE.finditer(text)
            if free(m.start(), m.end())]


def _scaled(value: float, scale: float) -> float:
    """``value * scale`` rounded as decimals: 47.66 lakh crore is exactly 47660000000000."""
    return float(Decimal(repr(value)) * Decimal(int(scale)))


def _base(text: str, a: _Atom) -> float:
    """The unscaled number of a scaled atom ("12" of "12 million")."""
    m = _DIGITS.match(text, a.start)
    return float(_NUMBER_SPACES.sub("", m["num"])) if m else a.value  # "1 300 lakh" too


def _plural(word: str) -> bool:
    lw = word.lower()
    return lw in _IRREGULAR_PLURALS or (lw.endswith("s") and not lw.endswith("ss"))


_MORE_AFTER = re.compile(r"\s+(?:more|other|additional|further|new)\b(?=\s+[a-z])")


def _guess_noun(text: str, end: int, value: float) -> str | None:
    """Head noun of the phrase after a number: "114 drones over" -> "drones"."""
    pos = end
    m = _OF_DET.match(text, pos)
    if m:
        pos = m.end()
    m = _MORE_AFTER.match(text, pos)  # "five more bodies"
    if m:
        pos = m.end()
    words: list[str] = []
    for _ in range(4):
        m = _WORD_AFTER.match(text, pos)
        if not m:
            break
        w = m["w"].rstrip("-")
        lw = w.lower()
        if lw in _NOUN_STOP or lw.endswith("ly"):
            break
        if lw.endswith(("ed", "ing")):
            # a participle is a modifier only before a plural noun: "37 injured people"
            nxt = _WORD_AFTER.match(text, m.end())
            if not (words == [] and nxt and _plural(nxt["w"]) and
                    nxt["w"].lower() not in _NOUN_STOP and
                    not nxt["w"].lower().endswith("ed")):
                break
        words.append(w)
        pos = m.end()
    if not words:
        return None
    lower = [w for w in words if not w[0].isupper()] or words
    if value != 1:
        for w in lower:
            if _plural(w):
                return w.lower()
    return lower[0].lower() if value == 1 else lower[-1].lower()


def find_mentions(text: str, strict_one: bool = True,
                  language: str | None = None) -> list[Mention]:
    """Every numeric and dated mention in ``text``, sorted by start, non-overlapping.

    ``strict_one=False`` (grounding a value of 1) also reads a lone "one" that stands
    for a noun ("one in Dnipropetrovsk"), except "no one", "every one" and the like.
    ``language`` (uk, ru, hi, te, or any other language CLDR knows) adds that language's
    number words, dates and nouns (:mod:`factcheck.text.languages`) and, beyond the first
    four, its way of writing digits (:mod:`factcheck.text.locales`); native digits are
    read in every language."""
    language = language.split("-")[0].lower() if language else None  # "pt-BR" reads as pt
    original, text = text, ascii_digits(text)
    scanner = _Scanner(text, strict_one, language)
    if language in (None, "en"):  # "October 30-31, 2010": both days
        for s, e, d in day_ranges(text):
            scanner.add(Mention(s, e, text[s:e], None, None, "date", date=d))
        for s, e, md in month_day_ranges(text):  # "October 5-7": both days
            if scanner.free(s, e):
                scanner.add(Mention(s, e, text[s:e], None, None, "monthday", monthday=md))
    early = game_clocks(text, scanner.free) if language in (None, "en") else scan_asian(
        text, language, scanner.free, strict_one)  # "1:31 remaining", "52秒63", "ปี 2561"
    early += race_times(text, lambda s, e: scanner.free(s, e) and not any(
        r.start < e and s < r.end for r in early))  # "1:06.18", "1.06,18"
    for r in early:  # a range, a second value or a date: asian_forms.Wide
        high, alt, date = (getattr(r, k, None) for k in ("high", "alt", "date"))
        low = None if date else r.value
        scanner.add(Mention(r.start, r.end, text[r.start:r.end], low, low if high is None
                            else high, r.kind, unit=r.unit, alt=alt, date=date))
    for m in _CJK_HOURS.finditer(text) if language in ("zh", "ja") else ():  # "0时至5时"
        pm = 12 if m["pm"] else 0
        low, high = int(m["a"]) + pm, int(m["b"]) + pm
        if low < high and scanner.free(m.start(), m.end()):
            scanner.add(Mention(m.start(), m.end(), m.group(), float(low), float(high),
                                "range", unit="hour"))
    scanner.dates()
    for c in scan_times(text, language, scanner.free):  # "à 21h", "ساعت ۱۵ و ۹ دقیقه"
        scanner.add(Mention(c.start, c.end, text[c.start:c.end], c.hours, c.hours, "time"))
        if c.alt is not None and not strict_one:  # hook: "at 10 o'clock" is 22:00 too
            scanner.out.append(replace(scanner.out[-1], low=c.alt, high=c.alt))
    if supported(language):
        for f in local_dates(text, language, scanner.free):  # "(שישי)", "今月25日"
            scanner.add(Mention(f.start, f.end, text[f.start:f.end], None, None, f.kind,
                                date=f.date, weekday=f.weekday, monthday=f.monthday,
                                month=f.month))  # "tháng 3/2022": a month
        for f in [*scan_month_days(text, language, scanner.free),
                  *scan_dates(text, language, scanner.free)]:
            scanner.add(Mention(f.start, f.end, text[f.start:f.end], None, None, f.kind,
                                date=f.date, weekday=f.weekday, monthday=f.monthday,
                                month=f.month))
        for f in [*scan_compounds(text, language, scanner.free),
                  *scan_zero(text, language, scanner.free),
                  *_multiplicatives(text, language, scanner.free)]:  # "zweimal", "tweemaal"
            if scanner.free(f.start, f.end):
                scanner.add(Mention(f.start, f.end, text[f.start:f.end], f.value, f.value,
                                    "number", unit=f.unit))
    for f in _no_change(text, scanner.free) if not strict_one else ():  # "環比持平": 0
        scanner.add(Mention(f.start, f.end, text[f.start:f.end], 0.0, 0.0, "implicit"))
    for m in _RATIO.finditer(text) if ":" in text else ():  # "由1.3:1扩大到2.2:1"
        if "." in m.group() and scanner.free(*m.span()):
            for g in ("a", "b"):
                scanner.add(Mention(m.start(g), m.end(g), m[g], float(m[g]), float(m[g]),
                                    "number"))
    for r in scan_sports(text, language, scanner.free):  # "(0-2, 12e)", "90+3", "4-4-0-3"
        scanner.add(Mention(r.start, r.end, text[r.start:r.end], r.value, r.value, "number",
                            unit=r.unit))
    scanner.share_years()
    if scanner.local is not None:  # "un tercio", "deux tiers", "die Hälfte"
        for s, e, value in fractions(text, scanner.local):
            if scanner.free(s, e):
                scanner.add(Mention(s, e, text[s:e], value, value, "fraction"))
        for s, e, value in shares(text, scanner.local):  # "9 de cada 10": its figures stay
            scanner.out.append(Mention(s, e, text[s:e], value, value, "fraction"))
    if scanner.local is None:
        scanner.fraction_scales()
    scanner.phrases()
    scanner.quantities()
    if not strict_one and scanner.local is None:  # English articles and ordinals
        scanner.singulars()
    out = sorted(scanner.out, key=lambda m: m.start)
    if not strict_one and scanner.local is None:  # "have won the race 16 times": wins
        out = [replace(m, unit=noun) if (m.unit in ("times", "time") or _TWICE.fullmatch(
            m.text)) and (noun := times_noun(text, m.start)) else m for m in out]
    if supported(language):
        out = _foreign(scanner, out, language)
    if text is not original:
        out = [replace(m, text=original[m.start:m.end]) for m in out]
    if language not in (None, "en"):  # English hedges are other languages' words: Dutch
        out = [replace(m, qualifier=None) if m.qualifier and _QUALIFIER.search(  # "over 15"
            original, max(0, m.start - 20), m.start) else m for m in out]
    return out


# Digits before a scale word that make one figure: a range "2-3 millones", a whole
# number and a fraction "1 1/2 millones" (read as two numbers otherwise).
_SCALED_PAIR = re.compile(r"(?<![\d.,/\u2032])(?P<a>\d+(?:[.,]\d+)?)"
                          r"(?:\s*(?P<dash>[-\u2013\u2014])\s*(?P<b>\d+(?:[.,]\d+)?)|\s+(?P<n>\d)/(?P<d>\d{1,2}))(?![\d.,/])")


def _scaled_pairs(t: str, out: list[Mention], language: str) -> list[Mention]:
    """``out`` with each range or mixed fraction before a scale word read as one figure."""
    merged: list[Mention] = []
    for m in _SCALED_PAIR.finditer(t):
        scaled = scale_after(t, m.end(), language)
        if not scaled or (m["d"] and int(m["n"]) >= int(m["d"])) or m["d"] == "0":
            continue
        a = read_number(m["a"], language)[0]
        if m["dash"]:
            low, high = a, read_number(m["b"], language)[0]
            if low >= high:
                continue
        else:
            low = high = a + int(m["n"]) / int(m["d"])
        end = scaled[1]
        merged.append(Mention(m.start(), end, t[m.start():end], _scaled(low, scaled[0]),
                              _scaled(high, scaled[0]), "range" if m["dash"] else "number",
                              unit=noun_after(t, end, language)))
    if not merged:
        return out
    starts = [x.start for x in merged]
    keep = [x for x in out if not any(s < x.end and x.start < y.end for s, y in (
        (merged[i].start, merged[i]) for i in _near(starts, x.start, x.end)))]
    return sorted([*keep, *merged], key=lambda x: x.start)


def _near(starts: list[int], start: int, end: int) -> range:
    """Indices of merged figures that may overlap [start, end): starts are sorted and
    figures do not overlap, so at most the one before ``end`` and the one before it."""
    i = bisect.bisect_left(starts, end)
    return range(max(i - 2, 0), i)


def _foreign(scanner: _Scanner, out: list[Mention], language: str) -> list[Mention]:
    """Add ``language``'s number words, dates and weekdays; name the noun after digits."""
    t = scanner.text
    found = []
    out = _scaled_pairs(t, out, language)
    for m in out:
        if m.kind == "number" and m.unit is None and m.low is not None:
            scaled = scale_after(t, m.end, language)
            if scaled:
                value = _scaled(m.low, scaled[0])
                m = replace(m, end=scaled[1], text=t[m.start:scaled[1]], low=value, high=value)
            m = replace(m, unit=noun_after(t, m.end, language))
            if language in CJK and m.unit and len(m.unit) > 1 and m.unit[0] in CJK_MORE:
                m = replace(m, unit=m.unit[1:], qualifier="more than")  # "40余人"
        elif m.kind == "range" and m.unit is None:
            m = replace(m, unit=noun_after(t, m.end, language))  # "40 bis 50 Tote"
        if m.kind == "number" and m.unit and language not in SUPPORTED:
            m = replace(m, unit=time_word(language, m.unit.split()[0]) or m.unit)  # "8 años"
        found.append(m)
    numbers = scan_numbers(t, language, scanner.free)
    for f in numbers:  # taken before singular nouns are read ("полсотни" is 50, not 1)
        scanner.taken[f.start:f.end] = b"\x01" * (f.end - f.start)
    singles = [] if scanner.strict_one else scan_singulars(t, language, scanner.free)
    for f in [*numbers, *singles]:
        unit = f.unit
        if language not in SUPPORTED and unit:
            unit = time_word(language, unit.split()[0]) or unit  # "hace cuatro años"
        found.append(Mention(f.start, f.end, t[f.start:f.end], f.value, f.value, f.kind,
                             date=f.date, weekday=f.weekday, monthday=f.monthday, unit=unit))
    return _points(t, _word_ranges(t, sorted(found, key=lambda m: m.start), language))


# Tenths and hundredths of a point, as Spanish, Portuguese, Italian and French write a
# change of a rate: "un descenso de 20 centésimas" (0.20 points), "dos décimas" (0.2)
_POINT_PARTS = {**dict.fromkeys(("décima", "décimas", "décimo", "décimos", "decimi", "decimo",
                                 "dixième", "dixièmes", "dècimes", "dècima"), 0.1),
                **dict.fromkeys(("centésima", "centésimas", "centésimo", "centésimos",
                                 "centesimi", "centesimo", "centième", "centièmes",
                                 "centèsimes", "centèsima"), 0.01)}
_POINT_AFTER = re.compile(r"\s+(?P<w>\w+)(?:\s+(?:de\s+)?(?:punto|ponto|punti|point)s?\b)?",
                          re.IGNORECASE)


def _points(t: str, out: list[Mention]) -> list[Mention]:
    """``out`` with a count of tenths or hundredths of a point read as percentage points."""
    result: list[Mention] = []
    covered = -1  # the end of the last mention extended over its "décimas de punto"
    for m in out:
        if m.start < covered:
            continue  # "décimas" read again on its own (the tenth): within the extended one
        part = _POINT_PARTS.get((m.unit or "").lower()) if m.kind == "number" else None
        after = _POINT_AFTER.match(t, m.end) if part else None
        if part and after and m.low is not None:
            value = round(m.low * part, 10)
            m = replace(m, end=after.end(), text=t[m.start:after.end()], low=value, high=value,
                        unit="percentage point")
            covered = m.end
        result.append(m)
    return result


def _word_ranges(t: str, out: list[Mention], language: str) -> list[Mention]:
    """``out`` with two numbers joined by the language's range words read as one range
    ("hundert bis 150 Liter", "entre diez y 15 muertos", "2 bis 3 Millionen Euro": the
    scale word is shared). Digits on both ends without a scale word are joined by the
    scanner."""
    joined: list[Mention] = []
    for m in out:
        a = joined[-1] if joined else None
        if (a is not None and a.kind == m.kind == "number" and a.qualifier is None
                and a.low is not None and m.low is not None
                and a.high == a.low and m.high == m.low and m.start - a.end <= 12
                and not _year_then_quantity(a, m)
                and local_range(t, a.start, a.end, m.start, language)):
            low = a.low * _shared_scale(t, m, language)  # "2 bis 3 Millionen": 2 million
            if low >= m.low:
                low = a.low
            if low < m.low:
                joined[-1] = Mention(a.start, m.end, t[a.start:m.end], low, m.low, "range",
                                     unit=m.unit, qualifier=_qualifier(t, a.start))
                continue
        joined.append(m)
    return joined




def _shared_scale(t: str, m: Mention, language: str) -> float:
    """The scale word closing ``m`` ("drei Millionen", "3 millones"), or 1."""
    for i, c in enumerate(m.text):
        if c.isspace():
            scaled = scale_after(t, m.start + i, language)
            if scaled and scaled[1] >= m.end - 1:
                return scaled[0]
    return 1


def _year_then_quantity(a: Mention, b: Mention) -> bool:
    """"von 2014 bis 41,3 Millionen": a year, then a quantity, not a range."""
    return a.text.isdigit() and a.low is not None \
        and a.low.is_integer() and 1500 <= a.low <= 2100 \
        and not (b.low is not None and b.low.is_integer() and 1500 <= b.low <= 2100)
