"""Hover on a fact: its interval, its source and its quote in the document's sentence."""

from __future__ import annotations

import bisect
import functools

from factcheck.api.model import Sheet
from factcheck.escape import markdown, markdown_code
from factcheck.load.sheet import LoadedSheet
from factcheck.pipeline import SheetResult
from factcheck.text.sentences import sentences

#: a sentence shown around a quote is cut to this many characters on each side
CONTEXT_CHARS = 300


def fact_at(ls: LoadedSheet, line: int) -> str | None:
    """The fact whose entry spans 1-based ``line`` of the sheet, if any."""
    starts = sorted((ls.line("facts", fid), fid) for fid in ls.sheet.facts)
    k = bisect.bisect_right(starts, (line, "\U0010ffff")) - 1
    if k < 0:
        return None
    start, fid = starts[k]
    later = [ls.line(key) for key in Sheet.model_fields if ls.line(key) > start]
    if k + 1 < len(starts):
        later.append(starts[k + 1][0])
    return fid if line < min(later, default=line + 1) else None


@functools.lru_cache(maxsize=8)
def _sentence_starts(text: str) -> tuple[list[int], list[int]]:
    found = sentences(text)
    return [s.start for s in found], [s.end for s in found]


def in_context(text: str, start: int, end: int) -> str:
    """Markdown of the sentence(s) around ``text[start:end]``, the quote in bold."""
    starts, ends = _sentence_starts(text)
    i = max(0, bisect.bisect_right(starts, start) - 1)
    j = max(i, bisect.bisect_left(ends, end))
    first = starts[i] if starts else 0
    last = max(ends[min(j, len(ends) - 1)] if ends else len(text), end)
    lo, hi = max(first, start - CONTEXT_CHARS), min(last, end + CONTEXT_CHARS)
    before = markdown(text[lo:start]).lstrip()
    after = markdown(text[end:hi]).rstrip()
    return (f"{'…' if lo > first else ''}{before}**{markdown(text[start:end])}**"
            f"{after}{'…' if hi < last else ''}")


def hover_markdown(result: SheetResult, line: int) -> str | None:
    """What hovering on ``line`` of a sheet shows (None away from a fact)."""
    ls = result.loaded
    if ls is None:
        return None
    fid = fact_at(ls, line)
    if fid is None:
        return None
    fact = ls.sheet.facts[fid]
    out = [f"**{markdown(fid)}**"]
    value = result.values.get(fid)
    if value is not None:
        out.append(f"value {markdown_code(value.reported)} ({markdown(value.meaning)}): "
                   f"interval {markdown_code(value.describe())}")
    if fact.source:
        source = ls.sheet.sources.get(fact.source)
        name = markdown(source.name) if source else "not in `sources`"
        out.append(f"source: {name} ({markdown_code(fact.source)})")
    grounding = next((o for o in result.grounding if o.fact == fid), None)
    if grounding is not None:
        out.append(f"quote {markdown(grounding.verdict)}: {markdown(grounding.message)}")
        if grounding.span:
            out.append("> " + in_context(ls.document_text, *grounding.span))
    return "\n\n".join(out)
