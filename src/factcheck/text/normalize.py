"""Normalise document text so quotes match despite whitespace and typography."""

from __future__ import annotations

import functools
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
    if unicodedata.is_normalized("NFKC", text):  # as normalize(): NFKC first, then translate
        return _collapse_spaces(text.translate(_TRANSLATE))  # one for one: offsets kept
    return _slow_map(text)


def _collapse_spaces(text: str) -> tuple[str, list[int]]:
    """Collapse whitespace runs to one space, mapping offsets run by run (fast path)."""
    out: list[str] = []
    offsets: list[int] = []
    pos = 0
    for m in _SPACE.finditer(text):
        out.append(text[pos:m.start()])
        offsets.extend(range(pos, m.start()))
        out.append(" ")
        offsets.append(m.start())
        pos = m.end()
    out.append(text[pos:])
    offsets.extend(range(pos, len(text)))
    return "".join(out), offsets


def _slow_map(text: str) -> tuple[str, list[int]]:
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


@functools.lru_cache(maxsize=8)
def _normalized_document(document: str) -> tuple[str, list[int], str | None]:
    hay, offsets = normalize_with_map(document)
    folded = hay.casefold()
    return hay, offsets, folded if len(folded) == len(hay) else None


def locate(quote: str, document: str) -> tuple[int, int] | None:
    """Span of ``quote`` in ``document`` (offsets into the original), or None.

    An exact occurrence is found directly; otherwise both are normalised (the
    document once, cached) and compared, then case-insensitively.
    """
    if quote and quote == quote.strip():
        at = document.find(quote)
        if at >= 0:
            return at, at + len(quote)
    needle = normalize(quote)
    if not needle:
        return None
    hay, offsets, folded = _normalized_document(document)
    at = hay.find(needle)
    if at < 0:
        if folded is None:
            return None
        at = folded.find(needle.casefold())
        if at < 0:
            return None
    end = at + len(needle) - 1
    return offsets[at], offsets[end] + 1
