"""D12: a quoted date that is not a date is named as one, at its line."""

from __future__ import annotations

from pathlib import Path

from factcheck.load.sheet import load_sheet


def test_quoted_impossible_dates_are_named_and_the_rest_loads(tmp_path: Path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text("On 2025-02-28 it happened.\n")
    sheet = tmp_path / "x.yaml"
    sheet.write_text(
        "document: seeds/d.txt\nfacts:\n"
        '  a:\n    value: "2025-02-29"\n    quote: "On 2025-02-28 it happened"\n'
        '  b:\n    value: "2025-00"\n    quote: "On 2025-02-28 it happened"\n'
        '  c:\n    value: "2025-02-28"\n    quote: "On 2025-02-28 it happened"\n')
    loaded = load_sheet(sheet, tmp_path)
    problems = [(p.line, p.code, p.message.split(" (got")[0]) for p in loaded.problems]
    assert problems == [
        (4, "invalid-value", "facts.a.value: `2025-02-29` is not a valid date: day is out of "
                             "range for month"),
        (7, "invalid-value", "facts.b.value: `2025-00` is not a valid date: month must be 1 "
                             "to 12")]
    assert list(loaded.sheet.facts) == ["c"]
    assert str(loaded.sheet.facts["c"].value) == "2025-02-28"


def test_utf16_without_a_bom_is_told_from_binary():
    """C13: UTF-16 text is named as such (any byte order, with or without a BOM, in the
    scripts factcheck reads); bytes that only look wide stay binary."""
    from factcheck.load.sheet import wide_text

    for text in ("document: seeds/a.txt\n", "Двоє загинули, троє поранені.\n"):
        for encoding in ("utf-16", "utf-16-le", "utf-16-be"):
            assert wide_text(text.encode(encoding)), (text, encoding)
    assert not wide_text(b"\x00\x01\x02\xff" * 10)
    assert not wide_text(b"plain UTF-8 text\n")
