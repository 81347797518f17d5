"""Match notation (held-out tests 4 and 5): ordinal minutes and places glued to digits,
stoppage time, running and colon scores, cricket figures whose runs and wickets the text
does not name."""

from __future__ import annotations

import pytest

from factcheck.text.numbers import find_mentions


def _read(text: str, lang: str | None = None) -> list[tuple]:
    return [(m.text, m.low, m.kind, m.unit) for m in find_mentions(text, language=lang)]


def _values(text: str, lang: str | None = None) -> dict[str, tuple]:
    return {m.text: (m.low, m.unit) for m in find_mentions(text, strict_one=False,
                                                             language=lang)}


@pytest.mark.parametrize(("text", "lang", "written", "value"), [
    ("il a été averti à la 76e", "fr", "76e", 76),
    ("Dimanche, Metz (16e) jouait sa place", "fr", "16e", 16),
    ("le Stade Brestois termine 3ème", "fr", "3ème", 3),
    ("Monaco finit 2nd du championnat", "fr", "2nd", 2),
    ("son 1er but en Ligue 1", "fr", "1er", 1),
    ("el Girona acabó 3er en la tabla", "es", "3er", 3),
    ("quedó 3.º en la liga", "es", "3.º", 3),
    ("a 2ª classificada", "pt", "2ª", 2),
    ("el Girona va quedar 3r a la lliga", "ca", "3r", 3),
    ("op de 3e plaats", "nl", "3e", 3),
    ("in de 76e minuut", "nl", "76e", 76),
    ("de 1ste helft", "nl", "1ste", 1),
    ("i den 76:e minuten", "sv", "76:e", 76),
    ("На 54-й хвилині Шахтар", "uk", "54-й", 54),
    ("у 2-му таймі", "uk", "2-му", 2),
    ("на 3-й минуте", "ru", "3-й", 3),
    ("в 11-м туре", "ru", "11-м", 11),
])
def test_an_ordinal_ending_glued_to_digits_reads_the_number(text, lang, written, value):
    assert (written, float(value), "number") in [t[:3] for t in _read(text, lang)]


def test_the_minute_before_its_word_takes_the_word_as_unit():
    assert _read("à la 76e minute", "fr") == [("76e", 76.0, "number", "minute")]
    assert _read("на 3-й минуте", "ru") == [("3-й", 3.0, "number", "минута")]


@pytest.mark.parametrize("text", ["la 1e6 valeur", "le groupe E3e", "en 16èmex"])
def test_digits_inside_a_word_are_no_ordinal(text):
    assert not any(m.text.endswith(("e", "ème")) for m in find_mentions(text, language="fr"))


def test_english_keeps_its_own_ordinals_and_french_endings_stay_french():
    assert _read("the 76e column", "en") == []  # no French ending in English
    assert _values("scored in the 76th minute")["76th"] == (76.0, None)


@pytest.mark.parametrize(("text", "lang", "written"), [
    ("sur un but de Lotomba (2-2, 90e+3)", "fr", "90e+3"),
    ("scored in the 90+3rd minute", None, "90+3rd"),
    ("in stoppage time (90+3)", None, "90+3"),
    ("Tor in der 90.+3 Minute", "de", "90.+3"),
    ("gol al 45'+3", "it", "45'+3"),
])
def test_stoppage_time_adds_to_the_minute(text, lang, written):
    found = _values(text, lang)
    base = 90 if written.startswith("90") else 45
    assert found[written] == (base + 3.0, "minute")
    assert all(low != 3 for low, _ in found.values())  # "+3" is no count of 3


def test_a_running_score_in_ascending_order_is_a_score_not_a_range():
    found = _read("par Soler (0-1, 7e) et Lee (0-2, 12e)", "fr")
    assert found == [("0", 0.0, "number", "score"), ("1", 1.0, "number", "score"),
                     ("7e", 7.0, "number", "minute"), ("0", 0.0, "number", "score"),
                     ("2", 2.0, "number", "score"), ("12e", 12.0, "number", "minute")]
    assert _read("Lotomba (2-2, 90e+3)", "fr")[2] == ("90e+3", 93.0, "number", "minute")
    assert _read("Lee (0-2, 12')")[2] == ("12'", 12.0, "number", "minute")
    assert _read("Müller (1:0, 6.) traf", "de") == [
        ("1", 1.0, "number", "score"), ("0", 0.0, "number", "score"),
        ("6.", 6.0, "number", "minute")]
    assert [m.kind for m in find_mentions("(0-2, 12')")] == ["number", "number", "number"]
    # not before a minute: an ascending pair stays a range
    assert _read("entre (0-2) buts", "fr")[0][2] == "range"


@pytest.mark.parametrize(("text", "lang"), [
    ("завершився перемогою гірників із рахунком 3:1", "uk"),
    ("матч завершился со счётом 3:1", "ru"),
    ("Die Bayern gewannen mit 3:1 gegen Mainz", "de"),
    ("ein verdienter 3:1-Sieg", "de"),
    ("Bayern - Dortmund 3:1", "de"),
    ("Шахтар – Динамо 3:1", "uk"),
    ("wygrała z wynikiem 3:1", "pl"),
    ("Bayern gewann gegen Mainz 3:1", "de"),
    ("Шахтар переміг Динамо 3:1", "uk"),
    ("матч закончился 3:1 в пользу хозяев", "ru"),
])
def test_a_colon_score_where_a_word_or_a_fixture_names_it(text, lang):
    scores = [(m.low, m.unit) for m in find_mentions(text, language=lang) if m.unit == "score"]
    assert scores == [(3.0, "score"), (1.0, "score")]


@pytest.mark.parametrize(("text", "lang"), [
    ("im Verhältnis 3:1 geteilt", "de"), ("a ratio of 3:1", None),
    ("das Limit 3:1 gilt", "de"), ("the underscore 3:1", None),
    ("Anpfiff um 15:30 Uhr", "de"), ("о 15:30 розпочався", "uk")])
def test_a_colon_pair_without_a_score_word_is_no_score(text, lang):
    assert all(m.unit != "score" for m in find_mentions(text, language=lang))


def test_bowling_figures_are_overs_maidens_runs_wickets():
    found = _read("Ferguson's incredible 4-4-0-3 helps NZ exit T20 World Cup")
    assert found == [("4", 4.0, "number", "over"), ("4", 4.0, "number", "maiden"),
                     ("0", 0.0, "number", "run"), ("3", 3.0, "number", "wicket")]
    assert _read("10-2-45-3 in the ODI")[2:] == [("45", 45.0, "number", "run"),
                                                 ("3", 3.0, "number", "wicket")]
    hindi = find_mentions("बुमराह ने 4-0-12-3 के आंकड़े के साथ तीन विकेट लिए", language="hi")
    assert [(m.low, m.unit) for m in hindi][:4] == [(4.0, "over"), (0.0, "maiden"),
                                                   (12.0, "run"), (3.0, "wicket")]
    # more maidens than overs, or eleven wickets: no bowling figures
    assert all(m.unit not in ("over", "wicket") for m in find_mentions("a 4-5-0-3 over spell"))
    assert all(m.unit != "wicket" for m in find_mentions("bowled 4-0-20-11 overs"))


@pytest.mark.parametrize(("text", "pairs"), [
    ("Lockie Ferguson’s figures of 3 for 0 from his four overs",
     {"3": (3.0, "wicket"), "0": (0.0, "run")}),
    ("who in turn were 16 for 2 after the powerplay", {"16": (16.0, "run"), "2": (2.0, "wicket")}),
    ("27 for the third wicket with Sese Bau", {"27": (27.0, "run")}),
    ("chasing down a paltry target of 79 with seven wickets", {"79": (79.0, "run")}),
    ("Charles Amini’s 17, the highest score of the innings", {"17": (17.0, "run")}),
    ("Amini's 17 off 23 balls lifted the innings", {"17": (17.0, "run")}),
])
def test_cricket_runs_and_wickets_the_text_leaves_unnamed(text, pairs):
    found = _values(text)
    for written, reading in pairs.items():
        assert found[written] == reading


@pytest.mark.parametrize("text", [
    "Judge went 3 for 4 with two RBIs in the ninth innings",  # hits in at-bats
    "the motion passed 16 for 2",  # no cricket
    "a target of 79 per cent of the overs bowled",
    "Amini's 17 runs in the innings",  # named: the guess is not needed
])
def test_no_runs_where_the_text_is_not_cricket_or_names_the_noun(text):
    assert all(m.unit not in ("run", "wicket") for m in find_mentions(text))
