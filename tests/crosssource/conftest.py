"""Builders for small fact tables."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest

from factcheck.crosssource import fact_table


def fact_row(
    sheet: str,
    line: int,
    fact: str,
    key: str,
    source: str,
    lower: float,
    upper: float | None = None,
    *,
    via: str | None = None,
    rank: str = "normal",
    tolerance: float = 0.0,
    unit: str = "drone",
    scope: str = "",
    quote: str = "the air force said",
) -> dict[str, Any]:
    return {
        "sheet": sheet,
        "line": line,
        "fact": fact,
        "key": key,
        "scope": scope,
        "source": source,
        "via": via,
        "lower": float(lower),
        "upper": float(lower if upper is None else upper),
        "unit": unit,
        "rank": rank,
        "tolerance": float(tolerance),
        "quote": quote,
    }


@pytest.fixture
def row() -> Callable[..., dict[str, Any]]:
    return fact_row


@pytest.fixture
def table() -> Callable[[list[dict[str, Any]]], pd.DataFrame]:
    return fact_table
