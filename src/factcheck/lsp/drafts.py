"""Drafts of documents (:func:`factcheck.draft.draft_data`), kept until the file changes."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from factcheck.draft import draft_data
from factcheck.load.sheet import MAX_DOCUMENT_BYTES, read_text
from factcheck.problems import SheetError


class Drafts:
    """The draft of each document, made once per saved version."""

    def __init__(self) -> None:
        self._made: dict[Path, tuple[tuple[int, int], str, dict[str, Any]]] = {}

    def of(self, path: Path, root: Path, buffer: str) -> dict[str, Any] | None:
        """The draft of ``path``; None when ``buffer`` differs from the saved file (the
        draft would not match what the editor shows) or the file cannot be drafted."""
        try:
            st = os.stat(path)
        except OSError:
            return None
        stamp = (st.st_mtime_ns, st.st_size)
        made = self._made.get(path)
        if made is None or made[0] != stamp:
            try:
                text = read_text(path, MAX_DOCUMENT_BYTES, "the document")
                made = (stamp, text, draft_data(path, root))
            except (SheetError, OSError, UnicodeDecodeError):
                return None
            self._made[path] = made
        return made[2] if made[1] == buffer else None
