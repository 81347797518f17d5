"""Parse YAML with libyaml (CSafeLoader) into plain data plus a line index.

PyYAML silently keeps the last of duplicate keys and happily reads YAML 1.1
surprises (`no` as false, `3:20` as 200, `017` as 15); fact sheets must not.
Aliases are refused: sheets have no use for them and they enable alias bombs.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from factcheck.problems import SheetError

try:  # libyaml is about 9x faster; fall back only where it is not compiled in
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

Path = tuple[str | int, ...]
MAX_DEPTH = 64

_BOOL_WORDS = {"true", "false"}
_COMMA_NUMBER = re.compile(r"[-+]?\d{1,3}(,\d{3})+(\.\d+)?")
_EXP_NUMBER = re.compile(r"[-+]?\d+(\.\d*)?[eE][-+]?\d+")
_INT_TAG = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_BOOL_TAG = "tag:yaml.org,2002:bool"
_STR_TAG = "tag:yaml.org,2002:str"
_CONSTRUCT = yaml.SafeLoader.yaml_constructors


class LineIndex:
    """1-based line and column of every key and item, by path from the root."""

    def __init__(self) -> None:
        self._pos: dict[Path, tuple[int, int]] = {}

    def add(self, path: Path, line: int, column: int) -> None:
        self._pos[path] = (line, column)

    def line(self, path: Path) -> int:
        return self.position(path)[0]

    def position(self, path: Path) -> tuple[int, int]:
        """Position of ``path``, or of its nearest recorded ancestor."""
        path = tuple(path)
        while path:
            if path in self._pos:
                return self._pos[path]
            path = path[:-1]
        return self._pos.get((), (1, 1))


def _where(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def _scalar(node: yaml.ScalarNode, loader: Any) -> Any:
    raw, tag, line_col = node.value, node.tag, _where(node)
    plain = not node.style
    if tag == _BOOL_TAG and raw.lower() not in _BOOL_WORDS:
        raise SheetError(
            "yaml-bool", f"`{raw}` is read as a boolean by YAML 1.1: write true/false, "
            f"or quote it (\"{raw}\") if you mean the word", *line_col)
    if tag == _INT_TAG and ":" in raw:
        raise SheetError(
            "yaml-sexagesimal", f"`{raw}` is read as a base-60 number by YAML 1.1: "
            f"quote it (\"{raw}\") for a time or ratio", *line_col)
    if tag == _INT_TAG and re.fullmatch(r"[-+]?0[0-7_]+", raw):
        raise SheetError(
            "yaml-octal", f"`{raw}` is read as an octal number by YAML 1.1: "
            f"write {int(raw.replace('_', ''))} without the leading zero, or quote it", *line_col)
    if plain and tag == _STR_TAG and _COMMA_NUMBER.fullmatch(raw):
        raise SheetError(
            "yaml-comma-number", f"`{raw}` is read as text: write the number without "
            f"separators ({raw.replace(',', '')}); keep `{raw}` in the quote", *line_col)
    if plain and tag == _STR_TAG and _EXP_NUMBER.fullmatch(raw):
        raise SheetError(
            "yaml-exponent", f"`{raw}` is read as text by YAML 1.1: write it in full "
            "(1e3 as 1000) or as 1.0e+3", *line_col)
    value = _CONSTRUCT.get(tag, _CONSTRUCT[_STR_TAG])(loader, node)
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        raise SheetError("yaml-nonfinite", f"`{raw}` is not a finite number", *line_col)
    return value


def parse_yaml(text: str) -> tuple[Any, LineIndex]:
    """Parse one YAML document into plain data and its :class:`LineIndex`.

    Raises :class:`SheetError` with line and column for syntax errors,
    duplicate keys, aliases, too-deep nesting and YAML 1.1 traps.
    """
    index = LineIndex()
    loader = _Loader(text)
    try:
        try:
            root = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            what = exc.problem or str(exc)
            raise SheetError("yaml-syntax", f"YAML syntax error: {what}", line, col) from None
        except yaml.YAMLError as exc:
            raise SheetError("yaml-syntax", f"YAML error: {exc}") from None
        if root is None:
            raise SheetError("empty", "the sheet is empty: it needs at least `document:` "
                             "and `facts:`")
        seen: set[int] = set()
        return _build(root, (), index, loader, seen, 0), index
    finally:
        loader.dispose()


def _build(node: yaml.Node, path: Path, index: LineIndex, loader: Any, seen: set[int],
           depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise SheetError("too-deep", f"nesting deeper than {MAX_DEPTH} levels", *_where(node))
    if id(node) in seen:
        raise SheetError("yaml-alias", "YAML anchors and aliases (&, *) are not allowed in "
                         "fact sheets: write the value out", *_where(node))
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        return _scalar(node, loader)
    if isinstance(node, yaml.SequenceNode):
        out = []
        for i, item in enumerate(node.value):
            index.add((*path, i), *_where(item))
            out.append(_build(item, (*path, i), index, loader, seen, depth + 1))
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
            key = _scalar(key_node, loader)
            if not isinstance(key, str):
                key = str(key)
            if key in result:
                first = index.line((*path, key))
                raise SheetError("duplicate-key", f"duplicate key `{key}` (first at line "
                                 f"{first}): YAML would keep only the last one; rename or "
                                 "merge them", *_where(key_node))
            index.add((*path, key), *_where(key_node))
            result[key] = _build(value_node, (*path, key), index, loader, seen, depth + 1)
        return result
    raise SheetError("yaml-node", f"unsupported YAML node {node.tag}", *_where(node))
