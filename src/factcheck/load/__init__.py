"""Loading: YAML text to a validated :class:`~factcheck.api.Sheet` with line numbers."""

from factcheck.load.sheet import LoadedSheet, load_sheet
from factcheck.load.yaml_tree import LineIndex, parse_yaml

__all__ = ["LineIndex", "LoadedSheet", "load_sheet", "parse_yaml"]
