"""Ways news writes numbers that a held-out batch of real articles showed misread."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _read(text: str, lang: str | None = None) -> list[tuple]:
    return [(m.text, m.low, m.high, m.kind) for m in find_mentions(text, language=lang)]


@pytest.mark.parametrize(("text", "lang", "value", "unit"), [
    ("un millón de euros", "es", 1e6, "euros"),
    ("un million d'euros", "fr", 1e6, "euros"),
    ("von rund einer Million Euro am Zug", "de", 1e6, "euro"),
    ("eine Milliarde Euro", "de", 1e9, "euro"),
    ("um milhão de reais", "pt", 1e6, "reais"),
    ("een miljoen euro", "nl", 1e6, "euro"),
])
def test_one_before_a_scale_word_is_one_of_that_scale(text, lang, value, unit):
    [m] = find_mentions(text, language=lang)
    assert (m.low, m.unit) == (value, unit)


@pytest.mark.parametrize(("text", "lang"), [("una persona murió", "es"), ("eine Frau", "de"),
                                            ("un homme", "fr")])
def test_one_alone_stays_an_article(text, lang):
    assert find_mentions(text, language=lang) == []


def test_bare_hundert_is_a_hundred():
    assert ("hundert", 100.0, 100.0, "number") in _read("teils hundert bis 150 Liter", "de")


@pytest.mark.parametrize(("text", "lang", "noun"), [
    ("aucune victime à déplorer", "fr", "victime"), ("es gab keine Toten", "de", "toten"),
    ("no hubo ningún herido", "es", "herido"), ("nessun ferito", "it", "ferito"),
    ("nenhuma vítima", "pt", "vítima"), ("geen doden", "nl", "doden"),
    ("leaving them with no MPs there", None, "MPs"),
])
def test_no_before_a_noun_counts_zero(text, lang, noun):
    [m] = find_mentions(text, language=lang)
    assert (m.low, m.unit) == (0.0, noun)


def test_a_decimal_without_its_leading_zero():
    assert ("(.716)"[1:-1], 0.716, 0.716, "number") in _read("67 wins and 15 losses (.716)")
    assert _read("version 3.716") == [("3.716", 3.716, 3.716, "number")]
    assert _read("...5 more") == []


@pytest.mark.parametrize("text", ["the Magic went 20-62 in 2012", "a 9-12 record",
                                  "finished 35-47", "with a record of 23-59"])
def test_a_win_loss_record_is_two_numbers(text):
    kinds = {m.low: (m.kind, m.unit) for m in find_mentions(text) if m.low and m.low < 100}
    assert len(kinds) == 2 and all(k == ("number", "score") for k in kinds.values())


def test_a_range_stays_a_range():
    assert _read("20-30 people died") == [("20-30", 20.0, 30.0, "range")]


@pytest.mark.parametrize(("text", "hours"), [("at 0400 hrs", 4.0), ("by 1630 hours", 16.5),
                                             ("the train left at 2215 hrs.", 22.25)])
def test_a_24_hour_time_in_four_digits(text, hours):
    assert [(m.low, m.kind) for m in find_mentions(text)] == [(hours, "time")]


def test_four_digits_of_hours_without_a_time_cue_are_a_duration():
    assert [(m.low, m.kind) for m in find_mentions("1500 hours of training")] == [
        (1500.0, "duration")]


def test_quarters_counted_are_periods_and_quarters_of_something_a_fraction():
    assert _read("beaten estimates for two quarters in a row") == [
        ("two", 2.0, 2.0, "number")]
    assert _read("three quarters of voters") == [("three quarters", 0.75, 0.75, "fraction")]
    assert _read("three-quarters were") == [("three-quarters", 0.75, 0.75, "fraction")]


@pytest.mark.parametrize(("text", "share"), [("one in four drug overdoses", 0.25),
                                             ("1 in 4 adults", 0.25),
                                             ("two out of three voters", 2 / 3),
                                             ("one in 100 people", 0.01)])
def test_one_in_four_is_a_share(text, share):
    [m] = [m for m in find_mentions(text) if m.kind == "fraction"]
    assert m.low == pytest.approx(share)


def test_a_year_after_in_is_no_share():
    assert ("2020", 2020.0, 2020.0, "year") in _read("won 3 in 2020")
