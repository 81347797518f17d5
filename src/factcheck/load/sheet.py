"""Read a fact-sheet file into a validated model, or into located problems."""

from __future__ import annotations

import functools
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from factcheck.api.model import Sheet
from factcheck.load.yaml_tree import LineIndex, parse_yaml
from factcheck.problems import Problem, SheetError, suggest

MAX_SHEET_BYTES = 8 * 1024 * 1024
MAX_DOCUMENT_BYTES = 16 * 1024 * 1024
MAX_QUOTE_CHARS = 5000


@dataclass
class LoadedSheet:
    """A sheet that parsed and validated, with what later stages need."""

    path: Path  # absolute
    rel: str  # as shown to people: relative to the project root, POSIX slashes
    sheet: Sheet
    lines: LineIndex
    document_path: Path
    document_text: str
    problems: list[Problem] = field(default_factory=list)
    #: facts and background values left out because their entry is invalid: checks
    #: that use them are errors pointing at the entry's problem
    broken: dict[str, Problem] = field(default_factory=dict)
    #: the project root that paths in the sheet (document, datasets) are relative to
    root: Path | None = None

    def line(self, *path: str | int) -> int:
        return self.lines.line(path)


@functools.lru_cache(maxsize=16)
def _resolved_root(root: Path) -> Path:
    """The project root resolved (once a process: every sheet of a run asks twice)."""
    return root.resolve()


def display_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(_resolved_root(root)).as_posix()
    except ValueError:
        return path.as_posix()


# scripts the corpus's languages are written in: ASCII, Latin-1, Cyrillic, Devanagari,
# Telugu, general punctuation
_TEXT_RANGES = ((0x09, 0x7E), (0xA0, 0xFF), (0x400, 0x4FF), (0x900, 0x97F), (0xC00, 0xC7F),
                (0x2000, 0x206F))


def wide_text(data: bytes) -> bool:
    """Whether ``data`` is text in UTF-16 (a BOM, or NUL bytes that decode as UTF-16 to
    text in the scripts factcheck reads), as opposed to a binary file."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    head = data[:4096]
    if b"\x00" not in head:
        return False
    head = head[: len(head) // 2 * 2]
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        readable = sum(any(lo <= ord(ch) <= hi for lo, hi in _TEXT_RANGES) for ch in text)
        if text and readable >= 0.9 * len(text):
            return True
    return False


def read_text(path: Path, limit: int, what: str) -> str:
    """Read UTF-8 text (a BOM is dropped) or raise SheetError saying what is wrong."""
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode):  # a directory, FIFO or device would hang or fail
            kind = "a directory" if stat.S_ISDIR(st.st_mode) else "not a regular file"
            raise SheetError("unreadable", f"cannot read {what}: it is {kind}")
        size = st.st_size
        if size > limit:
            raise SheetError("too-large", f"{what} is {size:,} bytes; the limit is {limit:,}")
        data = path.read_bytes()
    except OSError as exc:
        raise SheetError("unreadable", f"cannot read {what}: {exc.strerror or exc}") from None
    if wide_text(data):
        raise SheetError("encoding", f"{what} is UTF-16 (or another wide encoding), not UTF-8: "
                         "save it as UTF-8")
    if b"\x00" in data:
        raise SheetError("binary", f"{what} contains NUL bytes: it is not a text file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SheetError("encoding", f"{what} is not valid UTF-8 (byte {data[exc.start]:#04x} "
                         f"at offset {exc.start}): save it as UTF-8", line) from None
    return text.removeprefix("\ufeff")


def _pydantic_problems(exc: ValidationError, data: Any, lines: LineIndex,
                       rel: str) -> list[Problem]:
    out = []
    for err in exc.errors(include_url=False):
        loc = _data_path(err["loc"], data, err["type"] in ("extra_forbidden", "missing"))
        line, col = lines.position(loc)
        where = ".".join(str(p) for p in loc) or "sheet"
        kind = err["type"]
        if kind == "extra_forbidden":
            allowed = _allowed_fields(loc[:-1], data)
            parent = ".".join(str(p) for p in loc[:-1]) or "the sheet"
            msg = f"unknown field `{loc[-1]}` in {parent}" \
                  f"{suggest(str(loc[-1]), allowed)}; allowed: {', '.join(sorted(allowed))}"
            if not re.fullmatch(r"[A-Za-z_][\w-]*", str(loc[-1])) or _cut_by_comma(loc, data):
                msg += ("; a comma inside `{rule: ...}` or `{quote: ...}` ends the value in "
                        "YAML's flow style: put the value in quotes, e.g. "
                        "rule: \"pct(a, b) > 50\"")
            code = "unknown-field"
        elif kind == "missing":
            msg, code = f"`{where}` is required", "missing-field"
        else:
            text = err["msg"].removeprefix("Value error, ")
            msg, code = f"{where}: {text} (got {err.get('input')!r:.60})", "invalid-value"
        out.append(Problem(rel, line, col, code, msg))
    # one message per location: unions report every branch, keep the first
    seen: set[tuple[int, str]] = set()
    unique = []
    for p in out:
        if (p.line, p.code) not in seen:
            seen.add((p.line, p.code))
            unique.append(p)
    return unique


def _cut_by_comma(loc: tuple, data: Any) -> bool:
    """Whether the unknown field at ``loc`` is a piece of a rule or quote that a comma
    cut in YAML's flow style: a bare word with no value beside a `rule` or `quote`
    (`{rule: max(a, b, c) < 21}` reads as `rule: max(a`, `b`, `c) < 21`)."""
    node = data
    for p in loc[:-1]:
        if not isinstance(node, dict) or p not in node:
            return False
        node = node[p]
    return isinstance(node, dict) and node.get(loc[-1], "") is None and (
        "rule" in node or "quote" in node)


def _data_path(loc: tuple, data: Any, last_is_key: bool) -> tuple:
    """The part of a pydantic error location that exists in ``data``.

    Pydantic inserts union-branch names ('int', 'function-after[...]', 'list[...]')
    into locations; they are dropped by walking the data, not by their spelling,
    so a fact named `interceptions` or `strikes` keeps its place.
    """
    out: list = []
    node = data
    parts = list(loc)
    for i, p in enumerate(parts):
        in_dict = isinstance(node, dict) and p in node
        in_list = isinstance(node, list) and isinstance(p, int) and 0 <= p < len(node)
        if in_dict or in_list:
            out.append(p)
            node = node[p]
        elif last_is_key and i == len(parts) - 1 and isinstance(p, str):
            out.append(p)  # an unknown or missing field names a key that is not there
    return tuple(out)


def _allowed_fields(parent: tuple, data: Any) -> set[str]:
    from factcheck.api import model as m

    kinds = {0: m.Sheet, 2: {"sources": m.Source, "facts": m.Fact, "checks": m.Check,
                             "statements": m.Statement, "background": m.Background,
                             "datasets": m.Dataset, "derived": m.Derived}}
    if len(parent) == 0:
        cls = m.Sheet
    elif len(parent) == 2 and parent[0] in kinds[2]:
        cls = kinds[2][parent[0]]
    elif len(parent) == 3 and parent[2] == "scope":
        cls = m.Scope
    elif len(parent) == 4 and parent[2] == "stances":
        cls = m.Stance
    else:
        return set()
    return set(cls.model_fields)


def resolve_inside(root: Path, relpath: str) -> Path:
    """Resolve a sheet's path inside ``root`` or raise: no absolute paths, no escape."""
    if not relpath.strip() or "\x00" in relpath:
        raise SheetError("invalid-path", f"`{relpath!r}` is not a file name: write the path "
                         "of the document relative to the project root, e.g. seeds/article.txt")
    if os.path.isabs(relpath) or relpath.startswith(("~", "\\")) or ":" in relpath[:3]:
        raise SheetError("path-outside", f"`{relpath}` is absolute: write it relative to the "
                         "project root, e.g. seeds/article.txt")
    try:
        target = (root / relpath).resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # symlink loops, names too long
        raise SheetError("invalid-path", f"cannot resolve `{relpath}`: {exc}") from None
    if not target.is_relative_to(_resolved_root(root)):
        raise SheetError("path-outside", f"`{relpath}` points outside the project "
                         f"({root}): sheets may only name files inside it")
    return target


def _references(sheet: Sheet, lines: LineIndex, rel: str) -> list[Problem]:
    """Every source named by a fact or stance must be declared in `sources`."""
    out = []
    known = sheet.sources.keys()

    def check(name: str | None, path: tuple) -> None:
        if name is not None and name not in known:
            line, col = lines.position(path)
            out.append(Problem(rel, line, col, "unknown-source",
                               f"source `{name}` is not declared under `sources:`"
                               f"{suggest(name, known)}"))

    for fid, fact in sheet.facts.items():
        check(fact.source, ("facts", fid, "source"))
        check(fact.via, ("facts", fid, "via"))
    for sid, st in sheet.statements.items():
        for i, stance in enumerate(st.stances):
            check(stance.source, ("statements", sid, "stances", i, "source"))
            check(stance.via, ("statements", sid, "stances", i, "via"))
    clash = set(sheet.facts) & set(sheet.background)
    for name in sorted(clash):
        line, col = lines.position(("background", name))
        out.append(Problem(rel, line, col, "duplicate-name",
                           f"`{name}` is both a fact and a background value: rename one"))
    return out + _dataset_references(sheet, lines, rel)


def _dataset_references(sheet: Sheet, lines: LineIndex, rel: str) -> list[Problem]:
    """Datasets name declared sources; derived values name declared datasets and
    columns, and no fact or background value of the same name."""
    out = []
    for did, ds in sheet.datasets.items():
        for field_name in ("source", "via"):
            name = getattr(ds, field_name)
            if name is not None and name not in sheet.sources:
                line, col = lines.position(("datasets", did, field_name))
                out.append(Problem(rel, line, col, "unknown-source", f"source `{name}` is not "
                                   f"declared under `sources:`{suggest(name, sheet.sources)}"))
    for name, d in sheet.derived.items():
        ds = sheet.datasets.get(d.dataset)
        if ds is None:
            line, col = lines.position(("derived", name, "dataset"))
            out.append(Problem(rel, line, col, "unknown-dataset", f"dataset `{d.dataset}` is "
                               f"not declared under `datasets:`"
                               f"{suggest(d.dataset, sheet.datasets)}"))
        elif d.column not in ds.columns:
            line, col = lines.position(("derived", name, "column"))
            out.append(Problem(rel, line, col, "unknown-column", f"column `{d.column}` is not "
                               f"declared in dataset `{d.dataset}`{suggest(d.column, ds.columns)}"
                               f"; declared: {', '.join(ds.columns)}"))
        if name in sheet.facts or name in sheet.background:
            line, col = lines.position(("derived", name))
            out.append(Problem(rel, line, col, "duplicate-name", f"`{name}` is both a derived "
                               "value and a fact or background value: rename one"))
    return out


def _quote_lengths(sheet: Sheet, lines: LineIndex, rel: str) -> list[Problem]:
    """A quote is the words that carry a value, not a copy of the document."""
    out = []
    quotes = [(("facts", fid, "quote"), f.quote) for fid, f in sheet.facts.items()]
    quotes += [(("statements", sid, "stances", i, "quote"), st.quote)
               for sid, s in sheet.statements.items() for i, st in enumerate(s.stances)]
    for path, quote in quotes:
        if len(quote) > MAX_QUOTE_CHARS:
            line, col = lines.position(path)
            out.append(Problem(rel, line, col, "quote-too-long",
                               f"quote is {len(quote):,} characters; quote only the sentence "
                               f"that carries the value (at most {MAX_QUOTE_CHARS:,})"))
    return out


def load_sheet(path: Path, root: Path, text: str | None = None) -> LoadedSheet | list[Problem]:
    """Load and validate one sheet. Returns the sheet or the problems that stop it.

    ``text``: the sheet's content when it differs from the file (an unsaved editor buffer)."""
    rel = display_path(path, root)
    try:
        if text is None:
            text = read_text(path, MAX_SHEET_BYTES, "the sheet")
        elif len(text) > MAX_SHEET_BYTES:
            raise SheetError("too-large", f"the sheet is {len(text):,} characters; the limit "
                             f"is {MAX_SHEET_BYTES:,} bytes")
        bad: list[tuple[tuple, SheetError]] = []
        data, lines = parse_yaml(text, bad)
    except SheetError as err:
        return [err.at(rel)]
    except RecursionError:
        return [Problem(rel, 1, 1, "too-deep", "the sheet is nested too deeply to read")]
    if not isinstance(data, dict):
        return [Problem(rel, 1, 1, "not-a-mapping", "a fact sheet is a mapping with "
                        "`document:`, `sources:`, `facts:` and `checks:` at the top level")]
    data, unread, unread_broken = _drop_unreadable(data, bad, lines, rel)
    if unread and data is None:
        return unread
    try:
        sheet, problems, broken = _validate(data, lines, rel)
    except ValidationError as exc:
        return unread + _pydantic_problems(exc, data, lines, rel)
    problems, broken = unread + problems, unread_broken | broken
    problems += _references(sheet, lines, rel) + _quote_lengths(sheet, lines, rel)
    try:
        doc_path = resolve_inside(root, sheet.document)
        if doc_path.suffix.lower() in (".yaml", ".yml"):  # itself: every quote would ground
            raise SheetError("invalid-path", f"`{sheet.document}` is a fact sheet, not a "
                             "source document: name the article, e.g. seeds/article.txt")
        doc_text = read_text(doc_path, MAX_DOCUMENT_BYTES, f"document `{sheet.document}`")
    except SheetError as err:
        line, col = lines.position(("document",))
        problems.append(Problem(rel, line, col, err.code, err.message))
        return problems
    return LoadedSheet(path, rel, sheet, lines, doc_path, doc_text, problems, broken, root)


_ENTRIES = ("facts", "background", "checks", "statements", "sources", "datasets", "derived")


def _drop_unreadable(data: dict, bad: list[tuple[tuple, SheetError]], lines: LineIndex,
                     rel: str) -> tuple[dict | None, list[Problem], dict[str, Problem]]:
    """``data`` without the entries holding a value YAML misreads (``value: 18.5e9``), each
    reported at its line, so one bad entry never hides the rest of the sheet; None for
    ``data`` when such a value lies outside the entries (the sheet cannot be read)."""
    problems = [err.at(rel) for _, err in bad]
    broken: dict[str, Problem] = {}
    if any(len(path) < 2 or path[0] not in _ENTRIES or not isinstance(data.get(path[0]), dict)
           for path, _ in bad):
        return None, problems, broken
    data = dict(data)
    for (path, _), problem in zip(bad, problems, strict=True):
        section, name = path[0], path[1]
        data[section] = {k: v for k, v in data[section].items() if k != name}
        if section in ("facts", "background", "derived"):
            broken[str(name)] = problem
    return data, problems, broken


def _validate(data: dict, lines: LineIndex, rel: str
              ) -> tuple[Sheet, list[Problem], dict[str, Problem]]:
    """Validate a sheet; an invalid fact, check, statement or source is reported at its
    line and left out, so one bad entry never hides the rest of the sheet. Raises the
    ValidationError when the sheet itself (document, published...) is invalid."""
    problems: list[Problem] = []
    broken: dict[str, Problem] = {}
    data = dict(data)
    for _ in range(len(_ENTRIES) + 1):
        try:
            return Sheet.model_validate(data), problems, broken
        except ValidationError as exc:
            bad = {(loc[0], loc[1]) for loc in (e["loc"] for e in exc.errors())
                   if len(loc) >= 2 and loc[0] in _ENTRIES and isinstance(data.get(loc[0]), dict)
                   and loc[1] in data[loc[0]]}
            if not bad or len(bad) < len({e["loc"][:2] for e in exc.errors()}):
                raise  # an error outside the entries: the sheet cannot be read
            found = _pydantic_problems(exc, data, lines, rel)
            problems += found
            for section, name in sorted(bad, key=str):
                data[section] = {k: v for k, v in data[section].items() if k != name}
                if section in ("facts", "background", "derived"):
                    line = lines.position((section, name))[0]
                    broken[str(name)] = next((p for p in found if p.line >= line), found[0])
    return Sheet.model_validate(data), problems, broken
