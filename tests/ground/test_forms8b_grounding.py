"""Sheets that quote the forms of held-out tests 8-11 (dotted times, game clocks, race
times, glued counters, ordinal minutes, day/month without a year, Buddhist-era years, day
ranges and counts, Nordic future weekdays): the right value grounds, a wrong one does not."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from tests.one_fact import one_fact_verdict


def _verdict(tmp_path: Path, lang: str, published: dt.date, doc: str, fact: dict) -> str:
    return one_fact_verdict(tmp_path, doc, fact, lang, published)


_DAY = dt.date(2025, 9, 29)
CASES = [
    ("it", _DAY, "L’orario previsto è per le 22.51 ora locale.\n", "per le 22.51 ora locale",
     {"value": 1371, "unit": "minute"}, {"value": 1372, "unit": "minute"}),
    ("el", _DAY, "Τελευτ. ενημέρωση 10.54\n", "Τελευτ. ενημέρωση 10.54",
     {"value": 654, "unit": "minute"}, {"value": 1054, "unit": "minute"}),
    ("en", _DAY, "Shares rose 22.51 percent.\n", "rose 22.51 percent",
     {"value": 22.51, "unit": "percent"}, {"value": 1371, "unit": "minute"}),
    ("vi", _DAY, "Số liệu thống kê đến 19h hôm nay.\n", "thống kê đến 19h hôm nay",
     {"value": 1140, "unit": "minute"}, {"value": 1150, "unit": "minute"}),
    ("en", _DAY, "During one stretch from 6:32 of the fourth quarter until 1:31 remaining, "
     "they scored.\n", "from 6:32 of the fourth quarter", {"value": 392, "unit": "second"},
     {"value": 393, "unit": "second"}),
    ("en", _DAY, "They led with 1:31 remaining.\n", "with 1:31 remaining",
     {"value": 91, "unit": "second"}, {"value": 91, "unit": "minute"}),
    ("ja", _DAY, "バタフライは52秒63で入ると、2分59秒43で最後の自由形へ。\n", "2分59秒43で",
     {"value": 179.43, "unit": "second"}, {"value": 179.34, "unit": "second"}),
    ("ja", _DAY, "世界記録まであと100分の3秒だった。\n", "100分の3秒",
     {"value": 0.03, "unit": "second"}, {"value": 0.3, "unit": "second"}),
    ("ja", _DAY, "男子400m個人メドレーで優勝。\n", "男子400m個人メドレー",
     {"value": 400, "unit": "m"}, {"value": 40, "unit": "m"}),
    ("bn", _DAY, "সারাদেশে বন্যায় আরও তিনজনের মৃত্যু হয়েছে।\n", "আরও তিনজনের মৃত্যু",
     {"value": 3, "unit": "person"}, {"value": 4, "unit": "person"}),
    ("bn", _DAY, "চট্টগ্রাম বিভাগে একটি উপজেলা রয়েছে।\n", "একটি উপজেলা",
     {"value": 1}, {"value": 2}),
    ("ms", _DAY, "Hampir menambah jaringan pada minit ke-22.\n", "pada minit ke-22",
     {"value": 22, "unit": "minute"}, {"value": 21, "unit": "minute"}),
    ("ms", _DAY, "Gol hadir seawal minit ketiga.\n", "seawal minit ketiga",
     {"value": 3, "unit": "minute"}, {"value": 30, "unit": "minute"}),
    ("vi", _DAY, "Tối 29/9, Cục Quản lý đê điều cho biết.\n", "Tối 29/9",
     {"value": dt.date(2025, 9, 29)}, {"value": dt.date(2025, 9, 28)}),
    ("es", _DAY, "El acto fue el 27/9 en Madrid.\n", "el 27/9",
     {"value": dt.date(2025, 9, 27)}, {"value": dt.date(2025, 7, 9)}),
    ("th", dt.date(2018, 9, 19), "คาดว่าจีดีพี ในปี 2561 จะขยายตัวร้อยละ 4.4\n", "ในปี 2561",
     {"value": "2018"}, {"value": "2561"}),
    ("ko", dt.date(2024, 4, 10), "지난 5~6일 이틀간 실시된 사전투표.\n", "지난 5~6일 이틀간",
     {"value": dt.date(2024, 4, 5)}, {"value": dt.date(2024, 4, 4)}),
    ("ko", dt.date(2024, 4, 10), "지난 5~6일 이틀간 실시된 사전투표.\n", "지난 5~6일 이틀간",
     {"value": 2, "unit": "day"}, {"value": 3, "unit": "day"}),
    ("nb", dt.date(2018, 1, 14), "Den sterkeste vinden vil vare til og med natt til tirsdag, "
     "melder instituttet.\n", "vil vare til og med natt til tirsdag",
     {"value": dt.date(2018, 1, 16)}, {"value": dt.date(2018, 1, 17)}),
    ("nb", dt.date(2018, 1, 14), "Vinden blåste kraftig tirsdag.\n", "blåste kraftig tirsdag",
     {"value": dt.date(2018, 1, 9)}, {"value": dt.date(2018, 1, 16)}),
]


@pytest.mark.parametrize(("lang", "published", "doc", "quote", "right", "wrong"), CASES)
def test_the_written_value_grounds_and_another_does_not(tmp_path, lang, published, doc, quote,
                                                        right, wrong):
    assert _verdict(tmp_path, lang, published, doc, {**right, "quote": quote}) == GROUNDED
    assert _verdict(tmp_path, lang, published, doc, {**wrong, "quote": quote}) == UNGROUNDED
