"""The meaning a fact that sets none takes from its quote, at the edges mutation testing
of ``checks.py`` found untested (benchmarks/mutation-survivors.md, branch mutate5): "a
thousand" as a round figure, a hedge before a figure that is not round, a hedge in the
sheet's language."""

from __future__ import annotations

from factcheck.checks import _quoted_meaning


def test_a_thousand_is_a_round_figure():
    """"a thousand people" stands for a figure rounded to the thousand, "1,000 people"
    for exactly 1,000: kills ``checks.x__quoted_meaning__mutmut_11`` and ``_12`` (round
    figures from 1,001 up only)."""
    assert _quoted_meaning("a thousand people", 1000, None) == "rounded"
    assert _quoted_meaning("1,000 people", 1000, None) is None


def test_a_hedge_before_a_figure_that_is_not_round():
    """"more than 2,345 people fled": at least 2,345, though 2,345 is no round figure;
    "12.5 percent" without a hedge keeps no meaning: kills
    ``checks.x__quoted_meaning__mutmut_19`` (the hedge test inverted)."""
    assert _quoted_meaning("more than 2,345 people fled", 2345, None) == "at_least"
    assert _quoted_meaning("rose 2,345 points", 2345, None) is None


def test_a_hedge_in_the_language_of_the_sheet():
    """German "mindestens elf Tote" (at least eleven dead) in a German sheet: at least
    11, the hedge and the number word read in German: kills
    ``checks.x__quoted_meaning__mutmut_21``, ``_23`` (the hedge looked for in English) and
    ``_27``, ``_30`` (the number read in English)."""
    assert _quoted_meaning("mindestens elf Tote", 11, "de") == "at_least"
    assert _quoted_meaning("mindestens elf Tote", 11, "en") is None


def test_a_german_sheet_reads_its_hedge_in_german(tmp_path):
    """A German sheet's fact "mindestens elf Tote" (value 11, no meaning set) is at least
    11 when checked: kills ``checks.x_resolve_values__mutmut_19`` (the quote read as
    English: exact)."""
    import yaml

    from factcheck.pipeline import check_sheet

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text("Bei dem Unglück gab es mindestens elf Tote.\n")
    sheet = {"document": "seeds/d.txt", "language": "de",
             "facts": {"dead": {"value": 11, "unit": "person", "quote": "mindestens elf Tote"}},
             "checks": {"c": {"rule": "dead >= 1"}}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet, sort_keys=False))
    result = check_sheet(tmp_path / "s.yaml", tmp_path)
    assert result.problems == [] and result.values["dead"].meaning == "at_least"


def test_a_unit_pint_does_not_know_is_a_problem_at_its_line(tmp_path):
    """A fact's and a background value's unit that is neither a count noun nor a pint
    unit is reported at that unit's line, with its code and what to write instead:
    kills ``checks.x_resolve_values__mutmut_52`` to ``_66`` (the problem's place, code
    or message lost) and ``_8``, ``_9`` (the background section misnamed: no line)."""
    import yaml

    from factcheck.pipeline import check_sheet

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text("About 2,000 people fled.\n")
    sheet = {"document": "seeds/d.txt",
             "facts": {"fled": {"value": 2000, "unit": "zorkmid**banana",
                                "quote": "About 2,000 people fled"}},
             "background": {"bg": {"value": 5, "unit": "zorkmid**banana", "citation": "x"}},
             "checks": {"c": {"rule": "fled >= 1"}}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet, sort_keys=False))
    problems = check_sheet(tmp_path / "s.yaml", tmp_path).problems
    assert [(p.path, p.line, p.column, p.code) for p in problems] == [
        ("s.yaml", 5, 5, "unit"), ("s.yaml", 10, 5, "unit")]
    assert all("zorkmid**banana" in p.message and "km**2" in p.message for p in problems)
