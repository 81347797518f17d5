"""Reports: one data model (:mod:`.build`) rendered as JSON, Markdown and HTML.

Names are imported on first use, so ``factcheck.report.write`` (and the error types)
load without the report model.
"""

from __future__ import annotations

import importlib
from typing import Any

_NAMES = {"SCHEMA_VERSION": "build", "build_report": "build", "documents": "build",
          "write_reports": "write", "ReportWriteError": "write", "EmptyRunError": "write"}


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_NAMES[name]}"), name)
    globals()[name] = value
    return value


__all__ = ["SCHEMA_VERSION", "build_report", "documents", "write_reports",
           "ReportWriteError", "EmptyRunError"]
