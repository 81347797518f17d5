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
