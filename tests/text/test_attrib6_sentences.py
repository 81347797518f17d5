"""Hard-wrapped copy (a line break that ends no sentence continues it) and clauses whose
speaker is a pronoun ("He explained that ...", "واوضح ان ...", "sagte er")."""

from __future__ import annotations

import pytest

from factcheck.text.clauses import pronoun_speaks
from factcheck.text.sentences import hard_wrapped, sentences, wrapped_breaks

WRAPPED = ("Wie das Statistische Bundesamt\n(Destatis) mitteilt, stiegen\ndie Preise 2023 um "
           "5,9 %.\n„Die Rate ist mit knapp\n6 Prozent weiterhin\nhoch. Nahrungsmittel\n"
           "verteuerten sich stark“,\nsagte Dr. Ruth Brand.\nIm Dezember lag die Rate\n"
           "bei +3,7 %.\n")


def test_wrapped_text_is_recognised():
    assert hard_wrapped(WRAPPED)


@pytest.mark.parametrize("text", [
    # a headline, a dateline and paragraphs of one line each
    "Quake kills 5 in Peru\nLIMA, May 3\nA quake killed 5 people.\nPolice said 3 were hurt.\n",
    # a numbered list after an introduction
    "Standings:\n1. Boston Celtics: 53-29 (.646)\n2. Cleveland: 51-31\n3. Toronto: 51-31\n"
    "4. Washington: 49-33\n5. Atlanta: 43-39\n",
    # lines that start with capitals (a table, names)
    "Party\nVotes\nSocial Democrats\n924\nLiberal Alliance\n265\nVenstre\n685\n",
    # wrapped lines, but too few to tell
    "A long sentence broken\nhere and\nthere ends.\n",
])
def test_other_line_breaks_are_not_wrapping(text):
    assert not hard_wrapped(text)


def test_a_wrapped_paragraph_ends_where_a_line_ends_a_sentence():
    ends = [WRAPPED[:a].rsplit("\n", 1)[-1] for a, _ in wrapped_breaks(WRAPPED)]
    assert ends == ["die Preise 2023 um 5,9 %.", "sagte Dr. Ruth Brand.", "bei +3,7 %."]


def test_a_blank_line_always_ends_a_paragraph():
    text = "one line going\non and on\n\nanother going\non"
    assert [text[:a] for a, _ in wrapped_breaks(text)] == ["one line going\non and on"]


def test_a_wrapped_sentence_reaches_its_clause():
    found = [WRAPPED[s.start:s.end] for s in sentences(WRAPPED, line_breaks=False)]
    assert "6 Prozent weiterhin\nhoch." in found[1]
    assert found[2].startswith("Nahrungsmittel") and found[2].endswith("sagte Dr. Ruth Brand.")


@pytest.mark.parametrize(("lang", "sentence", "pronoun"), [
    ("en", "He explained that 34 people were hurt in Tehran.", True),
    ("en", "She also said 5 died.", True),
    ("en", "Thirty-four people were hurt, he said.", True),
    ("en", "Thirty-four people were hurt, said she.", True),
    ("en", "It said 28 drones were destroyed.", True),
    # a relative clause speaks for its own words, not the sentence's
    ("en", "The cut was the centrepiece of the budget - a cut he said would help.", False),
    ("en", "Morteza Soleimani said 34 people were hurt.", False),
    ("en", "We estimate 34 people were hurt.", False),  # "we" may be the outlet
    ("ar", "واوضح ان 50 شخصا في البرز اصيبوا", True),
    ("ar", "وأضافت أن 12 شخصا اصيبوا", True),
    ("ar", "وقال مرتضى سليمي إن 50 شخصا اصيبوا", False),
    ("de", "Die Rate lag bei 3,7 Prozent, sagte er.", True),
    ("de", "Er sagte, die Rate sei hoch.", True),
    ("de", "Die Rate lag bei 3,7 Prozent, sagte Dr. Ruth Brand.", False),
    ("fr", "Cinq personnes sont mortes, a-t-il ajouté.", True),
    ("fr", "Selon lui, cinq personnes sont mortes.", True),
    ("fr", "Selon la police, cinq personnes sont mortes.", False),
    ("es", "Explicó que cinco personas murieron.", True),
    ("es", "Cinco personas murieron, explicó el ministro.", False),
    ("ru", "Он добавил, что погибли пять человек.", True),
    ("ru", "Погибли пять человек, сообщили в МЧС.", False),
    ("uk", "Загинули п'ятеро людей, додала вона.", True),
    ("uk", "Загинули п'ятеро людей, повідомили в ДСНС.", False),
    ("fa", "وی افزود ۳۴ نفر زخمی شدند", True),
    ("lt", "Jis sakė, kad žuvo penki žmonės.", False),  # no table for Lithuanian yet
])
def test_pronoun_speakers(lang, sentence, pronoun):
    assert pronoun_speaks(sentence, lang) is pronoun
