"""What a text must contain for a regular expression to match in it, read off the pattern.

:func:`gate` parses a compiled pattern (the standard library's own parser) and returns
a necessary condition on the text: a few clauses, each "the text contains one of these
strings" or "the text contains a digit". A text failing it has no match, so a scanner
skips the pattern there without running it. Derived from the pattern's text, the gate
stays right when the pattern is edited.

Case-insensitive literals are looked for in the lower-cased text, and only when the text
is ASCII (where ignoring case is plain ASCII case); any other text passes them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from re import _constants as C  # noqa: N812 - the parser's opcodes
from re import _parser as P  # noqa: N812

DIGIT = "\x00digit"  # the alternative "a decimal digit" (``\d``: any Unicode Nd)
MAX_ALTERNATIVES = 40  # more strings to look for than this cost about what the scan does
_MAX_EXPANSION = 16  # a run of character classes ([Nn]o) spelled out up to this many ways


def _folds_to_ascii(ch: str) -> bool:
    """Whether ignoring case may equate non-ASCII ``ch`` with an ASCII letter (ſ and s,
    ı and i, İ and i, the Kelvin sign and k)."""
    return not ch.isascii() and any(c.isascii() for c in ch.lower() + ch.upper() +
                                     ch.casefold())


@dataclass(frozen=True)
class Clause:
    """The text contains one of ``alternatives`` (``folded``: compared ignoring case)."""

    alternatives: frozenset[str]
    folded: bool = False

    def test(self) -> Callable[[str, str | None], bool]:
        """``holds(text, lower)``: whether ``text`` (``lower``: its lower case if it is
        ASCII, else None) holds one of the alternatives."""
        if len(self.alternatives) == 1 and DIGIT not in self.alternatives:
            (word,) = self.alternatives
            if self.folded:
                return lambda text, lower: lower is None or word in lower
            return lambda text, lower: word in text
        search = re.compile("|".join(r"\d" if a == DIGIT else re.escape(a)
                                     for a in sorted(self.alternatives))).search
        if self.folded:
            return lambda text, lower: lower is None or search(lower) is not None
        return lambda text, lower: search(text) is not None


Gate = tuple[Clause, ...]  # every clause must hold; () holds for every text


def gate(pattern: re.Pattern[str]) -> Gate:
    """A necessary condition for ``pattern`` to match anywhere in a text."""
    folded = bool(pattern.flags & re.IGNORECASE)
    clauses = _sequence(P.parse(pattern.pattern, pattern.flags & ~re.IGNORECASE), folded)
    usable = sorted((c for c in clauses if len(c.alternatives) <= MAX_ALTERNATIVES), key=_cost)
    digits = [c for c in usable if c.alternatives == {DIGIT}]
    return tuple(dict.fromkeys(usable[:1] + digits[:1]))


def _cost(c: Clause) -> tuple:
    """Lower for a clause that fewer texts hold and that is cheaper to test."""
    words = [len(s) for s in c.alternatives if s != DIGIT]
    shortest = min(words, default=0)
    return (DIGIT in c.alternatives, shortest < 3, len(c.alternatives), -shortest)


def _sequence(items, folded: bool) -> list[Clause]:
    """The clauses of a sequence: every item's, and each run of literal characters."""
    clauses: list[Clause] = []
    run: set[str] = {""}
    for op, av in items:
        chars = _chars(op, av, folded)
        if chars is not None and len(run) * len(chars) <= _MAX_EXPANSION:
            run = {r + c for r in run for c in chars}
            continue
        _close(run, folded, clauses)
        run = {""}
        if chars is not None:
            run = set(chars)
            continue
        clauses += _item(op, av, folded)
    _close(run, folded, clauses)
    return clauses


def _close(run: set[str], folded: bool, clauses: list[Clause]) -> None:
    if "" in run:
        return
    if folded:
        if any(_folds_to_ascii(ch) for s in run for ch in s):
            return  # may match ASCII text that does not contain it, even lower-cased
        run = {s.lower() for s in run}
    clauses.append(Clause(_minimal(run), folded))
    if all(any("0" <= ch <= "9" for ch in s) for s in run):  # "19" or "20": a digit too
        clauses.append(Clause(frozenset({DIGIT})))


def _minimal(strings: set[str]) -> frozenset[str]:
    """``strings`` without those containing another (found whenever it is)."""
    out = {s for s in strings
           if s == DIGIT or not any(t != s and t != DIGIT and t in s for t in strings)}
    return frozenset(out)


def _chars(op, av, folded: bool) -> set[str] | None:
    """The characters a single-character item matches, if a few plain ones."""
    if op is C.LITERAL:
        return {chr(av)}
    if op is C.IN and len(av) <= 8 and all(o is C.LITERAL for o, _ in av):
        return {chr(v) for _, v in av}
    return None


def _digits_only(av) -> bool:
    """Whether a character class matches decimal digits only."""
    for o, v in av:
        if o is C.CATEGORY and v is C.CATEGORY_DIGIT:
            continue
        if o is C.LITERAL and chr(v).isdecimal() and chr(v).isascii():
            continue
        if o is C.RANGE and chr(v[0]).isdecimal() and chr(v[1]).isdecimal() \
                and chr(v[0]).isascii() and chr(v[1]).isascii():
            continue
        return False
    return True


def _item(op, av, folded: bool) -> list[Clause]:
    if op is C.IN:
        return [Clause(frozenset({DIGIT}))] if _digits_only(av) else []
    if op is C.SUBPATTERN:
        _group, add, remove, body = av
        inner = (folded or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _sequence(body, inner)
    if op is C.ATOMIC_GROUP:
        return _sequence(av, folded)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, body = av
        return _sequence(body, folded) if low >= 1 else []
    if op is C.BRANCH:  # one of the branches: the union of each one's best clause
        options = [_sequence(branch, folded) for branch in av[1]]
        if not all(options):
            return []
        best = [min(o, key=_cost) for o in options]
        out = []
        if len({c.folded for c in best}) == 1:  # (mixed case rules: not gated)
            out.append(Clause(_minimal(set().union(*(c.alternatives for c in best))),
                              best[0].folded))
        if all(any(c.alternatives == {DIGIT} for c in o) for o in options):
            out.append(Clause(frozenset({DIGIT})))  # every branch needs a digit
        return out
    return []  # assertions, anchors, any character, back references: no requirement
