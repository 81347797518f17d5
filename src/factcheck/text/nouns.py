"""Counted nouns: one singular/plural implementation (inflect) and the alias words
that name a unit in running text ("UAVs" and "Shaheds" count drones, "killed" and
"fatalities" count people).

Aliases are data: ``factcheck/data/aliases.yaml`` per language and unit, extended
by a sheet's own ``aliases:`` mapping.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from importlib import resources

import yaml

from factcheck.text.languages import WORD, lemma_function
from factcheck.text.locales import CJK, CLASSIFIERS, GLUED, stem_function

# Words inflect gets wrong for news copy, or that are no nouns at all.
_KEEP = frozenset({"news", "police", "personnel", "staff", "series", "species", "aircraft",
                   "this", "was", "has", "is", "its", "us", "as", "gas", "bus", "less",
                   "bonus", "status", "virus", "census", "campus", "chaos", "crisis"})


# Compounds that count what their first part names, by stem ("invånarantalet",
# "Einwohnerzahl", "inwoneraantal").
_COUNT_HEADS = {"sv": ("antal",), "nb": ("antall",), "da": ("antal",), "de": ("zahl",),
                "nl": ("aantal",)}


@functools.cache
def _inflect():
    import inflect  # pinned to 5.x: 7.x spends over a second importing typeguard

    return inflect.engine()


# ISO 4217 codes ending in S, which are no plurals (the Kenyan shilling, the shekel...)
_CODES = frozenset({"KES", "ILS", "TZS", "UZS", "KGS", "GHS", "SOS", "VES", "UGX"})


_IRREGULAR = {"pence": "penny"}
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")


@functools.lru_cache(maxsize=65536)
def singular(word: str) -> str:
    """Lower-case singular of a noun: 'Casualties' -> 'casualty', 'people' -> 'person'."""
    w = word.strip().lower()
    if w.upper() in _CODES:
        return w  # a currency code: "KES", "ILS" are no plurals
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if _ACRONYM_PLURAL.fullmatch(word.strip()):
        return w[:-1]  # "TEUs", "NGOs": an acronym's plural
    if w in _KEEP or len(w) < 3 or not w.isalpha() or w.endswith(("us", "ss", "is")):
        return w  # coronavirus, census, crisis: singular already
    return _inflect().singular_noun(w) or w


@functools.lru_cache(maxsize=4096)
def plural(noun: str, count: float = 2) -> str:
    """'person' -> 'people' (count 1 keeps the singular); multi-word: last word inflects."""
    if count == 1 or not noun.isascii():
        return noun
    head, _, last = noun.rpartition(" ")
    inflected = _inflect().plural_noun(last) or last
    return f"{head} {inflected}" if head else inflected


def _folded(word: str) -> str:
    """Lower case without a plural -s after a vowel: the normal form of a noun in a
    language without a lemmatiser here ("euros", "escaños", "personnes" -> "euro", ...)."""
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and w[-2] in "aeiouyáéíóúàèìòùâêôã" else w


@functools.cache
def builtin_aliases(language: str = "en") -> Mapping[str, tuple[str, ...]]:
    """Alias words per unit shipped with factcheck for ``language`` (English if unknown)."""
    data = yaml.load(resources.files("factcheck.data").joinpath("aliases.yaml").read_text(
        encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    table = data.get(language.split("-")[0].lower()) or data["en"]
    return {unit: tuple(forms) for unit, forms in table.items()}


def _alias_form(norm: Callable[[str], str], text: str) -> str:
    """Normalised alias: normal forms of its words; symbols ('$', 'A$') as written."""
    ws = WORD.findall(text)
    if not ws or "".join(ws) != re.sub(r"[\s'\u2019\u02bc-]", "", text):
        return text.strip().lower()
    return " ".join(norm(w) for w in ws)


def normal_form(lang: str) -> Callable[[str], str]:
    """How words of ``lang`` are compared: English singulars, lemmas where a lemmatiser
    is known, else lower case without a plural -s after a vowel (where a Snowball
    stemmer knows the language, :class:`Aliases` also compares stems)."""
    if lang == "en":
        return singular
    if lang in ("uk", "ru", "hi", "te", "ar") or lang in CJK:
        return lemma_function(lang)
    return _folded


@functools.lru_cache(maxsize=256)
def _alias_tables(lang: str, extra: tuple[tuple[str, tuple[str, ...]], ...]
                  ) -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """(unit -> its alias forms, form -> the units it names) for ``lang`` and a sheet's
    own ``extra`` aliases: built once per distinct pair, read only."""
    norm = normal_form(lang)
    sources = [builtin_aliases("en")]
    if lang != "en":
        sources.append(builtin_aliases(lang))
    table: dict[str, set[str]] = {}
    for source in (*sources, dict(extra)):
        for unit, forms in source.items():
            key = singular(unit.replace("_", " ").split()[-1]) if " " in unit.replace(
                "_", " ") else singular(unit)
            table.setdefault(key, set()).update(_alias_form(norm, f) for f in forms)
            table.setdefault(unit.replace("_", " ").lower(), set()).update(
                _alias_form(norm, f) for f in forms)
    owner: dict[str, set[str]] = {}
    for unit, forms in table.items():
        for f in forms | {singular(unit)}:
            owner.setdefault(f, set()).add(singular(unit))
    return ({k: frozenset(v) for k, v in table.items()},
            {k: frozenset(v) for k, v in owner.items()})


class Aliases:
    """Which words name a unit: built-in aliases (English and the sheet's language)
    plus a sheet's own, compared by normal form: English singulars, Ukrainian and
    Russian lemmas, other languages' words without a plural -s after a vowel; in
    Hindi, Telugu and Arabic a word names a unit if it starts with an alias (suffixes
    mark case and number: డ్రోన్లు, डॉक्टरों, كيلومترات), and so does a run of Chinese,
    Japanese or Korean text after the digits (the counter comes first: "7人と", "5539명으로")."""

    def __init__(self, extra: Mapping[str, Iterable[str]] | None = None,
                 language: str | None = None) -> None:
        lang = (language or "en").split("-")[0].lower()
        self.norm = normal_form(lang)
        self.lang = lang
        #: the Snowball stemmer compared after the normal forms ("circunscripciones",
        #: "personer", "henkilöä"), or None
        self.stem = stem_function(lang) if self.norm is _folded else None
        self._stems: dict[str, frozenset[str]] = {}
        self.prefix = lang in ("hi", "te", "ar") or lang in GLUED
        # a counter of one character names a unit in Chinese, Japanese and Korean ("8県で",
        # "5539명으로")
        self.shortest = 1 if lang in GLUED else 2
        given = tuple((unit, tuple(forms)) for unit, forms in (extra or {}).items())
        self._given = given
        self._table, self._owner = _alias_tables(lang, given)
        #: a language whose nouns are known only in part (every one but English): a word
        #: not in its tables says nothing about what a number counts
        self.partial = lang != "en"
        #: counters follow the digits (Chinese, Japanese, Korean): a closed class, so a
        #: counter no table holds counts something else
        self.counters = lang in GLUED
        self.cjk = lang in CJK
        # the units this language has words for, built in or the sheet's own
        self._own = frozenset(singular(u.replace("_", " ").split()[-1]) for u in (
            *(builtin_aliases(lang) if self.partial else ()), *(u for u, _ in given)))
        self._mentioned: dict[tuple[str, str], str | None] = {}

    def _form(self, text: str) -> str:
        """Normalised alias: normal forms of its words; symbols ('$', 'A$') as written."""
        return _alias_form(self.norm, text)

    def forms(self, unit: str) -> frozenset[str]:
        """Normalised forms naming ``unit`` (its own name included); a rate such as
        "person per kilometer ** 2" is named by what it counts."""
        unit = unit.split(" per ")[0]
        u = singular(unit.split()[-1]) if unit.strip() else unit
        found = self._table.get(u, set()) | {u} | self._table.get(unit.lower(), set())
        for owner in self._english_owner(u):  # "worker" in Spanish: "trabajadores"
            found = found | self._table.get(owner, set())
        return frozenset(found)

    def _own_forms(self, unit: str) -> set[str]:
        """Normal forms of the words of the sheet's language (built in and the sheet's
        own) for ``unit``."""
        key = singular(unit.split(" per ")[0].split()[-1]) if unit.strip() else unit
        keys = {key} | self._english_owner(key)
        own = builtin_aliases(self.lang)
        own = {} if own == builtin_aliases("en") else own  # no table: English's stands in
        return {self._form(f) for u, fs in (*own.items(), *self._given)
                if singular(u.replace("_", " ").split()[-1]) in keys for f in fs}

    def _english_owner(self, u: str) -> set[str]:
        """The one unit whose words include ``u`` where ``u`` is no unit of the tables, in
        a sheet of another language than English ("worker" is a person: "trabajadores";
        "state" a region: "राज्य"), else nothing."""
        if not self.partial or u in self._table:
            return set()
        owners = self._owner.get(u, frozenset())
        return set(owners) if len(owners) == 1 else set()

    def has_words_for(self, unit: str) -> bool:
        """True if the sheet's language has words of its own for ``unit`` (built in, or
        under the sheet's ``aliases:``)."""
        unit = unit.split(" per ")[0]
        return bool(unit.strip()) and singular(unit.split()[-1]) in self._own

    def names(self, unit: str, word: str) -> bool:
        """True if ``word`` (a normal form) names ``unit``: as written; in Chinese and
        Japanese also past a measure word before the noun ("名乘客": passengers); else by
        the Snowball stem of the language's own words ("henkilöä" and "henkilö",
        "circunscripciones" and "circunscripción"); a compound ending in the word for
        "number of" names what its first part names ("invånarantalet": inhabitants)."""
        forms = self.forms(unit)
        if word.endswith("s") and word[:-1] in forms:
            return True  # "hoblis", "taxis": a plain -s plural the singulariser keeps
        if word in forms or (self.prefix and any(
                len(f) >= self.shortest and word.startswith(f) for f in forms if " " not in f)):
            return True
        if self.cjk and len(word) > 1 and word[0] in CLASSIFIERS and self.names(unit, word[1:]):
            return True
        if self.stem is None:
            return False
        if unit not in self._stems:  # the language's own words: English ones stem badly
            own = {f for f in self._own_forms(unit) if " " not in f}
            self._stems[unit] = frozenset(own | {self.stem(f) for f in own})
        stems = self._stems[unit]  # words and stems: Snowball cuts "ciudad" to "ciud"
        word = self.stem(word)
        head = next((h for h in _COUNT_HEADS.get(self.lang, ()) if word.endswith(h)
                     and len(word) > len(h) + 3), None)
        if head:
            word = word[:-len(head)]
        return word in stems or bool(head) and any(
            len(f) >= 4 and word.startswith(f) for f in stems)

    def _owners(self, word: str) -> set[str]:
        w = self.norm(word.split()[-1])
        owners = self._owner.get(w, set())
        if not owners and self.prefix:
            owners = {u for f, us in self._owner.items() if len(f) >= self.shortest and " " not in f
                      and w.startswith(f) for u in us}
        if not owners and self.stem is not None:  # "henkilöä", "personer": by stem
            owners = {u for u in self._own_units() if self.names(u, w)}
        return owners

    def _own_units(self) -> tuple[str, ...]:
        """The units the sheet's language has words for (built in or the sheet's)."""
        return tuple(sorted(self._own))

    def unit_of(self, word: str) -> str | None:
        """The one unit ``word`` names ("безпілотників" -> drone), or None."""
        owners = self._owners(word) if word else set()
        return next(iter(owners)) if len(owners) == 1 else None

    def knows(self, word: str) -> bool:
        """True if ``word`` (as written) names some unit: built in or the sheet's own."""
        return bool(word) and bool(self._owners(word))

    def names_other(self, word: str, unit: str) -> bool:
        """True if ``word`` is a known name of some unit other than ``unit``."""
        owners = self._owner.get(self._form(word), set()) or (
            self._owners(word) if self.stem is not None else set())
        return bool(owners) and not (owners & {singular(unit.split()[-1]), unit.lower()})

    def mentioned(self, unit: str, text: str) -> str | None:
        """The first form of ``unit`` written in ``text``, or None. Remembered per
        ``(unit, text)``: grounding asks it of the same quote for every number in it, and
        a quote of n numbers would otherwise be read n times (A9)."""
        key = (unit, text)
        if key not in self._mentioned:
            self._mentioned[key] = self._first_form(unit, text)
        return self._mentioned[key]

    def _first_form(self, unit: str, text: str) -> str | None:
        forms = self.forms(unit)
        toks = [self.norm(w) for w in WORD.findall(text)]
        joined = " " + " ".join(toks) + " "
        low = text.lower()
        for f in sorted(forms, key=len, reverse=True):
            if " " not in f and WORD.fullmatch(f):
                if f in toks or (self.prefix and len(f) >= self.shortest
                                 and any(t.startswith(f) for t in toks)):
                    return f
            elif f" {f} " in joined or (not WORD.fullmatch(f.replace(" ", "")) and f in low):
                return f
        if self.stem is not None:  # "ciudades" for "ciudad", "invånarantalet"
            return next((t for t in toks if self.names(unit, t)), None)
        return None


