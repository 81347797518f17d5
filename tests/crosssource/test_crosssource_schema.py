"""The pandera schema of the fact table rejects malformed tables."""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pytest

from factcheck.crosssource import FACT_TABLE_SCHEMA, fact_table_schema

KEY = "ua/overnight-attack/2025-04-26/drones_launched"
KNOWN = {"ua_air_force", "outlet_x"}


@pytest.fixture
def good(row, table) -> pd.DataFrame:
    return table(
        [
            row("facts/a.yaml", 12, "drones", KEY, "ua_air_force", 114),
            row("facts/b.yaml", 8, "drones", KEY, "outlet_x", 110, 120, via="ua_air_force"),
        ]
    )


def fails(schema, frame: pd.DataFrame, match: str) -> None:
    with pytest.raises(pandera.errors.SchemaError, match=match):
        schema.validate(frame)


def test_good_table_passes(good):
    out = FACT_TABLE_SCHEMA.validate(good)
    assert len(out) == 2
    assert len(fact_table_schema(KNOWN).validate(good)) == 2


def test_rejects_lower_above_upper(good):
    good.loc[0, "lower"] = 115.0
    fails(FACT_TABLE_SCHEMA, good, "lower_le_upper")


def test_rejects_duplicate_sheet_and_fact(good):
    good.loc[1, "sheet"] = "facts/a.yaml"
    fails(FACT_TABLE_SCHEMA, good, "not unique")
    # The same fact id in another sheet is fine.
    good.loc[1, "sheet"] = "facts/c.yaml"
    FACT_TABLE_SCHEMA.validate(good)


def test_rejects_bad_rank(good):
    good.loc[0, "rank"] = "best"
    fails(FACT_TABLE_SCHEMA, good, "isin")


def test_rejects_negative_tolerance(good):
    good.loc[0, "tolerance"] = -1.0
    fails(FACT_TABLE_SCHEMA, good, "greater_than_or_equal_to")


def test_rejects_missing_key(good):
    good.loc[0, "key"] = None
    fails(FACT_TABLE_SCHEMA, good, "key")


def test_rejects_missing_column(good):
    fails(FACT_TABLE_SCHEMA, good.drop(columns=["tolerance"]), "tolerance")


def test_rejects_unknown_source(good):
    good.loc[0, "source"] = "somebody"
    with pytest.raises(pandera.errors.SchemaError) as info:
        fact_table_schema(KNOWN).validate(good)
    assert info.value.check.name == "known_sources"
    assert "somebody" in str(info.value)
    FACT_TABLE_SCHEMA.validate(good)  # no known-sources constraint by default


def test_rejects_unknown_via(good):
    good.loc[1, "via"] = "somebody"
    fails(fact_table_schema(KNOWN), good, "known_sources")


def test_missing_via_is_allowed(row, table):
    frame = table([row("facts/a.yaml", 1, "f", KEY, "ua_air_force", 1)])
    assert frame["via"].isna().all()
    fact_table_schema(KNOWN).validate(frame)


def test_object_columns_are_coerced(good):
    frame = good.astype(object)
    out = FACT_TABLE_SCHEMA.validate(frame)
    assert out["lower"].dtype == "float64"
    assert out["line"].dtype == "int64"
