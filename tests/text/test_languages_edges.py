"""Languages: script detection at its thresholds, attribution clauses, singular nouns."""

from __future__ import annotations

import pytest

from factcheck.text.languages import detect, scan_singulars, speaker


@pytest.mark.parametrize(("text", "lang"), [
    ("a" * 30, "en"),
    ("ж" * 19, "en"),  # under 20 letters of a script: English
    ("ж" * 20, "ru"),
    ("жі" + "ж" * 20, "uk"),  # a letter only Ukrainian has
    ("к" * 20 + "a" * 100, "ru"),
    ("क" * 20, "hi"),
    ("క" * 20, "te"),
    ("क" * 19 + "క" * 20, "te"),  # the script with more letters wins
    ("क" * 21 + "క" * 20, "hi"),
    ("ж" * 21 + "క" * 20 + "क" * 20, "ru"),
    ("1,300 a dozen a dozen a dozen a dozen a dozen", "en"),  # one Hungarian word, repeated
    ("a kormány szerint a munkanélküliség és az infláció is nőtt", "hu"),
    ("la tasa es de 3,5 por ciento y el paro se redujo para los jóvenes", "es"),
])
def test_detect(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize(("sentence", "lang", "who"), [
    ("Про це повідомили в Повітряних силах ЗСУ, що збили 66 дронів", "uk",
     "Повітряних силах ЗСУ"),
    ("за даними Генштабу", "uk", "Генштабу"),
    ("Как сообщили в Минобороны России о 20 дронах", "ru", "Минобороны России"),
    ("पुलिस ने बताया कि 5 लोग मारे गए", "hi", "पुलिस"),
    ("राज्य में, अधिकारियों के अनुसार 5 लोग", "hi", "अधिकारियों"),
    ("అధికారులు తెలిపారు", "te", "అధికారులు"),
    ("ఎన్నికల సంఘం ప్రకారం", "te", "ఎన్నికల సంఘం"),
    ("nothing here", "uk", None),
    ("the air force said", "en", None),
])
def test_speaker(sentence, lang, who):
    assert speaker(sentence, lang) == who


def test_a_singular_noun_counts_one_in_ukrainian_and_russian_only():
    def found(text, lang):
        return [(f.start, f.end, f.value, f.unit)
                for f in scan_singulars(text, lang, lambda a, b: True)]

    assert found("загинула літня жінка", "uk") == [(15, 20, 1.0, "жінка")]
    assert found("погибла пожилая женщина", "ru") == [(16, 23, 1.0, "женщина")]
    assert found("загинула літня жінка", "en") == []
    assert found("загинули люди", "uk") == []  # plural
    assert [f.start for f in scan_singulars("загинула літня жінка", "uk",
                                            lambda a, b: a != 15)] == []
