"""Gates (what a text must contain for a pattern to match, read off the pattern) change
no mention: find_mentions finds exactly what it finds with every pattern run; no match
of a gated pattern in the seeds, the corpus quotes or fuzzed text fails its gate; and
the gates do skip what they should."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text import gates, numbers
from factcheck.text.gates import DIGIT, Clause, gate

ROOT = Path(__file__).resolve().parents[2]
#: every pattern the scanner runs over a whole text (each through ``_Scanner.scan``)
SCANNED = sorted(set(re.findall(r"self\.scan\((_[A-Z_]+|pattern|digits)\)",
                                Path(numbers.__file__).read_text(encoding="utf-8"))))
PATTERNS = {name: p for name, p in vars(numbers).items() if isinstance(p, re.Pattern)
            and name.startswith("_")}
FRAGMENTS = ["half", "halves", "third", "Quarter", "a dozen", "Half a", "one-", "two ",
             "Nine ", "twenty-", "hundred", "THOUSAND", "both", "Both", "no one", "None of",
             "neither", "nobody", "no further", "another", "A further", "an additional",
             "doubled", "Twice", "thrice", "halving", "hat-trick", "a brace", "first", "21st",
             "noon", "Midnight", "опівночі", "Полдень", "p.m.", "am", "12:30", "9.30pm",
             "1,300", "-5", "\u22125", "2007-08", "2025-04-26", "25-12-2023", "4/26/2025",
             "2-1/2", "2½", "⅔", "tens of", "hundreds of", "Millions", "a single", "One ",
             "\u212a", "\u017f", "\u0131", "\u0130", "०१", "٣", "\u00a0", "\u2013", " ", ",",
             ".", "/", "-", "0", "1", "2", "7", "19", "20", "of", "and", "the", "x", "M7.1",
             "in April", "mid-May", "until June", "Jan.", "Sept", "Saturday", "last Friday",
             "on Monday", "April 26", "26 April", "the 3rd of May", "August 2024",
             "Saturday, April 26, 2025", "aged ", "-year-old", "Rs", "$", "€", "bn", "m",
             "crore", "lakh"]


def _texts() -> list[tuple[str, str | None]]:
    """Every seed document's paragraphs and every quote of the corpus, with languages."""
    out: list[tuple[str, str | None]] = []
    for f in sorted((ROOT / "facts").glob("*.yaml")):
        sheet = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
        language = sheet.get("language")
        for fact in (sheet.get("facts") or {}).values():
            if isinstance(fact, dict) and isinstance(fact.get("quote"), str):
                out.append((fact["quote"], language))
        for statement in (sheet.get("statements") or {}).values():
            for stance in (statement or {}).get("stances") or []:
                if isinstance(stance, dict) and isinstance(stance.get("quote"), str):
                    out.append((stance["quote"], language))
        document = ROOT / str(sheet.get("document", ""))
        if document.is_file() and document.suffix == ".txt":
            out += [(p, language) for p in document.read_text(encoding="utf-8").split("\n\n")
                    if p.strip()]
    return out


TEXTS = _texts()


def _holds(g: tuple[Clause, ...], text: str) -> bool:
    lower = text.lower() if text.isascii() else None
    return all(c.test()(text, lower) for c in g)


def test_the_scanner_gates_its_patterns():
    """The patterns run over a whole text are found, and most of them have a gate."""
    named = [PATTERNS[n] for n in SCANNED if n in PATTERNS]
    assert len(named) >= 20
    gated = [p for p in named if gate(p)]
    assert len(gated) >= 18
    months = gate(numbers._DATE_MDY)
    assert any({"Jan", "Dec", "May"} <= c.alternatives for c in months)
    assert Clause(frozenset({DIGIT})) in gate(numbers._DIGITS)
    assert len(TEXTS) > 1000


@pytest.mark.parametrize("name", sorted(n for n in SCANNED if n in PATTERNS) +
                         ["_DIGITS_LOCAL", "_DIGITS_CJK"])
def test_every_match_holds_its_gate(name):
    """Whatever a pattern matches in the corpus contains what its gate asks for (the
    gate is read off the pattern, so an edited pattern is checked here as it is)."""
    p = PATTERNS[name]
    g = gate(p)
    for text, _ in TEXTS:
        for m in p.finditer(text):
            assert _holds(g, m.group()), (name, m.group(), g)


def _mentions(text: str, language: str | None, strict_one: bool) -> list:
    return numbers.find_mentions(text, strict_one=strict_one, language=language)


def _both(text: str, language: str | None, strict_one: bool, monkeypatch) -> tuple:
    monkeypatch.setattr(numbers, "GATE_AFTER", 0)  # gated from the first text
    monkeypatch.setattr(numbers, "GATED", True)
    gated = _mentions(text, language, strict_one)
    monkeypatch.setattr(numbers, "GATED", False)
    plain = _mentions(text, language, strict_one)
    monkeypatch.setattr(numbers, "GATED", True)
    return gated, plain


def test_gated_mentions_equal_plain_ones_on_the_corpus(monkeypatch):
    differ = []
    for text, language in TEXTS:
        for strict_one in (True, False):
            gated, plain = _both(text, language, strict_one, monkeypatch)
            if gated != plain:
                differ.append((text[:80], language, strict_one))
    assert differ == []


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=14), st.booleans(),
       st.sampled_from([None, "uk", "de", "es"]))
def test_gated_mentions_equal_plain_ones_on_fuzzed_text(parts, strict_one, language):
    text = "".join(parts)
    with pytest.MonkeyPatch.context() as mp:
        gated, plain = _both(text, language, strict_one, mp)
    assert gated == plain


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=10))
def test_no_gated_pattern_matches_a_text_failing_its_gate(parts):
    text = "".join(parts)
    for name in SCANNED:
        if name in PATTERNS and PATTERNS[name].search(text):
            assert _holds(gate(PATTERNS[name]), text), (name, text)


def test_a_gate_skips_a_text_without_its_words():
    """A date pattern is not run where no month is named; digits not where none is."""
    assert not _holds(gate(numbers._DATE_MDY), "114 drones were launched overnight")
    assert _holds(gate(numbers._DATE_MDY), "on April 26, 2025")
    assert not _holds(gate(numbers._DIGITS), "Sixty-six drones were destroyed")
    assert not _holds(gate(numbers._FRACTION_RE), "114 drones")
    assert _holds(gate(numbers._FRACTION_RE), "Two-THIRDS of them")


@pytest.mark.parametrize(("pattern", "text"), [
    (re.compile("kilo", re.I), "\u212ailo"),  # Kelvin sign: k ignoring case
    (re.compile("first", re.I), "fir\u017ft"),  # long s: s ignoring case
    (re.compile("mid(?:night|day)", re.I), "m\u0131dnight"),  # dotless i
    (re.compile("\u0130stanbul", re.I), "istanbul"),  # capital I with a dot: i
    (re.compile("\u212aelvin|\u017fix", re.I), "SIX"),
    (re.compile("(?i:noon)|never"), "NOON"),
    (re.compile("[Nn]o\\s+one|[Nn]obody"), "Nobody"),
    (re.compile("(?:19|20)\\d\\d"), "2025"),
    (re.compile("a(?:b|c)+d"), "acbd"),
])
def test_ignoring_case_and_nesting_keep_every_match(pattern, text):
    """A text that matches holds the gate, even where case folding maps a non-ASCII
    character onto an ASCII one."""
    assert pattern.search(text)
    assert _holds(gate(pattern), text)


def test_many_alternatives_are_not_gated():
    words = [f"{chr(97 + i % 26)}{chr(97 + i // 26)}zz" for i in range(gates.MAX_ALTERNATIVES + 1)]
    assert gate(re.compile("|".join(words))) == ()
    assert gate(re.compile("|".join(words[:3])))
