"""Draft a fact-sheet skeleton from a document.

:func:`draft_sheet` finds every number, range, age, duration, date and month in
a document (:func:`factcheck.text.numbers.find_mentions`), and writes one fact
per mention with the sentence (or clause) it comes from as the quote, the
guessed unit, the meaning implied by hedges ("an estimated", "about"), and the
source the sentence attributes it to ("..., Ukraine's air force wrote"). It
suggests checks only where the structure is plain: a parenthesised unit
conversion, a weekday written with a date, and counts of one unit that add up
to a total given just before them.

The dateline ("date 2025-04-26" at the top) gives the sheet's ``published`` date
and is drafted as a fact of its own (``dateline``). A bare year ("early 2025") is
drafted as the string ``"YYYY"``. A weekday without a date ("Saturday", "last
Friday") is drafted as a date only when the published date is known, resolved
as grounding resolves it: a plain weekday is the day 0..6 days before
publication with that weekday, "last <weekday>" the one 1..7 days before.
Weekdays written with "next", "this" or "past", after "coming", "following",
"until" or "till", or after a future cue in their sentence ("will", "would",
"is expected", "plans to", ...) are skipped: the rule would put them in the past.

The draft never invents a value: every value is read from a mention (or, for a
weekday, from a mention and the published date), and every quote is re-scanned
and checked with grounding's own matcher
(:func:`factcheck.ground.grounding.value_in_mentions`) to make sure it still
carries that value. Days without a year ("April 26") are not drafted. An editor
is expected to review, rename and trim the result.
"""

from __future__ import annotations

import pathlib
from typing import Any

from factcheck.draft.extract import MAX_DRAFT_BYTES, extract
from factcheck.draft.suggest import suggest_checks
from factcheck.draft.write import SCHEMA_COMMENT, sheet_yaml

__all__ = ["draft_sheet", "draft_data", "SCHEMA_COMMENT", "MAX_DRAFT_BYTES"]


def draft_data(document_path: pathlib.Path, root: pathlib.Path) -> dict[str, Any]:
    """The drafted sheet as plain data (what :func:`draft_sheet` writes as YAML)."""
    data, draft, text = extract(document_path, root)
    data["checks"] = suggest_checks(text, draft)
    return data


def draft_sheet(document_path: pathlib.Path, root: pathlib.Path) -> str:
    """YAML text of a fact-sheet skeleton for ``document_path`` (path relative to ``root``)."""
    return sheet_yaml(draft_data(document_path, root))
