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
    # Japanese decimal middle dots and half-open ranges
    ("鹿児島県十島村で54・6メートルの最大瞬間風速を観測した。\n", "十島村で54・6メートル", "ja",
     {"value": 54.6, "unit": "m/s"}, {"value": 54, "unit": "m/s"}),
    ("愛媛県新居浜市73・5ミリ。\n", "新居浜市73・5ミリ", "ja",
     {"value": 73.5, "unit": "mm"}, {"value": 5, "unit": "mm"}),
    ("非常に強い勢力(風速44メートル以上54メートル未満)で上陸。\n",
     "風速44メートル以上54メートル未満", "ja",
     {"value": [44, 54], "unit": "m/s"}, {"value": [44, 45], "unit": "m/s"}),
    # tenths: Chinese 成, Japanese 割 (and 分), Korean 할
    ("主要貨品出口均超過5成。\n", "均超過5成", "zh",
     {"value": 50, "unit": "percent"}, {"value": 5, "unit": "percent"}),
    ("打率は3割2分だった。\n", "打率は3割2分", "ja",
     {"value": 32, "unit": "percent"}, {"value": 30, "unit": "percent"}),
    ("SK는 5할 승률에 복귀했다.\n", "5할 승률에 복귀했다", "ko",
     {"value": 50, "unit": "percent"}, {"value": 5, "unit": "percent"}),
    # Korean dotted datelines and times with the part of the day
    ("입력 : 2017.05.28. 오후 7:48\n", "2017.05.28. 오후 7:48", "ko",
     {"value": dt.date(2017, 5, 28)}, {"value": dt.date(2017, 5, 27)}),
    ("입력 : 2017.05.28. 오후 7:48\n", "2017.05.28. 오후 7:48", "ko",
     {"value": 1188, "unit": "minute"}, {"value": 468, "unit": "minute"}),
    ("입력 : 2017. 5. 28. 오전 9:05\n", "2017. 5. 28. 오전 9:05", "ko",
     {"value": dt.date(2017, 5, 28)}, {"value": dt.date(2017, 5, 29)}),
    # Vietnamese times with the part of the day, day-month with a hyphen, vague plurals
    ("Vụ tai nạn xảy ra lúc 6 giờ sáng 16-2 tại quốc lộ 1A.\n", "lúc 6 giờ sáng 16-2", "vi",
     {"value": 360, "unit": "minute"}, {"value": 1080, "unit": "minute"}),
    ("Vụ cháy xảy ra lúc 7 giờ 30 phút tối qua.\n", "lúc 7 giờ 30 phút tối", "vi",
     {"value": 1170, "unit": "minute"}, {"value": 450, "unit": "minute"}),
    ("Vụ tai nạn xảy ra lúc 6 giờ sáng 16-2 tại quốc lộ 1A.\n", "lúc 6 giờ sáng 16-2", "vi",
     {"value": dt.date(2017, 2, 16)}, {"value": dt.date(2017, 2, 6)}),
    ("Sáng 17-2, ông Tuấn cho biết.\n", "Sáng 17-2, ông Tuấn", "vi",
     {"value": dt.date(2017, 2, 17)}, {"value": dt.date(2017, 3, 17)}),
    ("Hàng trăm bao tải chứa sắn khô đổ ra đường.\n", "Hàng trăm bao tải", "vi",
     {"value": 100, "unit": "sack", "meaning": "at_least"},
     {"value": 1000, "unit": "sack", "meaning": "at_least"}),
    ("Vụ tai nạn làm hàng chục người trọng thương.\n", "hàng chục người trọng thương", "vi",
     {"value": 20, "unit": "person", "meaning": "at_least"},
     {"value": 100, "unit": "person", "meaning": "at_least"}),
    # Arabic number words with the article
    ("ارتفعت الأرباح خلال الثلاثة أشهر المنتهية في سبتمبر.\n", "خلال الثلاثة أشهر", "ar",
     {"value": 3, "unit": "month"}, {"value": 4, "unit": "month"}),
    ("بلغت المبيعات خلال التسعة أشهر الأولى مليار جنيه.\n", "خلال التسعة أشهر", "ar",
     {"value": 9, "unit": "month"}, {"value": 6, "unit": "month"}),
    # Hindi ordinals
    ("वित्त मंत्री अपना चौथा बजट पेश कर रही हैं।\n", "अपना चौथा बजट", "hi",
     {"value": 4, "unit": "budget"}, {"value": 3, "unit": "budget"}),
    ("टीम ने पांचवीं बार खिताब जीता।\n", "पांचवीं बार खिताब जीता", "hi",
     {"value": 5, "unit": "time"}, {"value": 4, "unit": "time"}),
    # Korean parts of the day before hours; Chinese, Japanese and Korean "several hundred"
    ("사고는 밤 11시 20분께 발생했다.\n", "밤 11시 20분께 발생했다", "ko",
     {"value": 1400, "unit": "minute"}, {"value": 680, "unit": "minute"}),
    ("火災で数百人が避難した。\n", "数百人が避難した", "ja",
     {"value": 100, "unit": "person", "meaning": "at_least"},
     {"value": 1000, "unit": "person", "meaning": "at_least"}),
    ("수백 명이 대피했다.\n", "수백 명이 대피했다", "ko",
     {"value": 200, "unit": "person", "meaning": "at_least"},
     {"value": 2000, "unit": "person", "meaning": "at_least"}),
    # a Thai year of the Buddhist era in two digits, Hindi "first"
    ("ปี61ต่างชาติทิ้งหุ้น 2.8 แสนล้าน\n", "ปี61ต่างชาติทิ้งหุ้น", "th",
     {"value": 2018, "unit": "year"}, {"value": 2017, "unit": "year"}),
    ("वह पहली बार संसद पहुंचीं।\n", "वह पहली बार संसद पहुंचीं", "hi",
     {"value": 1, "unit": "time"}, {"value": 2, "unit": "time"}),
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
