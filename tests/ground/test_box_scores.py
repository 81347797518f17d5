"""Sports reports as wire copy writes them: a line score, a lead named by the result
before it, a record over the last games, and an "Advertisement" line between a figure
and the sentence that names what it counts. Each right fact grounds; its twin does not."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.text.furniture import without_furniture
from factcheck.text.numbers import find_mentions
from tests.one_fact import one_fact_verdict, twin_verdicts

DOC = ("Toronto led 63-55 at the end of the third and extended the lead to 12 on a basket. "
       "Boston is 1-6 in its last seven games.\n\n"
       "The 18 third-quarter points tied the record.\n\nAdvertisement\n\n"
       "The old record for the lowest-scoring third quarter was 19 by New York.\n\n"
       "Charlotte 86, Chicago 85--The guard was not ready to talk.\n")

CASES = [
    ("extended the lead to 12", {"value": 12, "unit": "point"}, {"value": 12, "unit": "rebound"}),
    ("Boston is 1-6 in its last seven games", {"value": 1, "unit": "win"},
     {"value": 2, "unit": "win"}),
    ("was 19 by New York", {"value": 19, "unit": "point"}, {"value": 19, "unit": "assist"}),
    ("Charlotte 86, Chicago 85", {"value": 86, "unit": "point"}, {"value": 68, "unit": "point"}),
]


@pytest.mark.parametrize(("quote", "right", "wrong"), CASES, ids=[c[0] for c in CASES])
def test_box_score_figures_ground_and_their_twins_do_not(tmp_path: Path, quote: str,
                                                         right: dict, wrong: dict) -> None:
    assert twin_verdicts(tmp_path, DOC, quote, right, wrong) == (GROUNDED, UNGROUNDED)


def test_a_bare_number_without_a_result_near_it_names_no_points(tmp_path: Path) -> None:
    doc = "The council extended the deadline to 12 on Monday.\n"
    assert one_fact_verdict(tmp_path, doc, {"quote": "extended the deadline to 12",
                                            "value": 12, "unit": "point"}) == UNGROUNDED


def test_furniture_lines_are_blanked_keeping_every_offset() -> None:
    text = "One.\n\nAdvertisement\n\nTwo.\n  Anzeige:  \nThree advertisement here.\n"
    out = without_furniture(text)
    assert len(out) == len(text)
    assert "Advertisement" not in out and "Anzeige" not in out
    assert "Three advertisement here." in out  # a sentence is no furniture
    assert without_furniture("No ads.\n") == "No ads.\n"


@pytest.mark.parametrize(("text", "read"), [
    ("Atlanta 110, Boston 98\n", [("110", "score"), ("98", "score")]),
    ("L.A. Lakers 102, Denver 99 (OT)\n", [("102", "score"), ("99", "score")]),
    ("The team is 5-2 on the road.", [("5", "score"), ("2", "score")]),
    ("Prices rose 5-6 in the last two years.", [("5-6", None), ("two years", "years")]),
])
def test_line_scores_and_records_are_read_as_results(text: str, read: list) -> None:
    assert [(m.text, m.unit) for m in find_mentions(text)] == read
