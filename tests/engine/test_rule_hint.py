"""A rule that writes a unit after a number says where the quantity goes."""

from __future__ import annotations

import pytest

from factcheck.engine.expr import compile_rule
from factcheck.problems import SheetError


def test_a_number_with_a_unit_in_a_rule_points_to_background():
    with pytest.raises(SheetError, match="under `background:`"):
        compile_rule("speed * duration <= 15 mi")


def test_other_syntax_errors_get_no_such_hint():
    with pytest.raises(SheetError) as err:
        compile_rule("a + * b")
    assert "background" not in err.value.message
