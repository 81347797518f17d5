"""The fact-sheet model: what editors write. Evaluation lives elsewhere."""

from factcheck.api.model import Background, Check, Fact, Sheet, Source, Stance, Statement

__all__ = ["Background", "Check", "Fact", "Sheet", "Source", "Stance", "Statement"]
