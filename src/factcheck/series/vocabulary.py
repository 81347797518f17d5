"""Detectors for text cells and for cells that should not exist.

- a qualifier outside the declared vocabulary (`about`, `more`): `qualifier_known`;
- a spelling that is a rare variant of a common one in the same column ("Bahmut" for
  "Bakhmut", "Zaporizhzhya", a Cyrillic "К" in "Кramatorsk", "ans" for "and"):
  `spelling_variant`;
- a text cell repeating the day before in a column the source leaves empty on many
  days (an entry carried forward on a day the source said nothing): `stale_text`;
- a figure in a column the dataset does not track on that date, or at all:
  `column_span`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from collections import Counter

import pandas as pd

from factcheck.series.detect import Flags

QUALIFIERS = ("about", "more")
#: a variant is at least this similar to the common spelling (difflib ratio)
SIMILAR = 0.8
#: and the common spelling is at least this many times as frequent
MORE_COMMON = 2
#: days before a text cell over which its column's share of empty days is counted
TEXT_WINDOW = 28
#: a column empty on at least this share of those days is intermittent. In the General
#: Staff's `greatest losses direction` (2022-04-25 .. 2023-01-02) the share is at most
#: 0.11 while the direction was named daily and at least 0.36 once it was not; any
#: threshold between gives the same cells
INTERMITTENT = 0.25
WORD = re.compile(r"[^\W\d_][^\W\d_'ʹ’`-]*(?:['ʹ’`][^\W\d_]+)*", re.UNICODE)


def qualifiers(frame: pd.DataFrame, columns: list[str]) -> Flags:
    """Qualifier cells that are neither `about` nor `more` (nor empty)."""
    flags = Flags.empty(frame)
    for col in columns:
        if col not in frame:
            continue
        text = frame[col].fillna("").astype(str).str.strip().str.lower()
        hit = (text != "") & ~text.isin(QUALIFIERS)
        flags.mask[col] = hit
        flags.expected.loc[hit, col] = "`about` or `more`"
    return flags


def _skeleton(word: str) -> str:
    """Letters only, lower case, look-alike Cyrillic letters read as Latin."""
    out = []
    for ch in unicodedata.normalize("NFKD", word.lower()):
        if unicodedata.combining(ch) or not ch.isalpha() or unicodedata.category(ch) == "Lm":
            continue
        out.append(_LOOKALIKE.get(ch, ch))
    return "".join(out)


_LOOKALIKE = dict(zip("авекмнорстух", "abekmhopctyx", strict=True))


def _is_latin_clean(word: str) -> bool:
    return all(ch.isascii() for ch in word)


def _one_edit(a: str, b: str) -> bool:
    """Words of three letters or more one changed, added or dropped letter apart."""
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _variants(counts: Counter[str], last: dict[str, object]) -> dict[str, str]:
    """Word -> the spelling it is a variant of. Of two similar spellings the one the
    column uses last is its convention (a dataset's spellings converge on one); a
    spelling with non-Latin letters never is one when a Latin spelling exists. Words
    are compared only within the same first letter, so this stays near linear."""
    by_letter: dict[str, list[str]] = {}
    for w in counts:
        sk = _skeleton(w)
        if sk:
            by_letter.setdefault(sk[0], []).append(w)
    out: dict[str, str] = {}
    for words in by_letter.values():
        words = sorted(words, key=lambda w: (last[w], counts[w]), reverse=True)[:50]
        for i, w in enumerate(words):
            sk = _skeleton(w)
            best, score = None, 0.0
            for c in words:
                if c == w or _skeleton(c) == sk and _is_latin_clean(w) == _is_latin_clean(c):
                    continue
                conventional = (not _is_latin_clean(w) and _is_latin_clean(c)) or (
                    _is_latin_clean(c) and words.index(c) < i)
                if not conventional:
                    continue
                r = difflib.SequenceMatcher(None, sk, _skeleton(c)).ratio()
                if _one_edit(sk, _skeleton(c)):
                    r = max(r, SIMILAR)
                if r > score:
                    best, score = c, r
            if best is not None and score >= SIMILAR:
                out[w] = best
    return out


def spelling(frame: pd.DataFrame, columns: list[str]) -> Flags:
    """Text cells holding a variant of the spelling the column settles on."""
    flags = Flags.empty(frame)
    for col in columns:
        if col not in frame:
            continue
        text = frame[col].fillna("").astype(str)
        words = text.str.findall(WORD)
        flat = words.explode().dropna()
        counts = Counter(flat)
        last = flat.groupby(flat).apply(lambda g: g.index.max()).to_dict()
        variants = _variants(counts, last)
        if not variants:
            continue
        found = words.map(lambda ws, known=variants: [w for w in ws if w in known])
        hit = found.str.len() > 0
        flags.mask[col] = hit
        for ts in frame.index[hit.to_numpy()]:
            flags.expected.at[ts, col] = "; ".join(
                f"`{variants[w]}` for `{w}`" for w in dict.fromkeys(found[ts]))
    return flags


def stale_text(frame: pd.DataFrame, columns: list[str]) -> Flags:
    """Text cells equal to the row before in a column that is empty on at least
    :data:`INTERMITTENT` of the :data:`TEXT_WINDOW` rows before (counted from the
    column's first entry): where the source names the field only on some days, a
    repeat is as likely an entry carried forward as one stated again."""
    flags = Flags.empty(frame)
    for col in columns:
        if col not in frame:
            continue
        text = frame[col].where(frame[col].notna(), "").astype(str).str.strip()
        present = text != ""
        started = present.cumsum() > 0
        window = (~present).astype(float).where(started).shift(1).rolling(TEXT_WINDOW,
                                                                           min_periods=1)
        empty, counted = window.sum(), window.count()
        hit = present & (text == text.shift(1)) & (empty >= INTERMITTENT * counted)
        flags.mask[col] = hit
        for ts in frame.index[hit.to_numpy()]:
            flags.expected.at[ts, col] = (
                f"no entry, or the day's own (this repeats the day before in a column "
                f"left empty on {empty[ts]:.0f} of the {counted[ts]:.0f} days before: an "
                "entry carried forward?)")
    return flags


def spans(frame: pd.DataFrame, declared: list[str],
          periods: dict[str, tuple[dt.date | None, dt.date | None]]) -> Flags:
    """Cells in columns the dataset does not declare, or outside a column's period."""
    flags = Flags.empty(frame)
    present = frame.notna() & (frame.astype(str) != "")
    for col in frame.columns:
        if col not in declared:
            flags.mask[col] = present[col]
            flags.expected.loc[present[col], col] = (
                f"no `{col}` column (the dataset declares {len(declared)} columns)")
            continue
        first, last = periods.get(col, (None, None))
        outside = pd.Series(False, index=frame.index)
        if first is not None:
            outside |= frame.index < pd.Timestamp(first)
        if last is not None:
            outside |= frame.index > pd.Timestamp(last)
        hit = outside & present[col]
        flags.mask[col] = hit
        flags.expected.loc[hit, col] = (f"no figure: `{col}` is tracked "
                                        f"{first or 'from the start'} to {last or 'now'}")
    return flags
