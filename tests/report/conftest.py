"""Fixtures for the HTML report: a small hand-built report, a seed project copy, Chromium."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEED_SHEET = "000_1973e27dd785980b.yaml"
CHROMIUM = Path("/usr/bin/chromium")

DOCUMENT = "Officials said 12 drones hit the city <b>. Later 5 more <script>x()</script> came."


def _span(needle: str) -> list[int]:
    i = DOCUMENT.index(needle)
    return [i, i + len(needle)]


def _check(cid: str, verdict: str, *, expect: str = "holds", passed: bool = True,
           message: str = "1 + 1 = 2 == 2") -> dict[str, Any]:
    return {
        "id": cid, "line": 40, "rule": "expr", "verdict": verdict, "passed": passed,
        "expect": expect, "expression": "a + b == total", "substituted": message,
        "message": message, "recomputed": [{"expression": "1 + 1", "value": "2"}],
        "inputs": [{"name": "drones", "reported": "12", "interval": "12", "meaning": "exact",
                    "unit": "drone", "line": 10}],
    }


def _fact(fid: str, quote: str, span: list[int] | None, line: int) -> dict[str, Any]:
    return {
        "id": fid, "line": line, "value": 12, "unit": "drone", "meaning": "exact",
        "interval": "12", "source": "officials", "source_name": "City officials",
        "quote": quote, "key": None, "via": None, "rank": "normal",
        "grounding": {"verdict": "grounded" if span else "ungrounded",
                      "message": "found" if span else "not found", "span": span},
    }


@pytest.fixture
def small_report() -> dict[str, Any]:
    """A hand-built report (``Report`` JSON data): every verdict, hostile text."""
    evil = "<script>alert('pwned')</script>"
    return {
        "schema_version": 1,
        "tool": {"name": "factcheck", "version": "0.0-test"},
        "summary": {"sheets": 2, "sheets_with_problems": 1, "problems": 1, "facts": 4,
                    "checks": 5, "holds": 1, "holds_within_rounding": 1, "violated": 2,
                    "expected_violations": 1, "errors": 1, "failed": 2, "quotes": 4,
                    "ungrounded": 1, "claims": 1, "claims_agree": 0, "claims_conflict": 1,
                    "statements_disputed": 1, "passed": False},
        "sheets": [
            {
                "path": "facts/small.yaml", "problems": [],
                "document": "seeds/small.txt", "published": "2025-04-26",
                "title": f"Title {evil}",
                "sources": {"officials": "City officials", "army": "The army"},
                "facts": [
                    _fact("drones", "12 drones hit the city", _span("12 drones hit the city"),
                          10),
                    # nested inside the first span
                    _fact("drones_inner", "drones", _span("drones"), 15),
                    # overlaps the end of the first and runs past it
                    _fact("city_b", "the city <b>", _span("the city <b>"), 20),
                    _fact("evil_fact", evil, _span("<script>x()</script>"), 25),
                    _fact("lost", "not in the text", None, 30),
                ],
                "background": [],
                "checks": [
                    _check("sum-holds", "holds"),
                    _check("rounded", "holds within rounding"),
                    _check("too-many", "violated", passed=False,
                           message="66 + 51 = 117 <= 114"),
                    _check("known-bad", "violated", expect="violated"),
                    _check(evil, "error", passed=False, message=f"bad input {evil}"),
                ],
                "stance_grounding": [],
                "coverage": {"mentions": 3, "covered": 2, "share": 0.6667,
                             "uncovered": [{"text": "5", "offset": DOCUMENT.index("5"),
                                            "kind": "cardinal"}]},
            },
            {"path": "facts/broken.yaml",
             "problems": [{"line": 3, "column": 1, "code": "E001",
                           "message": f"unknown field {evil}"}]},
        ],
        "cross_source": [{
            "key": "city/drones", "scope": "", "verdict": "conflict", "passed": False,
            "sheet": "facts/small.yaml", "line": 10, "message": "conflict: 12 vs 14",
            "independent_sources": ["army", "officials"], "agreed": None,
            "reports": [
                {"sheet": "facts/small.yaml", "line": 10, "fact": "drones",
                 "source": "officials", "via": None, "value": "12", "unit": "drone",
                 "rank": "normal", "quote": "12 drones hit the city"},
                {"sheet": "facts/other.yaml", "line": 7, "fact": "drones", "source": "army",
                 "via": None, "value": "14", "unit": "drone", "rank": "deprecated",
                 "quote": evil},
            ],
        }],
        "statements": [
            {"key": "calm", "text": "The city is calm.", "verdict": "affirmed",
             "affirm": [{"source": "officials", "via": None, "sheet": "facts/small.yaml",
                         "line": 50, "quote": "all calm"}], "deny": [],
             "message": "affirmed by officials"},
            {"key": "attack-repelled", "text": "The attack was repelled.",
             "verdict": "disputed",
             "affirm": [{"source": "army", "via": None, "sheet": "facts/small.yaml",
                         "line": 60, "quote": "we repelled it"}],
             "deny": [{"source": "officials", "via": "army", "sheet": "facts/small.yaml",
                       "line": 63, "quote": evil}],
             "message": "disputed"},
        ],
    }


@pytest.fixture
def small_documents() -> dict[str, str]:
    return {"seeds/small.txt": DOCUMENT}


@pytest.fixture
def seed_project(tmp_path: Path) -> Path:
    """A project in tmp_path: the seed sheet plus a copy whose drone accounting is violated."""
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "facts").mkdir()
    text = (ROOT / "facts" / SEED_SHEET).read_text(encoding="utf-8")
    (tmp_path / "facts" / SEED_SHEET).write_text(text, encoding="utf-8")
    head, sep, tail = text.partition("  decoys_lost:\n    value: 31\n")
    assert sep, "seed sheet changed: decoys_lost no longer reads `value: 31`"
    (tmp_path / "facts" / "001_violated.yaml").write_text(
        head + "  decoys_lost:\n    value: 51\n" + tail, encoding="utf-8")
    return tmp_path


@pytest.fixture
def chromium() -> Path:
    """Debian's headless Chromium; skipped locally if missing, a failure under CI."""
    if CHROMIUM.exists() or shutil.which("chromium"):
        return CHROMIUM if CHROMIUM.exists() else Path(str(shutil.which("chromium")))
    if os.environ.get("CI"):
        pytest.fail("chromium not installed (CI must install it: apt-get install chromium)")
    pytest.skip("chromium not installed: apt-get install chromium")


class Elements(HTMLParser):
    """Every start tag as (tag, attrs), plus the text inside a chosen element id."""

    def __init__(self, text_of: str | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text_of = text_of
        self.text: list[str] = []
        self._depth = 0
        self.mark_depth = 0
        self.max_mark_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        if self._depth:
            self._depth += 1
        elif self.text_of is not None and a.get("id") == self.text_of:
            self._depth = 1
        if tag == "mark":
            self.mark_depth += 1
            self.max_mark_depth = max(self.max_mark_depth, self.mark_depth)

    def handle_endtag(self, tag: str) -> None:
        if self._depth:
            self._depth -= 1
        if tag == "mark":
            self.mark_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._depth:
            self.text.append(data)

    def find(self, tag: str | None = None, **attrs: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if (tag is None or t == tag)
                and all(a.get(k.rstrip("_").replace("_", "-")) == v
                                           for k, v in attrs.items())]


@pytest.fixture
def parse() -> Callable[..., Elements]:
    def _parse(page: str, text_of: str | None = None) -> Elements:
        p = Elements(text_of)
        p.feed(page)
        p.close()
        return p

    return _parse
