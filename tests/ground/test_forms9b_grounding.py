"""Forms of European and English news grounded end to end, each right value with its
wrong twin: falls written as nouns or apart from their figure, first and second in the
Romance languages, English ordinals as places and editions, "N times" after its verb,
shares "9 de cada 10" and "nine in ten", Czech quarters, Turkish "bir", Polish weekdays
in the accusative, Nordic ranges of clock hours, present-tense futures, AP's
"magnitude-6.6" and "(2345 GMT)", and durations of three units."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from tests.one_fact import one_fact_verdict

CASES = [
    # (document, quote, language, right fact, wrong fact)
    # falls
    ("Vegetable prices saw a 10.2-percent drop from a year ago.\n", "a 10.2-percent drop",
     "en", {"value": -10.2, "unit": "percent"}, {"value": -10.3, "unit": "percent"}),
    ("Sales saw a 10.2-percent rise from a year ago.\n", "a 10.2-percent rise",
     "en", {"value": 10.2, "unit": "percent"}, {"value": -10.2, "unit": "percent"}),
    ("Dat is een daling van 0,3 procentpunt.\n", "een daling van 0,3 procentpunt", "nl",
     {"value": -0.3, "unit": "percentage point"}, {"value": -0.4, "unit": "percentage point"}),
    ("As avaliações foram menos 6,4% do que em julho e 0.3% face a agosto.\n",
     "menos 6,4% do que em julho e 0.3% face a agosto", "pt",
     {"value": -0.3, "unit": "percent"}, {"value": -0.4, "unit": "percent"}),
    ("As avaliações foram menos 6,4% do que em julho.\n", "menos 6,4% do que em julho", "pt",
     {"value": -6.4, "unit": "percent"}, {"value": -4.6, "unit": "percent"}),
    ("Πτώση 92% σημειώθηκε στα καθαρά κέρδη.\n", "Πτώση 92% σημειώθηκε", "el",
     {"value": -92, "unit": "percent"}, {"value": -29, "unit": "percent"}),
    ("Le nombre de blessés est en recul, de 6% sur un an.\n", "en recul, de 6%", "fr",
     {"value": -6, "unit": "percent"}, {"value": -5, "unit": "percent"}),
    ("Les ventes ont baissé, mais les exportations ont augmenté de 6%.\n",
     "les exportations ont augmenté de 6%", "fr",
     {"value": 6, "unit": "percent"}, {"value": -6, "unit": "percent"}),  # a rise
    ("تراجعت أرباحها خلال الثلاثة أشهر المنتهية في 30 سبتمبر بنسبة 34%.\n",
     "تراجعت أرباحها خلال الثلاثة أشهر المنتهية في 30 سبتمبر بنسبة 34%", "ar",
     {"value": -34, "unit": "percent"}, {"value": -30, "unit": "percent"}),
    ("ارتفعت الإيرادات بنسبة 16%.\n", "ارتفعت الإيرادات بنسبة 16%", "ar",
     {"value": 16, "unit": "percent"}, {"value": -16, "unit": "percent"}),  # a rise
    # first and second, "tercer"
    ("Perú es el segundo mayor productor mundial.\n", "el segundo mayor productor", "es",
     {"value": 2, "unit": "rank"}, {"value": 3, "unit": "rank"}),
    ("Le feu a pris au premier étage du bâtiment.\n", "au premier étage", "fr",
     {"value": 1, "unit": "floor"}, {"value": 2, "unit": "floor"}),
    ("O gol saiu no segundo tempo.\n", "no segundo tempo", "pt",
     {"value": 2}, {"value": 1}),
    ("En el tercer trimestre el PIB creció.\n", "En el tercer trimestre", "es",
     {"value": 3, "unit": "quarter"}, {"value": 4, "unit": "quarter"}),
    # English ordinals and "times"
    ("Komen has won the 37th Athens Marathon.\n", "won the 37th Athens Marathon", "en",
     {"value": 37, "unit": "edition"}, {"value": 36, "unit": "edition"}),
    ("She won in 2:39:00, finishing 35th overall.\n", "finishing 35th overall", "en",
     {"value": 35, "unit": "place"}, {"value": 36, "unit": "place"}),
    ("Kenyan runners have won the race 16 times since 2001.\n",
     "have won the race 16 times since 2001", "en",
     {"value": 16, "unit": "win"}, {"value": 16, "unit": "loss"}),
    ("He has been arrested twice since May.\n", "He has been arrested twice", "en",
     {"value": 2, "unit": "arrest"}, {"value": 3, "unit": "arrest"}),
    # shares and fractions
    ("El registre històric és de 9 de cada 10.\n", "és de 9 de cada 10", "ca",
     {"value": 90, "unit": "percent"}, {"value": 9, "unit": "percent"}),
    ("Nou de cada deu incendis eren provocats.\n", "Nou de cada deu incendis", "ca",
     {"value": 90, "unit": "percent"}, {"value": 80, "unit": "percent"}),
    ("Nine in ten fires are caused by people.\n", "Nine in ten fires", "en",
     {"value": 90, "unit": "percent"}, {"value": 80, "unit": "percent"}),
    ("Po sečtení tří čtvrtin okrsků vede ANO.\n", "po sečtení tří čtvrtin okrsků", "cs",
     {"value": 75, "unit": "percent"}, {"value": 3, "unit": "percent"}),
    # Turkish one
    ("Otobüsün çarptığı bir kadın öldü.\n", "bir kadın öldü", "tr",
     {"value": 1, "unit": "person"}, {"value": 2, "unit": "person"}),
    # magnitude with a hyphen
    ("The quake was magnitude-6.6, officials said.\n", "The quake was magnitude-6.6", "en",
     {"value": 6.6}, {"value": 6.5}),
    # three-part durations
    ("The 42-year-old clocked 2 hours 16 minutes 34 seconds.\n",
     "clocked 2 hours 16 minutes 34 seconds", "en",
     {"value": 8194, "unit": "second"}, {"value": 8196, "unit": "second"}),
]


@pytest.mark.parametrize(("doc", "quote", "lang", "right", "wrong"), CASES,
                         ids=[c[1][:40] for c in CASES])
def test_right_value_grounds_and_wrong_one_does_not(tmp_path: Path, doc: str, quote: str,
                                                    lang: str, right: dict,
                                                    wrong: dict) -> None:
    assert one_fact_verdict(tmp_path / "r", doc, {"quote": quote, **right}, lang) == GROUNDED
    assert one_fact_verdict(tmp_path / "w", doc, {"quote": quote, **wrong}, lang) == UNGROUNDED


@pytest.mark.parametrize("doc", [
    "Le premier ministre a parlé.\n",  # a title
    "Secondo il rapporto, le vendite crescono.\n",  # "according to"
    "El atleta tardó 30 segundos más.\n",  # seconds
])
def test_first_and_second_are_not_read_where_they_are_other_words(tmp_path: Path,
                                                                   doc: str) -> None:
    lang = {"L": "fr", "S": "it", "E": "es"}[doc[0]]
    quote = doc.strip().rstrip(".")
    for value in (1, 2):
        assert one_fact_verdict(tmp_path / str(value), doc, {"quote": quote, "value": value},
                                lang) == UNGROUNDED


# dates and times: (document, quote, language, published, right, wrong)
DATED = [
    ("W sobotę odnotowane zostały 84 wypadki drogowe.\n", "W sobotę odnotowane zostały",
     "pl", dt.date(2025, 8, 18), {"value": "2025-08-16"}, {"value": "2025-08-17"}),
    ("W niedzielę zginęło 9 osób.\n", "W niedzielę zginęło 9 osób", "pl",
     dt.date(2025, 8, 18), {"value": "2025-08-17"}, {"value": "2025-08-16"}),
    ("Den laveste prisen onsdag blir mellom klokken 5 og 6.\n",
     "Den laveste prisen onsdag blir", "nb", dt.date(2025, 10, 28),
     {"value": "2025-10-29"}, {"value": "2025-10-30"}),
    ("Den laveste prisen blir mellom klokken 5 og 6 på natten.\n",
     "mellom klokken 5 og 6 på natten", "nb", dt.date(2025, 10, 28),
     {"value": [5, 6], "unit": "hour"}, {"value": [5, 7], "unit": "hour"}),
    ("Begin november komt het bureau met de cijfers.\n", "Begin november komt het bureau",
     "nl", dt.date(2022, 10, 31), {"value": "2022-11"}, {"value": "2021-11"}),
    ("The quake struck at 7:45 a.m. (2345 GMT Sunday).\n", "7:45 a.m. (2345 GMT Sunday)",
     "en", dt.date(2023, 12, 19), {"value": 1425, "unit": "minute"},
     {"value": 2345, "unit": "minute"}),
]


@pytest.mark.parametrize(("doc", "quote", "lang", "published", "right", "wrong"), DATED,
                         ids=[c[1][:40] for c in DATED])
def test_dates_and_times_ground_and_their_twins_do_not(tmp_path: Path, doc: str, quote: str,
                                                       lang: str, published: dt.date,
                                                       right: dict, wrong: dict) -> None:
    assert one_fact_verdict(tmp_path / "r", doc, {"quote": quote, **right}, lang,
                            published) == GROUNDED
    assert one_fact_verdict(tmp_path / "w", doc, {"quote": quote, **wrong}, lang,
                            published) == UNGROUNDED
