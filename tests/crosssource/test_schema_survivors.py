"""The fact-table schema as :func:`fact_table_schema` builds it (the module's
``FACT_TABLE_SCHEMA`` is built once at import): each column's rule, the table check's
message and the schema's name, pinned where surviving mutants showed no test did."""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pytest

from factcheck.crosssource import fact_table_schema

KEY = "ua/overnight-attack/2025-04-26/drones_launched"


@pytest.fixture
def good(row, table) -> pd.DataFrame:
    return table([row("facts/a.yaml", 12, "drones", KEY, "ua_air_force", 114),
                  row("facts/b.yaml", 8, "drones", KEY, "outlet_x", 110, 120)])


def _error(frame: pd.DataFrame) -> str:
    with pytest.raises(pandera.errors.SchemaError) as err:
        fact_table_schema().validate(frame)
    return str(err.value)


def test_a_good_table_passes_a_freshly_built_schema(good):
    assert len(fact_table_schema().validate(good)) == 2
    assert fact_table_schema().name == "fact_table"


def test_line_numbers_start_at_one(good):
    good.loc[0, "line"] = 0
    assert "greater_than_or_equal_to(1)" in _error(good)


def test_a_tolerance_is_not_below_zero(good):
    good.loc[0, "tolerance"] = -0.5
    assert "greater_than_or_equal_to(0)" in _error(good)


def test_a_rank_is_one_of_the_ranks(good):
    good.loc[0, "rank"] = "favourite"
    assert "isin" in _error(good)


def test_a_unit_is_read_as_text(good):
    good["unit"] = good["unit"].astype(object)
    good.at[0, "unit"] = 5
    good.at[1, "unit"] = 7
    assert fact_table_schema().validate(good)["unit"].tolist() == ["5", "7"]


def test_a_key_is_required(good):
    good["key"] = good["key"].astype(object)
    good.at[0, "key"] = None
    assert "key" in _error(good)


def test_lower_above_upper_is_named_in_the_schema_s_words(good):
    good.loc[0, "lower"] = 115.0
    text = _error(good)
    assert "lower_le_upper: lower must be <= upper" in text
    assert "fact_table" in text
