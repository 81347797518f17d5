"""Held-out 9 and 10: how number words of European languages are read, and where
they are not."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _read(text: str, language: str, strict: bool = True) -> list[tuple[str, float | None]]:
    return [(m.text, m.low) for m in find_mentions(text, strict_one=strict, language=language)]


@pytest.mark.parametrize("language, text, read", [
    ("es", "veintiún representantes", [("veintiún", 21)]),
    ("es", "veintiuna personas", [("veintiuna", 21)]),
    ("it", "ventun anni", [("ventun", 21)]),
    ("es", "treinta y un escaños", [("treinta y un", 31)]),
    ("es", "treinta y una personas", [("treinta y una", 31)]),
    ("pt", "vinte e uma pessoas", [("vinte e uma", 21)]),
    ("ro", "douăzeci și unu de morți", [("douăzeci și unu", 21)]),
    ("fr", "quatre-vingt-onze morts", [("quatre-vingt-onze", 91)]),
    # a lone "one" after "and" that does not close a round ten is not joined
    ("es", "tres y un", [("tres", 3)]),
])
def test_number_words_21_to_99(language, text, read):
    assert _read(text, language) == read


@pytest.mark.parametrize("language, text", [
    ("fr", "la vingt-deuxième fois"), ("fr", "la vingt et unième fois"),
    ("en", "the twenty-first time"),
])
def test_an_ordinal_is_no_cardinal_of_its_first_word(language, text):
    """"vingt-deuxième" was read as 20 and "twenty-first" as 20 (a wrong value grounded)."""
    assert _read(text, language) == []
    assert [v for _, v in _read(text, language, strict=False)] in ([22], [21])


@pytest.mark.parametrize("language, text, value", [
    ("es", "la vigésima primera edición", 21), ("es", "el vigesimoprimer puesto", 21),
    ("es", "la décima tercera", 13), ("es", "los decimoterceros", 13),
    ("pt", "a décima quarta vez", 14), ("en", "the ninetieth anniversary", 90),
    ("en", "the ninety-ninth", 99),
])
def test_ordinals_above_twelfth(language, text, value):
    assert [v for _, v in _read(text, language, strict=False)] == [value]


@pytest.mark.parametrize("language, text", [
    ("es", "subió un 3,4%"), ("es", "una veintena de heridos"), ("es", "un poco más"),
    ("pt", "um pouco"), ("de", "ein paar Tage"), ("vi", "một số người"),
    ("es", "el partido perdió un diputado"),
])
def test_an_article_is_no_1_when_drafting_nor_before_a_figure(language, text):
    """Drafting never reads an article; grounding reads one only where it counts a noun."""
    assert (None, 1.0) not in [(None, v) for _, v in _read(text, language)]
    assert ("un", 1.0) not in _read(text, language)
    if "diputado" not in text:
        assert 1.0 not in [v for _, v in _read(text, language, strict=False)]


def test_an_article_alone_counts_only_after_a_count():
    assert ("uma", 1.0) in _read("28 no local e uma já no hospital", "pt", strict=False)
    assert _read("ele e uma.", "pt", strict=False) == []
    assert _read("Era uma.", "pt", strict=False) == []


def test_the_noun_after_the_article_is_its_unit():
    [m] = find_mentions("innerhalb einer Stunde", strict_one=False, language="de")
    assert (m.low, m.unit, m.kind) == (1.0, "hour", "implicit")
    [m] = find_mentions("un diputado", strict_one=False, language="es")
    assert m.unit == "diputado"
    [_, _, m] = find_mentions("dois Falcon 50 e um C-295M", strict_one=False, language="pt")
    assert (m.text, m.unit) == ("um", None)  # a model: the noun is the sentence's


@pytest.mark.parametrize("language, text, read", [
    ("it", "35 milioni e 452.466", [("35 milioni e 452.466", 35452466)]),
    ("es", "2 millones y 300.000 personas", [("2 millones y 300.000", 2300000)]),
    ("en", "35 million and 452,466", [("35 million and 452,466", 35452466)]),
    ("en", "1 million and 200 thousand", [("1 million and 200 thousand", 1200000)]),
    # two figures: a rest below the scale's thousandth, a second scaled figure, a
    # decimal before the scale, and the ends of a range
    ("it", "2 milioni e 5 feriti", [("2 milioni", 2e6), ("5", 5)]),
    ("es", "2 millones y 3 millones", [("2 millones", 2e6), ("3 millones", 3e6)]),
    ("it", "1,2 milioni e 200 mila", [("1,2 milioni", 1.2e6), ("200 mila", 2e5)]),
    ("en", "1.2 million and 200,000", [("1.2 million", 1.2e6), ("200,000", 2e5)]),
    ("es", "entre 2 millones y 300.000", [("2 millones", 2e6), ("300.000", 3e5)]),
    ("en", "between 2 million and 300,000", [("2 million", 2e6), ("300,000", 3e5)]),
])
def test_a_scaled_figure_and_its_rest(language, text, read):
    assert _read(text, language) == read


@pytest.mark.parametrize("language, text, low, high", [
    ("pt", "entre os 40 e os 50 anos", 40, 50), ("es", "entre el 2 y el 3%", 2, 3),
    ("it", "tra i 40 e i 50 anni", 40, 50), ("pt", "entre 40 e 50 anos", 40, 50),
])
def test_a_range_with_articles(language, text, low, high):
    [m] = find_mentions(text, language=language)
    assert (m.kind, m.low, m.high) == ("range", low, high)


@pytest.mark.parametrize("text, unit", [
    ("53,60 din totalul", None), ("45 de procente", "procente"), ("20 de persoane", "persoane"),
    ("19.945 de secții", "secții"), ("20 de ani", "year"), ("3 milioane de euro", "euro"),
])
def test_romanian_de_and_din_are_no_unit(text, unit):
    [m] = find_mentions(text, language="ro")
    assert m.unit == unit


@pytest.mark.parametrize("text, value", [
    ("neljänä päivänä", 4), ("kolmena päivänä", 3), ("viidessä kunnassa", 5),
    ("kahden viikon", 2), ("kymmenestä", 10), ("seitsemää", 7),
])
def test_finnish_number_words_in_their_cases(text, value):
    assert [v for _, v in _read(text, "fi")] == [value]


def test_finnish_one_only_when_grounding_and_not_together():
    assert _read("yhtenä päivänä", "fi") == []
    assert [v for _, v in _read("yhtenä päivänä", "fi", strict=False)] == [1]
    assert _read("he tekivät sen yhdessä", "fi", strict=False) == []


@pytest.mark.parametrize("language, text, value", [
    ("id", "dua puluh orang", 20), ("id", "tiga belas orang", 13),
    ("id", "tiga ratus orang", 300), ("id", "dua ratus delapan puluh tiga orang", 283),
    ("id", "dua puluh lima ribu orang", 25000), ("ms", "dua puluh orang", 20),
    ("vi", "hai mươi người", 20), ("fr", "trois cents morts", 300),
    ("fr", "deux cent quatre-vingt-trois", 283), ("fr", "deux cent mille", 200000),
    ("fr", "cent morts", 100), ("fr", "quatre-vingt-dix-neuf", 99),
    ("fr", "nonante-deux", 92), ("ro", "trei sute de persoane", 300),
    ("cs", "tři sta lidí", 300), ("tr", "üç yüz kişi", 300),
    ("es", "trescientos veinte", 320), ("es", "dos mil millones", 2e9),
])
def test_words_that_multiply_the_unit_before_them(language, text, value):
    """"dua puluh" was read as 2, "tiga ratus" as 3, "tři sta" as 103, "quatre-vingt-onze"
    as 35: wrong values grounded."""
    assert [v for _, v in _read(text, language)] == [value]


def test_both_is_read_when_grounding_only():
    assert _read("in beiden Fällen", "de") == []
    assert _read("in beiden Fällen", "de", strict=False) == [("beiden", 2)]
