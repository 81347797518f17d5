"""A release's figures follow its lead paragraph after paragraph with no clause of their
own: the source the lead names speaks them, unless the paragraph gives another speaker."""

from __future__ import annotations

from pathlib import Path

import yaml

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.pipeline import check_sheet
from factcheck.text.clauses import speakers

DOC = ("Unemployment lower than expected\n\n"
       "Unemployment was 6.0 percent in August, according to Statistics Sweden.\n\n"
       "According to SME Direkt's poll, 6.3 percent had been expected.\n\n"
       "In July unemployment was 6.6 percent.\n\n"
       "Adjusted, unemployment was 6.7 percent. SME Direkt had expected 6.8 percent.\n\n"
       "The number employed rose by 148,000, SME Direkt said.\n\n"
       "The Ministry of Labour will comment on Monday.\n")
SOURCES = {"scb": {"name": "Statistics Sweden", "kind": "agency"},
           "sme": {"name": "SME Direkt", "kind": "company"},
           "ministry": {"name": "Ministry of Labour", "kind": "agency"},
           "o": {"name": "The outlet", "kind": "outlet"}}


def _verdict(root: Path, quote: str, value: float, source: str, doc: str = DOC) -> str:
    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "seeds" / "d.txt").write_text(doc, encoding="utf-8")
    sheet = {"document": "seeds/d.txt", "sources": SOURCES,
             "facts": {"f": {"value": value, "unit": "percent", "source": source,
                             "quote": quote}}}
    (root / "s.yaml").write_text(yaml.safe_dump(sheet), encoding="utf-8")
    result = check_sheet(root / "s.yaml", root)
    assert not result.problems, result.problems
    [o] = result.grounding
    return o.verdict


def test_an_unattributed_paragraph_after_the_lead_is_the_lead_sources(tmp_path: Path):
    assert _verdict(tmp_path, "In July unemployment was 6.6 percent", 6.6, "scb") == GROUNDED
    assert _verdict(tmp_path / "a", "Adjusted, unemployment was 6.7 percent", 6.7,
                    "scb") == GROUNDED


def test_the_lead_source_does_not_take_another_speakers_words(tmp_path: Path):
    assert _verdict(tmp_path, "SME Direkt had expected 6.8 percent", 6.8,
                    "scb") == UNGROUNDED


def test_a_source_the_lead_does_not_name_is_not_carried(tmp_path: Path):
    assert _verdict(tmp_path, "In July unemployment was 6.6 percent", 6.6,
                    "ministry") == UNGROUNDED


def test_no_lead_source_when_the_lead_names_none(tmp_path: Path):
    doc = DOC.replace(", according to Statistics Sweden", "")
    assert _verdict(tmp_path, "In July unemployment was 6.6 percent", 6.6, "scb",
                    doc) == UNGROUNDED


def test_a_figure_is_no_speaker():
    assert all(any(c.isalpha() for c in who) for *_, who in speakers(
        "Ειδικότερα, αυξημένος κατά 45,6% εμφανίσθηκε ο κύκλος εργασιών", "el"))
