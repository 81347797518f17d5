"""Problems with input: a sheet that cannot be checked as written."""

from __future__ import annotations

import bisect
import difflib
from collections import Counter, OrderedDict
from collections.abc import Collection, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """Bad input, located at a file, 1-based line and column, with what to change."""

    path: str
    line: int
    column: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.code}: {self.message}"


class SheetError(Exception):
    """Raised inside the loader and engine; carries one :class:`Problem`-to-be."""

    def __init__(self, code: str, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.column = column

    def at(self, path: str) -> Problem:
        return Problem(path, self.line, self.column, self.code, self.message)


#: Choices compared in full by :func:`suggest`; a larger set is first cut to a shortlist.
SUGGEST_EXACT = 300
#: Names compared with difflib when the choices are many.
SUGGEST_SHORTLIST = 25
#: A trigram shared by more names than this is too common to pick a shortlist by.
_GRAM_CAP = 400


def _grams(name: str) -> set[str]:
    padded = f"\x00{name.lower()}\x00"
    return {padded[i:i + 3] for i in range(len(padded) - 2)}


class _Pool:
    """Many names indexed by trigram and length, for a shortlist in constant time."""

    def __init__(self, names: list[str]) -> None:
        self.names = names
        self.grams: dict[str, list[int]] = {}
        for i, n in enumerate(names):
            for g in _grams(n):
                self.grams.setdefault(g, []).append(i)
        self.by_len = sorted((len(n), i) for i, n in enumerate(names))

    def shortlist(self, name: str) -> list[str]:
        """Up to ``SUGGEST_SHORTLIST`` names: those sharing the most uncommon trigrams with
        ``name``, then names of the nearest length. O(trigrams x ``_GRAM_CAP``)."""
        shared: Counter[int] = Counter()
        for g in _grams(name):
            posting = self.grams.get(g)
            if posting is not None and len(posting) <= _GRAM_CAP:
                shared.update(posting)
        picked = dict.fromkeys(i for i, _ in shared.most_common(SUGGEST_SHORTLIST))
        k = bisect.bisect_left(self.by_len, (len(name), -1))
        lo, hi = k - 1, k
        while len(picked) < SUGGEST_SHORTLIST and (lo >= 0 or hi < len(self.by_len)):
            if hi < len(self.by_len):
                picked.setdefault(self.by_len[hi][1])
                hi += 1
            if lo >= 0 and len(picked) < SUGGEST_SHORTLIST:
                picked.setdefault(self.by_len[lo][1])
                lo -= 1
        return [self.names[i] for i in picked]


_POOLS: OrderedDict[int, tuple[object, int, _Pool]] = OrderedDict()


def _pool(choices: Collection[str]) -> _Pool:
    """The index of a large set of choices, kept for the next unknown name in it (one sheet
    names its facts once and may misspell many): by identity and size, last 8 sets."""
    hit = _POOLS.get(id(choices))
    if hit is not None and hit[0] is choices and hit[1] == len(choices):
        _POOLS.move_to_end(id(choices))
        return hit[2]
    pool = _Pool([str(c) for c in choices])
    _POOLS[id(choices)] = (choices, len(choices), pool)
    while len(_POOLS) > 8:
        _POOLS.popitem(last=False)
    return pool


def suggest(name: str, choices: Iterable[str]) -> str:
    """' (did you mean `x`?)' for the nearest of ``choices``, or ''.

    Up to ``SUGGEST_EXACT`` choices, the nearest by ``difflib.get_close_matches``. Beyond,
    the same comparison over a shortlist of ``SUGGEST_SHORTLIST`` (names that share
    uncommon trigrams, then names of similar length), so each unknown name costs constant
    time however many facts a sheet has: the suggestion is a hint, and may then miss."""
    pool: Collection[str] = choices if isinstance(choices, Collection) else list(choices)
    candidates = list(pool) if len(pool) <= SUGGEST_EXACT else _pool(pool).shortlist(name)
    near = difflib.get_close_matches(name, candidates, n=1, cutoff=0.6)
    return f" (did you mean `{near[0]}`?)" if near else ""
