"""Pydantic model of a YAML fact sheet.

A sheet describes one source document: its sources, the numeric and dated
facts it reports (each with the exact quote it comes from), the checks that
relate those facts, and qualitative statements that sources affirm or deny.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from factcheck.api.unit_spellings import scale_number, scaled, spelled

IDENT = r"^[A-Za-z_][A-Za-z0-9_]*$"
CHECK_ID = r"^[A-Za-z0-9_][A-Za-z0-9_.-]*$"
# Claim keys are compared as written: ASCII only, so look-alike letters (a Cyrillic о),
# other Unicode forms and invisible spaces cannot split one claim into two.
KEY_RE = r"^[A-Za-z0-9_][A-Za-z0-9_./:@+-]*$"
MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
YEAR_RE = re.compile(r"^\d{4}$")


def ascii_name(value: str, what: str) -> str:
    """Refuse look-alike or invisible characters in an id, naming the code point."""
    if value.isascii() and value.isprintable() and " " not in value:
        return value  # the usual id: no look-alike, control or space character in it
    import unicodedata

    for ch in value:
        if not ch.isascii() or not ch.isprintable() or ch.isspace():
            name = unicodedata.name(ch, "unnamed")
            raise ValueError(f"{what} `{value!r}` contains U+{ord(ch):04X} {name}: ids and "
                             "claim keys are ASCII letters, digits and _ . / : @ + - (a "
                             "look-alike or invisible character would split one claim in two)")
    return value


class Strict(BaseModel):
    """Base: unknown fields are errors, so a misspelled key never passes silently."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Meaning(StrEnum):
    """How a reported number relates to the true quantity."""

    exact = "exact"
    rounded = "rounded"
    approx = "approx"
    estimated = "estimated"
    range = "range"
    at_least = "at_least"
    at_most = "at_most"


class Rank(StrEnum):
    """Wikidata-style rank of a reported figure."""

    preferred = "preferred"
    normal = "normal"
    deprecated = "deprecated"


class Source(Strict):
    """Who said it: a person, an office, an outlet."""

    name: str = Field(description="Display name, e.g. \"Ukraine's air force\".")
    kind: str | None = Field(default=None, description=(
        "official, military, outlet, agency...; an outlet is the document's own voice only "
        "if the sheet's `outlet:` names it (a cited outlet is checked like any source)"))
    url: str | None = None
    aliases: list[str] = Field(
        default_factory=list,
        description="Other names the document uses for this source (\"the air force\", "
        "\"the ministry\"); attribution is grounded on the name or one of these.",
    )


class Scope(Strict):
    """What makes two reports of a claim comparable."""

    as_of: dt.date | str | None = Field(default=None, description="Date or period (YYYY-MM).")
    place: str | None = None
    method: str | None = Field(default=None, description="How the figure was determined.")


Scalar = int | float
DateLike = dt.date | Annotated[str, Field(pattern=r"^\d{4}(-(0[1-9]|1[0-2]))?$")]


def _no_booleans(v: Any) -> Any:
    """YAML reads yes/true as booleans, which pydantic would take as 1."""
    if isinstance(v, bool) or (isinstance(v, list) and any(isinstance(x, bool) for x in v)):
        raise ValueError("write a number, not true/false")
    return v


_DATE_TEXT = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")


def _real_date(v: Any) -> Any:
    """A quoted date that is not one ("2025-02-29", "2025-00") is named as a bad date,
    as the unquoted form is, not as a number that failed to parse."""
    m = _DATE_TEXT.fullmatch(v) if isinstance(v, str) else None
    if m is None:
        return v
    year, month, day = int(m[1]), int(m[2]), m[3]
    if not 1 <= month <= 12:
        raise ValueError(f"`{v}` is not a valid date: month must be 1 to 12")
    if day is not None:
        try:
            return dt.date(year, month, int(day))
        except ValueError as exc:
            raise ValueError(f"`{v}` is not a valid date: {exc}") from None
    return v


class Reported(Strict):
    """A value with its unit and meaning: what facts and background values share."""

    value: Scalar | DateLike | list[Scalar] = Field(
        description="A number, a date (YYYY-MM-DD, YYYY-MM or YYYY), or [low, high] for a range."
    )
    unit: str | None = Field(
        default=None,
        description="A pint unit (km**2, square_mile, minute), a currency (USD, EUR, $) or a "
        "count noun (drone, person); a scale word scales the value (3.5 with `billion USD`).",
    )
    meaning: Meaning | None = Field(
        default=None,
        description="exact (default), rounded, approx, estimated, range, at_least, at_most.",
    )
    precision: Scalar | None = Field(
        default=None, gt=0,
        description="Rounding unit for `rounded` (e.g. 100). Inferred if absent."
    )
    tolerance: Scalar | str | None = Field(
        default=None, description="Half-width for approx/estimated: a number or a percentage '10%'."
    )

    @model_validator(mode="before")
    @classmethod
    def _unit_as_news_means_it(cls, data: Any) -> Any:
        """``pct`` is percent, ``$`` USD, ``km2`` km**2; a scale word in the unit scales
        the value ("3.5" in "billion USD" is 3500000000 USD): see ``unit_spellings``."""
        if not isinstance(data, dict) or not isinstance(data.get("unit"), str):
            return data
        if not data["unit"].strip():
            raise ValueError("`unit` is empty: leave it out for a pure number, or name what "
                             "the value counts or measures (person, km, USD)")
        unit, scale = scaled(data["unit"])
        value = data.get("value")
        numbers = value if isinstance(value, list) else [value]
        if scale != 1 and not all(isinstance(v, (int, float)) and not isinstance(v, bool)
                                  for v in numbers):
            unit, scale = data["unit"], 1  # a date or a typo: its own error says so
        data = {**data, "unit": spelled(unit) or None}
        if scale != 1:
            data["value"] = ([scale_number(v, scale) for v in value] if isinstance(value, list)
                             else scale_number(value, scale))
            for field in ("precision", "tolerance"):
                data[field] = scale_number(data.get(field), scale)
        return data

    @field_validator("value", "precision", "tolerance", mode="before")
    @classmethod
    def _numbers(cls, v: Any) -> Any:
        return _real_date(_no_booleans(v))

    @field_validator("value")
    @classmethod
    def _range_pair(cls, v: Any) -> Any:
        if isinstance(v, list):
            if len(v) != 2:
                raise ValueError("a range is written [low, high] with exactly two numbers")
            if v[0] > v[1]:
                raise ValueError(f"range [{v[0]}, {v[1]}] is reversed: write [{v[1]}, {v[0]}]")
        if isinstance(v, float) and (v != v or v in (float("inf"), float("-inf"))):
            raise ValueError("a value must be a finite number")
        return v

    @field_validator("tolerance")
    @classmethod
    def _tolerance(cls, v: Any) -> Any:
        if isinstance(v, str) and not re.fullmatch(r"\d+(\.\d+)?%", v):
            raise ValueError("tolerance is a number or a percentage such as '10%'")
        if isinstance(v, (int, float)) and v < 0:
            raise ValueError("tolerance must not be negative")
        return v

    @model_validator(mode="after")
    def _meaning_fits_value(self) -> Reported:
        m = self.meaning
        if self.is_date:
            if m not in (None, Meaning.exact) or self.precision or self.tolerance:
                raise ValueError("a date is exact: its precision is how it is written "
                                 "(YYYY-MM-DD, YYYY-MM or YYYY); drop meaning/precision/"
                                 "tolerance")
            if self.unit:
                raise ValueError("a date has no unit")
            return self
        if isinstance(self.value, list) and m not in (None, Meaning.range):
            raise ValueError(f"[low, high] is a range; meaning {m.value!r} does not fit it")
        if m is Meaning.range and not isinstance(self.value, list):
            raise ValueError("meaning 'range' needs value: [low, high]")
        if self.precision is not None and m not in (None, Meaning.rounded):
            raise ValueError("precision is for meaning 'rounded'")
        return self

    @property
    def is_date(self) -> bool:
        return isinstance(self.value, (dt.date, str))


class Fact(Reported):
    """One reported number or date, with its quote and its meaning."""

    source: str | None = Field(default=None, description="Id of an entry in `sources`.")
    quote: str = Field(min_length=1, description="Exact words of the document carrying the value.")
    key: str | None = Field(default=None, pattern=KEY_RE,
                            description="Claim key shared across sheets (ASCII: letters, "
                            "digits and _ . / : @ + -).")

    @field_validator("key", mode="before")
    @classmethod
    def _key_characters(cls, v: Any) -> Any:
        return ascii_name(v, "claim key") if isinstance(v, str) else v
    scope: Scope | None = None
    via: str | None = Field(default=None, description="Source id whose statement this repeats.")
    rank: Rank = Rank.normal
    note: str | None = None
    expect: Literal["grounded", "ungrounded", "conflict"] = Field(
        default="grounded",
        description="`ungrounded` records a misprint in the source (the quote does not carry "
        "the value as printed); `conflict` a documented disagreement with other sources on "
        "the same `key`. Both need a `reason` and fail once they stop being true.",
    )
    reason: str | None = Field(default=None, description="Why the expectation holds.")

    @model_validator(mode="after")
    def _reason_for_expect(self) -> Fact:
        if self.expect != "grounded" and not self.reason:
            raise ValueError(f"expect: {self.expect} needs a `reason` saying why")
        if self.expect == "conflict" and not self.key:
            raise ValueError("expect: conflict is about a claim `key` shared with other sheets")
        return self


class Background(Reported):
    """A value the document relies on but does not state (e.g. the invasion date)."""

    citation: str = Field(min_length=1, description="Where the value comes from.")


class Check(Strict):
    """A rule over facts: an expression or a named validator with arguments."""

    rule: str | None = Field(
        default=None,
        description="Expression, e.g. drones_destroyed + decoys_lost <= drones_launched",
    )
    validator: str | None = Field(default=None, description="Id of a registered validator.")
    args: dict[str, Any] = Field(default_factory=dict)
    expect: Literal["holds", "violated"] = "holds"
    reason: str | None = Field(
        default=None, description="Why a documented discrepancy is expected."
    )
    description: str | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Check:
        if (self.rule is None) == (self.validator is None):
            raise ValueError("a check has either `rule` or `validator`, not both and not neither")
        if self.expect == "violated" and not self.reason:
            raise ValueError("expect: violated needs a `reason` saying why the source is off")
        return self


class Stance(Strict):
    """A source affirming or denying a qualitative statement."""

    source: str
    stance: Literal["affirms", "denies"]
    quote: str = Field(min_length=1)
    via: str | None = None


class Statement(Strict):
    """A qualitative claim (not a number) that sources may dispute."""

    text: str
    key: str | None = None
    stances: list[Stance] = Field(min_length=1)

    @field_validator("key", mode="before")
    @classmethod
    def _key_characters(cls, v: Any) -> Any:
        return ascii_name(v, "statement key") if isinstance(v, str) else v


class Dataset(Strict):
    """A table (CSV or Parquet inside the project) that a sheet uses as a source."""

    path: str = Field(description="CSV or Parquet file, relative to the project root.")
    source: str | None = Field(default=None, description="Id of the entry in `sources` "
                               "that publishes the data.")
    via: str | None = Field(default=None, description="Source id whose statements the "
                            "data records (the office a compiled dataset transcribes).")
    date: str = Field(description="Column holding each row's date (YYYY-MM-DD; a time "
                      "after the date is ignored).")
    columns: dict[str, str | None] = Field(
        min_length=1, description="Numeric columns used, each with its unit: {tank: tank}.")
    cumulative: list[str] = Field(
        default_factory=list,
        description="Columns that are running totals (a window sums their daily change).")
    qualifiers: dict[str, str] = Field(
        default_factory=dict,
        description="Column -> the column holding its qualifier: `about` (approx) or "
        "`more` (at least).")
    corrections: str | None = Field(
        default=None, description="JSON list of restatements: {date, column: adjustment}.")
    counters: dict[str, dt.date] = Field(
        default_factory=dict, description="Columns that count days, each with its day 0: "
        "{day: 2022-02-23}.")
    periods: dict[str, list[dt.date | None]] = Field(
        default_factory=dict, description="Columns tracked only for a time: {POW: [null, "
        "2022-04-27]} (first and last date; null: open).")
    text: list[str] = Field(default_factory=list, description="Text columns whose spellings "
                            "are checked.")
    merges: dict[str, list[str]] = Field(
        default_factory=dict, description="A column that replaced others and continues their "
        "total: {vehicles and fuel tanks: [military auto, fuel tank]}.")
    vintages: str | None = Field(
        default=None, description="CSV of published versions: date, column, first_value, "
        "final_value, first_seen, last_changed.")

    @model_validator(mode="after")
    def _declared_columns(self) -> Dataset:
        merged = [c for parts in self.merges.values() for c in parts]
        for name in [*self.cumulative, *self.qualifiers, *self.counters, *self.merges, *merged]:
            if name not in self.columns:
                raise ValueError(f"`{name}` is not among the declared `columns`: add it "
                                 "there with its unit")
        for name, period in self.periods.items():
            if len(period) != 2:
                raise ValueError(f"period of `{name}` is [first, last] (null for open)")
            if period[0] and period[1] and period[0] > period[1]:
                raise ValueError(f"period of `{name}` is reversed")
        return self


DerivedOp = Literal["value", "sum", "since", "change", "max", "min", "pct_change", "ratio",
                    "pp_change"]


class Derived(Strict):
    """A value computed from a dataset: it is checked and compared like a fact."""

    dataset: str = Field(description="Id of an entry in `datasets`.")
    column: str = Field(description="One of the dataset's declared columns.")
    op: DerivedOp = Field(
        default="value",
        description="value (on a date), sum (over a window; daily changes of a running "
        "total), since (from a date to `date`), change (difference of the values at the "
        "window's ends), max/min (record daily figure in a window), pct_change, ratio, "
        "pp_change (against `vs`).")
    date: dt.date | None = Field(default=None, description="The date (of a value, the end "
                                 "of `since`, or the figure pct_change/ratio/pp_change "
                                 "compare).")
    window: list[dt.date] | None = Field(default=None, description="[first, last] date, "
                                         "both included.")
    since: dt.date | None = None
    vs: dt.date | list[dt.date] | None = Field(
        default=None, description="What pct_change, ratio and pp_change compare with: a "
        "date or a [first, last] window.")
    where: dict[str, Scalar | str] = Field(
        default_factory=dict, description="Keep only rows whose columns equal these values.")
    key: str | None = Field(default=None, pattern=KEY_RE,
                            description="Claim key shared across sheets.")
    scope: Scope | None = None
    rank: Rank = Rank.normal
    note: str | None = None

    @field_validator("key", mode="before")
    @classmethod
    def _key_characters(cls, v: Any) -> Any:
        return ascii_name(v, "claim key") if isinstance(v, str) else v

    @field_validator("window", "vs")
    @classmethod
    def _window(cls, v: Any) -> Any:
        if isinstance(v, list):
            if len(v) != 2:
                raise ValueError("a window is written [first, last] with exactly two dates")
            if v[0] > v[1]:
                raise ValueError(f"window [{v[0]}, {v[1]}] is reversed: write "
                                 f"[{v[1]}, {v[0]}]")
        return v

    @model_validator(mode="after")
    def _needs(self) -> Derived:
        op = self.op
        need = {"value": ("date",), "sum": ("window",), "change": ("window",),
                "max": ("window",), "min": ("window",), "since": ("since", "date")}
        for name in need.get(op, ()):
            if getattr(self, name) is None:
                raise ValueError(f"op `{op}` needs `{name}`")
        compares = op in ("pct_change", "ratio", "pp_change")
        if compares and ((self.date is None) == (self.window is None) or self.vs is None):
            raise ValueError(f"op `{op}` compares `date` or `window` with `vs`")
        return self


class Sheet(Strict):
    """A fact sheet for one document."""

    document: str = Field(description="Path of the source document, relative to the project.")
    published: dt.date | None = Field(default=None, description="Publication date (YYYY-MM-DD).")
    title: str | None = None
    url: str | None = Field(default=None, description="Where the document was published.")
    outlet: str | None = Field(default=None, description="Who published the document.")
    language: str | None = Field(
        default=None, description="Language of the document (BCP 47 tag: en, uk, hi)."
    )
    sources: dict[Annotated[str, Field(pattern=IDENT)], Source] = Field(default_factory=dict)
    aliases: dict[str, list[str]] = Field(
        default_factory=dict,
        description="Words that name a unit in this document, added to the built-in "
        "aliases: {drone: [Shahed, Geran]}.",
    )
    facts: dict[Annotated[str, Field(pattern=IDENT)], Fact] = Field(default_factory=dict)
    background: dict[Annotated[str, Field(pattern=IDENT)], Background] = Field(
        default_factory=dict
    )
    checks: dict[Annotated[str, Field(pattern=CHECK_ID)], Check] = Field(default_factory=dict)
    statements: dict[Annotated[str, Field(pattern=CHECK_ID)], Statement] = Field(
        default_factory=dict
    )
    datasets: dict[Annotated[str, Field(pattern=IDENT)], Dataset] = Field(
        default_factory=dict, description="Tables the sheet uses as sources.")
    derived: dict[Annotated[str, Field(pattern=IDENT)], Derived] = Field(
        default_factory=dict, description="Values computed from a dataset (a value on a "
        "date, a window sum, a record, a change); used in checks and compared across "
        "sources by `key` like facts.")

    @field_validator("sources", "facts", "background", "statements", "datasets", "derived",
                     mode="before")
    @classmethod
    def _id_characters(cls, v: Any) -> Any:
        if isinstance(v, dict):
            for k in v:
                if isinstance(k, str):
                    ascii_name(k, "id")
        return v

    @field_validator("checks", mode="before")
    @classmethod
    def _short_checks(cls, v: Any) -> Any:
        """`name: expression` is shorthand for `name: {rule: expression}`."""
        if isinstance(v, dict):
            return {k: ({"rule": c} if isinstance(c, str) else c) for k, c in v.items()}
        return v
