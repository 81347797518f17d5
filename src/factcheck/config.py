"""Project configuration: `[tool.factcheck]` in pyproject.toml, shared by CLI and pytest."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DEFAULTS = {"facts": ["facts"], "seeds": "seeds", "reports": "reports", "schema": "schema",
            "approx_tolerance": None, "claim_tolerance": 0}

#: what compares claims across sheets (:func:`factcheck.pipeline.compare_claims`)
ENGINES = ("auto", "python", "pandas", "duckdb", "spark")


@dataclass
class Config:
    root: Path
    facts: list[str] = field(default_factory=lambda: ["facts"])
    seeds: str = "seeds"
    reports: str = "reports"
    schema: str = "schema"
    approx_tolerance: float | str | None = None  # for approx/estimated facts without one
    claim_tolerance: float | str = 0  # slack when comparing a claim across sources
    #: the project declares `[tool.factcheck]`: pytest collects its sheets unasked
    declared: bool = False

    @property
    def fact_dirs(self) -> list[Path]:
        return [self.root / f for f in self.facts]

    @property
    def reports_dir(self) -> Path:
        return self.root / self.reports


class ConfigError(Exception):
    """`[tool.factcheck]` is malformed."""


def find_root(start: Path) -> Path:
    """Nearest ancestor of ``start`` with a pyproject.toml, else ``start`` itself."""
    start = start.resolve()
    for d in (start, *start.parents):
        if (d / "pyproject.toml").is_file():
            return d
    return start


def load_config(root: Path) -> Config:
    """Read `[tool.factcheck]` from ``root/pyproject.toml`` (defaults if absent)."""
    path = root / "pyproject.toml"
    table: dict = {}
    declared = False
    if path.is_file():
        try:
            data = tomllib.loads(path.read_text("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path}: cannot read [tool.factcheck]: {exc}") from None
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
        tool = data.get("tool", {})
        if not isinstance(tool, dict):
            raise ConfigError(f"{path}: `tool` must be a table, not {tool!r}")
        declared = "factcheck" in tool
        table = tool.get("factcheck", {})
        if not isinstance(table, dict):
            raise ConfigError(f"{path}: [tool.factcheck] must be a table of settings, "
                              f"not {table!r}")
    unknown = set(table) - set(DEFAULTS)
    if unknown:
        raise ConfigError(f"{path}: unknown [tool.factcheck] key(s) {', '.join(sorted(unknown))};"
                          f" known: {', '.join(DEFAULTS)}")
    facts = table.get("facts", DEFAULTS["facts"])
    if isinstance(facts, str):
        facts = [facts]
    if not isinstance(facts, list) or not all(isinstance(f, str) for f in facts):
        raise ConfigError(f"{path}: [tool.factcheck] facts must be a list of directory "
                          f"paths, not {facts!r}")
    for key in ("seeds", "reports", "schema"):
        if not isinstance(table.get(key, ""), str):
            raise ConfigError(f"{path}: [tool.factcheck] {key} must be a path string")
    tolerances = {k: table.get(k, DEFAULTS[k]) for k in ("approx_tolerance", "claim_tolerance")}
    for key, value in tolerances.items():
        if value is not None and not _is_tolerance(value):
            raise ConfigError(f"{path}: [tool.factcheck] {key} must be a number >= 0 or a "
                              f"percentage like \"5%\", not {value!r}")
    return Config(root.resolve(), list(facts), table.get("seeds", DEFAULTS["seeds"]),
                  table.get("reports", DEFAULTS["reports"]), table.get("schema", "schema"),
                  tolerances["approx_tolerance"], tolerances["claim_tolerance"] or 0,
                  declared=declared)


def _is_tolerance(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float)):
        return value >= 0
    return isinstance(value, str) and bool(re.fullmatch(r"\d+(\.\d+)?%", value))


def absolute_tolerance(tolerance: float | str, lower: float, upper: float) -> float:
    """A claim tolerance in the value's own terms: '5%' of the larger magnitude."""
    if isinstance(tolerance, str):
        return max(abs(lower), abs(upper)) * float(tolerance.rstrip("%")) / 100
    return float(tolerance)
