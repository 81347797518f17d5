"""Reports: one data model (:mod:`.build`) rendered as JSON, Markdown and HTML."""

from factcheck.report.build import SCHEMA_VERSION, build_report, documents
from factcheck.report.write import EmptyRunError, ReportWriteError, write_reports

__all__ = ["SCHEMA_VERSION", "build_report", "documents", "write_reports",
           "ReportWriteError", "EmptyRunError"]
