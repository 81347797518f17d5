"""Match reports and dates of held-out tests 4 and 5 grounded end to end, each with its
failing twin (a wrong value)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.pipeline import check_sheet


def _ground(tmp_path: Path, doc: str, fact: dict, language: str = "en",
            published: str = "2024-05-19"):
    tmp_path.mkdir(parents=True, exist_ok=True)
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(doc, encoding="utf-8")
    sheet = {"document": "seeds/d.txt", "language": language,
             "published": dt.date.fromisoformat(published),
             "sources": {"r": {"name": "The outlet", "kind": "outlet"}},
             "facts": {"f": {"source": "r", "quote": doc.strip().rstrip("."), **fact}}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet, sort_keys=False, allow_unicode=True),
                                     encoding="utf-8")
    result = check_sheet(tmp_path / "s.yaml", tmp_path)
    assert not result.problems, result.problems
    [o] = result.grounding
    return o.verdict


FR = "Lille a égalisé sur un but de Lotomba (2-2, 90e+3)\n"
CASES = [
    # (document, language, published, right fact, wrong fact)
    ("Les parisiens ont mené par Lee (0-2, 12e)\n", "fr", "2024-05-19",
     {"value": 12, "unit": "minute"}, {"value": 13, "unit": "minute"}),
    ("Les parisiens ont mené par Lee (0-2, 12e)\n", "fr", "2024-05-19",
     {"value": 2, "unit": "goal"}, {"value": 12, "unit": "goal"}),
    (FR, "fr", "2024-05-19", {"value": 93, "unit": "minute"}, {"value": 90, "unit": "minute"}),
    (FR, "fr", "2024-05-19", {"value": 2, "unit": "goal"}, {"value": 3, "unit": "goal"}),
    ("Dimanche à 21h, Metz (16e) jouait sa place\n", "fr", "2024-05-19",
     {"value": 1260, "unit": "minute"}, {"value": 1230, "unit": "minute"}),
    ("Il a été averti à la 76e\n", "fr", "2024-05-19", {"value": 76}, {"value": 67}),
    ("Lockie Ferguson’s figures of 3 for 0 from his four overs\n", "en", "2024-06-17",
     {"value": 0, "unit": "run"}, {"value": 3, "unit": "run"}),
    ("Ferguson's incredible 4-4-0-3 helps NZ exit T20 World Cup\n", "en", "2024-06-17",
     {"value": 3, "unit": "wicket"}, {"value": 4, "unit": "wicket"}),
    ("They were 16 for 2 after the powerplay\n", "en", "2024-06-17",
     {"value": 2, "unit": "wicket"}, {"value": 16, "unit": "wicket"}),
    ("Survey was conducted October 30-31, 2010.\n", "en", "2010-10-31",
     {"value": dt.date(2010, 10, 31)}, {"value": dt.date(2010, 10, 29)}),
    ("Матч завершився перемогою гірників із рахунком 3:1\n", "uk", "2025-11-02",
     {"value": 1, "unit": "goal"}, {"value": 2, "unit": "goal"}),
    ("Вони відкрили рахунок на третій хвилині\n", "uk", "2025-11-02",
     {"value": 3, "unit": "minute"}, {"value": 4, "unit": "minute"}),
    ("ساعت ۱۵ و ۹ دقیقه و ۵۰ ثانیه\n", "fa", "2024-04-07",
     {"value": 909, "unit": "minute"}, {"value": 910, "unit": "minute"}),
    ("امروز یک شنبه زمین لرزید\n", "fa", "2024-04-07",
     {"value": dt.date(2024, 4, 7)}, {"value": dt.date(2024, 4, 6)}),
    ("נהרגו אחר הצהריים (שישי) בתאונת דרכים\n", "he", "2026-02-20",
     {"value": dt.date(2026, 2, 20)}, {"value": dt.date(2026, 2, 21)}),
    ("今月25日までに1539回発生しました\n", "ja", "2019-12-30",
     {"value": dt.date(2019, 12, 25)}, {"value": dt.date(2019, 11, 25)}),
    ("先月3日に発生した地震で\n", "ja", "2020-01-10",
     {"value": dt.date(2019, 12, 3)}, {"value": dt.date(2020, 1, 3)}),
    ("来月1日から値上げします\n", "ja", "2019-12-30",
     {"value": dt.date(2020, 1, 1)}, {"value": dt.date(2019, 12, 1)}),
    ("上个月3日发生的事故\n", "zh", "2021-03-15",
     {"value": dt.date(2021, 2, 3)}, {"value": dt.date(2021, 4, 3)}),
    ("지난달 25일 발생한 화재로\n", "ko", "2023-01-05",
     {"value": dt.date(2022, 12, 25)}, {"value": dt.date(2023, 1, 25)}),
]


@pytest.mark.parametrize(("doc", "lang", "published", "right", "wrong"), CASES)
def test_grounds_the_right_value_and_not_the_wrong_one(tmp_path, doc, lang, published,
                                                       right, wrong):
    assert _ground(tmp_path / "ok", doc, right, lang, published) == GROUNDED
    assert _ground(tmp_path / "bad", doc, wrong, lang, published) == UNGROUNDED
