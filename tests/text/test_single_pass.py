"""The one pass over a text (:mod:`factcheck.text.scanner`) changes no mention.

The reference scanner is ``find_mentions`` with every pattern run (``GATED = False``);
the single-pass one rules patterns out with one RE2 set. Both must find the same
mentions in every seed document, every quote of the corpus and fuzzed text built from
number forms; and no registered pattern is ever ruled out of a text it matches in.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import re2
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.text import numbers, scanner
from factcheck.text.scanner import Prefilter, Untranslatable, widened

ROOT = Path(__file__).resolve().parents[2]


def _corpus() -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """(every seed document, every quote), each with its sheet's language."""
    languages: dict[str, str | None] = {}
    quotes: list[tuple[str, str | None]] = []
    for f in sorted((ROOT / "facts").glob("*.yaml")):
        sheet = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        language = sheet.get("language")
        languages[Path(str(sheet.get("document", ""))).name] = language
        for section in ("facts", "background"):
            for fact in (sheet.get(section) or {}).values():
                if isinstance(fact, dict) and isinstance(fact.get("quote"), str):
                    quotes.append((fact["quote"], language))
        for statement in (sheet.get("statements") or {}).values():
            for stance in (statement or {}).get("stances") or []:
                if isinstance(stance, dict) and isinstance(stance.get("quote"), str):
                    quotes.append((stance["quote"], language))
    seeds = [(f.read_text(encoding="utf-8"), languages.get(f.name))
             for f in sorted((ROOT / "seeds").glob("*.txt"))]
    return seeds, quotes


SEEDS, QUOTES = _corpus()
FORMS = ["1,300", "1 300", "1\u00a0300", "1.234,5", "27,97", "780'000", "1,98,706", "-5",
         "\u22125", "M7.1", ".716", "2½", "2-1/2", "⅔", "40,82%", "9,7 %", " per cent",
         " percent", "pc", " square kilometres", " km²", "375.2mm", " km/h", "$5bn", "US$",
         "Rs 1,200 crore", "₹", "€", "£", " lakh", " million", " bn", "m", "k", "12",
         "114", "2025", "2007-08", "2025-04-26", "25-12-2023", "25.12.2023", "4/26/2025",
         "9:25", "-11:00 p.m.", "3.30pm", "18.25 uur", "18h25", "alle ore 18.25",
         "at 0400 hrs", "noon", "Midnight", "опівночі", "Sixty-six", "a dozen",
         "half a million", "two and a half million", "a quarter of a million",
         "a hundred and fifty", "a hundred forty-two", "two-thirds", "a third", "both",
         "Both", "no one", "None of", "neither", "no casualties", "doubled", "twice",
         "hat-trick", "a brace", "one in four", "2 out of 3", "the third time", "21st",
         "hundreds of", "tens of thousands of", "a further", "another", "a single",
         "one", "One ", "88-year-old", " years old", "aged ", "22-month-old",
         "Saturday, April 26, 2025", "April 26", "26 April", "the 3rd of May",
         "August 2024", "in April", "mid-May", "Jan.", "Sept", "last Friday", "on Monday",
         "between", " and ", " to ", "-", "\u2013", " ", ", ", ". ", "/", "drones",
         "people", "the", "of", "x", "\u212a", "\u017f", "\u0131", "\u0130", "ß", "Σ",
         "\ud7ff", "०१", "٣", "27岁", "40余人", "zwei", "dreißig", "millones"]
LANGUAGES = [None, "en", "uk", "ru", "de", "es", "fr", "it", "nl", "pl", "zh", "hi"]


def _both(text: str, language: str | None, strict_one: bool,
          monkeypatch: pytest.MonkeyPatch) -> tuple[list, list]:
    """(single pass, every pattern run) mentions of ``text``."""
    monkeypatch.setattr(numbers, "GATE_AFTER", 0)
    monkeypatch.setattr(numbers, "GATED", True)
    single = numbers.find_mentions(text, strict_one=strict_one, language=language)
    monkeypatch.setattr(numbers, "GATED", False)
    every = numbers.find_mentions(text, strict_one=strict_one, language=language)
    monkeypatch.setattr(numbers, "GATED", True)
    return single, every


def _registered() -> list[re.Pattern[str]]:
    """Every pattern the scanner runs, registered by scanning the corpus (once a
    process: whatever scans registers what it runs)."""
    if len(numbers._PREFILTER._patterns) < 30:
        for text, language in QUOTES + SEEDS:
            numbers.find_mentions(text, strict_one=False, language=language)
        for language in LANGUAGES:
            numbers.find_mentions(" ".join(FORMS), strict_one=False, language=language)
    return list(numbers._PREFILTER._patterns.values())


def test_the_corpus_is_read():
    assert len(SEEDS) >= 100 and len(QUOTES) >= 1000
    assert sum(1 for _, lang in QUOTES if lang not in (None, "en")) >= 100


def test_same_mentions_in_every_seed_document(monkeypatch):
    differ = [(text[:60], lang) for text, lang in SEEDS
              for strict_one in (True, False)
              if (lambda b: b[0] != b[1])(_both(text, lang, strict_one, monkeypatch))]
    assert differ == []


def test_same_mentions_in_every_quote(monkeypatch):
    differ = [(text[:60], lang) for text, lang in QUOTES
              for strict_one in (True, False)
              if (lambda b: b[0] != b[1])(_both(text, lang, strict_one, monkeypatch))]
    assert differ == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FORMS), max_size=16), st.booleans(),
       st.sampled_from(LANGUAGES))
def test_same_mentions_in_fuzzed_text(parts, strict_one, language):
    text = "".join(parts)
    with pytest.MonkeyPatch.context() as mp:
        single, every = _both(text, language, strict_one, mp)
    assert single == every


def test_the_pass_rules_out_patterns():
    """It does skip: in a plain sentence most patterns are ruled out, none that match."""
    _registered()
    text = "Russia launched 114 drones over Ukraine overnight"
    skip = numbers._PREFILTER.skip(text)
    assert skip is not None and len(skip) >= len(numbers._PREFILTER._patterns) // 2
    assert id(numbers._DIGITS) not in skip and id(numbers._DATE_MDY) in skip


def test_no_pattern_is_ruled_out_where_it_matches():
    patterns = _registered()
    assert len(patterns) >= 30
    wrong = []
    for text, _ in SEEDS + QUOTES + [(f, None) for f in FORMS]:
        skip = numbers._PREFILTER.skip(text) or frozenset()
        wrong += [(p.pattern[:40], text[:40]) for p in patterns
                  if id(p) in skip and p.search(text)]
    assert wrong == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FORMS), max_size=12))
def test_no_pattern_is_ruled_out_where_it_matches_in_fuzzed_text(parts):
    text = "".join(parts)
    patterns = _registered()
    skip = numbers._PREFILTER.skip(text)
    assert skip is not None and len(patterns) >= 30
    for p in patterns:
        assert not (id(p) in skip and p.search(text)), (p.pattern[:40], text)


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?<![\w-])(?P<y>\d{4})-(?P<m>\d\d)(?![\w-])", "2025-04"),  # lookarounds dropped
    (r"(?P<a>\d)(?P<sep>[./-])\d(?P=sep)\d", "1.2.3"),  # a back reference
    (r"(?P<h>\d)(?::(?P<m>\d\d))?(?:pm|(?(m)|(?!)))", "9:30"),  # a conditional
    (r"[^a-z]x", "Kx"), (r"\Bx\b", "ax"), (r"^x$", "x"), (r"(?>ab|a)c", "ac"),
    (r"a{2,}", "aaa"), (r"a{1001}", "a" * 1001), (r"(?i)k", "\u212a"), (r"(?i:s)", "\u017f"),
    (r"[\s]x", "\u2009x"), (r"\sx", "\x1cx"), (r"\d", "٣"), (r"\w", "é"), (r"\W", " "),
    (r"(?i)[a-z]", "\u212a"), (r"(?s).", "\n"), (r"\D", "a"),
])
def test_a_widened_pattern_matches_where_the_pattern_does(pattern, text):
    p = re.compile(pattern)
    assert p.search(text)
    assert re2.compile(widened(p)).search(text)


def test_a_pattern_that_cannot_be_widened_is_always_run(monkeypatch):
    odd = re.compile(r"qz\d")
    real = scanner.widened
    monkeypatch.setattr(scanner, "widened", lambda p: (_ for _ in ()).throw(
        Untranslatable("test")) if p is odd else real(p))
    pf = Prefilter()
    pf.register(odd)
    pf.register(numbers._DIGITS)
    skip = pf.skip("no digits here")
    assert skip is not None and id(numbers._DIGITS) in skip and id(odd) not in skip


def test_a_text_the_pass_cannot_read_runs_every_pattern():
    pf = Prefilter()
    pf.register(numbers._DIGITS)
    assert pf.skip("plain") == frozenset({id(numbers._DIGITS)})
    assert pf.skip("lone \ud800 surrogate") is None


def test_a_new_pattern_is_taken_in_from_the_next_text():
    pf = Prefilter()
    assert pf.skip("x") is None  # nothing registered: nothing known to skip
    pf.register(numbers._DIGITS)
    assert pf.skip("x") == frozenset({id(numbers._DIGITS)})
    pf.register(numbers._DATE_ISO)
    assert pf.skip("x") == frozenset({id(numbers._DIGITS), id(numbers._DATE_ISO)})
    assert pf.skip("in 2025-04-26") == frozenset()


EVERY = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize("pattern", [r"(?i)[a-z]", r"(?i)[\u00c0-\u024f]", r"(?i)[\s\w]",
                                     r"(?i)[а-яё]", r"(?i)[ΣσςµKkSs]", r"(?i)\u0130", r"\w",
                                     r"\d", r"\s", r"[\d\s_]", r"(?i)\w", r"(?i)[\d\sk]"])
def test_a_widened_class_matches_every_character_python_does(pattern):
    """Exhaustive over Unicode: whatever the pattern matches ignoring case, the widened
    one matches (Python equates "i" with "ı" and "İ", which RE2's folding does not)."""
    found = set(re.findall(pattern, EVERY))
    wide = re2.compile(widened(re.compile(pattern)))
    assert found and [x for x in found if not wide.fullmatch(x)] == []


def test_widened_letters_ignoring_case_match_every_character_python_does():
    """Every letter of every registered pattern, ignoring case, over all of Unicode."""
    letters = sorted({ch for p in _registered() for ch in p.pattern if ch.isalpha()})
    either = re.compile("[" + "".join(re.escape(ch) for ch in letters) + "]", re.IGNORECASE)
    found = {m.group() for m in either.finditer(EVERY)}
    missing = []
    for ch in letters:
        wide = re2.compile(widened(re.compile(re.escape(ch), re.IGNORECASE)))
        missing += [(ch, x) for x in found if re.fullmatch(re.escape(ch), x, re.IGNORECASE)
                    and not wide.fullmatch(x)]
    assert "i" in letters and missing == []


def test_no_character_past_the_case_tables_has_a_case():
    assert not [x for x in range(scanner.CASED_BELOW, 0x110000)
                if _has_case(x)]


def _has_case(x: int) -> bool:
    """Whether Python's ``re`` or ``str`` give character ``x`` another case."""
    import _sre

    return _sre.unicode_tolower(x) != x or chr(x).upper() != chr(x) or chr(x).lower() != chr(x)


def test_a_pattern_re2_refuses_is_always_run():
    odd = re.compile("(?:(?:qz){1000}){100}")  # RE2 takes no repeat of 100,000
    pf = Prefilter()
    pf.register(odd)
    pf.register(numbers._DIGITS)
    assert pf.skip("no digits here") == frozenset({id(numbers._DIGITS)})


def test_a_back_reference_ignoring_case_to_a_group_that_does_not_is_any_text():
    p = re.compile(r"(?P<x>a)(?i:(?P=x))")
    assert p.search("aA") and re2.compile(widened(p)).search("aA")
