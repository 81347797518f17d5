"""What a format renders: the run as shown, with the presentation options."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from factcheck.formats.findings import Finding, findings
from factcheck.pipeline import RunResult


@dataclass
class View:
    """A (possibly filtered) run and how to present it.

    ``verbosity``: -1 quiet (findings only), 0 normal, 1 verbose (also documented
    discrepancies); ``color``: ANSI colours (only the terminal formats use them).
    """

    result: RunResult
    verbosity: int = 0
    color: bool = False

    @cached_property
    def findings(self) -> list[Finding]:
        return findings(self.result)
