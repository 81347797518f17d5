"""Held-out 9 and 10: number words of European languages grounded end to end, each
with its wrong twin, which must not ground."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.one_fact import one_fact_verdict

from factcheck.engine.outcome import GROUNDED, UNGROUNDED


def _ground(tmp_path: Path, doc: str, quote: str, fact: dict, language: str) -> str:
    return one_fact_verdict(tmp_path, doc, {"quote": quote, **fact}, language,
                            dt.date(2024, 5, 19))


PT = ("Morreram 29 pessoas, 28 no local e uma já no hospital. Há três aviões prontos. "
      "Os dois Falcon 50 e um C-295M estão prontos.\n")
CASES = [
    # (document, quote, language, right fact, wrong fact)
    # 1. "one" written as the article or its pronoun, where it counts
    ("Es fielen bis zu 50 Liter pro Quadratmeter innerhalb einer Stunde.\n",
     "innerhalb einer Stunde", "de", {"value": 1, "unit": "hour"}, {"value": 2, "unit": "hour"}),
    (PT, "28 no local e uma já no hospital", "pt", {"value": 1, "unit": "person"},
     {"value": 2, "unit": "person"}),
    (PT, "Os dois Falcon 50 e um C-295M", "pt", {"value": 1, "unit": "aircraft"},
     {"value": 3, "unit": "aircraft"}),
    ("Three planes are ready: two Falcons and a C-295M.\n", "two Falcons and a C-295M", "en",
     {"value": 1, "unit": "aircraft"}, {"value": 3, "unit": "aircraft"}),
    ("El partido perdió un diputado.\n", "perdió un diputado", "es",
     {"value": 1, "unit": "seat"}, {"value": 2, "unit": "seat"}),
    ("Nell'incidente è morto un uomo.\n", "è morto un uomo", "it",
     {"value": 1, "unit": "person"}, {"value": 2, "unit": "person"}),
    ("L'accident a fait une victime.\n", "a fait une victime", "fr",
     {"value": 1, "unit": "person"}, {"value": 2, "unit": "person"}),
    ("Ve vlaku byl jeden člověk zaklíněný.\n", "byl jeden člověk zaklíněný", "cs",
     {"value": 1, "unit": "person"}, {"value": 2, "unit": "person"}),
    ("Vo vlaku bol jeden človek.\n", "bol jeden človek", "sk",
     {"value": 1, "unit": "person"}, {"value": 2, "unit": "person"}),
    ("Sơn La, Huế (mỗi nơi một người).\n", "mỗi nơi một người", "vi",
     {"value": 1, "unit": "person"}, {"value": 2, "unit": "person"}),
    # 2. 21-99 as one word, and compounds closing in one ("treinta y un" is no 30)
    ("Cuando obtuvieron veintiún representantes.\n", "obtuvieron veintiún representantes",
     "es", {"value": 21, "unit": "seat"}, {"value": 20, "unit": "seat"}),
    ("Hubo veintidós muertos.\n", "veintidós muertos", "es", {"value": 22}, {"value": 20}),
    ("Ci sono stati ventotto morti.\n", "ventotto morti", "it", {"value": 28}, {"value": 8}),
    ("Es gab dreiundzwanzig Tote.\n", "dreiundzwanzig Tote", "de", {"value": 23},
     {"value": 3}),
    ("El partido logró treinta y un escaños.\n", "treinta y un escaños", "es",
     {"value": 31, "unit": "seat"}, {"value": 30, "unit": "seat"}),
    ("Houve vinte e um mortos.\n", "vinte e um mortos", "pt", {"value": 21}, {"value": 20}),
    ("Houve vinte e uma vítimas.\n", "vinte e uma vítimas", "pt", {"value": 21},
     {"value": 20}),
    ("Il y a eu vingt et un morts.\n", "vingt et un morts", "fr", {"value": 21},
     {"value": 20}),
    ("Il y a eu soixante et onze morts.\n", "soixante et onze morts", "fr", {"value": 71},
     {"value": 60}),
    # 3. ordinals above twelfth, and Spanish one-word ordinals
    ("El IPC encadena su decimocuarta tasa positiva consecutiva.\n",
     "su decimocuarta tasa positiva consecutiva", "es", {"value": 14}, {"value": 4}),
    ("The CPI posted its fourteenth positive rate in a row.\n",
     "its fourteenth positive rate in a row", "en", {"value": 14}, {"value": 4}),
    ("It was the twenty-first edition.\n", "the twenty-first edition", "en", {"value": 21},
     {"value": 20}),
    ("C'est la vingt-deuxième fois.\n", "la vingt-deuxième fois", "fr", {"value": 22},
     {"value": 20}),
    ("Foi o décimo quarto lugar.\n", "o décimo quarto lugar", "pt", {"value": 14},
     {"value": 10}),
    # 4. a scaled figure, "and", the rest
    ("Nel trimestre sono stati 35 milioni e 452.466 passeggeri.\n",
     "sono stati 35 milioni e 452.466", "it", {"value": 35452466}, {"value": 35000000}),
    ("There were 35 million and 452,466 passengers.\n", "35 million and 452,466 passengers",
     "en", {"value": 35452466}, {"value": 452466}),
    ("Sono arrivati 1 milione e 200 mila turisti.\n", "1 milione e 200 mila turisti", "it",
     {"value": 1200000}, {"value": 200000}),
    # 5. a range with an article before each end
    ("Todos com idades compreendidas entre os 40 e os 50 anos.\n",
     "entre os 40 e os 50 anos", "pt", {"value": [40, 50], "unit": "year"},
     {"value": [40, 60], "unit": "year"}),
    ("Tenían entre los 40 y los 50 años.\n", "entre los 40 y los 50 años", "es",
     {"value": [40, 50], "unit": "year"}, {"value": [40, 60], "unit": "year"}),
    ("Avevano tra i 40 e i 50 anni.\n", "tra i 40 e i 50 anni", "it",
     {"value": [40, 50], "unit": "year"}, {"value": [30, 50], "unit": "year"}),
    # 6. Romanian "de" and "din" are no unit
    ("Dan a obținut 53,60 din totalul voturilor.\n", "Dan a obținut 53,60 din totalul voturilor",
     "ro", {"value": 53.6, "unit": "percent"}, {"value": 53.5, "unit": "percent"}),
    ("Partidul a obținut 45 de procente din voturi.\n", "45 de procente", "ro",
     {"value": 45, "unit": "percent"}, {"value": 46, "unit": "percent"}),
    ("Au fost rănite 20 de persoane.\n", "20 de persoane", "ro",
     {"value": 20, "unit": "person"}, {"value": 20, "unit": "vehicle"}),
    # 7. Finnish number words in their cases
    ("Vain neljänä päivänä Suomessa ei ollut hellettä.\n", "Vain neljänä päivänä", "fi",
     {"value": 4, "unit": "day"}, {"value": 5, "unit": "day"}),
    ("Sade jatkui kolmena päivänä viidessä kunnassa.\n", "viidessä kunnassa", "fi",
     {"value": 5}, {"value": 3}),
    # 8. Czech "pacienty" counts patients
    ("Vrtulník letěl se dvěma pacienty do Motola.\n", "se dvěma pacienty", "cs",
     {"value": 2, "unit": "patient"}, {"value": 2, "unit": "vehicle"}),
]


@pytest.mark.parametrize("doc, quote, language, right, wrong", CASES)
def test_grounds_and_its_wrong_twin_does_not(tmp_path, doc, quote, language, right, wrong):
    assert _ground(tmp_path / "right", doc, quote, right, language) == GROUNDED
    assert _ground(tmp_path / "wrong", doc, quote, wrong, language) == UNGROUNDED


@pytest.mark.parametrize("doc, quote, language, right, wrong", [
    ("Banjir menewaskan tiga ratus orang.\n", "tiga ratus orang", "id", {"value": 300},
     {"value": 3}),
    ("Banjir menewaskan dua puluh orang.\n", "dua puluh orang", "id", {"value": 20},
     {"value": 2}),
    ("L'incendie a fait quatre-vingt-onze morts.\n", "quatre-vingt-onze morts", "fr",
     {"value": 91}, {"value": 35}),
    ("Il y a eu trois cents blessés.\n", "trois cents blessés", "fr", {"value": 300},
     {"value": 3}),
])
def test_multiplied_words_and_their_wrong_reading(tmp_path, doc, quote, language, right, wrong):
    assert _ground(tmp_path / "right", doc, quote, right, language) == GROUNDED
    assert _ground(tmp_path / "wrong", doc, quote, wrong, language) == UNGROUNDED


@pytest.mark.parametrize("doc, quote, language", [
    ("Neben den beiden Weltmeister-Titeln in Cortina 2021.\n", "den beiden Weltmeister-Titeln",
     "de"),
    ("Ambos partidos perdieron escaños.\n", "Ambos partidos perdieron escaños", "es"),
    ("Entrambe le squadre hanno perso.\n", "Entrambe le squadre hanno perso", "it"),
])
def test_both_is_two_and_no_other_count(tmp_path, doc, quote, language):
    assert _ground(tmp_path / "right", doc, quote, {"value": 2}, language) == GROUNDED
    assert _ground(tmp_path / "wrong", doc, quote, {"value": 1}, language) == UNGROUNDED
