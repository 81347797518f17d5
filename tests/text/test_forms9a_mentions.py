"""What the readers of Persian, Thai, Japanese, Korean and Vietnamese number forms leave
alone: dates, lists and words that only look like the forms."""

from __future__ import annotations

from factcheck.text.languages import ascii_digits
from factcheck.text.numbers import find_mentions


def _read(text: str, lang: str) -> list[tuple[str, float | None]]:
    return [(m.text, m.low) for m in find_mentions(text, language=lang)]


def test_persian_slash_date_is_no_decimal() -> None:
    assert "." not in ascii_digits("تاریخ ۱۴۰۳/۰۱/۱۹")
    assert ascii_digits("۵۷/۵۰") == "57.50"


def test_persian_and_joins_only_a_smaller_rest() -> None:
    assert _read("۲ میلیون و ۵ نفر", "fa") == [("۲ میلیون", 2e6), ("۵", 5.0)]
