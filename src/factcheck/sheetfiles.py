"""Which files under the fact directories are sheets, shared by the CLI and pytest.

Hidden directories (``.github/``, ``.venv/``, ``.git/``) and ``node_modules/`` hold
other tools' YAML, never fact sheets: a project with ``facts = ["."]`` keeps its
workflow files out of the run. A file named explicitly is always taken.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from factcheck.pipeline import discover

SKIPPED_DIRS = frozenset({"node_modules", "__pycache__"})


def _skipped(f: Path, under: Path) -> bool:
    try:
        parts = f.relative_to(under).parts[:-1]
    except ValueError:
        return False
    return any(p.startswith(".") or p in SKIPPED_DIRS for p in parts)


def _skipped_name(name: str) -> bool:
    return name.startswith(".") or name in SKIPPED_DIRS


def hidden(f: Path, dirs: Iterable[Path]) -> bool:
    """True if ``f`` lies in a skipped directory below one of the fact ``dirs``."""
    return any(_skipped(f, d) for d in dirs if f.is_relative_to(d))


def sheet_files(paths: Iterable[Path]) -> list[Path]:
    """The sheets under ``paths`` (directories searched, files taken as given), sorted."""
    out: list[Path] = []
    for p in paths:
        out += discover([p], skip_dir=_skipped_name)
    return list(dict.fromkeys(out))
