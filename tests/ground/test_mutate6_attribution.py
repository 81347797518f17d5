"""Attribution and grounding messages at the edges mutation testing found untested
(benchmarks/mutation-survivors.md, branch mutate6): a Ukrainian pronoun speaker named
before in a declined short form, a table cell of six words, a quote of 120 characters."""

from __future__ import annotations

from factcheck.api.model import Source
from factcheck.ground.attribution import Paragraphs, _table_intros, unattributed
from factcheck.ground.grounding import _cut


def test_a_ukrainian_pronoun_speaker_named_before_in_a_short_declined_form():
    """"повідомили в Міністерстві" names the Ministry of Defence by one declined word;
    "додала вона" (she added) in the next sentence is the ministry speaking: the fact is
    attributed, and credited to another source it is not: kills
    ``attribution.x_unattributed__mutmut_90`` (the speaker matched to the source in
    English)."""
    sources = {"mo": Source(name="Міністерство оборони України", kind="official"),
               "af": Source(name="Повітряні сили", kind="official")}
    doc = "Удар був вночі, повідомили в Міністерстві.\nЗагинули п'ятеро людей, додала вона.\n"
    quote = "Загинули п'ятеро людей"
    start = doc.index(quote)
    span = (start, start + len(quote))
    assert unattributed("mo", None, sources, Paragraphs(doc), span, "uk") is None
    why = unattributed("af", None, sources, Paragraphs(doc), span, "uk")
    assert why is not None and "(source `mo`)" in why


def test_a_table_cell_of_six_words_stays_in_its_table():
    """A party's name of six words under "...:" is a cell of the table the line
    introduces, as is the figure after it: kills ``attribution.x__is_cell__mutmut_4``."""
    cells = ["Votes were distributed as follows:", "Social Democratic Party of the North",
             "924,940"]
    assert _table_intros(cells) == [None, 0, 0]
    assert _table_intros([*cells[:1], "Social Democratic Party of the Far North", "924,940"]) \
        == [None, None, None]  # seven words: a sentence, the table has ended


def test_a_quote_of_120_characters_is_shown_whole():
    """Kills ``grounding.x__cut__mutmut_4`` (a quote of exactly the width cut)."""
    quote = "x" * 120
    assert _cut(quote) == quote
    assert _cut(quote + "y") == "x" * 119 + "…"


def test_a_pronoun_speaks_for_the_last_source_named_not_any_speaker():
    """In Ukrainian the pronoun's speaker is the last clause that names a source of the
    sheet ("в Міністерстві"), not the last clause ("в ДСНС", no source here): kills
    ``attribution.x_unattributed__mutmut_74`` (any speaker taken)."""
    sources = {"mo": Source(name="Міністерство оборони України", kind="official")}
    doc = ("Удар був вночі, повідомили в Міністерстві. Пожежу загасили, повідомили в ДСНС. "
           "Загинули п'ятеро людей, додала вона.\n")
    start = doc.index("Загинули")
    span = (start, start + len("Загинули п'ятеро людей"))
    assert unattributed("mo", None, sources, Paragraphs(doc), span, "uk") is None


def test_a_source_line_credits_the_document():
    """"Source: Ministry of Health" and "(Ministry of Health)" are credit lines: kills
    ``attribution.xǁParagraphsǁ__init____mutmut_45`` (the "Source:" form lost)."""
    doc = "Five people died on Monday.\n\nSource: Ministry of Health\n"
    assert Paragraphs(doc).credits == "Ministry of Health"
    assert Paragraphs("Five people died.\n\n(Ministry of Health).\n").credits == \
        "Ministry of Health"
