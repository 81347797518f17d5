"""ANSI colour for terminal output, honouring NO_COLOR and FORCE_COLOR."""

from __future__ import annotations

import os
from typing import TextIO

_CODES = {"bold": "1", "red": "31", "green": "32", "yellow": "33", "cyan": "36", "dim": "2"}


def wants_color(stream: TextIO, environ: dict[str, str] | None = None) -> bool:
    """Colour when ``stream`` is a terminal, unless NO_COLOR is set (non-empty);
    FORCE_COLOR (non-empty) turns it on anywhere. NO_COLOR wins over FORCE_COLOR."""
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def paint(text: str, style: str, on: bool) -> str:
    """``text`` in ``style`` (a key of the table above) when ``on``; plain otherwise."""
    return f"\x1b[{_CODES[style]}m{text}\x1b[0m" if on and text else text
