"""Reading numbers at the edges mutation testing of the code changed since 662dd84 found
untested (benchmarks/mutation-survivors.md, commit cc510f8): a bare scale word after a
larger one ("dos millones mil"), a mention's text after a scale word of another
language, the number words of a run that starts inside "a hundred", numbers beside a
date, "none of", dates in digits, language tags with a region."""

from __future__ import annotations

import datetime

import pytest

from factcheck.text.languages import scan
from factcheck.text.nouns import Aliases
from factcheck.text.numbers import find_mentions


def _numbers(text: str, lang: str | None = None) -> list[tuple[str, float | None]]:
    return [(m.text, m.low) for m in find_mentions(text, language=lang)
            if m.kind == "number"]


def _anywhere(start: int, end: int) -> bool:
    return True


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("dos millones mil quinientos", "es", 2_001_500.0),  # 2,000,000 + 1,000 + 500
    ("deux millions mille", "fr", 2_001_000.0),
    ("два мільйони тисяча", "uk", 2_001_000.0),
])
def test_a_bare_scale_word_after_a_larger_one_counts_one(text, lang, value):
    """A scale word with no number word before it ("mil", "mille", "тисяча") stands for
    one of it, also right after a larger scale: kills ``languages.x_scan__mutmut_258``
    (``max(current, 2)``: 2,002,500)."""
    assert [f.value for f in scan(text, lang, _anywhere)] == [value]
    assert _numbers(text, lang) == [(text, value)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("sekitar five juta orang", "id", ("five juta", 5_000_000.0)),
    ("one bin asker", "tr", ("one bin", 1000.0)),
])
def test_a_mention_extended_by_a_scale_word_has_the_text_of_its_span(text, lang, expected):
    """An English number word before another language's scale word: the scale is read
    after the mention is found, and the mention's text grows with its end (ASCII text is
    not rebuilt from the offsets afterwards): kills ``numbers.x__foreign__mutmut_31``."""
    found = find_mentions(text, language=lang)
    assert expected in [(m.text, m.low) for m in found]
    assert all(m.text == text[m.start:m.end] for m in found)


def test_the_words_after_a_skipped_part_of_a_run_are_still_read():
    """"a hundred twelve twelve-year-olds": the word run "hundred twelve twelve" starts
    inside "a hundred"; its first number is skipped as overlapping and the next one is
    still read: kills ``numbers.xǁ_Scannerǁatoms__mutmut_278`` (``break`` for
    ``continue``), which dropped the rest of the run."""
    text = "a hundred twelve twelve-year-olds"
    found = [(m.text, m.kind, m.low) for m in find_mentions(text)]
    assert ("twelve-year", "duration", 12.0) in found
    assert found[0] == ("a hundred twelve", "number", 112.0)  # 112 twelve-year-olds


def test_a_larger_scale_multiplies_the_number_words_before_it():
    """"dos mil doscientos millones": (2,000 + 200) millions; kills
    ``languages.x_scan__mutmut_250`` (``total - current``: 1,800 millions)."""
    text = "dos mil doscientos millones de euros"
    assert [f.value for f in scan(text, "es", _anywhere)] == [2_200_000_000.0]


@pytest.mark.parametrize(("text", "expected"), [
    ("A hundred and fifty people died on April 26, 2025.", ("A hundred and fifty", 150.0)),
    ("A dozen people died on April 26, 2025.", ("A dozen", 12.0)),
    ("On April 26, 2025, a quarter of a million people marched.",
     ("a quarter of a million", 250_000.0)),
])
def test_a_number_is_read_beside_a_date_taken_before_it(text, expected):
    """A date is read first; the number words before or after it are still free: kills
    ``numbers.xǁ_Scannerǁatoms__mutmut_115`` and ``_182`` ("a dozen", "a hundred and
    fifty" asked to be free up to the end of the text) and
    ``xǁ_Scannerǁfraction_scales__mutmut_68`` (from the start of the text)."""
    found = [(m.text, m.low) for m in find_mentions(text)]
    assert expected in found and ("April 26, 2025", None) in found


@pytest.mark.parametrize(("text", "unit"), [("none of the drones hit", None),
                                            ("neither of the drones hit", None),
                                            ("no one was hurt", "people")])
def test_none_and_neither_count_no_people(text, unit):
    """"none of", "neither of" stand for zero of what follows, "no one" for zero people:
    kills ``numbers.xǁ_Scannerǁphrases__mutmut_22`` (people for all of them)."""
    [m] = find_mentions(text)
    assert (m.kind, m.low, m.unit) == ("implicit", 0.0, unit)


def test_dates_written_in_digits_are_dates():
    """ISO, day.month.year and month/day/year dates are of kind "date": kills
    ``numbers.xǁ_Scannerǁdates__mutmut_88`` and its like (the kind mistyped)."""
    text = "on 2025-04-26, 26.04.2025 and 4/26/2025"
    found = [(m.text, m.kind, m.date) for m in find_mentions(text)]
    day = datetime.date(2025, 4, 26)
    assert found == [("2025-04-26", "date", day), ("26.04.2025", "date", day),
                     ("4/26/2025", "date", day)]


@pytest.mark.parametrize(("region", "lang"), [("pt-BR", "pt"), ("hi-IN", "hi")])
def test_a_language_tag_with_a_region_reads_as_its_language(region, lang):
    """A sheet in "pt-BR" or "hi-IN" names its units as one in "pt" or "hi" does: kills
    ``nouns.xǁAliasesǁ__init____mutmut_3`` (the tag not split at "-")."""
    tagged, plain = Aliases(None, region), Aliases(None, lang)
    assert tagged.forms("person") == plain.forms("person")
    assert "gente" in Aliases(None, "pt-BR").forms("person")
    assert Aliases(None, "hi-IN").names("drone", "ड्रोनों")


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("Збитки склали 1.234.567 тис. гривень", "uk", ("1.234.567 тис.", 1_234_567_000.0)),
    ("1.234.567 тыс. рублей", "ru", ("1.234.567 тыс.", 1_234_567_000.0)),
])
def test_digits_grouped_by_points_before_a_scale_in_ukrainian_and_russian(text, lang, expected):
    """Ukrainian and Russian digits before a scale are read with their own digit run
    (groups of three by spaces, a decimal comma or point): the run of the other
    languages takes "1.234.567" whole and fails to read it (kills
    ``languages.x_scan_compounds__mutmut_3``)."""
    assert expected in [(m.text, m.low) for m in find_mentions(text, language=lang)]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("二〇二四年", "zh", ("二〇二四", 2024.0)), ("死者二〇人", "ja", ("二〇", 20.0))])
def test_kanji_digits_without_units_are_read_digit_by_digit(text, lang, expected):
    """"二〇二四" is 2024 and "二〇" 20, read digit by digit (kills
    ``locales.x__kanji_value__mutmut_8``, the digits joined by "XXXX")."""
    assert [(m.text, m.low) for m in find_mentions(text, language=lang)] == [expected]


@pytest.mark.parametrize("text", ["in a thirds of cases", "A fifths.", "an eighths of"])
def test_a_plural_fraction_word_needs_a_count_before_it(text):
    """"thirds", "fifths" count nothing without a number before them, also after "a"
    (pins the rule; kills ``numbers.xǁ_Scannerǁphrases__mutmut_231``, which read
    "a thirds" as a third)."""
    assert [m for m in find_mentions(text) if m.kind == "fraction"] == []


@pytest.mark.parametrize("text", ["the two halves of the match", "over four quarters of play"])
def test_fractions_adding_up_to_a_whole_are_no_fraction(text):
    """"two halves", "four quarters" make one whole: no fraction mention of 1 (kills
    ``numbers.xǁ_Scannerǁphrases__mutmut_273``, ``value <= 1``)."""
    assert [m.low for m in find_mentions(text) if m.kind == "fraction"] == []


def test_the_29th_of_february_without_a_year():
    """A day and month with no year are checked against a leap year: 29 February is a
    day (kills ``numbers.xǁ_Scannerǁdates__mutmut_419``, checked against 2001)."""
    found = [(m.text, m.kind, m.monthday) for m in find_mentions("on February 29 and 29 "
                                                                 "February")]
    assert found == [("February 29", "monthday", (2, 29)), ("29 February", "monthday", (2, 29))]


def test_a_bare_month_after_a_date():
    """"in May" after a full date earlier in the text is still a month of the
    publication's year (kills ``numbers.xǁ_Scannerǁdates__mutmut_447``: the month asked to
    be free from the start of the text)."""
    text = "On 26 April 2025 the council met, and in May it voted."
    found = [(m.text, m.kind, m.month) for m in find_mentions(text)]
    assert ("May", "monthname", (0, 5)) in found


def test_french_number_words_joined_by_a_hyphen_are_one_number():
    """"vingt-deux" is 22: a hyphen joins the words of one number (kills
    ``languages.x_scan__mutmut_211``, which broke the number at the hyphen)."""
    assert [f.value for f in scan("vingt-deux morts", "fr", _anywhere)] == [22.0]


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("مقتل شخصين في 5 مايو 2025", "ar", ("شخصين", "number", 2.0)),
    ("In 2007-08 spending rose, and on 26 April 2025 it fell.", None, ("2007-08", "year", 2007.0)),
])
def test_a_mention_before_a_date_is_read(text, lang, expected):
    """An Arabic dual and a two-year span read before a date later in the text (kills
    ``languages.x__duals__mutmut_10`` and ``numbers.xǁ_Scannerǁdates__mutmut_341``:
    asked to be free up to the end of the text)."""
    assert expected in [(m.text, m.kind, m.low) for m in find_mentions(text, language=lang)]


def test_an_hour_without_minutes_ends_at_its_am_pm():
    """"9 p.m." is the time 21:00 and its text ends after "p.m." (kills
    ``numbers.xǁ_Scannerǁdates__mutmut_168``: an end taken from the missing minutes)."""
    found = [(m.text, m.kind, m.low) for m in find_mentions("at 9 p.m. on Friday")]
    assert found[0] == ("9 p.m.", "time", 21.0)


@pytest.mark.parametrize(("text", "expected"), [("5 mil mill. de euros", "5 mil mill."),
                                                ("2 mil millones. Luego", "2 mil millones.")])
def test_the_point_after_a_second_scale_word_belongs_to_the_figure(text, expected):
    """The point of an abbreviation after the second scale word ("mill.") is part of the
    figure (kills ``languages.x_scale_after__mutmut_50``: the end moved back one)."""
    assert [m.text for m in find_mentions(text, language="es")] == [expected]


@pytest.mark.parametrize("text", ["First half profits rose", "Second half of the year"])
def test_an_ordinal_before_half_written_with_a_capital(text):
    """"First half", "Second half" at a sentence start are no fraction (kills
    ``numbers.xǁ_Scannerǁphrases__mutmut_194``, which read only lower-case letters)."""
    assert [m for m in find_mentions(text) if m.kind == "fraction"] == []


@pytest.mark.parametrize("text", ["في 26 إبريل 2025 قتل", "في 26 أبريـل 2025 قتل"])
def test_an_arabic_month_written_another_way_is_found_by_its_normal_form(text):
    """"إبريل" (hamza below) and "أبريـل" (with a tatweel) are April by their normal
    form, not as written (kills ``languages.x_scan__mutmut_18``, which looked the month
    up as written only)."""
    found = [(m.kind, m.date) for m in find_mentions(text, language="ar")]
    assert found == [("date", datetime.date(2025, 4, 26))]


@pytest.mark.parametrize(("text", "lang"), [("25 au 28 novembre 2024", "fr"),
                                            ("25 e 28 de novembro de 2024", "pt"),
                                            ("25-28 listopada 2024", "pl")])
def test_a_range_of_days_at_the_start_of_a_text(text, lang):
    """Both days of "25 au 28 novembre 2024" are dates, also when the first day opens the
    text (kills ``languages.x_scan__mutmut_86``: the first day looked for from offset 1)."""
    found = [(m.text, m.date) for m in find_mentions(text, language=lang)]
    assert found[0] == ("25", datetime.date(2024, 11, 25))
    assert found[1][1] == datetime.date(2024, 11, 28)
