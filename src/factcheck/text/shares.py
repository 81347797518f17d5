"""Shares written as "N of every M" outside English: "9 de cada 10", "nou de cada deu",
"nove em cada dez", "un Français sur trois", "1 op de 5", "två av tre": the fraction
N/M (a percent grounds 100·N/M). English "nine in ten" is read in
:mod:`factcheck.text.numbers`."""

from __future__ import annotations

import functools
import re

from factcheck.text.locales import generic_words

__all__ = ["shares"]

# the words between the two numbers, by language
_LINKS = {"es": r"de\s+cada", "ca": r"de\s+cada", "pt": r"em\s+cada|de\s+cada",
          "it": r"su|ogni", "fr": r"sur", "de": r"von", "nl": r"op|op\s+de",
          "sv": r"av", "nb": r"av", "no": r"av", "da": r"af", "pl": r"na", "cs": r"z|ze"}
# the word for one, where it is also the article ("uno de cada tres", "un sur trois")
_ONES = {"es": ("uno", "una", "un"), "ca": ("un", "una"), "pt": ("um", "uma"),
         "it": ("uno", "una", "un"), "fr": ("un", "une"), "de": ("einer", "eine", "eins"),
         "nl": ("één", "een"), "sv": ("en", "ett"), "nb": ("en", "ett", "én"),
         "no": ("en", "ett", "én"), "da": ("en", "et"), "pl": ("jeden", "jedna"),
         "cs": ("jeden", "jedna")}


@functools.cache
def _pattern(lang: str) -> tuple[re.Pattern[str], dict[str, int]] | None:
    link = _LINKS.get(lang)
    if link is None:
        return None
    values = {w: n for w, n in generic_words(lang)[0].items() if 2 <= n <= 100}
    values |= dict.fromkeys(_ONES.get(lang, ()), 1)
    words = "|".join(re.escape(w) for w in sorted(values, key=len, reverse=True))
    number = rf"\d{{1,3}}|{words}" if words else r"\d{1,3}"
    return re.compile(rf"(?<![\w.,])(?P<a>{number})\s+(?:{link})\s+(?P<b>{number})"
                      r"(?![\w%]|[.,]\d)", re.IGNORECASE), values


def shares(text: str, lang: str) -> list[tuple[int, int, float]]:
    """Shares "N de cada M" of ``text`` in ``lang``: (start, end, N/M), N < M."""
    found = _pattern(lang)
    if found is None:
        return []
    pattern, values = found
    out = []
    for m in pattern.finditer(text):
        a, b = (int(x) if x.isdigit() else values.get(x.lower()) for x in (m["a"], m["b"]))
        if a is not None and b is not None and 0 < a < b:
            out.append((m.start(), m.end(), a / b))
    return out
