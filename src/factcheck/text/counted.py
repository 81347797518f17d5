"""What an English count names without its noun after it (grounding only):

- "N times", "once", "twice" count the event their verb names: "have won the race 16
  times" counts wins, "was arrested three times" arrests;
- an ordinal before the name of an event counts its editions ("the 37th Athens
  Marathon"); after a verb of finishing, or before "overall", a place ("finishing 35th
  overall", "came third").
"""

from __future__ import annotations

import re

__all__ = ["ordinal_noun", "times_noun"]

# past forms of verbs whose events news counts in "times", and the event's noun
_VERB_NOUNS = {
    "won": "win", "win": "win", "wins": "win", "winning": "win",
    "lost": "loss", "losing": "loss",
    "arrested": "arrest", "convicted": "conviction", "jailed": "jailing",
    "attacked": "attack", "struck": "strike", "raided": "raid",
    "visited": "visit", "married": "marriage", "elected": "election",
    "re-elected": "election", "appeared": "appearance",
    "capped": "cap", "stabbed": "stabbing",
    "postponed": "postponement", "delayed": "delay", "fined": "fine",
    "hospitalised": "hospitalisation", "hospitalized": "hospitalization",
    "raised": "raise", "cut": "cut", "hiked": "hike", "lowered": "cut",
    "erupted": "eruption", "flooded": "flood", "crashed": "crash",
}
_VERB = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, _VERB_NOUNS), key=len,
                                                      reverse=True)) + r")(?![\w-])",
                   re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;!?:\n]")
# "finishing 35th overall", "came third", "placed 12th", "in 35th place"
_PLACE_BEFORE = re.compile(r"(?<!\w)(?:finish(?:ed|es|ing)?|came|come|coming|placed|placing|"
                           r"ended|ending|ranked|ranking)\s+(?:in\s+|a\s+)?(?:the\s+)?$",
                           re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:overall|place|position)\b", re.IGNORECASE)
# "the 37th Athens Marathon", "the 75th Independence Day": a name after the ordinal
_EDITION_BEFORE = re.compile(r"(?<!\w)the\s+$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s+(?:[A-Z][\w'\u2019.-]*\s+){0,3}?[A-Z][\w'\u2019-]*")


def times_noun(text: str, start: int) -> str | None:
    """The noun of the event a count "N times" or "twice" at ``start`` counts, named
    by the last counted verb of its clause before it ("have won the race 16 times"),
    or None."""
    window = text[max(0, start - 120):start]
    cut = None
    for cut in _CLAUSE_END.finditer(window):  # noqa: B007 - the last one counts
        pass
    clause = window[cut.end():] if cut is not None else window
    found = None
    for found in _VERB.finditer(clause):  # noqa: B007 - the last verb counts
        pass
    return _VERB_NOUNS[found.group(1).lower()] if found is not None else None


def ordinal_noun(text: str, start: int, end: int) -> str | None:
    """What an ordinal at ``start:end`` counts where no noun follows it: "place" after a
    verb of finishing or before "overall", "edition" before a name after "the"."""
    if _PLACE_AFTER.match(text, end) or _PLACE_BEFORE.search(text, max(0, start - 20), start):
        return "place"
    if _EDITION_BEFORE.search(text, max(0, start - 6), start) and _NAME_AFTER.match(text, end):
        return "edition"
    return None
