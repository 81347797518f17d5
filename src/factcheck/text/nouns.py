"""Counted nouns: one singular/plural implementation (inflect) and the alias words
that name a unit in running text ("UAVs" and "Shaheds" count drones, "killed" and
"fatalities" count people).

Aliases are data: ``factcheck/data/aliases.yaml`` per language and unit, extended
by a sheet's own ``aliases:`` mapping.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from importlib import resources

import yaml

_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")
# Words inflect gets wrong for news copy, or that are no nouns at all.
_KEEP = frozenset({"news", "police", "personnel", "staff", "series", "species", "aircraft",
                   "this", "was", "has", "is", "its", "us", "as", "gas", "bus", "less",
                   "bonus", "status", "virus", "census", "campus", "chaos", "crisis"})


@functools.cache
def _inflect():
    import inflect  # pinned to 5.x: 7.x spends over a second importing typeguard

    return inflect.engine()


@functools.lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """Lower-case singular of a noun: 'Casualties' -> 'casualty', 'people' -> 'person'."""
    w = word.strip().lower()
    if w in _KEEP or len(w) < 3 or not w.isalpha() or w.endswith(("us", "ss", "is")):
        return w  # coronavirus, census, crisis: singular already
    return _inflect().singular_noun(w) or w


@functools.lru_cache(maxsize=4096)
def plural(noun: str, count: float = 2) -> str:
    """'person' -> 'people' (count 1 keeps the singular); multi-word: last word inflects."""
    if count == 1:
        return noun
    head, _, last = noun.rpartition(" ")
    inflected = _inflect().plural_noun(last) or last
    return f"{head} {inflected}" if head else inflected


def words(text: str) -> list[str]:
    """The words of ``text`` in lower case, singularised."""
    return [singular(w) for w in _WORD.findall(text)]


@functools.cache
def builtin_aliases(language: str = "en") -> Mapping[str, tuple[str, ...]]:
    """Alias words per unit shipped with factcheck for ``language`` (English if unknown)."""
    data = yaml.load(resources.files("factcheck.data").joinpath("aliases.yaml").read_text(
        encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    table = data.get(language.split("-")[0].lower()) or data["en"]
    return {unit: tuple(forms) for unit, forms in table.items()}


class Aliases:
    """Which words name a unit: built-in aliases plus a sheet's own."""

    def __init__(self, extra: Mapping[str, Iterable[str]] | None = None,
                 language: str | None = None) -> None:
        table: dict[str, set[str]] = {}
        for source in (builtin_aliases(language or "en"), extra or {}):
            for unit, forms in source.items():
                table.setdefault(singular(unit), set()).update(_form(f) for f in forms)
        self._table = table
        self._owner: dict[str, set[str]] = {}
        for unit, forms in table.items():
            for f in forms | {singular(unit)}:
                self._owner.setdefault(f, set()).add(singular(unit))

    def forms(self, unit: str) -> frozenset[str]:
        """Normalised forms naming ``unit`` (its own name included); a rate such as
        "person per kilometer ** 2" is named by what it counts."""
        unit = unit.split(" per ")[0]
        u = singular(unit.split()[-1]) if unit.strip() else unit
        return frozenset(self._table.get(u, set()) | {u} | self._table.get(unit.lower(), set()))

    def names_other(self, word: str, unit: str) -> bool:
        """True if ``word`` is a known name of some unit other than ``unit``."""
        owners = self._owner.get(_form(word), set())
        return bool(owners) and not (owners & {singular(unit.split()[-1]), unit.lower()})

    def mentioned(self, unit: str, text: str) -> str | None:
        """The first form of ``unit`` written in ``text``, or None."""
        forms = self.forms(unit)
        toks = words(text)
        joined = " " + " ".join(toks) + " "
        low = text.lower()
        for f in sorted(forms, key=len, reverse=True):
            if f.isalpha() and f in toks:
                return f
            if not f.isalpha() and (f" {f} " in joined or (not _WORD.fullmatch(f) and f in low)):
                return f
        return None


def _form(text: str) -> str:
    """Normalised alias: singular words, lower case; symbols ('$', 'A$') kept as written."""
    ws = _WORD.findall(text)
    if not ws or "".join(ws) != re.sub(r"[\s'\u2019]", "", text):
        return text.strip().lower()
    return " ".join(singular(w) for w in ws)
