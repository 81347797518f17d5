"""Every built-in validator's full result (verdict, arithmetic, recomputed values,
message, names) on worked cases, and its exact error code and message on bad input.

The arithmetic can be checked by hand: 66 + 31 = 97 and 114 - 97 = 17 unaccounted;
pct(66, 114) = 57.8947; 1000 km = 621.371 mi; 2025-04-26 was a Saturday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.api.model import Meaning
from factcheck.engine.values import resolve
from factcheck.problems import SheetError
from factcheck.validators import Context, get
from factcheck.validators.base import validate_args


def v(value, unit=None, meaning=None, tol=None):
    return resolve(value, unit, Meaning(meaning) if meaning else None, None, tol)


CTX = Context(
    {
        "launched": v(114, "drone"),
        "destroyed": v(66, "drone"),
        "decoys": v(31, "drone"),
        "decoys_48": v(48, "drone"),
        "decoys_51": v(51, "drone"),
        "about": v(110, "drone", "approx", 5),
        "killed": v(3, "person"),
        "yarova": v(2, "person"),
        "dnipro": v(1, "person"),
        "one_killed": v(1, "person"),
        "none_killed": v(0, "person"),
        "km": v(1000, "km"),
        "mi": v(521, "mile"),
        "mi621": v(621, "mile"),
        "kph": v(260, "km/hour"),
        "mph": v(163, "mile/hour"),
        "acres": v(15000, "acre", "at_most"),
        "sq": v(22, "square_mile"),
        "over": v(400, "mile", "at_least"),
        "km650": v(650, "km"),
        "rng": v([100, 120], "km"),
        "rngmi": v([62, 75], "mile"),
        "sat": v(dt.date(2025, 4, 26)),
        "month": v("2025-04"),
        "troops": v([10000, 12000], "troop"),
        "wide": v([1000, 12000], "troop"),
        "double": v([1000, 2000], "troop"),
        "empty": v([5, 5], "troop"),
        "neg": v([-5, 5], "troop"),
        "zero": v([0, 5], "troop"),
        "share": v(58, None, "rounded"),
    },
    published=dt.date(2025, 4, 26),
)


def _run(vid: str, args: dict):
    validator = get(vid)
    validate_args(validator, args, CTX)
    return validator.check(CTX, args)


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (
            ("parts_within", {"parts": ["destroyed", "decoys"], "total": "launched"}),
            (
                "holds",
                "66 + 31 = 97 <= 114",
                [("66 + 31", "97")],
                "17 drones unaccounted",
                ("launched", "destroyed", "decoys"),
            ),
        ),
        (
            ("parts_within", {"parts": ["destroyed", "decoys_48"], "total": "launched"}),
            (
                "holds",
                "66 + 48 = 114 <= 114",
                [("66 + 48", "114")],
                "0 drones unaccounted",
                ("launched", "destroyed", "decoys_48"),
            ),
        ),
        (
            ("parts_within", {"parts": ["destroyed", "decoys_51"], "total": "launched"}),
            (
                "violated",
                "66 + 51 = 117 > 114",
                [("66 + 51", "117")],
                "parts exceed the total by 3 drones",
                ("launched", "destroyed", "decoys_51"),
            ),
        ),
        (
            ("parts_within", {"parts": ["destroyed", "decoys"], "total": "about"}),
            (
                "holds",
                "66 + 31 = 97 <= 110 = [105, 115]",
                [("66 + 31", "97"), ("110", "[105, 115]")],
                "[8, 18] drones unaccounted",
                ("about", "destroyed", "decoys"),
            ),
        ),
        (
            ("parts_within", {"parts": ["yarova"], "total": "killed"}),
            ("holds", "2 <= 3", [], "1 person unaccounted", ("yarova", "killed")),
        ),
        (
            ("parts_within", {"parts": ["yarova", "dnipro"], "total": "killed"}),
            (
                "holds",
                "2 + 1 = 3 <= 3",
                [("2 + 1", "3")],
                "0 people unaccounted",
                ("killed", "yarova", "dnipro"),
            ),
        ),
        (
            ("parts_within", {"parts": ["km"], "total": "mi621"}),
            (
                "violated",
                "1000 km > 621 mi = 999.403 km",
                [],
                "parts exceed the total by 0.371192 mi",
                ("km", "mi621"),
            ),
        ),
        (
            ("parts_sum_to", {"parts": ["yarova", "dnipro"], "total": "killed"}),
            ("holds", "2 + 1 = 3 == 3", [("2 + 1", "3")], "", ("killed", "yarova", "dnipro")),
        ),
        (
            ("range_ordered", {"fact": "troops"}),
            ("holds", "10000 < 12000, ratio 1.2 <= 2", [("high / low", "1.2")], "", ("troops",)),
        ),
        (
            ("range_ordered", {"fact": "wide"}),
            (
                "violated",
                "1000 < 12000, ratio 12 <= 2 (wider than 2x)",
                [("high / low", "12")],
                "",
                ("wide",),
            ),
        ),
        (
            ("range_ordered", {"fact": "double"}),
            ("holds", "1000 < 2000, ratio 2 <= 2", [("high / low", "2")], "", ("double",)),
        ),
        (
            ("range_ordered", {"fact": "double", "max_ratio": 1.5}),
            (
                "violated",
                "1000 < 2000, ratio 2 <= 1.5 (wider than 1.5x)",
                [("high / low", "2")],
                "",
                ("double",),
            ),
        ),
        (
            ("range_ordered", {"fact": "wide", "max_ratio": 12}),
            ("holds", "1000 < 12000, ratio 12 <= 12", [("high / low", "12")], "", ("wide",)),
        ),
        (
            ("range_ordered", {"fact": "empty"}),
            (
                "violated",
                "5 < 5, ratio 1 <= 2 (empty range)",
                [("high / low", "1")],
                "",
                ("empty",),
            ),
        ),
        (
            ("range_ordered", {"fact": "neg"}),
            (
                "violated",
                "-5 < 5, ratio inf <= 2 (wider than 2x)",
                [("high / low", "inf")],
                "",
                ("neg",),
            ),
        ),
        (
            ("range_ordered", {"fact": "zero"}),
            (
                "violated",
                "0 < 5, ratio inf <= 2 (wider than 2x)",
                [("high / low", "inf")],
                "",
                ("zero",),
            ),
        ),
        (
            ("weekday_is", {"date": "sat", "weekday": "Saturday"}),
            ("holds", "2025-04-26 is a Saturday", [("2025-04-26", "Saturday")], "", ("sat",)),
        ),
        (
            ("weekday_is", {"date": "sat", "weekday": " saturday "}),
            ("holds", "2025-04-26 is a Saturday", [("2025-04-26", "Saturday")], "", ("sat",)),
        ),
        (
            ("weekday_is", {"date": "sat", "weekday": "Sunday"}),
            (
                "violated",
                "2025-04-26 is a Saturday, not a Sunday",
                [("2025-04-26", "Saturday")],
                "",
                ("sat",),
            ),
        ),
        (
            ("share_of", {"part": "destroyed", "whole": "launched", "percent": 58}),
            (
                "holds within rounding",
                "pct(66, 114) = 57.8947 == 58 = [57.5, 58.5] (within rounding)",
                [("pct(66, 114)", "57.8947"), ("58", "[57.5, 58.5]")],
                "",
                ("percent", "destroyed", "launched"),
            ),
        ),
        (
            ("share_of", {"part": "destroyed", "whole": "launched", "percent": 57.9}),
            (
                "holds within rounding",
                "pct(66, 114) = 57.8947 == 57.9 = [57.85, 57.95] (within rounding)",
                [("pct(66, 114)", "57.8947"), ("57.9", "[57.85, 57.95]")],
                "",
                ("percent", "destroyed", "launched"),
            ),
        ),
        (
            ("share_of", {"part": "destroyed", "whole": "launched", "percent": 57.8}),
            (
                "violated",
                "pct(66, 114) = 57.8947 != 57.8 = [57.75, 57.85]",
                [("pct(66, 114)", "57.8947"), ("57.8", "[57.75, 57.85]")],
                "",
                ("percent", "destroyed", "launched"),
            ),
        ),
        (
            ("share_of", {"part": "destroyed", "whole": "launched", "percent": "share"}),
            (
                "holds within rounding",
                "pct(66, 114) = 57.8947 == 58 = [57.5, 58.5] (within rounding)",
                [("pct(66, 114)", "57.8947"), ("58", "[57.5, 58.5]")],
                "",
                ("share", "destroyed", "launched"),
            ),
        ),
        (
            ("share_of", {"part": "destroyed", "whole": "launched", "percent": 70}),
            (
                "violated",
                "pct(66, 114) = 57.8947 != 70 = [69.5, 70.5]",
                [("pct(66, 114)", "57.8947"), ("70", "[69.5, 70.5]")],
                "",
                ("percent", "destroyed", "launched"),
            ),
        ),
        (
            ("converts_to", {"from": "km", "to": "mi"}),
            (
                "violated",
                "km = 1000 km = 621.371 mi != mi = 521 (as written: [520.5, 521.5] mi)",
                [("km", "621.371 mi")],
                "",
                ("km", "mi"),
            ),
        ),
        (
            ("converts_to", {"from": "km", "to": "mi621"}),
            (
                "holds within rounding",
                "km = 1000 km = 621.371 mi == mi621 = 621 (as written: [620.5, 621.5] mi)",
                [("km", "621.371 mi")],
                "",
                ("km", "mi621"),
            ),
        ),
        (
            ("converts_to", {"from": "kph", "to": "mph"}),
            (
                "holds within rounding",
                "mph = 163 mi/h = 262.323 km/h == kph = 260 (as written: [255, 265] km/h)",
                [("mph", "262.323 km/h")],
                "",
                ("kph", "mph"),
            ),
        ),
        (
            ("converts_to", {"from": "acres", "to": "sq"}),
            (
                "holds within rounding",
                "sq = 22 sq mi = 14079.9 acre == acres = 15000 (as written: [-inf, 15500] acre)",
                [("sq", "14079.9 acre")],
                "",
                ("acres", "sq"),
            ),
        ),
        (
            ("converts_to", {"from": "over", "to": "km650"}),
            (
                "holds within rounding",
                "km650 = 650 km = 403.891 mi == over = 400 (as written: [395, inf] mi)",
                [("km650", "403.891 mi")],
                "",
                ("over", "km650"),
            ),
        ),
        (
            ("converts_to", {"from": "rng", "to": "rngmi"}),
            (
                "holds within rounding",
                "rng = [100, 120] km = [62.1371, 74.5645] mi == rngmi = [62, 75] "
                "(as written: [62, 75] mi)",
                [("rng", "62.1371 mi")],
                "",
                ("rng", "rngmi"),
            ),
        ),
        (
            ("converts_to", {"from": "km650", "to": "over"}),
            (
                "holds within rounding",
                "km650 = 650 km = 403.891 mi == over = 400 (as written: [395, inf] mi)",
                [("km650", "403.891 mi")],
                "",
                ("km650", "over"),
            ),
        ),
    ],
)
def test_full_result(call, expected):
    e = _run(*call)
    assert (str(e.verdict), e.substituted, e.recomputed, e.message, e.names) == expected


@pytest.mark.parametrize(
    ("call", "code", "message"),
    [
        (
            ("range_ordered", {"fact": "launched"}),
            "validator-args",
            "`launched` is not a range: write its value as [low, high]",
        ),
        (
            ("weekday_is", {"date": "sat", "weekday": "Caturday"}),
            "validator-args",
            "`Caturday` is not a weekday (did you mean `Saturday`?)",
        ),
        (
            ("weekday_is", {"date": "month", "weekday": "Saturday"}),
            "validator-args",
            "`month` must be a single day (YYYY-MM-DD)",
        ),
        (
            ("weekday_is", {"date": "launched", "weekday": "Saturday"}),
            "validator-args",
            "`launched` must be a single day (YYYY-MM-DD)",
        ),
    ],
)
def test_exact_error(call, code, message):
    with pytest.raises(SheetError) as exc:
        _run(*call)
    assert (exc.value.code, exc.value.message) == (code, message)


@pytest.mark.parametrize(
    ("call", "code", "message"),
    [
        (("parts_within", {"parts": ["destroyed"], "totl": "launched"}), "validator-args",
         "parts_within has no argument `totl` (did you mean `total`?); it takes parts, total"),
        (("parts_within", {"parts": ["destroyed"]}), "validator-args",
         "parts_within needs argument `total` (name)"),
        (("parts_within", {"parts": "destroyed", "total": "launched"}), "validator-args",
         "parts_within: `parts` must be a list of fact names"),
        (("parts_within", {"parts": [], "total": "launched"}), "validator-args",
         "parts_within: `parts` must be a list of fact names"),
        (("parts_within", {"parts": ["destroyed", 3], "total": "launched"}), "validator-args",
         "parts_within: `parts` must be a list of fact names"),
        (("parts_within", {"parts": ["destroyd"], "total": "launched"}), "unknown-fact",
         "`destroyd` is not a fact (did you mean `destroyed`?)"),
        (("parts_within", {"parts": ["destroyed"], "total": 3}), "validator-args",
         "parts_within: `total` must be a fact name"),
        (("parts_within", {"parts": ["destroyed"], "total": "launchd"}), "unknown-fact",
         "`launchd` is not a fact (did you mean `launched`?)"),
        (("range_ordered", {"fact": "troops", "max_ratio": "2"}), "validator-args",
         "range_ordered: `max_ratio` must be a number"),
        (("range_ordered", {"fact": "troops", "max_ratio": True}), "validator-args",
         "range_ordered: `max_ratio` must be a number"),
        (("share_of", {"part": "destroyed", "whole": "launched", "percent": True}),
         "validator-args", "share_of: `percent` must be a number"),
        (("share_of", {"part": "destroyed", "whole": "launched", "percent": "nope"}),
         "unknown-fact", "`nope` is not a fact"),
        (("weekday_is", {"date": "sat", "weekday": 6}), "validator-args",
         "weekday_is: `weekday` must be text"),
        (("weekday_is", {"date": "sat"}), "validator-args",
         "weekday_is needs argument `weekday` (text)"),
    ],
)
def test_exact_argument_error(call, code, message):
    with pytest.raises(SheetError) as exc:
        validate_args(get(call[0]), call[1], CTX)
    assert (exc.value.code, exc.value.message) == (code, message)


def test_optional_argument_may_be_left_out_and_is_used_when_given():
    validate_args(get("range_ordered"), {"fact": "troops"}, CTX)
    assert _run("range_ordered", {"fact": "troops", "max_ratio": 3.5}).substituted == \
        "10000 < 12000, ratio 1.2 <= 3.5"


def test_unknown_validator_lists_the_available_ones():
    with pytest.raises(SheetError) as exc:
        get("parts_witin")
    assert (exc.value.code, exc.value.message) == (
        "unknown-validator", "no validator `parts_witin` (did you mean `parts_within`?); "
        "available: converts_to, parts_sum_to, parts_within, range_ordered, share_of, weekday_is")


def test_a_module_without_a_callable_check_is_not_a_validator():
    from types import SimpleNamespace

    from factcheck.validators.registry import _is_validator

    assert _is_validator(SimpleNamespace(ID="x", ARGS={}, check=lambda ctx, args: None))
    assert not _is_validator(SimpleNamespace(ID="x", ARGS={}, check="not callable"))
    assert not _is_validator(SimpleNamespace(ID="x", check=lambda ctx, args: None))
    assert not _is_validator(SimpleNamespace(ARGS={}, check=lambda ctx, args: None))
