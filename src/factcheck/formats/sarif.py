"""SARIF 2.1.0 (OASIS), the format GitHub code scanning reads: findings on the diff.

One run; one rule per finding code used (described from :mod:`factcheck.codes`);
one result per finding, located at its sheet, line and column relative to the
project root (``%SRCROOT%``). Validated against the official schema in the tests.
"""

from __future__ import annotations

import json
import os
from pathlib import PurePosixPath
from urllib.parse import quote

from factcheck import __version__
from factcheck.codes import CODES, explain
from factcheck.formats.view import View

NAME = "sarif"
HELP = "SARIF 2.1.0 for GitHub code scanning"
SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/pytest-factcheck/"


def uri(path: str) -> str:
    """A sheet path as a URI reference: relative paths stay relative (to %SRCROOT%)."""
    p = PurePosixPath(path.replace("\\", "/"))
    text = quote(os.fsencode(p.as_posix()), safe="/")  # undecodable bytes as they were
    return f"file://{text}" if p.is_absolute() else text


def _rule(code: str) -> dict:
    known = CODES.get(code)
    rule: dict = {"id": code, "name": code.replace("-", " ").title().replace(" ", "")}
    if known is not None:
        rule["shortDescription"] = {"text": known.summary}
        rule["help"] = {"text": explain(code)}
    rule["defaultConfiguration"] = {"level": "error"}
    return rule


def sarif_log(view: View) -> dict:
    """The SARIF log as JSON-ready data."""
    codes = sorted({f.code for f in view.findings})
    index = {c: i for i, c in enumerate(codes)}
    results = []
    for f in view.findings:
        artifact = {"uri": uri(f.path)}
        if not artifact["uri"].startswith("file:"):  # relative to the project root
            artifact["uriBaseId"] = "%SRCROOT%"
        location = {"physicalLocation": {
            "artifactLocation": artifact,
            "region": {"startLine": max(f.line, 1), "startColumn": max(f.column, 1)}}}
        results.append({"ruleId": f.code, "ruleIndex": index[f.code], "level": "error",
                        "message": {"text": f"{f.message} [{f.title}]"
                                    if f.title != f.code else f.message},
                        "locations": [location],
                        "partialFingerprints": {"factcheckItem/v1": f"{f.path}::{f.title}"}})
    return {
        "$schema": SCHEMA, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "factcheck", "version": __version__,
                                "informationUri": INFORMATION_URI,
                                "rules": [_rule(c) for c in codes]}},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": view.result.root.as_uri() + "/"}},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(view: View) -> str:
    return json.dumps(sarif_log(view), indent=2, ensure_ascii=False) + "\n"
