"""Aliases: which words name a unit, built-in and a sheet's own, in English and by prefix
in Hindi and Telugu."""

from __future__ import annotations

from factcheck.text.nouns import Aliases

SHEET = {"drone": ["Geran-2", "Lancet"], "attack_helicopter": ["Ka-52"], "seat": ["A$"]}


def test_forms():
    a = Aliases(SHEET, None)
    assert {"drone", "uav", "shahed", "geran-2", "lancet"} <= a.forms("drone")
    assert "lancet" not in Aliases(None, None).forms("drone")  # the sheet's own alias
    assert a.forms("attack helicopter") == a.forms("Attack Helicopter") == \
        frozenset({"helicopter", "ka-52"})
    assert a.forms("person per kilometer ** 2") == a.forms("person")  # a rate: what it counts
    assert "a$" in a.forms("seat")  # a symbol as written


def test_names_and_unit_of():
    a = Aliases(SHEET, None)
    assert a.names("drone", "geran-2") and a.names("drone", "uav")
    assert not a.names("drone", "missile")
    assert a.unit_of("Lancets") == a.unit_of("UAVs") == "drone"
    assert a.unit_of("") is None and a.unit_of("widgets") is None
    assert a.names_other("missiles", "drone")
    assert not a.names_other("UAV", "drone") and not a.names_other("widget", "drone")


def test_mentioned():
    a = Aliases(SHEET, None)
    assert a.mentioned("drone", "two Lancet systems") == "lancet"
    assert a.mentioned("seat", "the A$ figure") == "a$"
    assert a.mentioned("drone", "the A$ figure") is None
    assert a.mentioned("drone", "nothing") is None


def test_prefixes_in_hindi_only():
    hi = Aliases({"drone": ["ड्रोन"]}, "hi")
    assert hi.names("drone", "ड्रोनों") and hi.unit_of("ड्रोनों") == "drone"
    assert hi.mentioned("drone", "दो ड्रोनों को") == "ड्रोन"
    en = Aliases({"drone": ["ड्रोन"]}, "en")
    assert not en.names("drone", "ड्रोनों") and en.unit_of("ड्रोनों") is None


def test_lemmas_in_ukrainian():
    assert Aliases(None, "uk").unit_of("безпілотників") == "drone"
