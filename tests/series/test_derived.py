"""Values derived from a dataset: every op, qualifiers as intervals, use in checks."""

from __future__ import annotations

import math

import pytest

from factcheck.engine.interval import Interval
from tests.series.helpers import SHEET_HEAD, check, project, value

DERIVED = """\
derived:
  tank_on_day: {dataset: losses, column: tank, date: 2022-03-04}
  tank_window: {dataset: losses, column: tank, op: sum, window: [2022-03-02, 2022-03-04]}
  tank_since: {dataset: losses, column: tank, op: since, since: 2022-03-03, date: 2022-03-05}
  tank_change: {dataset: losses, column: tank, op: change, window: [2022-03-01, 2022-03-05]}
  tank_record: {dataset: losses, column: tank, op: max, window: [2022-03-02, 2022-03-05]}
  tank_quietest: {dataset: losses, column: tank, op: min, window: [2022-03-02, 2022-03-05]}
  shots_window: {dataset: losses, column: shots, op: sum, window: [2022-03-02, 2022-03-04]}
  shots_record: {dataset: losses, column: shots, op: max, window: [2022-03-01, 2022-03-05]}
  shots_up: {dataset: losses, column: shots, op: pct_change, date: 2022-03-04,
             vs: 2022-03-02}
  shots_times: {dataset: losses, column: shots, op: ratio,
                window: [2022-03-04, 2022-03-05], vs: [2022-03-01, 2022-03-02]}
  shots_pp: {dataset: losses, column: shots, op: pp_change, date: 2022-03-05,
             vs: 2022-03-03}
  personnel_about: {dataset: losses, column: personnel, date: 2022-03-02}
  personnel_more: {dataset: losses, column: personnel, date: 2022-03-03}
  personnel_window: {dataset: losses, column: personnel, op: sum,
                     window: [2022-03-04, 2022-03-05]}
"""


@pytest.fixture
def result(tmp_path):
    return check(project(tmp_path, DERIVED))


@pytest.mark.parametrize(("name", "lo", "hi"), [
    ("tank_on_day", 1250, 1250),
    ("tank_window", 250, 250),  # a running total: 1250 - 1000, not 1100 + 1150 + 1250
    ("tank_since", 200, 200),  # 1300 - 1100 (the total before the first day)
    ("tank_change", 300, 300),  # 1300 - 1000
    ("tank_record", 100, 100),  # daily changes 100, 50, 100, 50
    ("tank_quietest", 50, 50),
    ("shots_window", 110, 110),  # events: 30 + 20 + 60
    ("shots_record", 60, 60),
    ("shots_up", 100, 100),  # 60 against 30
    ("shots_times", 2.5, 2.5),  # (60 + 40) / (10 + 30)
    ("shots_pp", 20, 20),  # 40 - 20
    ("personnel_about", 5250, 5350),  # about 5,300: the rounding its digits imply
    ("personnel_more", 5600, math.inf),  # more than 5,600
    ("personnel_window", -math.inf, 6150 - 5600),  # about 6,100 - more than 5,600
])
def test_each_op_gives_its_interval(result, name, lo, hi):
    assert not result.problems
    assert value(result, name).interval == Interval(lo, hi)


def test_units_follow_the_op(result):
    assert value(result, "tank_window").unit.name == "tank"
    assert value(result, "shots_up").unit.name == "percent"
    assert value(result, "shots_times").unit.is_none
    assert value(result, "shots_pp").unit.name == "percentage_point"


def test_record_names_its_date(result):
    assert "largest on 2022-03-04" in value(result, "shots_record").provenance


def test_derived_value_is_used_in_checks(tmp_path):
    rest = DERIVED + """\
checks:
  stated-total: tanks == tank_since + 1100
  wrong-total: tanks == tank_on_day
"""
    result = check(project(tmp_path, rest))
    verdicts = {o.name: o.verdict for o in result.sheets[0].checks}
    assert verdicts == {"stated-total": "holds", "wrong-total": "violated"}
    wrong = next(o for o in result.sheets[0].checks if o.name == "wrong-total")
    assert "1300 != 1250" in wrong.message
    lines = {i.name: i.line for i in wrong.inputs}
    assert lines == {"tanks": 6, "tank_on_day": 21}  # the derived entry's own line


def test_claim_compares_fact_with_dataset(tmp_path):
    rest = "derived:\n  gs_tanks: {dataset: losses, column: tank, date: 2022-03-05, " \
           "key: test/tanks}\n"
    result = check(project(tmp_path, rest))
    claim = next(o for o in result.claims if o.name == "claim:test/tanks")
    assert claim.verdict == "agree"
    rows = claim.result.rows
    assert {r.fact for r in rows} == {"tanks", "gs_tanks"}
    data_row = next(r for r in rows if r.fact == "gs_tanks")
    assert data_row.quote == "data/losses.csv: tank on 2022-03-05 = 1300"


def test_claim_conflicts_when_dataset_disagrees(tmp_path):
    rest = "derived:\n  gs_tanks: {dataset: losses, column: tank, date: 2022-03-04, " \
           "key: test/tanks}\n"
    result = check(project(tmp_path, rest))
    claim = next(o for o in result.claims if o.name == "claim:test/tanks")
    assert claim.verdict == "conflict"
    assert result.exit_code() == 1


def test_about_is_compared_with_rounding(tmp_path):
    """The dataset's 'about 5,300' allows [5250, 5350]: 5,300 agrees, 5,360 does not."""
    for stated, verdict in ((5300, "agree"), (5340, "agree"), (5360, "conflict")):
        head = SHEET_HEAD.replace("value: 1300\n    unit: tank", f"value: {stated}\n"
                                  "    unit: person").replace("1,300 tanks", "1,300")
        rest = ("derived:\n  gs_people: {dataset: losses, column: personnel, "
                "date: 2022-03-02, key: test/tanks}\n")
        result = check(project(tmp_path / str(stated), rest, head=head))
        claim = next(o for o in result.claims if o.name == "claim:test/tanks")
        assert claim.verdict == verdict, claim.message


def test_parquet_reads_like_csv(tmp_path):
    import pandas as pd

    root = project(tmp_path, "derived:\n  t: {dataset: losses, column: tank, op: sum, "
                   "window: [2022-03-02, 2022-03-04]}\n")
    frame = pd.read_csv(root / "data" / "losses.csv")
    frame["date"] = pd.to_datetime(frame["date"])
    frame.to_parquet(root / "data" / "losses.parquet")
    sheet = root / "facts" / "sheet.yaml"
    sheet.write_text(sheet.read_text().replace("losses.csv", "losses.parquet"))
    result = check(root)
    assert not result.problems
    assert value(result, "t").interval == Interval(250, 250)


def test_where_picks_rows(tmp_path):
    csv = ("time_end,model,launched\n2025-04-26 10:00,Shahed,114.0\n"
           "2025-04-26 10:00,X-31P,2.0\n")
    head = SHEET = (  # noqa: F841
        "document: seeds/doc.txt\nsources:\n  af: {name: Air force}\ndatasets:\n"
        "  night:\n    path: data/losses.csv\n    source: af\n    date: time_end\n"
        "    columns: {launched: drone}\n")
    rest = ("derived:\n  shahed: {dataset: night, column: launched, date: 2025-04-26, "
            "where: {model: Shahed}}\n  night_total: {dataset: night, column: launched, "
            "op: sum, window: [2025-04-26, 2025-04-26]}\n  ambiguous: {dataset: night, "
            "column: launched, date: 2025-04-26}\n")
    result = check(project(tmp_path, rest, csv=csv, head=head))
    assert value(result, "shahed").interval == Interval(114, 114)
    assert value(result, "night_total").interval == Interval(116, 116)
    [problem] = result.problems
    assert problem.code == "dataset-ambiguous"
    assert "2 rows" in problem.message and "add `where`" in problem.message
