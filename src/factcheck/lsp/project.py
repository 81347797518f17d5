"""One project's sheets, checked by the pipeline with unsaved editor buffers taken in.

Sheets on disk are checked once and kept until their file or document changes; open
buffers are checked as typed. Claims and statements are always compared across the
whole set, as `factcheck check` compares them.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from factcheck.config import Config, ConfigError, find_root, load_config
from factcheck.pipeline import RunResult, SheetResult, check_sheet, combine, discover, sheet_set

#: a YAML file outside the fact directories is taken for a sheet if it names a document
_NAMES_DOCUMENT = re.compile(r"^document\s*:", re.MULTILINE)


def _stamp(path: Path | None) -> tuple[int, int] | None:
    try:
        st = os.stat(path) if path else None
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size) if st else None


def _depends(path: Path, text: str | None, result: SheetResult) -> object:
    """What a sheet's result depends on: its buffer text or file, and its document."""
    doc = result.loaded.document_path if result.loaded else None
    return (text if text is not None else _stamp(path), _stamp(doc))


@dataclass
class _Checked:
    stamp: object  # what the result depends on: file stamps or the buffer text
    result: SheetResult


class Project:
    """The sheets under one project root (the nearest pyproject.toml)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._checked: dict[Path, _Checked] = {}

    @property
    def config(self) -> Config:
        return load_config(self.root)  # re-read: the editor may change pyproject.toml

    def is_sheet(self, path: Path, text: str) -> bool:
        """Whether ``path`` is a fact sheet: YAML in a fact directory, or naming a document."""
        if path.suffix not in (".yaml", ".yml"):
            return False
        try:
            dirs = [d.resolve() for d in self.config.fact_dirs]
        except ConfigError:  # reported on the sheet by the run
            dirs = []
        return any(path.is_relative_to(d) for d in dirs) or bool(_NAMES_DOCUMENT.search(text))

    def check(self, path: Path, buffers: dict[Path, str], config: Config) -> SheetResult:
        """One sheet, from its buffer if it is open, else from disk (kept until changed)."""
        text = buffers.get(path)
        cached = self._checked.get(path)
        if cached is None or cached.stamp != _depends(path, text, cached.result):
            result = check_sheet(path, self.root, config, text)
            cached = self._checked[path] = _Checked(_depends(path, text, result), result)
        return cached.result

    def run(self, path: Path, buffers: dict[Path, str]) -> tuple[RunResult, list[Path]]:
        """The run `factcheck check PATH` makes, with ``buffers`` for unsaved sheets, and
        the sheets it covers."""
        config = self.config
        files = discover(sheet_set([path], config).paths)
        if path not in files:  # a sheet not saved yet
            files.append(path)
        self._checked = {p: c for p, c in self._checked.items() if p in files or p in buffers}
        sheets = [self.check(f, buffers, config) for f in files]
        return combine(self.root, sheets, config), files

    def sheets_citing(self, document: Path, buffers: dict[Path, str]) -> list[SheetResult]:
        """Sheets in the fact directories whose `document:` is ``document``."""
        config = self.config
        files = discover([d for d in config.fact_dirs if d.is_dir()])
        return [r for r in (self.check(f, buffers, config) for f in files)
                if r.loaded and r.loaded.document_path.resolve() == document]


class Projects:
    """Projects by root, made as files are opened."""

    def __init__(self) -> None:
        self._by_root: dict[Path, Project] = {}

    def of(self, path: Path) -> Project:
        root = find_root(path.parent).resolve()
        if root not in self._by_root:
            self._by_root[root] = Project(root)
        return self._by_root[root]
