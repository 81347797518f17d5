"""One pass over a text that tells which of many regular expressions may match in it.

:class:`Prefilter` keeps the patterns a scanner runs (registered as they are first
run, so an added or edited pattern is picked up as it is) and reads a text once with an
RE2 set of their *widened* forms (:func:`widened`): each matches wherever its pattern
does, and more (lookarounds, anchors and word boundaries dropped, negated classes read
as any character). A pattern whose widened form is absent from the text cannot match
there and is skipped; the others run as before, so what they find is unchanged. The
set is an automaton: one linear pass over the text for all patterns at once.
"""

from __future__ import annotations

import _sre
import functools
import re
import threading
from re import _constants as C  # noqa: N812 - the parser's opcodes
from re import _parser as P  # noqa: N812
from re._casefix import _EXTRA_CASES

__all__ = ["Prefilter", "widened"]

_ANY = r"(?s:.)"
#: Python's ``\s`` (``str.isspace``: Unicode White_Space, bidi B, S, WS), within these
_SPACE = r"[\t-\r\x{1c}-\x{1f} \x{85}\p{Z}]"
_RE2_MAX_REPEAT = 1000  # RE2 refuses larger counted repeats
#: no character from here on has a case (the last cased ones are Adlam's, U+1E900-1E943;
#: a test checks Python's own tables), so the case tables stop here
CASED_BELOW = 0x20000


class Untranslatable(ValueError):
    """A construct the widening does not know; the pattern is then always run."""


def _char(code: int) -> str:
    return rf"\x{{{code:x}}}"


@functools.cache
def _cased_to() -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """Characters by their lower case, and by their upper case, where it differs."""
    lower: dict[int, list[int]] = {}
    upper: dict[int, list[int]] = {}
    for x in range(CASED_BELOW):
        lo = _sre.unicode_tolower(x)
        if lo != x:
            lower.setdefault(lo, []).append(x)
        up = chr(x).upper()  # one character where the simple upper case differs
        if len(up) == 1 and up != chr(x):
            upper.setdefault(ord(up), []).append(x)
    return lower, upper


def _folds(code: int) -> set[int]:
    """Every character Python's ``re`` equates with ``code`` when ignoring case: those of
    the same lower case, or of one of its special equivalents ("i" and dotless "ı")."""
    lower, upper = _cased_to()
    lo = _sre.unicode_tolower(code)
    out = {code, *upper.get(code, ())}
    for t in (lo, *_EXTRA_CASES.get(lo, ())):
        out.add(t)
        out.update(lower.get(t, ()))
        out.update(upper.get(t, ()))
    return out


def _folded_class(items) -> str:
    """A class matching every character Python's ``re`` matches with ``items`` when
    ignoring case (spelled out; any character for a large range or a category)."""
    codes: set[int] = set()
    caseless = []  # digits and spaces: no case to fold
    for op, av in items:
        if op is C.LITERAL:
            codes |= _folds(av)
        elif op is C.RANGE and av[1] - av[0] <= 512:
            for code in range(av[0], av[1] + 1):
                codes |= _folds(code)
        elif op is C.CATEGORY and _category(av) in (r"\p{Nd}", _SPACE[1:-1]):
            caseless.append(_category(av))
        else:
            return _ANY
    return "[" + "".join(caseless) + "".join(_char(c) for c in sorted(codes)) + "]"


def _category(code) -> str | None:
    """A class item for a positive category, or None for "any character"."""
    if code is C.CATEGORY_DIGIT or code is C.CATEGORY_UNI_DIGIT:
        return r"\p{Nd}"  # Python's \d: Unicode decimal digits (Nd)
    if code is C.CATEGORY_SPACE or code is C.CATEGORY_UNI_SPACE:
        return _SPACE[1:-1]
    if code is C.CATEGORY_WORD or code is C.CATEGORY_UNI_WORD:
        return r"\p{L}\p{N}\p{M}_"  # Python's \w: alphanumeric (L*, N*) or "_"
    return None  # negated categories, line breaks: any character (wider)


def _class(items) -> str:
    parts = []
    for op, av in items:
        if op is C.NEGATE:
            return _ANY  # a negated class is wider than any case folding would make it
        if op is C.LITERAL:
            parts.append(_char(av))
        elif op is C.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is C.CATEGORY:
            item = _category(av)
            if item is None:
                return _ANY
            parts.append(item)
        else:
            return _ANY
    return f"[{''.join(parts)}]" if parts else _ANY


def _repeat(low: int, high, body: str) -> str:
    if high is C.MAXREPEAT or high > _RE2_MAX_REPEAT:
        return f"(?:{body})*" if low > _RE2_MAX_REPEAT else f"(?:{body}){{{low},}}"
    return f"(?:{body}){{{low},{high}}}"


def _sequence(items, folded: bool, groups: dict[int, tuple[str, bool]]) -> str:
    return "".join(_item(op, av, folded, groups) for op, av in items)


def _item(op, av, folded: bool, groups: dict[int, tuple[str, bool]]) -> str:
    """RE2 text matching at least what the item matches (``folded``: ignoring case)."""
    if op is C.LITERAL:
        return _folded_class([(op, av)]) if folded else _char(av)
    if op is C.IN:
        if any(o is C.NEGATE for o, _ in av):
            return _ANY  # wider than any case folding would make it
        return _folded_class(av) if folded else _class(av)
    if op is C.CATEGORY:
        item = _category(av)
        return _ANY if item is None else f"[{item}]"
    if op in (C.NOT_LITERAL, C.ANY):
        return _ANY
    if op is C.BRANCH:
        return "(?:" + "|".join(_sequence(b, folded, groups) for b in av[1]) + ")"
    if op is C.SUBPATTERN:
        group, add, remove, body = av
        inner = (folded or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        text = _sequence(body, inner, groups)
        if group is not None:
            groups[group] = (text, inner)
        return f"(?:{text})"
    if op is C.ATOMIC_GROUP:  # backtracking into it only adds matches
        return f"(?:{_sequence(av, folded, groups)})"
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, body = av
        return _repeat(low, high, _sequence(body, folded, groups))
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return ""  # lookarounds, anchors, word boundaries: dropped (wider)
    if op is C.GROUPREF:  # the same text as the group (in another case if ignoring it)
        text, group_folded = groups.get(av, ("", False))
        return f"(?:{text})" if av in groups and group_folded >= folded else f"{_ANY}*"
    if op is C.GROUPREF_EXISTS:
        _group, yes, no = av
        return ("(?:" + _sequence(yes, folded, groups) + "|"
                + (_sequence(no, folded, groups) if no is not None else "") + ")")
    raise Untranslatable(f"no widening for {op}")


def widened(pattern: re.Pattern[str]) -> str:
    """RE2 text that matches, in any text, wherever ``pattern`` matches (and maybe more);
    :class:`Untranslatable` for a construct it does not know."""
    if not isinstance(pattern.pattern, str):
        raise Untranslatable("a bytes pattern")
    parsed = P.parse(pattern.pattern, pattern.flags)
    folded = bool(parsed.state.flags & re.IGNORECASE)
    return _sequence(parsed, folded, {})


class _Built:
    """A compiled set and, per text, which registered patterns it rules out."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        import re2  # only once the pass is built (a one-sheet run never builds it)

        options = re2.Options()
        options.max_mem = 64 << 20
        options.log_errors = False
        self.set = re2.Set.SearchSet(options)
        self.set.Add("")  # slot 0 matches every text: its absence means the pass failed
        self.ids: list[int] = [0]
        for p in patterns:
            try:
                text = widened(p)
                re2.compile(text, options)  # quietly: the set would log what it refuses
                self.set.Add(text)
            except (Untranslatable, re2.error):  # (RE2 refuses a huge repeat, ...)
                continue  # never ruled out: always run
            self.ids.append(id(p))
        try:
            self.set.Compile()
        except re2.error:  # too large for RE2's memory: no pass, every pattern runs
            self.set = None
        self.all = frozenset(self.ids[1:])
        self.skips: dict[tuple[int, ...], frozenset[int]] = {}


class Prefilter:
    """Registered patterns, and for a text the ids of those that cannot match in it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._patterns: dict[int, re.Pattern[str]] = {}  # by id (kept alive: ids stay)
        self._built: _Built | None = None
        self._stale = False

    def known(self, pattern: re.Pattern[str]) -> bool:
        return self._patterns.get(id(pattern)) is pattern

    def register(self, pattern: re.Pattern[str]) -> None:
        """Take ``pattern`` into the set from the next text on."""
        with self._lock:
            if self._patterns.get(id(pattern)) is not pattern:
                self._patterns[id(pattern)] = pattern
                self._stale = True

    def built(self) -> _Built | None:
        if self._stale:
            with self._lock:
                if self._stale:
                    self._built = _Built(list(self._patterns.values()))
                    self._stale = False
        return self._built

    def skip(self, text: str) -> frozenset[int] | None:
        """Ids of registered patterns that do not match in ``text`` (None: none known)."""
        built = self.built()
        if built is None or built.set is None:
            return None
        try:
            found = built.set.Match(text)
        except UnicodeEncodeError:  # a lone surrogate: no pass, every pattern runs
            return None
        if not found or 0 not in found:
            return None  # the pass failed (out of memory): every pattern runs
        key = tuple(sorted(found))
        out = built.skips.get(key)
        if out is None:
            out = built.all.difference(built.ids[k] for k in key)
            if len(built.skips) < 4096:
                built.skips[key] = out
        return out
