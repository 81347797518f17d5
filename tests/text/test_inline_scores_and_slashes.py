"""A score between the teams' names with no word naming it, and a figure restated on
another scale after a slash ("115F/46.1C")."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _scores(text: str, lang: str | None = None) -> list[float]:
    return [m.low for m in find_mentions(text, language=lang) if m.unit == "score"]


@pytest.mark.parametrize(("text", "lang", "pair"), [
    ("Bayern 3:1 Dortmund hieß es am Ende", "de", [3.0, 1.0]),
    ("Alba 89:78 Bayern in der Arena", "de", [89.0, 78.0]),
    ("Шахтар 2:0 Динамо", "uk", [2.0, 0.0]),
    ("Ajax 10:2 Heracles", "nl", [10.0, 2.0]),
])
def test_a_score_between_two_names_that_cannot_be_a_time(text, lang, pair):
    assert _scores(text, lang) == pair


@pytest.mark.parametrize(("text", "lang"), [
    ("Montag 10:30 Berlin", "de"),  # a time of day between two names
    ("Bayern 3:1", "de"),  # no second name
    ("the ratio 3:1 Was", None),  # a lower-case word before
    ("Bayern 3:1 gegen", "de"),  # a lower-case word after
])
def test_a_pair_not_between_two_names_or_a_time_is_no_score(text, lang):
    assert _scores(text, lang) == []


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Temperatures reached 115F/46.1C on Tuesday", 46.1, "degC"),
    ("highs of 95°F/35°C", 35.0, "degC"),
    ("a 5ft/1.5m storm surge", 1.5, None),  # "1.5m" alone stays unread as metres
    ("weighed 9kg/20lb", 20.0, None),
])
def test_a_figure_after_a_slash_restating_a_measure(text, value, unit):
    found = {(m.low, m.unit) for m in find_mentions(text)}
    assert (value, unit) in found


@pytest.mark.parametrize("text", ["on 10/11 at noon", "a rate of 3/4", "per km/100 units"])
def test_a_figure_after_a_slash_elsewhere_is_not_read(text):
    after = text.split("/", 1)[1]
    assert all(not after.startswith(m.text) or m.start < text.index("/")
               for m in find_mentions(text))


@pytest.mark.parametrize("text", [
    "to improve to 3-13 on the season",  # a win-loss record after "improve to"
    "a 0-3 defeat at home", "their 1-2 loss", "a 0-1 win for the visitors",
    "dimalukan Palestin 0-6.", "lost to Spain 0-3, their worst",
])
def test_a_result_with_the_lower_side_first_is_a_score_not_a_range(text):
    found = find_mentions(text)
    assert [m.unit for m in found] == ["score", "score"]
    assert all(m.kind != "range" for m in found)


@pytest.mark.parametrize("text", [
    "children aged 0-6 years", "Ages 0-6.", "temperatures of 0-5 degrees",
    "it rained in London 2-3 times.",
])
def test_a_range_from_a_lower_figure_stays_a_range(text):
    assert [m.kind for m in find_mentions(text)] == ["range"]


@pytest.mark.parametrize(("text", "unit"), [
    ("the busiest day for almost a year-and-a-half", "year"),
    ("an hour and a half later", "hour"),
])
def test_a_noun_and_a_half_is_one_and_a_half(text, unit):
    assert [(m.low, m.unit) for m in find_mentions(text)] == [(1.5, unit)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Malaysia pernah dimalukan Palestin 0-6 dalam aksi", "ms"),
    ("they lost to Spain 0-3 in Madrid", None),
])
def test_a_result_after_a_verb_of_losing_is_a_score(text, lang):
    assert [m.unit for m in find_mentions(text, language=lang)] == ["score", "score"]


def test_a_measured_span_after_a_verb_of_losing_stays_a_range():
    assert [m.kind for m in find_mentions("he lost 2-3 kg")] == ["range"]
