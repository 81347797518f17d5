"""Validator behaviour that surviving mutants of ``validators/`` showed no test pinned:
zero and one in a conversion, unitless figures, an "at most" count, ranges below one,
ratios to four decimals, and an optional argument declared before a required one."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from factcheck.api.model import Meaning
from factcheck.engine.values import resolve
from factcheck.problems import SheetError
from factcheck.validators import Context, get
from factcheck.validators.base import NAME, NUMBER, validate_args


def v(value, unit=None, meaning=None):
    return resolve(value, unit, Meaning(meaning) if meaning else None, None, None)


CTX = Context({
    "zero_km": v(0, "km"), "zero_mi": v(0, "mile"), "km12": v(1.2, "km"), "mi1": v(1, "mile"),
    "a": v(5), "b": v(5), "dozen": v(12, "drone"), "few": v(12, "drone", "at_most"),
    "below_one": v([0.5, 0.8], "km"), "thirds": v([3, 7], "troop"),
})


def _run(vid: str, args: dict) -> tuple:
    validator = get(vid)
    validate_args(validator, args, CTX)
    e = validator.check(CTX, args)
    return str(e.verdict), e.substituted, e.recomputed, e.message, e.names


@pytest.mark.parametrize(("call", "expected"), [
    # zero has no significant digits: it is read to the unit, not refused
    (("converts_to", {"from": "zero_km", "to": "zero_mi"}),
     ("holds within rounding", "zero_km = 0 km = 0 mi == zero_mi = 0 (as written: [-0.5, 0.5] mi)",
      [("zero_km", "0 mi")], "", ("zero_km", "zero_mi"))),
    # "1 mile" is read to two significant digits, [0.95, 1.05]: 1.2 km (0.75 mi) is not it
    (("converts_to", {"from": "km12", "to": "mi1"}),
     ("violated", "km12 = 1.2 km = 0.745645 mi != mi1 = 1 (as written: [0.95, 1.05] mi)",
      [("km12", "0.745645 mi")], "", ("km12", "mi1"))),
    # figures without a unit: no trailing space where the unit would stand
    (("converts_to", {"from": "a", "to": "b"}),
     ("holds within rounding", "a = 5 = 5 == b = 5 (as written: [4.95, 5.05])",
      [("a", "5")], "", ("a", "b"))),
    # "at most 12" is open below even for a count, at its own precision
    (("converts_to", {"from": "dozen", "to": "few"}),
     ("holds within rounding", "dozen = 12 drone = 12 == few = 12 (as written: [-inf, 12.5])",
      [("dozen", "12 drone")], "", ("dozen", "few"))),
    # a range below one has a finite ratio
    (("range_ordered", {"fact": "below_one"}),
     ("holds", "0.5 < 0.8, ratio 1.6 <= 2", [("high / low", "1.6")], "", ("below_one",))),
    # the ratio is shown to four decimals
    (("range_ordered", {"fact": "thirds", "max_ratio": 3}),
     ("holds", "3 < 7, ratio 2.3333 <= 3", [("high / low", "2.3333")], "", ("thirds",))),
])
def test_full_result(call, expected):
    assert _run(*call) == expected


def test_arguments_after_a_left_out_optional_one_are_still_checked():
    validator = SimpleNamespace(ID="capped", ARGS={"cap": NUMBER, "total": NAME},
                                OPTIONAL=frozenset({"cap"}), check=None)
    validate_args(validator, {"total": "a"}, CTX)
    with pytest.raises(SheetError) as err:
        validate_args(validator, {"total": 5}, CTX)
    assert (err.value.code, str(err.value)) == ("validator-args",
                                                "capped: `total` must be a fact name")
    with pytest.raises(SheetError) as err:
        validate_args(validator, {"total": "nope"}, CTX)
    assert err.value.code == "unknown-fact"
