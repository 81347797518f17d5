"""Grounding at the edges mutation testing of the code changed since 662dd84 found
untested (benchmarks/mutation-survivors.md, commit cc510f8): a year written as a plain
number, a table header far before a long quote, future words from the scan of a whole
document, a time of day, a heading's year before a quote holding another year, the
nearest of two speaker clauses in a sentence that is not the document's first."""

from __future__ import annotations

import datetime as dt

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.ground.grounding import FutureWords, _future_before

from . import test_news_forms_batch3 as batch3
from .test_news_reading import _ground


def test_a_year_written_as_a_plain_number_grounds_only_that_year(tmp_path):
    """"the 2008 Olympics": 2008 is read as a number, not a year, and still grounds the
    year 2008 (kills ``grounding.x__match__mutmut_139``, kind ``"XXnumberXX"``), but no
    other number of the quote grounds another year (kills ``_137``, ``or`` for ``and``)."""
    doc = "Athletes from 5 countries met at the 2008 Olympics in Beijing.\n"
    quote = "Athletes from 5 countries met at the 2008 Olympics"
    assert _ground(tmp_path / "a", doc, {"value": "2008", "quote": quote}).verdict == GROUNDED
    assert _ground(tmp_path / "b", doc, {"value": "2009", "quote": quote}).verdict == UNGROUNDED


def test_a_table_header_counts_from_the_start_of_the_quote(tmp_path):
    """The header is looked for in the 1,500 characters before the quote's start: a
    header 1,450 characters before a quote of 80 is found (kills
    ``grounding.x__ground__mutmut_127``, the window ending at the quote's end)."""
    header = "Results (A$m)\n\n"
    quote = "Net profit for the year to June, after tax and one-off charges, came to 569.2"
    filler = ("The board met in Sydney and discussed the year's results at length. " * 30)
    filler = filler[:1450 - len(header)] + "\n"
    doc = header + filler + quote + ".\n"
    assert doc.index(quote) - 1500 < 0 < doc.index(quote) + len(quote) - 1500
    fact = {"value": 569_200_000, "quote": quote}
    o = _ground(tmp_path, doc, fact)
    assert o.verdict == GROUNDED and "A$m" in o.message


def test_future_words_from_one_scan_of_a_long_document():
    """Once the windows asked about add up to the document's length, the document is
    scanned once and the index answers: a future word in the middle of a window (not in
    its tail) is found there (kills ``grounding.xǁFutureWordsǁ__init____mutmut_4``: an
    index of ``""`` taken as already built and empty)."""
    doc = "x. " * 200 + "Officials said they will send more aid, and 40 trucks left today"
    start = doc.index("40 trucks")
    words = FutureWords(doc)
    answers = [words.before(start) for _ in range(len(doc) // 300 + 2)]
    assert answers == [True] * len(answers) == [_future_before(doc, start)] * len(answers)
    assert words.starts is not None and len(words.starts) == 1


def test_a_time_of_day_grounds_only_its_own_minutes(tmp_path):
    """"9:25 p.m." is 1,285 minutes after midnight, not 1,290 (kills
    ``grounding.x__match__mutmut_149``: any time grounded any value)."""
    doc = "The air raid siren sounded at 9:25 p.m. in Kyiv.\n"
    quote = "sounded at 9:25 p.m."
    assert _ground(tmp_path / "a", doc, {"value": 1285, "quote": quote}).verdict == GROUNDED
    assert _ground(tmp_path / "b", doc, {"value": 1290, "quote": quote}).verdict == UNGROUNDED


def test_the_heading_year_is_the_last_one_before_the_quote(tmp_path):
    """A day under a "2013" heading is of 2013 even if the quote itself names 2014 after
    the day (kills ``grounding.x__ground__mutmut_117``: years looked for up to the
    quote's end)."""
    doc = "2013\n\nOctober 15: the council approved the 2014 budget.\n"
    quote = "October 15: the council approved the 2014 budget"
    fact = {"value": dt.date(2013, 10, 15), "quote": quote}
    o = _ground(tmp_path, doc, fact)
    assert o.verdict == GROUNDED and "year 2013" in o.message, o.message


def test_the_nearest_clause_governs_in_a_later_sentence(tmp_path):
    """Two speaker clauses in a sentence that does not start the document: the one
    nearest the quote names its source (kills
    ``attribution.xǁParagraphsǁforeign_speakers__mutmut_19``: the quote's end offset
    shifted by the sentence's start, so the clause after it always looked nearest)."""
    doc = ("Het gebeurde zaterdagavond in het centrum. Volgens de politie, die snel ter "
           "plaatse was, vielen er twee doden en na een lange en zware nacht ook drie "
           "gewonden, aldus de brandweer.")
    sources = {"brandweer": {"name": "de brandweer", "kind": "official"},
               "politie": {"name": "de politie", "kind": "official"}}
    fact = {"value": 2, "unit": "person", "quote": "twee doden"}
    assert batch3._ground(tmp_path / "a", doc, fact, "nl", "2022-09-02",
                          sources=sources).verdict == UNGROUNDED
    politie = dict(reversed(sources.items()))
    assert batch3._ground(tmp_path / "b", doc, fact, "nl", "2022-09-02",
                          sources=politie).verdict == GROUNDED


def test_a_language_tag_with_a_region_keeps_its_speaker_clauses(tmp_path):
    """A sheet in "pt-BR" reads Portuguese attribution clauses ("Segundo a polícia"), so
    the words are the police's, not the firefighters' named after them (kills
    ``grounding.x_ground_sheet__mutmut_14``: the tag not split at "-")."""
    doc = "Segundo a polícia, morreram 5 pessoas. Os bombeiros atenderam outras vítimas."
    sources = {"pol": {"name": "a polícia", "kind": "official"},
               "bomb": {"name": "os bombeiros", "kind": "official"}}
    fact = {"value": 5, "unit": "person", "quote": "morreram 5 pessoas"}
    assert batch3._ground(tmp_path / "a", doc, fact, "pt-BR", "2022-12-16",
                          sources=sources).verdict == GROUNDED
    bad = batch3._ground(tmp_path / "b", doc, fact, "pt-BR", "2022-12-16",
                         sources=dict(reversed(sources.items())))
    assert bad.verdict == UNGROUNDED and "attributes these words" in bad.message


def test_her_office_is_the_office_named_in_the_sources(tmp_path):
    """"Her office said": a possessive before the speaker's noun is left out when it is
    compared with the source's name (kills ``attribution.x_is_speaker__mutmut_26``, which
    kept "her")."""
    doc = "Rescuers worked through the night in Kharkiv. Her office said 12 people were hurt.\n"
    fact = {"value": 12, "unit": "person", "quote": "12 people were hurt"}
    for name in ("Office of Governor Maria Ivanova", "the governor's office"):
        o = _ground(tmp_path / name[:6], doc, fact,
                    sources={"gov": {"name": name, "kind": "official"}})
        assert o.verdict == GROUNDED, o.message


def test_a_speaker_spelled_the_british_way_names_the_fact_s_source(tmp_path):
    """"The defence ministry said": the speaker is compared with the fact's source as
    English (spelling "defence" as "defense"), so the words are the source's although
    another source of the sheet has the same words in its name (kills
    ``attribution.x_unattributed__mutmut_47``: compared with no language, the speaker
    did not name the source and the other source was taken for it)."""
    doc = "Drones attacked overnight. The defence ministry said 12 drones were downed.\n"
    sources = {"ua": {"name": "Ukrainian Defense Ministry", "kind": "military"},
               "ru": {"name": "Russian Defense Ministry", "kind": "military"}}
    fact = {"value": 12, "unit": "drone", "quote": "12 drones were downed"}
    o = _ground(tmp_path, doc, fact, sources=sources)
    assert o.verdict == GROUNDED, o.message
