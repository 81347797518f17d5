"""What claim rows and stance rows share: who said it, and where the sheet says so."""

from __future__ import annotations


class Attributed:
    """Mixin for rows with ``source``, ``via``, ``sheet`` and ``line`` fields."""

    source: str
    via: str | None
    sheet: str
    line: int

    @property
    def origin(self) -> str:
        """Whose statement this is: ``via`` for a reprint, else ``source``."""
        return self.via if self.via is not None else self.source

    @property
    def location(self) -> str:
        return f"{self.sheet}:{self.line}"
