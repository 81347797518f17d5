"""Parse YAML with libyaml (CSafeLoader) into plain data plus a line index.

PyYAML silently keeps the last of duplicate keys and happily reads YAML 1.1
surprises (`no` as false, `3:20` as 200, `017` as 15); fact sheets must not.
Aliases are refused: sheets have no use for them and they enable alias bombs.
"""

from __future__ import annotations

import functools
import math
import re
from typing import Any

import yaml

from factcheck.problems import SheetError

try:  # libyaml is about 9x faster; fall back only where it is not compiled in
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

_RESOLVER = yaml.resolver.Resolver()


@functools.lru_cache(maxsize=4096)
def _resolve_scalar(value: str, implicit: tuple[bool, bool]) -> str:
    return _RESOLVER.resolve(yaml.ScalarNode, value, implicit)


#: first characters of plain scalars that an implicit resolver may read as other than
#: text (None when a wildcard or path resolver makes every scalar a candidate)
_IMPLICIT_FIRST = None if None in _RESOLVER.yaml_implicit_resolvers or \
    _RESOLVER.yaml_path_resolvers else frozenset(_RESOLVER.yaml_implicit_resolvers)


class _Loader(_BaseLoader):  # type: ignore[misc, valid-type]
    """libyaml's loader with plain-scalar tag resolution memoised (keys repeat a lot);
    quoted scalars and plain ones no resolver starts with are text without a lookup."""

    def resolve(self, kind, value, implicit):  # noqa: D102
        if kind is yaml.ScalarNode:
            if _IMPLICIT_FIRST is not None and (
                    not implicit[0] or (value and value[0] not in _IMPLICIT_FIRST)):
                return _STR_TAG
            if len(value) < 64:
                return _resolve_scalar(value, tuple(implicit))
        return super().resolve(kind, value, implicit)

Path = tuple[str | int, ...]
MAX_DEPTH = 64
# Numbers are computed as floats: beyond 1e15 whole numbers stop being exact
# (and ints beyond 1e308 cannot be converted at all), so larger ones are refused.
MAX_NUMBER = 1e15

_BOOL_WORDS = {"true", "false"}
_COMMA_NUMBER = re.compile(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?")
_EXP_NUMBER = re.compile(r"[-+]?\d+(\.\d*)?[eE][-+]?\d+")
_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_BOOL_TAG = "tag:yaml.org,2002:bool"
_STR_TAG = "tag:yaml.org,2002:str"
_NULL_TAG = "tag:yaml.org,2002:null"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"
# Tags a fact sheet may carry (implicitly resolved or written as !!str etc.).
_ALLOWED_TAGS = {_BOOL_TAG, _INT_TAG, _FLOAT_TAG, _STR_TAG, _NULL_TAG, _TIMESTAMP_TAG,
                 "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}
_CONSTRUCT = yaml.SafeLoader.yaml_constructors


class LineIndex:
    """1-based line and column of every key and item, by path from the root."""

    def __init__(self) -> None:
        self._pos: dict[Path, Any] = {}  # a yaml Mark or a (line, column) pair

    def add(self, path: Path, line: int, column: int) -> None:
        self._pos[path] = (line, column)

    def add_mark(self, path: Path, mark: Any) -> None:
        """Record a node's start mark (as a pair: pickled far lighter than a mark)."""
        self._pos[path] = (mark.line + 1, mark.column + 1)

    def line(self, path: Path) -> int:
        return self.position(path)[0]

    def position(self, path: Path) -> tuple[int, int]:
        """Position of ``path``, or of its nearest recorded ancestor."""
        path = tuple(path)
        while path:
            if path in self._pos:
                return _pair(self._pos[path])
            path = path[:-1]
        return _pair(self._pos.get((), (1, 1)))


def _pair(pos: Any) -> tuple[int, int]:
    return pos if isinstance(pos, tuple) else (pos.line + 1, pos.column + 1)


def _where(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


_NUMERIC_START = frozenset("0123456789+-.")
_HEX = re.compile(r"[-+]?0x[0-9a-fA-F_]+")
_OCTAL = re.compile(r"[-+]?0[0-7_]+")


def _scalar(node: yaml.ScalarNode, loader: Any, is_key: bool = False) -> Any:
    raw, tag = node.value, node.tag
    plain = not node.style
    if tag == _STR_TAG and (not plain or not raw or raw[0] not in _NUMERIC_START):
        return raw  # fast path: ordinary text (what SafeConstructor returns for str)
    line_col = _where(node)
    if tag not in _ALLOWED_TAGS:
        raise SheetError(
            "yaml-tag", f"YAML tag `{tag}` is not allowed in fact sheets: write plain "
            "values (numbers, dates, text)", *line_col)
    if tag == _INT_TAG and _HEX.fullmatch(raw):
        raise SheetError(
            "yaml-hex", f"`{raw}` is read as a hexadecimal number by YAML 1.1: write "
            f"{int(raw.replace('_', ''), 16)} in decimal, or quote it", *line_col)
    if tag == _BOOL_TAG and raw.lower() not in _BOOL_WORDS:
        raise SheetError(
            "yaml-bool", f"`{raw}` is read as a boolean by YAML 1.1: write true/false, "
            f"or quote it (\"{raw}\") if you mean the word", *line_col)
    if tag == _INT_TAG and ":" in raw:
        raise SheetError(
            "yaml-sexagesimal", f"`{raw}` is read as a base-60 number by YAML 1.1: "
            f"quote it (\"{raw}\") for a time or ratio", *line_col)
    if tag == _INT_TAG and _OCTAL.fullmatch(raw):
        raise SheetError(
            "yaml-octal", f"`{raw}` is read as an octal number by YAML 1.1: "
            f"write {int(raw.replace('_', ''))} without the leading zero, or quote it", *line_col)
    if plain and tag == _STR_TAG and _COMMA_NUMBER.fullmatch(raw):
        raise SheetError(
            "yaml-comma-number", f"`{raw}` is read as text: write the number without "
            f"separators ({raw.replace(',', '')}); keep `{raw}` in the quote", *line_col)
    if plain and tag == _STR_TAG and _EXP_NUMBER.fullmatch(raw):
        if not math.isfinite(float(raw)) or abs(float(raw)) > MAX_NUMBER:
            raise SheetError("yaml-number-range", f"`{raw}` is out of range: numbers in "
                             f"fact sheets are at most {MAX_NUMBER:.0e} in size", *line_col)
        raise SheetError(
            "yaml-exponent", f"`{raw}` is read as text by YAML 1.1: write it in full "
            f"({raw} as {_plain_number(raw)}) or with a dot and signed exponent "
            f"({_yaml11_exponent(raw)})", *line_col)
    if tag == _INT_TAG and len(raw) > 20:  # also stops int()'s 4300-digit ValueError
        raise SheetError("yaml-number-range", f"`{raw[:24]}...` ({len(raw)} digits) is out "
                         f"of range: numbers in fact sheets are at most {MAX_NUMBER:.0e} "
                         "in size", *line_col)
    try:
        value = _CONSTRUCT[tag](loader, node)
    except (ValueError, OverflowError) as exc:  # 2025-02-30, month 13, ...
        what = "date" if tag == _TIMESTAMP_TAG else "value"
        raise SheetError("yaml-value", f"`{raw}` is not a valid {what}: {exc}", *line_col) \
            from None
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise SheetError("yaml-nonfinite", f"`{raw}` is not a finite number: write the "
                         "number the document gives", *line_col)
    if (not is_key and isinstance(value, (int, float)) and not isinstance(value, bool)
            and abs(value) > MAX_NUMBER):
        raise SheetError("yaml-number-range", f"`{raw}` is out of range: numbers in fact "
                         f"sheets are at most {MAX_NUMBER:.0e} in size", *line_col)
    if is_key and (value is None or isinstance(value, (list, dict))):
        raise SheetError("yaml-key", f"`{raw or '(empty)'}` is read as null, not a name: "
                         "write a name as the key", *line_col)
    return value


def _plain_number(raw: str) -> str:
    """'1e3' -> '1000', '2.5e-3' -> '0.0025' (as Decimal writes it without exponent)."""
    from decimal import Decimal

    d = Decimal(raw)
    if abs(d.adjusted()) > 30:  # 1e-999999999 would be a billion zeros
        return "a number without exponent"
    text = format(d, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _yaml11_exponent(raw: str) -> str:
    """'1e3' -> '1.0e+3': the exponent form YAML 1.1 reads as a float."""
    m = re.fullmatch(r"([-+]?\d+)(\.\d*)?[eE]([-+]?)(\d+)", raw)
    if not m:
        return raw
    frac = m.group(2) if m.group(2) and len(m.group(2)) > 1 else ".0"
    return f"{m.group(1)}{frac}e{m.group(3) or '+'}{m.group(4)}"


def parse_yaml(text: str, bad: list[tuple[Path, SheetError]] | None = None
               ) -> tuple[Any, LineIndex]:
    """Parse one YAML document into plain data and its :class:`LineIndex`.

    Raises :class:`SheetError` with line and column for syntax errors,
    duplicate keys, aliases, too-deep nesting and YAML 1.1 traps. ``bad``: a list that
    takes (path, error) for each value caught in a YAML 1.1 trap (``1e3``, ``no``, ``017``)
    instead, the value being read as :data:`BAD`, so the rest of the document is kept.
    """
    index = LineIndex()
    loader = _Loader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            raise _syntax_error(exc, text) from None
        except yaml.YAMLError as exc:
            raise SheetError("yaml-syntax", f"YAML error: {exc}") from None
        if root is None or (isinstance(root, yaml.ScalarNode) and root.tag == _NULL_TAG
                            and not root.value):
            raise SheetError("empty", "the sheet is empty: it needs at least `document:` "
                             "and `facts:`")
        seen: set[int] = set()
        try:
            return _build(root, (), index, loader, seen, 0, bad), index
        except _Repeated:
            raise _alias_error(text) from None
    finally:
        loader.dispose()


class _Repeated(Exception):
    """A node was reached twice: an alias (*name) refers back to an anchor."""


def _alias_error(text: str) -> SheetError:
    """The error for the first alias in ``text``, at the alias itself."""
    line, col = 1, 1
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, yaml.AliasEvent):
                line, col = event.start_mark.line + 1, event.start_mark.column + 1
                break
    except yaml.YAMLError:  # pragma: no cover - the text parsed once already
        pass
    return SheetError("yaml-alias", "YAML anchors and aliases (&, *) are not allowed in fact "
                      "sheets: write the value out", line, col)


def _syntax_error(exc: yaml.MarkedYAMLError, text: str) -> SheetError:
    """A located message for a YAML syntax error, naming tabs and over-nesting plainly."""
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    what = exc.problem or str(exc)
    if "maximum nesting depth" in what:
        return SheetError("too-deep", "the sheet is nested too deeply to read: a fact "
                          "sheet needs only a few levels of brackets or indentation", line, col)
    lines = text.splitlines()
    for n in (line, line - 1):  # libyaml may point at the line before the tab
        if 1 <= n <= len(lines):
            src = lines[n - 1]
            indent = src[: len(src) - len(src.lstrip(" \t"))]
            if "\t" in indent and src.strip():
                return SheetError("yaml-tab", f"line {n} is indented with a tab: YAML "
                                  "indentation must be spaces", n, indent.index("\t") + 1)
    return SheetError("yaml-syntax", f"YAML syntax error: {what}", line, col)


class _Bad:
    """A value that could not be read (its error is listed with its path)."""

    def __repr__(self) -> str:
        return "BAD"


BAD = _Bad()


def _build(node: yaml.Node, path: Path, index: LineIndex, loader: Any, seen: set[int],
           depth: int, bad: list[tuple[Path, SheetError]] | None = None) -> Any:
    if depth > MAX_DEPTH:
        raise SheetError("too-deep", f"nesting deeper than {MAX_DEPTH} levels", *_where(node))
    if id(node) in seen:
        raise _Repeated
    seen.add(id(node))
    if node.tag not in _ALLOWED_TAGS:
        raise SheetError("yaml-tag", f"YAML tag `{node.tag}` is not allowed in fact sheets: "
                         "write plain values (numbers, dates, text)", *_where(node))
    if isinstance(node, yaml.ScalarNode):
        return _leaf(node, path, loader, bad)
    positions = index._pos
    if isinstance(node, yaml.SequenceNode):
        out = []
        for i, item in enumerate(node.value):
            item_path = (*path, i)
            mark = item.start_mark
            positions[item_path] = (mark.line + 1, mark.column + 1)
            out.append(_child(item, item_path, index, loader, seen, depth + 1, bad))
        return out
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise SheetError("yaml-key", "mapping keys must be plain names",
                                 *_where(key_node))
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise SheetError("yaml-alias", "merge keys (<<) are not allowed in fact "
                                 "sheets: write the fields out", *_where(key_node))
            key = _scalar(key_node, loader, is_key=True)
            if not isinstance(key, str):
                key = str(key)
            key_path = (*path, key)
            if key in result:
                first = index.line(key_path)
                raise SheetError("duplicate-key", f"duplicate key `{key}` (first at line "
                                 f"{first}): YAML would keep only the last one; rename or "
                                 "merge them", *_where(key_node))
            mark = key_node.start_mark
            positions[key_path] = (mark.line + 1, mark.column + 1)
            result[key] = _child(value_node, key_path, index, loader, seen, depth + 1, bad)
        return result
    raise SheetError("yaml-node", f"unsupported YAML node {node.tag}", *_where(node))


def _child(node: yaml.Node, path: Path, index: LineIndex, loader: Any, seen: set[int],
           depth: int, bad: list[tuple[Path, SheetError]] | None) -> Any:
    """:func:`_build` of an item or value. Most of a sheet's leaves are read here: text
    that no check applies to (:func:`_scalar`'s own fast path) and decimal digits, which
    pass every check and which SafeConstructor reads as ``int`` does; anything else goes
    through :func:`_build`, so the checks and their order are unchanged."""
    if depth > MAX_DEPTH or id(node) in seen or not isinstance(node, yaml.ScalarNode):
        return _build(node, path, index, loader, seen, depth, bad)
    tag, raw = node.tag, node.value
    if tag == _STR_TAG:
        if node.style or not raw or raw[0] not in _NUMERIC_START:
            seen.add(id(node))
            return raw
    elif tag == _INT_TAG and len(raw) < 16 and raw.isascii() and raw.isdigit() and (
            raw[0] != "0" or raw == "0"):  # no sign, no octal; below MAX_NUMBER
        seen.add(id(node))
        return int(raw)
    return _build(node, path, index, loader, seen, depth, bad)


def _leaf(node: yaml.ScalarNode, path: Path, loader: Any,
          bad: list[tuple[Path, SheetError]] | None) -> Any:
    """A scalar's value; with ``bad``, an unreadable one is listed and read as BAD."""
    if bad is None:
        return _scalar(node, loader)
    try:
        return _scalar(node, loader)
    except SheetError as err:
        bad.append((path, err))
        return BAD
