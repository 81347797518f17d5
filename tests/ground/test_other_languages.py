"""Grounding in languages beyond English and the four hand-made ones: each quote from a
corpus article grounds its value, unit and source, and the same quote with a wrong value,
unit or source fails."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.pipeline import check_sheet


def _ground(tmp_path: Path, doc: str, fact: dict, language: str, published: str,
            sources: dict | None = None, aliases: dict | None = None):
    (tmp_path / "seeds").mkdir(parents=True, exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(doc, encoding="utf-8")
    sources = sources or {"reporter": {"name": "The outlet", "kind": "outlet"}}
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


CASES = [  # (language, document, fact, published, aliases, a wrong value)
    ("es", "deberán indemnizar con 2.574 millones de euros a los 190.022 titulares.",
     {"value": 2574000000, "unit": "EUR", "quote": "con 2.574 millones de euros"},
     "2017-11-23", None, 2575000000),
    ("pl", "Rafał Trzaskowski: 31,36 proc.\n\nKarol Nawrocki: 29,54 proc.",
     {"value": 31.36, "unit": "percent", "quote": "Rafał Trzaskowski: 31,36 proc."},
     "2025-05-19", None, 31.37),
    ("fr", "Haïti, d'une magnitude de 7, et qui a fait 316'000 victimes.",
     {"value": 316000, "unit": "person", "quote": "qui a fait 316'000 victimes"},
     "2011-01-14", {"person": ["victimes"]}, 316001),
    ("ar", "بلغت قوة الزلزال الذي ضرب سوريا وتركيا فجر أمس الإثنين 7.8 درجة على مقياس ريختر.",
     {"value": dt.date(2023, 2, 6), "quote": "فجر أمس الإثنين"}, "2023-02-07", None,
     dt.date(2023, 2, 5)),
    ("ja", "線状降水帯も8県で延べ8回発生した。",
     {"value": 8, "unit": "prefecture", "quote": "線状降水帯も8県で延べ8回発生した"},
     "2024-09-01", {"prefecture": ["県"]}, 9),
    ("zh", "前三季度国内生产总值529971亿元,按可比价格计算,同比增长6.7%。",
     {"value": 52997100000000, "unit": "CNY", "quote": "前三季度国内生产总值529971亿元"},
     "2016-10-19", {"CNY": ["元"]}, 529971),
]


@pytest.mark.parametrize(("lang", "doc", "fact", "published", "aliases", "wrong"), CASES,
                         ids=[c[0] for c in CASES])
def test_grounds_and_a_wrong_value_fails(tmp_path, lang, doc, fact, published, aliases,
                                         wrong):
    o = _ground(tmp_path / "ok", doc, fact, lang, published, aliases=aliases)
    assert o.verdict == GROUNDED, o.message
    bad = _ground(tmp_path / "bad", doc, {**fact, "value": wrong}, lang, published,
                  aliases=aliases)
    assert bad.verdict == UNGROUNDED


def test_a_counter_of_one_character_must_be_the_unit(tmp_path):
    doc = "線状降水帯も8県で延べ8回発生した。"
    o = _ground(tmp_path, doc, {"value": 8, "unit": "person",
                                "quote": "線状降水帯も8県で延べ8回発生した"},
                "ja", "2024-09-01", aliases={"person": ["人"]})
    assert o.verdict == UNGROUNDED
    assert "people" in o.message


def test_plural_nouns_name_their_unit(tmp_path):
    doc = "ERC logra 2,58% de los sufragios y 9 escaños."
    fact = {"value": 9, "unit": "seat", "quote": "9 escaños"}
    assert _ground(tmp_path / "a", doc, fact, "es", "2015-12-20",
                   aliases={"seat": ["escaño"]}).verdict == GROUNDED
    assert _ground(tmp_path / "b", doc, {**fact, "unit": "drone"}, "es", "2015-12-20",
                   aliases={"seat": ["escaño"], "drone": ["dron"]}).verdict == UNGROUNDED


JMA = {"jma": {"name": "気象庁", "kind": "official"},
       "fdma": {"name": "総務省消防庁", "kind": "official"}}


def test_a_source_named_inside_unspaced_text(tmp_path):
    doc = "気象庁によると、総雨量は静岡と宮崎で900ミリを超えた。"
    fact = {"value": 900, "unit": "mm", "quote": "静岡と宮崎で900ミリ"}
    ok = _ground(tmp_path / "a", doc, fact, "ja", "2024-09-01", sources=JMA)
    assert ok.verdict == GROUNDED, ok.message
    other = dict(reversed(JMA.items()))  # the fact credited to the fire agency
    bad = _ground(tmp_path / "b", doc, fact, "ja", "2024-09-01", sources=other)
    assert bad.verdict == UNGROUNDED and "総務省消防庁" in bad.message
