"""A fall written in words and a figure without a sign, read as the negative change.

News writes a fall as a verb ("fell 1.7 per cent", "disminuye en 50.900 personas"), as a
noun before the figure ("een daling van 0,3 procentpunt", "πτώση 92%", "a fall of 2.1
per cent") or after it ("a 10.2-percent drop"), as "menos" ("menos 6,4%"), or in Arabic
with "بنسبة" before the figure ("تراجعت أرباحها ... بنسبة 34%"), glued to the figure in
Chinese ("比重下降1.20个百分点") or after it in Korean, Japanese and Turkish ("6.24%
감소했다", "yüzde 6,2 azaldı"); a figure joined by "and" to one such figure ("menos 6,4%
do que em julho e 0.3% face a agosto", "in calo del 4,6% ... e del 2,1%"), also when
the fall is in the sentence before the quote, falls too. A sheet may write any of them
as a negative value; a rise never grounds one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from factcheck.engine.values import fmt
from factcheck.text.numbers import Mention

__all__ = ["fall_written_as_a_verb", "size_of_a_fall"]

# the words of a fall before the figure, in the languages factcheck reads
_FALL_WORD = (
    r"fell|fall|falls|falling|fallen|dropped|drops?|dropping|down|declined?|declines|"
    r"declining|decreased?|decreases|decreasing|lost|loses?|losing|sank|sinks?|slipped|slips?|"
    r"slid|slides?|shed|sheds|plunged|plunges?|tumbled|tumbles?|eased|eases?|contracted|"
    r"shrank|shrunk|cut|lower(?:ed)?|"
    r"disminuy[eóo]\w*|disminución|baj[aóo]\w*|ca[eiy][óo]?\w*|caída|descend\w*|descenso|"
    r"retroced\w*|pierde|perdió|menos|"
    r"recul\w*|baisse\w*|diminu\w*|chute\w*|perd\w*|"
    r"sinkt|sank|gesunken|fällt|fiel|gefallen|Rückgang|verliert|verlor\w*|"
    r"cal[aoò]\w*|scende\w*|sces[aoi]|flessione|"
    r"caiu|queda|recuou|recuaram|recuo|redução|"
    r"daal\w*|gedaald|daling|afname|"
    r"minskade|minskning|nedgång|nedgang|falt|"
    r"spad\w*|spadł\w*|csökken\w*|"
    r"πτώση|πτώσης|μείωση|μείωσης|υποχώρηση|υποχώρησης|μειώθηκ\w*|υποχώρησ\w*|"
    r"сниз\w*|упал\w*|сократ\w*|знизи\w*|впав|впала|скороти\w*|"
    # Indonesian and Malay: "turun 6,4 persen", "merosot 22 persen", "mengalami koreksi"
    r"turun|menurun|penurunan|merosot|melorot|anjlok|terkoreksi|koreksi|susut|menyusut|"
    r"jatuh|berkurang|pengurangan")
# a fall word, then up to three words (a comma may follow the fall word: "en recul, de 6%")
_FALL_BEFORE = re.compile(rf"(?<!\w)(?:{_FALL_WORD}),?(?:\s+\w+){{0,3}}\s+$", re.IGNORECASE)
# a fall named by its noun after the figure and its unit: "a 10.2-percent drop", "3% decline"
_FALL_AFTER = re.compile(
    r"[\s-]*(?:%|per\s*cent|percent|pct|percentage[\s-]+points?|points?|pc)?[\s-]*"
    r"(?:drop|fall|decline|decrease|cut|loss|contraction|slump|slide|dip|plunge|reduction)\b",
    re.IGNORECASE)
# Chinese and Japanese glue the fall verb to the figure: "比重下降1.20个百分点"
_GLUED_FALL = re.compile(r"(?:下降|下跌|减少|減少|回落|降低|下滑|萎缩|縮小|减)了?$")
# Korean, Japanese and Turkish write the verb after the figure and its unit: "6.24%
# 감소했다", "6.2%減少", "yüzde 6,2 azaldı"
_FALL_VERB_AFTER = re.compile(
    r"\s*(?:%|퍼센트|%p|포인트|ポイント|个百分点|個百分點|百分点)?\s*(?:감소|하락|줄었|줄어|떨어|"
    r"減少|減|下落|低下|下降|减少|azal\w*|düş\w*|geriled\w*|daral\w*)", re.IGNORECASE)
# words of a rise: a gap that holds one is not a fall's ("fell, while exports rose 6%")
_RISE = re.compile(r"(?<!\w)(?:rose|rise[sn]?|rising|up|grew|grow\w*|gain\w*|increas\w*|"
                   r"climb\w*|jump\w*|surg\w*|hausse|augment\w*|aument\w*|subi\w*|subiu|"
                   r"stieg\w*|gestiegen|steg|stig\w*|kasv\w*|wzr\w*|stijg\w*|gesteg\w*|"
                   r"αύξηση|άνοδο\w*|ارتفع\w*|ارتفاع|زاد\w*|زيادة)(?!\w)", re.IGNORECASE)
# Arabic: a fall verb or noun, then the figure after "بنسبة" (by a rate of) in its clause
_AR_FALL = re.compile(r"(?:تراجع|انخفض|انخفاض|هبط|هبوط|تقلص|خسر|نقص|تدنى|تهاوى)"
                      r"[^.!?؛\n]{0,160}?(?:بنسبة|بمقدار|بـ)\s*$")
# a list that carries the first member's sign: "menos 6,4% ... e 0.3%", "fell 3% and 2%",
# "in calo del 4,6% ... e del 2,1%", "bajó un 3% ... y un 2%" (a preposition or article after)
_AND_WORD = r"(?<!\w)(?:and|e|y|et|und|en|og|och|και|و)(?:\s+(?:by|of|del|della|dello|di|de|" \
    r"du|des|el|un|una|um|uma|le|la|do|da|um|van|met|med|по|на))?\s+"
_AND = re.compile(_AND_WORD + "$", re.IGNORECASE)
_QUOTE_AND = re.compile(r"\s*" + _AND_WORD + "$", re.IGNORECASE)  # the quote opens the list
# a fall and its figure in the sentence before a quote that opens with "and"
_FALL_FIGURE = re.compile(
    rf"(?<!\w)(?:{_FALL_WORD})(?!\w)[^.;!?\d]{{0,40}}\d(?:[^.;!?]|\.(?=\d))*$", re.IGNORECASE)


def _same(a: float | None, b: float) -> bool:
    return a is not None and math.isclose(a, b, rel_tol=1e-15, abs_tol=0.0)


def _fall_at(quote: str, m: Mention) -> str | None:
    """The words that say the figure at ``m`` is a fall, or None."""
    f = _FALL_BEFORE.search(quote, max(0, m.start - 40), m.start)
    if f is not None and not _RISE.search(f.group()):
        return quote[f.start():m.end]
    if _GLUED_FALL.search(quote, max(0, m.start - 4), m.start):
        return quote[max(0, m.start - 4):m.end]
    after = _FALL_AFTER.match(quote, m.end) or _FALL_VERB_AFTER.match(quote, m.end)
    if after is not None:
        return quote[m.start:after.end()]
    ar = _AR_FALL.search(quote, max(0, m.start - 200), m.start)
    if ar is not None and not _RISE.search(ar.group()):
        return quote[ar.start():m.end]
    return None


def _fall_before(before: str) -> str | None:
    """The fall and its figure that end ``before`` (the sentence before a quote), or None."""
    tail = before[-200:]
    f = _FALL_FIGURE.search(tail)
    return None if f is None or _RISE.search(f.group()) else f.group()


_ANY_FALL = re.compile(rf"(?<!\w)(?:{_FALL_WORD})(?!\w)", re.IGNORECASE)


def size_of_a_fall(value: float, quote: str, mentions: Iterable[Mention],
                   before: str = "") -> list[tuple[Mention, str]]:
    """The size of a fall the text writes with its sign in brackets: "un descenso medio de
    283.684 afiliados (-1,6%)" states a fall of 1.6 %, as the sheet may write it; the fall
    word stands in the quote or in ``before``, the text just before it. A level is no
    fall's size: "fell to -5 degrees" is -5."""
    if value <= 0:
        return []
    context = before[-200:] + " " + quote
    fall = _ANY_FALL.search(context)
    if fall is None or _RISE.search(context):
        return []
    return [(m, f"{m.text} (a fall of {fmt(value)})") for m in mentions
            if m.low is not None and m.low == m.high and _same(m.low, -value)
            and quote[:m.start].rstrip().endswith("(")]  # "(-1,6%)", not "fell to -5"


def fall_written_as_a_verb(value: float, quote: str, mentions: Iterable[Mention],
                           before: str = "") -> list[tuple[Mention, str]]:
    """A negative change the quote writes as a fall and a figure without a sign: "fell
    1.7 per cent" states -1.7, as the sheet may write it; so is a figure the quote joins
    with "and" to a fall in ``before``, the text before the quote ("fell 4.6% in May |
    and 2.1% in June")."""
    if value >= 0:
        return []
    out = []
    last: Mention | None = None  # the last figure written as a fall
    for i, m in enumerate(mentions):
        if m.low is None or m.low != m.high or m.low <= 0:
            continue
        why = _fall_at(quote, m)
        if why is None and i == 0 and _QUOTE_AND.fullmatch(quote, 0, m.start):
            fall = _fall_before(before)
            why = None if fall is None else f"{fall.strip()} ... {quote[:m.end]} (the list's fall)"
        if why is None and last is not None and last.unit == m.unit:
            gap = quote[last.end:m.start]
            if len(gap) <= 80 and _AND.search(gap) and not re.search(r"[.;!?]", gap) \
                    and not _RISE.search(gap):
                why = f"{quote[last.start:m.end]} (the list's fall)"
        last = m if why is not None else last
        if why is not None and _same(m.low, -value):
            out.append((m, f"{why} (a fall: {fmt(value)})"))
    return out
