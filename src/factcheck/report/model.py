"""The report as a typed model: the contract of ``reports/consistency.json``.

Every report format renders a :class:`Report`; the JSON Schema in
``schema/report.schema.json`` is generated from it (:func:`report_schema`).
Keys a report may leave out (a sheet that did not load has only ``path`` and
``problems``; ``reason``, ``note`` and ``run_id`` appear when set) are dumped only when
given, so ``model_dump(exclude_unset=True)`` is the JSON document.

Compatible additions (new optional keys) keep ``schema_version``; removing or changing
the meaning of a key bumps it.
"""

from __future__ import annotations

import json
import math
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic_core import PydanticSerializationError

SCHEMA_VERSION = 1

Line = int  # 1-based, as editors count
Number = int | float
ReportedValue = Number | str | list[Number]  # a number, a date (ISO text) or a [lo, hi] range


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, ser_json_inf_nan="null")


class Problem(_Model):
    """A sheet that cannot be checked as written: where, which code, what to change."""

    line: Line = Field(ge=1)
    column: Line = Field(ge=1)
    code: str
    message: str


class Step(_Model):
    """One recomputed sub-expression beside its value."""

    expression: str
    value: str


class Input(_Model):
    """A value a check used: as reported, as an interval, with its meaning and unit."""

    name: str
    reported: str
    interval: str
    meaning: str
    unit: str
    line: Line = Field(ge=1)


class Check(_Model):
    """One check's verdict, the arithmetic shown beside what was reported."""

    id: str
    line: Line = Field(ge=1)
    rule: str
    verdict: Literal["holds", "holds within rounding", "violated", "error"]
    passed: bool
    expect: Literal["holds", "violated"]
    expression: str
    substituted: str
    message: str
    recomputed: list[Step]
    inputs: list[Input]
    reason: str | None = None
    note: str | None = None
    description: str | None = None


class Grounding(_Model):
    """Whether a fact's quote was found in the document, carrying its value."""

    verdict: Literal["grounded", "ungrounded"]
    message: str
    span: list[int] | None = Field(description="[start, end) offsets of the quote")
    line: Line | None = Field(default=None, ge=1, description="line of the quote")
    passed: bool | None = Field(default=None, description="as expected (a recorded misprint "
                                "passes while ungrounded)")


class Fact(_Model):
    id: str
    line: Line = Field(ge=1)
    value: ReportedValue
    unit: str | None
    meaning: str | None
    interval: str | None
    source: str | None
    source_name: str | None
    quote: str
    key: str | None
    via: str | None
    rank: Literal["preferred", "normal", "deprecated"]
    grounding: Grounding | None
    note: str | None = None


class Background(_Model):
    id: str
    value: ReportedValue
    unit: str | None
    citation: str


class StanceGrounding(_Model):
    id: str
    line: Line = Field(ge=1)
    verdict: str
    message: str


class Mention(_Model):
    """A number or date in the document that no fact covers."""

    text: str
    offset: int = Field(ge=0)
    kind: str


class Coverage(_Model):
    mentions: int = Field(ge=0)
    covered: int = Field(ge=0)
    share: float
    uncovered: list[Mention]


class Sheet(_Model):
    """One sheet file; a sheet that did not load has only ``path`` and ``problems``."""

    path: str
    problems: list[Problem]
    document: str | None = None
    published: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    language: str | None = None
    sources: dict[str, str] | None = None
    facts: list[Fact] | None = None
    background: list[Background] | None = None
    checks: list[Check] | None = None
    stance_grounding: list[StanceGrounding] | None = None
    coverage: Coverage | None = None

    @property
    def loaded(self) -> bool:
        return self.facts is not None


class ClaimRow(_Model):
    """One report of a claim across sheets."""

    sheet: str
    line: Line = Field(ge=1)
    fact: str
    source: str
    via: str | None
    value: str
    unit: str
    rank: str
    quote: str


class Claim(_Model):
    """A quantity reported under one key by several sources: agree, conflict or single."""

    key: str
    scope: str
    verdict: Literal["agree", "conflict", "single", "error"]
    passed: bool
    sheet: str
    line: Line = Field(ge=1)
    message: str
    independent_sources: list[str]
    agreed: list[Number | None] | None = Field(
        description="[low, high] every report allows; null: unbounded on that side")
    reports: list[ClaimRow]


class Stance(_Model):
    source: str
    via: str | None
    sheet: str
    line: Line = Field(ge=1)
    quote: str


class Statement(_Model):
    """A qualitative statement that sources affirm or deny."""

    key: str
    text: str
    verdict: Literal["affirmed", "denied", "disputed"]
    affirm: list[Stance]
    deny: list[Stance]
    message: str


class Tool(_Model):
    name: Literal["factcheck"]
    version: str


class Summary(_Model):
    """Counts over the whole run; ``passed`` agrees with the exit status."""

    sheets: int = Field(ge=0)
    sheets_with_problems: int = Field(ge=0)
    problems: int = Field(ge=0)
    facts: int = Field(ge=0)
    checks: int = Field(ge=0)
    holds: int = Field(ge=0)
    holds_within_rounding: int = Field(ge=0)
    violated: int = Field(ge=0)
    expected_violations: int = Field(ge=0)
    errors: int = Field(ge=0)
    failed: int = Field(ge=0)
    quotes: int = Field(ge=0)
    ungrounded: int = Field(ge=0)
    claims: int = Field(ge=0)
    claims_agree: int = Field(ge=0)
    claims_conflict: int = Field(ge=0)
    statements_disputed: int = Field(ge=0)
    passed: bool


class Report(_Model):
    """The whole report of one run."""

    schema_version: Literal[1]
    run_id: str | None = Field(default=None, pattern="^[0-9a-f]{16}$",
                               description="digest of the report and its documents")
    tool: Tool
    elapsed_seconds: float | None = Field(default=None, ge=0,
                                          description="wall-clock time of the check run")
    summary: Summary
    sheets: list[Sheet]
    cross_source: list[Claim]
    statements: list[Statement]

    def to_json_data(self) -> dict[str, Any]:
        """The JSON document as data: keys in model order, optional keys only where given."""
        return json.loads(self.to_json())

    def to_json(self, indent: int | None = 2, exclude: set[str] | None = None) -> str:
        """The JSON document (infinite bounds written as null)."""
        try:
            return self.model_dump_json(indent=indent, exclude_unset=True, exclude=exclude)
        except PydanticSerializationError:  # a lone surrogate: an undecodable file name byte
            data = _finite(self.model_dump(mode="json", exclude_unset=True, exclude=exclude))
            return json.dumps(data, indent=indent, ensure_ascii=False,
                              separators=(",", ":") if indent is None else None)

    def stamped(self, run_id: str) -> Report:
        """The same report carrying ``run_id``."""
        return self.model_copy(update={"run_id": run_id})


def _finite(x: Any) -> Any:
    """``x`` with infinite and NaN floats as None, as the JSON serializer writes them."""
    if isinstance(x, float) and not math.isfinite(x):
        return None
    if isinstance(x, dict):
        return {k: _finite(v) for k, v in x.items()}
    if isinstance(x, list):
        return [_finite(v) for v in x]
    return x


def report_schema() -> dict[str, Any]:
    """JSON Schema (2020-12) of ``consistency.json``, generated from :class:`Report`."""
    schema = Report.model_json_schema(mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "factcheck consistency report", **schema}
