"""The fact-sheet model: what editors write. Evaluation lives elsewhere."""

from factcheck.api.model import Check, Fact, Sheet, Source, Stance, Statement

__all__ = ["Check", "Fact", "Sheet", "Source", "Stance", "Statement"]
