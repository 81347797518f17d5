"""Arabic counts without digits: a bare indefinite noun is one (grounding only), duals of
nouns with broken plurals, "thousand" with its accusative ending."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _read(text: str, strict_one: bool = False) -> list[tuple]:
    return [(m.text, m.low) for m in find_mentions(text, language="ar",
                                                    strict_one=strict_one)]


@pytest.mark.parametrize(("text", "written"), [
    ("وشخص في محافظة جنوب سيناء", "وشخص"),  # and a person
    ("بعد أسبوع من العاصفة", "أسبوع"),  # after a week
])
def test_a_bare_noun_is_one_when_grounding(text, written):
    assert _read(text) == [(written, 1.0)]
    assert _read(text, strict_one=True) == []


@pytest.mark.parametrize("text", ["كل شخص", "الشخص", "عدة أسابيع"])
def test_each_the_or_several_is_not_one(text):
    assert all(low != 1.0 for _, low in _read(text))


def test_the_dual_of_a_noun_with_a_broken_plural_is_two():
    assert _read("إلى تمزق سدين في أعلى المنبع") == [("سدين", 2.0)]


@pytest.mark.parametrize(("text", "value"), [
    ("تشريد أكثر من 40 ألفا", 40000.0), ("أكثر من 40 ألفاً", 40000.0),
    ("3 آلاف", 3000.0), ("نحو 20 مليونا", 20e6),
])
def test_thousand_and_million_in_the_accusative(text, value):
    assert [low for _, low in _read(text, strict_one=True)] == [value]


@pytest.mark.parametrize(("text", "lang", "written", "value"), [
    ("На первом круге столкнулось пять машин", "ru", "первом", 1.0),
    ("на втором круге", "ru", "втором", 2.0),
    ("у першому турі", "uk", "першому", 1.0),
])
def test_first_and_second_in_russian_and_ukrainian(text, lang, written, value):
    found = [(m.text, m.low) for m in find_mentions(text, language=lang, strict_one=False)]
    assert (written, value) in found


def test_other_is_not_second():
    assert all(m.low != 2.0 for m in find_mentions("другой человек", language="ru",
                                                   strict_one=False))
