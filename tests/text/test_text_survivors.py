"""Behaviour three surviving mutants of text/ left unpinned (benchmarks/mutation-survivors.md)."""

from __future__ import annotations

from factcheck.text.languages import scan_month_days
from factcheck.text.numbers import find_mentions


def test_a_day_of_this_month_carries_its_day():
    """`scan_month_days` mutant 11 dropped the (0, day) it found."""
    for text, lang in (("25-го числа", "uk"), ("25-го числа", "ru"),
                       ("इस महीने की 25 तारीख", "hi")):
        (found,) = scan_month_days(text, lang, lambda a, b: True)
        assert (found.kind, found.monthday, found.start, found.end) == (
            "monthday", (0, 25), 0, len(text)), lang


def test_ukrainian_both_is_two():
    """`_slavic_words` mutant 48 misspelt обидва."""
    assert [(m.text, m.low) for m in find_mentions("Обидва загинули.", language="uk")] == [
        ("Обидва", 2.0)]


def test_a_plural_hyphenated_time_unit_is_a_duration():
    """`_classify` mutant 43 stripped "S" instead of "s": "12-days" was no duration."""
    found = [(m.text, m.low, m.kind, m.unit)
             for m in find_mentions("a 12-days truce and a 3-hours pause")]
    assert found == [("12-days", 12.0, "duration", "day"), ("3-hours", 3.0, "duration", "hour")]


def test_a_unit_of_several_words_keeps_its_own_aliases_and_an_empty_unit_is_itself():
    """`Aliases.forms` mutants 8 (an empty unit split) and 23 (the key upper-cased)."""
    from factcheck.text.nouns import Aliases

    aliases = Aliases({"armoured vehicle": ["APC"]}, "en")
    assert aliases.forms("armoured vehicle") == frozenset({"vehicle", "apc"})
    assert aliases.forms("") == frozenset({""})


def test_local_and_regional_are_not_part_of_a_speakers_name():
    """`speaker` mutant 191 upper-cased "local" in the words it drops."""
    from factcheck.text.sentences import speaker

    for lead in ("Local", "Regional", "The"):
        assert speaker(f"Two people were killed, {lead} Governor Ivan Fedorov said.") == \
            "Governor Ivan Fedorov", lead


def test_a_range_whose_first_end_has_its_own_year_keeps_it():
    """`share_years` mutant 79: a month with its year took the second end's year."""
    found = [(m.text, m.kind, m.month) for m in find_mentions("from January 2023 to March 2024")]
    assert found == [("January 2023", "month", (2023, 1)), ("March 2024", "month", (2024, 3))]
    found = [(m.text, m.kind, m.month) for m in find_mentions("from January to March 2024")]
    assert found == [("January", "month", (2024, 1)), ("March 2024", "month", (2024, 3))]


def test_without_a_plural_the_head_noun_is_the_last_word_and_for_one_the_first():
    """`_guess_noun` mutant 81 took the first word whatever the number."""
    from factcheck.text.numbers import _guess_noun

    assert _guess_noun("5 air defence", 1, 5.0) == "defence"
    assert _guess_noun("1 air defence", 1, 1.0) == "air"
    assert [(m.text, m.unit) for m in find_mentions("It used 5 air defence.")] == [
        ("5", "defence")]


def test_a_half_after_an_ordinal_is_a_part_of_time_not_a_number():
    """`phrases` mutant 212 misspelt "last": "the last half of the year" read 0.5."""
    for lead in ("first", "second", "last", "latter", "other", "former", "final", "every"):
        assert find_mentions(f"in the {lead} half of the year") == [], lead
    assert [(m.text, m.low) for m in find_mentions("half of the city")] == [("half", 0.5)]
