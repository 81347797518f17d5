"""Reading numbers as news writes them, where surviving mutants of ``text/`` showed no
test pinned the result: a participle before a plural noun, vague plurals beside spelled
numbers, times without a.m./p.m., "no" and "an" before words that count nothing, a lone
"one" before a reflexive or "day", and Ukrainian number words, dates and singular nouns."""

from __future__ import annotations

import pytest

from factcheck.text.languages import scan
from factcheck.text.nouns import Aliases
from factcheck.text.numbers import find_mentions


def _read(text: str, language: str | None = None, strict: bool = False) -> list[tuple]:
    return [(m.text, m.kind, m.low, m.unit, m.monthday)
            for m in find_mentions(text, strict_one=strict, language=language)]


WAR = "Russia pounded Ukraine with hundreds of drones and missiles to end the three-year-old war."


@pytest.mark.parametrize(("text", "language", "strict", "expected"), [
    ("IRAQ: 147,464 registered refugees", None, False,
     [("147,464", "number", 147464.0, "refugees", None)]),
    (WAR, None, True, [("three-year-old", "age", 3.0, "year-old", None)]),
    (WAR, None, False, [("hundreds", "implicit", 100.0, None, None),
                        ("three-year-old", "age", 3.0, "year-old", None)]),
    ("The fire was put out at 13:54.", None, False, [("13:54", "time", 13.9, None, None)]),
    ("There was no immediate comment.", None, False, []),
    ("The toll hit an all time high in 2022", None, False,
     [("2022", "year", 2022.0, None, None)]),
    ("He saw one himself.", None, True, []),
    ("He saw one day.", None, True, []),
    ("Збито 66 дронів 26 квітня", "uk", False,
     [("66", "number", 66.0, "дрон", None), ("26 квітня", "monthday", None, None, (4, 26))]),
    ("Загиблих троє", "uk", False, [("троє", "number", 3.0, None, None)]),
    ("Загинули троє людей і п'ятеро поранені", "uk", False,
     [("троє", "number", 3.0, "людина", None), ("п'ятеро", "number", 5.0, None, None)]),
    ("Вранці загинув дід", "uk", False, [("дід", "number", 1.0, "дід", None)]),
    # a number word before a singular noun leaves the noun free
    ("Загинули троє людей, а також дід", "uk", False,
     [("троє", "number", 3.0, "людина", None), ("дід", "number", 1.0, "дід", None)]),
])
def test_mentions(text, language, strict, expected):
    assert _read(text, language, strict) == expected


SEED_SENTENCE = (
    "At least four people were killed overnight and on Saturday morning as Russia continued "
    "to pound Ukraine with hundreds of drones and cruise missiles as part of a stepped-up "
    "bombing campaign that has further dampened hopes for a breakthrough in efforts to end "
    "the more than three-year-old war.")


def test_number_words_are_read_within_their_run_only():
    # "hundreds ... three" must not be read as one run of number words
    assert [(m.text, m.kind, m.low) for m in find_mentions(SEED_SENTENCE, strict_one=True)] \
        == [("four", "number", 4.0), ("Saturday", "weekday", None),
            ("three-year-old", "age", 3.0)]
    assert [(m.text, m.kind, m.low, m.alt) for m in find_mentions(SEED_SENTENCE, strict_one=False)
            if m.text == "hundreds"] == [("hundreds", "implicit", 100.0, 200.0)]


def test_a_ukrainian_weekday_after_other_words_is_read_once():
    got = find_mentions("Збито 66 дронів у суботу", strict_one=False, language="uk")
    assert [(m.text, m.kind, m.weekday) for m in got] == [("66", "number", None),
                                                          ("суботу", "weekday", 5)]


def test_a_ukrainian_date_is_read_when_its_own_words_are_free():
    taken = bytearray(40)
    taken[6:8] = b"\x01\x01"  # "66" is taken: the date after it is still free

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    assert [(f.start, f.end, f.kind, f.monthday) for f in
            scan("Збито 66 дронів 26 квітня", "uk", free)] == [(16, 25, "monthday", (4, 26))]


def test_both_is_two_in_ukrainian():
    got = find_mentions("Загинули обидва пілоти", strict_one=False, language="uk")
    assert [(m.text, m.low) for m in got] == [("обидва", 2.0)]


def test_a_two_letter_hindi_alias_names_the_inflected_word():
    aliases = Aliases(language="hi")
    assert aliases.names("vote", "मतों")  # "मत" (vote) + the oblique plural ending
    assert not aliases.names("vote", "मरों")


def test_a_fraction_before_a_date_or_a_time_is_read():
    assert [(m.text, m.kind, m.low) for m in find_mentions(
        "Half of the drones fell on April 26, 2025.", strict_one=False)] == [
        ("Half", "fraction", 0.5), ("April 26, 2025", "date", None)]
    assert [(m.text, m.kind, m.low) for m in find_mentions(
        "A third of them arrived at 9:30 p.m.", strict_one=False)] == [
        ("A third", "fraction", 1 / 3), ("9:30 p.m.", "time", 21.5)]
