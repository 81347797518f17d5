"""JSON Schema of reports/consistency.json (schema_version 1).

Compatible additions (new optional keys) keep the version; removing or
changing the meaning of a key bumps ``schema_version``.
"""

from __future__ import annotations

from typing import Any

_STR = {"type": "string"}
_OPT_STR = {"type": ["string", "null"]}
_INT = {"type": "integer", "minimum": 0}
_LINE = {"type": "integer", "minimum": 1}
_BOOL = {"type": "boolean"}


def _obj(required: dict[str, Any], optional: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"type": "object", "required": sorted(required),
            "properties": {**required, **(optional or {})}, "additionalProperties": False}


_CHECK = _obj({
    "id": _STR, "line": _LINE, "rule": _STR,
    "verdict": {"enum": ["holds", "holds within rounding", "violated", "error"]},
    "passed": _BOOL, "expect": {"enum": ["holds", "violated"]}, "expression": _STR,
    "substituted": _STR, "message": _STR,
    "recomputed": {"type": "array", "items": _obj({"expression": _STR, "value": _STR})},
    "inputs": {"type": "array", "items": _obj({
        "name": _STR, "reported": _STR, "interval": _STR, "meaning": _STR, "unit": _STR,
        "line": _LINE})},
}, {"reason": _STR, "note": _STR})

_GROUNDING = _obj({"verdict": {"enum": ["grounded", "ungrounded"]}, "message": _STR,
                   "span": {"type": ["array", "null"], "items": _INT}})

_FACT = _obj({
    "id": _STR, "line": _LINE,
    "value": {"type": ["number", "string", "array"]},
    "unit": _OPT_STR, "meaning": _OPT_STR, "interval": _OPT_STR, "source": _OPT_STR,
    "source_name": _OPT_STR, "quote": _STR, "key": _OPT_STR, "via": _OPT_STR,
    "rank": {"enum": ["preferred", "normal", "deprecated"]},
    "grounding": {"anyOf": [_GROUNDING, {"type": "null"}]},
})

_PROBLEM = _obj({"line": _LINE, "column": _LINE, "code": _STR, "message": _STR})

_SHEET = _obj({"path": _STR, "problems": {"type": "array", "items": _PROBLEM}}, {
    "document": _STR, "published": _OPT_STR, "title": _OPT_STR,
    "sources": {"type": "object", "additionalProperties": _STR},
    "facts": {"type": "array", "items": _FACT},
    "background": {"type": "array", "items": _obj({
        "id": _STR, "value": {"type": ["number", "string", "array"]}, "unit": _OPT_STR,
        "citation": _STR})},
    "checks": {"type": "array", "items": _CHECK},
    "stance_grounding": {"type": "array", "items": _obj({
        "id": _STR, "line": _LINE, "verdict": _STR, "message": _STR})},
    "coverage": {"anyOf": [{"type": "null"}, _obj({
        "mentions": _INT, "covered": _INT, "share": {"type": "number"},
        "uncovered": {"type": "array", "items": _obj({
            "text": _STR, "offset": _INT, "kind": _STR})}})]},
})

_CLAIM = _obj({
    "key": _STR, "scope": _STR,
    "verdict": {"enum": ["agree", "conflict", "single", "error"]}, "passed": _BOOL,
    "sheet": _STR, "line": _LINE, "message": _STR,
    "independent_sources": {"type": "array", "items": _STR},
    "agreed": {"type": ["array", "null"], "items": {"type": "number"}},
    "reports": {"type": "array", "items": _obj({
        "sheet": _STR, "line": _LINE, "fact": _STR, "source": _STR, "via": _OPT_STR,
        "value": _STR, "unit": _STR, "rank": _STR, "quote": _STR})},
})

_SIDE = {"type": "array", "items": _obj({"source": _STR, "via": _OPT_STR, "sheet": _STR,
                                          "line": _LINE, "quote": _STR})}
_STATEMENT = _obj({"key": _STR, "text": _STR,
                   "verdict": {"enum": ["affirmed", "denied", "disputed"]},
                   "affirm": _SIDE, "deny": _SIDE, "message": _STR})

_SUMMARY_KEYS = ["sheets", "sheets_with_problems", "problems", "facts", "checks", "holds",
                 "holds_within_rounding", "violated", "expected_violations", "errors", "failed",
                 "quotes", "ungrounded", "claims", "claims_agree", "claims_conflict",
                 "statements_disputed"]

REPORT_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "factcheck consistency report",
    **_obj({
        "schema_version": {"const": 1},
        "tool": _obj({"name": {"const": "factcheck"}, "version": _STR}),
        "summary": _obj({**{k: _INT for k in _SUMMARY_KEYS}, "passed": _BOOL}),
        "sheets": {"type": "array", "items": _SHEET},
        "cross_source": {"type": "array", "items": _CLAIM},
        "statements": {"type": "array", "items": _STATEMENT},
    }, {"run_id": {"type": "string", "pattern": "^[0-9a-f]{16}$"}}),
}
