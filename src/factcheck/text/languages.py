"""Reading numbers, dates and nouns in languages other than English.

For a document in Ukrainian, Russian, Hindi or Telugu (a sheet's ``language``), and
in any other language CLDR knows through :mod:`factcheck.text.locales` (its digits,
num2words' number and scale words, CLDR's month and weekday names):

- native digits (Devanagari ०-९, Telugu ౦-౯, any Unicode decimal digit) read as digits,
  one character for one, so offsets stay those of the text;
- number words, inflected as written ("шістдесят шість", "двох людей", "सात",
  "తొమ్మిది", "ఇద్దరు"): Ukrainian and Russian through their lemmas (pymorphy3) and
  the words num2words writes for each number; Hindi and Telugu from the tables below
  (num2words has no Hindi and writes Telugu hundreds unidiomatically);
- month and weekday names from CLDR (Babel), in every case CLDR gives ("26 квітня");
- the counted noun after a number, reduced to its lemma ("безпілотників" ->
  "безпілотник"), so units stay language-neutral and aliases do the matching.

Libraries are loaded on first use of a language: English runs never import them.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from factcheck.text.clauses import speaker, speakers  # noqa: F401 (re-exported)
from factcheck.text.locales import (
    CJK,
    GLUED,
    cjk_dates,
    cjk_scale,
    compound_ones,
    generic_words,
    kanji_numbers,
    known,
    local_range,
    number_joins,
    number_multipliers,
    ones_before_scales,
    ordinal_starts,
    ordinal_words,
    read_number,
    stem_function,
)
from factcheck.text.numberforms import COUNTING_WORDS
from factcheck.text.thai import thai_scale

#: word characters, combining vowel signs and tone marks of Indic scripts and Thai, and
#: Arabic's short vowels and tanween ("ألفاً"), included
WORD = re.compile(r"(?:[^\W\d_]|[\u0900-\u0DFF\u0E00-\u0E4F\u0300-\u036F\u064B-\u065F\u0670"
                  r"\u200c\u200d])+"
                  r"(?:['\u02bc\u2019](?:[^\W\d_]|[\u0900-\u0DFF\u0E00-\u0E4F])+)*")

@functools.cache
def _digit_table() -> dict[int, str]:
    table = {cp: str(unicodedata.digit(chr(cp))) for cp in range(0x80, 0x20000)
             if unicodedata.category(chr(cp)) == "Nd"}
    return table | {0x066B: ".", 0x066C: ","}  # the Arabic decimal and thousands separators


# Persian writes a decimal point as a slash between its digits ("۵۷/۵۰ درصد" is 57.50 %);
# three groups ("۱۴۰۳/۰۱/۱۹") are a date
_FA_SLASH = re.compile(r"(?<![\u06f0-\u06f9/])[\u06f0-\u06f9]{1,3}(?P<s>/)[\u06f0-\u06f9]{1,3}"
                       r"(?![\u06f0-\u06f9]|/[\u06f0-\u06f9\d])")


# Egypt's agency copy writes a decimal figure fraction first, joined by "ر": "83ر88" is
# 88.83 (as the numbers are read left to right in Arabic)
_REVERSED_DECIMAL = re.compile(r"(?<![\d\u0660-\u0669.,])(?P<f>[\d\u0660-\u0669]{1,3})\u0631"
                               r"(?P<i>[\d\u0660-\u0669]{1,3})(?![\d\u0660-\u0669])")


def ascii_digits(text: str) -> str:
    """``text`` with every decimal digit (४, ౭, ٣) as an ASCII digit and the Arabic
    decimal separator (٫), or a slash between two Persian digits, as a point; same length."""
    if text.isascii():
        return text
    if "\u0631" in text:
        text = _REVERSED_DECIMAL.sub(lambda m: f"{m['i']}.{m['f']}", text)  # same length
    if "/" in text:
        slashes = [m.start("s") for m in _FA_SLASH.finditer(text)]
        if slashes:
            chars = list(text)
            for i in slashes:
                chars[i] = "."
            text = "".join(chars)
    return text.translate(_digit_table())


# The commonest short words of languages written in the Latin script.
_FUNCTION_WORDS = {lang: frozenset(ws.split()) for lang, ws in {
    "en": "the and of to in is was that for on with said were has",
    "es": "el los las del y por con para una es se al lo como",
    "fr": "le les des du et est une dans pour qui sur au aux ont",
    "de": "der die das und den dem mit von ist nicht ein eine für auf im",
    "pt": "o os do da dos das em não para com uma é ao pelo pela",
    "it": "il gli della delle che di per con è non del al nel alla",
    "pl": "i w z na się nie do że jest od po przez jak",
    "nl": "het een en van dat niet op te voor met zijn",
    "tr": "ve bir bu da de ile için olarak göre ise olan gibi daha yüzde",
    # words the neighbours do not share: Swedish "och", Norwegian "ble", Danish "blev"
    "sv": "och att är inte också eller efter när enligt säger av även där sedan hade "
          "kommer mellan samt skulle jämfört",
    "nb": "og er ikke ble etter eller fra også når ifølge sier av å",
    "da": "og er ikke blev efter eller fra også når ifølge siger af ud",
    "fi": "ja on oli ei että se kuin mukaan myös tai ovat joka mikä",
    "cs": "je že se v ve jako který byl byly bylo jsou pro podle také uvedl dnes",
    "hr": "je u su što kao ili prema godine bio bila",
    "ro": "și în cu pe din care a fost pentru mai este sunt la",
    "hu": "a az és hogy is nem egy meg volt már mint szerint",
    # words both write (tidak, oleh, adalah) vote for neither: Malay and Indonesian are
    # told apart by their own spellings (karena/kerana, setelah/selepas, menit/minit)
    "id": "yang dan di sudah bahwa akan ini itu karena setelah bisa yaitu menit persen",
    "ms": "yang dan di iaitu manakala bagi ialah kerana ini itu minit selepas peratus kadar "
          "boleh sahaja",
    "vi": "của và là có được trong các những người không cho với này đã",
    # words their neighbours (es, cs, lv) do not share
    "ca": "els amb és per va dels pel als seva aquest aquesta segons han",
    "sk": "a je sa na že do ako aj pre ktorý ktoré bolo boli podľa tiež alebo",
    "lt": "ir yra kad į su iš buvo bet taip pat dėl kaip nuo tai jau",
    "lv": "un ir ar par kas no uz ka bija arī tas šo pēc",
    "et": "ja on ei et oli see kui ning mis ka veel kes oma",
    "sl": "je in v na da se so za tudi po ki pa bo ali",
    "tl": "ang ng mga sa ay na para hindi ito siya kanilang nito rin noong",
    "sw": "ya wa kwa za katika ni kuwa hiyo huo ambao ambayo alisema hii pia",
}.items()}
_LATIN_WORD = re.compile(r"[^\W\d_]+")


def detect(text: str) -> str:
    """A guess at the language of ``text``: uk, ru, bg, sr, hi, te, bn, ar, fa, ur, he, el,
    th, ko, zh or ja from its script; a language written in Latin letters from its commonest
    short words (:data:`_FUNCTION_WORDS`); else en."""
    sample = text[:5000]
    counts = {"deva": 0, "telu": 0, "cyrl": 0, "arab": 0, "han": 0, "kana": 0, "grek": 0,
              "hebr": 0, "thai": 0, "beng": 0, "hang": 0}
    for ch in sample:
        if "\uac00" <= ch <= "\ud7af":
            counts["hang"] += 1
        elif "\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff":
            counts["grek"] += 1
        elif "\u0590" <= ch <= "\u05ff":
            counts["hebr"] += 1
        elif "\u0e00" <= ch <= "\u0e7f":
            counts["thai"] += 1
        elif "\u0980" <= ch <= "\u09ff":
            counts["beng"] += 1
        elif "\u0900" <= ch <= "\u097f":
            counts["deva"] += 1
        elif "\u0c00" <= ch <= "\u0c7f":
            counts["telu"] += 1
        elif "\u0400" <= ch <= "\u04ff":
            counts["cyrl"] += 1
        elif "\u0600" <= ch <= "\u06ff":
            counts["arab"] += 1
        elif "\u3040" <= ch <= "\u30ff":
            counts["kana"] += 1
        elif "\u4e00" <= ch <= "\u9fff":
            counts["han"] += 1
    script, n = max(counts.items(), key=lambda kv: kv[1])
    if counts["kana"] >= 5:
        return "ja"
    if n < 20:
        return _latin_language(sample)
    if script == "cyrl":
        return _cyrillic_language(sample)
    if script == "arab" and len(_URDU_LETTERS.findall(sample)) >= 5:
        return "ur"
    if script == "arab" and len(_PERSIAN_LETTERS.findall(sample)) >= 5:
        return "fa"
    return {"deva": "hi", "telu": "te", "arab": "ar", "han": "zh", "grek": "el", "hebr": "he",
            "thai": "th", "beng": "bn", "hang": "ko"}[script]


_PERSIAN_LETTERS = re.compile("[پچژگکی]")
_URDU_LETTERS = re.compile("[ٹڈڑںےۓ]")  # retroflex letters and the final yeh of Urdu


# Bulgarian words Russian does not have: "е" (is), "са" (are), "които", "това"
_BG_WORDS = re.compile(r"(?<!\w)(?:е|са|които|това|тази|този)(?!\w)")


def _cyrillic_language(sample: str) -> str:
    """Ukrainian by its letters і, ї, є, ґ; Serbian by ђ, ј, љ, њ, ћ, џ; Bulgarian by ъ
    and its own short words without Russian's ы, э, ё; else Russian."""
    if re.search(r"[іїєґІЇЄҐ]", sample):
        return "uk"
    if len(re.findall(r"[ђјљњћџЂЈЉЊЋЏ]", sample)) >= 3:
        return "sr"
    bulgarian = len(re.findall("[ъЪ]", sample)) + len(_BG_WORDS.findall(sample))
    if bulgarian >= 3 and not re.search("[ыэёЫЭЁ]", sample):
        return "bg"
    return "ru"


def _latin_language(sample: str) -> str:
    """The language whose function words ``sample`` uses most (at least five, of at least
    three different words: "a dozen" five times is no Hungarian), else en."""
    votes = dict.fromkeys(_FUNCTION_WORDS, 0)
    seen: dict[str, set[str]] = {lang: set() for lang in _FUNCTION_WORDS}
    for m in _LATIN_WORD.finditer(sample):
        w = m.group().lower()
        for lang, ws in _FUNCTION_WORDS.items():
            if w in ws:
                votes[lang] += 1
                seen[lang].add(w)
    lang, n = max(((k, v) for k, v in votes.items() if len(seen[k]) >= 3), default=("en", 0),
                  key=lambda kv: kv[1])
    return lang if n >= 5 and n > votes["en"] else "en"


SUPPORTED = ("uk", "ru", "hi", "te")


def supported(lang: str | None) -> bool:
    """True if ``lang`` is read with its own words: one of SUPPORTED or any other
    language CLDR knows, English excepted (the English reader is the default)."""
    return bool(lang) and lang != "en" and (lang in SUPPORTED or known(lang))


_HI_UNITS = """
शून्य एक दो तीन चार पाँच छह सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह
अठारह उन्नीस बीस इक्कीस बाईस तेईस चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस उनतीस तीस
इकतीस बत्तीस तैंतीस चौंतीस पैंतीस छत्तीस सैंतीस अड़तीस उनतालीस चालीस इकतालीस
बयालीस तैंतालीस चौवालीस पैंतालीस छियालीस सैंतालीस अड़तालीस उनचास पचास इक्यावन
बावन तिरेपन चौवन पचपन छप्पन सत्तावन अट्ठावन उनसठ साठ इकसठ बासठ तिरेसठ चौंसठ
पैंसठ छियासठ सड़सठ अड़सठ उनहत्तर सत्तर इकहत्तर बहत्तर तिहत्तर चौहत्तर पचहत्तर
छिहत्तर सतहत्तर अठहत्तर उन्यासी अस्सी इक्यासी बयासी तिरासी चौरासी पचासी छियासी
सत्तासी अट्ठासी नवासी नब्बे इक्यानबे बानबे तिरानबे चौरानबे पचानबे छियानबे
सत्तानबे अट्ठानबे निन्यानबे
""".split()  # noqa: SIM905  (0-99: each is its own word)
_HI_VARIANTS = {"पांच": 5, "छः": 6, "छे": 6, "दोनों": 2, "तीनों": 3, "चारों": 4}
_HI_SCALES = {"सौ": 100, "हज़ार": 1000, "हजार": 1000, "लाख": 100_000, "करोड़": 10_000_000,
              "करोड": 10_000_000, "अरब": 1_000_000_000}

_TE_WORDS = {
    "సున్నా": 0, "ఒకటి": 1, "ఒక": 1, "ఓ": 1, "ఒకరు": 1, "రెండు": 2, "ఇద్దరు": 2,
    "మూడు": 3, "ముగ్గురు": 3, "నాలుగు": 4, "నలుగురు": 4, "ఐదు": 5, "అయిదు": 5,
    "ఐదుగురు": 5, "ఆరు": 6, "ఆరుగురు": 6, "ఏడు": 7, "ఏడుగురు": 7, "ఎనిమిది": 8,
    "ఎనిమిదిమంది": 8, "తొమ్మిది": 9, "తొమ్మిదిమంది": 9, "పది": 10, "పదిమంది": 10,
    "పదకొండు": 11, "పన్నెండు": 12, "పదమూడు": 13, "పద్నాలుగు": 14, "పధ్నాలుగు": 14,
    "పదిహేను": 15, "పదునయిదు": 15, "పదహారు": 16, "పదిహేడు": 17, "పద్దెనిమిది": 18,
    "పధ్ధెనిమిది": 18, "పందొమ్మిది": 19, "ఇరవై": 20, "ముప్పై": 30, "నలభై": 40,
    "యాభై": 50, "అరవై": 60, "డెబ్బై": 70, "ఎనభై": 80, "తొంభై": 90,
}
_TE_SCALES = {"వంద": 100, "వందల": 100, "వేయి": 1000, "వెయ్యి": 1000, "వేల": 1000,
              "లక్ష": 100_000, "లక్షల": 100_000, "కోటి": 10_000_000, "కోట్ల": 10_000_000}


@dataclass(frozen=True)
class Words:
    """A language's number words (normalised form -> value) and scale words."""

    values: dict[str, int]
    scales: dict[str, int]
    months: dict[str, int]
    weekdays: dict[str, int]
    normal: Callable[[str], str]
    #: words joining the parts of one number ("trezentos e vinte"), and scale words that
    #: stand alone for a thousand ("mil quinientos")
    joins: frozenset[str] = frozenset()
    bare: frozenset[str] = frozenset()
    #: month names by their Snowball stem: declined forms CLDR does not list ("u svibnju",
    #: "τον Μάιο")
    month_stems: dict[str, int] = field(default_factory=dict)
    #: full month names (and the locative forms of Polish), which alone name a month of
    #: the publication's year ("em junho", "w styczniu"); abbreviations do not ("mar")
    bare_months: dict[str, int] = field(default_factory=dict)
    #: forms of one that close a compound after a join ("treinta y un", "vinte e uma")
    final_ones: frozenset[str] = frozenset()
    #: words that multiply the unit before them ("puluh", "cents") and add ten ("belas")
    times: dict[str, int] = field(default_factory=dict)
    teens: frozenset[str] = frozenset()


def _slavic_words(lang: str, normal: Callable[[str], str]) -> tuple[dict, dict]:
    from num2words import num2words

    values: dict[str, int] = {}
    for n in [*range(0, 20), *range(20, 100, 10), *range(100, 1000, 100)]:
        words = num2words(n, lang=lang).split()
        if len(words) == 1:
            values[normal(words[0])] = n
    values[normal("одна" if lang == "uk" else "одна")] = 1
    for w, n in {"обидва": 2, "обоє": 2, "оба": 2, "обе": 2, "двоє": 2, "троє": 3,
                 "четверо": 4, "п'ятеро": 5, "пятеро": 5, "півтора": 1.5, "полтора": 1.5,
                 "полсотня": 50, "полсотни": 50, "півсотні": 50, "півсотня": 50,
                 "трое": 3, "шестеро": 6, "семеро": 7}.items():
        if n:
            values[normal(w)] = n
    scales = {}
    for w, n in (("тисяча", 1000), ("тысяча", 1000), ("мільйон", 10**6), ("миллион", 10**6),
                 ("мільярд", 10**9), ("миллиард", 10**9), ("тис", 1000), ("тыс", 1000),
                 ("млн", 10**6), ("млрд", 10**9),
                 # multiplied, not added: "два десятка" is 20, "три сотни" 300
                 ("сотня", 100), ("десяток", 10), ("дюжина", 12)):
        scales[normal(w)] = scales[w] = n  # the lemma too: "десяток" itself lemmatises oddly
    return values, scales


# Spellings newspapers use beside CLDR's: Devanagari without the nukta or with the
# conjunct, Telugu with the final -u.
_MONTH_VARIANTS = {
    "hi": {"फरवरी": 2, "सितम्बर": 9, "अक्तूबर": 10, "नवम्बर": 11, "दिसम्बर": 12, "अगस्त": 8},
    "te": {"జూలై": 7, "ఆగష్టు": 8, "సెప్టెంబరు": 9, "అక్టోబరు": 10, "నవంబరు": 11,
           "డిసెంబరు": 12, "డిశెంబరు": 12, "డిశెంబర్": 12, "ఫిబ్రవరి": 2},
}


# Weekday names beside CLDR's: Indonesian and Malay "Ahad" (Sunday, CLDR "Minggu").
_WEEKDAY_VARIANTS = {
    "id": {"ahad": 6}, "ms": {"minggu": 6},
    # the cases CLDR does not list: Polish "w sobotę" (on Saturday: the accusative), "od
    # poniedziałku", "do niedzieli"; Czech "v sobotu", "ve středu", "v neděli"
    "pl": {"poniedziałku": 0, "wtorku": 1, "środę": 2, "środy": 2, "środzie": 2,
           "czwartku": 3, "piątku": 4, "sobotę": 5, "soboty": 5, "sobocie": 5,
           "niedzielę": 6, "niedzieli": 6},
    "cs": {"pondělka": 0, "úterka": 1, "středu": 2, "středy": 2, "čtvrtka": 3, "pátku": 4,
           "sobotu": 5, "soboty": 5, "neděli": 6},
    "sk": {"stredu": 2, "sobotu": 5, "nedeľu": 6},
}


def _names(lang: str, normal: Callable[[str], str]) -> tuple[dict, dict]:
    from babel.dates import get_day_names, get_month_names

    months: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for n, name in get_month_names(width, context=context, locale=lang).items():
                months[name.lower().rstrip(".")] = n
                months[normal(name.rstrip("."))] = n
    months.update(_MONTH_VARIANTS.get(lang, {}))
    weekdays: dict[str, int] = dict(_WEEKDAY_VARIANTS.get(lang, {}))
    for context in ("format", "stand-alone"):
        for n, name in get_day_names("wide", context=context, locale=lang).items():
            weekdays[name.lower()] = n
            weekdays[normal(name)] = n
            weekdays[name.lower().replace("\u02bc", "'")] = n
    return months, weekdays


# Polish months in the locative ("w styczniu": in January), which CLDR does not list
_LOCATIVE_MONTHS = {"pl": {"styczniu": 1, "lutym": 2, "marcu": 3, "kwietniu": 4, "maju": 5,
                           "czerwcu": 6, "lipcu": 7, "sierpniu": 8, "wrześniu": 9,
                           "październiku": 10, "listopadzie": 11, "grudniu": 12}}


def _bare_months(lang: str) -> dict[str, int]:
    if lang in SUPPORTED or lang in GLUED:
        return {}
    from babel.dates import get_month_names

    out = {name.lower(): n for context in ("format", "stand-alone")
           for n, name in get_month_names("wide", context=context, locale=lang).items()
           if len(name) >= 3 and name.lower() not in _NOT_BARE_MONTHS.get(lang, ())}
    return out | _LOCATIVE_MONTHS.get(lang, {})


# month names that are also common words of the language: a month only with a day or year
# ("mai" is "more" in Romanian)
_NOT_BARE_MONTHS = {"ro": ("mai",)}


# the day of the month in brackets after a weekday, as Brazilian papers write it
_DAY_IN_BRACKETS = re.compile(r"\s*\((?P<d>[0-3]?\d)\)")
# which year a month named alone belongs to: "agosto do ano passado", "março deste ano"
_MONTHS_YEAR = re.compile(
    r"\s+(?:(?P<last>do\s+ano\s+passado|del\s+año\s+pasado|dell'anno\s+scorso|"
    r"de\s+l'(?:année|an)\s+(?:dernière?|passée?)|(?:des\s+)?(?:vergangenen|letzten|vorigen)"
    r"\s+Jahres|vorig\s+jaar|ubiegłego\s+roku|zeszłego\s+roku|geçen\s+yıl(?:ın)?|"
    r"tahun\s+lalu)|(?P<next>do\s+próximo\s+ano|del\s+próximo\s+año|dell'anno\s+prossimo|"
    r"de\s+l'année\s+prochaine|(?:des\s+)?nächsten\s+Jahres|volgend\s+jaar|"
    r"przyszłego\s+roku|gelecek\s+yıl(?:ın)?|tahun\s+depan))", re.IGNORECASE)


@functools.cache
def _morph(lang: str):
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


def parse(lang: str, word: str) -> list:
    """pymorphy3's readings of ``word``; none for a character it cannot name (it looks
    every letter up by its Unicode name, and some have none)."""
    try:
        return _morph(lang).parse(word)
    except ValueError:
        return []


@functools.cache
def lower(word: str) -> str:
    """Lower case, with Turkish capital İ as i ("BİN" is "bin", not "bi̇n")."""
    return word.replace("\u0130", "i").lower()


@functools.cache
def lemma_function(lang: str) -> Callable[[str], str]:
    """The normal form of a word: its lemma for Ukrainian and Russian, one spelling of
    alef for Arabic, else lower case (one function per language, so its memory of words
    lasts across sheets)."""
    if lang in ("uk", "ru"):
        _morph(lang)

        @functools.lru_cache(maxsize=65536)
        def lemma(word: str) -> str:
            w = word.lower().replace("\u2019", "'").replace("\u02bc", "'")
            parses = parse(lang, w)
            if not parses:
                return w
            numeral = next((p for p in parses if "NUMR" in p.tag), None)  # "три", not "терти"
            return (numeral or parses[0]).normal_form

        return lemma
    if lang == "ar":
        return _arabic_normal
    return lower


# Arabic writes the hamza on or under alef, or not at all ("الإثنين", "الاثنين"), and
# stretches words with tatweel: one form for each.
_ARABIC_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ـ": None})


def _arabic_normal(word: str) -> str:
    return word.lower().translate(_ARABIC_FORMS)


@functools.cache
def words(lang: str) -> Words:
    """Number words, scales, month and weekday names of ``lang`` (see :func:`supported`)."""
    normal = lemma_function(lang)
    if lang in ("uk", "ru"):
        values, scales = _slavic_words(lang, normal)
    elif lang == "hi":
        values = {w: i for i, w in enumerate(_HI_UNITS)} | _HI_VARIANTS
        scales = dict(_HI_SCALES)
    elif lang == "te":
        values, scales = dict(_TE_WORDS), dict(_TE_SCALES)
    else:
        values, scales = generic_words(lang)
        values = values | {normal(w): n for w, n in values.items()}
        scales = scales | {normal(w): n for w, n in scales.items()}
        if lang == "ar":
            values |= _arabic_definite(values) | _AR_DUAL_SCALES
    months, weekdays = _names(lang, normal)
    joins, bare = number_joins(lang) if lang not in SUPPORTED else (frozenset(), frozenset())
    final = compound_ones(lang) if lang not in SUPPORTED else frozenset()
    times, teens = number_multipliers(lang, values) if lang not in SUPPORTED else ({}, frozenset())
    return Words(values, scales, months, weekdays, normal, joins, bare,
                 _month_stems(lang, months), _bare_months(lang), final, times, teens)


# Arabic number words 3-10 with the article and a proclitic: "خلال الثلاثة أشهر" (during the
# three months), "التسعة أشهر", "الثلاث سنوات"; the short forms only where they are no other
# word ("الخمس" is also "the fifth", "الست" "the lady")
# the dual of a scale word is two of it: "مليونين و945 ألفا و680" (2,945,680), "ألفين"
_AR_DUAL_SCALES = {w: 2 * n for stem, n in (("الف", 10**3), ("مليون", 10**6), ("مليار", 10**9))
                   for w in (stem + "ين", stem + "ان")}
_AR_SHORT = {"ثلاث": 3, "اربع": 4, "سبع": 7, "ثماني": 8, "تسع": 9}
_AR_ARTICLES = ("ال", "وال", "بال", "فال", "لل")


def _arabic_definite(values: dict[str, int]) -> dict[str, int]:
    """The definite forms of Arabic number words 3-10 (``values`` holds the bare ones)."""
    bare = {_arabic_normal(w): n for w, n in values.items() if 3 <= n <= 10 and " " not in w}
    return {a + w: n for w, n in (bare | _AR_SHORT).items() for a in _AR_ARTICLES}


def _month_stems(lang: str, months: dict[str, int]) -> dict[str, int]:
    """Month numbers by the stem of each wide name CLDR writes, where a Snowball stemmer
    knows ``lang`` and the stem names one month only (at least four letters)."""
    stem = stem_function(lang)
    if stem is None:
        return {}
    found: dict[str, set[int]] = {}
    for name, n in months.items():
        if len(name) >= 4:
            found.setdefault(stem(name), set()).add(n)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1 and len(k) >= 3}


@dataclass(frozen=True)
class Found:
    """A number, date or weekday read in a non-English text."""

    start: int
    end: int
    kind: str  # "number", "date", "monthday", "month", "weekday"
    value: float | None = None
    unit: str | None = None
    date: datetime.date | None = None
    monthday: tuple[int, int] | None = None
    weekday: int | None = None
    month: tuple[int, int] | None = None  # (year, month) of "julio de 2016"


# Parts of the day written into one word with the weekday: "vrijdagavond", "Samstagmorgen".
_DAYPARTS = {
    "nl": re.compile(r"(?:avond|middag|namiddag|ochtend|morgen|nacht|voormiddag)$"),
    "de": re.compile(r"(?:abend|morgen|mittag|nachmittag|vormittag|nacht|früh)$"),
}
# "26 квітня 2025 року", "12 de mayo de 2008", "25. November", "julho de 2006",
# "τον Μάιο του 2015"
_YEAR = re.compile(r"\s*(?:(?:de|del|του)\s+)?(?P<y>(?:19|20)\d\d)(?:\s*(?:року|р\.|рік|года|г\.|"
                   r"год))?")
# "1er mai", "1º de maio", "3-го листопада"
_DAY_BEFORE = re.compile(r"(?P<d>[0-3]?\d)(?:er|º|-го)?\.?\s*(?:de\s+)?$")
# the first day of a range of days in one month: "25. bis", "du 25 au", "del 25 al"
_DAY_RANGE_BEFORE = re.compile(r"(?<!\d)(?P<d>[0-3]?\d)\.?\s*(?:[-\u2013\u2014]|bis|au|al|a|"
                               r"do|e|et|y|und|i|en|tot|till|til|to|ile|и|до|та|по)\s*"
                               # the second day's weekday: "du jeudi 3 au vendredi 4 août"
                               r"(?:[^\W\d_]{3,12}\s+)?$")


def scan_dates(text: str, lang: str, free: Callable[[int, int], bool]) -> list[Found]:
    """Dates ("26 квітня 2025 року", "12 जुलाई", "2016年10月19日") and weekdays of
    ``text`` in ``lang``."""
    if lang in GLUED:
        return [Found(d.start, d.end, "date" if d.date else "monthday" if d.monthday else
                      "month" if d.month and d.month[0] else "monthname", date=d.date,
                      monthday=d.monthday, month=d.month) for d in cjk_dates(text)
                if free(d.start, d.end)]
    return [f for f in scan(text, lang, free) if f.kind != "number"]


def scan_numbers(text: str, lang: str, free: Callable[[int, int], bool]) -> list[Found]:
    """Number words of ``text`` in ``lang`` ("шістдесят шість", "सात", "ఇద్దరు")."""
    return [f for f in scan(text, lang, free) if f.kind == "number"]


# two words that make one number by multiplying: French "quatre-vingts" (4 x 20)
_PAIRS = {"fr": {("quatre", "vingt"): 80, ("quatre", "vingts"): 80}}


def _scale_next(text: str, tok: re.Match, nxt: re.Match, w: Words) -> bool:
    """True if ``nxt`` is a scale word right after ``tok`` (only spaces between)."""
    return not text[tok.end():nxt.start()].strip() and (
        nxt.group().lower() in w.scales or w.normal(nxt.group()) in w.scales)


# an article or preposition elided before a word: "près d'un million", "l'una", "d'una"
_ELIDING = frozenset({"fr", "it", "ca"})
_ELIDED = re.compile(r"(?:d|l|qu|j|n|s|c|dell|all|dall|nell|sull|un)['\u2019](?=\w)",
                     re.IGNORECASE)


def _after_elision(text: str, tok: re.Match[str]) -> re.Match[str]:
    """The word after an elided article in ``tok`` ("un" in "d'un"), or ``tok``."""
    m = _ELIDED.match(tok.group())
    return (WORD.match(text, tok.start() + m.end()) or tok) if m else tok


def scan(text: str, lang: str, free: Callable[[int, int], bool]) -> list[Found]:
    """Number words, dates and weekdays of ``text`` (ASCII digits) in ``lang``."""
    w = words(lang)
    out: list[Found] = []
    tokens = list(WORD.finditer(text))
    if lang in _ELIDING and ("'" in text or "\u2019" in text):
        tokens = [_after_elision(text, t) for t in tokens]
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        norm = w.normal(tok.group())
        low = lower(tok.group())
        month = w.months.get(low) or w.months.get(norm) or w.bare_months.get(low)
        if month is None and ("'" in low or "\u2019" in low):  # Turkish "Ekim'de": in October
            month = w.months.get(re.split(r"['\u2019]", low)[0])
        stemmed = month is None and bool(w.month_stems) and len(low) >= 4
        if stemmed:  # "u svibnju", "τον Μάιο": a declined name by its stem
            month = w.month_stems.get(stem_function(lang)(low))
        if month is not None and not _month_here(text, tok, low, stemmed, w) and (
                low in w.values or norm in w.values):
            month = None  # Catalan "set" (7; "set." is September) with no day or year
        if month is not None:
            day = _DAY_BEFORE.search(text, max(0, tok.start() - 8), tok.start())
            year = _YEAR.match(text, tok.end())
            if not day and year and lang not in SUPPORTED and free(tok.start(), year.end()):
                out.append(Found(tok.start(), year.end(), "month",
                                 month=(int(year["y"]), month)))
            elif day and 1 <= int(day["d"]) <= 31 and free(day.start(), tok.end()):
                first = _DAY_RANGE_BEFORE.search(text, max(0, day.start() - 26), day.start())
                days = [(day.start(), year.end() if year else tok.end(), int(day["d"]))]
                if first and lang not in SUPPORTED and free(first.start(), first.end()):
                    days.append((first.start("d"), first.end("d"), int(first["d"])))
                for start, end, n in days:  # "vom 25. bis 28. November": both days
                    try:
                        if year:
                            d = datetime.date(int(year["y"]), month, n)
                            out.append(Found(start, end, "date", date=d))
                        else:
                            datetime.date(2000, month, n)
                            out.append(Found(start, end, "monthday", monthday=(month, n)))
                    except ValueError:
                        pass
            elif not day and not year and (low in w.bare_months or stemmed) and free(
                    tok.start(), tok.end()):
                cue = _MONTHS_YEAR.match(text, tok.end())
                offset = 0 if cue is None else -1 if cue["last"] else 1
                end = cue.end() if cue else tok.end()
                out.append(Found(tok.start(), end, "monthname", month=(offset, month)))
            i += 1
            continue
        wd = w.weekdays.get(low, w.weekdays.get(norm))
        if wd is None and lang in _DAYPARTS:  # "vrijdagavond", "Freitagabend": Friday evening
            part = _DAYPARTS[lang].search(low)
            wd = w.weekdays.get(low[:part.start()]) if part else None
        wd_end = tok.end()
        if wd is None and i + 1 < len(tokens) and text[tok.end():tokens[i + 1].start()] == "-":
            wd = w.weekdays.get(f"{low}-{lower(tokens[i + 1].group())}")  # "quarta-feira"
            if wd is not None:
                wd_end, i = tokens[i + 1].end(), i + 1
        if wd is not None and free(tok.start(), wd_end):
            out.append(Found(tok.start(), wd_end, "weekday", weekday=wd))
            day = _DAY_IN_BRACKETS.match(text, wd_end)
            if day and 1 <= int(day["d"]) <= 31:  # "nesta quarta-feira (31)": the 31st
                out.append(Found(day.start("d"), day.end("d"), "monthday",
                                 monthday=(0, int(day["d"]))))
            i += 1
            continue
        if (norm in w.values or low in w.values) and ordinal_phrase(
                text, tokens, i, lang) is not None:
            i += 1  # "vingt-deuxième", "vingt et unième": an ordinal, read when grounding
            continue
        if lang == "vi" and low == "năm" and _vi_year(text, tok):
            i += 1  # "năm 2022", "năm nay", "5 năm", "hàng năm": the year, not five
            continue
        one = low in ones_before_scales(lang) and i + 1 < len(tokens) and _scale_next(
            text, tok, tokens[i + 1], w)  # "un millón", "einer Milliarde"
        if (one or norm in w.values or low in w.values or low in w.bare) and free(
                tok.start(), tok.end()):
            value, j, end = _number_words(text, tokens, i, lang, one)
            out.append(Found(tok.start(), end, "number", value=float(value),
                             unit=noun_after(text, end, lang)))
            i = j
            continue
        i += 1
    return out


# Vietnamese "năm" is five and the year: the year before a year's number or a word that
# names which year ("năm nay", "năm ngoái", "năm tài chính"), at a clause's end, or after a
# number or a word that counts or places years ("5 năm", "hai năm", "hàng năm", "đầu năm")
_VI_YEAR_AFTER = re.compile(r"\s*(?:(?:19|20)\d\d(?!\d)|[.,;:!?)]|$|(?:nay|ngoái|trước|sau|qua|"
                            r"tới|đó|ấy|này|kia|học|tài\s+chính|mới|rồi|liền|liên\s+tiếp|"
                            r"thứ|đầu|cuối)(?!\w))", re.IGNORECASE)
_VI_YEAR_BEFORE = re.compile(r"(?:\d|(?<!\w)(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|"
                             r"trăm|nghìn|hàng|hằng|mỗi|các|những|cả|đầu|cuối|giữa|nửa|kỳ|"
                             r"nhiều|vài|mấy|\d+\s+tháng|tháng\s+\d+))\s+$", re.IGNORECASE)

_VI_FIVE_ON = re.compile(r"\s+(?:mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ)(?!\w)", re.IGNORECASE)


def _vi_year(text: str, tok: re.Match[str]) -> bool:
    """Whether Vietnamese "năm" at ``tok`` is the year, not five."""
    return _VI_YEAR_AFTER.match(text, tok.end()) is not None or \
        _VI_YEAR_BEFORE.search(text, max(0, tok.start() - 12), tok.start()) is not None


def _number_words(text: str, tokens: list, i: int, lang: str, one: bool
                  ) -> tuple[int, int, int]:
    """(value, next token, end) of the number words from token ``i`` ("trezentos e
    vinte", "dos mil millones", "dua ratus delapan puluh tiga"); ``one``: token ``i`` is
    "one" before a scale ("un millón")."""
    w = words(lang)
    total, current, last, j, end = 0, 0, 0, i, tokens[i].end()
    said = False  # a number word before the scale ("cero millones" is 0, not 1e6)
    unit = 0  # the unit word just read, which a multiplier word multiplies ("tiga ratus")
    while j < len(tokens) and j - i < 8:
        t = tokens[j]
        if j > i and text[tokens[j - 1].end():t.start()].strip(" -"):
            break  # only spaces or hyphens between the words of one number
        n, lw = w.normal(t.group()), lower(t.group())
        if lang == "vi" and j > i and lw == "năm" and not _VI_FIVE_ON.match(text, t.end()) \
                and lower(tokens[j - 1].group()) not in ("linh", "lẻ"):
            break  # "hai năm", "hai mươi năm": two years, twenty years (25 is "hai mươi lăm")
        if j > i and lw in w.joins and _joined(w, tokens, j, text):
            j, unit = j + 1, 0  # "trezentos e vinte": the next word continues the number
            continue
        if j > i and lw in w.final_ones and lower(tokens[j - 1].group()) in w.joins:
            current, end, j = current + 1, t.end(), j + 1
            break  # "treinta y un escaños": one closes the number
        pair = _PAIRS.get(lang, {}).get((lw, lower(tokens[j + 1].group()))) if (
            j + 1 < len(tokens) and text[t.end():tokens[j + 1].start()] in "- ") else None
        if pair is not None:  # "quatre-vingt-onze": 80 + 11, not 4 + 20 + 11
            current, said, end, j, unit = current + pair, True, tokens[j + 1].end(), j + 2, 0
            continue
        times = w.times.get(lw)
        if times is not None and (unit or n not in w.values and lw not in w.values):
            current += unit * (times - 1) if unit else times  # "trois cents", "dua puluh"
            said, unit = True, 0
        elif lw in w.teens and unit:
            current, unit = current + 10, 0  # "tiga belas": 13
        elif one and j == i:
            current, said = 1, True
        elif n in w.values or lw in w.values:
            value = w.values.get(lw, w.values.get(n, 0))
            current += value
            said, unit = True, value if 1 <= value <= 9 else 0
        elif n in w.scales or lw in w.scales:
            scale = w.scales.get(lw, w.scales.get(n, 1))
            if total and scale > last:  # "dos mil millones": (2 x 1000) millions
                total, last = (total + current) * scale, scale
            else:
                total += (current if said else 1) * scale
                last = scale if not last else min(last, scale)
            current, said, unit = 0, False, 0
        else:
            break
        end, j = t.end(), j + 1
    return total + current, j, end


def _month_here(text: str, tok: re.Match, low: str, stemmed: bool, w: Words) -> bool:
    """Whether a month name stands as a month: with a day before it or a year after it, or
    as a name that stands alone."""
    return bool(_DAY_BEFORE.search(text, max(0, tok.start() - 8), tok.start())
                or _YEAR.match(text, tok.end()) or low in w.bare_months or stemmed)


def word_value(w: Words, word: str) -> int | None:
    low = word.lower()
    return w.values.get(low, w.values.get(w.normal(word)))


def _joined(w: Words, tokens: list, j: int, text: str) -> bool:
    """Token ``j`` (a join word) continues a number: a smaller number word follows a
    round one or a scale ("trezentos e vinte e quatro", "mil e quinhentos"), not a
    second number ("três e quatro")."""
    if j + 1 >= len(tokens) or text[tokens[j].end():tokens[j + 1].start()].strip():
        return False
    after = word_value(w, tokens[j + 1].group())
    if after is None and lower(tokens[j + 1].group()) in w.final_ones:
        after = 1  # "treinta y un", "vingt et un"
    if after is None:
        return False
    prev = tokens[j - 1].group()
    if prev.lower() in w.scales or w.normal(prev) in w.scales:
        return True
    before = word_value(w, prev)
    return before is not None and before % 10 == 0 and after < before


# A day of the current month: "ఈనెల 18వ తేదీన" (the 18th of this month), "18 числа".
_THIS_MONTH_DAY = {
    "te": re.compile(r"ఈ\s*నెల\s*(?P<d>[0-3]?\d)\s*వ?\s*తేదీ"),
    "hi": re.compile(r"इस\s+महीने\s+की\s+(?P<d>[0-3]?\d)\s+तारीख"),
    "uk": re.compile(r"(?P<d>[0-3]?\d)-?го\s+числа"),
    "ru": re.compile(r"(?P<d>[0-3]?\d)-?го\s+числа"),
}


def scan_month_days(text: str, lang: str, free: Callable[[int, int], bool]) -> list[Found]:
    """A day of the publication's month, written without the month: monthday (0, day)."""
    pattern = _THIS_MONTH_DAY.get(lang)
    if pattern is None:
        return []
    return [Found(m.start(), m.end(), "monthday", monthday=(0, int(m["d"])))
            for m in pattern.finditer(text) if 1 <= int(m["d"]) <= 31 and free(*m.span())]


_ZERO = {
    "uk": re.compile(r"\b(?:без\s+(?P<noun>жертв|загиблих|постраждалих|поранених|втрат)"
                     r"|ніхто\s+не|жодн(?:ого|ої|их)\b"
                     # "жертв немає": the noun, a few words, then "there are none"
                     r"|(?P<noun2>жертв|загиблих|постраждалих|поранених)(?:\s+\w+){0,4}"
                     r"\s+немає\b)", re.I),
    "ru": re.compile(r"\b(?:без\s+(?P<noun>жертв|погибших|пострадавших|раненых|потерь)"
                     r"|никто\s+не|никого\s+не|ни\s+одного"
                     # "человеческих жертв и разрушений зданий нет"
                     r"|(?P<noun2>жертв|погибших|пострадавших|раненых)(?:\s+\w+){0,4}\s+нет)\b",
                     re.I),
    # Polish: "nie było dzieci", "nikt nie zginął", "żadnych ofiar", "brak ofiar"
    "pl": re.compile(r"\b(?:nie\s+(?:było|ma|będzie)\s+(?P<noun>[^\W\d_]+)|nikt\s+nie"
                     r"|(?:żadnych|żadnego|żadnej|żaden|żadna|żadne|brak)\s+(?P<noun2>[^\W\d_]+))",
                     re.I),
    "hi": re.compile(r"(?:कोई\s+(?P<noun>हताहत|मौत|घायल)\s+नहीं|किसी\s+की\s+मौत\s+नहीं)"),
    # a determiner "no" before the noun it counts: "aucune victime", "keine Toten"
    "fr": re.compile(r"\b(?:aucun|aucune)\s+(?P<noun>[^\W\d_]+)", re.I),
    "de": re.compile(r"\b(?:kein|keine|keinen|keinem|keiner)\s+(?P<noun>[^\W\d_]+)", re.I),
    "es": re.compile(r"\b(?:ningún|ninguna|ninguno)\s+(?P<noun>[^\W\d_]+)", re.I),
    "it": re.compile(r"\b(?:nessun|nessuna|nessuno)\s+(?P<noun>[^\W\d_]+)", re.I),
    "pt": re.compile(r"\b(?:nenhum|nenhuma)\s+(?P<noun>[^\W\d_]+)", re.I),
    "nl": re.compile(r"\bgeen\s+(?P<noun>[^\W\d_]+)", re.I),
}


# Arabic duals: a noun with -ين/-ان counts two ("مقتل شخصين": two people killed), after
# "و", "ف", "ب", "ل" and the article "ال". Only nouns whose plural is another word, so
# that the ending cannot be a sound plural ("مدنيين" is civilians).
_AR_DUAL_NOUNS = {"شخص": "شخص", "قتيل": "قتيل", "جريح": "جريح", "طفل": "طفل", "جندي": "جندي",
                  "شهيد": "شهيد", "رجل": "رجل", "امرات": "امراة", "صاروخ": "صاروخ",
                  "طائرت": "طائرة", "مسيرت": "مسيرة", "منزل": "منزل", "دولت": "دولة",
                  "مرت": "مرة", "يوم": "day", "شهر": "month", "عام": "year", "ساعت": "hour",
                  "سد": "dam", "جسر": "bridge", "قريت": "village", "مدينت": "city",
                  "سيارت": "car", "اسبوع": "week", "هدف": "goal", "نقطت": "point",
                  "مقعد": "seat", "قذيفت": "shell", "سفينت": "ship", "دبابت": "tank",
                  "زلزال": "earthquake"}
_AR_DUAL = re.compile(r"(?<![^\W\d_])(?:[وفبل]?(?:ال)?)(?P<stem>[\u0621-\u064a]{2,6}?)(?:ين|ان)"
                      r"(?![^\W\d_])")


def _duals(text: str, free: Callable[[int, int], bool]) -> list[Found]:
    out = []
    for m in _AR_DUAL.finditer(text):
        noun = _AR_DUAL_NOUNS.get(_arabic_normal(m["stem"]))
        if noun and free(m.start(), m.end()):
            out.append(Found(m.start(), m.end(), "number", value=2.0, unit=noun))
    return out


# An Arabic noun alone, indefinite, is one of it ("وشخص في محافظة جنوب سيناء": and one
# person in South Sinai; "بعد أسبوع": after a week): only the nouns of the dual table, with
# no article, no number before and not after "each" (كل), and only when grounding asks
_AR_SINGLE = re.compile(r"(?<![^\W\d_])(?P<pre>[وفبل]?)(?P<noun>[\u0621-\u064a]{2,6})"
                        r"(?![^\W\d_])")


def arabic_singles(text: str, free: Callable[[int, int], bool]) -> list[Found]:
    """Bare indefinite Arabic nouns read as one (see above)."""
    out = []
    for m in _AR_SINGLE.finditer(text):
        word = _arabic_normal(m["noun"])
        if word.startswith("ال") or not free(m.start(), m.end()):
            continue
        noun = _AR_DUAL_NOUNS.get(word[:-1] + "ت" if word.endswith("ة") else word)
        if noun is None or re.search(r"\d\s*$", text[max(0, m.start() - 4):m.start()]) or \
                re.search(r"(?:كل|عدة|بضعة)\s*$", text[max(0, m.start() - 6):m.start()]):
            continue
        out.append(Found(m.start(), m.end(), "number", value=1.0, unit=noun))
    return out


# Arabic 11-19, cardinal or ordinal, in two words: "ثلاثة عشر" (13), "إحدى عشرة" (11),
# "الحادية عشرة" (the eleventh): the unit word first, then عشر/عشرة (read alone as 10)
_AR_TEEN_UNITS = {1: "احد احدى حادي حادية", 2: "اثنا اثني اثنتا اثنتي ثاني ثانية",
                  3: "ثلاثة ثلاث ثالث ثالثة", 4: "اربعة اربع رابع رابعة",
                  5: "خمسة خمس خامس خامسة", 6: "ستة ست سادس سادسة", 7: "سبعة سبع سابع سابعة",
                  8: "ثمانية ثماني ثامن ثامنة", 9: "تسعة تسع تاسع تاسعة"}
_AR_TEEN_VALUE = {w: n for n, ws in _AR_TEEN_UNITS.items() for w in ws.split()}
_AR_TEEN = re.compile(r"(?<![^\W\d_])[وفبل]?(?:ال)?(?P<u>[\u0621-\u064a]{2,6})\s+(?:ال)?عشرة?"
                      r"(?![^\W\d_])")


def _teens(text: str, free: Callable[[int, int], bool]) -> list[Found]:
    """Arabic 11-19 written in two words."""
    out = []
    for m in _AR_TEEN.finditer(text):
        n = _AR_TEEN_VALUE.get(_arabic_normal(m["u"]))
        if n is not None and free(m.start(), m.end()):
            out.append(Found(m.start(), m.end(), "number", value=10.0 + n,
                             unit=noun_after(text, m.end(), "ar")))
    return out


def scan_zero(text: str, lang: str, free: Callable[[int, int], bool]) -> list[Found]:
    """Words that stand for a number: "без жертв", "никто не пострадал": no one (0);
    Arabic duals ("شخصين"): two; Arabic 11-19 in two words ("ثلاثة عشر")."""
    if lang == "ar":
        return _duals(text, free) + _teens(text, free)
    pattern = _ZERO.get(lang)
    if pattern is None:
        return []
    normal = words(lang).normal
    return [Found(m.start(), m.end(), "number", value=0.0,
                  unit=normal(noun) if (noun := _zero_noun(m)) else None)
            for m in pattern.finditer(text) if free(m.start(), m.end())]


def _zero_noun(m: re.Match) -> str | None:
    """The noun a "no ..." counts, from whichever group of the pattern caught it."""
    found = m.groupdict()
    return found.get("noun") or found.get("noun2")


_DIGIT_RUN = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:[\u00a0\u202f ]\d{3})+|\d+)(?:[.,]\d+)?"
                        r"(?![\d])")  # "5 000 тис.": groups of three by spaces
# digits in groups of three too ("2.574 millones", "2 000 millions", "780'000")
_GROUPED_RUN = re.compile(r"(?<![\d.,'\u2019])(?:\d{1,3}(?:[.'\u2019\u00a0\u202f ]\d{3})+"
                          r"(?:,\d+)?|\d+(?:[.,]\d+)?)(?![\d])")


def _digits_value(raw: str, lang: str) -> float:
    if lang in SUPPORTED:
        return float(re.sub(r"[\u00a0\u202f ]", "", raw).replace(",", "."))
    return read_number(raw, lang)[0]


def _minus_before(text: str, start: int) -> bool:
    """A minus sign right before ``start``, not a hyphen ("A-5", "3-5", "COVID-19")."""
    if start == 0 or text[start - 1] not in "-\u2212":
        return False
    before = text[start - 2] if start >= 2 else " "
    return not (before.isalnum() or before in ")]%")


def scan_compounds(text: str, lang: str, free: Callable[[int, int], bool]) -> list[Found]:
    """Digits joined by scale words: "18 लाख 52 हजार 504" = 1,852,504, "5 тис." = 5,000."""
    out = []
    run = _DIGIT_RUN if lang in SUPPORTED else _GROUPED_RUN
    for m in run.finditer(text):
        value, end, total, parts = _digits_value(m.group(), lang), m.end(), 0.0, 0
        last = 0  # the scale of the part before
        while True:
            scaled = scale_after(text, end, lang)
            if scaled is None:
                break
            # a larger scale multiplies all before it: "2 ہزار 281 ارب" is 2,281 billion
            total = (total + value) * scaled[0] if last and scaled[0] > last \
                else total + value * scaled[0]
            last, end, parts = scaled[0], scaled[1], parts + 1
            nxt = run.match(text, end + (len(text[end:end + 4]) -
                                         len(text[end:end + 4].lstrip())))
            if nxt is None and value.is_integer():  # "35 milioni e 452.466": the rest
                nxt = _rest_after_and(text, m.start(), end, scaled[0], lang, run)
            if nxt is None:
                value = 0.0
                break
            value, end = _digits_value(nxt.group(), lang), nxt.end()
        start, sign = m.start(), 1
        if _minus_before(text, start):  # "-5 millones": a negative figure
            start, sign = start - 1, -1
        if parts and free(start, end):
            out.append(Found(start, end, "number", value=sign * round(total + value, 6),
                             unit=noun_after(text, end, lang)))
    if lang in CJK:  # "死者三人", "五万人"
        out += [Found(s, e, "number", value=float(v), unit=noun_after(text, e, lang))
                for s, e, v in kanji_numbers(text) if free(s, e)]
    if lang == "ar" and "\u0648" in text:
        out = _arabic_dual_and(text, out, free)
    return out


# the dual of a scale word, "and", then the rest of the figure: "مليونين و945 ألفا و680"
_AR_DUAL_AND = re.compile(r"(?<![^\W\d_])(?P<w>(?:[أا]لف|مليون|مليار)(?:ين|ان))[ \u00a0]*"
                          r"\u0648[ \u00a0]*(?=\d)")


def _arabic_dual_and(text: str, found: list[Found],
                     free: Callable[[int, int], bool]) -> list[Found]:
    """Compounds of ``found`` joined to the dual scale word before them: 2,945,680."""
    at = {f.start: f for f in found}
    for m in _AR_DUAL_AND.finditer(text):
        scale = _AR_DUAL_SCALES.get(_arabic_normal(m["w"]))
        rest = at.get(m.end())
        digits = _GROUPED_RUN.match(text, m.end()) if rest is None else None
        if digits is not None and scale_after(text, digits.end(), "ar") is None:
            rest = Found(digits.start(), digits.end(), "number",  # "ألفين و500": 2,500
                         value=_digits_value(digits.group(), "ar"),
                         unit=noun_after(text, digits.end(), "ar"))
        if scale is None or rest is None or rest.value is None or not free(
                m.start(), rest.end) or not 0 < rest.value < scale // 2:
            continue
        if rest in found:
            found.remove(rest)
        found.append(Found(m.start(), rest.end, "number", value=scale + rest.value,
                           unit=rest.unit))
    return found


# "and" between a scaled figure and the rest of it: "35 milioni e 452.466", "۲۳ میلیون و ۴۳۸
# هزار و ۳۰"
_SCALE_AND = re.compile(r"[ \u00a0]+(?:(?:e|y|et|und|and|i|og|och|en|și)[ \u00a0]+"
                        r"|\u0648[ \u00a0]*)", re.IGNORECASE)  # Persian, Arabic "و", glued or not


def _rest_after_and(text: str, start: int, end: int, scale: int, lang: str,
                    run: re.Pattern[str]) -> re.Match[str] | None:
    """The digits after "and" that complete a scaled figure ending at ``end``: smaller
    than its scale but not below its thousandth, alone or with a smaller scale word ("1
    milione e 200 mila"); not the second end of a range ("entre 2 millones y 300.000")."""
    conj = _SCALE_AND.match(text, end)
    nxt = run.match(text, conj.end()) if conj else None
    if nxt is None or local_range(text, start, end, nxt.start(), lang):
        return None
    rest, more = _digits_value(nxt.group(), lang), scale_after(text, nxt.end(), lang)
    if more is not None:
        rest = rest * more[0] if more[0] < scale else scale
    return nxt if scale / 1000 <= rest < scale else None  # "2 milioni e 5 feriti": no


# first and second in Russian and Ukrainian, by lemma ("на первом круге": on the first lap);
# no other word shares them ("другой" is "other", "другий" is "second")
_SLAVIC_FIRST = {"ru": {"первый": 1, "первое": 1, "первая": 1, "второй": 2, "второе": 2,
                        "вторая": 2},
                 "uk": {"перший": 1, "перше": 1, "перша": 1, "другий": 2, "друге": 2,
                        "друга": 2}}


def scan_singulars(text: str, lang: str, free: Callable[[int, int], bool]) -> list[Found]:
    """Grounding only. Ukrainian and Russian (no articles): a singular noun in the
    nominative counts one ("загинула літня жінка": one woman died), like "a woman"; so
    does a bare indefinite Arabic noun (:func:`arabic_singles`).
    Other languages: their word for the number one where it is not also the article
    ("se atribuyen uno", "nur eins"), as "one" in English, and ordinals ("das achte
    Jahr", "la troisième fois"), as "the third time" is 3."""
    if lang not in ("uk", "ru"):
        from factcheck.text.singles import ones_and_ordinals

        found = ones_and_ordinals(text, lang, free)
        if lang == "ar":  # a bare noun is one of it: "وشخص" (and a person)
            found += [f for f in arabic_singles(text, free)
                      if not any(g.start < f.end and f.start < g.end for g in found)]
        return found
    out: list[Found] = []
    ordinals, normal = ordinal_words(lang), words(lang).normal
    ordinals = {**ordinals, **_SLAVIC_FIRST[lang]}
    counting = COUNTING_WORDS[lang]  # "двое мужчин": two men
    for m in WORD.finditer(text):
        if len(m.group()) < 3 or not free(m.start(), m.end()):
            continue
        n = counting.get(lower(m.group())) or ordinals.get(normal(m.group()))
        if n is not None:  # "на третій хвилині": the third minute, as "the third time" is 3
            out.append(Found(m.start(), m.end(), "number", value=float(n)))
            continue
        if m.group()[0].isupper() and re.search(r"[^\s.!?«\"(]\s*$",
                                                 text[max(0, m.start() - 4):m.start()]):
            continue  # a name within the sentence ("атакували Харків"): no count of one
        parses = parse(lang, m.group())
        if not parses:
            continue
        p = parses[0]
        g = p.tag.grammemes
        if {"NOUN", "nomn"} <= g and not g & {"plur", "Name", "Surn", "Geox", "Orgn"}:
            out.append(Found(m.start(), m.end(), "number", value=1.0,
                             unit=p.normal_form))
    return out


def ordinal_phrase(text: str, tokens: list, i: int, lang: str) -> tuple[int, int] | None:
    """(end, number) of the longest ordinal of two to four words from token ``i``
    ("décimo cuarto", "vingt et unième"), its words apart by a space or hyphen only."""
    first = lower(tokens[i].group())
    if first not in ordinal_starts(lang):
        return None
    found, words, ordinals = None, [first], ordinal_words(lang)
    for j in range(i + 1, min(i + 4, len(tokens))):
        if text[tokens[j - 1].end():tokens[j].start()] not in (" ", "-", "\u00a0"):
            break
        words.append(lower(tokens[j].group()))
        n = ordinals.get(" ".join(words))
        if n is not None:
            found = (tokens[j].end(), n)
    return found


# the word between a scale and what it counts: "millones de votos", "miliardi di euro"
_OF = frozenset({"de", "di", "des", "du", "of", "van"})
_LAST_WORD_BEFORE = re.compile(r"(\w+)\.?\s*$")


def _scale_before(text: str, end: int, lang: str) -> bool:
    """Whether the number ending at ``end`` ends in a scale word ("36 millones")."""
    m = _LAST_WORD_BEFORE.search(text, max(0, end - 24), end)
    return bool(m) and bool(scale_of(m.group(1), lang))


def noun_after(text: str, end: int, lang: str) -> str | None:
    """Lemma of the noun a number counts: the first noun among the next words, past
    adjectives ("114 ударних БпЛА" -> "бпла"); none before a preposition ("66 з них")."""
    if WORD.match(text, end) and lang in ("te", "hi"):
        return None  # a case ending glued to the digits ("2,02,594కు"): no noun follows
    pos = end
    normal = words(lang).normal
    for _ in range(4 if lang in ("uk", "ru") else 1):
        m = WORD.match(text, pos + (len(text[pos:pos + 8]) - len(text[pos:pos + 8].lstrip(
            " \u00a0-"))))
        if m is None:
            return None
        if lang not in ("uk", "ru"):
            if m.group().lower() in _NOT_NOUNS.get(lang, ()):
                return None  # "53,60 din totalul": a preposition, the noun is not counted
            if m.group().lower() in _PARTITIVE.get(lang, ()):
                nxt = WORD.match(text, _SPACES.match(text, m.end()).end())
                m = nxt or m  # "45 de procente": the noun after the partitive
            elif m.group().lower() in _OF and _scale_before(text, end, lang):
                nxt = WORD.match(text, _SPACES.match(text, m.end()).end())
                m = nxt or m  # "36 millones de españoles": what the millions count
            word = m.group()
            if word[:2].lower() in ("d'", "d\u2019") and _scale_before(text, end, lang):
                word = word[2:]  # "un million d'euros": what the million counts
            return normal(word) if len(word) >= 2 or lang in GLUED else None
        parses = parse(lang, m.group())
        if not parses:
            return None
        tag = parses[0].tag
        if "PREP" in tag or "CONJ" in tag or "PRCL" in tag:
            return None
        if "NOUN" in tag or "UNKN" in tag or "LATN" in tag or m.group().isupper():
            return normal(m.group())
        pos = m.end()
    return None


_SPACES = re.compile(r"[ \u00a0]*")
# the word Romanian writes between a number from 20 up and its noun ("20 de persoane")
_PARTITIVE = {"ro": frozenset({"de"})}
# prepositions after a number, which are never what it counts ("53,60 din totalul")
_NOT_NOUNS = {"ro": frozenset({"din", "dintre", "la", "pe", "în", "cu", "pentru", "între",
                               "spre", "peste", "până", "și", "sau"})}


def scale_of(word: str, lang: str) -> int | None:
    """The multiplier a scale word of ``lang`` stands for ("millones", "тис"), or None."""
    w = words(lang)
    found = w.scales.get(lower(word)) or w.scales.get(w.normal(word))
    if found is None and lang == "hu":
        m = _HU_SCALE.fullmatch(lower(word))  # "31 ezerrel", "220 ezerre", "2 milliárddal"
        found = m and _HU_SCALES[m["stem"]]
    return found


# Hungarian scale words with a case ending, which joins the word ("ezerre": to a thousand)
_HU_SCALES = {"ezer": 1000, "ezr": 1000, "millió": 10**6, "milliárd": 10**9}
_HU_SCALE = re.compile(r"(?P<stem>ezer|ezr|millió|milliárd)(?:re|ra|rel|ral|val|vel|dal|del|"
                       r"ről|ról|ből|ból|ben|ban|hez|hoz|nél|nál|ig|en|et|ot|t|nyi|nak|nek)")


# French abbreviations of a currency with its scale before it: MMDH (milliards de
# dirhams), MDH (millions de dirhams), MDA/MMDA (dinars), MDT, MFCFA, and Quebec's M$,
# G$, Md$ (millions, milliards de dollars); written in capitals, the scale first
_CURRENCY_SCALES = {"MM": 10**9, "M": 10**6, "G": 10**9, "Md": 10**9, "Mds": 10**9,
                    "Mrd": 10**9, "Mrds": 10**9}
_CURRENCY_SCALE = re.compile(r"(?P<s>MM|Mds?|Mrds?|[MG])(?:(?:DH|Dh|DA|DT|DZD|MAD|TND|F\s?CFA)\b"
                             r"|[$€](?!\w))")


def scale_after(text: str, end: int, lang: str) -> tuple[int, int] | None:
    """A scale word right after digits ("12 тис.", "5 लाख", "36 millones", "529971亿"):
    (multiplier, end)."""
    if lang == "th":
        return thai_scale(text, end)  # "ล้านบาท", "แสนล้านบาท": glued to what they count
    if lang in GLUED:
        return cjk_scale(text, end)
    glued = _CURRENCY_SCALE.match(text, _SPACES.match(text, end).end()) if lang == "fr" else None
    if glued:  # "395,1 MMDH", "250 MDH", "4 Md$": the scale; the currency is the noun after
        return _CURRENCY_SCALES[glued["s"]], glued.end("s")
    m = WORD.match(text, _SPACES.match(text, end).end())
    if m is None:
        return None
    n = scale_of(m.group(), lang)
    if not n:
        return None
    end = m.end() + (1 if text[m.end():m.end() + 1] == "." else 0)
    m2 = WORD.match(text, _SPACES.match(text, end).end())
    n2 = m2 and scale_of(m2.group(), lang)
    if n2 and n2 > n:  # a larger scale multiplies: "5 mil millones", "1 लाख करोड़"
        return n * n2, m2.end() + (1 if text[m2.end():m2.end() + 1] == "." else 0)
    return n, end
