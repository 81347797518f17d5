"""Reliability findings 2026-11-25, section C (Unicode): one fact per case against a
document holding its line, checked in-process as ``factcheck check`` does."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.pipeline import run

from .findings import one_fact, scratch, sheet_text
from .helpers import ARTICLE, GOOD, project


def _ground(tmp_path: Path, line: str, value: object) -> tuple[str, str]:
    quote = line.replace('"', '\\"')
    s = one_fact(tmp_path, f"Start. {line}.\n",
                 f'  d: {{value: {value}, source: s, quote: "{quote}"}}\n')
    assert not s.result.problems, s.result.problems
    return s.verdict("quote:d"), s.message("quote:d")


@pytest.mark.parametrize("case, line, value, verdict", [
    ("C1 Arabic-Indic", "\u0661\u0663\u0660\u0660 drones were launched", 1300, "grounded"),
    ("C2 Devanagari", "\u0967\u0969\u0966\u0966 drones were launched", 1300, "grounded"),
    ("C3 full-width", "\uff11\uff13\uff10\uff10 drones were launched", 1300, "grounded"),
    ("C4 math bold", "\U0001d7cf\U0001d7d1\U0001d7ce\U0001d7ce drones were launched", 1300,
     "grounded"),
    ("C4 mixed scripts", "1\u0663\u0660\u0660 drones were launched", 1300, "grounded"),
    ("C5 NBSP", "NBSP: 1\u00a0300 drones were launched", 1300, "grounded"),
    ("C5 NBSP, the part", "NBSP: 1\u00a0300 drones were launched", 300, "ungrounded"),
    ("C5 thin space", "Thin: 1\u2009300 drones were launched", 1300, "grounded"),
    ("C5 thin space, the part", "Thin: 1\u2009300 drones were launched", 300, "ungrounded"),
    ("C5 narrow NBSP", "Narrow: 1\u202f300 drones were launched", 1300, "grounded"),
    ("C5 narrow NBSP, the part", "Narrow: 1\u202f300 drones were launched", 300, "ungrounded"),
    ("C6 decimal comma", "1,5 million people fled", 1500000, "grounded"),
    ("C6 the bare scale word", "1,5 million people fled", 1000000, "ungrounded"),
    ("C7 English decimal point", "1.300 drones", 1.3, "grounded"),
    ("C7 not a thousands point in English", "1.300 drones", 1300, "ungrounded"),
    ("C8 bidi override", "the count was \u202e411\u202c drones", 411, "grounded"),
])
def test_c1_c8_numbers_in_other_scripts_and_spacings(tmp_path: Path, case: str, line: str,
                                                     value: int, verdict: str) -> None:
    got, message = _ground(tmp_path, line, value)
    assert got == verdict, (case, message)


def test_c3_ascii_quote_of_a_full_width_document(tmp_path: Path) -> None:
    s = one_fact(tmp_path, "Start. \uff11\uff13\uff10\uff10 drones were launched.\n",
                 '  d: {value: 1300, source: s, quote: "1300 drones were launched"}\n')
    assert s.verdict("quote:d") == "grounded", s.message("quote:d")


@pytest.mark.parametrize("ident", ["dr\u043enes", "caf\u00e9", "dro\u200bnes", "\uff44rones"])
def test_c9_fact_ids_are_ascii(tmp_path: Path, ident: str) -> None:
    s = one_fact(tmp_path, "Start. 114 drones.\n",
                 f'  {ident}: {{value: 114, source: s, quote: "114 drones"}}\n')
    [p] = s.result.problems
    assert f"U+{ord(next(c for c in ident if not c.isascii() or c == chr(0x200b))):04X}" \
        in p.message


def test_c9_rule_identifiers_fold_to_the_ascii_fact(tmp_path: Path) -> None:
    """Python's parser folds identifiers with NFKC: a full-width letter in a rule names
    the ASCII fact (the rule text is the sheet author's own, and the fact it resolves to
    is shown in the arithmetic)."""
    s = one_fact(tmp_path, "Start. 66 of 114 drones.\n",
                 '  drones_destroyed: {value: 66, source: s, quote: "66 of 114 drones"}\n'
                 '  drones_launched: {value: 114, source: s, quote: "66 of 114 drones"}\n',
                 "  c: \uff44rones_destroyed <= drones_launched\n")
    assert s.verdict("c") == "holds"
    assert s.by_name["c"].substituted == "66 <= 114"


@pytest.mark.parametrize("k1, k2", [
    ("kyiv/caf\u00e9/drones", "kyiv/cafe\u0301/drones"),  # NFC vs NFD
    ("ua/drones", "ua/dr\u043enes"),  # a Cyrillic o
    ("ua/drones", "ua/drones "),  # a trailing space
    ("ua/drones", "ua/dro\u200bnes"),  # a zero-width space
])
def test_c10_look_alike_claim_keys_are_refused(tmp_path: Path, k1: str, k2: str) -> None:
    """C10: two keys that look alike were two `single` claims, hiding 114 vs 66."""
    root = scratch(tmp_path, "Start. 114 drones and 66 drones.\n",
                   f'  d: {{value: 114, unit: drone, source: s, quote: "114 drones", '
                   f'key: "{k1}"}}\n', name="a")
    (root / "facts" / "b.yaml").write_text(sheet_text(
        "seeds/doc.txt", f'  d: {{value: 66, unit: drone, source: s, quote: "66 drones", '
                         f'key: "{k2}"}}\n'), encoding="utf-8")
    result = run([root / "facts"], root)
    bad = [c for c in k1 + k2 if not c.isascii() or c in " \u200b"]
    messages = [p.message for p in result.problems]
    assert result.exit_code() == 2
    assert any(f"U+{ord(bad[0]):04X}" in m for m in messages), messages


def test_c11_crlf_sheet_and_document(tmp_path: Path, monkeypatch, capsys) -> None:
    root = project(tmp_path, ("good.yaml", GOOD.read_bytes().replace(b"\n", b"\r\n")))
    (root / "seeds" / "article.txt").write_bytes(ARTICLE.read_bytes().replace(b"\n", b"\r\n"))
    # a quote across the document's line break
    doc = root / "seeds" / "article.txt"
    doc.write_bytes(doc.read_bytes().replace(b"Saturday. Sixty-six", b"Saturday.\r\nSixty-six"))
    bad = GOOD.read_text().replace("checks:", "facts_x: 1\nchecks:").replace("\n", "\r\n")
    (root / "facts" / "crlf_bad.yaml").write_bytes(bad.encode())
    monkeypatch.chdir(root)
    code = main(["check", "--no-report"])
    out = capsys.readouterr().out
    assert code == 2
    line = bad.split("\r\n").index("facts_x: 1") + 1
    assert f"facts/crlf_bad.yaml:{line}:1" in out
    result = run([root / "facts" / "good.yaml"], root)
    assert all(o.passed for o in result.outcomes), [o.message for o in result.outcomes]


def test_c12_cr_only_document(tmp_path: Path) -> None:
    root = project(tmp_path, GOOD)
    doc = root / "seeds" / "article.txt"
    doc.write_bytes(ARTICLE.read_bytes().replace(b"\n", b"\r"))
    result = run([root / "facts"], root)
    assert not result.problems and all(o.passed for o in result.outcomes)


def test_c13_utf16_document_and_sheet(tmp_path: Path) -> None:
    root = project(tmp_path, ("u16.yaml", GOOD.read_text().encode("utf-16")))
    (root / "facts" / "doc16.yaml").write_text(
        GOOD.read_text().replace("seeds/article.txt", "seeds/u16.txt"))
    (root / "seeds" / "u16.txt").write_bytes(ARTICLE.read_text().encode("utf-16"))
    result = run([root / "facts"], root)
    found = {(p.path, p.code) for p in result.problems}
    assert ("facts/u16.yaml", "encoding") in found and ("facts/doc16.yaml", "encoding") in found
    assert any("document `seeds/u16.txt` is UTF-16 (or another wide encoding), not UTF-8: "
               "save it as UTF-8" in p.message for p in result.problems)


def test_c14_nul_document_beside_a_good_sheet(tmp_path: Path) -> None:
    root = project(tmp_path, GOOD, ("nul.yaml", GOOD.read_text().replace(
        "seeds/article.txt", "seeds/nul.txt").encode()))
    (root / "seeds" / "nul.txt").write_bytes(ARTICLE.read_bytes() + b"\x00")
    result = run([root / "facts"], root)
    assert [(p.path, p.code) for p in result.problems] == [("facts/nul.yaml", "binary")]
    good = next(s for s in result.sheets if s.rel == "facts/good.yaml")
    assert good.outcomes and all(o.passed for o in good.outcomes)
