"""Reliability findings 2026-11-25, sections A and B (time and scale), the cases that
``test_scaling.py`` does not already reproduce: each input as the findings built it,
checked in-process the way ``factcheck check`` does (engine, then the report). No
wall-clock asserts: pytest's run time is the bound (these inputs took seconds to
minutes before); ``benchmarks/scaling.py`` measures how time grows with size."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck.text.coverage as coverage_module
from factcheck.load.sheet import MAX_DOCUMENT_BYTES
from factcheck.pipeline import run
from factcheck.report.build import build_report, documents
from factcheck.report.html import render_html

from .findings import scratch, sheet_text
from .helpers import GOOD, project

SEED_FACT = '  d: {value: 114, unit: drone, source: s, quote: "Russia launched 114 drones"}\n'
N = 2**18  # the findings' smallest size; they ran 256K to 2M


def _check(root: Path) -> tuple[dict, str]:
    """`factcheck check` in-process: the engine, then the report data and its HTML
    (every page: the summary, claims, statements and the sheet pages)."""
    result = run([root / "facts"], root)
    typed = build_report(result)
    return typed.to_json_data(), "".join(render_html(typed, documents(result)).values())


@pytest.mark.parametrize("case, tail", [
    ("A1 long digit run", "1" * N + "x"),
    ("A2 '1,' run", "1," * N),
    ("A3 'April' and spaces", "April" + " " * N + "x"),
    ("A4 '1.' run", "1." * N),
    ("A5 digits overflowing to inf", "1" * N + " drones."),
])
def test_a1_a5_long_runs_check_and_report(tmp_path: Path, case: str, tail: str) -> None:
    root = scratch(tmp_path, "Russia launched 114 drones. " + tail + "\n", SEED_FACT)
    report, html = _check(root)
    [sheet] = report["sheets"]
    assert [f["grounding"]["verdict"] for f in sheet["facts"]] == ["grounded"], case
    assert sheet["coverage"]["covered"] == 1
    assert report["summary"]["passed"] and "<mark" in html


def test_a6_number_word_document_check_with_report(tmp_path: Path) -> None:
    """A6: 1,600 words ("one one ...") took 299 s to check; coverage read them cubically."""
    root = scratch(tmp_path, "Russia launched 114 drones. " + "one " * 1600 + "\n", SEED_FACT)
    report, _ = _check(root)
    cov = report["sheets"][0]["coverage"]
    assert report["summary"]["passed"] and cov["covered"] == 1
    assert cov["mentions"] == 1600  # 114 and every "one" but the last (no noun after it)


def test_a8_number_word_quote_within_the_quote_limit(tmp_path: Path) -> None:
    """A8: a 4,799-character quote of 1,200 "one"s took 45 s (60 s in pytest)."""
    words = ("one " * 1200).strip()
    root = scratch(tmp_path, "Start. " + words + " end.\n",
                   f'  d: {{value: 1, source: s, quote: "{words}"}}\n')
    result = run([root / "facts"], root)
    [o] = result.outcomes
    assert o.verdict == "grounded" and o.message == '1 written as "one"'


def test_a9_long_quote_of_the_wrong_unit(tmp_path: Path) -> None:
    """A9: a 5,006-character quote "1 1 1 ... drones" for people: one unit test per
    mention, linear."""
    quote = "1 " * 2500 + "drones"
    root = scratch(tmp_path, "Start. " + quote + ".\n",
                   f'  d: {{value: 1, unit: person, source: s, quote: "{quote}"}}\n')
    [o] = run([root / "facts"], root).outcomes
    assert len(quote) == 5006
    assert o.verdict == "ungrounded" and "value 1 is written, but" in o.message
    assert "fix the unit or the quote" in o.message


def _with_huge_checks(root: Path, n: int) -> None:
    rule = " + ".join(["drones_launched"] * n) + " > 0"
    parts = ", ".join(["drones_launched"] * n)
    (root / "facts" / "h.yaml").write_text(
        GOOD.read_text().split("checks:")[0] + f"checks:\n  huge-rule: {rule}\n"
        f"  huge-validator:\n    validator: parts_within\n"
        f"    args: {{parts: [{parts}], total: drones_launched}}\n")


def test_b2_b3_a_rule_and_a_validator_of_100000_terms(tmp_path: Path) -> None:
    root = project(tmp_path, GOOD)
    _with_huge_checks(root, 100_000)
    result = run([root / "facts"], root)
    by_name = {o.name: o for o in result.outcomes if o.sheet == "facts/h.yaml"}
    for name in ("huge-rule", "huge-validator"):
        o = by_name[name]
        assert o.verdict == "error" and "characters" in o.message and "at most 2000" in o.message
        assert not o.message.startswith("rule is")  # B3: a validator has no rule of its own
    good = [o for o in result.outcomes if o.sheet == "facts/good.yaml"]
    assert good and all(o.passed for o in good)
    assert result.exit_code() == 2


def test_b4_many_sheets_sharing_one_claim_key(tmp_path: Path) -> None:
    """B4: one outlier among 500 reports is one conflict, told in a bounded message."""
    n = 500
    root = scratch(tmp_path, "Start. 114 drones and 115 drones.\n", "", name="unused")
    (root / "facts" / "unused.yaml").unlink()
    for i in range(n):
        value = 115 if i == n - 1 else 114
        (root / "facts" / f"s_{i:05d}.yaml").write_text(sheet_text(
            "seeds/doc.txt", f'  d: {{value: {value}, unit: drone, source: s, '
                             f'quote: "{value} drones", key: ua/drones}}\n').replace(
            "s: {", f"s{i}: {{").replace("source: s,", f"source: s{i},"))
    result = run([root / "facts"], root)
    [claim] = result.claims
    assert claim.verdict == "conflict"
    assert claim.message.startswith("499 reports say 114 (first: s0, facts/s_00000.yaml:")
    assert "s499 says 115 (facts/s_00499.yaml:" in claim.message
    assert len(claim.message) < 200


def test_b5_a_document_over_the_limit(tmp_path: Path) -> None:
    root = scratch(tmp_path, b"", SEED_FACT)
    with open(root / "seeds" / "doc.txt", "wb") as f:
        f.truncate(MAX_DOCUMENT_BYTES + 1)  # sparse: no 16 MB written
    result = run([root / "facts"], root)
    [p] = result.problems
    assert p.code == "too-large" and f"the limit is {MAX_DOCUMENT_BYTES:,}" in p.message


def test_b6_a_megabyte_document_checks_and_reports(tmp_path: Path) -> None:
    """B6: the seed sheet against its article repeated to 1 MB took 10.5 s, 15.6 MB took
    33 minutes (the report scanned every mention and span per document segment)."""
    seed_doc = (Path(__file__).parents[2] / "seeds" / "000_1973e27dd785980b.txt").read_text()
    seed_sheet = (Path(__file__).parents[2] / "facts" / "000_1973e27dd785980b.yaml").read_text()
    root = project(tmp_path)
    (root / "seeds" / "big.txt").write_text(seed_doc * (2**20 // len(seed_doc)))
    (root / "facts" / "seed.yaml").write_text(
        seed_sheet.replace("seeds/000_1973e27dd785980b.txt", "seeds/big.txt"))
    report, html = _check(root)
    [sheet] = report["sheets"]
    assert not sheet["problems"]
    assert sheet["coverage"]["mentions"] > 5_000
    assert html.count('class="doc"') == 1


def test_b7_sheets_sharing_a_document_read_it_once(tmp_path: Path, monkeypatch) -> None:
    """B7: coverage re-read a shared document for every sheet."""
    calls = []
    real = coverage_module.find_mentions

    def counting(text: str, *a, **k):
        calls.append(len(text))
        return real(text, *a, **k)

    monkeypatch.setattr(coverage_module, "find_mentions", counting)
    coverage_module._countable.cache_clear()
    doc = "Russia launched 114 drones. " + "Then 5 more came. " * 2000
    root = scratch(tmp_path, doc, SEED_FACT, name="s0")
    for i in range(1, 10):
        (root / "facts" / f"s{i}.yaml").write_text(sheet_text("seeds/doc.txt", SEED_FACT))
    report, _ = _check(root)
    assert len(report["sheets"]) == 10 and report["summary"]["passed"]
    assert calls.count(len(doc)) == 1  # the document read once, not once per sheet
    assert {s["coverage"]["mentions"] for s in report["sheets"]} == {2001}


def _draft(root: Path, text: str) -> dict:
    from factcheck.draft import draft_data

    (root / "seeds").mkdir(parents=True, exist_ok=True)
    (root / "seeds" / "doc.txt").write_text(text, encoding="utf-8")
    return draft_data(root / "seeds" / "doc.txt", root)


@pytest.mark.parametrize("case, text, facts", [
    ("A11 a long word", "a" * 80_000 + "1. B.\n", {}),  # "aaa...a1" counts nothing
    ("A12 'Dr. ' run", "Dr. " * 20_000 + "12 drones.\n", {"drones_12": 12}),
    ("A13 'said ' run", "said " * 20_000 + "12 drones.\n", {"drones_12": 12}),
])
def test_a11_a12_a13_draft_of_hostile_sentences(tmp_path: Path, case: str, text: str,
                                                facts: dict) -> None:
    """A11-A13 at the findings' 8x size: 45.5 s, 18.3 s and 63.9 s to draft."""
    data = _draft(tmp_path, text)
    assert {k: f["value"] for k, f in data["facts"].items()} == facts, case


def test_a16_draft_of_a_large_article(tmp_path: Path) -> None:
    """A16: the seed article repeated to 512 KB took 1.1 s, 4 MB 31 s (quadratic)."""
    seed = (Path(__file__).parents[2] / "seeds" / "000_1973e27dd785980b.txt").read_text()
    copies = 2**19 // len(seed)
    data = _draft(tmp_path, seed * copies)
    one = _draft(tmp_path / "one", seed)
    assert len(data["facts"]) == copies * len(one["facts"])


def test_a18_did_you_mean_over_2000_mistyped_names(tmp_path: Path) -> None:
    """A18: 2,000 rules naming `fact_numbr_i` beside `fact_number_i` took 168 s."""
    n = 2000
    facts = "".join(f'  fact_number_{i}: {{value: 114, unit: drone, source: s, '
                    f'quote: "114 drones"}}\n' for i in range(n))
    checks = "".join(f"  c{i}: fact_numbr_{i} <= 200\n" for i in range(n))
    root = scratch(tmp_path, "Start. 114 drones.\n", facts, checks)
    result = run([root / "facts"], root)
    errors = {o.name: o.message for o in result.outcomes if o.verdict == "error"}
    assert len(errors) == n
    assert all(f"(did you mean `fact_number_{i}`?)" in errors[f"c{i}"] for i in range(n))
