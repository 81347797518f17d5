"""Numbers as other languages write them, from CLDR (Babel) and num2words.

- digits: the language's decimal sign ("27,97" in Spanish, "7.8" in Arabic) and
  groups of three joined by a dot, an apostrophe or a space ("2.574", "780'000");
  a single group of three is ambiguous ("4.300" in Italian is 4300, "2.574" in an
  English-style wire copy 2.574) and is read both ways, the language's way first;
- number and scale words num2words writes ("cuatro", "deux milliards", "Millionen"),
  and the abbreviations newspapers use ("Mrd.", "mln");
- Chinese, Japanese and Korean: myriads glued to the digits ("529971亿元", "13926万吨",
  "2만8784명", "5조147억원"), numbers in kanji before a counter ("三人", "三十五万人") and
  dates "2016年10月19日", "2017년 2월 2일", "1日" (a day of the publication's month);
- Polish cardinals in the oblique cases ("pięciu", "dwóch").
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.text.numberforms import (
    BELGIAN_TENS,
    final_ones,
    finnish_cases,
    multipliers,
    ordinal_phrases,
    tens_words,
)

#: languages written without spaces between words: a counter follows the digits directly
CJK = frozenset({"zh", "ja"})
#: languages that glue counters and particles to digits ("7人", "5539명으로") and write
#: large numbers in myriads (万, 億, 만, 억): Chinese, Japanese and Korean
GLUED = CJK | {"ko"}

# Abbreviated scale words beside the ones num2words writes ("343,6 Mrd. Euro").
_SCALE_ABBREVIATIONS = {
    "de": {"tsd": 10**3, "mio": 10**6, "mrd": 10**9, "bio": 10**12},
    "fr": {"md": 10**9, "mds": 10**9, "mrd": 10**9},
    "es": {"mill": 10**6, "mln": 10**6},
    "it": {"mila": 10**3, "mln": 10**6, "mld": 10**9, "mrd": 10**9},
    "pt": {"mi": 10**6, "bi": 10**9, "bilhão": 10**9, "bilhões": 10**9},
    "pl": {"tys": 10**3, "mln": 10**6, "mld": 10**9},
    # num2words glues Turkish scales to "bir" ("birmilyon"): the bare words
    "tr": {"milyon": 10**6, "milyar": 10**9, "trilyon": 10**12, "mn": 10**6, "mlr": 10**9},
    # Urdu: thousand, lakh, crore, arab (10**9), kharab (10**11)
    "ur": {"ہزار": 10**3, "ہزاروں": 10**3, "لاکھ": 10**5, "کروڑ": 10**7, "ارب": 10**9,
           "کھرب": 10**11},
    # num2words glues Hungarian scales to their multiplier ("kétmillió"): the bare words
    "hu": {"ezer": 10**3, "millió": 10**6, "milliárd": 10**9, "billió": 10**12,
           "mrd": 10**9, "md": 10**9},
    # with the accusative ending after "more than" and numbers 11-99: "أكثر من 40 ألفا"
    "ar": {"ألف": 10**3, "آلاف": 10**3, "ألفا": 10**3, "ألفاً": 10**3, "ألفًا": 10**3,
           "مليون": 10**6, "ملايين": 10**6, "مليونا": 10**6, "مليوناً": 10**6,
           "مليونًا": 10**6, "مليار": 10**9, "مليارات": 10**9, "مليارا": 10**9,
           "ملياراً": 10**9, "مليارًا": 10**9},
}
# Collective numerals: about so many ("una sessantina di ultras", "une douzaine de pays").
_COLLECTIVES = {
    "it": {"decina": 10, "dozzina": 12, "quindicina": 15, "ventina": 20, "trentina": 30,
           "quarantina": 40, "cinquantina": 50, "sessantina": 60, "settantina": 70,
           "ottantina": 80, "novantina": 90, "centinaio": 100, "migliaio": 1000},
    "fr": {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
           "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
           "millier": 1000},
    "es": {"decena": 10, "docena": 12, "quincena": 15, "veintena": 20, "treintena": 30,
           "cuarentena": 40, "centenar": 100, "millar": 1000},
    "pt": {"dezena": 10, "dúzia": 12, "vintena": 20, "centena": 100, "milhar": 1000},
    "de": {"dutzend": 12},
}
# Polish cardinals in the oblique cases num2words does not write ("dwóch", "pięciu",
# "trzema"): "zginęło pięciu żołnierzy", "wśród dwudziestu osób".
_OBLIQUE = {"pl": {
    "dwóch": 2, "dwu": 2, "dwom": 2, "dwoma": 2, "dwie": 2, "dwiema": 2, "dwaj": 2,
    "dwoje": 2, "dwojga": 2, "trzech": 3, "trzem": 3, "trzema": 3, "trzej": 3, "troje": 3,
    "czterech": 4, "czterem": 4, "czterema": 4, "czterej": 4, "czworo": 4, "pięciu": 5,
    "pięcioma": 5, "sześciu": 6, "sześcioma": 6, "siedmiu": 7, "siedmioma": 7, "ośmiu": 8,
    "ośmioma": 8, "dziewięciu": 9, "dziesięciu": 10, "jedenastu": 11, "dwunastu": 12,
    "trzynastu": 13, "czternastu": 14, "piętnastu": 15, "szesnastu": 16, "siedemnastu": 17,
    "osiemnastu": 18, "dziewiętnastu": 19, "dwudziestu": 20, "trzydziestu": 30,
    "czterdziestu": 40, "pięćdziesięciu": 50, "sześćdziesięciu": 60,
    "siedemdziesięciu": 70, "osiemdziesięciu": 80, "dziewięćdziesięciu": 90, "stu": 100,
    "dwustu": 200, "trzystu": 300, "czterystu": 400, "pięciuset": 500,
}, "cs": {  # Czech genitive, dative and instrumental: "v posledních dvou měsících"
    "dvou": 2, "dvěma": 2, "dvě": 2, "oba": 2, "obou": 2, "tří": 3, "třech": 3, "třem": 3,
    "třemi": 3, "čtyř": 4, "čtyřech": 4, "čtyřem": 4, "čtyřmi": 4, "pěti": 5, "šesti": 6,
    "sedmi": 7, "osmi": 8, "devíti": 9, "deseti": 10, "dvaceti": 20, "třiceti": 30,
    "sta": 100, "stech": 100,
}, "ca": {"dues": 2},  # Catalan feminine two: "dues ambulàncies"
    "pt": {"duas": 2, "duzentas": 200, "trezentas": 300, "quatrocentas": 400,
           "quinhentas": 500},  # Portuguese feminine: "duas vezes"
    "he": {  # Hebrew masculine and construct forms: "שלושה גברים", "שני פצועים", "שלושת"
    "שניים": 2, "שני": 2, "שתי": 2, "שלושה": 3, "שלושת": 3, "ארבעה": 4, "ארבעת": 4,
    "חמישה": 5, "חמשת": 5, "שישה": 6, "ששת": 6, "שבעה": 7, "שבעת": 7, "שמונת": 8,
    "תשעה": 9, "תשעת": 9, "עשרה": 10, "עשרת": 10},
    "fi": {w: n for w, n in finnish_cases().items() if n > 1},  # "neljänä päivänä"
    "lt": {  # Lithuanian cases: "iš dviejų apygardų"
    "dviejų": 2, "dviem": 2, "dvi": 2, "trijų": 3, "trims": 3, "tris": 3, "trimis": 3,
    "keturių": 4, "keturiems": 4, "keturis": 4, "penkių": 5, "penkis": 5, "šešių": 6,
    "šešis": 6, "septynių": 7, "septynis": 7, "aštuonių": 8, "aštuonis": 8, "devynių": 9,
    "devynis": 9, "dešimties": 10, "dvidešimties": 20},
}
# Languages num2words does not write: their cardinals and scale words, as newspapers
# print them (Bulgarian has masculine, feminine and personal forms of two and three).
_TABLES = {"bg": ({
    "нула": 0, "два": 2, "две": 2, "двама": 2, "двете": 2, "двата": 2, "три": 3, "трима": 3,
    "четири": 4, "четирима": 4, "пет": 5, "петима": 5, "шест": 6, "седем": 7, "осем": 8,
    "девет": 9, "десет": 10, "единадесет": 11, "дванадесет": 12, "петнадесет": 15,
    "двадесет": 20, "тридесет": 30, "четиридесет": 40, "петдесет": 50, "шестдесет": 60,
    "седемдесет": 70, "осемдесет": 80, "деветдесет": 90, "сто": 100, "двеста": 200,
    "триста": 300, "петстотин": 500,
}, {"хиляда": 10**3, "хиляди": 10**3, "хил": 10**3, "милион": 10**6, "милиона": 10**6,
    "млн": 10**6, "милиард": 10**9, "милиарда": 10**9, "млрд": 10**9}),
    "el": ({
        "μηδέν": 0, "δύο": 2, "τρία": 3, "τρεις": 3, "τέσσερα": 4, "τέσσερις": 4, "πέντε": 5,
        "έξι": 6, "επτά": 7, "εφτά": 7, "οκτώ": 8, "οχτώ": 8, "εννέα": 9, "εννιά": 9,
        "δέκα": 10, "είκοσι": 20, "τριάντα": 30, "σαράντα": 40, "πενήντα": 50, "εκατό": 100,
    }, {"χιλιάδες": 10**3, "χιλ": 10**3, "εκατομμύρια": 10**6, "εκατομμύριο": 10**6,
        "εκατ": 10**6, "δισεκατομμύρια": 10**9, "δισ": 10**9})}
# Where num2words writes a language under another code, or a close language's numerals
# serve: Norwegian Bokmål and Nynorsk are "no"; Malay counts as Indonesian does
# ("juta", "ribu").
_NUM2WORDS_LANG = {"nb": "no", "nn": "no", "ms": "id"}

_CJK_SCALES = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8, "兆": 10**12,
               "만": 10**4, "억": 10**8, "조": 10**12}  # Korean: 2만8784, 5조147억


@functools.cache
def known(lang: str) -> bool:
    """True if CLDR knows ``lang`` (a BCP 47 primary tag such as "es" or "pl")."""
    from babel import Locale, UnknownLocaleError

    try:
        Locale.parse(lang)
    except (UnknownLocaleError, ValueError):
        return False
    return True


@functools.cache
def decimal_comma(lang: str) -> bool:
    """True if ``lang`` writes a decimal comma ("27,97"), per CLDR."""
    from babel.numbers import get_decimal_symbol

    return known(lang) and get_decimal_symbol(lang) == ","


_GROUPS = re.compile(r"['\u2019\u00a0\u202f\u2009 ]")


def read_number(raw: str, lang: str) -> tuple[float, float | None]:
    """The value of digits written in ``lang`` and a second reading where the
    separators are ambiguous: ("2.574", "es") -> (2574, 2.574); ("1,5", "pl") -> (1.5,
    None); ("33,9", "ar") -> (33.9, None): a comma before one or two digits is never
    a thousands separator."""
    if "\u2032" in raw:  # Peru's millions sign: "2\u2032755,066" is 2,755,066
        return float(_GROUPS.sub("", raw).replace("\u2032", "").replace(",", "")), None
    s = _GROUPS.sub("", raw)
    comma = decimal_comma(lang)
    if "," in s and "." in s:  # the later sign is the decimal one: "1.234,5", "1,234.5"
        dec = "," if s.rfind(",") > s.rfind(".") else "."
        grp = "." if dec == "," else ","
        return float(s.replace(grp, "").replace(dec, ".")), None
    for sign in (",", "."):
        if sign not in s:
            continue
        parts = s.split(sign)
        joined = float("".join(parts))
        if len(parts) > 2:
            return joined, None  # "1.234.567": groups only
        as_decimal = float(s.replace(sign, "."))
        if len(parts[1]) != 3:
            return as_decimal, None
        if (sign == ",") == comma:  # the language's decimal sign before three digits
            return as_decimal, joined
        return joined, as_decimal
    return float(s), None


# Snowball stemmers by language; Croatian and Bosnian take the Serbian one, Malay the
# Indonesian one, Norwegian Bokmål and Nynorsk the Norwegian one.
_SNOWBALL = {"sv": "swedish", "da": "danish", "no": "norwegian", "nb": "norwegian",
             "nn": "norwegian", "fi": "finnish", "et": "estonian", "hu": "hungarian",
             "cs": "czech", "ro": "romanian", "el": "greek", "sr": "serbian", "hr": "serbian",
             "bs": "serbian", "ms": "indonesian", "id": "indonesian", "es": "spanish",
             "pt": "portuguese", "fr": "french", "it": "italian", "de": "german",
             "nl": "dutch", "ca": "catalan", "tr": "turkish", "pl": "polish",
             "lt": "lithuanian", "fa": "persian", "eu": "basque", "ga": "irish",
             "hy": "armenian", "ne": "nepali"}


@functools.cache
def stem_function(lang: str) -> Callable[[str], str] | None:
    """The Snowball stemmer of ``lang`` (lower case in, stem out), or None: the normal
    form of an inflected word in a language without a lemmatiser here ("escaños",
    "circunscripciones", "personer", "henkilöä")."""
    name = _SNOWBALL.get(lang)
    if name is None:
        return None
    import snowballstemmer

    stemmer = snowballstemmer.stemmer(name)
    return functools.lru_cache(maxsize=65536)(lambda word: stemmer.stemWord(word.lower()))


@functools.cache
def number_joins(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """(words that join the parts of one number, scale words that stand alone for a
    thousand) as num2words writes ``lang``: Portuguese "trezentos e vinte e quatro",
    Norwegian "hundre og tjue", Romanian "douăzeci și patru"; Spanish "mil quinientos"."""
    if lang in CJK or lang in _TABLES:
        return frozenset(), frozenset()
    from num2words import num2words

    code = _NUM2WORDS_LANG.get(lang, lang)
    values, scales = generic_words(lang)
    values = values | dict.fromkeys(final_ones(lang, code), 1)  # "vingt et un"
    joins: set[str] = set()
    try:
        for n in (21, 31, 34, 71, 120, 324, 1500):
            ws = num2words(n, lang=code).lower().split()
            joins.update(w for a, w, b in zip(ws, ws[1:], ws[2:], strict=False)
                         if w not in values and w not in scales and len(w) <= 3
                         and (a in values or a in scales) and (b in values or b in scales))
        thousand = num2words(1000, lang=code).lower().split()
    except (NotImplementedError, OverflowError, KeyError, IndexError, TypeError):
        return frozenset(), frozenset()
    bare = {thousand[0]} if len(thousand) == 1 and thousand[0] in scales else set()
    return frozenset(joins), frozenset(bare)


def number_multipliers(lang: str, values: dict[str, int]
                       ) -> tuple[dict[str, int], frozenset[str]]:
    """Words that multiply the unit before them and words that add ten to it
    (:func:`factcheck.text.numberforms.multipliers`)."""
    if lang in CJK or lang in _TABLES:
        return {}, frozenset()
    return multipliers(_NUM2WORDS_LANG.get(lang, lang), values)


def compound_ones(lang: str) -> frozenset[str]:
    """Forms of one that close a compound after a joining word ("treinta y un")."""
    return frozenset() if lang in CJK or lang in _TABLES else final_ones(
        lang, _NUM2WORDS_LANG.get(lang, lang))


@functools.cache
def generic_words(lang: str) -> tuple[dict[str, int], dict[str, int]]:
    """Number words (0, 2-20, tens, hundreds; "one" is an article in most languages and is
    left out) and scale words of ``lang`` as num2words writes them, lower case, and
    collective numerals ("sessantina": about 60)."""
    values: dict[str, int] = dict(_COLLECTIVES.get(lang, {})) | _OBLIQUE.get(lang, {})
    scales: dict[str, int] = dict(_SCALE_ABBREVIATIONS.get(lang, {}))
    if lang in _TABLES:
        return values | _TABLES[lang][0], scales | _TABLES[lang][1]
    if lang in CJK:
        return values, scales
    from num2words import num2words

    def spelled(n: int) -> list[str]:
        try:
            return num2words(n, lang=_NUM2WORDS_LANG.get(lang, lang)).lower().split()
        except (NotImplementedError, OverflowError, KeyError, IndexError, TypeError):
            return []

    for n in [0, *range(2, 21), *range(30, 100, 10), *range(100, 1000, 100)]:
        written = spelled(n)
        if len(written) == 1:
            values.setdefault(written[0], n)
    for w, n in tens_words(_NUM2WORDS_LANG.get(lang, lang)).items():  # "veintidós"
        values.setdefault(w, n)
    if lang == "fr":  # "nonante-deux"
        values |= BELGIAN_TENS
    for exponent in (3, 6, 9, 12):
        for k in (2, 5, 1):
            written = spelled(k * 10**exponent)
            if len(written) >= 2 and written[-1] not in values:
                scales.setdefault(written[-1], 10**exponent)  # "dos millones" -> millones
            elif len(written) == 1 and k == 1:
                scales.setdefault(written[0], 10**exponent)
    for w, n in list(values.items()) + list(scales.items()):
        bare = w.removeprefix(_ONE_PREFIX.get(lang, "\0"))
        if bare != w and n in (100, 1000):  # "einhundert", "eintausend": "hundert", "tausend"
            (values if n == 100 else scales).setdefault(bare, n)
    return values, scales


#: the prefix "one" that compounds with hundred and thousand ("einhundert")
_ONE_PREFIX = {"de": "ein"}
# forms of the article "one" that num2words does not write before a scale word
_ONE_FORMS = {"de": ("ein", "einer", "einem", "einen"), "es": ("una",), "it": ("uno",)}


# languages whose article is their word for one ("ett hus", "bir adam", "egy ház")
_ONE_IS_ARTICLE = frozenset({"sv", "no", "nb", "nn", "da", "is", "tr", "hu", "el"})


@functools.cache
def one_word(lang: str) -> str | None:
    """The word for the number one ("uno", "eins") where it is not also the article
    ("un" in French, "um" in Portuguese), else None."""
    if lang in GLUED or lang in _ONE_IS_ARTICLE:
        return None
    from num2words import num2words

    try:
        word = num2words(1, lang=lang).lower()
    except (NotImplementedError, OverflowError, KeyError, IndexError, TypeError):
        return None
    return None if " " in word or word in ones_before_scales(lang) else word


# the word for one in its other genders and cases, where it is no article
_ONE_FORMS_MORE = {"pl": ("jedna", "jedno", "jednej", "jednego", "jednym", "jedną", "jednemu"),
                   "cs": ("jeden", "jedna", "jedno", "jednoho", "jedné", "jednou", "jednu",
                          "jedním", "jednom", "jednomu"),
                   "sk": ("jedna", "jedno", "jedného", "jednej", "jednu", "jedným", "jednom"),
                   "fi": tuple(w for w, n in finnish_cases().items() if n == 1),
                   "hr": ("jedna", "jedno", "jednog", "jedne")}


@functools.cache
def one_forms(lang: str) -> frozenset[str]:
    """Every form of the word for one that stands for the number in ``lang`` ("eins";
    Polish "jeden", "jedna", "jednej"), or none where it is also the article."""
    one = one_word(lang)
    return frozenset() if one is None else frozenset({one, *_ONE_FORMS_MORE.get(lang, ())})


@functools.cache
def ordinal_words(lang: str) -> dict[str, int]:
    """Ordinals 3-99 of ``lang`` as num2words writes them, with the endings of gender,
    number and case ("achte", "achten", "ottava", "octavos") -> their number; those of
    several words as tokens joined by a space ("décimo cuarto", "vingt deuxième"), and
    Spanish's one-word form ("decimocuarta") and apocope ("tercer"). First and second are
    left out: they are also other words ("secondo" is "according to", "segundos" are
    seconds), and are read in :func:`factcheck.text.singles.first_or_second`."""
    if lang in GLUED:
        return {}
    if lang == "hi":
        return _hindi_ordinals()
    from num2words import num2words

    out: dict[str, int] = {}
    for n in range(3, 100):
        try:
            word = num2words(n, lang=lang, to="ordinal").lower()
        except (NotImplementedError, OverflowError, KeyError, IndexError, TypeError,
                AttributeError, ValueError):
            return {}
        if " " in word or "-" in word:
            for f, k in ordinal_phrases(lang, n).items():
                out.setdefault(f, k)
            continue
        if not word.isalpha() or len(word) < 4:
            continue
        forms = {word, word + "s", word + "n", word + "r", word + "m"}
        if lang == "es" and word.endswith("ero"):
            forms.add(word[:-1])  # "el tercer trimestre": the apocope before a noun
        if word[-1] in "oa":
            forms |= {word[:-1] + e for e in ("o", "a", "os", "as")}
        for f in forms:
            out.setdefault(f, n)
    return out


# Hindi ordinals 3-10 in each gender and case ("चौथा बजट": the fourth budget, "तीसरी बार": the
# third time), with and without the nasal signs (ां, ाँ); first only as पहला and पहली ("पहले"
# is also "before"), second not at all ("दूसरा", "दूसरे" are also "other", "others")
_HI_ORDINALS = {"पहल": 1, "तीसर": 3, "चौथ": 4, "छठ": 6}
_HI_ORDINAL_STEMS = {"पांच": 5, "पाँच": 5, "सात": 7, "आठ": 8, "नौ": 9, "दस": 10}


def _hindi_ordinals() -> dict[str, int]:
    out = {stem + end: n for stem, n in _HI_ORDINALS.items() for end in ("ा", "ी", "े")
           if stem + end != "पहले"}
    for stem, n in _HI_ORDINAL_STEMS.items():
        for end in ("वां", "वाँ", "वा", "वीं", "वीँ", "वी", "वें", "वेँ", "वे"):
            out[stem + end] = n
    return out


@functools.cache
def ordinal_starts(lang: str) -> frozenset[str]:
    """The first words of ``lang``'s ordinals of several words ("décimo", "vingt")."""
    return frozenset(k.split(" ", 1)[0] for k in ordinal_words(lang) if " " in k)


@functools.cache
def ones_before_scales(lang: str) -> frozenset[str]:
    """The words for "one" that stand before a scale word as an article does ("un
    millón", "eine Million", "einer Milliarde"): one of that scale, where "one" alone is
    no number. Read off num2words ("un millón de"), with the inflected forms it omits."""
    if lang in CJK:
        return frozenset()
    from num2words import num2words

    found = set(_ONE_FORMS.get(lang, ()))
    scales = generic_words(lang)[1]
    for exponent in (6, 9, 12):
        try:
            written = num2words(10**exponent, lang=_NUM2WORDS_LANG.get(lang, lang)).lower().split()
        except (NotImplementedError, OverflowError, KeyError, IndexError, TypeError):
            continue
        if len(written) == 2 and written[0] not in scales:  # "mil millones" is no "one"
            found.add(written[0])
    return frozenset(found)


_KANJI_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
                 "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KANJI_UNITS = {"十": 10, "百": 100, "千": 1000}
_KANJI_RUN = re.compile("[〇零一二两兩三四五六七八九十百千万萬亿億兆]+")
# what a number written in kanji counts: only before one of these is a run a number
# ("三人", "十二日", "五十棟"), not in a word ("一部", "統一")
_KANJI_COUNTERS = frozenset("人名件棟戸歳才日月年回県機発隻台個个位架枚頭匹羽本点倍割%％次"
                            "节節辆輛列座艘"  # "六节车厢": six carriages
                            "死伤傷亡"  # "两死一伤": two dead, one hurt
                            "米吨噸公秒"  # "一米左右", "十吨", "五公里": a measure
                            "天周週岁歲度元届層层项項场場")  # "三天", "两周", "五岁", "十元"
# two-character counters whose first character alone is no counter ("十分" is "very")
_KANJI_COUNTERS_2 = ("小时", "小時", "分钟", "分鐘", "分間")
# "二至六节": from two to six, the counter written once after the range
_KANJI_RANGE_TO = re.compile(r"[至到~～〜]")
_TILDE = re.compile(r"\s?[~～〜]\s?")  # Korean writes a range with a tilde alone
#: measure words between a number and the noun it counts ("48名乘客", "一个小时")
CLASSIFIERS = frozenset("名个個位辆輛架艘座栋棟家只隻头頭条條件台部所")
#: "several" before a kanji ten, hundred or thousand ("数百人", "几十名")
_SEVERAL = frozenset("数數几幾")
#: "more than" glued after the digits in Chinese ("40余人", "40多人")
CJK_MORE = frozenset("余多")


def _kanji_value(run: str) -> int | None:
    """The value of a run of kanji numerals ("三十五" 35, "千二百" 1200, "二〇二四" 2024,
    "五万" 50000), or None if it is no well-formed number."""
    if not any(c in _KANJI_UNITS or c in _CJK_SCALES for c in run):
        return int("".join(str(_KANJI_DIGITS[c]) for c in run))  # 二〇二四: digit by digit
    total = section = 0
    digit: int | None = None
    for c in run:
        if c in _KANJI_DIGITS:
            if digit is not None:
                return None  # two digits in a row inside a written-out number
            digit = _KANJI_DIGITS[c]
        elif c in _KANJI_UNITS:
            section += (1 if digit is None else digit) * _KANJI_UNITS[c]
            digit = None
        else:  # 万, 億, 兆
            part = section + (digit or 0)
            if part == 0:
                return None
            total += part * _CJK_SCALES[c]
            section, digit = 0, None
    return total + section + (digit or 0)


def _kanji_range_start(text: str, end: int) -> bool:
    """Whether a kanji number ending at ``end`` opens a range closed by a counted one."""
    if not _KANJI_RANGE_TO.match(text, end):
        return False
    m = _KANJI_RUN.match(text, end + 1)
    return m is not None and text[m.end():m.end() + 1] in _KANJI_COUNTERS


def kanji_numbers(text: str) -> list[tuple[int, int, int]]:
    """Numbers written in kanji before a counter ("死者三人", "十二日", "五十棟"):
    (start, end, value)."""
    out = []
    for m in _KANJI_RUN.finditer(text):
        if m.start() and text[m.start() - 1] in _SEVERAL:
            continue  # "数百人": several hundred, no number (a vague plural when grounding)
        if text[m.end():m.end() + 1] not in _KANJI_COUNTERS and m.group()[-1] not in \
                "万萬亿億兆" and not text.startswith(_KANJI_COUNTERS_2, m.end()) and \
                not _kanji_range_start(text, m.end()):
            continue
        value = _kanji_value(m.group())
        if value is not None:
            out.append((m.start(), m.end(), value))
    return out


def cjk_scale(text: str, end: int) -> tuple[int, int] | None:
    """A myriad glued to digits in Chinese, Japanese or Korean ("529971亿", "298만"):
    (multiplier, end)."""
    n = _CJK_SCALES.get(text[end:end + 1])
    return (n, end + 1) if n else None


# year, month and day markers: Chinese and Japanese 年月日, Korean 년월일
_CJK_DATE = re.compile(r"(?:(?P<y>(?:19|20)\d\d)\s*[年년]\s*)?(?P<m>1[0-2]|0?[1-9])\s*[月월]\s*"
                       r"(?P<d>[12]\d|3[01]|0?[1-9])\s*[日일]")
# a day, not "3日間" or "2일간" (days)
_CJK_DAY = re.compile(r"(?<![\d月年월년])(?P<d>[12]\d|3[01]|0?[1-9])[日일](?![間간])")
_CJK_MONTH = re.compile(r"(?:(?P<y>(?:19|20)\d\d)\s*[年년]\s*)?(?<!\d)(?P<m>1[0-2]|0?[1-9])\s*"
                        r"[月월](?!\s*\d)")


@dataclass(frozen=True)
class CjkDate:
    """A date read in Chinese or Japanese: ``date`` with a year; ``monthday`` (month,
    day) without one, month 0 for a day alone ("1日": the publication's month);
    ``month`` (year, month), year 0 for a month alone ("8月")."""

    start: int
    end: int
    date: datetime.date | None = None
    monthday: tuple[int, int] | None = None
    month: tuple[int, int] | None = None


def cjk_dates(text: str) -> list[CjkDate]:
    """Dates, days and months in Chinese, Japanese or Korean ("2016年10月19日", "1日",
    "8月", "2017년 2월 2일", "2일")."""
    out: list[CjkDate] = []
    taken: set[int] = set()
    for m in _CJK_DATE.finditer(text):
        month, day = int(m["m"]), int(m["d"])
        try:
            date = datetime.date(int(m["y"]), month, day) if m["y"] else None
            datetime.date(2000, month, day)
        except ValueError:
            continue
        out.append(CjkDate(m.start(), m.end(), date, None if date else (month, day)))
        taken.update(range(m.start(), m.end()))
    for m in _CJK_DAY.finditer(text):
        if m.start() not in taken:
            out.append(CjkDate(m.start(), m.end(), monthday=(0, int(m["d"]))))
    for m in _CJK_MONTH.finditer(text):
        if m.start() not in taken:
            out.append(CjkDate(m.start(), m.end(), month=(int(m["y"] or 0), int(m["m"]))))
    return sorted(out, key=lambda d: d.start)


# Words around the two ends of a range: "entre 2 y 8 años", "von 10 bis 12", "od 5 do 7".
_RANGE_WORDS = {
    "es": ("entre|de|desde", "y|a|hasta"),
    "fr": ("entre|de", "et|à"),
    "de": ("zwischen|von", "und|bis"),
    "pt": ("entre|de|desde", "e|a|até"),
    "it": ("tra|fra|da", "e|a"),
    "pl": ("od|między", "do|a"),
    "nl": ("tussen|van", "en|tot"),
    "nb": ("mellom|fra", "og|til"), "no": ("mellom|fra", "og|til"),
    "nn": ("mellom|frå", "og|til"), "da": ("mellem|fra", "og|til"),
    "sv": ("mellan|från", "och|till"),
    "tl": ("mula\\s+sa|mula|na|nang", "hanggang\\s+sa|hanggang"),  # "na 2 hanggang 4%"
    "fil": ("mula\\s+sa|mula|na|nang", "hanggang\\s+sa|hanggang"),
}


# the article news may write before each end of a range: "entre os 40 e os 50 anos",
# "entre los 40 y los 50 años", "tra i 40 e i 50 anni"
_RANGE_ARTICLES = {"es": "los|las|el|la", "pt": "os|as|o|a", "it": "i|gli|le|il|la|lo",
                   "fr": "les|la|le", "de": "die|den|der",
                   # the clock word before an hour: "mellom klokken 5 og 6", "mellan kl. 5"
                   **dict.fromkeys(("nb", "no", "nn", "da"), r"klokken|klokka|kl\.?"),
                   "sv": r"klockan|kl\.?"}


@functools.cache
def _range_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    words = _RANGE_WORDS.get(lang)
    if words is None:
        return None
    article = rf"(?:(?:{_RANGE_ARTICLES[lang]})\s+)?" if lang in _RANGE_ARTICLES else ""
    return (re.compile(rf"(?<!\w)(?:{words[0]})\s+{article}$", re.IGNORECASE),
            re.compile(rf"\s+(?:{words[1]})\s+{article}", re.IGNORECASE))


# Words that join the two ends of a range with no opening word: "2 hanggang 4%",
# "10 bis 12 Grad", "2 à 4 %", "5 hasta 8"
_RANGE_TO = {"es": "hasta", "pt": "até", "de": "bis", "nl": "tot", "pl": "do", "fr": "à",
             "tl": "hanggang", "fil": "hanggang", "id": "hingga|sampai", "ms": "hingga|sampai",
             "vi": "đến", "sv": "till", "da": "til", "no": "til", "nb": "til"}


@functools.cache
def _range_to(lang: str) -> re.Pattern[str] | None:
    words = _RANGE_TO.get(lang)
    return re.compile(rf"\s+(?:{words})\s+", re.IGNORECASE) if words else None


def local_range(text: str, start: int, end: int, next_start: int, lang: str) -> bool:
    """True if the numbers at ``start:end`` and from ``next_start`` are the two ends of a
    range written with ``lang``'s words ("entre 2 y 8", "zwischen 10 und 12", "2
    hanggang 4")."""
    to = _range_to(lang)
    if to is not None and to.fullmatch(text, end, next_start) is not None:
        return True
    if lang in CJK and _KANJI_RANGE_TO.fullmatch(text, end, next_start) is not None:
        return True  # "二至六节", "2至6节"
    if lang == "ko" and _TILDE.fullmatch(text, end, next_start) is not None:
        return True  # "3~5%", "3～5명"
    patterns = _range_patterns(lang)
    return patterns is not None and patterns[1].fullmatch(text, end, next_start) is not None \
        and patterns[0].search(text, max(0, start - 20), start) is not None


_DURATIONS = ("year", "month", "week", "day", "hour", "minute")


@functools.cache
def _time_words(lang: str) -> dict[str, str]:
    from babel.units import format_unit

    names: dict[str, str] = {}
    for unit in _DURATIONS:
        for n in (1, 2, 5, 11):
            try:
                name = format_unit(n, f"duration-{unit}", locale=lang, length="long")
            except (ValueError, KeyError):
                continue
            name = name.replace(str(n), "").strip().lower()
            if name and not name.startswith("duration-"):
                names.setdefault(name, unit)
    return names


# Time counters of Korean, Japanese and Chinese, which CLDR's unit names do not give here.
_CJK_TIME = {
    "ko": {"년": "year", "개월": "month", "달": "month", "주": "week", "일": "day",
           "시간": "hour", "분": "minute", "분기": "quarter"},  # "1분기": a quarter, not 분
    "ja": {"年": "year", "か月": "month", "カ月": "month", "ヶ月": "month", "週間": "week",
           "日": "day", "時間": "hour", "分": "minute", "四半期": "quarter"},
    "zh": {"年": "year", "个月": "month", "周": "week", "天": "day", "小时": "hour",
           "分钟": "minute", "季度": "quarter"},
}
# Ages written as one adjective with the number ("8-jarige", "27-jährige"): years.
_AGE_WORDS = {"nl": ("jarig",), "de": ("jährig",), "sv": ("årig",), "da": ("årig",),
              "no": ("årig",), "zh": ("岁", "歲"), "ja": ("歳", "才"), "ko": ("세", "살")}


def time_word(lang: str, word: str | None) -> str | None:
    """The English name of a time word of ``lang``, per CLDR ("años" -> year, "Monate"
    -> month, "godzin" -> hour, "년간" -> year: a particle glued in Korean, Chinese and
    Japanese), an age adjective ("8-jarige" -> year), or None."""
    if not word or not known(lang):
        return None
    w = word.lower()
    names = _CJK_TIME.get(lang) or _time_words(lang)
    if w in names:
        return names[w]
    if w.startswith(_AGE_WORDS.get(lang, ("\0",))):
        return "year"
    if lang in GLUED:  # the longest time word the run starts with ("个小时": past 个)
        if len(w) > 1 and w[0] in CLASSIFIERS and lang in CJK:
            w = w[1:]
        return next((names[w[:k]] for k in range(min(len(w), 3), 0, -1) if w[:k] in names),
                    None)
    return None


# Fractions written as words, with the article or number that makes them one.
_FRACTIONS = {
    "es": {"la mitad": 1 / 2, "un tercio": 1 / 3, "dos tercios": 2 / 3, "un cuarto": 1 / 4,
           "tres cuartos": 3 / 4, "un quinto": 1 / 5},
    "fr": {"la moitié": 1 / 2, "un tiers": 1 / 3, "deux tiers": 2 / 3, "un quart": 1 / 4,
           "trois quarts": 3 / 4, "un cinquième": 1 / 5},
    "de": {"die hälfte": 1 / 2, "der hälfte": 1 / 2, "ein drittel": 1 / 3,
           "zwei drittel": 2 / 3, "ein viertel": 1 / 4, "drei viertel": 3 / 4,
           "ein fünftel": 1 / 5},
    "pt": {"metade": 1 / 2, "um terço": 1 / 3, "dois terços": 2 / 3, "um quarto": 1 / 4,
           "três quartos": 3 / 4, "um quinto": 1 / 5},
    "it": {"metà": 1 / 2, "un terzo": 1 / 3, "due terzi": 2 / 3, "un quarto": 1 / 4,
           "tre quarti": 3 / 4, "un quinto": 1 / 5},
    "pl": {"połowa": 1 / 2, "połowę": 1 / 2, "połowy": 1 / 2, "jedna trzecia": 1 / 3,
           "dwie trzecie": 2 / 3, "dwóch trzecich": 2 / 3, "ćwierć": 1 / 4,
           "trzy czwarte": 3 / 4, "trzech czwartych": 3 / 4},
    "fi": {"puoli": 1 / 2, "puolet": 1 / 2, "kolmannes": 1 / 3, "neljännes": 1 / 4},
    "sv": {"hälften": 1 / 2, "en halv": 1 / 2, "en tredjedel": 1 / 3, "två tredjedelar": 2 / 3,
           "en fjärdedel": 1 / 4},
    "nb": {"halvparten": 1 / 2, "en halv": 1 / 2, "en tredjedel": 1 / 3,
           "to tredjedeler": 2 / 3, "en firedel": 1 / 4},
    "da": {"halvdelen": 1 / 2, "en halv": 1 / 2, "en tredjedel": 1 / 3, "to tredjedele": 2 / 3,
           "en fjerdedel": 1 / 4},
    "cs": {"polovina": 1 / 2, "polovinu": 1 / 2, "poloviny": 1 / 2, "polovině": 1 / 2,
           "třetina": 1 / 3, "třetinu": 1 / 3, "třetiny": 1 / 3, "dvě třetiny": 2 / 3,
           "dvou třetin": 2 / 3, "dvěma třetinami": 2 / 3, "čtvrtina": 1 / 4,
           "čtvrtinu": 1 / 4, "čtvrtiny": 1 / 4, "čtvrtině": 1 / 4, "tři čtvrtiny": 3 / 4,
           "tří čtvrtin": 3 / 4, "třem čtvrtinám": 3 / 4, "třemi čtvrtinami": 3 / 4},
    "sk": {"polovica": 1 / 2, "polovicu": 1 / 2, "tretina": 1 / 3, "tretinu": 1 / 3,
           "dve tretiny": 2 / 3, "štvrtina": 1 / 4, "štvrtinu": 1 / 4, "tri štvrtiny": 3 / 4,
           "troch štvrtín": 3 / 4},
    "ro": {"jumătate": 1 / 2, "jumătatea": 1 / 2, "o treime": 1 / 3, "două treimi": 2 / 3,
           "un sfert": 1 / 4},
}


@functools.cache
def _fraction_pattern(lang: str) -> re.Pattern[str] | None:
    table = _FRACTIONS.get(lang)
    if not table:
        return None
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(table, key=len,
                                                                          reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def fractions(text: str, lang: str) -> list[tuple[int, int, float]]:
    """Fractions written in ``lang``'s words: (start, end, value) ("un tercio": 1/3)."""
    pattern = _fraction_pattern(lang)
    if pattern is None:
        return []
    table = _FRACTIONS[lang]
    return [(m.start(), m.end(), table[" ".join(m.group().lower().split())])
            for m in pattern.finditer(text)]

