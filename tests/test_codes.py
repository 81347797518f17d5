"""The registry of problem codes is complete, and `factcheck explain` prints it."""

from __future__ import annotations

import re
from pathlib import Path

from factcheck.cli import main
from factcheck.codes import CODES
from factcheck.formats.findings import FINDING_CODES

SRC = Path(__file__).resolve().parent.parent / "src" / "factcheck"
RAISED = re.compile(r'(?:SheetError\(\s*|DatasetError\(\s*"[a-z]+",\s*|Problem\([^")]*?|'
                    r'"code":\s*|code=)'
                    r'"([a-z][a-z0-9]*(?:-[a-z0-9]+)*)"')
PYDANTIC = {"unknown-field", "missing-field", "invalid-value"}  # set in load/sheet.py


def _raised() -> set[str]:
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        if path.name != "codes.py":
            found.update(RAISED.findall(path.read_text(encoding="utf-8")))
    return found


def test_every_code_raised_is_registered_and_every_registered_code_is_raised():
    raised = _raised() | PYDANTIC | FINDING_CODES
    assert raised - set(CODES) == set()
    assert set(CODES) - raised == set()


def test_explain_prints_summary_and_examples(capsys):
    assert main(["explain", "unknown-field"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("unknown-field: a field the model does not have")
    assert "fails:\n  vaule: 114" in out and "fixed:\n  value: 114" in out


def test_explain_without_code_lists_all_and_a_typo_gets_a_suggestion(capsys):
    assert main(["explain"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == len(CODES)
    assert main(["explain", "unknown-feild"]) == 2
    assert "did you mean `unknown-field`" in capsys.readouterr().err


def test_docs_page_is_generated_from_the_registry(capsys):
    """docs/codes.md is current: regenerate with `factcheck explain --markdown > docs/codes.md`."""
    page = (SRC.parent.parent / "docs" / "codes.md").read_text(encoding="utf-8")
    assert main(["explain", "--markdown"]) == 0
    assert capsys.readouterr().out == page
    headings = re.findall(r"^## (\S+)$", page, flags=re.M)
    assert headings == list(CODES)
    for c in CODES.values():
        assert f"## {c.code}\n\n{c.summary[0].upper()}{c.summary[1:]}.\n" in page
        assert f"Fails:\n\n```yaml\n{c.fails}\n```\n\nFixed:\n\n```yaml\n{c.fixed}\n```" in page
