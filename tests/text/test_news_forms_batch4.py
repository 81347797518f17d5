"""How the fourth batch of real articles writes numbers, dates and counted nouns (sheets
942-957): Scandinavian, Finnish, Czech, Romanian, Greek, Bulgarian, Malay, Croatian,
Spanish and Portuguese forms, each taken from an article's phrase, and the English
"11-and-a-half year high". Each case was misread before its fix."""

from __future__ import annotations

import pytest

from factcheck.text.clauses import speakers
from factcheck.text.languages import words
from factcheck.text.locales import number_joins, stem_function
from factcheck.text.nouns import Aliases
from factcheck.text.numbers import find_mentions


def _read(text: str, lang: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(m.text, m.low, m.high, m.kind) for m in find_mentions(text, language=lang)]


@pytest.mark.parametrize(("text", "lang", "written", "value"), [
    # a number word of a language num2words writes under another code (nb -> no)
    ("de første tre månedene av 2025", "nb", "tre", 3),
    # Czech and Bulgarian cardinals in oblique cases and their own forms
    ("v jehož posledních dvou měsících došlo", "cs", "dvou", 2),
    ("НСИ пилотно е изчислявал два поредни месеца", "bg", "два", 2),
    ("трима души бяха ранени", "bg", "трима", 3),
    # a Finnish fraction word: half a percentage point
    ("mikä on puoli prosenttiyksikköä vähemmän", "fi", "puoli", 0.5),
    # Malay counts millions as Indonesian does ("juta")
    ("kepada 16.66 juta orang pada September", "ms", "16.66 juta", 16.66e6),
])
def test_number_words_of_new_languages(text, lang, written, value):
    found = {t: low for t, low, _, _ in _read(text, lang)}
    assert found.get(written) == pytest.approx(value)


@pytest.mark.parametrize(("text", "lang", "written", "value"), [
    # words joined by the language's "and" make one number, scales multiply
    ("O Orçamento prevê trezentos e vinte e quatro mil milhões para despesas", "pt",
     "trezentos e vinte e quatro mil milhões", 324e9),
    ("mil e quinhentos feridos", "pt", "mil e quinhentos", 1500),
    ("douăzeci și patru de ore", "ro", "douăzeci și patru", 24),
    # a leading bare "mil" is a thousand
    ("mil quinientos muertos", "es", "mil quinientos", 1500),
    ("mil millones de euros", "es", "mil millones", 1e9),
])
def test_compound_number_words(text, lang, written, value):
    assert (written, value) in [(t, low) for t, low, _, _ in _read(text, lang)]


def test_a_join_word_between_two_numbers_keeps_them_apart():
    # "três e quatro" are two numbers, not seven; after "entre" the two ends of a range
    assert [(low, high) for _, low, high, _ in _read("entre três e quatro pessoas", "pt")] \
        == [(3, 4)]
    assert [low for _, low, _, _ in _read("três e quatro pessoas", "pt")] == [3, 4]


def test_join_words_come_from_num2words():
    assert number_joins("pt") == (frozenset({"e"}), frozenset({"mil"}))
    assert "y" in number_joins("es")[0] and "og" in number_joins("da")[0]
    assert number_joins("ja") == (frozenset(), frozenset())


@pytest.mark.parametrize(("text", "lang", "low", "high", "kind"), [
    ("entre 2-3 millones de personas", "es", 2e6, 3e6, "range"),
    ("1 1/2 millones de personas", "es", 1.5e6, 1.5e6, "number"),
    ("1,5-2 milhões de euros", "pt", 1.5e6, 2e6, "range"),
])
def test_range_or_mixed_fraction_before_a_scale_word_is_one_figure(text, lang, low, high,
                                                                    kind):
    found = _read(text, lang)
    assert [(lo, hi, k) for _, lo, hi, k in found if lo and lo > 100] == [(low, high, kind)]


@pytest.mark.parametrize("text", ["en 3-2 millones", "el 1 1/0 millones",
                                  "el 1 3/2 millones"])
def test_no_pair_without_a_scale_or_out_of_order(text):
    found = _read(text, "es")
    assert not any(k == "range" for *_, k in found)
    assert not any("-" in t or "/" in t for t, *_ in found if t[:1].isdigit() and " " in t)


def test_hyphenated_and_a_half():
    found = find_mentions("The dollar hit a fresh 11-and-a-half year high")
    assert [(m.text, m.low, m.unit) for m in found] == [("11-and-a-half year", 11.5, "year")]


@pytest.mark.parametrize(("text", "lang", "month"), [
    ("ποσοστό ανεργίας τον Μάιο του 2015", "el", (2015, 5)),   # accusative, "του" before
    ("Indeks potrošačkih cijena u svibnju 2024. godine", "hr", (2024, 5)),  # locative
])
def test_declined_month_names(text, lang, month):
    assert [m.month for m in find_mentions(text, language=lang) if m.kind == "month"] == [month]


def test_month_stems_are_unique_per_month():
    stems = words("hr").month_stems
    assert stems and all(1 <= n <= 12 for n in stems.values())
    assert words("ja").month_stems == {}  # no stemmer: names as CLDR writes them


@pytest.mark.parametrize(("lang", "unit", "word"), [
    ("sv", "person", "personer"),
    ("sv", "person", "invånarantalet"),   # "the number of inhabitants"
    ("nb", "person", "arbeidsledige"),
    ("fi", "person", "henkilöä"),
    ("fi", "person", "työttömiä"),
    ("ms", "person", "orang"),
    ("es", "seat", "escaños"),
    ("es", "person", "españoles"),
    ("cs", "percentage point", "procentního bodu"),
])
def test_built_in_nouns_of_new_languages(lang, unit, word):
    assert Aliases(None, lang).mentioned(unit, f"{word} x") is not None


def test_stems_compare_a_sheets_alias_with_its_plural():
    aliases = Aliases({"city": ["ciudad"], "constituency": ["circunscripción"]}, "es")
    assert aliases.mentioned("city", "las dos ciudades autónomas")
    assert aliases.mentioned("constituency", "las 52 circunscripciones de España")
    # a short stem never stands for a longer word: "para" is not "parado"
    assert not aliases.names("seat", aliases.norm("para"))
    assert stem_function("en") is None


@pytest.mark.parametrize(("sentence", "lang", "who"), [
    ("Antall arbeidsledige var 124 000 i mars, sier Tonje Køber, seksjonssjef", "nb",
     "Tonje Køber"),
    ("har befolkningen ökat med drygt 50 000 personer, säger Ann-Marie Persson", "sv",
     "Ann-Marie Persson"),
    ("Meziměsíčně ceny stouply o 1,2 procenta, uvedl Český statistický úřad.", "cs",
     "Český statistický úřad"),
    ("Официалната инфлация ще бъде обявена на 16 февруари, каза Атанасов.", "bg",
     "Атанасов"),
    ("Menurut DOSM, jumlah tenaga buruh meningkat", "ms", "DOSM"),
    ("気象庁によると、台風10号は", "ja", "気象庁"),
    ("総務省消防庁は17日、死者が7人になったと発表した。", "ja", "総務省消防庁"),
    ("TÜİK verilerine göre enflasyon yüzde 79,6 oldu", "tr", "TÜİK"),
    ("ENAG ise yıllık enflasyonun yüzde 176 olduğunu bildirdi.", "tr", "ENAG"),
])
def test_attribution_clauses_of_more_languages(sentence, lang, who):
    assert who in [w for _, _, w in speakers(sentence, lang)]


def test_arabic_verb_with_a_conjunction_glued():
    found = speakers("وقالت وزارة الصحة إن 42 شخصا قتلوا", "ar")
    assert found and found[0][2].startswith("وزارة الصحة")


@pytest.mark.parametrize(("text", "lang"), [
    ("Nu är vi över 10,5 miljoner invånare och det är fler än enligt prognosen, säger hon", "sv"),
    ("Antall arbeidsledige var 124 000 i mars og det er ikke flere enn i fjor, sier hun, "
     "og ble", "nb"),
    ("Työttömiä oli kaikkiaan 180 000 ja se on 12 000 vähemmän kuin vuosi siten, mukaan", "fi"),
    ("Ceny v listopadu stouply, uvedl dnes úřad, a byly vyšší než v říjnu, jako se čekalo", "cs"),
    ("Rata anuală a inflaţiei a urcat la 6,3% în luna septembrie, de la 5,3% în august, "
     "potrivit INS, care a fost", "ro"),
    ("Στο 25% διαμορφώθηκε το ποσοστό ανεργίας τον Μάιο του 2015", "el"),
    ("Годишната инфлация е 5,6 на сто, съобщи НСИ, а месечната е 0,7 на сто, което "
     "показва спад", "bg"),
    ("Kadar pengangguran menurun kepada 3.6 peratus, manakala bagi suku ketiga iaitu "
     "telah menurun daripada", "ms"),
    ("질병관리청은 2만8784명이 다쳤다고 밝혔다. 인구 10만명당 51.5명이다", "ko"),
])
def test_detects_more_languages(text, lang):
    from factcheck.text.languages import detect

    assert detect(text) == lang


@pytest.mark.parametrize(("text", "lang", "month"), [
    ("Stopa bezrobocia w styczniu wyniosła 6,0 proc.", "pl", 1),   # a declined name alone
    ("Na reunião anterior, em junho, o Copom", "pt", 6),
    ("u svibnju je inflacija", "hr", 5),
])
def test_a_month_without_a_year_is_a_month_of_the_publication(text, lang, month):
    found = [m.month for m in find_mentions(text, language=lang) if m.kind == "monthname"]
    assert found == [(0, month)]
