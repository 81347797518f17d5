"""Grounding reads news as written: each form grounds the right fact, and the same
quote with a wrong value, a wrong noun or a wrong source fails."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from factcheck.engine.outcome import GROUNDED, UNGROUNDED
from factcheck.pipeline import check_sheet


def _ground(tmp_path: Path, doc: str, fact: dict, published: str = "2025-04-26",
            sources: dict | None = None, aliases: dict | None = None):
    (tmp_path / "seeds").mkdir(parents=True, exist_ok=True)
    (tmp_path / "seeds" / "d.txt").write_text(doc)
    sources = sources or {"reporter": {"name": "The outlet", "kind": "outlet"}}
    sheet = {"document": "seeds/d.txt", "published": dt.date.fromisoformat(published),
             "sources": sources, "facts": {"f": {"source": next(iter(sources)), **fact}}}
    if aliases:
        sheet["aliases"] = aliases
    (tmp_path / "s.yaml").write_text(yaml.safe_dump(sheet, sort_keys=False))
    result = check_sheet(tmp_path / "s.yaml", tmp_path)
    assert not result.problems, result.problems
    [o] = result.grounding
    return o


CASES = [
    # counted noun elided in a list or clause
    ("76 drones were shot down over 17 regions, while 95 were lost.",
     {"value": 95, "unit": "drone", "quote": "95 were lost"}, 96, "missile"),
    ("It said 11 drones were shot down over Belgorod, 35 over the Bryansk region, nine over "
     "Kursk.", {"value": 9, "unit": "drone", "quote": "nine over Kursk"}, 8, "person"),
    # synonyms and inflections
    ("The death toll rose to 45 on Sunday.",
     {"value": 45, "unit": "person", "quote": "The death toll rose to 45"}, 46, "drone"),
    ("Russia launched 89 attack UAVs overnight.",
     {"value": 89, "unit": "drone", "quote": "89 attack UAVs"}, 90, "missile"),
    ("The party won 42 constituencies.",
     {"value": 42, "unit": "seat", "quote": "won 42 constituencies"}, 41, "drone"),
    # number words and phrases
    ("Two men were hurt. Both were taken to hospital.",
     {"value": 2, "unit": "person", "quote": "Both were taken to hospital"}, 3, "drone"),
    ("No one was hurt in the blast.", {"value": 0, "unit": "person", "quote":
                                       "No one was hurt"}, 1, "drone"),
    ("Two-thirds of the seats went to the alliance.",
     {"value": 66.7, "unit": "percent", "quote": "Two-thirds of the seats"}, 60, None),
    ("Two were killed in Yarova and one in Dnipropetrovsk.",
     {"value": 1, "unit": "person", "quote": "one in Dnipropetrovsk"}, 2, None),
    # Indian grouping, scale words, currency
    ("The state has 1,98,706 active cases.",
     {"value": 198706, "unit": "case", "quote": "1,98,706 active cases"}, 198707, "drone"),
    ("The outlay is Rs 1,200 crore this year.",
     {"value": 12_000_000_000, "unit": "INR", "quote": "Rs 1,200 crore"}, 1_200_000_000,
     "USD"),
    ("Defence gets Rs 6.1 lakh crore.",
     {"value": 6_100_000_000_000, "unit": "INR", "quote": "Rs 6.1 lakh crore"},
     6_100_000_000_001, None),
    ("The deal is worth $42.9 billion.",
     {"value": 42_900_000_000, "unit": "USD", "quote": "$42.9 billion"}, 42_800_000_000,
     "INR"),
    ("Revenue was A$12.5m in the year.",
     {"value": 12_500_000, "unit": "AUD", "quote": "A$12.5m"}, 12_600_000, "USD"),
    ("Its share rose 2.1 percentage points.",
     {"value": 2.1, "unit": "percentage_point", "quote": "2.1 percentage points"}, 2.2, "km"),
    # dates and times
    ("Updated: 15-12-2023 12:13 IST", {"value": dt.date(2023, 12, 15), "quote":
                                       "15-12-2023"}, dt.date(2023, 12, 16), None),
    ("The fire began on 25.12.2023.", {"value": dt.date(2023, 12, 25), "quote":
                                       "on 25.12.2023"}, dt.date(2023, 12, 24), None),
    ("On Oct. 28, from 8:00 p.m. to 11:00 p.m. Moscow time, drones were downed.",
     {"value": 23, "unit": "hour", "quote": "to 11:00 p.m. Moscow time"}, 22, "minute"),
    ("A 22-month-old girl was rescued.", {"value": 22, "unit": "month",
                                          "quote": "22-month-old"}, 23, "year"),
    ("Spending in 2007-08 rose.", {"value": "2008", "quote": "in 2007-08"}, "2009", None),
    ("Rain: 375.2mm in 24 hours.", {"value": 375.2, "unit": "mm", "quote": "375.2mm"},
     375.3, "cm"),
    # rates, sports words, times of day, date ranges sharing a year
    ("Japan had 38.1 cases per 100,000 people.", {"value": 38.1, "unit":
     "case per 100000 person", "quote": "38.1 cases per 100,000 people"}, 38.2, "drone"),
    ("a cut of 2.2 million barrels per day (bpd)", {"value": 2_200_000, "unit": "barrel/day",
     "quote": "2.2 million barrels per day"}, 2_300_000, "barrel"),
    ("He netted a second-half hat-trick.", {"value": 3, "unit": "goal", "quote":
     "netted a second-half hat-trick"}, 2, "drone"),
    ("The strike came at noon.", {"value": 720, "unit": "minute", "quote":
     "The strike came at noon"}, 721, None),
    ("It happened between July 1 and September 30, 2015.", {"value": dt.date(2015, 7, 1),
     "quote": "between July 1 and September 30, 2015"}, dt.date(2025, 7, 1), None),
    ("A fourth survivor was found on Sunday.", {"value": 4, "unit": "person", "quote":
     "A fourth survivor was found"}, 0.25, "drone"),
    ("an estimated three million cubic metres of earth", {"value": 3_000_000, "unit": "m**3",
     "quote": "three million cubic metres"}, 3_000_001, "m**2"),
    ("The fire forced hundreds of people to flee.", {"value": 200, "unit": "person",
     "meaning": "at_least", "quote": "forced hundreds of people to flee"}, 300, "drone"),
    ("Officials said there was no damage or casualties.", {"value": 0, "unit": "casualty",
     "quote": "there was no damage or casualties"}, 1, "drone"),
]


@pytest.mark.parametrize(("doc", "fact", "wrong_value", "wrong_unit"), CASES,
                         ids=[c[1]["quote"] for c in CASES])
def test_news_forms_ground_and_wrong_ones_fail(tmp_path, doc, fact, wrong_value, wrong_unit):
    assert _ground(tmp_path / "ok", doc, fact).verdict == GROUNDED
    bad = _ground(tmp_path / "value", doc, {**fact, "value": wrong_value})
    assert bad.verdict == UNGROUNDED, bad.message
    if wrong_unit is not None:
        bad = _ground(tmp_path / "unit", doc, {**fact, "unit": wrong_unit})
        assert bad.verdict == UNGROUNDED, bad.message


def test_a_number_that_counts_another_noun_fails(tmp_path):
    o = _ground(tmp_path, "Russia launched 95 missiles and drones.",
                {"value": 95, "unit": "person", "quote": "95 missiles"})
    assert o.verdict == UNGROUNDED and "counts missiles, not people" in o.message


def test_sheet_aliases_extend_the_builtin_ones(tmp_path):
    doc = "Russia launched 40 Geran-2s over the south."
    fact = {"value": 40, "unit": "glide bomb", "quote": "40 Geran-2s"}
    assert _ground(tmp_path / "a", doc, fact).verdict == UNGROUNDED
    assert _ground(tmp_path / "b", doc, fact,
                   aliases={"glide bomb": ["Geran-2"]}).verdict == GROUNDED


SOURCES = {"ua_air_force": {"name": "Ukraine's air force", "kind": "military"},
           "ru_mod": {"name": "Russia's defense ministry", "kind": "military"}}
DOC = ("Russia launched 114 drones overnight, Ukraine's air force said.\n\n"
       "Russia's Defence Ministry said it downed 20 Ukrainian drones over Kursk.\n")


def test_attribution_must_name_the_source(tmp_path):
    fact = {"value": 114, "unit": "drone", "quote": "Russia launched 114 drones overnight"}
    assert _ground(tmp_path / "a", DOC, {**fact, "source": "ua_air_force"},
                   sources=SOURCES).verdict == GROUNDED
    swapped = _ground(tmp_path / "b", DOC, {**fact, "source": "ru_mod"}, sources=SOURCES)
    assert swapped.verdict == UNGROUNDED
    assert "attributes these words to Ukraine's air force" in swapped.message
    other = {"value": 20, "unit": "drone", "quote": "it downed 20 Ukrainian drones"}
    assert _ground(tmp_path / "c", DOC, {**other, "source": "ru_mod"},
                   sources=SOURCES).verdict == GROUNDED  # Defence ministry = defense ministry
    assert _ground(tmp_path / "d", DOC, {**other, "source": "ua_air_force"},
                   sources=SOURCES).verdict == UNGROUNDED


def test_source_aliases_name_the_source(tmp_path):
    doc = "The Pentagon said 3 jets were lost.\n"
    sources = {"us_dod": {"name": "U.S. Department of Defense", "kind": "military"}}
    fact = {"value": 3, "unit": "aircraft", "quote": "3 jets were lost"}
    assert _ground(tmp_path / "a", doc, fact, sources=sources).verdict == UNGROUNDED
    sources["us_dod"]["aliases"] = ["the Pentagon"]
    assert _ground(tmp_path / "b", doc, fact, sources=sources).verdict == GROUNDED


def test_the_outlets_own_words_need_no_attribution(tmp_path):
    o = _ground(tmp_path, "The storm dropped 12 inches of snow.\n",
                {"value": 12, "unit": "inch", "quote": "12 inches of snow"})
    assert o.verdict == GROUNDED


def test_a_table_header_scales_the_figures_under_it(tmp_path):
    doc = ("Results (A$m)\n\nRevenue 12,345.6\nNet profit 569.2\n")
    fact = {"value": 569_200_000, "unit": "AUD", "quote": "Net profit 569.2"}
    o = _ground(tmp_path / "a", doc, fact)
    assert o.verdict == GROUNDED and "A$m" in o.message
    assert _ground(tmp_path / "b", doc, {**fact, "value": 569_300_000}).verdict == UNGROUNDED
    plain = "Revenue 12,345.6\nNet profit 569.2\n"  # no header: the figure is 569.2
    assert _ground(tmp_path / "c", plain, fact).verdict == UNGROUNDED


def test_the_clause_holding_the_quote_names_its_speaker(tmp_path):
    doc = ("Russia's Defence Ministry said 158 drones were downed over 15 regions, while one "
           "other governor said a drone was shot down over his region.\n")
    sources = {"ru_mod": {"name": "Russia's Defence Ministry", "kind": "military"},
               "governor": {"name": "one other governor", "kind": "official"}}
    fact = {"value": 1, "unit": "drone", "quote": "a drone was shot down over his region"}
    assert _ground(tmp_path / "a", doc, {**fact, "source": "governor"},
                   sources=sources).verdict == GROUNDED
    assert _ground(tmp_path / "b", doc, {**fact, "source": "ru_mod"},
                   sources=sources).verdict == UNGROUNDED


def test_an_appositive_does_not_hide_the_speaker(tmp_path):
    doc = ("Wang Yongbo, a local rescue official, told state broadcaster CCTV that 3 million "
           "cubic metres of rock fell.\n")
    sources = {"wang": {"name": "Wang Yongbo", "kind": "official"},
               "state_media": {"name": "state media", "kind": "agency"}}
    fact = {"value": 3_000_000, "unit": "m**3", "quote": "3 million cubic metres"}
    assert _ground(tmp_path / "a", doc, {**fact, "source": "wang"},
                   sources=sources).verdict == GROUNDED
    assert _ground(tmp_path / "b", doc, {**fact, "source": "state_media"},
                   sources=sources).verdict == UNGROUNDED


def test_a_quote_that_names_its_source_is_attributed_to_it(tmp_path):
    doc = ("Inflation rose to 3 per cent, above the 2.8 per cent forecast by economists polled "
           "by Reuters, the Office for National Statistics said.\n")
    sources = {"ons": {"name": "Office for National Statistics", "kind": "agency"},
               "poll": {"name": "economists polled by Reuters", "kind": "agency"}}
    fact = {"value": 2.8, "unit": "percent",
            "quote": "the 2.8 per cent forecast by economists polled by Reuters"}
    assert _ground(tmp_path / "a", doc, {**fact, "source": "poll"},
                   sources=sources).verdict == GROUNDED
