"""Reliability findings 2026-11-25, section I (other): a sheet as its own document, and
what ``factcheck draft`` writes for hostile documents (I3 is in test_environment.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.draft import draft_data
from factcheck.pipeline import run

from .findings import scratch

SELF = ('  launched: {value: 9999, source: s, quote: "Russia launched 9999 drones overnight"}\n'
        '  destroyed: {value: 9000, source: s, quote: "Russia launched 9999 drones"}\n')


@pytest.mark.parametrize("doc", ["facts/s.yaml", "facts/other.yml"])
def test_i1_a_sheet_is_not_a_document(tmp_path: Path, doc: str) -> None:
    """I1: `document: facts/self.yaml` grounded every quote of the sheet in itself."""
    root = scratch(tmp_path, "x", SELF, "  ok: destroyed <= launched\n", doc=doc)
    result = run([root / "facts"], root)
    [p] = [p for p in result.problems if p.path == "facts/s.yaml"]
    assert p.code == "invalid-path" and p.line == 1
    assert f"`{doc}` is a fact sheet, not a source document" in p.message
    assert not result.outcomes and result.exit_code() == 2


def _draft(root: Path, text: str) -> dict:
    (root / "seeds").mkdir(exist_ok=True)
    doc = root / "seeds" / "d.txt"
    doc.write_text(text, encoding="utf-8")
    return draft_data(doc, root)


def test_i2_draft_writes_only_values_a_sheet_can_hold(tmp_path: Path) -> None:
    """I2: draft wrote `inf` (400 sevens), 2e18 (which the loader refuses, failing the
    whole drafted sheet) and 12.000000000000002 (not the written 12.000000000000001)."""
    data = _draft(tmp_path, "The debt was 2,000,000,000,000,000,000 dollars, officials said. "
                            "A serial " + "7" * 400 + " appeared in 12 files. It cost "
                            "12.000000000000001 dollars. Then 0.1 and 1.5 million came.\n")
    values = [f["value"] for f in data["facts"].values()]
    assert values == [12, 0.1, 1500000]


def test_i2_the_drafted_sheet_loads(tmp_path: Path, monkeypatch, capsys) -> None:
    root = scratch(tmp_path, "The debt was 2,000,000,000,000,000,000 dollars, officials said. "
                             "It cost 12.000000000000001 dollars, or 12 dollars.\n", "")
    (root / "facts" / "s.yaml").unlink()
    monkeypatch.chdir(root)
    assert main(["draft", "seeds/doc.txt"]) == 0
    (root / "facts" / "d.yaml").write_text(capsys.readouterr().out)
    result = run([root / "facts"], root)
    assert not result.problems, result.problems


def test_i4_draft_of_a_document_with_nul(tmp_path: Path, monkeypatch, capsys) -> None:
    root = scratch(tmp_path, b"Russia launched 114 drones\x00 launched.\n", "")
    monkeypatch.chdir(root)
    assert main(["draft", "seeds/doc.txt"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "contains NUL bytes: it is not a text file" in err


def test_i5_draft_of_an_empty_document(tmp_path: Path) -> None:
    data = _draft(tmp_path, "")
    assert data == {"document": "seeds/d.txt", "sources": {}, "facts": {}, "checks": {}}
