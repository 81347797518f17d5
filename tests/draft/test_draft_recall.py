"""Recall of the drafted seed sheet against the hand-written seed sheet.

Both sheets are reduced to the document mentions they cover (factcheck.text.coverage:
a mention inside a fact's quote span that agrees with the fact's value). Recall is the
share of mentions covered by the hand sheet that the draft covers too.
"""

from __future__ import annotations

import datetime
import pathlib
import shutil

import yaml

from factcheck.api.model import Sheet
from factcheck.draft import draft_sheet
from factcheck.pipeline import check_sheet
from factcheck.text.coverage import FactSpan, coverage
from factcheck.text.normalize import locate

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_1973e27dd785980b.txt"
HAND = ROOT / "facts" / "000_1973e27dd785980b.yaml"


def _spans(sheet: Sheet, document: str) -> list[FactSpan]:
    """(span_start, span_end, low, high, date) per fact, values as in report.build."""
    out: list[FactSpan] = []
    for fid, fact in sheet.facts.items():
        span = locate(fact.quote, document)
        assert span is not None, fid
        v = fact.value
        if isinstance(v, list):
            out.append((*span, float(v[0]), float(v[1]), None))
        elif isinstance(v, datetime.date):
            out.append((*span, None, None, v))
        elif isinstance(v, str):  # "YYYY-MM" or "YYYY": the month's (year's) first day
            y, m = (int(p) for p in (v + "-01")[:7].split("-"))
            out.append((*span, None, None, datetime.date(y, m, 1)))
        else:
            out.append((*span, float(v), float(v), None))
    return out


def _covered(sheet: Sheet, document: str) -> set[tuple[int, int]]:
    return {(m.start, m.end) for m in coverage(document, _spans(sheet, document)).covered}


def test_draft_recall_against_seed_sheet():
    document = SEED.read_text(encoding="utf-8")
    hand = Sheet.model_validate(yaml.safe_load(HAND.read_text(encoding="utf-8")))
    drafted = Sheet.model_validate(yaml.safe_load(draft_sheet(SEED, ROOT)))
    by_hand = _covered(hand, document)
    by_draft = _covered(drafted, document)
    covered, total = len(by_hand & by_draft), len(by_hand)
    recall = covered / total
    print(f"draft recall vs seed sheet: {covered}/{total} = {recall:.0%}")
    assert total >= 28
    assert recall >= 0.95, sorted(by_hand - by_draft)


def test_drafted_seed_sheet_checks_clean(tmp_path):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "facts").mkdir()
    shutil.copy(SEED, tmp_path / "seeds" / SEED.name)
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n')
    sheet_path = tmp_path / "facts" / "draft.yaml"
    sheet_path.write_text(draft_sheet(tmp_path / "seeds" / SEED.name, tmp_path), "utf-8")
    result = check_sheet(sheet_path, tmp_path)
    assert result.loaded is not None
    assert result.problems == []
    assert len(result.grounding) == len(result.loaded.sheet.facts)
    bad = [(o.name, o.verdict, o.message) for o in result.grounding if o.verdict != "grounded"]
    assert bad == []
