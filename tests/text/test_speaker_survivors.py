"""Speakers where surviving mutants of ``text/sentences.py`` showed no test pinned the
reading: a name at the start of the sentence after "The" or "In", a comma before the
verb with no other comma, and a verb glued to the next word ("said-in")."""

from __future__ import annotations

import pytest

from factcheck.text.sentences import speaker


@pytest.mark.parametrize(("sentence", "who"), [
    ("The air force said five drones fell.", "air force"),
    ("In Kyiv officials said five drones fell.", "Kyiv officials"),
    ("Five drones fell, said the mayor.", "mayor"),  # the name after the verb, its stop cut
    ("The air force said-in a statement-that five drones fell.", "air force"),
    ("Five drones were shot down, said.the air force", None),
])
def test_speaker(sentence, who):
    assert speaker(sentence) == who
