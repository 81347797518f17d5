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


def test_a_drawn_result_is_a_score():
    """"The match ended 2-2": a draw is a result like "4-1" (both sides count goals), not
    two bare numbers: kills ``numbers.xǁ_Scannerǁ_score__mutmut_9`` (``<=``: only a first
    side above the second made a score)."""
    assert [(m.text, m.unit) for m in find_mentions("The match ended 2-2 after extra time")] \
        == [("2", "score"), ("2", "score")]


def test_years_two_apart_are_no_fiscal_year():
    """"in 2019-21" is no fiscal year (2019-20 would be): kills
    ``numbers.xǁ_Scannerǁdates__mutmut_383`` (``or``: any free pair read as 2019-2020)."""
    assert ("2019-21", "year") not in [(m.text, m.kind) for m in find_mentions(
        "in 2019-21 the rate rose")]
    assert [(m.text, m.kind, m.low, m.high) for m in find_mentions("in fiscal 2007-08")] == [
        ("2007-08", "year", 2007.0, 2008.0)]


@pytest.mark.parametrize(("text", "lang", "month"), [
    ("Die Studie vom October 2021 zeigt", "de", (2021, 10)),
    ("El informe de November 2021 muestra", "es", (2021, 11)),
])
def test_an_english_month_name_in_another_language(text, lang, month):
    """An English month and year in a German or Spanish text is a month (only a day
    with a dot before it, "am 14. November 2021", is left to the language's dates): kills
    ``numbers.xǁ_Scannerǁdates__mutmut_419`` (``or``: every month skipped there)."""
    assert [(m.kind, m.month) for m in find_mentions(text, language=lang)] == [
        ("month", month)]


def test_a_hundred_and_fifty_after_a_date():
    """"On 3 May, a hundred and fifty people fled": 150, though a date is taken before
    it: kills ``numbers.xǁ_Scannerǁatoms__mutmut_190`` (free from the text's start:
    "a hundred")."""
    assert _read("On 3 May, a hundred and fifty people fled")[-1] == (
        "a hundred and fifty", "number", 150.0)


def test_a_military_time_after_a_date():
    """"On May 3, 2024 the strike began at 0400 hrs": 4 o'clock, though a date is taken
    before it: kills ``numbers.xǁ_Scannerǁdates__mutmut_313`` (read as the number 400)."""
    assert _read("On May 3, 2024 the strike began at 0400 hrs")[-1] == (
        "0400 hrs", "time", 4.0)


def test_the_first_of_the_month_in_brackets_after_a_weekday():
    """Brazilian "nesta quarta-feira (1)": Wednesday the 1st, as "(31)" is the 31st:
    kills ``languages.x_scan__mutmut_271`` (``1 <``)."""
    found = find_mentions("O acordo foi assinado nesta quarta-feira (1) em Brasília",
                          language="pt")
    assert [(m.text, m.kind, m.monthday) for m in found][-1] == ("1", "monthday", (0, 1))


@pytest.mark.parametrize(("text", "lang"), [
    ("משרד הבריאות הודיע כי 12 בני אדם נהרגו בתקיפה הלילה בצפון הארץ", "he"),
    ("กระทรวงสาธารณสุขรายงานว่ามีผู้เสียชีวิต 12 คนจากเหตุการณ์ดังกล่าว", "th"),
    ("وزارت بهداشت ایران اعلام کرد که ۱۲ نفر در این حادثه کشته شدند و چند نفر زخمی شدند",
     "fa"),
    ("Влада Србије је саопштила да је 12 особа погинуло", "sr"),  # three of ђјљњћџ
    ("Этот съезд объявил о подъезде к городу 12 колонн, сообщает агентство", "ru"),
])
def test_the_language_of_a_text_from_its_script(text, lang):
    """Hebrew, Thai and Persian by their letters; Serbian by three letters Russian does not
    have; Russian with "ъ" three times is still Russian when its "Э" is a capital: kills
    ``languages.x_detect__mutmut_25``, ``_29``, ``_74``, ``_168``, ``_194`` (a script's
    count or name lost), ``x__cyrillic_language__mutmut_11`` (four letters) and ``_25``
    (capital Ы, Э, Ё not seen)."""
    assert detect(text) == lang


def test_nineteen_greek_letters_do_not_make_a_text_greek():
    """An English text naming ELSTAT, Athens and Piraeus in Greek (19 letters) is
    English: kills ``languages.x_detect__mutmut_24`` (Greek counted from 1)."""
    assert detect("The statistics office ELSTAT (ΕΛΣΤΑΤ), with offices in Athens (Αθήνα) "
                  "and Piraeus (Πειραιάς), said 12 percent.") == "en"
