"""The sheet JSON Schema accepts every sheet in facts/ and every sheet example in the
README (shorthand checks included), and types validator ids and their args."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import jsonschema
import pytest
import yaml

from factcheck.schema import factsheet_schema

REPO = Path(__file__).resolve().parent.parent
SHEETS = sorted((REPO / "facts").glob("*.yaml"))
CI_CONFIG_KEYS = {"jobs", "repos"}  # README YAML that configures CI, not a sheet


def _json(x):
    """YAML data as JSON data (dates as the ISO strings an editor sees)."""
    if isinstance(x, dict):
        return {str(k): _json(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_json(v) for v in x]
    return x.isoformat() if isinstance(x, dt.date) else x


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = factsheet_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _errors(validator, data) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(data)]


def test_every_sheet_in_facts_is_valid(validator):
    assert len(SHEETS) > 50
    bad = {p.name: _errors(validator, _json(yaml.safe_load(p.read_text("utf-8"))))
           for p in SHEETS}
    assert {k: v for k, v in bad.items() if v} == {}


def _readme_yaml() -> list[object]:
    text = (REPO / "README.md").read_text("utf-8")
    return [yaml.safe_load(block) for block in re.findall(r"```yaml\n(.*?)```", text, re.S)]


def _as_sheet(block: dict) -> dict:
    """A README example as a whole sheet: fragments of facts or settings completed."""
    if "document" in block:
        return block
    fields = set(factsheet_schema()["properties"])
    if set(block) <= fields:
        return {"document": "seeds/a.txt", **block}
    return {"document": "seeds/a.txt", "facts": block}


def test_every_sheet_example_in_the_readme_is_valid(validator):
    blocks = _readme_yaml()
    sheets = [b for b in blocks if not CI_CONFIG_KEYS & set(b)]
    assert len(sheets) >= 3 and any("document" in b for b in sheets)
    for block in sheets:
        assert _errors(validator, _json(_as_sheet(block))) == [], block


BASE = {"document": "seeds/a.txt", "facts": {"a": {"value": 1, "quote": "one"}}}


@pytest.mark.parametrize(("checks", "valid"), [
    ({"c": "a + a <= a"}, True),  # the shorthand
    ({"c": {"rule": "a <= a"}}, True),
    ({"c": {"validator": "parts_within", "args": {"parts": ["a"], "total": "a"}}}, True),
    ({"c": {"validator": "range_ordered", "args": {"fact": "a"}}}, True),  # optional arg
    ({"c": {"validator": "part_within", "args": {"parts": ["a"], "total": "a"}}}, False),
    ({"c": {"validator": "parts_within", "args": {"parts": "a", "total": "a"}}}, False),
    ({"c": {"validator": "parts_within", "args": {"parts": ["a"]}}}, False),
    ({"c": {"validator": "parts_within", "args": {"parts": ["a"], "total": "a", "x": 1}}},
     False),
    ({"c": {"validator": "share_of", "args": {"part": "a", "whole": "a", "percent": 5}}},
     True),
    ({"c": {"rule": "a <= a", "validator": "parts_within"}}, False),
    ({"c": {}}, False),
    ({"c": {"rule": "a <= a", "expect": "violated"}}, False),  # no reason
    ({"c": {"rule": "a <= a", "expect": "violated", "reason": "the source adds wrongly"}},
     True),
    ({"c": ""}, False),
])
def test_check_forms(validator, checks, valid):
    assert (not _errors(validator, {**BASE, "checks": checks})) is valid


def test_validator_ids_and_args_come_from_the_registry():
    from factcheck.series import SERIES_VALIDATORS
    from factcheck.validators.registry import registry

    check = factsheet_schema()["$defs"]["Check"]
    assert check["properties"]["validator"]["enum"] == sorted([*registry(), *SERIES_VALIDATORS])
    forms = check["oneOf"][1:]
    variants = {v["properties"]["validator"]["const"]: v for v in forms
                if "const" in v["properties"]["validator"]}
    assert set(variants) == set(registry())
    assert [v["properties"]["validator"]["enum"] for v in forms
            if "enum" in v["properties"]["validator"]] == [sorted(SERIES_VALIDATORS)]
    assert variants["converts_to"]["properties"]["args"]["required"] == ["from", "to"]


def test_the_schema_and_the_loader_agree_on_refusals(validator, tmp_path):
    """What the loader refuses as a field error the schema refuses too."""
    from factcheck.load.sheet import load_sheet

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("one")
    cases = [{**BASE, "facts": {"a": {"vaule": 1, "quote": "one"}}},
             {**BASE, "facts": {"a": {"value": [2, 1], "quote": "one"}}} | {"x": 1},
             {**BASE, "checks": {"c": {"rule": "a <= a", "validator": "parts_within"}}},
             {**BASE, "facts": {"a": {"value": 1, "quote": "one", "meaning": "roughly"}}}]
    for i, case in enumerate(cases):
        path = tmp_path / f"s{i}.yaml"
        path.write_text(yaml.safe_dump(case))
        loaded = load_sheet(path, tmp_path)
        problems = loaded if isinstance(loaded, list) else loaded.problems
        assert problems, case
        assert _errors(validator, case), case
