"""Grounding the fourth batch of real articles (sheets 942-957): a day after the year it
belongs to, a name with a case ending, a speaker after "säger", "uvedl", "によると" or
"وقالت", counted nouns of new languages; each with its failing twin (a wrong value or
the other source)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.pipeline import check_sheet

TWO = {"stat": {"name": "Tilastokeskus", "kind": "official"},
       "tem": {"name": "Työ- ja elinkeinoministeriö (TEM)", "kind": "official",
               "aliases": ["TEM"]}}


def _ground(tmp_path: Path, doc: str, fact: dict, language: str,
            published: str | None = "2022-10-10", sources: dict | None = None):
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(doc, encoding="utf-8")
    sources = sources or {"reporter": {"name": "The outlet", "kind": "outlet"}}
    sheet = {"document": "seeds/d.txt", "language": language, "sources": sources,
             "facts": {"f": {"source": next(iter(sources)), **fact}}}
    if published:
        sheet["published"] = dt.date.fromisoformat(published)
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet, sort_keys=False, allow_unicode=True),
                                     encoding="utf-8")
    result = check_sheet(tmp_path / "s.yaml", tmp_path)
    assert not result.problems, result.problems
    [o] = result.grounding
    return o


SWEDISH_DAY = ("Den officiella befolkningssiffran för 2021 (det vill säga den folkbokförda "
               "befolkningen den 31 december) var 10 452 326 invånare.")


def test_a_day_takes_the_year_written_before_it_in_the_quote(tmp_path):
    quote = "Den officiella befolkningssiffran för 2021 (det vill säga den folkbokförda " \
            "befolkningen den 31 december)"
    ok = _ground(tmp_path / "a", SWEDISH_DAY, {"value": dt.date(2021, 12, 31), "quote": quote},
                 "sv")
    assert ok.verdict == GROUNDED, ok.message
    bad = _ground(tmp_path / "b", SWEDISH_DAY, {"value": dt.date(2020, 12, 31), "quote": quote},
                  "sv")
    assert bad.verdict == UNGROUNDED


FINNISH = ("Työttömyysaste oli viime joulukuussa Tilastokeskuksen mukaan 6,7 prosenttia.\n\n"
           "Työttömien työnhakijoiden määrä kasvoi TEM:n mukaan 27 000 vuodentakaisesta.")


def test_a_name_with_a_case_ending_names_the_source(tmp_path):
    fact = {"value": 6.7, "unit": "percent",
            "quote": "Työttömyysaste oli viime joulukuussa Tilastokeskuksen mukaan 6,7 prosenttia"}
    ok = _ground(tmp_path / "a", FINNISH, fact, "fi", None, sources=TWO)
    assert ok.verdict == GROUNDED, ok.message
    swapped = _ground(tmp_path / "b", FINNISH, fact, "fi", None,
                      sources={"tem": TWO["tem"], "stat": TWO["stat"]})
    assert swapped.verdict == UNGROUNDED
    assert "`stat`" in swapped.message


@pytest.mark.parametrize(("doc", "quote", "value", "lang", "right", "wrong"), [
    ("– Antall arbeidsledige var 124 000 i mars, sier Tonje Køber, seksjonssjef i "
     "Statistisk sentralbyrå. Nav viser en økning.",
     "Antall arbeidsledige var 124 000 i mars", 124000, "nb",
     {"name": "Tonje Køber, seksjonssjef i Statistisk sentralbyrå", "kind": "official"},
     {"name": "Nav", "kind": "official"}),
    ("Meziměsíčně ceny stouply o 1,2 procenta, uvedl dnes Český statistický úřad. "
     "Analytici očekávali víc.",
     "Meziměsíčně ceny stouply o 1,2 procenta", 1.2, "cs",
     {"name": "Český statistický úřad", "kind": "official"},
     {"name": "Analytici", "kind": "expert"}),
    ("気象庁によると、台風で7人が死亡した。消防庁は調査中だ。",
     "台風で7人が死亡した", 7, "ja",
     {"name": "気象庁", "kind": "official"}, {"name": "消防庁", "kind": "official"}),
    ("وقالت وزارة الصحة إن 42 شخصا قتلوا. ونفى الجيش ذلك.",
     "إن 42 شخصا قتلوا", 42, "ar",
     {"name": "وزارة الصحة", "kind": "official"}, {"name": "الجيش", "kind": "military"}),
])
def test_the_clause_names_the_speaker(tmp_path, doc, quote, value, lang, right, wrong):
    unit = "percent" if isinstance(value, float) else "person"
    fact = {"value": value, "unit": unit, "quote": quote}
    ok = _ground(tmp_path / "a", doc, fact, lang, None, sources={"a": right, "b": wrong})
    assert ok.verdict == GROUNDED, ok.message
    swapped = _ground(tmp_path / "b", doc, fact, lang, None, sources={"b": wrong, "a": right})
    assert swapped.verdict == UNGROUNDED


@pytest.mark.parametrize(("doc", "quote", "value", "lang"), [
    ("Enligt den senaste statistiken utgörs Sveriges befolkning av 10 502 959 personer.",
     "utgörs Sveriges befolkning av 10 502 959 personer", 10502959, "sv"),
    ("Piilotyöttöminä oli kaikkiaan 127 000 henkilöä.", "oli kaikkiaan 127 000 henkilöä",
     127000, "fi"),
    ("jumlah tenaga buruh meningkat 0.2 peratus kepada 16.66 juta orang pada September",
     "kepada 16.66 juta orang", 16660000, "ms"),
])
def test_people_counted_in_new_languages(tmp_path, doc, quote, value, lang):
    fact = {"value": value, "unit": "person", "quote": quote}
    assert _ground(tmp_path / "a", doc, fact, lang).verdict == GROUNDED
    child = {"value": value, "unit": "child", "quote": quote}
    assert _ground(tmp_path / "b", doc, child, lang).verdict == UNGROUNDED


TURKISH = ("Enflasyon Araştırma Grubu (ENAG) ise yıllık enflasyonun yüzde 176 olduğunu "
           "bildirdi.\nÜretici fiyatları da arttı.\nTürkiye İstatistik Kurumu verilerine göre, "
           "tüketici fiyatları yüzde 49,65 arttı.\nTÜFE, temmuzda yüzde 45,72 artış kaydetti.\n")
TR_SOURCES = {"tuik": {"name": "Türkiye İstatistik Kurumu (TÜİK)", "kind": "official"},
              "enag": {"name": "Enflasyon Araştırma Grubu (ENAG)", "kind": "other"}}


@pytest.mark.parametrize(("first", "verdict"), [("tuik", GROUNDED), ("enag", UNGROUNDED)])
def test_a_later_clause_closes_the_context_of_an_earlier_speaker(tmp_path, first, verdict):
    # the last paragraph continues the one whose clause names TÜİK, not ENAG's
    fact = {"value": 45.72, "unit": "percent", "quote": "TÜFE, temmuzda yüzde 45,72 artış"}
    sources = {first: TR_SOURCES[first], **TR_SOURCES}
    assert _ground(tmp_path, TURKISH, fact, "tr", None, sources=sources).verdict == verdict


@pytest.mark.parametrize(("first", "verdict"), [("enag", GROUNDED), ("tuik", UNGROUNDED)])
def test_the_turkish_speaker_stands_first_and_the_verb_last(tmp_path, first, verdict):
    doc = ("Türkiye İstatistik Kurumu (TÜİK), yıllık enflasyonu yüzde 79,6 olarak açıkladı. "
           "Enflasyon Araştırma Grubu (ENAG) ise yıllık enflasyonun yüzde 176 olduğunu "
           "bildirdi.\n")
    fact = {"value": 176, "unit": "percent", "quote": "yıllık enflasyonun yüzde 176"}
    sources = {first: TR_SOURCES[first], **TR_SOURCES}
    assert _ground(tmp_path, doc, fact, "tr", None, sources=sources).verdict == verdict


def test_a_month_without_a_year_grounds_in_the_publications_year(tmp_path):
    doc = "Stopa bezrobocia w styczniu wyniosła 6,0 proc."
    quote = "Stopa bezrobocia w styczniu"
    ok = _ground(tmp_path / "a", doc, {"value": "2026-01", "quote": quote}, "pl", "2026-02-25")
    assert ok.verdict == GROUNDED, ok.message
    bad = _ground(tmp_path / "b", doc, {"value": "2025-01", "quote": quote}, "pl", "2026-02-25")
    assert bad.verdict == UNGROUNDED
