"""Dates, month names and points of other languages at the edges mutation testing found
untested (benchmarks/mutation-survivors.md, branch mutate6): a month name or the first
day of a range after a date taken earlier, the number word after a month name, "del año
pasado" read with its month, tenths of a point."""

from __future__ import annotations

from factcheck.text.numbers import find_mentions


def _read(text: str, language: str) -> list[tuple]:
    return [(m.text, m.low, m.high, m.kind, m.unit)
            for m in find_mentions(text, strict_one=False, language=language)]


def test_a_month_name_after_a_date_is_a_month():
    """"Bis zum 3.5.2024 und im Juni": June is read after the date: kills
    ``languages.x_scan__mutmut_189`` (a bare month read only where the text before it is
    free)."""
    assert [m[3] for m in _read("Bis zum 3.5.2024 und im Juni gab es Wahlen.", "de")] == [
        "date", "monthname"]


def test_the_first_day_of_a_range_after_a_date_is_a_day():
    """"vom 25. bis 28. Juni 2025" after "3.5.2024": the 25th is a day, not the number 25:
    kills ``languages.x_scan__mutmut_129``."""
    found = _read("Am 3.5.2024 und vom 25. bis 28. Juni 2025.", "de")
    assert [(m[0], m[3]) for m in found] == [
        ("3.5.2024", "date"), ("25", "date"), ("28. Juni 2025", "date")]


def test_the_word_after_a_month_name_is_read():
    """"En mayo tres personas", "Im Mai zwanzig Menschen", "Im Mai Montag": the number
    word or weekday right after a month name is read: kills
    ``languages.x_scan__mutmut_226`` (the token after a month skipped)."""
    assert _read("En mayo tres personas murieron.", "es")[1] == (
        "tres", 3.0, 3.0, "number", "personas")
    assert _read("Im Mai zwanzig Menschen.", "de")[1][:2] == ("zwanzig", 20.0)
    assert _read("Im Mai Montag.", "de")[1][3] == "weekday"


def test_a_month_of_last_year_spans_its_words():
    """"junio del año pasado" is one mention, the month and the words that date it:
    kills ``languages.x_scan__mutmut_211`` (the mention cut to "junio")."""
    assert _read("En junio del año pasado murieron 5 personas.", "es")[0][:1] == (
        "junio del año pasado",)


def test_tenths_of_a_point_are_one_value():
    """"tres décimas de punto" is 0.3 percentage points, low and high: kills
    ``numbers.x__points__mutmut_34`` (no high end)."""
    first = _read("El paro bajó tres décimas de punto.", "es")[0]
    assert first == ("tres décimas de punto", 0.3, 0.3, "number", "percentage point")
