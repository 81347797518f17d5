"""How Persian, Arabic, Thai, Japanese, Chinese, Korean, Vietnamese and Hindi news write
numbers, dates and times, grounded end to end, each with its wrong twin."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from tests.one_fact import one_fact_verdict

from factcheck.engine.outcome import GROUNDED, UNGROUNDED

CASES = [
    # (document, quote, language, right fact, wrong fact)
    # Persian scale groups joined by "و" (and), glued or spaced
    ("در مجموع ۲۳ میلیون و ۴۳۸ هزار و ۳۰ رأی شمارش شد.\n", "۲۳ میلیون و ۴۳۸ هزار و ۳۰ رأی", "fa",
     {"value": 23438030, "unit": "vote"}, {"value": 23000000, "unit": "vote"}),
    ("استان سمنان با ۲۲۴هزار و ۷۵۲ رأی.\n", "۲۲۴هزار و ۷۵۲ رأی", "fa",
     {"value": 224752, "unit": "vote"}, {"value": 224000, "unit": "vote"}),
    ("استان یزد با ۲۸۴ هزار و۲۸۴ رأی.\n", "۲۸۴ هزار و۲۸۴ رأی", "fa",
     {"value": 284284, "unit": "vote"}, {"value": 284, "unit": "vote"}),
    ("بلغت الإيرادات ١٢ مليون و500 ألف دولار.\n", "١٢ مليون و500 ألف دولار", "ar",
     {"value": 12500000, "unit": "USD"}, {"value": 12000000, "unit": "USD"}),
    # Persian decimal points: the slash and the Arabic decimal separator
    ("مشارکت ۵۷/۵۰ درصد بود.\n", "۵۷/۵۰ درصد", "fa",
     {"value": 57.5, "unit": "percent"}, {"value": 57, "unit": "percent"}),
    ("مشارکت ۵۰٫۵۷ درصد بود.\n", "۵۰٫۵۷ درصد", "fa",
     {"value": 50.57, "unit": "percent"}, {"value": 57, "unit": "percent"}),
    # Thai scale words glued to the currency and to each other
    ("มาร์เก็ตแคปอยู่ที่ 15,978,251.87 ล้านบาท ลดลง\n", "15,978,251.87 ล้านบาท", "th",
     {"value": 15978251.87, "unit": "million THB"}, {"value": 15978251.87, "unit": "THB"}),
    ("ต่างชาติขายสุทธิกว่า 2.88 แสนล้านบาท\n", "2.88 แสนล้านบาท", "th",
     {"value": 288, "unit": "billion THB"}, {"value": 2.88, "unit": "million THB"}),
    ("มาร์เก็ตแคปหาย 1.8 ล้านล้านบาท\n", "1.8 ล้านล้านบาท", "th",
     {"value": 1.8, "unit": "trillion THB"}, {"value": 1.8, "unit": "million THB"}),
    # Thai month names (with their tone marks) and years of the Buddhist era
    ("ดัชนีต่ำสุดเมื่อวันที่ 27 ธันวาคม 2561\n", "27 ธันวาคม 2561", "th",
     {"value": dt.date(2018, 12, 27)}, {"value": dt.date(2561, 12, 27)}),
    ("ประชุมวันที่ 3 ก.พ. 2560\n", "3 ก.พ. 2560", "th",
     {"value": dt.date(2017, 2, 3)}, {"value": dt.date(2017, 3, 2)}),
]


@pytest.mark.parametrize(("doc", "quote", "lang", "right", "wrong"), CASES,
                         ids=[f"{c[2]}:{c[1]}" for c in CASES])
def test_right_value_grounds_and_wrong_one_does_not(tmp_path: Path, doc: str, quote: str,
                                                    lang: str, right: dict,
                                                    wrong: dict) -> None:
    when = dt.date(2017, 5, 28)
    assert one_fact_verdict(tmp_path / "r", doc, {"quote": quote, **right}, lang,
                            when) == GROUNDED
    assert one_fact_verdict(tmp_path / "w", doc, {"quote": quote, **wrong}, lang,
                            when) == UNGROUNDED
