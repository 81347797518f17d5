"""News forms of the third corpus batch (sheets 926-939): each quote grounds its value,
unit and source as the article writes it, and the same quote with a wrong value, unit or
source fails."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.pipeline import check_sheet

OUTLET = {"reporter": {"name": "The outlet", "kind": "outlet"}}


def _ground(tmp_path: Path, doc: str, fact: dict, language: str, published: str,
            sources: dict | None = None, aliases: dict | None = None):
    (tmp_path / "seeds").mkdir(parents=True, exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(doc, encoding="utf-8")
    sources = sources or OUTLET
    sheet = {"document": "seeds/d.txt", "published": dt.date.fromisoformat(published),
             "language": language, "sources": sources,
             "facts": {"f": {"source": next(iter(sources)), **fact}}}
    if aliases:
        sheet["aliases"] = aliases
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet, sort_keys=False, allow_unicode=True),
                                     encoding="utf-8")
    result = check_sheet(tmp_path / "s.yaml", tmp_path)
    assert not result.problems, result.problems
    [o] = result.grounding
    return o


CASES = [  # id, language, document, fact, published, a wrong value
    ("en-decimal-comma-percent", "en", "AKP: 40,82% and 258 MPs",
     {"value": 40.82, "unit": "percent", "quote": "AKP: 40,82% and 258 MPs"},
     "2015-06-08", 40.83),
    ("en-bln", "en", "-Earnings (Q2): $3.74 Bln. vs. $3.27 Bln. last year.",
     {"value": 3270000000, "unit": "USD", "quote": "$3.74 Bln. vs. $3.27 Bln. last year"},
     "2020-01-23", 3270000),
    ("ru-decimal-comma", "ru", "В России годовая инфляция составила 8,39%, согласно оценке.",
     {"value": 8.39, "unit": "percent", "quote": "годовая инфляция составила 8,39%"},
     "2021-12-30", 839),
    ("uk-decimal-comma", "uk", "Ціни зросли на 1,36 % за місяць.",
     {"value": 1.36, "unit": "percent", "quote": "Ціни зросли на 1,36 %"},
     "2021-12-30", 1.37),
    ("ru-day-month-next-year", "ru", "12 января Росстат представит окончательные цифры.",
     {"value": dt.date(2022, 1, 12), "quote": "12 января Росстат представит"},
     "2021-12-30", dt.date(2022, 1, 13)),
    ("en-day-month-next-year", "en", "The final figures come on January 12, officials said.",
     {"value": dt.date(2022, 1, 12), "quote": "The final figures come on January 12"},
     "2021-12-30", dt.date(2021, 1, 13)),
    ("ko-myriad", "ko", "2015년 안전사고 사망자가 2만8784명으로 집계됐다.",
     {"value": 28784, "unit": "person", "quote": "사망자가 2만8784명으로"},
     "2017-02-02", 28785),
    ("ko-trillion-and-hundred-millions", "ko", "손상으로 인한 진료비는 5조147억원으로 늘었다.",
     {"value": 5014700000000, "unit": "KRW", "quote": "진료비는 5조147억원으로"},
     "2022-12-16", 5147000000000),
    ("ko-day-of-month", "ko", "국민안전처는 사망자가 11% 감소했다고 2일 밝혔다.",
     {"value": dt.date(2017, 2, 2), "quote": "감소했다고 2일 밝혔다"},
     "2017-02-02", dt.date(2017, 2, 3)),
    ("ko-counter-after-a-han-character", "ko", "日2657명 응급실 방문",
     {"value": 2657, "unit": "person", "quote": "日2657명 응급실 방문"}, "2022-12-16", 2656),
    ("ja-myriad-compound", "ja", "売上高は1億2000万円だった。",
     {"value": 120000000, "unit": "JPY", "quote": "売上高は1億2000万円"}, "2024-01-01",
     100000000),
    ("nl-weekday-evening", "nl", "Bij een ongeval zijn vrijdagavond twee moeders omgekomen.",
     {"value": dt.date(2022, 9, 2), "quote": "zijn vrijdagavond twee moeders omgekomen"},
     "2022-09-02", dt.date(2022, 9, 1)),
    ("de-weekday-evening", "de", "Am Freitagabend kamen zwei Menschen ums Leben.",
     {"value": dt.date(2022, 9, 2), "quote": "Am Freitagabend kamen zwei Menschen"},
     "2022-09-03", dt.date(2022, 9, 3)),
    ("nl-clock-uur", "nl", "De melding kwam rond 18.25 uur bij de politie binnen.",
     {"value": 1105, "unit": "minute", "quote": "rond 18.25 uur"}, "2022-09-02", 1106),
    ("fr-clock-h", "fr", "L'alerte a été donnée vers 18h25, selon les pompiers.",
     {"value": 1105, "unit": "minute", "quote": "vers 18h25"}, "2022-09-02", 1825),
    ("it-clock-ore", "it", "Il treno è partito alle ore 18.25 da Roma.",
     {"value": 1105, "unit": "minute", "quote": "alle ore 18.25 da Roma"}, "2022-09-02",
     1825),
    ("id-ahad", "id", "Gempa mengguncang Lombok, Ahad malam.",
     {"value": dt.date(2018, 8, 5), "quote": "mengguncang Lombok, Ahad malam"},
     "2018-08-06", dt.date(2018, 8, 4)),
    ("id-orang", "id", "Di Kabupaten Lombok Utara 374 orang meninggal.",
     {"value": 374, "unit": "person", "quote": "Lombok Utara 374 orang"}, "2018-08-13", 375),
    ("nl-kinderen", "nl", "Er kwamen twee jonge kinderen om het leven.",
     {"value": 2, "unit": "child", "quote": "twee jonge kinderen"}, "2022-09-02", 3),
    ("ja-kanji", "ja", "台風の影響で死者は三人に上った。",
     {"value": 3, "unit": "person", "quote": "死者は三人に上った"}, "2024-09-01", 4),
    ("ar-dual", "ar", "أسفر الهجوم عن مقتل شخصين وإصابة آخرين.",
     {"value": 2, "unit": "person", "quote": "عن مقتل شخصين"}, "2024-09-01", 3),
    ("pl-oblique", "pl", "W wypadku zginęło pięciu żołnierzy.",
     {"value": 5, "unit": "person", "quote": "zginęło pięciu żołnierzy"}, "2024-09-01", 6),
    ("fr-personnes", "fr", "Le séisme a fait 2 000 morts et 300 blessés.",
     {"value": 2000, "unit": "person", "quote": "a fait 2 000 morts"}, "2022-09-02", 2001),
]


@pytest.mark.parametrize(("lang", "doc", "fact", "published", "wrong"),
                         [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_grounds_and_a_wrong_value_fails(tmp_path, lang, doc, fact, published, wrong):
    o = _ground(tmp_path / "ok", doc, fact, lang, published)
    assert o.verdict == GROUNDED, o.message
    bad = _ground(tmp_path / "bad", doc, {**fact, "value": wrong}, lang, published)
    assert bad.verdict == UNGROUNDED


@pytest.mark.parametrize(("lang", "doc", "fact"), [
    ("ko", "운수사고 사망자가 5539명으로 뒤를 이었다.",
     {"value": 5539, "unit": "person", "quote": "사망자가 5539명으로"}),
    ("id", "Di Kabupaten Lombok Utara 374 orang meninggal.",
     {"value": 374, "unit": "person", "quote": "Lombok Utara 374 orang"}),
    ("nl", "In de andere auto zaten drie mensen.",
     {"value": 3, "unit": "person", "quote": "zaten drie mensen"}),
], ids=["ko", "id", "nl"])
def test_built_in_nouns_name_their_unit_and_no_other(tmp_path, lang, doc, fact):
    assert _ground(tmp_path / "a", doc, fact, lang, "2022-09-02").verdict == GROUNDED
    wrong = _ground(tmp_path / "b", doc, {**fact, "unit": "drone"}, lang, "2022-09-02")
    assert wrong.verdict == UNGROUNDED


KDCA = {"kdca": {"name": "질병관리청", "kind": "official"},
        "mpss": {"name": "국민안전처", "kind": "official"}}


def test_a_korean_source_named_with_its_particle(tmp_path):
    doc = ("질병관리청은 국가손상종합통계를 발간했다고 16일 밝혔다. 교통사고 사망자는 3947명으로 "
           "38% 감소했다.")
    fact = {"value": 38, "unit": "percent", "quote": "3947명으로 38% 감소했다"}
    ok = _ground(tmp_path / "a", doc, fact, "ko", "2022-12-16", sources=KDCA)
    assert ok.verdict == GROUNDED, ok.message
    swapped = dict(reversed(KDCA.items()))  # credited to the safety ministry instead
    bad = _ground(tmp_path / "b", doc, fact, "ko", "2022-12-16", sources=swapped)
    assert bad.verdict == UNGROUNDED and "국민안전처" in bad.message


MOH = {"moh": {"name": "the Ministry of Health", "kind": "official"},
       "xinhua": {"name": "Xinhua", "kind": "agency"}}
CREDITED = ("Measles cases were detected across the country.\n"
            "A total of 46,430 cases of category C diseases were seen.\n"
            "Mumps and German measles accounted for most of them.\n"
            "(Ministry of Health, March 12, 2007)\n")


def test_a_credit_line_names_the_source_of_the_whole_text(tmp_path):
    fact = {"value": 46430, "unit": "case", "quote": "A total of 46,430 cases"}
    ok = _ground(tmp_path / "a", CREDITED, fact, "en", "2007-03-14", sources=MOH)
    assert ok.verdict == GROUNDED, ok.message
    other = dict(reversed(MOH.items()))
    assert _ground(tmp_path / "b", CREDITED, fact, "en", "2007-03-14",
                   sources=other).verdict == UNGROUNDED
    uncredited = CREDITED.replace("(Ministry of Health, March 12, 2007)\n", "")
    assert _ground(tmp_path / "c", uncredited, fact, "en", "2007-03-14",
                   sources=MOH).verdict == UNGROUNDED


SPEAKER_CASES = [  # language, document, fact, the source the clause names, another source
    ("nl", "Twee kinderen raakten gewond en liggen in het ziekenhuis, meldt de politie. "
           "De brandweer was snel ter plaatse.",
     {"value": 2, "unit": "child", "quote": "Twee kinderen raakten gewond"},
     {"name": "de politie", "kind": "official"}, {"name": "de brandweer", "kind": "official"}),
    ("id", "Korban meninggal mencapai 436 orang, ujar Sutopo dari BNPB. Sementara itu "
           "Basarnas mengerahkan tim.",
     {"value": 436, "unit": "person", "quote": "mencapai 436 orang"},
     {"name": "Sutopo Purwo Nugroho", "kind": "official", "aliases": ["Sutopo"]},
     {"name": "Basarnas", "kind": "official"}),
    ("es", "Según el Ministerio de Salud, murieron 5 personas. La Cruz Roja atendió a otras.",
     {"value": 5, "unit": "person", "quote": "murieron 5 personas"},
     {"name": "el Ministerio de Salud", "kind": "official"},
     {"name": "la Cruz Roja", "kind": "ngo"}),
    ("vi", "Theo Tổng cục Thống kê, GDP quý 1 tăng 6,03%. Ngân hàng Thế giới dự báo 6%.",
     {"value": 6.03, "unit": "percent", "quote": "GDP quý 1 tăng 6,03%"},
     {"name": "Tổng cục Thống kê", "kind": "official"},
     {"name": "Ngân hàng Thế giới", "kind": "other"}),
    ("ko", "질병관리청은 교통사고 사망자가 3947명으로 줄었다고 16일 밝혔다. 경찰청도 자료를 냈다.",
     {"value": 3947, "unit": "person", "quote": "사망자가 3947명으로"},
     {"name": "질병관리청", "kind": "official"}, {"name": "경찰청", "kind": "official"}),
]


@pytest.mark.parametrize(("lang", "doc", "fact", "speaker", "other"), SPEAKER_CASES,
                         ids=[c[0] for c in SPEAKER_CASES])
def test_a_speaker_clause_in_another_language_decides_the_source(tmp_path, lang, doc, fact,
                                                                  speaker, other):
    """The other source is named in the same paragraph, so only the clause that governs
    the quote tells the two apart."""
    sources = {"said": speaker, "other": other}
    ok = _ground(tmp_path / "a", doc, fact, lang, "2022-12-16", sources=sources)
    assert ok.verdict == GROUNDED, ok.message
    swapped = {"other": other, "said": speaker}  # the fact credited to the other source
    bad = _ground(tmp_path / "b", doc, fact, lang, "2022-12-16", sources=swapped)
    assert bad.verdict == UNGROUNDED and "attributes these words" in bad.message, bad.message


def test_of_two_clauses_the_nearest_governs(tmp_path):
    doc = ("Volgens de politie zijn er twee doden, en drie gewonden, aldus de brandweer.")
    sources = {"brandweer": {"name": "de brandweer", "kind": "official"},
               "politie": {"name": "de politie", "kind": "official"}}
    fact = {"value": 3, "unit": "person", "quote": "drie gewonden"}
    assert _ground(tmp_path / "a", doc, fact, "nl", "2022-09-02",
                   sources=sources).verdict == GROUNDED
    fact2 = {"value": 2, "unit": "person", "quote": "twee doden"}
    assert _ground(tmp_path / "b", doc, fact2, "nl", "2022-09-02",
                   sources=sources).verdict == UNGROUNDED


def test_the_clause_of_the_quote_s_own_sentence_governs(tmp_path):
    doc = ("Perú declaró una emergencia sanitaria tras un incremento del 131% en lo que va "
           "del año. Y Uruguay confirmó la circulación viral tras la detección de dos casos "
           "autóctonos.")
    sources = {"uruguay": {"name": "Uruguay", "kind": "official"},
               "peru": {"name": "Perú", "kind": "official"}}
    fact = {"value": 2, "unit": "case", "quote": "la detección de dos casos autóctonos"}
    aliases = {"case": ["casos"]}
    assert _ground(tmp_path / "a", doc, fact, "es", "2024-03-05", sources=sources,
                   aliases=aliases).verdict == GROUNDED
    swapped = {"peru": sources["peru"], "uruguay": sources["uruguay"]}
    assert _ground(tmp_path / "b", doc, fact, "es", "2024-03-05", sources=swapped,
                   aliases=aliases).verdict == UNGROUNDED


@pytest.mark.parametrize(("lang", "doc", "quote", "value"), [
    ("nl", "De dodelijke slachtoffers zijn haar 8-jarige zoon en een vrouw.", "haar 8-jarige zoon",
     8),
    ("ko", "2011년의 3만2445명에서 5년간 11% 감소했다.", "5년간 11% 감소했다", 5),
])
def test_an_age_or_a_time_counter_is_years_not_months(tmp_path, lang, doc, quote, value):
    fact = {"value": value, "unit": "year", "quote": quote}
    assert _ground(tmp_path / "a", doc, fact, lang, "2022-09-02").verdict == GROUNDED
    assert _ground(tmp_path / "b", doc, {**fact, "unit": "month"}, lang,
                   "2022-09-02").verdict == UNGROUNDED
