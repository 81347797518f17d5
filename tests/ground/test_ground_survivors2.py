"""Grounding at the edges mutation testing of the code changed since 393ae00 found
untested (benchmarks/mutation-survivors.md, commit 662dd84): words of the future just
before a quote that runs into the next sentence, and a blank unit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck.api.model import Source
from factcheck.ground.attribution import named_form
from factcheck.ground.grounding import unit_mismatch
from factcheck.pipeline import check_sheet
from factcheck.testing import write_project
from factcheck.text.nouns import Aliases
from factcheck.text.numbers import find_mentions


def _outcome(tmp_path: Path, doc: str, quote: str, value):
    sheet = {
        "document": "seeds/article.txt",
        "published": dt.date(2025, 4, 26),  # a Saturday
        "sources": {"af": {"name": "Air force", "kind": "military"}},
        "facts": {"talks": {"value": value, "source": "af", "quote": quote}},
    }
    result = check_sheet(write_project(tmp_path, sheet, doc), tmp_path)
    [outcome] = [o for o in result.outcomes if o.name == "quote:talks"]
    return outcome


def test_the_future_is_read_before_the_quote_not_through_it(tmp_path):
    # "will" comes before the quote, in the quote's sentence: the coming Tuesday grounds,
    # although the quote itself runs on into the next sentence
    doc = "The air force said talks will resume on Tuesday. Officials confirmed it.\n"
    tuesday = dt.date(2025, 4, 29)
    outcome = _outcome(tmp_path, doc, "on Tuesday. Officials confirmed it", tuesday)
    assert outcome.verdict == "grounded"


def test_an_unwritten_value_is_shown_as_a_number(tmp_path):
    doc = "The air force said talks will resume on Tuesday.\n"
    outcome = _outcome(tmp_path, doc, "talks will resume on Tuesday", 5.0)
    assert outcome.verdict == "ungrounded"
    assert outcome.message.startswith("value 5 is not written in the quote"), outcome.message


def test_a_blank_unit_is_a_plain_number():
    quote = "The lake is 12 km long"
    [m] = find_mentions(quote)
    assert unit_mismatch(" ", m, quote, Aliases({}, "en"), "", 12) is None
    assert unit_mismatch("minute", m, quote, Aliases({}, "en"), "", 12) is not None


def test_a_name_with_spaces_glued_into_chinese_text():
    text = "据New York Times报道，地震造成5人死亡"
    assert named_form(Source(name="New York Times", kind="media"), text, "zh") == "new york"


def test_a_back_reference_is_read_in_english_only():
    assert named_form(Source(name="Ukrainian military"), "The military said so") == \
        "the military"
    assert named_form(Source(name="Ukrainian military"), "The military said so", "es") is None
