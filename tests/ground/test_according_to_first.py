"""A sentence that opens with "According to X," is X's: the clause binds the sentence
whether or not the quote includes it, and names X with every word up to its comma."""

from __future__ import annotations

import pytest
import yaml

from factcheck.pipeline import check_sheet
from factcheck.text.sentences import speaker

DOC = ("Results\n\nBhattacharya bagged 37,476 votes, District Magistrate Jagdish Prasad Meena "
       "said.\n\nAccording to the Uttar Pradesh chief electoral officer's office, BJP's Ajit "
       "Singh Pal secured 73,284 votes.\n")


@pytest.mark.parametrize(("sentence", "who"), [
    ("According to the Uttar Pradesh chief electoral officer's office, Pal won.",
     "Uttar Pradesh chief electoral officer's office"),
    ("Pal won, according to the Uttar Pradesh chief electoral officer's office.",
     "Uttar Pradesh chief electoral officer's office"),
    ("As per the officials, 3 died.", "officials"),
    ("Citing police sources, the paper said 3 died.", "police sources"),
    ("According to Dr. Smith of the clinic, 3 died.", "Dr. Smith of the clinic"),
    ("according to data released on Friday, 3 died.", None),
])
def test_according_to_names_its_source(sentence, who):
    assert speaker(sentence) == who


@pytest.mark.parametrize(("source", "grounded"), [("ceo", True), ("meena", False)])
def test_a_sentence_opening_with_according_to_is_its_sources(tmp_path, source, grounded):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text(DOC)
    sheet = {"document": "seeds/d.txt", "language": "en",
             "sources": {"meena": {"name": "Jagdish Prasad Meena, District Magistrate",
                                   "kind": "official", "aliases": ["Meena"]},
                         "ceo": {"name": "Uttar Pradesh chief electoral officer's office",
                                 "kind": "official"}},
             "facts": {"pal": {"value": 73284, "unit": "vote", "source": source,
                               "quote": "BJP's Ajit Singh Pal secured 73,284 votes"}}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet))
    [g] = check_sheet(tmp_path / "s.yaml", tmp_path).grounding
    assert (g.verdict == "grounded") is grounded


def test_a_statement_continued_by_the_report_keeps_its_source(tmp_path):
    doc = ("Violent crime fell 6.4 percent, the FBI reports.\n\nAnd in its report the bureau "
           "also says that property crime was down 3.7 percent.\n\nAs the report says, arson "
           "figures from the same period fell.\n\nBy types of crime:\n\n-- Murder was down 5.7 "
           "percent.\n")
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text(doc)
    sheet = {"document": "seeds/d.txt", "language": "en",
             "sources": {"fbi": {"name": "FBI", "kind": "official"},
                         "npr": {"name": "NPR", "kind": "outlet"}},
             "facts": {"murder": {"value": 5.7, "unit": "percent", "source": "fbi",
                                  "quote": "Murder was down 5.7 percent"}}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet))
    [g] = check_sheet(tmp_path / "s.yaml", tmp_path).grounding
    assert g.verdict == "grounded", g.message
