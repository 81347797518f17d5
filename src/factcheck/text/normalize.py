"""Normalise document text so quotes match despite whitespace and typography."""

from __future__ import annotations

import re
import unicodedata

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
        "\u2013": "-", "\u2014": "-", "\u2212": "-", "\u2010": "-", "\u2011": "-",
        "\u00a0": " ", "\u202f": " ", "\u2009": " ",
    }
)
_SPACE = re.compile(r"\s+")


def normalize(text: str) -> str:
    """NFKC, straight quotes and dashes, single spaces; offsets are not kept."""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", text).translate(_TRANSLATE)).strip()


def normalize_with_map(text: str) -> tuple[str, list[int]]:
    """Like :func:`normalize` (without the final strip) plus a map from each
    normalised character to its offset in ``text``."""
    out: list[str] = []
    offsets: list[int] = []
    in_space = False
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch).translate(_TRANSLATE):
            if c.isspace():
                if in_space:
                    continue
                in_space = True
                c = " "
            else:
                in_space = False
            out.append(c)
            offsets.append(i)
    return "".join(out), offsets


def locate(quote: str, document: str) -> tuple[int, int] | None:
    """Span of ``quote`` in ``document`` (offsets into the original), or None."""
    needle = normalize(quote)
    if not needle:
        return None
    hay, offsets = normalize_with_map(document)
    at = hay.find(needle)
    if at < 0:
        at = hay.casefold().find(needle.casefold())
        if at < 0 or len(hay.casefold()) != len(hay):
            return None
    end = at + len(needle) - 1
    return offsets[at], offsets[end] + 1
