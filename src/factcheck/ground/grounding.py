"""Find each fact's quote in its document and the fact's value in its quote."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import math
import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from factcheck.engine.outcome import GROUNDED, UNGROUNDED, Kind, Outcome
from factcheck.engine.units import (
    KNOWN_COUNTS,
    Unit,
    difference_unit,
    factor,
    offset,
    parse_unit,
    to_base,
)
from factcheck.engine.values import decimal_precision, fmt
from factcheck.ground.attribution import Paragraphs, unattributed
from factcheck.ground.falls import fall_written_as_a_verb, size_of_a_fall
from factcheck.load.sheet import LoadedSheet
from factcheck.problems import SheetError
from factcheck.text.dates import MONTHS_AFTER_PUBLICATION, THIS_MONTH
from factcheck.text.furniture import without_furniture
from factcheck.text.languages import words
from factcheck.text.locales import CLASSIFIERS, decimal_comma, ordinal_words
from factcheck.text.normalize import locate, normalize
from factcheck.text.nouns import Aliases, plural
from factcheck.text.numbers import (
    ISO_CURRENCIES,
    WEEKDAYS,
    Mention,
    find_mentions,
    is_ordinal,
)
from factcheck.text.sentences import sentence_starts, starts_after
from factcheck.text.sports import CRICKET_CONTEXT, SCORE_UNITS, holds_score
from factcheck.text.subunits import SUBUNITS


def _same(a: float | None, b: float) -> bool:
    """Equal as written numbers: only float noise is forgiven (1e9 and 1e9 + 1 differ)."""
    return a is not None and math.isclose(a, b, rel_tol=1e-15, abs_tol=0.0)


def _fraction_matches(fraction: float, value: float) -> bool:
    """'two-thirds' writes 0.67, 0.667 or 67 (percent) within the digits given."""
    half_digit = decimal_precision(value) / 2
    return abs(value - fraction) <= half_digit or abs(value / 100 - fraction) <= half_digit / 100


# Words that date an event relative to publication: days before publication allowed.
RELATIVE_DAYS = {"today": (0,), "tonight": (0,), "this morning": (0,), "this afternoon": (0,),
                 "this evening": (0,), "yesterday": (1,), "overnight": (0, 1),
                 "last night": (0, 1)}
# the same in other languages: days before publication
_TODAY_WORDS = ("heute", "aujourd'hui", "aujourd’hui", "hoy", "oggi", "hoje", "vandaag",
                "dziś", "dzisiaj", "i dag", "idag", "сегодня", "сьогодні", "bugün",
                "hari ini", "dnes", "astăzi", "azi", "tänään", "σήμερα", "اليوم", "היום",
                "امروز", "hôm nay", "avui", "danas", "днес")
_YESTERDAY_WORDS = ("gestern", "hier", "ayer", "ieri", "ontem", "gisteren", "wczoraj",
                    "i går", "igår", "вчера", "вчора", "dün", "kemarin", "včera", "eilen",
                    "χθες", "أمس", "אתמול", "دیروز", "hôm qua", "ahir", "jučer", "вчера")
# tomorrow (not German "morgen", Spanish "mañana" or Dutch "morgen": also "morning")
_TOMORROW_WORDS = ("tomorrow", "demain", "domani", "amanhã", "jutro", "завтра", "yarın",
                   "besok", "zítra", "mâine", "huomenna", "αύριο", "غدا", "מחר", "فردا",
                   "ngày mai", "demà", "sutra", "i morgen", "imorgon", "i morgon")
# the night before or the early hours of the day of publication
_NIGHT_WORDS = ("esta madrugada", "la pasada madrugada", "pasada madrugada", "anoche",
                "nesta madrugada", "esta manhã", "esta mañana", "cette nuit", "ce matin",
                "stanotte", "stamattina", "questa notte", "questa mattina", "heute Nacht",
                "heute früh", "heute Morgen", "vannacht", "vanochtend", "dziś w nocy",
                "tej nocy", "этой ночью", "сегодня ночью", "цієї ночі", "сьогодні вночі")
# later on the day of publication
_LATER_TODAY = ("heute Nachmittag", "heute Abend", "vanmiddag", "vanavond", "cet après-midi",
                "ce soir", "esta tarde", "esta noche", "questo pomeriggio", "stasera",
                "esta noite", "nesta tarde")
RELATIVE_DAYS |= {**{w.lower(): (0,) for w in _LATER_TODAY},
                  **dict.fromkeys(_TODAY_WORDS, (0,)), **dict.fromkeys(_YESTERDAY_WORDS, (1,)),
                  **dict.fromkeys(_TOMORROW_WORDS, (-1,)),
                  **{w.lower(): (0, 1) for w in _NIGHT_WORDS}}
_RELATIVE = re.compile(r"(?<!\w)(" + "|".join(sorted(RELATIVE_DAYS, key=len, reverse=True))
                       + r")(?!\w)"
                       # Chinese, Japanese, Korean: no spaces around ("于今日凌晨")
                       r"|(今日|今天|今晨|今早|오늘|昨日|昨天|昨晚|어제|明天|明日|내일)", re.I)
_CJK_DAYS = {"今日": (0,), "今天": (0,), "今晨": (0,), "今早": (0,), "오늘": (0,),
             "昨日": (1,), "昨天": (1,), "昨晚": (0, 1), "어제": (1,), "明天": (-1,),
             "明日": (-1,), "내일": (-1,)}


_FUTURE = re.compile(r"(?=[abcdefgkmnopstuvwz])\b(?:will|would|by|next|until|till|coming|"
                     r"expected|forecast|scheduled|due|plans?|set to|starting|beginning|from|"
                     r"upcoming|can|could|(?-i:may|might)|shall|"  # "can win the title on Sunday"
                     # Norwegian, Danish, Swedish: "vil vare til og med natt til tirsdag"
                     r"vil|skal|ska|ventes|forventes|väntas|kommer til å|kommer att|til og med|"
                     r"till och med|fra og med|från och med|natt til|natten til|natten till|"
                     # the present tense these languages use for the future: "onsdag blir
                     # prisen", "begin november komt het bureau met", "am Montag kommt"
                     r"blir|komt|kommt|wordt|wird|prognose|prognosen|varsel|"
                     # Dutch and German modals and "coming": "kan zondag winnen"
                     r"kan|kunnen|zal|zullen|gaat|gaan|moet|moeten|komende|volgende|aanstaande|"
                     r"werden|kann|können|soll|sollen|nächste[nmrs]?|kommende[nmrs]?|"
                     # a Dutch present before a weekday: "speelt zondag de finale"
                     r"(?:speelt|spelen|begint|beginnen|start|starten|opent|komen|treft|"
                     r"ontvangt)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|"
                     r"zondag))\b",
                     re.I)  # the lookahead: letters a match can start with (skips the rest fast)
_RELATIVE_PERIOD = re.compile(
    r"\b(?P<which>this|last|past|previous|the)\s+(?P<unit>month|year|weekend)\b", re.I)


def _relative_period(value, quote: str, published: dt.date) -> str | None:
    """'this month', 'last year', 'last weekend' dating ``value`` against publication."""
    for m in _RELATIVE_PERIOD.finditer(quote):
        back = m["which"].lower() not in ("this", "the")
        unit = m["unit"].lower()
        if unit == "weekend" and isinstance(value, dt.date):
            ago = (published - value).days
            ok = value.weekday() >= 5 and ((1 <= ago <= 8) if back else (-1 <= ago <= 8))
        elif unit == "month" and isinstance(value, str) and len(value) == 7:
            y, mo = published.year, published.month - back
            ok = value == (f"{y}-{mo:02d}" if mo else f"{y - 1}-12")
        elif unit == "year" and isinstance(value, str) and len(value) == 4:
            ok = int(value) == published.year - back
        else:
            ok = False
        if ok:
            return f"{m.group()} (= {value if isinstance(value, str) else value.isoformat()}, " \
                   f"published {published.isoformat()})"
    return None


def relative_day(value, quote: str, published: dt.date | None) -> str | None:
    """'overnight (= 2025-04-26, ...)' if a relative word in ``quote`` dates ``value``."""
    if published is None:
        return None
    if not isinstance(value, dt.date):
        return _relative_period(value, quote, published)
    for m in _RELATIVE.finditer(quote):
        word = m.group(1) or m.group(2)
        days = RELATIVE_DAYS.get(word.lower()) or _CJK_DAYS.get(word, ())
        if (published - value).days in days:
            return f"{word} (= {value.isoformat()}, published {published.isoformat()})"
    return _relative_period(value, quote, published)


_YEAR_MENTION = re.compile(r"(?<![\w.,-])(?:1[5-9]\d\d|20\d\d)(?![\w.,-]\d|\d)")


def heading_year(value, mention: Mention, document: str, start: int) -> str | None:
    """'October 15' under a '2013' heading, or after 'för 2021' in its sentence: the
    nearest year written before the day (``start``: where the day's mention begins)."""
    if not isinstance(value, dt.date) or mention.monthday != (value.month, value.day):
        return None
    years = _YEAR_MENTION.findall(document, max(0, start - 3000), start)
    if years and int(years[-1]) == value.year:
        return f"{mention.text} (year {years[-1]} from the text before it)"
    return None


def value_in_mentions(value, mentions: list[Mention], published: dt.date | None) -> str | None:
    """How ``value`` is written among ``mentions`` ('Sixty-six'), or None."""
    found = matching_mention(value, mentions, published)
    return found[1] if found else None


_BEFORE = 300  # characters before a quote searched for the start of its sentence


def _future_before(document: str, start: int) -> bool:
    """Whether the quote's sentence speaks of what is to come before the quote: whether
    its part before the quote (within ``_BEFORE`` characters; a single line break does not
    end it) holds a future word. That part is the end of the window of ``_BEFORE``
    characters before the quote and starts after a non-word character, so it holds one
    exactly when no sentence starts after the window's last future word."""
    window = document[max(0, start - _BEFORE):start]  # sliced: a word cut at its start counts
    last = None
    for last in _FUTURE.finditer(window):  # noqa: B007 - matches never overlap: the last
        pass
    return last is not None and not starts_after(window, last.start(), line_breaks=False)


_TAIL = 24  # longer than any future word: a match reaching a window's end starts in its tail


class FutureWords:
    """:func:`_future_before` for the quotes of one document, from one scan of it.

    A future word wholly inside a quote's window is found the same in the document as in
    the window (it and the characters either side of it are the same), so only the
    window's tail (where a word may be cut by the quote) and its first character (a word
    cut at its start counts) are scanned again; the last match before the tail comes
    from the document's matches by bisection. The document is scanned once its windows
    asked about add up to its length (so a long document with few quotes is not)."""

    def __init__(self, document: str) -> None:
        self.document = document
        self.asked = 0  # characters of the windows asked about so far
        self.starts: list[int] | None = None
        self.ends: list[int] = []  # increasing: matches never overlap

    def before(self, start: int) -> bool:
        """``_future_before(document, start)``."""
        doc = self.document
        low, tail = max(0, start - _BEFORE), max(0, start - _TAIL)
        if self.starts is None:
            self.asked += _BEFORE
            if tail <= low or self.asked < len(doc):
                return _future_before(doc, start)
            spans = [m.span() for m in _FUTURE.finditer(doc)]
            self.starts, self.ends = [a for a, _ in spans], [b for _, b in spans]
        if tail <= low:
            return _future_before(doc, start)
        last = None
        for m in _FUTURE.finditer(doc, tail, start):  # noqa: B007 - the last one counts
            last = m.start()
        if last is None:
            k = bisect.bisect_right(self.ends, start) - 1
            if k >= 0 and self.starts[k] >= low:
                last = self.starts[k]
            elif _FUTURE.match(doc[low:start]):
                last = low
        return last is not None and not starts_after(doc[low:start], last - low,
                                                     line_breaks=False)


_HEADER_SCALE = re.compile(
    r"\((?:in\s+)?(?P<u>(?:A|AU|US|C|NZ)?\$|£|€|₹|Rs\.?|INR|USD|EUR|GBP)\s?"
    r"(?P<s>m|mn|bn|million|billion|crore|lakh|thousand|'000)s?\)"
    r"|\bin\s+(?P<s2>millions|billions|crore|lakh|thousands)\b", re.IGNORECASE)
_SCALE_WORDS = {"m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "bn": 1e9,
                "billion": 1e9, "billions": 1e9, "crore": 1e7, "lakh": 1e5, "crores": 1e7,
                "lakhs": 1e5,
                "thousand": 1e3, "thousands": 1e3, "'000": 1e3}


def header_scale(document: str, start: int) -> tuple[str, float] | None:
    """The scale a table header declares for the figures under it ("(A$m)", "(Rs
    crore)", "in millions"): the nearest such header in the lines before the quote."""
    window = document[max(0, start - 1500):start]
    found = None
    for m in _HEADER_SCALE.finditer(window):
        found = m
    if found is None:
        return _prose_scale(document, start)
    word = (found["s"] or found["s2"]).lower()
    return found.group().strip("()"), _SCALE_WORDS[word]


_CELL = re.compile(r"\|\s*(-?\d[\d,.]*)\s*(?=\|)")
_SCALED_FIGURE = re.compile(r"(?P<cur>(?:Rs\.?|₹|US\$|\$|€|£|\b[A-Z]{3})\s?)?"
                            r"(?<![\d.,])(\d[\d,.]*\d)\s+(millions?|billions?|crores?|lakhs?|"
                            r"thousands?)\b")


def _prose_scale(document: str, start: int) -> tuple[str, float] | None:
    """The scale of a table the text above it names by a figure it repeats: a results
    feed writes "Rs. 87621.80 millions" and then the row "| Sales | 87621.80 | ..."; the
    table's figures are in millions."""
    line = document.rfind("\n", 0, start) + 1
    if not document.startswith("|", line):
        return None
    top, floor = line, max(0, start - 3000)  # the table's first row, read back so far
    while top > floor:
        prev = document.rfind("\n", 0, top - 1) + 1
        if not document.startswith("|", prev):
            break
        top = prev
    bottom = document.find("\n\n", start, start + 3000)
    cells = {m[1] for m in _CELL.finditer(document, top, bottom if bottom >= 0 else
                                          min(len(document), start + 3000))}
    prose = document[max(0, top - 1500):top]
    for m in _SCALED_FIGURE.finditer(prose):
        if m[2] in cells:
            word = m[3].lower()
            return m.group(), _SCALE_WORDS.get(word, _SCALE_WORDS.get(word[:-1], 1.0))
    return None


def antecedent(document: str, span: tuple[int, int], paragraph: bool = False) -> str:
    """The text an elided noun refers back to: the previous sentence and the quote's own
    sentence up to the quote ("76 drones were shot down ..., while 95 were lost");
    ``paragraph``: the quote's paragraph up to the quote (at most 600 characters), where
    a rate names what it counts once and then says "the rate" ("overdose deaths ... For
    females, the rate increased from 3.9 per 100,000")."""
    start = max(0, span[0] - 600)
    window = document[start:span[0]]
    ends = sentence_starts(window, line_breaks=False)
    cut = ends[-2] if len(ends) >= 2 else 0
    if paragraph:  # a blank line ends a paragraph; without one, a line break does
        sep = "\n\n" if "\n\n" in window else "\n"
        brk = window.rfind(sep)
        cut = min(cut, brk + len(sep) if brk >= 0 else 0)
    return window[cut:]


_PHRASE_WORD = re.compile(r"\s*(?:-\s*)?([^\W\d_][\w'\u2019-]*)")


_RANKS = frozenset({"rank", "place", "position", "ranking"})


def _noun_phrase(text: str, end: int, limit: int = 5) -> str:
    """Up to ``limit`` words after a number: where its counted noun stands."""
    out, pos = [], end
    for _ in range(limit):
        m = _PHRASE_WORD.match(text, pos)
        if not m:
            break
        out.append(m.group(1))
        pos = m.end()
    return " ".join(out)


def _unknown_noun(mention: Mention, aliases: Aliases, unit: str) -> bool:
    """True if a quote in a language whose nouns the tables hold only in part says
    nothing either way: its number counts a noun no table knows ("136 escaños" for
    seats; a counter glued to the digits is a closed class, and known if the language
    has words for ``unit``), or the noun is elided and the words it refers back to are
    not in the tables ("I disoccupati ... sono 698mila")."""
    if mention.unit:
        word = mention.unit
        if aliases.cjk and len(word) > 1 and word[0] in CLASSIFIERS:
            word = word[1:]  # "48名乘客": the noun after the measure word
        return not aliases.knows(word) and not (
            aliases.counters and aliases.has_words_for(unit))
    return True


# a verb of voting: the people it counts are the votes cast
_VOTED = re.compile(r"(?<!\w)(?:voted|votes?\s+for|zag[łl]osowa\w*|g[łl]osowa\w*|votaron|votó|"
                    r"votou|votaram|ont\s+voté|a\s+voté|stimmten|gewählt|wählten|"
                    r"проголосова\w*|голосова\w*|проголосува\w*|oy\s+verdi|memilih|"
                    r"bỏ\s+phiếu|röstade|stemte)(?!\w)", re.IGNORECASE)
# a results row: a party's name, its count, then its share in brackets
_TALLY = re.compile(r"\s*\(\s*\d{1,3}(?:[.,]\d{1,2})?\s*%?\s*[;,)]")
_PARTY_BEFORE = re.compile(r"[A-Z][\w.&'\u2019-]*\s*$")


def unit_mismatch(unit: str | None, mention: Mention, quote: str, aliases: Aliases,
                  before: str | Callable[[], str] = "",
                  value: float | None = None) -> str | None:
    """Why the quote does not count or measure ``unit`` (15 hours vs minute), or None.
    ``before``: the text just before the quote, or what computes it when first needed.

    A count grounds when the number counts the unit or one of its aliases, or when the
    noun is elided ("95 were lost") and the unit is named in the quote or just before it.
    A number that plainly counts something else ("95 missiles" for drones) fails."""
    if not unit:
        return None
    try:
        want = parse_unit(unit)
        if want.kind == "count":
            counted = aliases.norm(mention.unit.split()[-1]) if mention.unit else ""
            if counted and aliases.names(want.name, counted):
                return None
            if mention.unit == "score":
                return None  # "Arsenal 3-2 Hull City": a result counts goals, points, runs
            if (mention.unit or "").lower() in SUBUNITS and want.name.upper() in ISO_CURRENCIES:
                return f"the quote gives {mention.text} {mention.unit}, hundredths of a " \
                       f"currency, not {unit} (write {fmt((mention.low or 0) / 100)} {unit})"
            if counted == "minute":  # "(0-2, 12e)", "12 minutos": a minute counts no goals
                return f"the quote gives {mention.text} as a minute, not " \
                       f"{plural(want.name)} (unit `{unit}`)"
            if aliases.mentioned(want.name, _noun_phrase(quote, mention.end)):
                return None  # "89 attack UAVs", "700 attack and decoy drones"
            if want.name == "vote" and counted and aliases.names("person", counted) \
                    and _VOTED.search(quote):
                return None  # "zagłosowało 416 030 osób": the people who voted, the votes
            if counted and (counted in KNOWN_COUNTS or aliases.names_other(counted, want.name)):
                said = mention.unit.split()[-1] if aliases.partial else plural(counted)
                return f"the quote counts {said}, not {plural(want.name)} " \
                       f"(unit `{unit}`)"
            context = before() if callable(before) else before
            if aliases.mentioned(want.name, quote) or aliases.mentioned(want.name, context):
                return None
            if not counted and want.name in SCORE_UNITS and holds_score(context + quote):
                return None  # "led 63-55 ... and extended the lead to 12" (points)
            if not counted and want.name == "run" and CRICKET_CONTEXT.search(quote):
                return None  # "needing four from the final two balls" (runs)
            if not counted and want.name in ("vote", "seat") and _TALLY.match(
                    quote, mention.end) and _PARTY_BEFORE.search(quote, 0, mention.start):
                return None  # "UKIP 162 (39.4;+39.4)": a results row, votes and share
            if aliases.partial and _unknown_noun(mention, aliases, want.name):
                return None
            if want.name in _RANKS and is_ordinal(mention.text):
                return None  # "the second-largest producer": an ordinal is a rank
            return f"neither the quote nor the sentence before it mentions " \
                   f"{unit if unit.isupper() else plural(want.name)}" \
                   f" (unit `{unit}`; add the word the document uses under `aliases:`)"
        if mention.kind == "time" and mention.low is not None and value is not None:
            hours = value * factor(want, parse_unit("hour"))
            if not math.isclose(hours, mention.low, rel_tol=1e-9):
                return f"{mention.text} is {fmt(mention.low)} h after midnight, not " \
                       f"{fmt(value)} {want.name}"
            return None
        written = mention.unit.removesuffix("-old") if mention.kind == "age" and mention.unit \
            else mention.unit
        if want.kind != "physical" or not written:
            return None
        if written.lower() in DEGREE_WORDS and to_base(want)[0] == "kelvin":
            return None  # "35 degrees", "35 Grad", "35 grados": the sheet names the scale
        got = parse_unit(written)
        if got.name in ("inch", "millimeter") and want.name in (
                "inch_Hg", "millimeter_Hg") and got.name == want.name.removesuffix("_Hg") \
                and _PRESSURE.search(quote):
            return None  # "924 mb (27.29 inches)": inches of mercury, a pressure
        if _rate_written_apart(got, want, quote, mention.end) or _rate_by_adjective(
                got, want, quote, mention.start):
            return None  # "150 Liter Regen pro Quadratmeter", "daily output of 2.3m barrels"
        if got.kind == "physical" and got.name != want.name and to_base(got)[0] != to_base(
                want)[0]:
            return f"the quote gives {mention.text} {written}, which is not in {want.name}"
        if got.kind == "physical" and offset(got) and difference_unit(got) == want:
            return None  # "rose by 2°C": a change is written with the scale's sign
        if got.kind == "physical" and got.name != want.name and (
                offset(got) or offset(want)
                or not math.isclose(factor(got, want), 1.0, rel_tol=1e-12)):
            shown = mention.text if written in mention.text else f"{mention.text} {written}"
            return f"the quote gives {shown}, not {want.name}"
    except SheetError:  # an unknown unit is reported by evaluation, with its line
        return None
    return None


# a pressure named beside a barometer's inches or millimetres of mercury
_PRESSURE = re.compile(r"\b(?:mb|mbar|millibars?|hPa|pressure|barometric|barometer|mercury)\b",
                       re.IGNORECASE)

# "degrees" in the languages factcheck reads: a temperature whose scale the sheet names
DEGREE_WORDS = frozenset({
    "degree", "degrees", "grad", "grade", "grados", "grado", "gradi", "degré", "degrés",
    "graus", "grau", "graden", "graad", "stopni", "stopnie", "stopień", "stupňů", "stupně",
    "stupeň", "stupnjeva", "fok", "fokot", "градусов", "градуса", "градус", "градусів",
    "градуси", "derece", "derajat", "darjah"})

# "per" in the languages factcheck reads: "150 Liter Regen pro Quadratmeter", "20 litros
# de lluvia por metro cuadrado", "30 mm de pluie par mètre carré"
_PER_WORD = re.compile(r"(?<!\w)(?:per|pro|por|par|pour|je|a|an|al|na|each|за|на)\s+\w|/\s*\w",
                       re.IGNORECASE)


# a rate's time named by an adjective before the figure: "daily production of 2.3 million
# barrels", "annual output of 40 tonnes", "la production quotidienne de 2 millions de barils"
_RATE_ADJECTIVES = {
    "day": r"daily|a\s+day|per\s+day|each\s+day|täglich\w*|tägliche\w*|diari[oa]s?"
           r"|quotidien\w*|giornalier\w*|di[aá]ri[oa]s?|dzienn\w*|суточн\w*|добов\w*",
    "week": r"weekly|wöchentlich\w*|semanal\w*|hebdomadaire\w*|settimanal\w*|tygodniow\w*",
    "month": r"monthly|monatlich\w*|mensual\w*|mensuel\w*|mensil\w*|miesięczn\w*",
    "year": r"annual|annually|yearly|jährlich\w*|anual\w*|annuel\w*|annu[ao]|annue|roczn\w*"
            r"|годов\w*|річн\w*",
    "hour": r"hourly|stündlich\w*",
    # the area first: "metrekareye 167 kilogram", "pro Quadratmeter fielen 150 Liter"
    "meter ** 2": r"metrekareye|metrekare\s+başına|pro\s+Quadratmeter|per\s+square\s+met(?:er|re)"
                  r"|por\s+metro\s+cuadrado|par\s+mètre\s+carré|per\s+metro\s+quadrato"
                  r"|na\s+metr\s+kwadratowy|на\s+квадратный\s+метр",
}
_RATE_ADJECTIVE = {bottom: re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)
                   for bottom, words in _RATE_ADJECTIVES.items()}


def _rate_by_adjective(got: Unit, want: Unit, quote: str, start: int) -> bool:
    """Whether ``want`` is an amount per day, week, month, year or hour whose time the
    quote names by an adjective a few words before the figure, the figure in the rate's
    numerator ("daily production of 2.3 million barrels" grounds barrel/day)."""
    if got.kind != "physical" or want.kind != "physical" or " / " not in want.name:
        return False
    top, _, bottom = want.name.partition(" / ")
    pattern = _RATE_ADJECTIVE.get(bottom.strip())
    if pattern is None or not pattern.search(quote, max(0, start - 40), start):
        return False
    try:
        top_unit = parse_unit(top)
        return top_unit.kind == "physical" and math.isclose(factor(got, top_unit), 1.0,
                                                             rel_tol=1e-12)
    except SheetError:
        return False


def _rate_written_apart(got: Unit, want: Unit, quote: str, end: int) -> bool:
    """Whether ``want`` is a rate whose numerator the quote names after the figure and
    whose "per" follows a few words later, with the thing measured between."""
    if got.kind != "physical" or want.kind != "physical" or " / " not in want.name:
        return False
    try:
        top = parse_unit(want.name.split(" / ")[0])
        if top.kind != "physical" or not math.isclose(factor(got, top), 1.0, rel_tol=1e-12):
            return False
    except SheetError:
        return False
    return _PER_WORD.search(quote, end, end + 60) is not None


# "last year" in the languages factcheck reads, written after a day and month
_LAST_YEAR = re.compile(
    r"\b(?:last\s+year|(?:des\s+)?(?:vergangenen|letzten|vorigen)\s+Jahres|im\s+Vorjahr"
    r"|de\s+l'(?:année|an)\s+(?:dernière?|passée?)|l'(?:année|an)\s+(?:dernière?|passée?)"
    r"|(?:del|el)\s+año\s+pasado|(?:dell'|l')anno\s+scorso|do\s+ano\s+passado"
    r"|(?:vorig|afgelopen)\s+jaar|ubiegłego\s+roku|w\s+zeszłym\s+roku|в\s+прошлом\s+году"
    r"|минулого\s+року|прошлого\s+года|geçen\s+yıl)", re.IGNORECASE)


def last_years_day(value: dt.date, quote: str, mentions: list[Mention] | tuple[Mention, ...],
                   published: dt.date | None) -> str | None:
    """"on July 14 last year", "am 14. Juli des vergangenen Jahres": a day and month
    the quote places in the year before publication."""
    if published is None or value.year != published.year - 1:
        return None
    cue = _LAST_YEAR.search(quote)
    if cue is None:
        return None
    for m in mentions:
        if m.monthday == (value.month, value.day) and m.end <= cue.start():
            return f"{m.text} ... {cue.group()} (= {value.isoformat()}, published " \
                   f"{published.isoformat()})"
    return None


# Russian "в восьмом часу" (in the eighth hour): between seven and eight o'clock
_HOUR_IN_PROGRESS = re.compile(r"(?<!\w)в\s+(?P<n>\w+ом)\s+часу(?!\w)", re.IGNORECASE)


def hour_in_progress(value: list, unit: str | None, quote: str,
                     language: str | None) -> str | None:
    """"в восьмом часу" writes the hour range [7, 8] (in `hour`)."""
    if (language or "").split("-")[0] != "ru" or len(value) != 2 or value[1] != value[0] + 1:
        return None
    try:
        if not unit or parse_unit(unit) != parse_unit("hour"):
            return None
    except SheetError:
        return None
    for m in _HOUR_IN_PROGRESS.finditer(quote):
        n = ordinal_words("ru").get(words("ru").normal(m["n"]))
        if n is not None and n == value[1]:
            return f"{m.group()} (= {fmt(value[0])}-{fmt(value[1])} h)"
    return None


# a day of the month named before, without its month: "el día 31", "o dia 31", "il giorno
# 31", "le 31", "on the 31st"
_DAY_ALONE = re.compile(r"(?<!\w)(?:(?:el|o|no|al|del)\s+d[ií]a|il\s+giorno|le|on\s+the)\s+"
                        r"(?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?(?![\w.,:/-]\d|\d)",
                        re.IGNORECASE)


def day_of_month_named_before(value: dt.date, quote: str, document: str,
                              span: tuple[int, int], published: dt.date | None,
                              language: str | None) -> str | None:
    """A day written without its month, of the month the text named just before ("el
    pasado 28 de diciembre ... el ERTE que debía terminar el día 31" is 31 December); the
    year is the named date's, or the publication's, as for the month and day alone."""
    day = next((m for m in _DAY_ALONE.finditer(quote) if int(m["d"]) == value.day), None)
    if day is None:
        return None
    before = document[max(0, span[0] + day.start() - 300):span[0] + day.start()]
    named = [m for m in find_mentions(before, language=language)
             if m.date is not None or (m.monthday is not None and m.monthday[0] > 0)]
    if not named:
        return None
    last = named[-1]
    month, year = (last.date.month, last.date.year) if last.date else (last.monthday[0], None)
    if month != value.month or (year or (published.year if published else value.year)) \
            != value.year:
        return None
    return f"{day.group()} (= {value.isoformat()}, of {last.text})"


def matching_mention(value, mentions: list[Mention],
                     published: dt.date | None) -> tuple[Mention, str] | None:
    """The first mention that writes ``value`` and how it is written, or None."""
    return next(matching_mentions(value, mentions, published), None)


def matching_mentions(value, mentions: list[Mention], published: dt.date | None,
                      future: bool = False):
    """Every (mention, how it is written) that writes ``value``; ``future``: the text
    speaks of what is to come, so a weekday may fall after publication ("by Tuesday")."""
    for m in mentions:
        found = _match(value, m, published, future)
        if found is not None:
            yield m, found


def _match(value, m: Mention, published: dt.date | None, future: bool = False) -> str | None:
    """How mention ``m`` writes ``value``, or None if it does not."""
    if isinstance(value, list):
        if m.kind in ("range", "year") and _same(m.low, value[0]) and _same(m.high, value[1]):
            return m.text
    elif isinstance(value, dt.date):
        if m.date == value:
            return m.text
        if m.monthday == (value.month, value.day) and (
                published is None or published.year == value.year):
            return m.text
        if m.monthday == (value.month, value.day) and published is not None and abs(
                (value - published).days) <= 183:  # "12 January" written on 30 December
            return f"{m.text} (= {value.isoformat()}, the nearest to {published.isoformat()})"
        if (m.monthday is not None and m.monthday[0] <= THIS_MONTH
                and m.monthday[1] == value.day and published is not None):
            months = MONTHS_AFTER_PUBLICATION[m.monthday[0]]
            index = published.year * 12 + published.month - 1 + months
            if divmod(index, 12) == (value.year, value.month - 1):
                which = {0: "this", -1: "last", 1: "next"}[months]
                return f"{m.text} (= {value.isoformat()}, {which} month of " \
                       f"{published.isoformat()})"
        if m.weekday == value.weekday() and m.date is None and published is not None:
            ago = (published - value).days
            written = m.text.lower()
            if written.startswith("last"):  # the week before publication
                fits = 1 <= ago <= 7
            elif written.startswith("next"):  # the week after it, never the day itself
                fits = -7 <= ago <= -1
            else:  # the day itself or the six before; the six after in a future sentence
                fits = 0 <= ago < 7 or (future and -7 < ago < 0)
            if fits:
                return f"{m.text} (= {value.isoformat()}, published " \
                       f"{published.isoformat()})"
    elif isinstance(value, str):
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 2 and m.month == tuple(parts):
            return m.text
        if len(parts) == 2 and m.kind == "monthname" and published is not None and m.month \
                and m.month[1] == parts[1]:
            # the publication's year; a later month is last year's, "next" is next year's,
            # and this year's in a sentence about the future ("Begin november komt ...")
            year = published.year + m.month[0] - (0 if m.month[0] or parts[1] <= published.month
                                                  or future else 1)
            if parts[0] == year:
                return f"{m.text} (= {value}, published {published.isoformat()})"
        if len(parts) == 1 and m.low is not None and m.high is not None and (
                (m.kind == "year" and m.low <= parts[0] <= m.high)  # 2007-08 holds 2008
                or (m.kind == "range" and parts[0] in (m.low, m.high))  # "of 2013-2014"
                or (m.kind == "number" and m.text.isdigit() and _same(m.low, parts[0]))):
            return m.text
    elif m.kind == "time":  # 9:25 p.m. is 21.4167 hours or 1285 minutes after midnight
        if m.low is not None and (_same(m.low, value) or _same(round(m.low * 60), value)):
            return m.text
    elif m.kind == "fraction":
        if m.low is not None and _fraction_matches(m.low, value):
            return m.text
    elif (m.kind != "range" and _same(m.low, value) and _same(m.high, value)) or (
            m.alt is not None and _same(m.alt, value)):
        return m.text
    return None


#: The nearest-passage hint is skipped beyond these sizes (the hint is a courtesy; the
#: quote is reported as not found either way).
NEAREST_MAX_DOCUMENT = 200_000
NEAREST_MAX_QUOTE = 2_000


def _longest_common(doc: str, q: str) -> tuple[int, int, int]:
    """``(a, b, size)``: the longest common substring of ``doc`` and ``q``, as
    ``difflib.SequenceMatcher(None, doc, q, autojunk=False).find_longest_match`` gives it
    (earliest in ``doc``, then earliest in ``q``), in O(len(doc) + len(q)) time.

    A suffix automaton of ``q`` is built, then ``doc`` is read once, keeping the longest
    suffix of what has been read that occurs in ``q`` (its automaton state and length)."""
    nxt: list[dict[str, int]] = [{}]
    link, length, first = [-1], [0], [-1]
    last = 0
    for i, c in enumerate(q):
        cur = len(nxt)
        nxt.append({})
        link.append(0)
        length.append(length[last] + 1)
        first.append(i)
        p = last
        while p != -1 and c not in nxt[p]:
            nxt[p][c] = cur
            p = link[p]
        if p != -1:
            r = nxt[p][c]
            if length[p] + 1 == length[r]:
                link[cur] = r
            else:
                clone = len(nxt)
                nxt.append(dict(nxt[r]))
                link.append(link[r])
                length.append(length[p] + 1)
                first.append(first[r])
                while p != -1 and nxt[p].get(c) == r:
                    nxt[p][c] = clone
                    p = link[p]
                link[r] = link[cur] = clone
        last = cur
    best = best_a = best_b = 0
    v = size = 0
    for i, c in enumerate(doc):
        while v and c not in nxt[v]:
            v = link[v]
            size = length[v]
        if c in nxt[v]:
            v = nxt[v][c]
            size += 1
            if size > best:
                best, best_a, best_b = size, i - size + 1, first[v] - size + 1
        # else: v is the root and size 0
    return best_a, best_b, best


def _nearest_passage(quote: str, document: str) -> str:
    """The document's words where the quote's longest run of matching text lies.

    Linear in the document and the quote (:func:`_longest_common`); skipped for
    documents over ``NEAREST_MAX_DOCUMENT`` characters or quotes over
    ``NEAREST_MAX_QUOTE``."""
    if len(document) > NEAREST_MAX_DOCUMENT or len(quote) > NEAREST_MAX_QUOTE:
        return ""
    q, doc = normalize(quote), normalize(document)
    a, b, size = _longest_common(doc, q)
    if size < max(12, len(q) // 3):
        return ""
    start = max(0, a - b)
    excerpt = doc[start:start + len(q) + 20].strip()
    return f"; nearest passage: \"{excerpt[:160]}\""


_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d{1,3},\d{1,2}(?![\d.,]|,\d)")


@functools.lru_cache(maxsize=64)
@functools.lru_cache(maxsize=64)  # once per document, not once per fact
def _writes_decimal_commas(document: str, language: str | None) -> bool:
    """True if ``document`` is in a language that writes a decimal comma and writes one
    ("9,7 %", "2,5 millones"): its dot before three digits groups thousands, so the
    second reading of "62.000" as 62 is not this document's."""
    lang = (language or "en").split("-")[0].lower()
    if lang == "en" or not decimal_comma(lang) or "-" in (language or ""):
        return False  # a regional tag ("es-MX") may write a decimal point
    return _DECIMAL_COMMA.search(document) is not None


_DOTTED_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_ENGLISH_DECIMAL_COMMA = re.compile(r"(?<![\d,])\d{1,3},\d{1,2}(?![\d,])\s?(?:%|per\s?cent|"
                                    r"tonnes?|kgs?|km|million|billion)")


@functools.lru_cache(maxsize=64)  # once per document, not once per fact
def _english_with_decimal_commas(document: str, language: str | None) -> bool:
    """True if an English ``document`` writes decimal commas ("17,1 tonne", "40,82%")."""
    return (language or "en").split("-")[0].lower() == "en" and \
        _ENGLISH_DECIMAL_COMMA.search(document) is not None


@functools.lru_cache(maxsize=4096)
def _mentions(quote: str, language: str | None = None) -> tuple[Mention, ...]:
    """Mentions of a quote (facts and stances often share one)."""
    return tuple(find_mentions(quote, strict_one=False, language=language))


def _ground(kind_name: str, line: int, quote: str, value, ls: LoadedSheet,
            unit: str | None = None, aliases: Aliases | None = None,
            future_words: FutureWords | None = None) -> Outcome:
    span = locate(quote, ls.document_text)
    doc = ls.sheet.document
    if span is None:
        return Outcome(Kind.grounding, ls.rel, kind_name, line, "grounding", UNGROUNDED,
                       f"quote not found in {doc}{_nearest_passage(quote, ls.document_text)}; "
                       "copy the exact words", expression=quote)
    where = (span[0], span[1])
    if value is None:
        return Outcome(Kind.grounding, ls.rel, kind_name, line, "grounding", GROUNDED,
                       f"quote found in {doc} at offset {span[0]}", expression=quote,
                       span=where)
    mentions = _mentions(quote, ls.sheet.language)
    if _english_with_decimal_commas(ls.document_text, ls.sheet.language):
        # "17,1 tonne" and "8.494kgs" on one page: its dot before three digits groups them
        mentions = tuple(replace(m, alt=float(m.text.replace(".", "")))
                         if m.alt is None and _DOTTED_GROUPS.fullmatch(m.text) else m
                         for m in mentions)
    if _writes_decimal_commas(ls.document_text, ls.sheet.language):
        # "62.000 demandeurs" in a text that writes "9,7 %": 62,000, never 62.0
        mentions = tuple(replace(m, alt=None) if m.alt is not None and m.alt < (m.low or 0)
                         and "." in m.text else m for m in mentions)
    future = _FUTURE.search(quote) is not None or (
        future_words.before(span[0]) if future_words is not None
        else _future_before(ls.document_text, span[0]))
    found = list(matching_mentions(value, mentions, ls.sheet.published, future))
    written = found[0][1] if found else None
    if written is None and isinstance(value, (dt.date, str)):
        written = relative_day(value, quote, ls.sheet.published)
    if written is None and isinstance(value, dt.date):
        written = next(filter(None, (heading_year(value, m, ls.document_text, span[0] + m.start)
                                     for m in mentions)), None)
    if written is None and isinstance(value, dt.date):
        written = last_years_day(value, quote, mentions, ls.sheet.published)
    if written is None and isinstance(value, dt.date):
        written = day_of_month_named_before(value, quote, ls.document_text, span,
                                            ls.sheet.published, ls.sheet.language)
    if written is None and isinstance(value, list) and not found:
        written = hour_in_progress(value, unit, quote, ls.sheet.language)
    header = ""
    if not found and isinstance(value, (int, float)) and not isinstance(value, bool):
        # a figure in a table's unit ("in thousands"), or one end of "from X to Y"
        scaled = header_scale(ls.document_text, span[0])
        if scaled is not None:
            found = list(matching_mentions(value / scaled[1], mentions, ls.sheet.published))
            found = [(m, f"{w} (in {scaled[0]}: {fmt(value)})") for m, w in found]
            header = f" ({scaled[0]})" if found else ""  # the table's unit: "(Rs crore)"
        found = found or change_ends(value, quote, mentions) or compound_durations(
            value, unit, quote, mentions) or fall_written_as_a_verb(
            value, quote, mentions, ls.document_text[max(0, span[0] - 200):span[0]]) \
            or larger_durations(value, unit, mentions) or season_end(value, quote, mentions) \
            or size_of_a_fall(
            value, quote, mentions, ls.document_text[max(0, span[0] - 200):span[0]])
    if not found and written is None and isinstance(value, (int, float)) and unit:
        written = hundredths(value, unit, mentions)  # "20 centavos" is 0.20 PHP
    if found and not isinstance(value, (dt.date, str)):
        aliases = aliases or Aliases(ls.sheet.aliases, ls.sheet.language)
        rate = bool(unit) and " per " in str(unit)  # "the rate" names its noun once
        before = _Lazy(lambda: antecedent(without_furniture(ls.document_text), span,
                                          rate) + header)  # seldom read
        number = value if isinstance(value, (int, float)) else None
        why = [unit_mismatch(unit, m, quote, aliases, before, number) for m, _ in found]
        if all(why):
            return Outcome(Kind.grounding, ls.rel, kind_name, line, "grounding", UNGROUNDED,
                           f"value {readable(value) if not isinstance(value, list) else written} "
                           f"is written, but {why[0]}; fix the unit or the quote",
                           expression=quote, span=where)
        written = found[why.index(None)][1]
    shown = (f"[{fmt(value[0])}, {fmt(value[1])}]" if isinstance(value, list)
             else value.isoformat() if isinstance(value, dt.date)
             else value if isinstance(value, str) else fmt(value))
    if written is None:
        return Outcome(Kind.grounding, ls.rel, kind_name, line, "grounding", UNGROUNDED,
                       f"value {readable(value) if isinstance(value, float | int) else shown} "
                       f"is not written in the quote \"{_cut(quote)}\"; "
                       "fix the value or quote the words that carry it",
                       expression=quote, span=where)
    return Outcome(Kind.grounding, ls.rel, kind_name, line, "grounding", GROUNDED,
                   f"{shown} written as \"{written}\"", expression=quote,
                   substituted=f"\"{written}\" = {shown}", span=where)




def hundredths(value: float, unit: str, mentions: Iterable[Mention]) -> str | None:
    """How the quote writes a currency ``value`` in hundredths ("20 centavos" for 0.20
    PHP, "35p" for 0.35 GBP), or None; only a hundredth the currency has counts."""
    code = re.split(r"\s+per\s+|\s*/\s*", unit.strip())[0].upper()  # "SGD per share"
    if code not in ISO_CURRENCIES:
        return None
    for m in mentions:
        word = (m.unit or "").lower()
        if word in SUBUNITS and m.low is not None and m.low == m.high and _same(
                m.low, round(value * 100, 6)) and code in SUBUNITS[word]:
            return f"{m.text} (= {fmt(value)} {unit.strip()})"
    return None


# "from" before the first of two figures, in the languages factcheck reads
_FROM_WORD = re.compile(r"(?<!\w)(?:from|från|fra|von|van|de|desde|du|des|da|dal|dalla|dall'|"
                        r"od|от|с|з|від|dari)(?:\s+(?:the|el|la|los|las|le|les|il|lo|o|a|os|"
                        r"as))?\s+$|第$", re.IGNORECASE)  # 第二至六: 2nd to 6th; "desde el 23,70%"


def change_ends(value: float, quote: str, mentions: Iterable[Mention]
                ) -> list[tuple[Mention, str]]:
    """The figures "from X to Y" writes, each on its own: news writes a change from one
    level to another ("raised its rate from 0.25 to 0.75 percent", "från 0,25 till 0,75
    procent") as it writes a span, and either end is a figure it states."""
    return [(m, f"{m.text} (its {'first' if _same(m.low, value) else 'last'} figure)")
            for m in mentions if m.kind == "range" and m.low is not None
            and (_same(m.low, value) or _same(m.high, value))
            and _FROM_WORD.search(quote, max(0, m.start - 12), m.start) is not None]


_DURATION_JOIN = re.compile(r"\s*(?:,\s*|\s+and\s+|\s+)$")


def compound_durations(value: float, unit: str | None, quote: str,
                       mentions: Iterable[Mention]) -> list[tuple[Mention, str]]:
    """A duration written in two or three units of falling size, read as one: "six hours
    and 33 minutes" is 393 minutes, "2 hours 16 minutes 34 seconds" 8194 seconds (the
    last mention, written as all of them)."""
    if not unit:
        return []
    ms = [m for m in mentions if m.unit and m.low is not None and m.low == m.high]
    out = []
    try:
        want = parse_unit(unit)
        for i, first in enumerate(ms[:-1]):
            total, big = first.low, parse_unit(first.unit)
            if big.kind != "physical" or to_base(big)[0] != "second":
                continue
            for a, b in zip(ms[i:i + 2], ms[i + 1:i + 3], strict=False):
                small = parse_unit(b.unit)
                if not _DURATION_JOIN.fullmatch(quote[a.end:b.start] + " ") \
                        or small.kind != "physical" or to_base(small)[0] != "second" \
                        or factor(big, small) <= 1:
                    break
                total = total * factor(big, small) + b.low  # type: ignore[operator]
                big = small
                if _same(total, value * factor(want, small)):
                    out.append((b, f"{quote[first.start:b.end]} (= {fmt(total)} {b.unit})"))
    except SheetError:
        return []
    return out


# what a season or fiscal year after it runs to: "through 2022-23" runs to 2023
_THROUGH = re.compile(r"(?<!\w)(?:through|thru|until|till|to|into|hasta|bis|jusqu'(?:en|à)|"
                      r"fino\s+al|até)\s+(?:the\s+)?$", re.IGNORECASE)


def season_end(value: float, quote: str, mentions: Iterable[Mention]) -> list[tuple[Mention, str]]:
    """The year a season runs to after "through": "through 2022-23" writes 2023."""
    return [(replace(m, low=value, high=value), f"{m.text} (runs to {fmt(value)})")
            for m in mentions if m.kind == "year" and m.high is not None and m.low != m.high
            and _same(m.high, value) and _THROUGH.search(quote, max(0, m.start - 12), m.start)]


def larger_durations(value: float, unit: str | None,
                     mentions: Iterable[Mention]) -> list[tuple[Mention, str]]:
    """A duration written in a larger time unit that holds the fact's a whole number of
    times: "three decades" is 30 years, "two hours" 120 minutes (the mention, in the fact's
    unit)."""
    if not unit:
        return []
    try:
        want = parse_unit(unit)
        if want.kind != "physical" or to_base(want)[0] != "second":
            return []
        out = []
        for m in mentions:
            if not m.unit or m.low is None or m.low != m.high or m.kind == "time":
                continue
            big = parse_unit(m.unit)
            if big.kind != "physical" or to_base(big)[0] != "second" or big == want:
                continue
            times = factor(big, want)
            if times > 1 and times == round(times) and _same(m.low * times, value):
                out.append((replace(m, low=value, high=value, unit=unit),
                            f"{m.text} (= {fmt(value)} {unit})"))
        return out
    except SheetError:
        return []


class _Lazy:
    """A value computed on the first call, then remembered."""

    __slots__ = ("make", "value")

    def __init__(self, make: Callable[[], str]) -> None:
        self.make, self.value = make, None

    def __call__(self) -> str:
        if self.value is None:
            self.value = self.make()
        return self.value


def ground_sheet(ls: LoadedSheet) -> list[Outcome]:
    """Grounding outcomes for every fact and every stance of a loaded sheet."""
    out = []
    aliases = Aliases(ls.sheet.aliases, ls.sheet.language)
    paragraphs = Paragraphs(without_furniture(ls.document_text))
    future_words = FutureWords(ls.document_text)
    sources = ls.sheet.sources
    language = (ls.sheet.language or "en").split("-")[0].lower()

    def attribute(o: Outcome, source: str | None, via: str | None) -> Outcome:
        if o.verdict == GROUNDED and o.span:
            why = unattributed(source, via, sources, paragraphs, o.span, language,
                               ls.sheet.outlet)
            if why:
                o.verdict, o.message, o.substituted = UNGROUNDED, why, ""
        return o

    for fid, fact in ls.sheet.facts.items():
        o = _ground(f"quote:{fid}", ls.line("facts", fid, "quote"), fact.quote, fact.value, ls,
                    fact.unit, aliases, future_words)
        o.fact = fid
        o = attribute(o, fact.source, fact.via)
        if fact.expect == UNGROUNDED and o.span is not None:  # a quote not found still fails
            o.expect, o.reason = UNGROUNDED, fact.reason
        out.append(o)
    for sid, st in ls.sheet.statements.items():
        seen: dict[str, int] = {}
        for i, stance in enumerate(st.stances):
            seen[stance.source] = seen.get(stance.source, 0) + 1
            repeat = f"-{seen[stance.source]}" if seen[stance.source] > 1 else ""
            o = _ground(f"quote:{sid}:{stance.source}{repeat}",
                        ls.line("statements", sid, "stances", i, "quote"), stance.quote, None, ls)
            o.stance = (sid, i)
            out.append(attribute(o, stance.source, stance.via))
    return out


__all__ = ["WEEKDAYS", "ground_sheet", "value_in_mentions"]


_SCALE_NAMES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))


def readable(value: float) -> str:
    """A value for a message, with its scale as a sheet writes it where it is large:
    "52800000000 (52.8 billion)" for `{value: 52.8, unit: billion USD}`."""
    for scale, name in _SCALE_NAMES:
        if abs(value) >= scale:
            return f"{fmt(value)} ({fmt(round(value / scale, 9))} {name})"
    return fmt(value)


def _cut(quote: str, width: int = 120) -> str:
    """A long quote shortened for a message, marked as cut."""
    return quote if len(quote) <= width else quote[:width - 1].rstrip() + "…"
