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
    assert ("hundert", 100.0, 100.0, "number") in _read("teils hundert Liter", "de")
    assert ("hundert bis 150", 100.0, 150.0, "range") in _read("teils hundert bis 150 Liter",
                                                                "de")


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
                                  "finished 35-47", "with a record of 23-59",
                                  "23-59 in 2013-2014", "and 29-53 in the 2015-16 season"])
def test_a_win_loss_record_is_two_numbers(text):
    kinds = {m.low: (m.kind, m.unit) for m in find_mentions(text) if m.low and m.low < 100}
    assert len(kinds) == 2 and all(k == ("number", "score") for k in kinds.values())


def test_a_range_stays_a_range():
    assert _read("20-30 people died") == [("20-30", 20.0, 30.0, "range")]
    assert _read("20-30 in 2013") == [("20-30", 20.0, 30.0, "range"),
                                      ("2013", 2013.0, 2013.0, "year")]


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


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("am 14. November 2021", "de", (2021, 11, 14)), ("am 15. August 2021", "de", (2021, 8, 15)),
    ("am 3. April 2020", "de", (2020, 4, 3)), ("op 14 november 2021", "nl", (2021, 11, 14)),
])
def test_a_day_before_a_month_spelled_as_in_english_is_a_date(text, lang, day):
    [m] = find_mentions(text, language=lang)
    assert (m.kind, m.date.timetuple()[:3]) == ("date", day)


def test_a_month_and_year_alone_stays_a_month():
    [m] = find_mentions("Im November 2021", language="de")
    assert (m.kind, m.month) == ("month", (2021, 11))


@pytest.mark.parametrize(("text", "lang", "first"), [
    ("entre le 21 juin et le 21 septembre 2021", "fr", (2021, 6, 21)),
    ("du 21 juin au 21 septembre 2021", "fr", (2021, 6, 21)),
    ("vom 14. Juli bis zum 15. August 2021", "de", (2021, 7, 14)),
    ("del 3 de mayo al 5 de junio de 2020", "es", (2020, 5, 3)),
    ("entre el 3 de mayo y el 5 de junio de 2020", "es", (2020, 5, 3)),
])
def test_the_first_end_of_a_date_range_takes_the_year_of_the_second(text, lang, first):
    m = find_mentions(text, language=lang)[0]
    assert (m.kind, m.date.timetuple()[:3]) == ("date", first)


def test_two_dates_joined_by_and_without_between_keep_their_own_years():
    m = find_mentions("le 21 juin et le 21 septembre 2021", language="fr")[0]
    assert (m.kind, m.monthday) == ("monthday", (6, 21))


@pytest.mark.parametrize(("text", "lang", "ones"), [
    ("las ciudades autónomas se atribuyen uno", "es", 1), ("es blieb nur eins", "de", 1),
    ("bir süre", "tr", 0),
    # an article that is also "one" counts its noun when grounding (as "a man" does);
    # Turkish "bir" only before a noun of a person ("bir adam", "bir kadın öldü")
    ("un homme", "fr", 1), ("una persona", "es", 1), ("ett hus", "sv", 1),
    ("bir adam", "tr", 1),
])
def test_the_word_for_one_grounds_where_it_is_no_article(text, lang, ones):
    found = [m for m in find_mentions(text, strict_one=False, language=lang) if m.low == 1]
    assert len(found) == ones
    assert not [m for m in find_mentions(text, language=lang) if m.low == 1]  # checks: none


@pytest.mark.parametrize(("text", "lang", "month"), [
    ("Na reunião anterior, em junho, o Copom", "pt", (0, 6)),
    ("Stopa bezrobocia w styczniu wyniosła", "pl", (0, 1)),
    ("en mayo", "es", (0, 5)), ("im Mai", "de", (0, 5)),
    ("De agosto do ano passado", "pt", (-1, 8)), ("en marzo del próximo año", "es", (1, 3)),
])
def test_a_month_named_alone_is_a_month_of_the_publications_year(text, lang, month):
    [m] = [m for m in find_mentions(text, language=lang) if m.kind == "monthname"]
    assert m.month == month


def test_an_abbreviated_month_alone_is_no_month():
    assert find_mentions("el mar estaba en calma", language="es") == []


@pytest.mark.parametrize(("text", "lang"), [
    ("winds of 160 km/h", "en"), ("120 km/uur", "nl"), ("80 km/u", "nl"), ("130 km/heure", "fr"),
    ("100 km/Std. gemessen", "de"), ("90 km orari", "it"), ("60 km/jam", "id"),
])
def test_a_speed_in_kilometres_an_hour(text, lang):
    [m] = find_mentions(text, language=lang)
    assert m.unit == "km/h"


def test_a_distance_in_kilometres_stays_one():
    assert [m.unit for m in find_mentions("a 10 km run")] == ["km"]


def test_pct_is_percent():
    assert [m.unit for m in find_mentions("held at 5.25 pct.")] == ["percent"]


def test_turkish_capital_dotted_i():
    [m] = [m for m in find_mentions("3 BİN 400 BAZ PUANLIK", language="tr") if m.low > 100]
    assert m.low == 3400


@pytest.mark.parametrize(("text", "lang", "ends"), [
    ("na 2 hanggang 4%", "tl", (2.0, 4.0)), ("10 bis 12 Grad", "de", (10.0, 12.0)),
    ("de 2 à 4 %", "fr", (2.0, 4.0)),
])
def test_a_range_joined_by_a_word_for_to(text, lang, ends):
    [m] = find_mentions(text, language=lang)
    assert (m.kind, m.low, m.high) == ("range", *ends)


def test_a_score_is_no_range():
    assert [m.kind for m in find_mentions("victoire 2 à 1", language="fr")] == ["number"] * 2


def test_a_hyphenated_weekday_and_the_day_in_brackets():
    found = find_mentions("decidiu nesta quarta-feira (31) manter a taxa", language="pt")
    assert [(m.kind, m.weekday, m.monthday) for m in found] == [
        ("weekday", 2, None), ("monthday", None, (0, 31))]


@pytest.mark.parametrize("text", ["共40余人", "40多人"])
def test_more_than_glued_after_chinese_digits(text):
    [m] = find_mentions(text, language="zh")
    assert (m.low, m.unit, m.qualifier) == (40.0, "人", "more than")


def test_one_hour_with_a_measure_word():
    [m] = find_mentions("救援人员历时近一个小时", language="zh")
    assert (m.low, m.unit) == (1.0, "hour")


@pytest.mark.parametrize(("text", "lang", "n"), [
    ("Das BIP wuchs das achte Jahr in Folge", "de", 8.0),
    ("pour la troisième fois", "fr", 3.0), ("por quinta vez", "es", 5.0),
])
def test_an_ordinal_grounds_its_number(text, lang, n):
    assert [m.low for m in find_mentions(text, strict_one=False, language=lang)] == [n]
    assert find_mentions(text, language=lang) == []  # not a number a check reads


def test_first_and_second_are_no_ordinals_to_ground():
    assert find_mentions("secondo l'Istat", strict_one=False, language="it") == []


def test_one_out_of_seven_also_writes_seven_for_grounding():
    found = find_mentions("one out of seven students", strict_one=False)
    assert [(m.kind, m.low) for m in found] == [("fraction", pytest.approx(1 / 7)),
                                                ("number", 7.0)]
    assert [m.kind for m in find_mentions("one out of seven students")] == ["fraction"]


@pytest.mark.parametrize(("text", "lang"), [
    ("um 2,2 % gewachsen", "de"), ("de 9,7\u00a0% au troisième", "fr"), ("2.2 % growth", "en"),
    ("9,7 pour cent des actifs", "fr"), ("2,2 Prozent", "de"), ("3,5 por ciento", "es"),
    ("6,0 proc.", "pl"), ("5,2 procent", "nl"),
])
def test_a_percentage_written_with_a_space_or_in_words(text, lang):
    [m] = find_mentions(text, language=lang)
    assert m.unit == "percent"


def test_a_month_name_that_is_also_a_word_needs_a_day_or_year():
    assert [m.kind for m in find_mentions("cu 5% mai mult", language="ro")] == ["number"]
    assert [m.month for m in find_mentions("în mai 2024", language="ro")] == [(2024, 5)]


@pytest.mark.parametrize(("text", "lang"), [("27岁的司机", "zh"), ("88歳の女性", "ja"),
                                            ("27세 남성", "ko")])
def test_an_age_glued_to_digits_is_in_years(text, lang):
    [m] = find_mentions(text, language=lang)
    assert (m.low, m.unit) in ((27.0, "year"), (88.0, "year"))


def test_two_days_joined_by_dutch_en_share_the_month():
    found = find_mentions("25 en 28 november", language="nl")
    assert [m.monthday for m in found] == [(11, 25), (11, 28)]


def test_zero_before_a_scale_word_is_zero():
    assert [m.low for m in find_mentions("cero millones", language="es")] == [0.0]
    assert [m.low for m in find_mentions("mil quinientos", language="es")] == [1500.0]


@pytest.mark.parametrize(("text", "value"), [
    ("a hundred forty-two people", 142.0), ("a hundred twelve", 112.0),
    ("a hundred and fifty", 150.0), ("a hundred two-storey houses", 100.0),
    ("a hundred people", 100.0),
])
def test_a_hundred_followed_by_tens_without_and(text, value):
    assert find_mentions(text)[0].low == value
