"""Forms of number words that num2words does not write as one word.

- 21-99 written as one word ("veintidós", "ventotto", "dreiundzwanzig"), with the
  apocopated and feminine forms of a compound ending in one ("veintiún", "ventun");
- the forms of one that close a compound after a joining word ("treinta y un",
  "vinte e uma", "vingt et un");
- ordinals of two words as one phrase ("décimo cuarto") and, in Spanish, as one word
  ("decimocuarta", "vigesimoprimer");
- the article forms that are also the number one ("einer Stunde", "um C-295M");
- Finnish number words 1-10 in their cases ("neljänä päivänä", "viidessä kunnassa").
"""

from __future__ import annotations

import functools
import unicodedata

_N2W_ERRORS = (NotImplementedError, OverflowError, KeyError, IndexError, TypeError,
               AttributeError, ValueError)


def spelled(n: int, lang: str, to: str = "cardinal") -> list[str]:
    """num2words' words for ``n`` in ``lang`` (hyphens split), lower case; [] if it has none."""
    from num2words import num2words

    try:
        return num2words(n, lang=lang, to=to).lower().replace("-", " ").split()
    except _N2W_ERRORS:
        return []


# the endings a one-word compound of one takes before a noun or in the feminine:
# "veintiuno" -> "veintiún", "veintiuna"; "ventuno" -> "ventun", "ventuna"
_ONE_ENDINGS = {"es": ("uno", ("ún", "un", "una")), "it": ("uno", ("un", "una"))}


def tens_words(lang: str) -> dict[str, int]:
    """21-99 where num2words writes them as one word, with their forms ending in one."""
    out: dict[str, int] = {}
    ending, forms = _ONE_ENDINGS.get(lang, ("\0", ()))
    for n in range(21, 100):
        if n % 10 == 0:
            continue
        written = spelled(n, lang)
        if len(written) != 1:
            continue
        out[written[0]] = n
        if written[0].endswith(ending):
            for form in forms:
                out.setdefault(written[0][:-len(ending)] + form, n)
    return out


# tens of Belgian and Swiss French, which num2words (France's) does not write
BELGIAN_TENS = {"septante": 70, "huitante": 80, "octante": 80, "nonante": 90}


# the forms of one after a joining word, beside num2words' own ("treinta y uno"): the
# apocopated and feminine ones
_FINAL_ONES = {"es": ("un", "una"), "pt": ("uma",), "fr": ("une",), "ro": ("una",),
               "ca": ("una",)}


@functools.cache
def final_ones(lang: str, code: str) -> frozenset[str]:
    """Forms of one that close a compound after a joining word ("treinta y un", "vinte e
    uma", "vingt et un", "douăzeci și unu"); ``code`` is num2words' name of ``lang``."""
    written = spelled(31, code)
    last = {written[-1]} if len(written) >= 3 else set()
    return frozenset(last | set(_FINAL_ONES.get(lang, ()) if last else ()))


def _plain(word: str) -> str:
    """``word`` without its accents ("décimo" -> "decimo")."""
    return "".join(c for c in unicodedata.normalize("NFD", word)
                   if unicodedata.category(c) != "Mn")


# languages whose ordinals of several words are read as one ("décimo cuarto"); elsewhere
# num2words' spaced forms are other words too (Vietnamese "thứ ba" is Tuesday)
_PHRASED = frozenset({"es", "pt", "it", "fr", "ca", "ro"})


def ordinal_phrases(lang: str, n: int) -> dict[str, int]:
    """The ordinal ``n`` in two or more words ("décimo cuarto", "vingt et unième"), as
    tokens joined by one space, with the gender endings of Spanish, Portuguese and
    Italian (the first word agrees too: "décima cuarta"), and Spanish's one-word form
    ("decimocuarta", "vigesimoprimer")."""
    words = spelled(n, lang, "ordinal")
    if lang not in _PHRASED or len(words) < 2 or not all(w.isalpha() for w in words):
        return {}
    out = {" ".join(words): n}
    first, last = words[0], words[-1]
    if len(words) == 2 and first[-1] == last[-1] == "o":
        for e in ("o", "a", "os", "as"):
            out[f"{first[:-1]}{e} {last[:-1]}{e}"] = n
            if lang == "es":
                out[_plain(first) + last[:-1] + e] = n  # "decimocuarta"
        if lang == "es" and last.endswith("ero"):  # "vigésimo primer", "decimotercer"
            out[f"{first} {last[:-1]}"] = n
            out[_plain(first) + last[:-1]] = n
    return out


#: articles that are also the number one, by language: the number only where it counts
#: a noun a fact asks for (grounding reads them, never drafting)
ARTICLE_ONES = {
    "de": frozenset({"ein", "eine", "einer", "einem", "einen", "eines"}),
    "es": frozenset({"un", "una", "uno"}),
    "it": frozenset({"un", "una", "uno"}),
    "fr": frozenset({"un", "une"}),
    "pt": frozenset({"um", "uma"}),
    "ca": frozenset({"un", "una"}),
    "vi": frozenset({"một"}),
    "ro": frozenset({"un", "o", "unui", "unei"}),
    "nl": frozenset({"een"}),
    "sv": frozenset({"en", "ett"}),
    "da": frozenset({"en", "et"}),
    "nb": frozenset({"en", "ei", "et"}),
    "tr": frozenset({"bir"}),
}


#: "both" (2), as English "both" is read: grounding only, never drafted
BOTH = {
    "de": frozenset({"beide", "beiden", "beider", "beidem", "beides"}),
    "nl": frozenset({"beide", "beiden"}),
    "es": frozenset({"ambos", "ambas"}), "pt": frozenset({"ambos", "ambas"}),
    "it": frozenset({"entrambi", "entrambe", "ambedue", "ambo"}),
    "sv": frozenset({"båda", "bägge"}), "da": frozenset({"begge"}),
    "nb": frozenset({"begge", "båe"}), "no": frozenset({"begge"}),
    "pl": frozenset({"obaj", "obie", "obydwaj", "obydwie"}),
    "ro": frozenset({"ambii", "ambele"}),
}
# words that count without being number words: Russian and Ukrainian collective numerals
# ("двое мужчин": two men), a noun that means two ("ein Ehepaar": a married couple)
COUNTING_WORDS = {
    "ru": {"двое": 2, "двоих": 2, "трое": 3, "троих": 3, "четверо": 4, "четверых": 4,
           "пятеро": 5, "пятерых": 5, "шестеро": 6, "шестерых": 6, "семеро": 7, "семерых": 7},
    "uk": {"двоє": 2, "троє": 3, "четверо": 4, "п'ятеро": 5,
           "п’ятеро": 5, "шестеро": 6, "семеро": 7},
    "de": {"ehepaar": 2, "ehepaars": 2, "ehepaares": 2, "zwillinge": 2, "zwillingen": 2},
    "nl": {"echtpaar": 2},
}
# first and second where they are no other word: read anywhere ("voor de tweede keer",
# "zum zweiten Mal", "ikinci sırada"; Russian and Ukrainian: languages._SLAVIC_FIRST)
FIRST_SECOND = {
    "de": {**{f"erst{e}": 1 for e in ("e", "en", "er", "es", "em")},
           **{f"zweit{e}": 2 for e in ("e", "en", "er", "es", "em")}},
    "nl": {"eerste": 1, "tweede": 2},
    "tr": {"birinci": 1, "ikinci": 2, "birincisi": 1, "ikincisi": 2},
}
# Arabic first and second after a noun of rank or of times ("في المرتبة الثانية",
# "للمرة الثانية"): alone "الثانية" is also the second hour
AR_RANK_NOUNS = frozenset({"المرتبة", "بالمرتبة", "المركز", "بالمركز", "المرة", "للمرة",
                           "المرتبه"})
AR_FIRST_SECOND = {"الأول": 1, "الأولى": 1, "الاول": 1, "الاولى": 1, "الثاني": 2,
                   "الثانية": 2, "الثانيه": 2}


# Finnish number words by their stems: (weak stem, strong stem, partitive, harmony)
_FI_STEMS = {
    1: ("yhde", "yhte", "yhtä", "ä"), 2: ("kahde", "kahte", "kahta", "a"),
    3: ("kolme", "kolme", "kolmea", "a"), 4: ("neljä", "neljä", "neljää", "ä"),
    5: ("viide", "viite", "viittä", "ä"), 6: ("kuude", "kuute", "kuutta", "a"),
    7: ("seitsemä", "seitsemä", "seitsemää", "ä"), 8: ("kahdeksa", "kahdeksa", "kahdeksaa", "a"),
    9: ("yhdeksä", "yhdeksä", "yhdeksää", "ä"), 10: ("kymmene", "kymmene", "kymmentä", "ä"),
}


def finnish_cases() -> dict[str, int]:
    """Finnish 1-10 in the genitive, partitive, essive, translative and the local cases
    ("kolmen", "neljää", "neljänä", "viidessä", "kahteen"). The forms of one that are
    also other words are left out: "yhdessä" (together), "yhteen", "yhtä" (equally)."""
    out: dict[str, int] = {}
    for n, (weak, strong, partitive, a) in _FI_STEMS.items():
        out[partitive] = n
        out[weak + "n"] = n  # genitive: "kolmen", "kahden"
        for ending in ("ss", "st", "ll", "lt"):
            out[weak + ending + a] = n  # "viidessä", "kahdesta", "kolmella", "neljältä"
        out[weak + "lle"] = n
        out[weak + "ksi"] = n
        out[strong + "n" + a] = n  # essive: "neljänä", "kahtena"
        # illative: "kahteen", "kolmeen", "neljään", "kymmeneen"
        out[strong + ("en" if strong[-1] == "e" else strong[-1] + "n")] = n
    return {w: n for w, n in out.items() if w not in ("yhdessä", "yhteen", "yhtä")}


def multipliers(lang: str, values: dict[str, int]) -> tuple[dict[str, int], frozenset[str]]:
    """Words that multiply the unit before them, and words that add ten to it, read off
    num2words where it writes a number as a unit word and another: Indonesian "dua
    puluh" (2 x 10), "tiga ratus" (3 x 100), "tiga belas" (3 + 10), Vietnamese "hai
    mươi", French "trois cents", Romanian "trei sute". A word worth a hundred alone
    ("cent", "sto", "yüz") multiplies a unit before it too ("tři sta", "üç yüz")."""
    unit = {spelled(d, lang)[0]: d for d in range(2, 10) if len(spelled(d, lang)) == 1}
    times: dict[str, int] = {w: 100 for w, n in values.items() if n == 100}
    teens: set[str] = set()
    for n in [*range(12, 20), *range(20, 100, 10), *range(200, 1000, 100)]:
        written = spelled(n, lang)
        if len(written) != 2 or unit.get(written[0]) is None or written[1] in values:
            continue
        d = unit[written[0]]
        if n == 10 + d:
            teens.add(written[1])
        elif n in (d * 10, d * 100):
            times.setdefault(written[1], n // d)
    return times, frozenset(teens)
