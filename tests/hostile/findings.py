"""The reproduction scaffold of the reliability findings (2026-11-25), in-process.

``scratch(root, doc, facts, checks)`` writes the scratch project the findings use
(pyproject, ``seeds/doc.txt``, one sheet ``facts/s.yaml`` with one source ``s``) and
``run_scratch`` checks it with the one engine, returning outcomes by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factcheck.engine.outcome import Outcome
from factcheck.pipeline import RunResult, run


def sheet_text(doc: str, facts: str, checks: str = "", extra: str = "") -> str:
    """The findings' ``sheet`` shell function: one source ``s`` named "S" (an outlet, so
    its quotes need no attribution clause; grounding then turns on the numbers alone)."""
    text = (f"document: {doc}\npublished: 2025-04-26\n{extra}sources:\n"
            f"  s: {{name: \"S\", kind: outlet}}\n"
            f"facts:\n{facts}")
    return text + ("checks:\n" + checks if checks else "")


def scratch(root: Path, document: str | bytes, facts: str, checks: str = "",
            name: str = "s", doc: str = "seeds/doc.txt") -> Path:
    (root / "facts").mkdir(parents=True, exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
    (root / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n')
    data = document.encode() if isinstance(document, str) else document
    (root / doc).write_bytes(data)
    (root / "facts" / f"{name}.yaml").write_text(sheet_text(doc, facts, checks),
                                                 encoding="utf-8")
    return root


@dataclass
class Scratch:
    result: RunResult
    by_name: dict[str, Outcome]

    def verdict(self, name: str) -> str:
        return str(self.by_name[name].verdict)

    def message(self, name: str) -> str:
        return self.by_name[name].message


def run_scratch(root: Path) -> Scratch:
    result = run([root / "facts"], root)
    return Scratch(result, {o.name: o for o in result.outcomes})


def one_fact(root: Path, document: str, fact: str, checks: str = "") -> Scratch:
    """A document, one sheet of facts (YAML lines, 2-space indented) and checks, checked."""
    return run_scratch(scratch(root, document, fact, checks))
