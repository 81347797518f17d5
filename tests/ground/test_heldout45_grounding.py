"""Grounding forms from held-out test 4: pesos, aircraft by maker, changes in °C."""

from __future__ import annotations

import pytest
import yaml

from factcheck.pipeline import check_sheet


def _grounded(tmp_path, doc: str, fact: dict) -> bool:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(doc)
    sheet = {"document": "seeds/d.txt", "facts": {"f": fact}}
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet))
    [g] = check_sheet(tmp_path / "s.yaml", tmp_path).grounding
    return g.verdict == "grounded"


@pytest.mark.parametrize(("unit", "grounded"), [("MXN", True), ("ARS", True),
                                                ("USD", False), ("drone", False)])
def test_pesos_name_the_peso_currencies(tmp_path, unit, grounded):
    doc = "It saw a foreign exchange gain of 9.0bn pesos.\n"
    fact = {"value": 9e9, "unit": unit, "quote": "a foreign exchange gain of 9.0bn pesos"}
    assert _grounded(tmp_path, doc, fact) is grounded


@pytest.mark.parametrize(("unit", "grounded"), [("plane", True), ("aircraft", True),
                                                ("ship", False)])
def test_planes_counted_by_their_maker(tmp_path, unit, grounded):
    doc = "The two Boeing 757s were on a collision course.\n"
    fact = {"value": 2, "unit": unit, "quote": "The two Boeing 757s were on a collision course"}
    assert _grounded(tmp_path, doc, fact) is grounded


@pytest.mark.parametrize(("unit", "grounded"), [("delta_degC", True), ("degC", True),
                                                ("delta_degF", False), ("degF", False)])
def test_a_change_written_in_degrees_celsius(tmp_path, unit, grounded):
    doc = "Temperatures rose by 2°C over the week.\n"
    fact = {"value": 2, "unit": unit, "quote": "rose by 2°C"}
    assert _grounded(tmp_path, doc, fact) is grounded


def test_a_long_quote_in_a_message_is_marked_as_cut(tmp_path):
    quote = "Revenue grew " + "strongly and steadily " * 8 + "in 1Q13"
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text(quote + ".\n")
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(
        {"document": "seeds/d.txt", "facts": {"f": {"value": 7, "quote": quote}}}))
    [g] = check_sheet(tmp_path / "s.yaml", tmp_path).grounding
    shown = g.message.split('"')[1]
    assert len(shown) == 120 and shown.endswith("…") and quote.startswith(shown[:-1])


def test_a_currency_code_is_not_made_plural(tmp_path):
    doc = "It saw a gain of 9.0bn last year.\n"
    fact = {"value": 9e9, "unit": "NOK", "quote": "a gain of 9.0bn"}
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text(doc)
    (tmp_path / "s.yaml").write_text(yaml.safe_dump({"document": "seeds/d.txt",
                                                     "facts": {"f": fact}}))
    [g] = check_sheet(tmp_path / "s.yaml", tmp_path).grounding
    assert "mentions NOK " in g.message and "NOKs" not in g.message


@pytest.mark.parametrize(("unit", "grounded"), [("passenger", True), ("person", True),
                                                ("drone", False)])
def test_a_kind_of_person_in_another_language(tmp_path, unit, grounded):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text("W autokarze było 43 pasażerów.\n")
    (tmp_path / "s.yaml").write_text(yaml.safe_dump({
        "document": "seeds/d.txt", "language": "pl",
        "facts": {"f": {"value": 43, "unit": unit, "quote": "było 43 pasażerów"}}}))
    [g] = check_sheet(tmp_path / "s.yaml", tmp_path).grounding
    assert (g.verdict == "grounded") is grounded


def _ground_one(tmp_path, doc: str, fact: dict, language: str | None = None) -> bool:
    (tmp_path / "seeds").mkdir(exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(doc)
    sheet = {"document": "seeds/d.txt", "facts": {"f": fact}}
    if language:
        sheet["language"] = language
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet))
    [g] = check_sheet(tmp_path / "s.yaml", tmp_path).grounding
    return g.verdict == "grounded"


@pytest.mark.parametrize(("doc", "quote", "language", "value", "grounded"), [
    ("The bank raised its rate from 0.25 to 0.75 percent.\n", "from 0.25 to 0.75 percent",
     None, 0.25, True),
    ("The bank raised its rate from 0.25 to 0.75 percent.\n", "from 0.25 to 0.75 percent",
     None, 0.75, True),
    ("The bank raised its rate from 0.25 to 0.75 percent.\n", "from 0.25 to 0.75 percent",
     None, 0.5, False),
    ("Riksbanken höjer räntan från 0,25 till 0,75 procent.\n", "från 0,25 till 0,75 procent",
     "sv", 0.75, True),
    ("第二至六节车厢脱线倾覆。\n", "第二至六节车厢", "zh", 6, True),
    # a range with no "from" keeps its ends together
    ("Between 0.25 and 0.75 percent of voters.\n", "Between 0.25 and 0.75 percent", None,
     0.25, False),
])
def test_either_figure_of_from_x_to_y(tmp_path, doc, quote, language, value, grounded):
    fact = {"value": value, "unit": "percent" if "percent" in quote else None, "quote": quote}
    fact = {k: v for k, v in fact.items() if v is not None}
    assert _ground_one(tmp_path, doc, fact, language) is grounded


def test_a_homicide_rate_counts_deaths(tmp_path):
    doc = "The homicide rate in 2016 was 5.3 per 100,000 people.\n"
    fact = {"value": 5.3, "unit": "death per 100000 person",
            "quote": "The homicide rate in 2016 was 5.3 per 100,000 people"}
    assert _ground_one(tmp_path, doc, fact)


@pytest.mark.parametrize(("quote", "language", "days_before", "grounded"), [
    ("T179次列车于今日凌晨停靠阜阳", "zh", 0, True),
    ("T179次列车于今日凌晨停靠阜阳", "zh", 1, False),
    ("昨天下午发生事故", "zh", 1, True),
    ("Die Bank hat heute entschieden", "de", 0, True),
    ("La banque a annoncé hier sa décision", "fr", 1, True),
    ("La banque a annoncé hier sa décision", "fr", 2, False),
    ("Riksbanken meddelade i går", "sv", 1, True),
])
def test_today_and_yesterday_in_other_languages(tmp_path, quote, language, days_before,
                                                grounded):
    import datetime as dt

    published = dt.date(2020, 3, 30)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text(quote + "。\n")
    (tmp_path / "s.yaml").write_text(yaml.safe_dump({
        "document": "seeds/d.txt", "language": language, "published": published,
        "facts": {"f": {"value": published - dt.timedelta(days=days_before),
                        "quote": quote}}}))
    [g] = check_sheet(tmp_path / "s.yaml", tmp_path).grounding
    assert (g.verdict == "grounded") is grounded
