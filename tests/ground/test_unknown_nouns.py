"""Nouns of other languages that no table holds: no ground for a false alarm, while a
known noun that counts something else still fails."""

from __future__ import annotations

import pytest

from factcheck.ground.grounding import unit_mismatch
from factcheck.text.nouns import Aliases
from factcheck.text.numbers import find_mentions


def _why(unit: str, quote: str, value: float, lang: str, before: str = "",
         extra: dict | None = None) -> str | None:
    [m] = [m for m in find_mentions(quote, language=lang) if m.low == value]
    return unit_mismatch(unit, m, quote, Aliases(extra or {}, lang), before, value)


def test_an_unknown_noun_of_another_language_neither_grounds_nor_fails():
    assert _why("seat", "El PP obtuvo 136 escaños", 136, "es") is None
    assert _why("fire", "plus de 20 feux ont brûlé", 20, "fr") is None


def test_a_known_noun_that_counts_something_else_still_fails():
    why = _why("seat", "Murieron 12 personas", 12, "es")
    assert why is not None and "personas" in why and "seats" in why


def test_english_nouns_stay_checked():
    assert _why("seat", "Labour won 136 escaños", 136, "en") is not None
    assert _why("seat", "Labour won 136 seats", 136, "en") is None


@pytest.mark.parametrize(("unit", "extra"), [
    ("seat", None), ("person", None), ("seat", {"seat": ["escaños"]}),
])
def test_an_elided_noun_of_another_language_is_not_held_against_the_quote(unit, extra):
    """"I disoccupati under 25 sono 698mila": the words an elided noun refers back to
    are often not in the tables, so their absence says nothing."""
    assert _why(unit, "y el PSOE, 122", 122, "es", "Se votó ayer.", extra) is None


def test_an_elided_english_noun_must_be_named_near_the_quote():
    assert _why("seat", "and Labour, 122", 122, "en", "Voting ended yesterday.") is not None
    assert _why("seat", "and Labour, 122", 122, "en", "The Tories won 136 seats") is None


def test_an_elided_noun_named_just_before_grounds_with_the_sheets_words():
    assert _why("seat", "y el PSOE, 122", 122, "es", "El PP obtuvo 136 escaños",
                {"seat": ["escaños"]}) is None


def test_a_rate_looks_back_to_where_its_paragraph_names_what_it_counts():
    from factcheck.ground.grounding import antecedent

    doc = ("Intro line.\nThe rate of drug overdose deaths rose from 6.1 per 100,000 in 1999. "
           "More specifically, the rate rose by 10% a year. For males, the rate rose from 8.2 "
           "per 100,000. For females, the rate rose from 3.9 per 100,000.")
    span = (doc.index("For females"), len(doc))
    assert "deaths" not in antecedent(doc, span)
    assert antecedent(doc, span, paragraph=True).startswith("The rate of drug overdose deaths")
    blank = doc.replace("\n", "\n\n")
    span = (blank.index("For females"), len(blank))
    assert antecedent(blank, span, paragraph=True).startswith("The rate of")


def test_a_day_and_month_of_last_year():
    import datetime as dt

    from factcheck.ground.grounding import last_years_day

    published = dt.date(2022, 7, 13)

    def read(quote, lang, value):
        return last_years_day(value, quote, find_mentions(quote, language=lang), published)

    assert read("Heavy rain fell on July 14 last year", "en", dt.date(2021, 7, 14))
    assert read("am 14. und 15. Juli des vergangenen Jahres", "de", dt.date(2021, 7, 14))
    assert read("le 14 juillet de l'année dernière", "fr", dt.date(2021, 7, 14))
    assert read("Heavy rain fell on July 14 last year", "en", dt.date(2020, 7, 14)) is None
    assert read("Heavy rain fell on July 14", "en", dt.date(2021, 7, 14)) is None
    assert read("Last year, on July 14", "en", dt.date(2021, 7, 14)) is None  # cue first


@pytest.mark.parametrize("text", ["secondo le stime dell'Istat", "selon l\u2019Insee",
                                  "ha detto l'Istat"])
def test_an_elided_article_before_a_source_name(text):
    from factcheck.api.model import Source
    from factcheck.ground.attribution import named_form

    name = "Istat" if "Istat" in text else "Insee"
    assert named_form(Source(name=name), text, "it" if name == "Istat" else "fr") == name.lower()


def test_a_chinese_noun_after_a_measure_word():
    assert _why("passenger", "车内有48名乘客", 48, "zh") is None  # 乘客: no table holds it
    assert _why("passenger", "车内有48名乘客", 48, "zh", extra={"passenger": ["乘客"]}) is None
    assert _why("drone", "车内有48名乘客", 48, "zh", extra={"drone": ["无人机"]}) is not None


def test_middle_schoolers_are_students():
    assert _why("student", "1,600 middle schoolers were surveyed", 1600, "en") is None


def _ground_value(tmp_path, text: str, lang: str, value, quote: str) -> str:
    import yaml

    from factcheck.pipeline import check_sheet

    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(text, encoding="utf-8")
    sheet = {"document": "seeds/d.txt", "language": lang, "facts": {
        "f": {"value": value, "unit": "person", "quote": quote}}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet, allow_unicode=True),
                                     encoding="utf-8")
    [g] = check_sheet(tmp_path / "s.yaml", tmp_path).grounding
    return g.verdict


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Le chômage touche 9,7 % des actifs, soit 62.000 demandeurs de plus."),
    ("es", "La tasa bajó al 23,8 % y hay 2.300 personas más en paro."),
])
def test_a_dot_before_three_digits_groups_thousands_where_the_text_writes_decimal_commas(
        tmp_path, lang, text):
    quote = text.split(", ")[-1] if lang == "fr" else text.split(" y ")[-1]
    right = 62000 if lang == "fr" else 2300
    assert _ground_value(tmp_path, text, lang, right, quote) == "grounded"
    assert _ground_value(tmp_path, text, lang, right / 1000, quote) == "ungrounded"


def test_without_a_decimal_comma_in_the_text_both_readings_stay(tmp_path):
    text = "Hay 2.300 personas más en paro."
    assert _ground_value(tmp_path, text, "es", 2.3, "Hay 2.300 personas") == "grounded"
    mixed = "La tasa bajó al 23,8 %. Hay 2.300 personas más en paro."
    assert _ground_value(tmp_path, mixed, "es-MX", 2.3, "Hay 2.300 personas") == "grounded"
