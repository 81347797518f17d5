"""Numbers, dates and words as languages beyond English and the four hand-made ones
write them (CLDR separators, num2words words, Chinese and Japanese forms), each from a
corpus article's phrase; the English reading of the same text stays as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.text.languages import detect
from factcheck.text.locales import read_number
from factcheck.text.numbers import find_mentions
from factcheck.text.sentences import sentences


@pytest.mark.parametrize(("raw", "lang", "expected"), [
    ("27,97", "es", (27.97, None)),       # decimal comma
    ("2.574", "es", (2574.0, 2.574)),     # a group of three: thousands first
    ("1,300", "es", (1.3, 1300.0)),       # the language's decimal sign first
    ("1,300", "zh", (1300.0, 1.3)),       # a decimal point language: thousands first
    ("33,9", "ar", (33.9, None)),         # one or two digits after a comma: a decimal
    ("780'000", "fr", (780000.0, None)),  # Swiss apostrophe
    ("1.234,5", "de", (1234.5, None)),
    ("1.234.567", "it", (1234567.0, None)),
])
def test_read_number(raw, lang, expected):
    assert read_number(raw, lang) == expected


def _values(text: str, lang: str | None, strict_one: bool = False):
    return [(m.text, m.low, m.high, m.kind) for m in find_mentions(text, strict_one, lang)]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("logrando un 27,97% de los votos", "es", 27.97),
    ("Rafał Trzaskowski: 31,36 proc.", "pl", 31.36),
    ("per i 4.300 spettatori della finale", "it", 4300),
    ("plus de 780'000 personnes", "fr", 780000),
    ("bei 343,6 Milliarden Euro", "de", 343.6e9),
    ("Más de 36 millones de españoles", "es", 36e6),
    ("Más de 36\u00a0 millones de españoles", "es", 36e6),  # spaces of both kinds
    # a larger scale multiplies what came before it: "mil millones" is a billion
    ("un gasto de 5 mil millones de euros", "es", 5e9),
    ("costará dos mil millones de euros", "es", 2e9),
    ("con tres millones doscientos mil votos", "es", 3.2e6),
    ("1 लाख करोड़ रुपये का बजट", "hi", 1e12),
    ("бюджет 5 000 тис. гривень", "uk", 5e6),  # digits grouped by a space, then a scale
    ("una caída de -5 millones", "es", -5e6),  # a minus sign before a scaled figure
    ("зміна -5 тис. гривень", "uk", -5000),
    ("con 2.574 millones de euros", "es", 2574e6),
    ("affecté directement deux milliards de personnes", "fr", 2e9),
    ("hace cuatro años", "es", 4),
    ("Nove quelle conquistate dalla Roma", "it", 9),
    ("za dwa tygodnie", "pl", 2),
    ("una sessantina di ultras", "it", 60),
    ("وقتل ستة أشخاص على الأقل", "ar", 6),
    ("بعمق 33,9 كيلومترا", "ar", 33.9),
    ("前三季度国内生产总值529971亿元", "zh", 52997100000000),
    ("全国夏粮总产量13926万吨", "zh", 139260000),
    ("台風による死者は計7人となった", "ja", 7),
    ("enflasyon temmuzda aylık yüzde 2.37 oldu", "tr", 2.37),
    ("Yıllık enflasyon tüketici fiyatlarında yüzde 79,6", "tr", 79.6),
])
def test_other_languages_write_the_value(text, lang, value):
    assert any(low == high == pytest.approx(value, rel=1e-12)
               for _, low, high, _ in _values(text, lang)), _values(text, lang)


def test_a_regional_tag_reads_as_its_language():
    assert [m.low for m in find_mentions("fechou em 3,3%", language="pt-BR")] == [3.3]
    # an unknown tag reads as English: "2.574" is a decimal there (English now reads
    # "3,3%" too, a comma before two digits and a percent sign being no thousands group)
    assert [m.low for m in find_mentions("com 2.574 pessoas", language="pt-BR")] == [2574]
    assert [m.low for m in find_mentions("com 2.574 pessoas", language="xx-nonsense")] \
        == [2.574]


def test_english_reading_is_unchanged():
    # without a language a decimal comma is no number, and "2.574" stays 2.574; only
    # before a percent sign, where two digits can be no thousands group, is it read
    assert _values("un 27,97 de los votos", None) == []
    assert [v[1] for v in _values("un 27,97% de los votos", None)] == [27.97]
    assert [v[1] for v in _values("con 2.574 millones", None)] == [2.574]


def test_a_wrong_value_is_not_read():
    values = [v[1] for v in _values("per i 4.300 spettatori", "it")]
    assert 4301 not in values and 43 not in values


def test_a_group_of_three_keeps_its_second_reading():
    [m] = find_mentions("los 190.022 titulares", language="es")
    assert (m.low, m.alt) == (190022, 190.022)


@pytest.mark.parametrize(("text", "lang", "field", "expected"), [
    ("8 septembre 2023 : Au Maroc", "fr", "date", dt.date(2023, 9, 8)),
    ("Będzie druga – za dwa tygodnie 1 czerwca", "pl", "monthday", (6, 1)),
    ("la sentencia inicial de la Audiencia Nacional, de julio de 2016", "es", "month",
     (2016, 7)),
    ("١٢ نوفمبر ٢٠١٧", "ar", "date", dt.date(2017, 11, 12)),
    ("(2016年10月19日)", "zh", "date", dt.date(2016, 10, 19)),
    ("台風10号は1日正午の観測で", "ja", "monthday", (0, 1)),
    ("8月下旬の降り始めから", "ja", "month", (0, 8)),
])
def test_dates_in_other_languages(text, lang, field, expected):
    assert expected in [getattr(m, field) for m in find_mentions(text, language=lang)]


def test_a_range_of_days_gives_its_first_day_the_month():
    days = [m.monthday for m in find_mentions("in der Sitzungswoche vom 25. bis 28. November",
                                              language="de")]
    assert (11, 25) in days and (11, 28) in days


def test_weekday_with_another_hamza_spelling():
    [m] = [m for m in find_mentions("فجر أمس الإثنين 7.8 درجة", language="ar")
           if m.kind == "weekday"]
    assert m.weekday == 0  # Monday, CLDR writes الاثنين


@pytest.mark.parametrize(("text", "lang", "low", "high"), [
    ("penas de entre 2 y 8 años de prisión", "es", 2, 8),
    ("zwischen 10 und 12 Grad", "de", 10, 12),
    ("od 5 do 7 dni", "pl", 5, 7),
])
def test_ranges_in_other_languages(text, lang, low, high):
    assert ("range", low, high) in [(m.kind, m.low, m.high) for m in
                                    find_mentions(text, language=lang)]


def test_a_result_after_a_fixture_is_a_score_not_a_range():
    for lang in (None, "it"):
        found = find_mentions("Atalanta-Juventus 1-2, la Coppa Italia", language=lang)
        assert [(m.low, m.unit) for m in found] == [(1, "score"), (2, "score")]
    # without the teams a rising pair stays a range
    [m] = find_mentions("it lasted 1-2 hours")
    assert m.kind == "range"


def test_time_words_name_their_unit():
    found = find_mentions("ha condenado a 8 años y 7 meses de prisión", language="es")
    assert [(m.low, m.unit) for m in found] == [(8, "year"), (7, "month")]
    [m] = find_mentions("Mehr als 15 Stunden tagte der Ausschuss", language="de")
    assert m.unit == "hour"
    [m] = find_mentions("las elecciones generales de hace cuatro años", language="es")
    assert (m.low, m.unit) == (4, "year")


def test_the_article_one_is_not_a_number():
    """Not when drafting; in grounding, one of the noun after it (``implicit``)."""
    assert _values("un séisme de magnitude 7,8", "fr", True) == [("7,8", 7.8, 7.8, "number")]
    assert _values("un séisme de magnitude 7,8", "fr") == [("un", 1, 1, "implicit"),
                                                           ("7,8", 7.8, 7.8, "number")]
    assert _values("a once exdirectivos", "es") == [("once", 11, 11, "number")]


@pytest.mark.parametrize(("text", "lang"), [
    ("El PP se alza con la victoria de las elecciones, con 124 escaños y el 27,97% de los "
     "votos. Los dos grandes partidos son afectados por el desgaste.", "es"),
    ("Le tremblement de terre qui a frappé le Maroc a tué plus de 2 000 personnes, et le "
     "bilan devrait s'alourdir dans les zones rurales.", "fr"),
    ("Der erste Bundeshaushalt der neuen Bundesregierung steht: Er sieht keine neue Schulden "
     "und Ausgaben von 343,6 Milliarden Euro vor. Das entspricht einem Plus von 3,9 Prozent "
     "gegenüber dem vergangenen Jahr, und die Einnahmen liegen in der gleichen Höhe.", "de"),
    ("A Selic é o principal instrumento do Banco Central para manter sob controle a inflação "
     "oficial, medida pelo IPCA. Em junho, o IPCA recuou para 0,24%.", "pt"),
    ("La Juventus ha vinto la Coppa Italia 2021. Nella finale di Reggio Emilia ha battuto "
     "l'Atalanta 2-1 e il pubblico è tornato allo stadio per la finale della coppa.", "it"),
    ("Frekwencja wyniosła 67,31 proc., najwięcej w historii wyborów. Przed godz. 9:30 PKW "
     "miała już protokoły i nie było to dla nikogo zaskoczeniem, że jest tak jak w sondażach.",
     "pl"),
    ("Buna göre enflasyon temmuzda aylık yüzde 2.37 oldu. Yıllık TÜFE ise yüzde 79.60 olarak "
     "ölçüldü ve tüketici fiyatları yüzde 49,65 arttı; bu da bir rekor oldu.", "tr"),
    ("قالت هيئة المسح الجيولوجي الأمريكية إن زلزالا بقوة 7.3 درجة ضرب العراق اليوم الأحد", "ar"),
    ("前三季度国内生产总值529971亿元,按可比价格计算,同比增长6.7%。", "zh"),
    ("台風10号は1日正午の観測で、東海沖で熱帯低気圧に変わった。", "ja"),
    ("Russia launched three missiles and 114 drones over Ukraine overnight, the air force "
     "said in a statement on Saturday.", "en"),
])
def test_detect_the_language_of_a_draft(text, lang):
    assert detect(text) == lang


def test_sentences_end_at_the_chinese_full_stop_and_before_accented_capitals():
    ja = "死者は計7人。けが人は120人超。"
    assert [ja[s.start:s.end] for s in sentences(ja)] == ["死者は計7人。", "けが人は120人超。"]
    pl = "Wyniki podano o 10:45. Łącznie głosowało 67,31 proc."
    assert len(sentences(pl)) == 2


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("Cerca de un tercio de los casos de dengue", "es", 1 / 3),
    ("les deux tiers des sièges", "fr", 2 / 3),
    ("Die Hälfte der Stimmen", "de", 1 / 2),
    ("quasi la metà degli elettori", "it", 1 / 2),
])
def test_fractions_in_other_languages(text, lang, value):
    [m] = [m for m in find_mentions(text, language=lang) if m.kind == "fraction"]
    assert m.low == pytest.approx(value)


def test_mexican_spanish_digits_read_both_ways():
    # es-MX writes "6,173" and "468.4%": the thousands reading is kept beside the decimal one
    found = {(m.low, m.alt) for m in find_mentions("hasta los 6,173 detectados, un 468.4%",
                                                   language="es-MX")}
    assert (6.173, 6173.0) in found and (468.4, None) in found


@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("36 millones de españoles", "es", "españoles"),
    ("dos millones de votos", "es", "votos"),
    ("2 miliardi di euro", "it", "euro"),
    ("5 millions de personnes", "fr", "personnes"),
    ("3 de ellos", "es", "de"),  # no scale: "de" is not skipped
])
def test_what_a_scale_counts_is_the_noun_after_de(text, lang, unit):
    assert [m.unit for m in find_mentions(text, False, lang)] == [unit]


@pytest.mark.parametrize("text", ["el modelo A-5 millones", "COVID-5 millones"])
def test_a_hyphen_after_a_word_is_no_minus_sign(text):
    assert [m.low for m in find_mentions(text, False, "es")] == [5e6]
