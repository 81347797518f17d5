"""Original-language sheets of the corpus compare with their English counterparts on
one claim key, and an error planted in them is caught."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.pipeline import run

REPO = Path(__file__).resolve().parents[2]
PAIRS = [  # (original-language sheet, English sheet of the same event, shared key)
    ("601_chernivtsy_cv_chernivtsi_toll", "106_ap_597_drones",
     "ua/chernivtsi/2025-07-12/killed"),
    ("603_editorji_himachal_votes", "202_himachal_election",
     "in/himachal-assembly-2022/seats/congress"),
    ("604_webdunia_himachal_2017_seats", "202_himachal_election",
     "in/himachal-assembly-2017/seats/bjp"),
]


def _project(tmp_path: Path, names: list[str]) -> Path:
    (tmp_path / "facts").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "pyproject.toml").write_text("[tool.factcheck]\n")
    for name in names:
        shutil.copy(REPO / "facts" / f"{name}.yaml", tmp_path / "facts")
        shutil.copy(REPO / "seeds" / f"{name}.txt", tmp_path / "seeds")
    return tmp_path


@pytest.mark.parametrize(("original", "english", "key"), PAIRS)
def test_original_and_english_agree_on_the_shared_key(tmp_path, original, english, key):
    result = run([_project(tmp_path, [original, english]) / "facts"], tmp_path)
    assert result.exit_code() == 0, [o.message for o in result.failures]
    [claim] = [c for c in result.claims if c.result.key == key]
    assert claim.verdict == "agree"
    assert {r.sheet for r in claim.result.rows} == {
        f"facts/{original}.yaml", f"facts/{english}.yaml"}


def test_an_error_planted_in_the_ukrainian_sheet_is_caught(tmp_path):
    root = _project(tmp_path, ["601_chernivtsy_cv_chernivtsi_toll", "106_ap_597_drones"])
    sheet = root / "facts" / "601_chernivtsy_cv_chernivtsi_toll.yaml"
    text = sheet.read_text(encoding="utf-8")
    planted = text.replace("  killed:\n    value: 2\n", "  killed:\n    value: 3\n", 1)
    assert planted != text
    sheet.write_text(planted, encoding="utf-8")
    failures = {o.name: o.verdict for o in run([root / "facts"], root).failures}
    assert failures["quote:killed"] == "ungrounded"  # "дві людини" is two
    assert failures["claim:ua/chernivtsi/2025-07-12/killed"] == "conflict"  # AP says 2
