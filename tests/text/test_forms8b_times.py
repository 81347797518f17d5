"""Dotted times after the word for "at" or before "local time", Vietnamese whole hours and
game clocks (held-out tests 8-10)."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _read(text: str, lang: str) -> list[tuple[str, str, float | None, str | None]]:
    return [(m.text, m.kind, m.low, m.unit) for m in find_mentions(text, language=lang)]


@pytest.mark.parametrize(("text", "lang", "written", "hours"), [
    ("L’orario previsto è per le 22.51 ora locale", "it", "22.51", 22 + 51 / 60),
    ("quando in Italia saranno le 3.51 del 2 settembre", "it", "3.51", 3 + 51 / 60),
    ("il lancio è previsto alle 22.51", "it", "22.51", 22 + 51 / 60),
    ("o foguete parte às 22.51", "pt", "22.51", 22 + 51 / 60),
    ("el cohete despega a las 22.51", "es", "22.51", 22 + 51 / 60),
    ("la fusée décolle à 22.51", "fr", "22.51", 22 + 51 / 60),
    ("lift-off at 22.51 local time", "en", "22.51", 22 + 51 / 60),
    ("Τελευτ. ενημέρωση 10.54", "el", "10.54", 10 + 54 / 60),
    ("ώρα 10.54", "el", "10.54", 10 + 54 / 60),
    ("thống kê đến 19h hôm nay", "vi", "19h", 19.0),
])
def test_a_dotted_time_after_at_or_before_local_time(text, lang, written, hours):
    times = [(w, low) for w, kind, low, _ in _read(text, lang) if kind == "time"]
    assert times == [(written, pytest.approx(hours))]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("the index rose 22.51 percent", "en", 22.51),
    ("shares were at 22.51 on Friday", "en", 22.51),
    ("alle 22.51%", "it", 22.51),
])
def test_a_decimal_stays_a_decimal(text, lang, value):
    got = _read(text, lang)
    assert all(kind != "time" for _, kind, _, _ in got)
    assert value in [low for _, _, low, _ in got]


@pytest.mark.parametrize("text", ["trong 24h qua", "chỉ trong 12h", "mất 3h để đến"])
def test_vietnamese_hours_of_a_span_are_no_time_of_day(text):
    assert all(kind != "time" for _, kind, _, _ in _read(text, "vi"))


@pytest.mark.parametrize(("text", "written", "seconds"), [
    ("During one stretch from 6:32 of the fourth quarter", "6:32", 392.0),
    ("until 1:31 remaining", "1:31", 91.0),
    ("the 2:05 mark of the third", "2:05", 125.0),
    ("with 4:10 left in the game", "4:10", 250.0),
    ("at 3:12 of overtime", "3:12", 192.0),
])
def test_a_game_clock_is_minutes_and_seconds(text, written, seconds):
    assert (written, "number", seconds, "second") in _read(text, "en")


@pytest.mark.parametrize(("text", "hours"), [
    ("The game tips off at 6:30 in the evening", 6.5),
    ("the 9:15 train left", 9.25),
])
def test_a_clock_time_without_a_period_stays_a_time_of_day(text, hours):
    assert [low for _, kind, low, _ in _read(text, "en") if kind == "time"] == [hours]
