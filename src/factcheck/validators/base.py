"""What a validator sees: the sheet's values and the one expression engine."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from factcheck.engine.expr import Evaluation, compile_rule, evaluate
from factcheck.engine.values import Value
from factcheck.problems import SheetError, suggest

# Argument kinds a validator declares in ARGS.
NAME, NAMES, TEXT, NUMBER, NAME_OR_NUMBER = "name", "names", "text", "number", "name-or-number"


class Validator(Protocol):
    ID: str
    ARGS: Mapping[str, str]
    OPTIONAL: frozenset[str]
    check: Callable[[Context, dict[str, Any]], Evaluation]


@dataclass
class Context:
    """Values of one sheet by name, its publication date, and the rule engine."""

    values: Mapping[str, Value]
    published: dt.date | None = None

    def value(self, name: str) -> Value:
        if name not in self.values:
            raise SheetError("unknown-fact", f"`{name}` is not a fact{suggest(name, self.values)}")
        return self.values[name]

    def rule(self, text: str) -> Evaluation:
        """Evaluate a rule with the same engine as written rules."""
        return evaluate(compile_rule(text), self.values)  # read only: no copy per check


def validate_args(v: Validator, args: dict[str, Any], ctx: Context) -> None:
    """Check a validator's arguments against its ARGS declaration."""
    optional = getattr(v, "OPTIONAL", frozenset())
    for key in args:
        if key not in v.ARGS:
            raise SheetError("validator-args", f"{v.ID} has no argument `{key}`"
                             f"{suggest(key, v.ARGS)}; it takes {', '.join(v.ARGS)}")
    for key, kind in v.ARGS.items():
        if key not in args:
            if key in optional:
                continue
            raise SheetError("validator-args", f"{v.ID} needs argument `{key}` ({kind})")
        val = args[key]
        if kind == NAME or (kind == NAME_OR_NUMBER and isinstance(val, str)):
            if not isinstance(val, str):
                raise SheetError("validator-args", f"{v.ID}: `{key}` must be a fact name")
            ctx.value(val)
        elif kind == NAMES:
            if not isinstance(val, list) or not val or not all(isinstance(x, str) for x in val):
                raise SheetError("validator-args", f"{v.ID}: `{key}` must be a list of fact names")
            for x in val:
                ctx.value(x)
        elif kind in (NUMBER, NAME_OR_NUMBER):
            if isinstance(val, bool) or not isinstance(val, (int, float)):
                raise SheetError("validator-args", f"{v.ID}: `{key}` must be a number")
        elif kind == TEXT and not isinstance(val, str):
            raise SheetError("validator-args", f"{v.ID}: `{key}` must be text")
