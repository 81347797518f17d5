"""JSON Schema of fact sheets for editors: generated from the pydantic model and the
validator registry, so it accepts what the loader accepts and names what it knows.

On top of the model's own schema: a check may be written as a bare expression
(``id: "a + b <= c"``); ``validator`` lists the registered ids, and each validator's
``args`` are typed from its ``ARGS`` (fact names, lists of them, numbers, text) with
the required ones marked; ``expect: violated`` needs a ``reason``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from factcheck.report.atomic import write_atomic
from factcheck.series import SERIES_ARGS, SERIES_VALIDATORS

SCHEMA_ID = "https://factcheck.invalid/schema/factsheet.schema.json"


_KIND_TEXT = {"name": "the id of a fact or background value", "names": "a list of fact ids",
              "text": "text", "number": "a number",
              "name-or-number": "a fact id or a number"}


def _arg_schema(kind: str, name_schema: dict) -> dict:
    from factcheck.validators import base

    names = {"type": "array", "items": name_schema, "minItems": 1}
    number = {"type": "number"}
    return {base.NAME: name_schema, base.NAMES: names, base.TEXT: {"type": "string"},
            base.NUMBER: number, base.NAME_OR_NUMBER: {"anyOf": [name_schema, number]},
            }.get(kind, {})


def _validator_variant(v: Any, name_schema: dict) -> dict:
    """The form of a check that calls validator ``v``: its id and typed args."""
    optional = getattr(v, "OPTIONAL", frozenset())
    required = [a for a in v.ARGS if a not in optional]
    args: dict[str, Any] = {
        "type": "object", "additionalProperties": False,
        "properties": {a: {**_arg_schema(k, name_schema), "description": _KIND_TEXT.get(k, k)}
                       for a, k in v.ARGS.items()},
    }
    if required:
        args["required"] = required
    variant: dict[str, Any] = {"properties": {"validator": {"const": v.ID}, "args": args},
                               "required": ["validator", "args"] if required else ["validator"]}
    doc = (v.__doc__ or "").strip().splitlines()
    if doc:
        variant["description"] = doc[0]
    return variant


def _series_variant() -> dict:
    """The form of a check that runs a series validator over a dataset."""
    kinds = {"dataset": {"type": "string"},
             "columns": {"type": "array", "items": {"type": "string"}, "minItems": 1},
             "vintage": {"enum": ["final", "first"]}}
    args = {"type": "object", "additionalProperties": False, "required": ["dataset"],
            "properties": {a: {**kinds[a], "description": d} for a, d in SERIES_ARGS.items()}}
    return {"properties": {"validator": {"enum": sorted(SERIES_VALIDATORS)}, "args": args},
            "required": ["validator", "args"],
            "description": "a series validator over a dataset's cells"}


def _checks(schema: dict) -> None:
    """Add the shorthand form, validator ids and typed args to the check schema."""
    from factcheck.api.model import IDENT
    from factcheck.validators.registry import registry

    defs = schema["$defs"]
    check = defs["Check"]
    validators = registry()
    name_schema = {"type": "string", "pattern": IDENT, "description": "a fact's id"}
    check["properties"]["validator"] = {
        "enum": sorted([*validators, *SERIES_VALIDATORS]),
        "description": "Id of a registered validator."}
    check["oneOf"] = [
        {"required": ["rule"], "not": {"required": ["validator"]},
         "properties": {"args": {"maxProperties": 0}}},
        *(_validator_variant(validators[i], name_schema) for i in sorted(validators)),
        _series_variant(),
    ]
    check["if"] = {"properties": {"expect": {"const": "violated"}}, "required": ["expect"]}
    check["then"] = {"required": ["reason"]}
    shorthand = {"type": "string", "minLength": 1,
                 "description": "Shorthand for {rule: EXPRESSION}, e.g. a + b <= c"}
    checks = schema["properties"]["checks"]
    for pattern, ref in list(checks["patternProperties"].items()):
        checks["patternProperties"][pattern] = {"anyOf": [shorthand, ref]}
    checks["additionalProperties"] = False


def factsheet_schema() -> dict:
    """The JSON Schema; free-form maps (sources, facts, checks) reject unknown fields."""
    from factcheck.api.model import Sheet

    schema = Sheet.model_json_schema()
    _checks(schema)
    for name in ("sources", "facts", "background", "statements"):
        prop = schema["properties"].get(name)
        if prop and "patternProperties" in prop:
            prop["additionalProperties"] = False
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "factcheck fact sheet"
    return schema


def schema_text() -> str:
    return json.dumps(factsheet_schema(), indent=2, sort_keys=True) + "\n"


def report_schema_text() -> str:
    from factcheck.report.json_schema import REPORT_SCHEMA

    return json.dumps(REPORT_SCHEMA, indent=2, sort_keys=True) + "\n"


def write_schema(path: Path | None) -> str:
    """Write the fact-sheet schema to ``path`` and the report schema beside it."""
    text = schema_text()
    if path is not None:
        write_atomic(path, text)
        write_atomic(path.parent / "report.schema.json", report_schema_text())
    return text
