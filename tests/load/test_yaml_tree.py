"""The YAML layer: line index, duplicate keys, YAML 1.1 traps, aliases, tags."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.load.yaml_tree import LineIndex, parse_yaml
from factcheck.problems import SheetError

SHEET = """\
document: seeds/a.txt
facts:
  drones:
    value: 114
    quote: "114 drones"
    scope: {as_of: 2025-04, place: Kyiv}
  troops:
    value:
      - 10000
      - 12000
checks:
  a: drones <= 200
"""


def _error(text: str) -> SheetError:
    with pytest.raises(SheetError) as info:
        parse_yaml(text)
    return info.value


def test_line_index_of_keys_and_items() -> None:
    data, lines = parse_yaml(SHEET)
    assert data["facts"]["troops"]["value"] == [10000, 12000]
    assert lines.line(("document",)) == 1
    assert lines.line(("facts",)) == 2
    assert lines.position(("facts", "drones")) == (3, 3)
    assert lines.position(("facts", "drones", "value")) == (4, 5)
    assert lines.position(("facts", "drones", "scope", "place")) == (6, 29)
    assert lines.line(("facts", "troops", "value", 0)) == 9
    assert lines.line(("facts", "troops", "value", 1)) == 10
    assert lines.line(("checks", "a")) == 12


def test_line_index_falls_back_to_nearest_ancestor() -> None:
    _, lines = parse_yaml(SHEET)
    assert lines.line(("facts", "drones", "unit")) == 3
    assert lines.line(("nowhere", "at", "all")) == 1
    assert LineIndex().position(("x",)) == (1, 1)


def test_bom_is_not_part_of_the_first_key() -> None:
    from factcheck.load.sheet import read_text

    # read_text drops it; parse_yaml itself also tolerates it
    data, lines = parse_yaml("\ufeffdocument: x\n")
    assert data == {"document": "x"} and lines.line(("document",)) == 1
    assert read_text.__doc__ and "BOM" in read_text.__doc__


@pytest.mark.parametrize(("text", "line", "column", "first"), [
    ("document: a\ndocument: b\n", 2, 1, 1),
    ("facts:\n  x: {value: 1}\n  y: {value: 2}\n  x: {value: 3}\n", 4, 3, 2),
    ("facts:\n  x:\n    value: 1\n    quote: q\n    value: 2\n", 5, 5, 3),
    ("sources:\n  s: {name: A, name: B}\n", 2, 16, 2),
    ("checks:\n  c:\n    rule: a < b\n    args: {x: 1, x: 2}\n", 4, 18, 4),
    ("statements:\n  s:\n    stances:\n      - {source: a, source: b}\n", 4, 21, 4),
])
def test_duplicate_keys_at_every_level(text: str, line: int, column: int, first: int) -> None:
    err = _error(text)
    assert err.code == "duplicate-key"
    assert (err.line, err.column) == (line, column)
    assert f"(first at line {first})" in err.message
    assert "YAML would keep only the last one" in err.message


def test_duplicate_key_names_the_key() -> None:
    assert "`document`" in _error("document: a\ndocument: b\n").message


@pytest.mark.parametrize(("raw", "code", "fix"), [
    ("no", "yaml-bool", 'quote it ("no")'),
    ("yes", "yaml-bool", 'quote it ("yes")'),
    ("On", "yaml-bool", 'quote it ("On")'),
    ("off", "yaml-bool", "write true/false"),
    ("3:20", "yaml-sexagesimal", 'quote it ("3:20") for a time or ratio'),
    ("1:30:00", "yaml-sexagesimal", 'quote it ("1:30:00")'),
    ("017", "yaml-octal", "write 17 without the leading zero"),
    ("-0755", "yaml-octal", "write -755 without the leading zero"),
    ("1e3", "yaml-exponent", "write it in full (1e3 as 1000)"),
    ("2.5E2", "yaml-exponent", "(2.5E2 as 250)"),
    ("1e3", "yaml-exponent", "(1.0e+3)"),
    ("1,300", "yaml-comma-number", "write the number without separators (1300)"),
    ("12,000,000", "yaml-comma-number", "(12000000); keep `12,000,000` in the quote"),
    ("0x1F", "yaml-hex", "write 31 in decimal"),
])
def test_yaml11_traps_say_what_to_write(raw: str, code: str, fix: str) -> None:
    err = _error(f"facts:\n  x:\n    value: {raw}\n")
    assert (err.code, err.line, err.column) == (code, 3, 12)
    assert f"`{raw}`" in err.message and fix in err.message, err.message


@pytest.mark.parametrize(("raw", "value"), [
    ('"no"', "no"), ("'3:20'", "3:20"), ('"017"', "017"), ('"1,300"', "1,300"),
    ("true", True), ("false", False), ("1.0e+3", 1000.0), ("1000", 1000), ("-0", 0),
    ("2.5", 2.5), ("2025-04-26", dt.date(2025, 4, 26)), ("2025-04", "2025-04"),
    ("17", 17), ("0", 0), ("1_000", 1000), ("null", None), ("3.20", 3.2),
])
def test_what_is_not_a_trap(raw: str, value: object) -> None:
    data, _ = parse_yaml(f"value: {raw}\n")
    assert data["value"] == value and type(data["value"]) is type(value)


def test_traps_in_flow_and_lists_are_located() -> None:
    err = _error("facts:\n  x: {value: [1, 2], note: ok}\n  y:\n    value: [10, 017]\n")
    assert (err.code, err.line, err.column) == ("yaml-octal", 4, 17)


@pytest.mark.parametrize(("raw", "code", "fragment"), [
    (".nan", "yaml-nonfinite", "not a finite number"),
    (".inf", "yaml-nonfinite", "not a finite number"),
    ("-.Inf", "yaml-nonfinite", "not a finite number"),
    ("1.0e+400", "yaml-nonfinite", "not a finite number"),
    ("1e400", "yaml-number-range", "out of range"),
    ("1.0e+16", "yaml-number-range", "at most 1e+15"),
    ("10000000000000000", "yaml-number-range", "at most 1e+15"),
    ("9" * 5000, "yaml-number-range", "(5000 digits)"),
    ("2025-02-30", "yaml-value", "not a valid date: day is out of range for month"),
    ("2025-13-01", "yaml-value", "not a valid date"),
    ("!!python/object/apply:os.system [ls]", "yaml-tag", "not allowed"),
    ("!!binary aGk=", "yaml-tag", "tag:yaml.org,2002:binary"),
    ("!!set {a, b}", "yaml-tag", "tag:yaml.org,2002:set"),
    ("!local 5", "yaml-tag", "`!local`"),
])
def test_values_that_cannot_be_numbers_or_dates(raw: str, code: str, fragment: str) -> None:
    err = _error(f"a: 1\nvalue: {raw}\n")
    assert (err.code, err.line) == (code, 2)
    assert fragment in err.message, err.message


def test_aliases_are_refused_at_the_alias() -> None:
    err = _error("a: &x 5\nb: 6\nc: *x\n")
    assert (err.code, err.line, err.column) == ("yaml-alias", 3, 4)
    assert "write the value out" in err.message


def test_anchor_without_alias_is_harmless() -> None:
    assert parse_yaml("a: &x 5\n")[0] == {"a": 5}


def test_merge_keys_are_refused() -> None:
    err = _error("base: &b {unit: drone}\nx:\n  <<: *b\n  value: 1\n")
    assert err.code in ("yaml-alias",) and err.line == 3


@pytest.mark.parametrize(("text", "code", "line"), [
    ("", "empty", 1), ("# nothing\n", "empty", 1), ("---\n", "empty", 1),
    ("a: 1\n---\nb: 2\n", "yaml-syntax", 2),
    ("a:\n\tb: 1\n", "yaml-tab", 2),
    ("a: [1, 2\n", "yaml-syntax", 2),
    ("? [a, b]\n: 1\n", "yaml-key", 1),
    ("~: 1\n", "yaml-key", 1),
    ("a: " + "[" * 2000, "too-deep", 1),
    ("".join("  " * i + f"k{i}:\n" for i in range(80)), "too-deep", 66),
])
def test_structure_errors(text: str, code: str, line: int) -> None:
    err = _error(text)
    assert (err.code, err.line) == (code, line), err.message


def test_tab_message_says_use_spaces() -> None:
    err = _error("facts:\n  x:\n\tvalue: 1\n")
    assert err.code == "yaml-tab" and err.line == 3
    assert "indented with a tab" in err.message and "spaces" in err.message


def test_non_string_keys_become_names() -> None:
    data, lines = parse_yaml("facts:\n  2025: 1\n  true: 2\n")
    assert data == {"facts": {"2025": 1, "True": 2}}
    assert lines.line(("facts", "2025")) == 2
