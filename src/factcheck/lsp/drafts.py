"""Drafts of documents (:func:`factcheck.draft.extract.extract`), kept until the file changes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from factcheck.draft.extract import Draft, extract
from factcheck.problems import SheetError


class Drafts:
    """The draft of each document, made once per saved version."""

    def __init__(self) -> None:
        self._made: dict[Path, tuple[tuple[int, int], str, dict[str, Any], Draft]] = {}

    def of(self, path: Path, root: Path, buffer: str) -> tuple[dict[str, Any], Draft] | None:
        """The drafted data and draft of ``path``; None when ``buffer`` differs from the
        saved file (its offsets would not match what the editor shows) or the file cannot
        be drafted (too large, not UTF-8, unreadable)."""
        try:
            st = os.stat(path)
        except OSError:
            return None
        stamp = (st.st_mtime_ns, st.st_size)
        made = self._made.get(path)
        if made is None or made[0] != stamp:
            try:
                data, draft, text = extract(path, root)
            except (SheetError, OSError, UnicodeDecodeError):
                return None
            made = self._made[path] = (stamp, text, data, draft)
        return (made[2], made[3]) if made[1] == buffer else None
