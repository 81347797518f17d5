"""Pathological inputs that took minutes (reliability findings 2026-11-25, A and B) finish
now, with the right result. No wall-clock asserts: each input here hung or ran for
minutes before, and runs in well under a second now; pytest's duration is the bound.
The time per input size is measured by ``benchmarks/scaling.py``."""

from __future__ import annotations

import difflib
import importlib.util
import random
import sys
from pathlib import Path

import pytest

from factcheck.draft import MAX_DRAFT_BYTES, draft_data
from factcheck.ground.grounding import _longest_common, _nearest_passage
from factcheck.problems import SheetError, suggest
from factcheck.text.coverage import coverage, matches
from factcheck.text.numbers import find_mentions
from factcheck.text.sentences import sentences, speaker

ROOT = Path(__file__).resolve().parents[2]


def test_number_word_run_is_read_word_by_word():
    # A6: 1,000 words took 31.5 s (cubic); 4,000 would have taken about half an hour
    ms = find_mentions("Russia launched 114 drones. " + "one " * 4000)
    assert [m.text for m in ms[:2]] == ["114", "one"]
    assert len(ms) == 4000 and all(m.low == 1 for m in ms[1:])  # the last "one" counts nothing
    ms = find_mentions("sixty-six " * 3000)
    assert len(ms) == 3000 and {m.low for m in ms} == {66}


def test_number_word_quote_grounds():
    # A8: a 4,799-character quote took 45 s
    ms = find_mentions(("one " * 1250).strip(), strict_one=False)
    assert len(ms) == 1250


def _brute(doc, facts):
    ms = [m for m in find_mentions(doc) if m.kind not in ("implicit", "fraction")]
    return [m for m in ms if any(s <= m.start and m.end <= e and matches(m, lo, hi, d)
                                 for s, e, lo, hi, d in facts)]


def test_coverage_index_agrees_with_every_pair():
    import datetime as dt

    rng = random.Random(5)
    doc = ("On Saturday, April 26, 2025, 114 drones and 10-12 missiles hit; in August 2024 "
           "66 of 1,300 were lost. Last Friday 2.5 km. In 2024 about 7 died. ") * 6
    for _ in range(200):
        facts = []
        for _ in range(rng.randint(0, 12)):
            s = rng.randrange(len(doc))
            e = rng.randrange(s, len(doc) + 1)
            kind = rng.random()
            if kind < 0.5:
                v = float(rng.choice([114, 66, 1300, 10, 2.5, 7, 2024, 2025, 12]))
                facts.append((s, e, v, rng.choice([v, None, 12.0]), None))
            else:
                d = rng.choice([dt.date(2025, 4, 26), dt.date(2024, 8, 1), dt.date(2025, 4, 25),
                                dt.date(2024, 1, 1), dt.date(2025, 5, 3)])
                facts.append((s, e, None, None, d))
        assert coverage(doc, facts).covered == _brute(doc, facts)


def test_coverage_of_many_facts_in_one_sentence():
    # every fact quotes the whole sentence: mentions x facts was quadratic
    n = 5000
    doc = "Officials said " + ", ".join(f"{i + 10} drones" for i in range(n)) + "."
    facts = [(0, len(doc), float(i + 10), float(i + 10), None) for i in range(0, n, 2)]
    cov = coverage(doc, facts)
    assert len(cov.mentions) == n and len(cov.covered) == n // 2
    assert all(int(m.low) % 2 == 0 for m in cov.covered)


def test_nearest_passage_agrees_with_difflib():
    rng = random.Random(2)
    for _ in range(500):
        alpha = rng.choice(["ab", "abc d", "a"])
        doc = "".join(rng.choice(alpha) for _ in range(rng.randint(0, 60)))
        q = "".join(rng.choice(alpha) for _ in range(rng.randint(0, 25)))
        m = difflib.SequenceMatcher(None, doc, q, autojunk=False).find_longest_match(
            0, len(doc), 0, len(q))
        a, b, size = _longest_common(doc, q)
        assert size == m.size and (size == 0 or (a, b) == (m.a, m.b))


def test_nearest_passage_on_hostile_document():
    # A10: 100K characters took 37 s per quote
    doc = "a" * 200_000
    assert _nearest_passage("b" * 2000, doc) == ""
    assert _nearest_passage("a" * 1500 + "b" * 500, doc).startswith('; nearest passage: "aaa')


def test_suggest_over_many_names():
    # A18: 1,000 mistyped names took 38 s
    facts = {f"fact_number_{i}": i for i in range(1000)}
    for i in range(1000):
        assert suggest(f"fact_numbr_{i}", facts) == f" (did you mean `fact_number_{i}`?)"
    assert suggest("drones_lanched", ["drones_launched", "x"]) == \
        " (did you mean `drones_launched`?)"


def test_speaker_with_many_verbs():
    # A13: each verb re-tokenised the sentence before it
    assert speaker("said " * 20000 + "the air force said") == "air force"
    assert speaker("Ukraine's air force said " * 3000) == "Ukraine's air force"


def _orig_speaker():
    """speaker() as it was (quadratic), for an equivalence check on small inputs."""
    src = (ROOT / "tests" / "hostile" / "speaker_reference.py")
    spec = importlib.util.spec_from_file_location("speaker_reference", src)
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["speaker_reference"] = mod
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod.speaker


def test_speaker_agrees_with_the_reference():
    ref = _orig_speaker()
    rng = random.Random(3)
    vocab = ["said", "says", "according to", "Ukraine", "Ukraine's", "air", "force", "he",
             "also", "and", "the", "in", "a", "Dr.", "U.S.", "officials", "\u201c", '"', ",",
             "told", "Reuters", "said-x", "x'said", "Kyiv", "police", "local", ".", "42",
             "has", "on", "Monday", "is", "reporting", "expected", "\u201d", "report of"]
    for _ in range(3000):
        toks = [rng.choice(vocab) for _ in range(rng.randint(0, 12))]
        s = ("" if rng.random() < 0.3 else " ").join(toks)
        assert speaker(s) == ref(s), s


def test_sentences_of_hostile_text():
    # A11, A12
    assert len(sentences("a" * 300_000 + "1. B.\n")) == 2
    assert len(sentences("Dr. " * 20000 + "12 drones.\n")) == 1


def _draft(tmp_path, text):
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    return draft_data(doc, tmp_path)


def test_draft_number_words(tmp_path):
    # A7: 200 words (829 bytes) took 107 s; 400 words were killed after 10 minutes
    data = _draft(tmp_path, "Russia launched 114 drones. " + "one " * 1600 + "\n")
    assert data["facts"]["drones_launched_114"]["value"] == 114
    assert len(data["facts"]) == 1600  # 114 and every "one" but the last
    assert all(len(f["quote"]) <= 1000 for f in data["facts"].values())


def test_draft_many_mentions_and_sentences(tmp_path):
    # A14 (cubic) and A15 (quadratic id de-duplication)
    text = "Officials said " + ", ".join(f"{i % 90 + 2} drones" for i in range(800)) + ".\n"
    data = _draft(tmp_path, text)
    assert len(data["facts"]) == 800
    data = _draft(tmp_path, "Russia launched 5 drones. " * 4000)
    ids = list(data["facts"])
    assert len(ids) == 4000 and ids[:3] == ["drones_launched_5", "drones_launched_5_2",
                                           "drones_launched_5_3"]
    assert ids[-1] == "drones_launched_5_4000"


def test_draft_refuses_a_huge_document(tmp_path):
    doc = tmp_path / "big.txt"
    doc.write_text("1 " * (MAX_DRAFT_BYTES // 2 + 1))
    with pytest.raises(SheetError, match="draft takes at most 2,097,152") as err:
        draft_data(doc, tmp_path)
    assert err.value.code == "too-large"


def test_check_one_long_paragraph(tmp_path):
    # B1 with attribution: every fact's context was the whole one-paragraph document
    from factcheck.pipeline import run

    (tmp_path / "facts").mkdir()
    (tmp_path / "seeds").mkdir()
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n')
    n = 2000
    (tmp_path / "seeds" / "doc.txt").write_text(
        "\n".join(f"Unit u{i} saw {i % 90 + 10} drones, the army said." for i in range(n)))
    facts = "".join(f'  f{i}: {{value: {i % 90 + 10}, unit: drone, source: s, '
                    f'quote: "Unit u{i} saw {i % 90 + 10} drones"}}\n' for i in range(n))
    (tmp_path / "facts" / "s.yaml").write_text(
        'document: seeds/doc.txt\nsources:\n  s: {name: "army"}\nfacts:\n' + facts
        + "checks:\n" + "".join(f"  c{i}: f{i} <= f{i} + 1\n" for i in range(n)))
    result = run([tmp_path / "facts"], tmp_path)
    assert not result.problems and not result.failures
    assert len(result.outcomes) >= 2 * n


def test_html_highlighting_is_a_sweep_and_names_are_capped():
    """5,000 facts quoting one sentence: one segment, its tooltip names 12 and counts the
    rest (it used to compare every segment with every span)."""
    from factcheck.report import model as m
    from factcheck.report.highlight import MAX_NAMES, highlight

    text = "Russia launched 114 drones overnight. " * 50

    def fact(fid: str, a: int) -> m.Fact:
        return m.Fact(id=fid, line=1, value=114, unit=None, meaning=None, interval=None,
                      source=None, source_name=None, quote="q", key=None, via=None,
                      rank="normal", grounding=m.Grounding(verdict="grounded", message="",
                                                           span=[a, a + 36]))

    facts = [fact(f"f{i}", 0) for i in range(5000)]
    facts += [fact(f"g{i}", 38 * i) for i in range(1, 50)]
    sheet = m.Sheet(path="s.yaml", problems=[], facts=facts)
    html, anchored = highlight(text, sheet, lambda f: f"#{f}", lambda f: f"q-{f}")
    assert len(anchored) == 5049
    assert f"and {5000 - MAX_NAMES} more" in html
    assert html.count("<mark") == 50
