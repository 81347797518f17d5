"""A small project with a dataset: a document, a sheet and CSV files."""

from __future__ import annotations

import textwrap
from pathlib import Path

from factcheck.pipeline import RunResult, run

DOCUMENT = ("Kyiv, 2022-03-05. The General Staff said 1,300 tanks were destroyed "
            "since the war began.\n")

#: a running total (tank), an event count (shots) and a qualified total (personnel)
LOSSES = """\
date,day,tank,shots,personnel,personnel*
2022-03-01,6,1000,10,5000,about
2022-03-02,7,1100,30,5300,about
2022-03-03,8,1150,20,5600,more
2022-03-04,9,1250,60,6000,about
2022-03-05,10,1300,40,6100,about
"""

SHEET_HEAD = """\
document: seeds/doc.txt
published: 2022-03-05
sources:
  gs: {name: "General Staff", kind: military}
facts:
  tanks:
    value: 1300
    unit: tank
    source: gs
    quote: "1,300 tanks were destroyed"
    key: test/tanks
datasets:
  losses:
    path: data/losses.csv
    source: gs
    date: date
    columns: {tank: tank, shots: shot, personnel: person, day: day}
    cumulative: [tank, personnel]
    qualifiers: {personnel: "personnel*"}
"""


def project(root: Path, rest: str = "", csv: str = LOSSES, head: str = SHEET_HEAD) -> Path:
    """Write the project; ``rest`` is appended to the sheet (derived:, checks:)."""
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "facts").mkdir(exist_ok=True)
    (root / "data").mkdir(exist_ok=True)
    (root / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n')
    (root / "seeds" / "doc.txt").write_text(DOCUMENT)
    (root / "data" / "losses.csv").write_text(csv)
    (root / "facts" / "sheet.yaml").write_text(head + textwrap.dedent(rest))
    return root


def check(root: Path) -> RunResult:
    return run([root / "facts"], root)


def value(result: RunResult, name: str):
    return result.sheets[0].values[name]
