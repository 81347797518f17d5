"""Numbers, dates and counted nouns in Ukrainian, Russian and Hindi, every field pinned:
inflected number words, collective numerals, scale words, native digits, day-of-month."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (
            ("26 квітня 2025 року", "uk"),
            [("26 квітня 2025 року", None, None, "date", None, "2025-04-26", None, None)],
        ),
        (
            ("шістдесят шість дронів", "uk"),
            [("шістдесят шість", 66.0, 66.0, "number", "дрон", None, None, None)],
        ),
        (("двох людей", "uk"), [("двох", 2.0, 2.0, "number", "людина", None, None, None)]),
        (("обидва дрони", "uk"), [("обидва", 2.0, 2.0, "number", "дрон", None, None, None)]),
        (("троє людей", "uk"), [("троє", 3.0, 3.0, "number", "людина", None, None, None)]),
        (("26 апреля", "ru"), [("26 апреля", None, None, "monthday", None, None, None, (4, 26))]),
        (
            ("оба беспилотника", "ru"),
            [("оба", 2.0, 2.0, "number", "беспилотник", None, None, None)],
        ),
        (("загинула жінка", "uk"), [("жінка", 1.0, 1.0, "number", "жінка", None, None, None)]),
        (
            ("12 тис. гривень", "uk"),
            [("12 тис.", 12000.0, 12000.0, "number", "гривня", None, None, None)],
        ),
        (
            ("26-го числа", "uk"),
            [("26-го числа", None, None, "monthday", None, None, None, (0, 26))],
        ),
        (("5 लाख रुपये", "hi"), [("5 लाख", 500000.0, 500000.0, "number", "रुपये", None, None, None)]),
        (("२६ अप्रैल", "hi"), [("२६ अप्रैल", None, None, "monthday", None, None, None, (4, 26))]),
        (
            ("сто двадцять п'ять дронів", "uk"),
            [("сто двадцять п'ять", 125.0, 125.0, "number", "дрон", None, None, None)],
        ),
        (("ніхто не постраждав", "uk"), [("ніхто не", 0.0, 0.0, "number", None, None, None, None)]),
    ],
)
def test_mentions(call, expected):
    text, language = call
    got = [
        (
            m.text,
            m.low,
            m.high,
            m.kind,
            m.unit,
            m.date.isoformat() if m.date else None,
            m.month,
            m.monthday,
        )
        for m in find_mentions(text, language=language, strict_one=False)
    ]
    assert got == expected
