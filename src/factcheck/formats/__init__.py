"""Output formats of `factcheck check`: the one place that chooses how results are shown.

Each format is a module here with ``NAME``, a one-line ``HELP`` and
``render(view) -> str`` over a :class:`factcheck.formats.view.View`. The modules load
on first use, so ``factcheck --help`` stays quick.
"""

from __future__ import annotations

import importlib
from types import ModuleType

#: format name -> module under factcheck.formats, in the order ``--help`` lists them
MODULES = {"text": "text", "table": "table", "json": "json_format", "markdown": "markdown",
           "github": "github", "sarif": "sarif", "junit": "junit"}
FORMATS = tuple(MODULES)
DEFAULT = "text"


def get(name: str) -> ModuleType:
    """The module rendering format ``name`` (one of :data:`FORMATS`)."""
    return importlib.import_module(f"factcheck.formats.{MODULES[name]}")


def render(name: str, view) -> str:
    """``view`` (a :class:`factcheck.formats.view.View`) in format ``name``."""
    return get(name).render(view)


__all__ = ["DEFAULT", "FORMATS", "MODULES", "get", "render"]
