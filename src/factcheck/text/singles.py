"""Grounding only: the words that stand for one number without being a figure: the word
for one ("eins", "jeden"), an article that counts one of its noun ("einer Stunde", "um
C-295M", "28 no local e uma"), and ordinals of one word or several ("decimocuarta",
"vingt-deuxième")."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from factcheck.text.languages import (
    WORD,
    Found,
    lower,
    ordinal_phrase,
    scale_of,
    word_value,
    words,
)
from factcheck.text.locales import one_forms, ordinal_words
from factcheck.text.numberforms import (
    AR_FIRST_SECOND,
    AR_RANK_NOUNS,
    ARTICLE_ONES,
    BOTH,
    COUNTING_WORDS,
    FIRST_SECOND,
)

# "one of" where the word for one is also the article: "uno di magnitudo", "una de ellas"
_ONE_OF = {
    "it": re.compile(r"(?:uno|una)\s+(?:di|dei|degli|delle|d')(?!\w)", re.I),
    "es": re.compile(r"(?:uno|una)\s+de(?:\s+(?:los|las|ellos|ellas))?(?!\w)", re.I),
    "pt": re.compile(r"(?:um|uma)\s+(?:dos|das|deles|delas)(?!\w)", re.I),
    "fr": re.compile(r"(?:un|une)\s+(?:des|d'entre)(?!\w)", re.I),
}


def ones_and_ordinals(text: str, lang: str, free: Callable[[int, int], bool]) -> list[Found]:
    """The word for one, an article that counts one (:func:`article_one`) and ordinals,
    of one word or several ("décimo cuarto", "vingt-deuxième")."""
    ones, ordinals = one_forms(lang), ordinal_words(lang)
    one_of, articles = _ONE_OF.get(lang), ARTICLE_ONES.get(lang, frozenset())
    both = BOTH.get(lang, frozenset())
    counting, first_second = COUNTING_WORDS.get(lang, {}), FIRST_SECOND.get(lang, {})
    tokens = list(WORD.finditer(text))
    out: list[Found] = []
    read_to = 0  # the end of the last phrase read: its later words are taken
    for i, m in enumerate(tokens):
        if m.start() < read_to:
            continue
        w = lower(m.group())
        phrase = ordinal_phrase(text, tokens, i, lang)
        if phrase is not None:
            end, n = phrase
            if free(m.start(), end):
                out.append(Found(m.start(), end, "number", value=float(n)))
                read_to = end
            continue
        if w in both and free(m.start(), m.end()):  # "die beiden Titel": 2
            out.append(Found(m.start(), m.end(), "implicit", value=2.0))
            continue
        if w in counting and free(m.start(), m.end()):  # "двое мужчин", "ein Ehepaar"
            out.append(Found(m.start(), m.end(), "implicit", value=float(counting[w])))
            continue
        fused = _fused(text, m, w, lang, free)  # "třiadvacetiletá", "23letá"
        if fused is not None:
            out.append(fused)
            continue
        n = 1 if w in ones or (one_of is not None and one_of.match(text, m.start())) \
            else ordinals.get(w) or first_second.get(w) or first_or_second(
                text, tokens, i, lang) or _arabic_rank(tokens, i, w, lang)
        if n is not None and free(m.start(), m.end()):  # "das achte Jahr in Folge"
            out.append(Found(m.start(), m.end(), "number", value=float(n)))
        elif w in articles and free(m.start(), m.end()):
            found = article_one(text, tokens, i, lang)
            if found is not None:
                out.append(found)
        elif lang in _ELIDED_ONE and w[:3] in _ELIDED_ONE[lang] and free(m.start(), m.end()):
            noun = m.group()[3:]  # "un'ora": the article glued to its noun
            if noun and lower(noun) not in _NOT_COUNTED:
                out.append(Found(m.start(), m.start() + 2, "implicit", value=1.0,
                                 unit=words(lang).normal(noun)))
    return out


_DIGITS_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}-?$")


def _fused(text: str, m: re.Match[str], w: str, lang: str,
           free: Callable[[int, int], bool]) -> Found | None:
    """A number fused into an adjective, in words or in digits glued on ("23letá")."""
    if lang not in _COMPOUND_END:
        return None
    digits = _DIGITS_BEFORE.search(text, max(0, m.start() - 4), m.start())
    if digits is not None:
        if lang == "de" or _COMPOUND_END[lang].match(w) is None:
            return None  # "24-jährige" is read as a figure
        start, n = digits.start(), int(digits.group().rstrip("-"))
    else:
        start, n = m.start(), compound_number(w, lang)  # type: ignore[assignment]
    if n is None or not free(start, m.end()):
        return None
    return Found(start, m.end(), "number", value=float(n))


def _arabic_rank(tokens: list, i: int, w: str, lang: str) -> int | None:
    """1 or 2 for Arabic "الأولى", "الثانية" after a noun of rank or of times."""
    if lang != "ar" or w not in AR_FIRST_SECOND or i == 0:
        return None
    return AR_FIRST_SECOND[w] if lower(tokens[i - 1].group()) in AR_RANK_NOUNS else None


# Numbers fused into an adjective with the noun they count: Czech "třiadvacetiletá žena"
# (a 23-year-old woman), "pětičlenné osádky" (a crew of five), "23letá"; German
# "vierundzwanzigjährige", "der fünfteiligen Skala" (a scale of five levels)
_COMPOUND_END = {
    "cs": re.compile(r"let|člen|měsíč|denn|hodinov|minutov|dílň|podlažn|patrov"),
    "sk": re.compile(r"roč|člen|mesač|denn|hodinov|minútov|podlažn|poschodov"),
    "de": re.compile(r"jährig|teilig|köpfig|stöckig|tägig|wöchig|monatig|stündig|"
                     r"minütig|sitzig|spurig|gliedrig|bändig|stufig|zimmrig"),
}  # the first match in a word (a token of letters) starts its ending
_CS_UNITS = ("jedno", "dvou", "tří", "čtyř", "pěti", "šesti", "sedmi", "osmi", "devíti")
_CS_TEENS = ("deseti", "jedenácti", "dvanácti", "třinácti", "čtrnácti", "patnácti",
             "šestnácti", "sedmnácti", "osmnácti", "devatenácti")
_CS_TENS = ("dvaceti", "třiceti", "čtyřiceti", "padesáti", "šedesáti", "sedmdesáti",
            "osmdesáti", "devadesáti")
_CS_INVERTED = ("jedna", "dva", "tři", "čtyři", "pět", "šest", "sedm", "osm", "devět")


@functools.cache
def _czech_stems() -> dict[str, int]:
    """Czech number stems as compounds join them: "pěti" 5, "třiadvaceti" 23, "dvacetitří"
    23 (the genitive, and the inverted "three-and-twenty")."""
    stems = {w: n for n, w in enumerate(_CS_UNITS, 1)} | {
        w: n for n, w in enumerate(_CS_TEENS, 10)} | {"sto": 100}
    for k, tens in enumerate(_CS_TENS, 2):
        stems[tens] = 10 * k
        for u, (unit, inv) in enumerate(zip(_CS_UNITS, _CS_INVERTED, strict=True), 1):
            stems[f"{inv}a{tens}"] = 10 * k + u  # "třiadvaceti"
            stems[f"{tens}{unit}"] = 10 * k + u  # "dvacetitří"
    return stems


def compound_number(word: str, lang: str) -> int | None:
    """The number fused at the start of an adjective (:data:`_COMPOUND_END`), or None."""
    end = _COMPOUND_END.get(lang)
    m = end.search(word) if end is not None else None
    if m is None or m.start() == 0:
        return None
    head = word[:m.start()]
    if lang == "de":
        return 1 if head == "ein" else word_value(words(lang), head)
    return _czech_stems().get(head)


# an article of one elided before a vowel and glued to its noun: Italian "un'ora"
_ELIDED_ONE = {"it": ("un'", "un\u2019", "un\u02bc")}


# words an article stands before without counting one: "un poco", "un par de"; Vietnamese
# "một số" (some), "một vài" (a few), "một cách" (an adverb), "một nửa" (a half)
_NOT_COUNTED = frozenset({"poco", "pouco", "peu", "paar", "bisschen", "wenig", "par", "paio",
                          "total", "totale", "tal", "certo", "certain", "certa", "cierto",
                          "cierta", "số", "vài", "chút", "cách", "nửa", "loạt",
                          "aantal", "beetje", "soort", "să", "serie", "număr", "fel",
                          "del", "rad", "antal", "mängd", "række", "mengde", "rekke", "slags",
                          "sort", "bunch"})
# languages whose article is read as one only before these nouns (and their case forms):
# Turkish "bir" is before almost every noun, but counts a victim ("bir kadın öldü")
_COUNTED_ONLY = {"tr": ("kişi", "kadın", "erkek", "adam", "çocuk", "bebek", "yolcu", "asker",
                        "polis", "işçi", "öğrenci", "sürücü", "vatandaş", "hasta", "turist",
                        "genç", "yaralı", "ölü")}
# a conjunction right before the article: "28 no local e uma já no hospital"
_AND_BEFORE = re.compile(r"\s(?:e|y|et|und|i|ou|o|oder|và)\s+$", re.IGNORECASE)


def article_one(text: str, tokens: list, i: int, lang: str) -> Found | None:
    """Grounding only: an article that is also the number one (``ARTICLE_ONES``) read as
    1 where it counts: before a noun, which it counts ("innerhalb einer Stunde", "un
    diputado"); before a name or model ("um C-295M": the noun is the sentence's); or
    alone after a coordinated count ("28 no local e uma já no hospital"). Never before
    a figure ("un 3 %") or another number word ("una veintena")."""
    tok = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    gap = text[tok.end():nxt.start()] if nxt is not None else text[tok.end():]
    if nxt is not None and gap.strip(" \u00a0") == "":
        word = nxt.group()
        w = words(lang)
        if lower(word) in _NOT_COUNTED or word_value(w, word) is not None or scale_of(
                word, lang) is not None:
            return None
        if lang in _COUNTED_ONLY and not lower(word).startswith(_COUNTED_ONLY[lang]):
            return None  # Turkish "bir süre", "bir açıklama": an article only
        unit = None if word[0].isupper() and lang != "de" else w.normal(word)
        return Found(tok.start(), tok.end(), "implicit", value=1.0, unit=unit)
    if gap[:1].isdigit() or gap.lstrip()[:1].isdigit():
        return None  # "un 3,4 %": the figure is the number
    before = text[max(0, tok.start() - 80):tok.start()]
    if _AND_BEFORE.search(before) is None:
        return None
    clause = re.split(r"[.;:!?\n]", before)[-1]
    return Found(tok.start(), tok.end(), "implicit", value=1.0) if _has_count(
        clause, lang) else None


def _has_count(clause: str, lang: str) -> bool:
    """Whether ``clause`` holds a figure or a number word of ``lang``."""
    w = words(lang)
    return any(c.isdigit() for c in clause) or any(
        word_value(w, m.group()) is not None for m in WORD.finditer(clause))


# "first" and "second" of languages where they are also other words ("segundos" are
# seconds, "secondo" is "according to", "premier ministre" a title): read only after an
# article or a preposition with one and before a word ("el segundo mayor productor", "au
# premier étage", "o segundo tempo")
_FIRST_SECOND = {
    "es": {"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2},
    "ca": {"primer": 1, "primera": 1, "segon": 2, "segona": 2},
    "pt": {"primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2},
    "it": {"primo": 1, "prima": 1, "secondo": 2, "seconda": 2},
    "fr": {"premier": 1, "première": 1, "premiere": 1, "second": 2, "seconde": 2,
           "deuxième": 2, "deuxieme": 2},
}
_ARTICLE_BEFORE = {
    "es": r"el|la|los|las|al|del|su|este|esta|cada",
    "ca": r"el|la|els|les|al|del|seu|seva|aquest|aquesta",
    "pt": r"o|a|os|as|ao|à|do|da|no|na|pelo|pela|seu|sua|este|esta",
    "it": r"il|lo|la|l'|l\u2019|i|gli|le|al|allo|alla|del|dello|della|nel|nello|nella|sul|"
          r"sullo|sulla|dal|dalla|suo|sua|questo|questa",
    "fr": r"le|la|l'|l\u2019|les|au|aux|du|des|son|sa|ce|cette",
}
# nouns after which first is a title, not a count: "premier ministre", "primera dama"
_TITLES = frozenset({"ministre", "ministro", "ministra", "dama", "dame", "damo", "minister"})


def first_or_second(text: str, tokens: list, i: int, lang: str) -> int | None:
    """1 or 2 for "primero", "segundo", "premier" ... after an article and before a word
    (:data:`_FIRST_SECOND`), else None."""
    table = _FIRST_SECOND.get(lang)
    tok = tokens[i]
    n = table.get(lower(tok.group())) if table else None
    if n is None or i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    if text[tok.end():nxt.start()].strip(" \u00a0-") or lower(nxt.group()) in _TITLES:
        return None
    before = _article_before(lang).search(text, max(0, tok.start() - 8), tok.start())
    return n if before is not None else None


@functools.cache
def _article_before(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{_ARTICLE_BEFORE[lang]})\s*$", re.IGNORECASE)
