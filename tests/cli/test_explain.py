"""Every problem and finding code is documented with a failing and a fixed example, and
every code a finding can carry is in the registry."""

from __future__ import annotations

import pytest

from factcheck.cli import main
from factcheck.codes import CODES
from factcheck.engine.outcome import Outcome
from factcheck.formats.findings import FINDING_CODES, outcome_code
from factcheck.verdicts import Verdict

UNDOCUMENTABLE = {"internal"}  # a bug has no failing sheet to show


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_has_a_summary_and_a_failing_and_a_fixed_example(code, capsys):
    entry = CODES[code]
    assert entry.summary
    if code not in UNDOCUMENTABLE:
        assert entry.fails.strip() and entry.fixed.strip() and entry.fails != entry.fixed
    assert main(["explain", code]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{code}: {entry.summary}") and "\nfails:\n" in out
    assert "\nfixed:\n" in out


def test_the_finding_codes_are_registered():
    assert set(CODES) >= FINDING_CODES


@pytest.mark.parametrize(("kind", "verdict", "expect"), [
    ("check", Verdict.violated, Verdict.holds),
    ("grounding", Verdict.ungrounded, Verdict.holds),
    ("claim", Verdict.conflict, Verdict.holds),
    ("claim", Verdict.error, Verdict.holds),
    ("check", Verdict.holds, Verdict.violated),
    ("grounding", Verdict.grounded, Verdict.ungrounded),
    ("claim", Verdict.agree, Verdict.conflict),
])
def test_every_failing_outcome_gets_a_registered_code(kind, verdict, expect):
    o = Outcome(kind, "facts/a.yaml", "x", 1, "expr", verdict, "m", expect=expect)
    assert not o.passed
    assert outcome_code(o) in CODES
