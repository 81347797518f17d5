"""Day and month with a slash and no year in languages that write the day first, and
Korean or Japanese day ranges with the day word after the second day only (held-out tests
10 and 11)."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _days(text: str, lang: str) -> list[tuple[str, tuple[int, int] | None]]:
    return [(m.text, m.monthday) for m in find_mentions(text, language=lang)
            if m.kind == "monthday"]


@pytest.mark.parametrize(("text", "lang", "written", "monthday"), [
    ("Tối 29/9, Cục Quản lý đê điều cho biết", "vi", "29/9", (9, 29)),
    ("mất liên lạc từ ngày 27/9", "vi", "27/9", (9, 27)),
    ("el 29/9 se celebró", "es", "29/9", (9, 29)),
    ("Kamis (2/1) pagi", "id", "2/1", (1, 2)),
    ("no dia 3/10 houve", "pt", "3/10", (10, 3)),
])
def test_a_day_and_month_with_a_slash(text, lang, written, monthday):
    assert _days(text, lang) == [(written, monthday)]


@pytest.mark.parametrize(("text", "lang"), [
    ("2/3 dân số", "vi"),  # a fraction
    ("on 29/9 we met", "en"),  # English is not read day first
    ("el 29/9% restante", "es"),
    ("ngày 29/9/2025", "vi"),  # a full date
])
def test_no_day_and_month_without_a_date_word(text, lang):
    assert _days(text, lang) == []


def test_a_full_date_is_still_a_date():
    [m] = find_mentions("ngày 29/9/2025", language="vi")
    assert m.kind == "date" and m.date is not None and m.date.isoformat() == "2025-09-29"


@pytest.mark.parametrize(("text", "lang", "expected"), [
    ("지난 5~6일 이틀간", "ko", [("5", (0, 5)), ("6일", (0, 6))]),
    ("4월 5~6일 실시", "ko", [("4월 5", (4, 5)), ("6일", (4, 6))]),
    ("지난달 5~6일", "ko", [("지난달 5", (-1, 5)), ("6일", (-1, 6))]),
    ("5～6日に", "ja", [("5", (0, 5)), ("6日", (0, 6))]),
])
def test_both_ends_of_a_day_range_are_days(text, lang, expected):
    assert _days(text, lang) == expected


def test_a_descending_pair_is_no_day_range():
    assert ("6", (0, 6)) not in _days("6~5일", "ko")
