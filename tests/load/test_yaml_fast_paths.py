"""parse_yaml's fast paths (plain decimal integers, ordinary text read without the
general scalar checks) give what the general path gives: libyaml's value, or the same
located error."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from factcheck.load import yaml_tree
from factcheck.load.yaml_tree import parse_yaml
from factcheck.problems import SheetError

REPO = Path(__file__).resolve().parents[2]


def _general(text: str):
    """parse_yaml with the fast paths off: every scalar through ``_scalar``'s checks."""
    saved = yaml_tree._child
    yaml_tree._child = lambda node, path, index, loader, seen, depth, bad: yaml_tree._build(
        node, path, index, loader, seen, depth, bad)
    try:
        bad: list = []
        data, lines = parse_yaml(text, bad)
        return data, lines._pos, [(p, e.code, e.line) for p, e in bad]
    finally:
        yaml_tree._child = saved


def _outcome(text: str):
    try:
        bad: list = []
        data, lines = parse_yaml(text, bad)
        return data, lines._pos, [(p, e.code, e.line) for p, e in bad]
    except SheetError as err:
        return err.code, err.line, err.column


def _general_outcome(text: str):
    try:
        return _general(text)
    except SheetError as err:
        return err.code, err.line, err.column


@given(st.text(alphabet="0123456789_+-.:xo", min_size=1, max_size=22))
def test_integer_fast_path_is_the_constructor(raw):
    text = f"value: {raw}\nitems: [{raw}, a]\n"
    got = _outcome(text)
    if raw.isdigit() and len(raw) < 16 and (raw[0] != "0" or raw == "0"):
        expected = yaml.load(text, Loader=yaml.CSafeLoader)  # noqa: S506 - safe loader
        assert got[0] == expected
        assert type(got[0]["value"]) is int
    assert type(got) is type(_general_outcome(text))


@pytest.mark.parametrize("raw", ["0", "7", "1300", "999999999999999", "1000000000000000",
                                 "00", "012", "1_000", "+5", "-5", "0x1F", "3:20"])
def test_integer_edges(raw):
    text = f"value: {raw}\n"
    assert _outcome(text) == _general_outcome(text)


def test_every_corpus_sheet_reads_as_without_fast_paths():
    sheets = sorted((REPO / "facts").glob("*.yaml"))
    assert sheets
    for f in sheets:
        text = f.read_text(encoding="utf-8")
        assert _outcome(text) == _general_outcome(text), f.name


def test_fast_paths_keep_alias_depth_and_tag_errors():
    for text in ("a: &x hello\nb: *x\n", "a: !!binary aGk=\n", "a: " + "[" * 70 + "]" * 70,
                 "a: 'quoted'\nb: \"12\"\nc: plain text\nd: 1.5\ne: 2025-01-02\n"):
        assert _outcome(text) == _general_outcome(text)
