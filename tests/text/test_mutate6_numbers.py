"""Numbers read at the edges mutation testing found untested (benchmarks/
mutation-survivors.md, branch mutate6): mentions read before a date or time taken
earlier, a day range that is no date before one that is, hard-wrapped copy at its
threshold, and Russian organisation names that count nothing."""

from __future__ import annotations

import datetime as dt

from factcheck.text.dates import day_ranges
from factcheck.text.languages import scan_singulars
from factcheck.text.numbers import find_mentions
from factcheck.text.sentences import hard_wrapped


def _read(text: str, language: str | None = None) -> list[tuple]:
    return [(m.text, m.low, m.kind, m.unit) for m in find_mentions(text, language=language)]


def test_a_fraction_before_a_date_or_a_time_is_a_fraction():
    """"Dos tercios ... el 3 de mayo de 2025", "deux tiers ... à 21h": the fraction is
    two-thirds, not the number two: kills ``numbers.x_find_mentions__mutmut_173`` (a
    fraction read only where the text after it is free)."""
    es = _read("Dos tercios de los diputados votaron el 3 de mayo de 2025.", "es")
    assert es[0][:3] == ("Dos tercios", 2 / 3, "fraction")
    fr = _read("Les deux tiers des députés ont voté à 21h.", "fr")
    assert fr[0][:3] == ("deux tiers", 2 / 3, "fraction")


def test_a_cricket_target_before_a_date_counts_runs():
    """Kills ``sports.x__cricket__mutmut_198`` (a target read only where the text after
    it is free)."""
    found = _read("NZ chased down a target of 79 with seven wickets in hand on March 3, 2025.")
    assert found[0] == ("79", 79.0, "number", "run")


def test_a_day_range_that_is_no_date_leaves_the_next_one():
    """"February 30-31, 2025" is no range of days; "October 30-31, 2010" after it is:
    kills ``dates.x_day_ranges__mutmut_36`` (the search stopped at the first bad date)."""
    assert [d for _, _, d in day_ranges("February 30-31, 2025 and October 30-31, 2010")] == [
        dt.date(2010, 10, 30), dt.date(2010, 10, 31)]


def test_copy_with_a_third_of_its_breaks_wrapped_is_hard_wrapped():
    """Four breaks mid-sentence out of twelve (a third, the threshold) is hard-wrapped
    copy: kills ``sentences.x_hard_wrapped__mutmut_41`` (more than a third asked)."""
    copy = ("Officials said the new budget\nwould rise by four per cent\n"
            "over the coming two years and\nthen fall by a third again\n"
            "in the year after that one.\n")
    heads = "\n".join(["Headline One", "Second Head", "Third Head", "Fourth Head",
                       "Fifth Head", "Sixth Head", "Seventh Head", "Eighth Head", "Ninth Head"])
    assert hard_wrapped(copy + heads)
    assert not hard_wrapped(copy + heads + "\nTenth Head")  # 4 of 13: under a third


def test_a_russian_organisation_or_place_name_counts_nothing():
    """"Газпром", "Роскосмос", "Госдума" (pymorphy3's Orgn), "Москва", "Украина" (Geox)
    are names, not one of something: kills ``languages.x_scan_singulars__mutmut_106`` and
    ``_104``."""
    for name in ("Газпром", "Роскосмос", "Госдума", "Москва", "Украина"):
        assert scan_singulars(f"{name} сообщил", "ru", lambda a, b: True) == [], name
    assert [f.unit for f in scan_singulars("погибла женщина", "ru", lambda a, b: True)] == [
        "женщина"]


def test_a_line_going_on_with_a_bracket_is_a_wrap():
    """A line broken before "(the finance ministry said)" continues the sentence: four
    wraps in four breaks: kills ``sentences.x_hard_wrapped__mutmut_35``."""
    assert hard_wrapped("Officials said the new budget\nwould rise by four per cent\n"
                        "over the coming two years\n(the finance ministry said)\n"
                        "and fall again after that one.\n")
