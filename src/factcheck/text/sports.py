"""Match notation: minutes, places, scores and cricket figures as match reports write them.

- a number glued to an ordinal ending, as French, Spanish, Portuguese, Italian, Catalan,
  Dutch, Swedish, Ukrainian and Russian write minutes and league places: "(0-1, 7e)",
  "à la 76e", "Metz (16e)", "1er", "3ème", "3º", "2ª", "76e minuut", "3:e", "54-й",
  "3-го"; the ordinal's number ("76e" is 76), the noun after it its unit. English "76th"
  is read by the ordinals of :mod:`factcheck.text.numbers`, German "76." as digits;
- stoppage time: "90+3", "90e+3", "45'+2", "90+3rd minute" is minute 93;
- a running score before the minute of the goal, in either order, and that minute:
  "(0-2, 12e)", "(2-1, 73')", "(2-2, 90e+3)"; a score written with a colon where a word
  or a fixture names it:
  "із рахунком 3:1", "со счётом 2:0", "mit 3:1", "gewann gegen Mainz 3:1", "Bayern -
  Dortmund 2:1", "3:1-Sieg", or between the teams' names where it cannot be a time of day:
  "Bayern 3:1 Dortmund", "Alba 89:78 Bayern";
- a game clock (English): minutes and seconds left in a period, "from 6:32 of the fourth
  quarter until 1:31 remaining", "the 2:05 mark of the third": 392 and 91 seconds, not
  times of day (:func:`game_clocks`, read before times of day);
- Malay and Indonesian ordinals: "ke-22" (22nd) and the ordinal words "ketiga" (third),
  "kesepuluh"; "kedua" (second, also "both" before a noun) after "minit"/"menit" (minute),
  which makes the ordinal a minute ("minit ketiga", "menit ke-22"), or after another noun
  ("pusingan kedua", "kekalahan kedua", "babak kedua");
- cricket: bowling figures "4-4-0-3" (overs, maidens, runs, wickets), "figures of 3 for
  0" (wickets for runs), a score "16 for 2" (runs for wickets), "27 for the third
  wicket", "a target of 79", "Amini's 17": runs and wickets the text does not name,
  read only where the text speaks of cricket.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

__all__ = ["Reading", "game_clocks", "scan_sports"]


@dataclass(frozen=True)
class Reading:
    """A number read from match notation: ``value`` written at ``start:end``."""

    start: int
    end: int
    value: float
    unit: str | None = None
    kind: str = "number"


# ordinal endings glued to digits, by language ("16e", "1er", "3ème"; "3º", "2ª" anywhere)
_ENDINGS = {
    "fr": r"e|è|ème|eme|er|re|ère|nd|nde",
    "es": r"er|ro|ra|do|da|to|ta|vo|va|no|na|mo|ma",
    "ca": r"r|n|t|è|a",
    "nl": r"e|ste|de",
    "sv": r":e|:a",
    "uk": r"-(?:й|я|го|му|м|ї|е|ий|ій|ого|ому|ої|ою|ю)",
    "ru": r"-(?:й|я|го|му|м|е|ый|ий|ой|ого|ому|ом|ая|ую|ое)",
}
_SIGNS = r"\.?[ºª]"
_MINUTE_END = r"(?:e|è|ème|eme|['’′]|\.|st|nd|rd|th|\s?min\b\.?)"
_STOPPAGE = re.compile(
    rf"(?=[149])(?<![\d.,])(?P<base>45|90|105|120){_MINUTE_END}?\s?\+\s?(?P<add>\d{{1,2}})"
    r"(?:e|è|ème|['’′]|st|nd|rd|th)?(?![\d\w])")
# a running score before the goal's minute: "(0-2, 12e)", "(2-1, 73')", "(1:0, 6.)"
_RUNNING = re.compile(rf"(?<=\()(?P<a>\d{{1,2}})\s?[-\u2013:]\s?(?P<b>\d{{1,2}})\s*[,;]\s*"
                      rf"(?P<min>\d{{1,3}}){_MINUTE_END}(?:\s?\+\s?(?P<add>\d{{1,2}})"
                      rf"(?:{_MINUTE_END})?)?(?=\s*\))")
_COLON = re.compile(r"(?=\d)(?<![\d.,:])(?P<a>\d{1,2}):(?P<b>\d{1,2})(?![\d.,:]\d|\d)")
# words that name what follows a score ("із рахунком 3:1", "со счётом", "mit", "Endstand")
_SCORE_BEFORE = re.compile(
    r"(?<!\w)(?:рахунком|рахунку|рахунок|счётом|счетом|счёте|счете|счёт|счет|wynikiem|wynik|"
    r"výsledkem|výsledek|rezultatom|rezultat|Endstand|Endergebnis|Ergebnis|Halbzeitstand|"
    r"Pausenstand|mit|score|résultat|risultato|resultado|marcador|eredmény|skóre|skor)"
    r"\s*(?:von\s+|de\s+)?$", re.IGNORECASE)
# a verb of winning, losing or drawing a few words before the score ("gewann gegen Mainz 3:1")
_SCORE_VERB = re.compile(
    r"(?<!\w)(?:gewann|gewinnt|verlor|verliert|siegte|siegt|besiegte|schlug|unterlag|endete|"
    r"trennten\s+sich|wygra\w*|przegra\w*|zremisowa\w*|переміг\w*|перемогл\w*|програв\w*|"
    r"програл\w*|зіграл\w*|победил\w*|проиграл\w*|выиграл\w*|сыграл\w*|vyhrál\w*|prohrál\w*|"
    r"remizoval\w*|закінчи\w*|завершил\w*|завершив\w*|закончил\w*|skończy\w*|zakończy\w*|"
    r"skončil\w*|won|beat|lost|drew|defeated|thrashed|hammered|routed|edged|"
    r"dimalukan|tewas|kalah|menang|mengalahkan|ditewaskan|dikalahkan|tumpas|menewaskan|"
    r"ganó|perdió|venció|empató|goleó|gagne|gagné|perd|perdu|battu|vinto|perso|battuto|"
    r"pareggiato|venceu|perdeu|empatou|goleou|won\s+against|lost\s+to|"
    r"обыграл\w*|разгромил\w*|уступил\w*|обіграл\w*|обіграв|розгромив|поступил\w*)"
    r"(?:\s+[^\s\d]+){0,3}\s+$", re.IGNORECASE)


def score_verb_before(text: str, start: int) -> bool:
    """Whether a verb of winning, losing or drawing comes a few words before ``start``
    ("dimalukan Palestin 0-6", "lost to Spain 0-3 in"): the pair there is a result."""
    return _SCORE_VERB.search(text, max(0, start - 60), start) is not None
_SCORE_AFTER = re.compile(r"[\s-]?(?:Sieg|Niederlage|Erfolg|Heimsieg|Auswärtssieg|"
                          r"Auswärtserfolg|перемог|поразк|побед|поражени|нічи|ничь|"
                          r"zwycięstw|porażk|výhr|prohr)", re.IGNORECASE)
# two teams named before a result: "Шахтар – Динамо 3:1", "Bayern - Dortmund 2:1"
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЇЄҐ"
# (names may stand in quotes, and a dash may stand before the result: "“Шахтар” – “Динамо”
# – 3:1", "Chelsea – Arsenal – 3:1")
_Q = "[\"\u201c\u201d\u201e\u00ab\u00bb]?"
_FIXTURE = re.compile(rf"{_Q}[{_UPPER}][^\W\d_]*(?:\s[{_UPPER}][^\W\d_]*)?{_Q}\s*[-\u2013\u2014]\s*"
                      rf"{_Q}[{_UPPER}][^\W\d_]*(?:\s[{_UPPER}][^\W\d_]*)?{_Q}"
                      rf"(?:,?\s+|\s*[-\u2013\u2014]\s*)$")

# a game clock: M:SS left in a period or of a named period ("1:31 remaining", "6:32 of the
# fourth quarter", "the 2:05 mark of the third", "with 20.2 seconds left" is read as seconds)
_PERIOD = r"(?:quarter|half|period|frame|overtime|OT)"
_GAME_CLOCK = re.compile(
    r"(?=\d)(?<![\d:.,])(?P<m>[0-5]?\d):(?P<s>[0-5]\d)(?P<f>\.\d)?(?=\s+(?:remaining|left|to\s+go|"
    r"to\s+play|mark\b|(?:of|in|into)\s+(?:the\s+)?(?:(?:first|second|third|fourth|fifth|final|"
    r"1st|2nd|3rd|4th|5th|opening)\s+" + _PERIOD + r"|overtime\b|OT\b)))", re.IGNORECASE)
# Malay and Indonesian ordinals: "ke-22", "ketiga", "minit kedua"
_MS_ORDINALS = {"kesatu": 1, "kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "keenam": 6,
                "ketujuh": 7, "kelapan": 8, "kedelapan": 8, "kesembilan": 9, "kesepuluh": 10,
                "kesebelas": 11}
_MS_ORDINAL = re.compile(r"(?<![\w-])(?:(?P<min>minit|menit)\s+)?(?:ke-(?P<n>\d{1,3})(?![\w-])|"
                         r"(?P<w>" + "|".join(_MS_ORDINALS) + r")(?![\w-]))", re.IGNORECASE)


# race times, minutes and seconds with hundredths: "1:06.18" (English), "1.06,18" (Dutch,
# German: never a grouped number, whose groups have three digits), "1'06"18" (Italian)
_RACE_TIME = re.compile(
    r"(?=\d)(?<![\d:.,])(?P<m>\d{1,2})(?:(?P<colon>:)(?P<s>[0-5]\d)\.(?P<f>\d{1,3})"
    r"|\.(?P<s2>[0-5]\d),(?P<f2>\d{1,3})"
    r"|['\u2019\u2032](?P<s3>[0-5]\d)[\"\u201d\u2033](?P<f3>\d{1,3}))(?![\d.,:]?\d)")


# hours, minutes and seconds of a race where the text times a race: "won in 2:07:38",
# "clocked 2:21:34", "(2:09:10)"; "at 14:05:37" stays a time of day
_HOURS_TIME = re.compile(r"(?=\d)(?<![\d:.,])(?P<h>\d):(?P<m>[0-5]\d):(?P<s>[0-5]\d)"
                         r"(?:\.(?P<f>\d{1,3}))?(?![\d:])")
_RACE_BEFORE = re.compile(r"(?:\b(?:in|time|times|timed|clocked|clocking|finished|finishing|"
                          r"won|winning|record|ran|runs?|best|PB|behind|ahead|marathon|"
                          r"victory|crossed|stopped\s+the\s+clock)\b[^.:;]{0,25}|\(\s*)$",
                          re.IGNORECASE)


_TIMES_JOIN = re.compile(r"\s*(?:,|and|or|to|-|\u2013)\s*")


def race_times(text: str, free: Callable[[int, int], bool]) -> list[Reading]:
    """Race times of ``text`` in seconds ("1:06.18", "1.06,18", "1'06\"18" are 66.18;
    "won in 2:07:38" is 7658), where ``free``."""
    out = []
    if not any(c in text for c in ":,'\u2019\u2032"):
        return out
    for m in _HOURS_TIME.finditer(text) if ":" in text else ():
        after_another = bool(out) and _TIMES_JOIN.fullmatch(text, out[-1].end, m.start())
        if free(m.start(), m.end()) and (after_another or _RACE_BEFORE.search(
                text, max(0, m.start() - 40), m.start())):
            value = int(m["h"]) * 3600 + int(m["m"]) * 60 + int(m["s"]) + (
                int(m["f"]) / 10 ** len(m["f"]) if m["f"] else 0)
            out.append(Reading(m.start(), m.end(), float(round(value, 3)), "second"))
    hours = [(r.start, r.end) for r in out]
    for m in _RACE_TIME.finditer(text):
        if free(m.start(), m.end()) and not any(a < m.end() and m.start() < b
                                                for a, b in hours):
            sec, frac = m["s"] or m["s2"] or m["s3"], m["f"] or m["f2"] or m["f3"]
            value = int(m["m"]) * 60 + int(sec) + int(frac) / 10 ** len(frac)
            out.append(Reading(m.start(), m.end(), round(value, 3), "second"))
    return out


def game_clocks(text: str, free: Callable[[int, int], bool]) -> list[Reading]:
    """Game clocks of English ``text`` in seconds ("1:31 remaining" is 91), where ``free``."""
    out = []
    for m in _GAME_CLOCK.finditer(text) if ":" in text else ():
        if free(m.start(), m.end()):
            seconds = int(m["m"]) * 60 + int(m["s"]) + float(m["f"] or 0)
            out.append(Reading(m.start(), m.end(), seconds, "second"))
    return out


# the word before "kedua" that makes it "both" ("dan kedua negara", "oleh kedua pasukan"):
# function words, and verbs by their prefixes ("menewaskan kedua", "dikalahkan kedua")
_MS_BOTH_WORDS = (
    "dan atau serta tetapi namun di ke dari daripada pada kepada untuk bagi oleh dengan "
    "dalam antara bahawa bahwa itu ini yang juga telah sudah akan sedang masih turut para "
    "semua kini lagi mereka kami kita ia dia beliau apabila ketika selepas setelah sebelum "
    "sejak hingga sehingga tentang mengenai terhadap melalui tanpa seperti adalah ialah "
    "iaitu yaitu merupakan menjadi jadi kata katanya bila kalau jika manakala sementara")
_MS_BOTH_BEFORE = frozenset(_MS_BOTH_WORDS.split())
_MS_VERB = re.compile(r"(?:me|ber|be|di|ter|memper|diper)[a-z]{3,}$")
_MS_WORD_BEFORE = re.compile(r"(?<![\w-])(?P<w>[a-z]+)\s+$")


def _after_noun(text: str, start: int) -> bool:
    """Whether "kedua" at ``start`` follows a noun and so is the ordinal ("pusingan kedua",
    "kekalahan kedua", "babak kedua"), not "both" before one."""
    m = _MS_WORD_BEFORE.search(text, max(0, start - 24), start)
    if m is None:
        return False
    word = m["w"]
    noun_an = word.endswith("an") and not word.endswith("kan")  # "pertemuan", "kekalahan"
    return word not in _MS_BOTH_BEFORE and (noun_an or not _MS_VERB.match(word))


def _malay(text: str, ok: Callable[[int, int], bool], add: Callable[..., None]) -> None:
    """Malay and Indonesian ordinals ("minit ke-22", "minit ketiga")."""
    for m in _MS_ORDINAL.finditer(text):
        word = (m["w"] or "").lower()
        if word == "kedua" and not m["min"] and not _after_noun(text, m.start("w")):
            continue  # "kedua-dua pasukan", "kedua negara": both
        s = m.start("n") - 3 if m["n"] else m.start("w")
        if ok(s, m.end()):
            value = int(m["n"]) if m["n"] else _MS_ORDINALS[word]
            add(Reading(s, m.end(), float(value), "minute" if m["min"] else None))


# -- cricket ---------------------------------------------------------------------------------
_CRICKET = re.compile(r"\b(?:wickets?|overs|bowl(?:ed|er|ers|ing|s)?|powerplay|cricket|"
                      r"T20I?s?|ODIs?|maidens?|stumps|innings|run\s+chase|"
                      r"chas(?:e|ed|ing)\s+(?:down\s+)?(?:a|the)\s+(?:\w+\s+)?target)\b",
                      re.IGNORECASE)
_CRICKET_KEYS = ("wicket", "overs", "bowl", "powerplay", "cricket", "t20", "odi", "maiden",
                 "stumps", "innings", "run chase", "target")
# the same words in Hindi, Telugu, Urdu and Bengali news
_CRICKET_WORDS = re.compile("विकेट|ओवर|क्रिकेट|వికెట్|ఓవర్|క్రికెట్|وکٹ|اوور|کرکٹ|উইকেট|ওভার|ক্রিকেট")
_BOWLING = re.compile(r"(?<![\w.,-])(?P<o>\d{1,2}(?:\.[1-5])?)-(?P<m>\d{1,2})-(?P<r>\d{1,3})"
                      r"-(?P<w>\d{1,2})(?![\w-]|[.,]\d)")
_FOR = re.compile(r"(?<![\w.,/-])(?P<a>\d{1,3})\s+for\s+(?P<b>\d{1,3})(?![\w.,/%-])")
_FIGURES_BEFORE = re.compile(r"\b(?:figures\s+of|returned|returns|took|takes|claimed|"
                             r"finished\s+with|bagged|picked\s+up|best\s+of)\s+$", re.IGNORECASE)
_HITS_BEFORE = re.compile(r"\b(?:went|goes|go|going|shot|shooting|was|is)\s+$", re.IGNORECASE)
_PARTNERSHIP = re.compile(r"(?<![\w.,/-])(?P<a>\d{1,3})\s+for\s+the\s+(?:\w+)\s+wicket\b",
                          re.IGNORECASE)
_TARGET = re.compile(r"\b(?:target|total|score)\s+of\s+(?P<a>\d{1,3})(?!\w|[.,]\d|%|"
                     r"\s*(?:per\s?cent|percent|points?|million|billion|thousand|bn|m)\b)",
                     re.IGNORECASE)
# runs from balls: "an unbeaten 71 from 47 balls", "96 off just 51 deliveries"
_OFF_BALLS = re.compile(r"(?<![\w.,/-])(?P<a>\d{1,3})\*?(?:\s+runs?)?\s+(?:from|off)\s+"
                        r"(?:(?:just|only|a\s+mere)\s+)?(?P<b>\d{1,3})\s+(?:balls|deliveries)\b",
                        re.IGNORECASE)
# a bowler's wickets and runs after a verb: "Liam Hatcher claiming 3-33"
_WICKETS_RUNS = re.compile(r"(?<![\w.,/-])(?P<w>\d{1,2})[-\u2013/](?P<r>\d{1,3})(?![\w.,/-]|\s?%)")
_CLAIMING = re.compile(r"\b(?:figures\s+of|returned|returns|took|takes|taking|claimed|"
                       r"claiming|claims|finished\s+with|bagged|bagging|picked\s+up|"
                       r"best\s+of)\s+$", re.IGNORECASE)
_RESULT_AFTER = re.compile(r"\s+(?:win|victory|defeat|loss|lead|draw|triumph|success|"
                           r"aggregate|scoreline|series|record)\b", re.IGNORECASE)
#: the words of a cricket report that name what a bare figure near them counts: runs
CRICKET_CONTEXT = re.compile(r"\b(?:balls|deliveries|overs|wickets?|innings|bowled|over)\b",
                             re.IGNORECASE)
_POSSESSIVE = re.compile(r"\b[A-Z][\w-]*['’]s\s+(?P<a>\d{1,3})\*?"
                         r"(?!\w|[.,]\d|\s+(?!off\b|from\b|not\s+out\b)[^\W\d_])")


@functools.cache
def _ordinals(language: str) -> re.Pattern[str] | None:
    """Digits with the ordinal endings of ``language``, or None where it has none."""
    endings = _ENDINGS.get(language)
    if language not in ("fr", "es", "ca", "pt", "it", "gl", "nl", "sv", "uk", "ru"):
        return None
    glued = rf"|(?:{endings})(?![\w'’])" if endings else ""
    return re.compile(rf"(?<![\w.,+-])(?P<n>\d{{1,3}})(?:{_SIGNS}{glued})")


# a name ending just before the score and one starting just after ("Bayern 3:1 Dortmund")
_NAME_BEFORE = re.compile(r"(?<!\w)[^\W\d_]\w*\.?\s$")
_NAME_AFTER = re.compile(r"\s[^\W\d_]")


def _between_names(text: str, a: int, b_end: int) -> bool:
    """Whether the pair at ``a:b_end`` stands between two capitalised names and cannot be
    a time of day ("Bayern 3:1 Dortmund", "Alba 89:78 Bayern"; not "Monday 10:30 Berlin")."""
    left, _, right = text[a:b_end].partition(":")
    if len(right) == 2 and int(left) < 24 and int(right) < 60:
        return False
    before = _NAME_BEFORE.search(text, max(0, a - 40), a)
    after = _NAME_AFTER.match(text, b_end)
    return bool(before and after and text[before.start()].isupper()
                and text[after.end() - 1].isupper())


# a line score: "Charlotte 86, Chicago 85--", "L.A. Lakers 102, Denver 99 (OT)"
_TEAM = r"[A-Z][\w.'\u2019&-]*(?:[ \t][A-Z][\w.'\u2019&-]*){0,3}"
_LINE_SCORE = re.compile(rf"(?m)^[ \t]*{_TEAM}[ \t](?P<a>\d{{1,3}}),[ \t]{_TEAM}[ \t]"
                         rf"(?P<b>\d{{1,3}})(?:[ \t]*\((?:\d?OT|SO)\))?"
                         r"(?=[ \t]*(?:$|--|[\u2013\u2014:.]))")
# a result in a sentence, which names the unit of a lead or margin after it ("led 63-55
# ... and extended the lead to 12")
_SCORE_PAIR = re.compile(r"(?<![\d.,:/-])\d{1,3}\s?[-\u2013]\s?\d{1,3}(?![\d.,:/-]|\s?%)")
#: units a result counts
SCORE_UNITS = frozenset({"point", "goal", "run"})


def holds_score(text: str) -> bool:
    """Whether ``text`` writes a result ("63-55", "3-1"), whose unit a bare lead or
    margin after it shares."""
    return _SCORE_PAIR.search(text) is not None


def _score_context(text: str, a: int, b_end: int) -> bool:
    """Whether a word, a verb, a fixture or the teams' names around it name the pair at
    ``a:b_end`` a score."""
    return bool(_SCORE_BEFORE.search(text, max(0, a - 30), a)
                or _SCORE_VERB.search(text, max(0, a - 60), a)
                or _SCORE_AFTER.match(text, b_end)
                or _FIXTURE.search(text, max(0, a - 60), a)
                or _between_names(text, a, b_end))


def scan_sports(text: str, language: str | None,
                free: Callable[[int, int], bool]) -> list[Reading]:
    """Minutes, places, scores and cricket figures of ``text`` (see the module's doc), each
    where ``free`` says nothing else was read; sorted by start, non-overlapping."""
    out: list[Reading] = []
    taken = bytearray(len(text) + 1)

    def ok(s: int, e: int) -> bool:
        return free(s, e) and not any(taken[s:e])

    def add(*readings: Reading) -> None:
        for r in readings:
            out.append(r)
            taken[r.start:r.end] = b"\x01" * (r.end - r.start)

    # each pattern runs only on a text holding the character its every match holds
    for m in _RUNNING.finditer(text) if "(" in text else ():  # "(0-2, 12e)", then the minute
        if ok(*m.span()):
            minute = int(m["min"]) + int(m["add"] or 0)
            add(Reading(m.start("a"), m.end("a"), float(m["a"]), "score"),
                Reading(m.start("b"), m.end("b"), float(m["b"]), "score"),
                Reading(m.start("min"), m.end(), float(minute), "minute"))
    for m in _LINE_SCORE.finditer(text) if "," in text else ():
        if ok(m.start("a"), m.end("b")):
            add(Reading(m.start("a"), m.end("a"), float(m["a"]), "score"),
                Reading(m.start("b"), m.end("b"), float(m["b"]), "score"))
    for m in _STOPPAGE.finditer(text) if "+" in text else ():
        if ok(*m.span()):
            add(Reading(m.start(), m.end(), float(int(m["base"]) + int(m["add"])), "minute"))
    for m in _COLON.finditer(text) if ":" in text else ():
        if ok(*m.span()) and _score_context(text, m.start(), m.end()):
            add(Reading(m.start("a"), m.end("a"), float(m["a"]), "score"),
                Reading(m.start("b"), m.end("b"), float(m["b"]), "score"))
    if language in ("ms", "id"):
        _malay(text, ok, add)
    ordinal = _ordinals(language or "")
    if ordinal is not None:
        for m in ordinal.finditer(text):
            if ok(*m.span()):
                add(Reading(m.start(), m.end(), float(m["n"])))
    low = text.lower()
    if "ball" in low or "deliver" in low:  # "65 off 26 balls" says it is cricket itself
        for m in _OFF_BALLS.finditer(text):
            if ok(*m.span()):
                add(Reading(m.start("a"), m.end("a"), float(m["a"]), "run"),
                    Reading(m.start("b"), m.end("b"), float(m["b"]), "ball"))
    for m in _WICKETS_RUNS.finditer(text) if "-" in text or "/" in text else ():
        if int(m["w"]) <= 10 and ok(*m.span()) and _CLAIMING.search(
                text, max(0, m.start() - 20), m.start()) and not _RESULT_AFTER.match(
                text, m.end()):  # "claiming 3-33", not "claimed a 3-1 win"
            add(Reading(m.start("w"), m.end("w"), float(m["w"]), "wicket"),
                Reading(m.start("r"), m.end("r"), float(m["r"]), "run"))
    if (any(w in low for w in _CRICKET_KEYS) and _CRICKET.search(text)) or (
            not text.isascii() and _CRICKET_WORDS.search(text)):
        _cricket(text, ok, add)
    return sorted(out, key=lambda r: r.start)


def _cricket(text: str, ok: Callable[[int, int], bool], add: Callable[..., None]) -> None:
    """Runs and wickets a cricket report leaves unnamed."""
    for m in _BOWLING.finditer(text):
        o, maidens, w = float(m["o"]), int(m["m"]), int(m["w"])
        if maidens <= o and w <= 10 and ok(*m.span()):
            add(*(Reading(m.start(g), m.end(g), float(m[g]), unit)
                  for g, unit in (("o", "over"), ("m", "maiden"), ("r", "run"),
                                  ("w", "wicket"))))
    for m in _PARTNERSHIP.finditer(text):
        if ok(m.start("a"), m.end("a")):
            add(Reading(m.start("a"), m.end("a"), float(m["a"]), "run"))
    for m in _FOR.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if not ok(*m.span()) or _HITS_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "went 3 for 4": hits in at-bats, shots made
        figures = _FIGURES_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if figures and a <= 10:  # "figures of 3 for 0": wickets for runs
            add(Reading(m.start("a"), m.end("a"), float(a), "wicket"),
                Reading(m.start("b"), m.end("b"), float(b), "run"))
        elif not figures and b <= 10:  # "16 for 2": runs for wickets
            add(Reading(m.start("a"), m.end("a"), float(a), "run"),
                Reading(m.start("b"), m.end("b"), float(b), "wicket"))
    for pattern in (_TARGET, _POSSESSIVE):
        for m in pattern.finditer(text):
            if ok(m.start("a"), m.end("a")):
                add(Reading(m.start("a"), m.end("a"), float(m["a"]), "run"))
