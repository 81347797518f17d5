"""Checks a draft suggests where the structure is plain: a weekday written with its date,
a unit conversion in parentheses, counts of one unit that add up to a total before them."""

from __future__ import annotations

import re
from typing import Any

from factcheck.draft.extract import MEASURES, Draft
from factcheck.text.numbers import WEEKDAYS

__all__ = ["suggest_checks"]


def suggest_checks(text: str, d: Draft) -> dict[str, Any]:
    checks: dict[str, Any] = {}
    ids = list(d.facts)
    # countable facts by unit, in document order: a total's parts are looked for among
    # the facts of its own unit that follow it, not among all facts
    by_unit: dict[str, list[str]] = {}
    place: dict[str, int] = {}
    for fid in ids:
        if _countable(d, fid):
            same = by_unit.setdefault(d.facts[fid]["unit"], [])
            place[fid] = len(same)
            same.append(fid)
    for i, fid in enumerate(ids):
        m = d.mention_of[fid]
        fact = d.facts[fid]
        # a date written with its weekday
        if m.kind == "date" and m.weekday is not None:
            checks[f"{fid}_weekday"] = {
                "validator": "weekday_is",
                "args": {"date": fid, "weekday": WEEKDAYS[m.weekday]},
            }
        # "1,300 square kilometers (500 square miles)"
        if i + 1 < len(ids):
            nid = ids[i + 1]
            n = d.mention_of[nid]
            between = text[m.end : n.start]
            if (
                m.unit in MEASURES and n.unit in MEASURES
                and MEASURES[m.unit][1] == MEASURES[n.unit][1]
                and MEASURES[m.unit][0] != MEASURES[n.unit][0]
                and re.fullmatch(r"[^()]{0,40}\(\s*(?:about\s+|roughly\s+|some\s+)?", between)
                and not isinstance(fact["value"], list)
                and not isinstance(d.facts[nid]["value"], list)
            ):
                checks[f"{fid}_converts"] = {
                    "validator": "converts_to", "args": {"from": fid, "to": nid}
                }
        # a total followed by parts of the same unit
        rule = None
        if fid in place:
            same = by_unit[d.facts[fid]["unit"]]
            rule = _sum_rule(d, fid, same[place[fid] + 1 : place[fid] + 1 + _MAX_PARTS])
        if rule:
            checks[f"{fid}_parts"] = rule
    return checks


def _countable(d: Draft, fid: str) -> bool:
    fact = d.facts[fid]
    return (
        d.mention_of[fid].kind == "number"
        and fact.get("meaning") == "exact"
        and isinstance(fact["value"], int)
        and "unit" in fact
    )


#: At most this many parts are summed towards a total (a longer sum is not drafted).
_MAX_PARTS = 20


def _sum_rule(d: Draft, tid: str, following: list[str]) -> str | None:
    """``a + b == total`` for parts right after a total (same or next paragraph), or
    ``a + b <= total`` when the parts are in the total's paragraph and fall short.

    ``following``: the countable facts of the total's unit after it, in order (at most
    ``_MAX_PARTS``)."""
    total = d.facts[tid]
    para = d.sentence_of[tid].para
    parts: list[str] = []
    running = 0
    for pid in following:
        if d.sentence_of[pid].para > para + 1:
            break
        parts.append(pid)
        running += d.facts[pid]["value"]
        if len(parts) >= 2 and running == total["value"]:
            return " + ".join(parts) + f" == {tid}"
        if running > total["value"]:
            break
    same = [p for p in parts if d.sentence_of[p].para == para]
    if len(same) >= 2 and sum(d.facts[p]["value"] for p in same) < total["value"]:
        return " + ".join(same) + f" <= {tid}"
    return None
