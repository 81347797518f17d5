"""Forms of held-out batch 16 (and batch 13's Turkish month): multiplicatives in one word,
Slavic tens and hundreds that multiply, a result line with dashes, "no change" as 0, a
bare hour after the word for hour, a month with a Turkish case ending."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _read(text: str, lang: str | None, strict_one: bool = True) -> list[tuple]:
    return [(m.text, m.low, m.unit, m.kind)
            for m in find_mentions(text, language=lang, strict_one=strict_one)]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("gleich zweimal gemessen", "de", 2.0), ("dreimal", "de", 3.0),
    ("het gebeurde tweemaal", "nl", 2.0),
])
def test_how_many_times_in_one_word(text, lang, value):
    assert [(r[1], r[2]) for r in _read(text, lang)] == [(value, "time")]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("более двух десятков населенных пунктов", "ru", 20.0),
    ("два десятка домов", "ru", 20.0),  # was read as 12: a wrong value grounded
    ("три сотни человек", "ru", 300.0),  # was 103
    ("два десятки будинків", "uk", 20.0),
])
def test_slavic_tens_and_hundreds_multiply(text, lang, value):
    assert [r[1] for r in _read(text, lang)] == [value]


@pytest.mark.parametrize(("text", "lang"), [("“Шахтар” – “Динамо” – 3:1", "uk"),
                                            ("Chelsea – Arsenal – 3:1", None)])
def test_a_result_line_with_dashes(text, lang):
    assert [(r[1], r[2]) for r in _read(text, lang)] == [(3.0, "score"), (1.0, "score")]


@pytest.mark.parametrize(("text", "lang"), [("全國居民消費價格環比持平。", "zh"),
                                            ("the rate was unchanged at 5%", None)])
def test_no_change_is_zero_when_grounding(text, lang):
    assert 0.0 in [r[1] for r in _read(text, lang, strict_one=False)]
    assert 0.0 not in [r[1] for r in _read(text, lang)]


@pytest.mark.parametrize(("text", "lang", "hours"), [
    ("avvenuto poco dopo le ore 16 sulla", "it", 16.0),
    ("w czwartek około godziny 21.", "pl", 21.0), ("o godz. 21", "pl", 21.0),
])
def test_a_bare_hour_after_the_word_for_hour(text, lang, hours):
    assert [r[1] for r in _read(text, lang) if r[3] == "time"] == [hours]


def test_a_turkish_month_with_its_case_ending():
    [m] = find_mentions("en çok yağış 23 Ekim'de Çanakkale", language="tr")
    assert m.monthday == (10, 23)
