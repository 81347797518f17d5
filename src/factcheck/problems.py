"""Problems with input: a sheet that cannot be checked as written."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """Bad input, located at a file, 1-based line and column, with what to change."""

    path: str
    line: int
    column: int
    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}: {self.code}: {self.message}"


class SheetError(Exception):
    """Raised inside the loader and engine; carries one :class:`Problem`-to-be."""

    def __init__(self, code: str, message: str, line: int = 1, column: int = 1) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.column = column

    def at(self, path: str) -> Problem:
        return Problem(path, self.line, self.column, self.code, self.message)


def suggest(name: str, choices: Iterable[str]) -> str:
    """' (did you mean `x`?)' for the nearest of ``choices``, or ''."""
    near = difflib.get_close_matches(name, list(choices), n=1, cutoff=0.6)
    return f" (did you mean `{near[0]}`?)" if near else ""
