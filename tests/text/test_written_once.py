"""A quote's mentions are read once for its meaning, decimals and multiple, and the
answers are those of a fresh reading."""

from __future__ import annotations

from factcheck.text import written
from factcheck.text.numbers import find_mentions


def test_one_reading_serves_meaning_decimals_and_multiple(monkeypatch):
    calls: list[tuple[str, str | None]] = []

    def counted(text, strict_one=True, language=None):
        calls.append((text, language))
        return find_mentions(text, strict_one=strict_one, language=language)

    written._mentions.cache_clear()
    monkeypatch.setattr(written, "find_mentions", counted)
    quote = "turnout was about 67.0% and 2.7 times the 2019 figure"
    assert written.written_meaning(quote, 67.0) == "approx"
    assert written.written_decimals(quote, 67.0) == 1
    assert written.written_multiple(quote, 2.7) is True
    assert written.written_decimals(quote, 67.0, "de") == 1
    assert calls == [(quote, None), (quote, "de")]
    written._mentions.cache_clear()


def test_answers_equal_a_fresh_reading(monkeypatch):
    quotes = [("more than 2,000 fled; 2,000 returned", 2000.0, None),
              ("rund 4,3 Milliarden Euro, 46,40 %", 46.4, "de"),
              ("2.7倍に増えた", 2.7, "ja"), ("1,300 homes", 1300.0, None)]
    first = [(written.written_meaning(q, v, lang), written.written_decimals(q, v, lang),
              written.written_multiple(q, v, lang)) for q, v, lang in quotes]
    written._mentions.cache_clear()
    monkeypatch.setattr(written, "_mentions",
                        lambda q, lang: tuple(find_mentions(q, language=lang)))
    fresh = [(written.written_meaning(q, v, lang), written.written_decimals(q, v, lang),
              written.written_multiple(q, v, lang)) for q, v, lang in quotes]
    assert first == fresh
