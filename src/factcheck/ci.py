"""GitHub Actions output: workflow-command annotations and the job step summary."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from factcheck import escape

MAX_ANNOTATIONS = 10
MAX_SUMMARY_BYTES = 1024 * 1024 - 1024  # GitHub's limit is 1 MiB per step


@dataclass(frozen=True)
class Failure:
    file: str
    line: int
    title: str
    message: str
    column: int | None = None
    code: str | None = None  # the finding's code (factcheck.codes), shown in the title


_escape_data = escape.annotation_data
_escape_property = escape.annotation_property


def annotation(f: Failure) -> str:
    """`::error file=...,line=...,title=...::message`, escaped per the toolkit rules."""
    col = f",col={f.column}" if f.column else ""
    title = f"{f.code}: {f.title}" if f.code and f.code != f.title else f.title
    return (f"::error file={_escape_property(f.file)},line={f.line}{col},"
            f"title={_escape_property(title)}::{_escape_data(f.message)}")


def annotations(failures: list[Failure]) -> list[str]:
    lines = [annotation(f) for f in failures[:MAX_ANNOTATIONS]]
    if len(failures) > MAX_ANNOTATIONS:
        lines.append(f"::warning::factcheck: {len(failures) - MAX_ANNOTATIONS} more "
                     "failures not annotated; see the job summary")
    return lines


def summary_markdown(passed: int, failures: list[Failure]) -> str:
    from factcheck.report.markdown import table

    head = f"### factcheck: {passed} passed, {len(failures)} failed\n\n"
    if not failures:
        return head
    rows = [[f"{f.file}:{f.line}", f.title, f.message.splitlines()[0] if f.message else ""]
            for f in failures]
    text = head + table(["where", "item", "why"], rows) + "\n"
    if len(text.encode()) > MAX_SUMMARY_BYTES:
        cut = text.encode()[:MAX_SUMMARY_BYTES - 64].decode(errors="ignore")
        text = cut.rsplit("\n", 1)[0] + "\n\n*(summary truncated)*\n"
    return text


def append_step_summary(text: str) -> bool:
    """Append to $GITHUB_STEP_SUMMARY if set; True if written."""
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return False
    with Path(path).open("a", encoding="utf-8") as f:
        f.write(text)
    return True
