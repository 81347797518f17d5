"""Small CSVs are read in plain Python: the same values and problems as with pandas."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.api.model import Dataset, Derived
from factcheck.problems import SheetError
from factcheck.series import small
from factcheck.series.derive import derive
from factcheck.series.table import load_table

DECL = Dataset(path="data/t.csv", date="when", columns={"n": "drone", "m": None},
               qualifiers={"n": "q"})
DAYS = [dt.date(2025, 4, 24) + dt.timedelta(days=i) for i in range(4)]

cells = st.one_of(st.integers(0, 5000).map(str), st.just(""), st.just("12.5"),
                  st.sampled_from(["1,200", "x"]))
quals = st.sampled_from(["", "about", "more", "almost"])
dates = st.one_of(st.sampled_from(DAYS).map(str),
                  st.sampled_from(DAYS).map(lambda d: f"{d} 10:00"),
                  st.sampled_from(["2025-02-30", "soon"]))
rows = st.lists(st.tuples(dates, cells, cells, quals, st.sampled_from(["A", "B"])),
                min_size=0, max_size=6)
derived = st.builds(lambda day, col, where: Derived(dataset="t", column=col, date=day,
                                                    where=where),
                    st.sampled_from(DAYS), st.sampled_from(["n", "m"]),
                    st.sampled_from([{}, {"model": "A"}, {"m": 7}, {"nope": "A"}]))


def _outcome(fn):
    try:
        v = fn()
    except SheetError as err:
        return ("problem", err.code, err.message, getattr(err, "field", None))
    return ("value", v.interval, v.unit, v.meaning, v.reported, v.provenance)


@settings(max_examples=60, deadline=None)
@given(rows, derived)
def test_both_paths_agree(tmp_path_factory, table, d):
    root = tmp_path_factory.mktemp("p")
    (root / "data").mkdir()
    with (root / "data" / "t.csv").open("w", newline="") as f:
        csv.writer(f).writerows([("when", "n", "m", "q", "model"), *table])
    assert small.applies(root, DECL, d)

    def plain():
        return small.value(small.read(root, DECL), d)

    def full():
        return derive(load_table(root, "t", DECL), d)

    assert _outcome(plain) == _outcome(full)


def test_seed_sheet_is_checked_without_pandas():
    code = ("import sys, pathlib; from factcheck.pipeline import run; "
            "root = pathlib.Path('.').resolve(); "
            "r = run([root / 'facts' / '000_1973e27dd785980b.yaml'], root); "
            "assert not r.problems, r.problems; "
            "assert any(o.result.key.endswith('drones_launched') for o in r.claims); "
            "assert 'pandas' not in sys.modules, 'pandas imported'")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=small.__file__.rsplit(
        "/src/", 1)[0], timeout=120)


def test_a_declared_dataset_that_is_missing_is_a_problem_not_a_crash(tmp_path):
    """A sheet that declares a dataset no derived value uses, with the file absent, got
    an internal error (FileNotFoundError) from the small-file path."""
    import yaml

    from factcheck.pipeline import check_sheet

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text("Nothing here.\n")
    sheet = {"document": "seeds/d.txt",
             "datasets": {"night": {"path": "data/none.csv", "date": "day",
                                    "columns": {"n": "drone"}}}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet))
    result = check_sheet(tmp_path / "s.yaml", tmp_path)
    assert [p.code for p in result.problems] == ["dataset-missing"]
    assert result.problems[0].line > 1
