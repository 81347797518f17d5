"""Each number pattern's leading lookahead (the characters a match can start with), and
that of grounding's future words, changes no match: the pattern finds exactly what its
plain form finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from factcheck.ground import grounding
from factcheck.text import numbers

ROOT = Path(__file__).resolve().parents[2]
_LEAD = re.compile(r"\(\?=\[[^\]]+\]\)|\(\?=\\d\)")
PATTERNS = sorted(name for name, p in vars(numbers).items()
                  if isinstance(p, re.Pattern) and _LEAD.match(p.pattern)
                  and name in ("_DATE_NUMERIC", "_DATE_SLASH", "_FISCAL_YEAR", "_TIME", "_NOON",
                               "_DIGITS", "_MIXED_FRACTION", "_A_NUMBER", "_ZERO", "_NO_NOUN",
                               "_NO_EITHER", "_BOTH", "_FRACTION_RE", "_SPORT", "_MULTIPLIER",
                               "_VAGUE", "_A_NOUN", "_ORDINAL", "_BARE_MONTH", "_MILITARY",
                               "_ONE_IN")) + ["_FUTURE"]
FRAGMENTS = ["half", "third", "Quarter", "a dozen", "Half a", "one-", "two ", "nine ", "both",
             "Both", "no one", "None of", "neither", "no further", "doubled", "Twice", "thrice",
             "halving", "hat-trick", "a brace", "their", "first", "21st", "Third", "noon",
             "Midnight", "опівночі", "Полдень", "p.m.", "am", "12:30", "9.30pm", "1,300",
             "-5", "\u22125", "2007-08", "25-12-2023", "4/26/2025", "2-1/2", "2½", "⅔",
             "tens of", "hundreds of", "Millions", "a single", "One ", "an ", "\u212a",
             "\u017f", "\u0130", "०१", "٣", "\u00a0", "\u2013", " ", ",", ".", "/", "-", "0",
             "1", "2", "7", "of", "and", "the", "x", "M7.1", "in April", "mid-May", "until June",
             "by", "early ", "during", "November", "Will", "would", "next", "till", "coming",
             "expected", "forecast", "scheduled", "due", "plans", "set to", "starting",
             "beginning", "upcoming", ".716", "(.5", "0400 hrs", "at 1630 hours", "one in four",
             "1 out of 3", "Two in"]


def _matches(pattern: re.Pattern[str], text: str) -> list:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _plain(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    p = getattr(grounding if name == "_FUTURE" else numbers, name)
    return p, re.compile(_LEAD.sub("", p.pattern, count=1), p.flags)


def test_every_sped_up_pattern_is_checked():
    assert len(PATTERNS) == 22 and _LEAD.match(grounding._FUTURE.pattern)


def _texts() -> list[str]:
    out = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for f in sorted((ROOT / "facts").glob("*.yaml")):
        sheet = yaml.safe_load(f.read_text(encoding="utf-8"))
        out += [fact["quote"] for fact in (sheet.get("facts") or {}).values()
                if isinstance(fact, dict) and isinstance(fact.get("quote"), str)]
    return out


EXAMPLES = {
    "_DATE_NUMERIC": "on 25.12.2023", "_DATE_SLASH": "on 4/26/2025", "_FISCAL_YEAR": "in 2007-08",
    "_TIME": "at 9:25-11:00 p.m.", "_NOON": "by Midnight", "_DIGITS": "-5 and 1,300",
    "_MIXED_FRACTION": "2-1/2 minutes, 2½", "_A_NUMBER": "half a million", "_ZERO": "no one",
    "_NO_NOUN": "No casualties", "_NO_EITHER": "no damage or casualties", "_BOTH": "both died",
    "_FRACTION_RE": "two-thirds of them", "_SPORT": "a hat-trick", "_MULTIPLIER": "doubled",
    "_VAGUE": "hundreds of people", "_A_NOUN": "A missile", "_ORDINAL": "the third time, 21st",
    "_BARE_MONTH": "since April, by mid-March", "_FUTURE": "will send, due by Tuesday",
    "_MILITARY": "at 0400 hrs", "_ONE_IN": "one in four, 2 out of 3",
}


@pytest.mark.parametrize("name", PATTERNS)
def test_the_corpus_and_an_example_read_the_same(name):
    fast, plain = _plain(name)
    assert _matches(plain, EXAMPLES[name])
    for t in [EXAMPLES[name], *_texts()]:
        assert _matches(fast, t) == _matches(plain, t)


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join))
def test_any_text_reads_the_same(text):
    for name in PATTERNS:
        fast, plain = _plain(name)
        assert _matches(fast, text) == _matches(plain, text), name
