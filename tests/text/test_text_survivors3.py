"""Reading text in other languages and scripts, at the edges mutation testing of the
code changed since 393ae00 found untested (benchmarks/mutation-survivors.md, commit
662dd84): script detection at its limits, number words with two scales, dates after a
weekday or before taken text, spaced thousands, scale words after a fraction, sentence
ends after letters and initials, the longest alias form."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.text.languages import detect
from factcheck.text.nouns import Aliases, normal_form
from factcheck.text.numbers import find_mentions
from factcheck.text.sentences import sentence_starts, sentences, starts_after


def _read(text: str, lang: str | None = None) -> list[tuple]:
    return [(m.kind, m.low, m.high) for m in find_mentions(text, language=lang)]


def test_the_last_letter_of_the_devanagari_block_is_devanagari():
    assert detect("\u097f" * 25) == "hi"


@pytest.mark.parametrize(("letter", "lang"), [("\u0c7f", "te"), ("\u4e00", "zh")])
def test_the_first_and_last_letters_of_a_block(letter, lang):
    assert detect(letter * 25) == lang


def test_a_latin_language_needs_five_of_its_function_words():
    assert detect("el perro y los gatos del barrio") == "en"  # four
    assert detect("el perro y los gatos del barrio con amigos") == "es"  # five


def test_the_script_with_most_letters_wins():
    cyrillic = "в" * 25
    assert detect(cyrillic + " " + "ب" * 15) == "ru"
    assert detect(cyrillic + " " + "ب" * 26) == "ar"


def test_five_kana_make_japanese():
    han = "国内生产总值" * 5
    assert detect(han + "のはをにが") == "ja"
    assert detect(han + "のはをに") == "zh"


def test_a_month_and_year_is_a_month():
    [m] = find_mentions("de julio de 2016", language="es")
    assert (m.kind, m.month) == ("month", (2016, 7))


def test_a_month_before_taken_text_is_read():
    found = find_mentions("la sentencia de julio de 2016, leída a las 10:45 horas",
                          language="es")
    assert [(m.kind, m.month) for m in found] == [("month", (2016, 7)), ("time", None)]


def test_a_date_after_a_weekday_is_read():
    found = find_mentions("el lunes 12 de mayo de 2008", language="es")
    assert [(m.kind, m.weekday, m.date) for m in found] == [
        ("weekday", 0, None), ("date", None, dt.date(2008, 5, 12))]


def test_number_words_with_two_scales_add_up():
    [m] = find_mentions("unos dos millones trescientos mil votos", language="es")
    assert m.low == m.high == 2_300_000


def test_a_scale_word_read_by_its_lemma():
    [m] = find_mentions("п’ять тисяч людей", language="uk")
    assert m.low == 5000


def test_digits_and_scales_before_taken_text():
    [m, _time] = find_mentions("18 लाख 52 हजार 504 रुपये 10:45 बजे", language="hi")
    assert m.low == 1_852_504


@pytest.mark.parametrize(("text", "lang"), [("5 тисяч гривень", "uk"),
                                             ("5 тысяч рублей", "ru")])
def test_a_scale_word_after_digits_read_by_its_lemma(text, lang):
    assert [m.low for m in find_mentions(text, language=lang)] == [5000]


def test_spaced_thousands_in_ukrainian():
    [m] = find_mentions("виплатили 5 000 гривень", language="uk")
    assert (m.low, m.unit) == (5000, "гривня")


def test_a_scale_word_after_a_mixed_fraction():
    [m] = find_mentions("1½ millones de personas", language="es")
    assert (m.text, m.low, m.high) == ("1½ millones", 1_500_000, 1_500_000)


def test_each_end_of_a_range_keeps_its_own_scale():
    assert _read("0.5 thousand to 900 thousand") == [("range", 500, 900_000)]


@pytest.mark.parametrize(("text", "expected"), [
    ("He left. She stayed. Plan B", ["He left.", "She stayed.", "Plan B"]),
    ("Pius IX. He reigned long.", ["Pius IX.", "He reigned long."]),
    ("He flew to the U.S. Then he left.", ["He flew to the U.S. Then he left."]),
    ("She earned a Ph.D. Then she left.", ["She earned a Ph.D. Then she left."]),
    ("He joined Corp.Inc. Then he left.", ["He joined Corp.Inc. Then he left."]),
    ("プランB。次の文。", ["プランB。", "次の文。"]),
    ("Plan B\u0965 Next one.", ["Plan B\u0965", "Next one."]),  # the double danda
])
def test_sentence_ends_after_letters(text, expected):
    assert [text[s.start:s.end] for s in sentences(text)] == expected


def test_no_sentence_starts_after_an_abbreviation_at_the_start():
    for text in ("Gen. Smith arrived", "A. Smith arrived"):
        assert sentence_starts(text) == []
        assert starts_after(text, 0) is False


def test_the_longest_alias_form_is_the_one_found():
    aliases = Aliases({"drone": ["attack drone"]}, "en")
    assert aliases.mentioned("drone", "89 attack drones") == "attack drone"


def test_short_words_keep_their_s():
    fold = normal_form("es")
    assert [fold(w) for w in ("mes", "dos", "años", "casas")] == ["mes", "dos", "año", "casa"]


def test_latin_letters_glued_before_digits_in_chinese():
    # "MH370" is a name, not the number 370; lower case too
    assert find_mentions("MH370航班", language="zh") == []
    assert find_mentions("mh370航班", language="zh") == []


def test_a_two_letter_noun_after_digits_and_no_noun_in_a_case_ending():
    [m] = find_mentions("5 घर जल गए", language="hi")
    assert m.unit == "घर"
    [m] = find_mentions("1,500को", language="hi")  # "को" is glued on: no noun follows
    assert (m.low, m.unit) == (1500, None)


@pytest.mark.parametrize("text", ["won 3.5-2 today", "it was 200-150"])
def test_no_score_with_a_fraction_or_from_two_hundred(text):
    assert [m.unit for m in find_mentions(text)] == [None, None]


def test_a_fixture_score_stays_under_two_hundred():
    [m] = find_mentions("Lakers-Celtics 150-200")
    assert (m.kind, m.low, m.high) == ("range", 150, 200)


@pytest.mark.parametrize("text", ["1,300 sq km", "1,300 sq. km", "1,300 km2"])
def test_area_units_as_news_writes_them(text):
    [m] = find_mentions(text)
    assert (m.low, m.unit) == (1300, "km**2")


@pytest.mark.parametrize(("text", "value", "alt"), [
    ("the club paid 5m for him", 5, 5_000_000), ("a 20k run", 20, 20_000)])
def test_a_glued_scale_letter_keeps_both_readings(text, value, alt):
    [m] = find_mentions(text)
    assert (m.low, m.alt) == (value, alt)


def test_a_fraction_after_a_date_is_read():
    found = find_mentions("el 12 de mayo de 2008 un tercio de los votos", language="es")
    assert [(m.kind, m.text) for m in found] == [("date", "12 de mayo de 2008"),
                                                 ("fraction", "un tercio")]


def test_a_chinese_date_before_a_time_is_read():
    found = find_mentions("2016年10月19日 10:45", language="zh")
    assert [(m.kind, m.date) for m in found] == [("date", dt.date(2016, 10, 19)),
                                                 ("time", None)]


def test_an_alias_of_several_words_is_compared_by_its_normal_forms():
    aliases = Aliases({"drone": ["attack drones"]}, "en")
    assert aliases.mentioned("drone", "89 attack drones were shot") == "attack drone"
