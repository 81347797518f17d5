"""Japanese and Chinese race times, a unit glued to CJK text, Korean day counts and day
ranges, Thai Buddhist-era years, Bengali counters glued to number words and Malay and
Indonesian ordinal minutes (held-out tests 10 and 11)."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _read(text: str, lang: str, strict_one: bool = True) -> list[tuple]:
    return [(m.text, m.kind, m.low, m.unit)
            for m in find_mentions(text, strict_one=strict_one, language=lang)]


@pytest.mark.parametrize(("text", "lang", "written", "seconds"), [
    ("バタフライは52秒63で入ると", "ja", "52秒63", 52.63),
    ("日本記録を0秒5上回る", "ja", "0秒5", 0.5),
    ("2分59秒43で最後の自由形へ", "ja", "2分59秒43", 179.43),
    ("3分55秒53で自身が持つ日本記録", "ja", "3分55秒53", 235.53),
    ("他以1分46秒85夺冠", "zh", "1分46秒85", 106.85),
    ("世界記録まであと100分の3秒だった", "ja", "100分の3秒", 0.03),
])
def test_a_race_time_is_one_figure_in_seconds(text, lang, written, seconds):
    [(got, kind, low, unit)] = [r for r in _read(text, lang) if r[3] == "second"]
    assert (got, kind, unit) == (written, "number", "second")
    assert low == pytest.approx(seconds)


def test_whole_seconds_and_minutes_are_read_as_before():
    assert ("21", "number", 21.0) in [r[:3] for r in _read("一気に21秒の壁を突破", "ja")]
    assert all(r[3] != "second" for r in _read("2分59秒", "ja"))


def test_a_japanese_fraction_without_seconds():
    assert ("100分の3", "fraction", 0.03, None) in _read("100分の3の確率", "ja")


def test_a_unit_glued_to_cjk_text():
    assert ("400", "number", 400.0, "m") in _read("男子400m個人メドレーで", "ja")


@pytest.mark.parametrize(("text", "days"), [
    ("지난 5~6일 이틀간 실시된", 2.0), ("사흘째 이어졌다", 3.0), ("열흘 동안", 10.0),
    ("하루 만에", 1.0)])
def test_korean_native_day_counts(text, days):
    assert (days, "day") in [(r[2], r[3]) for r in _read(text, "ko")]


@pytest.mark.parametrize(("text", "year"), [
    ("คาดว่าจีดีพี ในปี 2561 จะขยายตัว", 2018.0), ("และปี 2562 ที่ร้อยละ 4.2", 2019.0),
    ("พ.ศ. 2560", 2017.0)])
def test_thai_buddhist_era_years(text, year):
    assert [r[2] for r in _read(text, "th") if r[1] == "year"] == [year]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("সারাদেশে বন্যায় আরও তিনজনের মৃত্যুতে", 3.0, "জন"),
    ("ঢাকা বিভাগের একজন", 1.0, "জন"),
    ("সাপের কামড়ে দুজন", 2.0, "জন"),
    ("অন্যান্য কারণে ন\u09dfজন", 9.0, "জন"),  # য় as one character
    ("অন্যান্য কারণে ন\u09af\u09bcজন", 9.0, "জন"),  # য and the nukta
    ("রংপুর বিভাগে তিনটি", 3.0, None),
    ("ময়মনসিংহ বিভাগে সাতটি উপজেলা", 7.0, "উপজেলা"),
])
def test_bengali_number_words_with_a_glued_counter(text, value, unit):
    assert (value, unit) in [(r[2], r[3]) for r in _read(text, "bn")]


def test_bengali_one_with_the_classifier_is_read_only_when_one_is_sought():
    text = "চট্টগ্রাম বিভাগে একটি উপজেলা"
    assert _read(text, "bn") == []
    assert [r[2] for r in _read(text, "bn", strict_one=False)] == [1.0]


@pytest.mark.parametrize(("text", "lang", "value", "unit"), [
    ("Gol tunggal perlawanan hadir seawal minit ketiga", "ms", 3.0, "minute"),
    ("hampir menambah jaringan pada minit ke-22", "ms", 22.0, "minute"),
    ("gol pada menit ke-22", "id", 22.0, "minute"),
    ("pada minit kedua", "ms", 2.0, "minute"),
    ("juara kali ke-5", "id", 5.0, None),
])
def test_malay_and_indonesian_ordinals(text, lang, value, unit):
    assert (value, unit) in [(r[2], r[3]) for r in _read(text, lang)]


def test_kedua_alone_is_both():
    assert _read("kedua negara bertemu", "ms") == []
