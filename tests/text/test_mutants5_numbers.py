"""Reading numbers and dates at the edges mutation testing of the code changed since
cc510f8 found untested (benchmarks/mutation-survivors.md, branch mutate5): a mention
beside one taken earlier in the text, a mixed fraction before other numbers, military
times, "next May", a range before another language's scale word, "las diez y diez",
and the script of an English text that names an office in Hangul or Bengali."""

from __future__ import annotations

import pytest

from factcheck.text.languages import detect
from factcheck.text.numbers import find_mentions


def _read(text: str, lang: str | None = None, **kw) -> list[tuple]:
    return [(m.text, m.kind, m.low) for m in find_mentions(text, language=lang, **kw)]


def test_a_fraction_after_a_date_is_read():
    """"two-thirds" after a date taken earlier in the sentence is still a fraction: kills
    ``numbers.xǁ_Scannerǁphrases__mutmut_238`` (the fraction asked to be free from the
    start of the text)."""
    assert _read("On 3 May, two-thirds of the 1,200 homes were lost") == [
        ("3 May", "monthday", None), ("two-thirds", "fraction", 2 / 3),
        ("1,200", "number", 1200.0)]


def test_the_numbers_after_a_mixed_fraction_are_read():
    """"2-1/2 minutes" overlaps the atoms read inside it; the numbers after it are still
    read (Reuters: "About 2-1/2 minutes after launch ... 40 miles"): kills
    ``numbers.xǁ_Scannerǁatoms__mutmut_296`` (``break`` for ``continue``)."""
    assert _read("About 2-1/2 minutes after launch, the stage separated 40 miles up.") == [
        ("2-1/2 minutes", "duration", 2.5), ("40", "number", 40.0)]


def test_a_military_time_is_one_point_in_the_day():
    """"at 0400 hrs" is 4 hours after midnight, low and high alike (a draft makes it the
    value 4, coverage compares both ends): kills ``numbers.xǁ_Scannerǁdates__mutmut_332``
    (no high end)."""
    [m] = find_mentions("The strike began at 0400 hrs")
    assert (m.text, m.kind, m.low, m.high) == ("0400 hrs", "time", 4.0, 4.0)


def test_next_may_is_a_month_of_the_year_after_publication():
    """"Elections are due next May": the month one year ahead of the publication's, "in
    May" the publication's own: kills ``numbers.xǁ_Scannerǁdates__mutmut_527``."""
    assert [m.month for m in find_mentions("Elections are due next May")] == [(1, 5)]
    assert [m.month for m in find_mentions("Elections were held in May")] == [(0, 5)]


def test_a_range_before_a_scale_word_counts_the_noun_after_it():
    """"2-3 millones de personas": the range of millions counts people (grounding asks
    what a number counts): kills ``numbers.x__scaled_pairs__mutmut_66`` (no noun)."""
    [m] = find_mentions("Huyeron 2-3 millones de personas", language="es")
    assert (m.kind, m.low, m.high, m.unit) == ("range", 2e6, 3e6, "personas")


def test_two_equal_number_words_joined_by_and_are_two_numbers():
    """Spanish "a las diez y diez" (ten past ten) is 10 and 10, not twenty: "y" joins a
    smaller number to a round one ("treinta y dos"), never an equal one: kills
    ``languages.x__joined__mutmut_38`` (``<=``)."""
    assert _read("a las diez y diez de la noche", "es") == [
        ("diez", "number", 10.0), ("diez", "number", 10.0)]


def test_a_month_and_year_after_a_date_in_digits():
    """Polish "W dniu 03.05.2024, a w czerwcu 2025": June 2025 is read although a date was
    taken before it: kills ``languages.x_scan__mutmut_57`` (free from the text's start)."""
    assert [(m.text, m.kind, m.month) for m in find_mentions(
        "W dniu 03.05.2024, a w czerwcu 2025", language="pl")] == [
        ("03.05.2024", "date", None), ("czerwcu 2025", "month", (2025, 6))]


@pytest.mark.parametrize(("text", "lang", "weekday"), [
    ("Na quarta-feira, 03.05.2024, o governo", "pt", "quarta-feira"),
    ("El miércoles 03.05.2024 el gobierno", "es", "miércoles"),
])
def test_a_weekday_before_a_date_in_digits(text, lang, weekday):
    """A weekday is read though a date is taken after it: kills
    ``languages.x_scan__mutmut_250`` (the weekday asked to be free to the text's end)."""
    found = [(m.text, m.kind, m.weekday) for m in find_mentions(text, language=lang)]
    assert found[0] == (weekday, "weekday", 2)


@pytest.mark.parametrize(("text", "lang", "ordinal"), [
    ("Am 3. Mai stieg die Zahl das achte Jahr in Folge", "de", ("achte", 8.0)),
    ("Le 3 mai, pour la troisième fois", "fr", ("troisième", 3.0)),
    ("El 3 de mayo, por tercera vez", "es", ("tercera", 3.0)),
])
def test_an_ordinal_after_a_date_counts(text, lang, ordinal):
    """Grounding reads "das achte Jahr" as 8 also after a date: kills
    ``languages.x_scan_singulars__mutmut_22`` (free from the text's start)."""
    found = [(m.text, m.low) for m in find_mentions(text, language=lang, strict_one=False)]
    assert ordinal in found


@pytest.mark.parametrize("text", [
    "The Bank of Korea (한국은행) said on Thursday that the economy grew 0.6 percent, "
    "citing Statistics Korea (통계청) and the finance ministry (기획재정부).",
    "Bangladesh Bank (বাংলাদেশ ব্যাংক) said reserves fell to 20 billion dollars, the "
    "central bank of Bangladesh reported on Sunday.",
])
def test_an_english_text_naming_an_office_in_another_script_is_english(text):
    """Fewer than 20 letters of a script do not make a text Korean or Bengali: kills
    ``languages.x_detect__mutmut_45`` and ``_86`` (each letter counted twice)."""
    assert detect(text) == "en"
