"""load_sheet: validation problems located at the right line with a helpful message."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.load.sheet import LoadedSheet, load_sheet, resolve_inside
from factcheck.problems import SheetError

DOC = "Officials said 114 drones were launched. Of them, 66 were destroyed.\n"
SHEET = """\
document: seeds/a.txt
sources:
  officials: {name: Officials}
facts:
  launched:
    value: 114
    unit: drone
    source: officials
    quote: "114 drones were launched"
  destroyed:
    value: 66
    unit: drone
    source: officials
    quote: "66 were destroyed"
checks:
  ok: destroyed <= launched
"""


def _load(tmp_path: Path, text: str):
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "a.txt").write_text(DOC)
    (tmp_path / "s.yaml").write_text(text)
    out = load_sheet(tmp_path / "s.yaml", tmp_path)
    # a sheet with bad entries still loads (the rest is checked); its problems are listed
    return out if isinstance(out, list) else out.problems


def _problem(tmp_path: Path, text: str):
    out = _load(tmp_path, text)
    assert isinstance(out, list) and out, out
    return out[0]


def test_good_sheet_loads_with_lines(tmp_path: Path) -> None:
    _load(tmp_path, SHEET)
    ls = load_sheet(tmp_path / "s.yaml", tmp_path)
    assert isinstance(ls, LoadedSheet) and ls.problems == []
    assert ls.rel == "s.yaml" and ls.document_text == DOC
    assert ls.line("facts", "destroyed", "quote") == 14
    assert ls.line("checks", "ok") == 16


@pytest.mark.parametrize(("old", "new", "code", "line", "fragment"), [
    ("    unit: drone\n    source: officials\n    quote: \"66",
     "    unti: drone\n    source: officials\n    quote: \"66", "unknown-field", 12,
     "unknown field `unti` in facts.destroyed (did you mean `unit`?)"),
    ("sources:", "sourcse:", "unknown-field", 2, "in the sheet (did you mean `sources`?)"),
    ("{name: Officials}", "{name: Officials, knd: x}", "unknown-field", 3,
     "(did you mean `kind`?)"),
    ("    quote: \"66 were destroyed\"\n", "", "missing-field", 10,
     "`facts.destroyed.quote` is required"),
    ("value: 114", "value: [12000, 10000]", "invalid-value", 6,
     "range [12000, 10000] is reversed: write [10000, 12000]"),
    ("value: 114", "value: [1, 2, 3]", "invalid-value", 6, "exactly two numbers"),
    ("    source: officials\n    quote: \"114", "    source: oficials\n    quote: \"114",
     "unknown-source", 8, "(did you mean `officials`?)"),
    ("document: seeds/a.txt", "document: ../a.txt", "path-outside", 1, "outside the project"),
    ("document: seeds/a.txt", "document: /etc/hostname", "path-outside", 1, "is absolute"),
    ("document: seeds/a.txt", "document: C:/x.txt", "path-outside", 1, "is absolute"),
    ("document: seeds/a.txt", "document: ~/x.txt", "path-outside", 1, "is absolute"),
    ("document: seeds/a.txt", "document: seeds/b.txt", "unreadable", 1, "No such file"),
    ("launched:", "int_launched:", "unknown-source", 8, "did you mean"),
])
def test_problem_code_line_message(tmp_path: Path, old: str, new: str, code: str, line: int,
                                   fragment: str) -> None:
    text = SHEET.replace(old, new, 1)
    if code == "unknown-source":
        text = text.replace("source: officials\n    quote: \"114", "source: oficials\n"
                            "    quote: \"114")
    assert text != SHEET
    p = _problem(tmp_path, text)
    assert (p.code, p.line) == (code, line), p
    assert fragment in p.message, p.message


@pytest.mark.parametrize("name", ["interceptions", "strikes", "dates_seen", "floaters",
                                  "list_items", "function_x"])
def test_errors_in_facts_named_like_pydantic_types_keep_their_line(tmp_path: Path,
                                                                   name: str) -> None:
    text = SHEET.replace("destroyed", name).replace("value: 66", "value: [3, 2, 1]")
    p = _problem(tmp_path, text)
    assert (p.code, p.line) == ("invalid-value", 11)
    assert p.message.startswith(f"facts.{name}.value:")


def test_quote_too_long(tmp_path: Path) -> None:
    text = SHEET.replace('"66 were destroyed"', '"' + "x" * 6000 + '"')
    p = _problem(tmp_path, text)
    assert (p.code, p.line) == ("quote-too-long", 14)
    assert "6,000 characters" in p.message


def test_problems_are_all_reported_not_just_the_first(tmp_path: Path) -> None:
    text = SHEET.replace("    unit: drone\n", "    unti: drone\n").replace(
        "value: 66", "value: [2, 1]")
    out = _load(tmp_path, text)
    assert {(p.code, p.line) for p in out} >= {("unknown-field", 7), ("invalid-value", 11)}


@pytest.mark.parametrize("rel", ["", "  ", "a\x00b"])
def test_resolve_inside_refuses_non_names(tmp_path: Path, rel: str) -> None:
    with pytest.raises(SheetError) as info:
        resolve_inside(tmp_path, rel)
    assert info.value.code == "invalid-path"


def test_resolve_inside_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    try:
        target = resolve_inside(tmp_path, "loop")
    except SheetError as err:
        assert err.code == "invalid-path"
    else:  # some Pythons resolve loops leniently; reading it must then fail cleanly
        assert target.is_relative_to(tmp_path.resolve())


def test_latin1_sheet_names_the_line(tmp_path: Path) -> None:
    (tmp_path / "s.yaml").write_bytes(b"document: x\ntitle: caf\xe9\n")
    (p,) = load_sheet(tmp_path / "s.yaml", tmp_path)
    assert (p.code, p.line) == ("encoding", 2)
    assert "byte 0xe9" in p.message and "save it as UTF-8" in p.message


@pytest.mark.parametrize(("old", "new", "codepoint"), [
    ("launched:", "launch\u0435d:", "U+0435 CYRILLIC SMALL LETTER IE"),
    ("value: 114\n", "value: 114\n    key: ua/drones\u200b\n", "U+200B ZERO WIDTH SPACE"),
    ("value: 114\n", "value: 114\n    key: \"ua/dr\u043enes\"\n",
     "U+043E CYRILLIC SMALL LETTER O"),
])
def test_look_alike_and_invisible_characters_are_named(tmp_path: Path, old, new, codepoint):
    assert old in SHEET
    problems = _load(tmp_path, SHEET.replace(old, new, 1))
    assert any(codepoint in p.message for p in problems), [p.message for p in problems]


@pytest.mark.parametrize(("old", "new", "code"), [
    ("value: 66", "value: 6.6e1", "yaml-exponent"),
    ("value: 66", "value: 0x42", "yaml-hex"),
    ("value: 66", "value: 066", "yaml-octal"),
])
def test_a_yaml_trap_in_one_fact_leaves_the_others(tmp_path: Path, old, new, code) -> None:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "a.txt").write_text(DOC)
    (tmp_path / "s.yaml").write_text(SHEET.replace(old, new))
    out = load_sheet(tmp_path / "s.yaml", tmp_path)
    assert isinstance(out, LoadedSheet)
    assert list(out.sheet.facts) == ["launched"]
    assert [(p.code, p.line) for p in out.problems] == [(code, 11)]
    assert out.broken["destroyed"].code == code  # the check on it says why it cannot run


def test_a_yaml_trap_outside_the_entries_stops_the_sheet(tmp_path: Path) -> None:
    text = SHEET.replace("document: seeds/a.txt", "document: seeds/a.txt\npublished: 0x10")
    out = _load(tmp_path, text)
    assert [(p.code, p.line) for p in out] == [("yaml-hex", 2)]


def test_a_comma_in_a_flow_mapping_names_the_cause(tmp_path: Path) -> None:
    text = SHEET.replace("  ok: destroyed <= launched\n",
                         "  share: {rule: pct(destroyed, launched) < 60}\n")
    p = _problem(tmp_path, text)
    assert (p.code, p.line) == ("unknown-field", 16)
    assert "`launched) < 60`" in p.message and "put the value in quotes" in p.message


def test_a_comma_cutting_a_bare_name_from_a_rule_names_the_cause(tmp_path: Path) -> None:
    text = SHEET.replace("  ok: destroyed <= launched\n",
                         "  top: {rule: max(destroyed, launched, destroyed) < 200}\n")
    p = _problem(tmp_path, text)
    assert (p.code, p.line) == ("unknown-field", 16)
    assert "`launched`" in p.message and "put the value in quotes" in p.message


def test_a_misspelled_field_gets_no_comma_hint(tmp_path: Path) -> None:
    p = _problem(tmp_path, SHEET.replace("    unit: drone\n", "    unti: drone\n", 1))
    assert p.code == "unknown-field" and "quotes" not in p.message


def test_an_empty_unit_is_named_not_taken_for_a_pure_number(tmp_path: Path) -> None:
    p = _problem(tmp_path, SHEET.replace("    unit: drone\n", "    unit: \"\"\n", 1))
    assert (p.code, p.line) == ("invalid-value", 5)  # the fact's entry
    assert "`unit` is empty" in p.message
