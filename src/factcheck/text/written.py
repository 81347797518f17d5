"""What the way a quote writes a number says about it: a hedge ("about 3,000",
"more than 45") or a figure rounded to a scale word ("$4.3 billion", "2,76 crore").

A fact that leaves ``meaning`` unset takes it from here, so that a rounded figure is
not held to the last unit of the value it stands for:

    PASS  value 4300000000, quote "rose to $4.3 billion": rounded (4.25 to 4.35 billion)
    PASS  value 2000, quote "more than 2,000 people fled": at least 2,000
    PASS  value 1300, quote "1,300 homes": exact (every digit written)
"""

from __future__ import annotations

import functools
import math
import re

from factcheck.text.numbers import Mention, find_mentions

__all__ = ["HEDGES", "hedge_before", "may_hedge", "mention_meaning", "written_decimals",
           "written_meaning", "written_multiple"]

#: the meaning each hedge written before a number gives it
HEDGES = {
    "an estimated": "estimated", "estimated": "estimated",
    "about": "approx", "around": "approx", "approximately": "approx", "roughly": "approx",
    "nearly": "approx", "almost": "approx", "some": "approx", "close to": "approx",
    "more than": "at_least", "over": "at_least", "at least": "at_least",
    "upwards of": "at_least", "just over": "at_least",
    "fewer than": "at_most", "less than": "at_most", "under": "at_most", "at most": "at_most",
    "below": "at_most", "above": "at_least",
    "up to": "at_most", "as many as": "at_most", "just under": "at_most",
}


# The same hedges in other languages, written just before the number.
_LOCAL_HEDGES = {
    "es": {"más de": "at_least", "menos de": "at_most", "al menos": "at_least",
           "por lo menos": "at_least", "hasta": "at_most", "casi": "approx",
           "cerca de": "approx", "alrededor de": "approx", "unos": "approx", "unas": "approx",
           "aproximadamente": "approx", "un estimado de": "estimated"},
    "fr": {"plus de": "at_least", "moins de": "at_most", "au moins": "at_least",
           "jusqu'à": "at_most", "près de": "approx", "environ": "approx",
           "quelque": "approx", "presque": "approx", "autour de": "approx"},
    "de": {"mehr als": "at_least", "über": "at_least", "mindestens": "at_least",
           "weniger als": "at_most", "unter": "at_most", "bis zu": "at_most",
           "rund": "approx", "etwa": "approx", "ungefähr": "approx", "circa": "approx",
           "ca.": "approx", "fast": "approx", "knapp": "approx", "annähernd": "approx",
           "schätzungsweise": "estimated"},
    "it": {"più di": "at_least", "oltre": "at_least", "almeno": "at_least",
           "meno di": "at_most", "fino a": "at_most", "circa": "approx", "quasi": "approx",
           "intorno a": "approx"},
    "pt": {"mais de": "at_least", "pelo menos": "at_least", "menos de": "at_most",
           "até": "at_most", "cerca de": "approx", "quase": "approx", "perto de": "approx",
           "aproximadamente": "approx"},
    "nl": {"meer dan": "at_least", "ruim": "at_least", "minstens": "at_least",
           "minder dan": "at_most", "ongeveer": "approx", "bijna": "approx", "zo'n": "approx",
           "circa": "approx", "rond de": "approx"},
}


@functools.cache
def _hedge_pattern(lang: str) -> re.Pattern[str] | None:
    hedges = _LOCAL_HEDGES.get(lang)
    if not hedges:
        return None
    words = "|".join(re.escape(h) for h in sorted(hedges, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?P<h>{words})\s+(?:[$€£]\s?)?$", re.IGNORECASE)


_ENGLISH_HEDGE = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, HEDGES), key=len,
                                                         reverse=True)) + r")\b", re.IGNORECASE)


@functools.cache
def _any_hedge(lang: str) -> re.Pattern[str]:
    words = [*HEDGES, *_LOCAL_HEDGES.get(lang, ())]
    return re.compile(r"(?<!\w)(?:" + "|".join(sorted(map(re.escape, words), key=len,
                                                      reverse=True)) + r")(?!\w)", re.IGNORECASE)


def may_hedge(quote: str, language: str | None = None) -> bool:
    """True if ``quote`` holds a hedge word of English or of ``language`` anywhere: the
    cheap test before its numbers are read."""
    lang = (language or "en").split("-")[0].lower()
    return (_any_hedge(lang) if lang in _LOCAL_HEDGES else _ENGLISH_HEDGE).search(quote) \
        is not None


def hedge_before(text: str, start: int, language: str | None) -> str | None:
    """The meaning a hedge of ``language`` just before ``start`` gives the number there
    ("más de 4.900 millones": at least; "rund eine Million": about), or None."""
    pattern = _hedge_pattern((language or "en").split("-")[0].lower())
    m = pattern.search(text, max(0, start - 25), start) if pattern else None
    return _LOCAL_HEDGES[language.split("-")[0].lower()][m["h"].lower()] if m else None


def _scaled(m: Mention, value: float) -> bool:
    """True if the mention writes fewer digits than the whole number it stands for
    ("4.3 billion": 2 of 10), or writes round thousands in words ("two thousand",
    "half a million")."""
    if value != int(value):
        return False
    digits = sum(c.isdigit() for c in m.text)
    whole = len(str(abs(int(value))))
    return digits < whole if digits else abs(value) >= 1000 and value % 1000 == 0


def mention_meaning(m: Mention, value: float) -> str | None:
    """The meaning ``m``, read as ``value``, has: its hedge's, "rounded" for a scaled
    figure, else None (a number written in full, exact)."""
    if m.qualifier in HEDGES:
        return HEDGES[m.qualifier]
    return "rounded" if _scaled(m, value) else None


@functools.lru_cache(maxsize=1024)
def _mentions(quote: str, language: str | None) -> tuple[Mention, ...]:
    """The mentions of ``quote``, read once for the functions below: a fact's meaning,
    decimals and multiple are asked of the same quote."""
    return tuple(find_mentions(quote, language=language))


def written_meaning(quote: str, value: float, language: str | None = None) -> str | None:
    """The meaning the first mention of ``value`` in ``quote`` gives it (see
    :func:`mention_meaning`); None if the quote writes it in full or not at all."""
    for m in _mentions(quote, language):
        if m.low is not None and m.low == m.high and (
                math.isclose(m.low, value, rel_tol=1e-9) or m.alt == value):
            return hedge_before(quote, m.start, language) or mention_meaning(m, value)
    return None


_DECIMALS = re.compile(r"\d[.,](\d+)(?!.*\d)", re.DOTALL)


def written_decimals(quote: str, value: float, language: str | None = None) -> int | None:
    """How many decimals the first mention of ``value`` in ``quote`` writes ("67.0%": 1,
    "46,40 %": 2, "67%": 0); None if the quote does not write it."""
    for m in _mentions(quote, language):
        if m.low is not None and m.low == m.high and math.isclose(m.low, value, rel_tol=1e-9):
            d = _DECIMALS.search(m.text)
            return len(d.group(1)) if d else 0
    return None


# a multiple written after its figure: "2.7倍", "2.7 times", "threefold", "2,7-mal"
_MULTIPLE_AFTER = re.compile(r"\s?(?:倍|배|×|x\b|times\b|-?fold\b|-?mal\b|fois\b|veces\b|"
                             r"volte\b|vezes\b|раза?\b|разів\b|razy\b|kat\b|kez\b)",
                             re.IGNORECASE)


def written_multiple(quote: str, value: float, language: str | None = None) -> bool:
    """Whether ``quote`` writes ``value`` as a multiple ("2.7倍", "2.7 times"): a ratio the
    report rounds to its last written digit, like a percentage."""
    for m in _mentions(quote, language):
        if m.low is not None and m.low == m.high and math.isclose(m.low, value, rel_tol=1e-9):
            return _MULTIPLE_AFTER.match(quote, m.end) is not None
    return False
