"""How the third corpus batch writes numbers, dates and times, read by find_mentions."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.text.nouns import Aliases
from factcheck.text.numbers import find_mentions


def _read(text: str, lang: str | None = None) -> list[tuple[str, float | None, str]]:
    return [(m.text, m.low, m.kind) for m in find_mentions(text, language=lang)]


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("AKP: 40,82% and 258 MPs", None, 40.82),  # no group has two digits
    ("it rose 2,5 per cent", None, 2.5),
    ("$3.74 Bln. vs.", None, 3.74e9),
    ("инфляция составила 8,39%", "ru", 8.39),
    ("на 0,64% и 8,58% соответственно", "ru", 8.58),
    ("зросли на 1,36 %", "uk", 1.36),
    ("사망자가 2만8784명으로", "ko", 28784),
    ("5조147억원", "ko", 5_014_700_000_000),
    ("298만명으로", "ko", 2_980_000),
    ("日2657명 응급실", "ko", 2657),
    ("1億2000万円", "ja", 120_000_000),
])
def test_the_value_is_read(text, lang, value):
    assert value in [low for _, low, _ in _read(text, lang)], _read(text, lang)


def test_an_english_comma_group_stays_a_group():
    assert _read("1,300 drones and 1,98,706 votes") == [("1,300", 1300, "number"),
                                                        ("1,98,706", 198706, "number")]
    assert _read("scores 3,45 and 12") == [("12", 12, "number")]  # no percent: left alone


def test_ukrainian_groups_keep_their_reading():
    assert _read("збито 1 300 дронів", "uk") == [("1 300", 1300, "number")]


@pytest.mark.parametrize(("text", "lang", "hours"), [
    ("rond 18.25 uur bij", "nl", 18 + 25 / 60),
    ("um 18:25 Uhr", "de", 18 + 25 / 60),
    ("vers 18h25, puis", "fr", 18 + 25 / 60),
    ("alle ore 9.05 di", "it", 9 + 5 / 60),
    ("saat 18.25 sularında", "tr", 18 + 25 / 60),
])
def test_a_24_hour_clock_with_its_word(text, lang, hours):
    [(_, low, kind)] = [r for r in _read(text, lang) if r[2] == "time"]
    assert kind == "time" and low == pytest.approx(hours)


def test_a_decimal_without_an_hour_word_stays_a_number():
    assert _read("rose 18.25 percent") == [("18.25", 18.25, "number")]
    assert _read("groeide 18.25 procent", "nl")[0][2] == "number"


@pytest.mark.parametrize(("text", "lang", "weekday"), [
    ("zijn vrijdagavond omgekomen", "nl", 4),
    ("zaterdagochtend vroeg", "nl", 5),
    ("am Freitagabend kamen", "de", 4),
    ("Gempa, Ahad malam", "id", 6),
])
def test_weekdays_as_news_writes_them(text, lang, weekday):
    assert [m.weekday for m in find_mentions(text, language=lang) if m.kind == "weekday"] \
        == [weekday]


def test_a_word_ending_in_a_daypart_is_no_weekday():
    assert [m for m in find_mentions("de avondmorgen", language="nl") if m.kind == "weekday"] \
        == []


@pytest.mark.parametrize(("text", "field", "expected"), [
    ("2017년 2월 2일 밝혔다", "date", dt.date(2017, 2, 2)),
    ("감소했다고 2일 밝혔다", "monthday", (0, 2)),
])
def test_korean_dates(text, field, expected):
    assert [getattr(m, field) for m in find_mentions(text, language="ko")
            if getattr(m, field)] == [expected]


def test_korean_days_as_a_duration_are_no_date():
    assert [m for m in find_mentions("2일간 계속됐다", language="ko") if m.monthday] == []


def test_a_korean_counter_names_its_unit():
    aliases = Aliases(language="ko")
    assert aliases.names("person", aliases.norm("명으로"))
    assert not aliases.names("drone", aliases.norm("명으로"))


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("死者は三人に上った", "ja", 3),
    ("けが人は十二人", "ja", 12),
    ("千二百人が避難", "ja", 1200),
    ("三十五万人受灾", "zh", 350_000),
    ("造成两人死亡", "zh", 2),
    ("zginęło pięciu żołnierzy", "pl", 5),
    ("wśród dwudziestu osób", "pl", 20),
    ("z trzema rannymi", "pl", 3),
])
def test_numbers_in_words_of_other_scripts_and_cases(text, lang, value):
    assert value in [low for _, low, _ in _read(text, lang)], _read(text, lang)


@pytest.mark.parametrize("text", ["統一地方選の一部", "一方で", "三重県"])
def test_kanji_inside_a_word_is_no_number(text):
    assert [m for m in find_mentions(text, language="ja") if m.kind == "number"] == []


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("أسفر الهجوم عن مقتل شخصين", 2, "شخص"),
    ("أطلقت صاروخين على المدينة", 2, "صاروخ"),
    ("والطائرتين", 2, "طائرة"),
    ("استمر القصف يومين", 2, "day"),
])
def test_an_arabic_dual_counts_two(text, value, unit):
    assert [(m.low, m.unit) for m in find_mentions(text, language="ar")] == [(value, unit)]


def test_an_arabic_sound_plural_is_no_dual():
    assert [(m.low, m.unit) for m in find_mentions("وقتل 5 مدنيين", language="ar")] \
        == [(5, "مدنيين")]


def test_speaker_clauses_of_pathological_text_are_read_in_one_pass():
    """A word of 200,000 letters before a verb, and 50,000 Korean topics before one
    reporting verb: each read in one pass (no wall-clock assert; pytest's duration is the
    bound; benchmarks/scaling.py measures time per size)."""
    from factcheck.text.languages import speakers

    found = speakers("x" * 200_000 + " dijo el ministerio", "es")
    assert found[-1][2] == "el ministerio"
    assert len(speakers("기관은 " * 50_000 + "밝혔다", "ko")) == 50_000
    assert speakers("क" * 200_000 + " पुलिस ने बताया", "hi")[-1][2].endswith(" पुलिस")


def test_a_sentence_ends_after_a_word_with_an_accented_letter():
    from factcheck.text.sentences import sentences

    text = "Subió un 131% en lo que va del año. Y Uruguay confirmó dos casos."
    assert [text[s.start:s.end] for s in sentences(text)] == [
        "Subió un 131% en lo que va del año.", "Y Uruguay confirmó dos casos."]
    assert len(sentences("Visited the U.S. Army base.")) == 1  # initials still do not end one


@pytest.mark.parametrize(("text", "lang", "unit"), [
    ("5년간 11% 감소", "ko", "year"),
    ("12개월 동안", "ko", "month"),
    ("3時間後", "ja", "hour"),
    ("持续3个月", "zh", "month"),
    ("haar 8-jarige zoon", "nl", "year"),
    ("der 27-jährige Fahrer", "de", "year"),
])
def test_time_counters_and_age_adjectives_name_their_unit(text, lang, unit):
    assert [m.unit for m in find_mentions(text, language=lang) if m.kind == "number"][0] == unit


def test_japanese_days_as_a_duration_are_no_date():
    assert [m for m in find_mentions("3日間続いた", language="ja") if m.monthday] == []
