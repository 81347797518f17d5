"""Named validators: worked cases, argument errors, and third-party registration."""

from __future__ import annotations

import datetime as dt
import importlib
import textwrap
from pathlib import Path

import pytest

from factcheck.api.model import Meaning
from factcheck.engine.interval import Verdict
from factcheck.engine.values import resolve
from factcheck.problems import SheetError
from factcheck.validators import Context, get, registry
from factcheck.validators.base import validate_args


def v(value, unit=None, meaning=None):
    return resolve(value, unit, Meaning(meaning) if meaning else None, None, None)


CTX = Context({
    "launched": v(114, "drone"), "destroyed": v(66, "drone"), "decoys": v(31, "drone"),
    "decoys_51": v(51, "drone"),
    "killed": v(3, "person"), "yarova": v(2, "person"), "dnipro": v(1, "person"),
    "km2": v(1300, "km**2", "estimated"), "mi2": v(500, "square_mile", "rounded"),
    "mi2_600": v(600, "square_mile", "rounded"),
    "sat": v(dt.date(2025, 4, 26)), "sun": v(dt.date(2025, 4, 27)),
    "troops": v([10000, 12000], "troop"), "wide": v([1000, 12000], "troop"),
    "share": v(58, None, "rounded"),
}, published=dt.date(2025, 4, 26))


def run(vid: str, **args):
    validator = get(vid)
    validate_args(validator, args, CTX)
    return validator.check(CTX, args)


def test_registry_finds_builtins():
    assert {"parts_sum_to", "parts_within", "converts_to", "weekday_is", "range_ordered",
            "share_of"} <= set(registry())
    for mod in registry().values():
        assert mod.__doc__ and mod.ID and mod.ARGS


def test_parts_within_reports_the_remainder():
    result = run("parts_within", parts=["destroyed", "decoys"], total="launched")
    assert result.verdict is Verdict.holds
    assert result.message == "17 drones unaccounted"


def test_parts_within_violated_says_by_how_much():
    result = run("parts_within", parts=["destroyed", "decoys_51"], total="launched")
    assert result.verdict is Verdict.violated
    assert result.substituted == "66 + 51 = 117 > 114"
    assert result.message == "parts exceed the total by 3 drones"


def test_parts_sum_to():
    assert run("parts_sum_to", parts=["yarova", "dnipro"], total="killed").verdict is \
        Verdict.holds
    assert run("parts_sum_to", parts=["yarova", "yarova"], total="killed").verdict is \
        Verdict.violated


def test_converts_to_respects_rounding():
    assert run("converts_to", **{"from": "km2", "to": "mi2"}).verdict is Verdict.within_rounding
    assert run("converts_to", **{"from": "km2", "to": "mi2_600"}).verdict is Verdict.violated


def test_weekday_is():
    assert run("weekday_is", date="sat", weekday="Saturday").verdict is Verdict.holds
    result = run("weekday_is", date="sun", weekday="Saturday")
    assert result.verdict is Verdict.violated
    assert "2025-04-27 is a Sunday, not a Saturday" in result.substituted


def test_weekday_is_rejects_a_non_weekday():
    with pytest.raises(SheetError, match="did you mean `Saturday`"):
        run("weekday_is", date="sat", weekday="Saturdy")


def test_range_ordered():
    assert run("range_ordered", fact="troops").verdict is Verdict.holds
    assert run("range_ordered", fact="wide").verdict is Verdict.violated
    with pytest.raises(SheetError, match="not a range"):
        run("range_ordered", fact="launched")


def test_share_of():
    # 66 / 114 = 57.89 %; 58 as written is [57.5, 58.5]: true for some of its values
    assert run("share_of", part="destroyed", whole="launched", percent=58).verdict is \
        Verdict.within_rounding
    assert run("share_of", part="destroyed", whole="launched", percent="share").verdict is \
        Verdict.within_rounding
    assert run("share_of", part="destroyed", whole="launched", percent=70).verdict is \
        Verdict.violated


@pytest.mark.parametrize(("args", "fragment"), [
    ({"parts": ["destroyed"], "totl": "launched"}, "no argument `totl` (did you mean `total`?)"),
    ({"parts": ["destroyed"]}, "needs argument `total`"),
    ({"parts": "destroyed", "total": "launched"}, "must be a list of fact names"),
    ({"parts": ["destroyd"], "total": "launched"}, "did you mean `destroyed`"),
])
def test_argument_errors(args, fragment):
    with pytest.raises(SheetError) as err:
        validate_args(get("parts_within"), args, CTX)
    assert fragment in err.value.message


def test_unknown_validator_suggests():
    with pytest.raises(SheetError, match="did you mean `parts_within`"):
        get("parts_witin")


def test_plugin_validator_registered_by_entry_point(tmp_path: Path, monkeypatch):
    """A third-party package adds a validator through the factcheck.validators group."""
    (tmp_path / "fc_even.py").write_text(textwrap.dedent('''
        """is_even: a count is even."""
        from factcheck.engine.expr import Evaluation
        from factcheck.engine.interval import Verdict
        ID = "is_even"
        ARGS = {"fact": "name"}
        def check(ctx, args):
            x = ctx.value(args["fact"]).interval.lo
            ok = x % 2 == 0
            return Evaluation(Verdict.holds if ok else Verdict.violated, f"{x:g} is "
                              + ("even" if ok else "odd"), names=(args["fact"],))
    '''))
    dist = tmp_path / "fc_even-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: fc-even\nVersion: 1.0\n")
    (dist / "entry_points.txt").write_text("[factcheck.validators]\nis_even = fc_even\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    registry.cache_clear()
    try:
        assert "is_even" in registry()
        assert run("is_even", fact="launched").verdict is Verdict.holds
        assert run("is_even", fact="decoys").verdict is Verdict.violated
    finally:
        registry.cache_clear()


def test_converts_to_checks_the_derived_figure_at_its_own_precision(tmp_path):
    """1,000 km (521 miles) is violated: 1,000 is the stated figure, not 1,000 ± 500."""
    import yaml

    from factcheck.pipeline import check_sheet

    doc = "The front is 1,000 km (521 miles) long; the zone is 1,300 km2 (500 sq mi).\n"
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text(doc)

    def verdicts(miles: int) -> dict:
        sheet = {"document": "seeds/d.txt", "facts": {
            "km": {"value": 1000, "unit": "km", "quote": "1,000 km"},
            "mi": {"value": miles, "unit": "mile", "quote": f"{miles} miles"},
            "area": {"value": 1300, "unit": "km**2", "quote": "1,300 km2"},
            "sq": {"value": 500, "unit": "square_mile", "quote": "500 sq mi"}},
            "checks": {"front": {"validator": "converts_to", "args": {"from": "km", "to": "mi"}},
                       "zone": {"validator": "converts_to",
                                "args": {"from": "area", "to": "sq"}}}}
        (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet))
        return {o.name: o for o in check_sheet(tmp_path / "s.yaml", tmp_path).checks}

    got = verdicts(521)
    assert got["front"].verdict == "violated"
    assert "621.371 mi != mi = 521" in got["front"].message
    assert got["zone"].verdict == "holds within rounding"  # 501.9 sq mi, 500 is to the hundred
    assert verdicts(621)["front"].verdict == "holds within rounding"  # 621.37 in [620.5, 621.5]


def test_converts_to_keeps_the_hedge_of_the_figure_it_checks(tmp_path):
    """"nearly 15,000 acres (22 square miles)": 22 sq mi is 14,080 acres, nearly 15,000."""
    import yaml

    from factcheck.pipeline import check_sheet

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text("It charred nearly 15,000 acres, or 22 square "
                                               "miles.\n")

    def verdict(meaning: str) -> str:
        sheet = {"document": "seeds/d.txt", "facts": {
            "acres": {"value": 15000, "unit": "acre", "meaning": meaning,
                      "quote": "nearly 15,000 acres"},
            "sq": {"value": 22, "unit": "square_mile", "quote": "22 square miles"}},
            "checks": {"c": {"validator": "converts_to", "args": {"from": "acres", "to": "sq"}}}}
        (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet))
        [o] = check_sheet(tmp_path / "s.yaml", tmp_path).checks
        return o.verdict

    assert verdict("at_most") == "holds within rounding"
    assert verdict("exact") == "violated"  # 15,000 acres is 23.4 sq mi
