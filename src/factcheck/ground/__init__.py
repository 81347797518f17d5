"""Grounding: every quote is in its document and carries the fact's value."""

from factcheck.ground.grounding import ground_sheet

__all__ = ["ground_sheet"]
