"""Facts drafted from a selected passage of a document, as edits to the sheet citing it.

The facts are the ones `factcheck draft` writes for the sentences the selection touches
(:func:`factcheck.draft.extract.extract`, written by its YAML writer); ids already in the
sheet get a numeric suffix, and a source the sheet does not know is added to it.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from typing import Any

import yaml

from factcheck.draft.extract import Draft
from factcheck.draft.write import sheet_yaml
from factcheck.text.sentences import sentences

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Edit:
    """Replace the text between two 0-based (line, column) positions with ``text``."""

    start: tuple[int, int]
    end: tuple[int, int]
    text: str


def _flat(s: str) -> str:
    return " ".join(s.split())


def _same(v: Any) -> Any:
    return tuple(v) if isinstance(v, list) else v.isoformat() if isinstance(v, dt.date) else v


def selected(draft: Draft, text: str, start: int, end: int) -> dict[str, dict]:
    """The drafted facts read from the sentences that ``text[start:end]`` touches (the
    sentence at ``start`` for an empty selection)."""
    found = sentences(text)
    if not found:
        return {}
    starts, ends = [s.start for s in found], [s.end for s in found]
    i = max(0, bisect.bisect_right(starts, start) - 1)
    j = min(max(i, bisect.bisect_left(ends, max(end, start + 1))), len(found) - 1)
    lo, hi = starts[i], ends[j]
    return {fid: fact for fid, fact in draft.facts.items()
            if lo <= draft.mention_of[fid].start < hi}


def uncovered(facts: dict[str, dict], existing: list[tuple[str, Any]]) -> dict[str, dict]:
    """The drafted ``facts`` that no (quote, value) of ``existing`` facts covers: a fact
    covers a drafted one with the same value when its quote is part of the drafted quote."""
    by_value: dict[Any, list[str]] = {}
    for quote, value in existing:
        by_value.setdefault(_same(value), []).append(_flat(quote))
    return {fid: f for fid, f in facts.items()
            if not any(q in f["quote"] for q in by_value.get(_same(f["value"]), ()))}


def _end(node: yaml.Node) -> yaml.Mark:
    """Where a node's text ends (a block collection ends with its last item)."""
    if isinstance(node, yaml.MappingNode) and not node.flow_style and node.value:
        return _end(node.value[-1][1])
    if isinstance(node, yaml.SequenceNode) and not node.flow_style and node.value:
        return _end(node.value[-1])
    return node.end_mark


def _append(text: str, top: yaml.MappingNode, section: str,
            entries: dict[str, Any]) -> Edit | None:
    """An edit adding ``entries`` to a top-level block mapping ``section``."""
    lines = text.split("\n")
    key, node = next(((k, v) for k, v in top.value if k.value == section), (None, None))
    written = _written(section, entries)
    body = _block(written, 2, 2)
    if key is None or node is None:
        head = f"{section}:\n" if text.endswith("\n") or not text else f"\n{section}:\n"
        end = (len(lines) - 1, len(lines[-1]))
        return Edit(end, end, head + body)
    if isinstance(node, yaml.ScalarNode) and node.value == "" and node.tag.endswith(":null"):
        at = (key.start_mark.line, len(lines[key.start_mark.line]))  # `facts:` and nothing
        return Edit(at, at, "\n" + body.rstrip("\n"))
    if isinstance(node, yaml.MappingNode) and not node.value:  # `facts: {}`
        return Edit((node.start_mark.line, node.start_mark.column),
                    (node.end_mark.line, node.end_mark.column), "\n" + body.rstrip("\n"))
    if not isinstance(node, yaml.MappingNode) or node.flow_style:
        return None  # a flow mapping with entries: left to the editor
    indent = node.value[0][0].start_mark.column
    first = node.value[0][1]
    step = (first.value[0][0].start_mark.column - indent
            if isinstance(first, yaml.MappingNode) and not first.flow_style and first.value
            else 2)
    end = _end(node)
    line = end.line if end.column == 0 else end.line + 1
    if line >= len(lines) or (line == len(lines) - 1 and not lines[-1]):
        tail = (len(lines) - 1, len(lines[-1]))
        lead = "" if text.endswith("\n") else "\n"
        return Edit(tail, tail, lead + _block(written, indent, step))
    return Edit((line, 0), (line, 0), _block(written, indent, step))


def _written(section: str, entries: dict[str, Any]) -> list[tuple[int, str]]:
    """``entries`` of ``section`` as `factcheck draft` writes them: (depth, text) lines."""
    lines = sheet_yaml({section: entries}).split("\n")
    out = []
    for line in lines[lines.index(f"{section}:") + 1:]:
        text = line.lstrip(" ")
        if text:
            out.append(((len(line) - len(text)) // 2, text))
    return out


def _block(lines: list[tuple[int, str]], indent: int, step: int) -> str:
    return "".join(f"{' ' * (indent + (depth - 1) * step)}{text}\n" for depth, text in lines)


def _fresh(name: str, taken: set[str]) -> str:
    fresh, n = name, 2
    while fresh in taken:
        fresh, n = f"{name}_{n}", n + 1
    taken.add(fresh)
    return fresh


def insertion(sheet_text: str, facts: dict[str, dict], sources: dict[str, dict]
              ) -> list[Edit] | None:
    """Edits of ``sheet_text`` adding the drafted ``facts`` (and the ``sources`` they
    name that the sheet lacks); None when the sheet cannot take them as written (not a
    YAML mapping, or `facts:` written as a non-empty flow mapping)."""
    try:
        top = yaml.compose(sheet_text, Loader=_Loader)
    except yaml.YAMLError:
        return None
    if not isinstance(top, yaml.MappingNode):
        return None
    section = {k.value: v for k, v in top.value}

    def keys(name: str) -> set[str]:
        node = section.get(name)
        return {str(k.value) for k, _ in node.value} if isinstance(node, yaml.MappingNode) \
            else set()

    known = {}
    node = section.get("sources")
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            name = next((x.value for a, x in v.value if a.value == "name"), None) \
                if isinstance(v, yaml.MappingNode) else None
            if isinstance(name, str):
                known.setdefault(name.casefold(), str(k.value))
    source_ids, new_sources = keys("sources"), {}
    renamed: dict[str, str] = {}
    fact_ids, new_facts = keys("facts"), {}
    for fid, fact in facts.items():
        fact = dict(fact)
        sid = fact.get("source")
        if sid is not None:
            name = sources[sid]["name"]
            if sid not in renamed:
                renamed[sid] = known.get(name.casefold()) or _fresh(sid, source_ids)
                if name.casefold() not in known:
                    known[name.casefold()] = renamed[sid]
                    new_sources[renamed[sid]] = {"name": name}
            fact["source"] = renamed[sid]
        new_facts[_fresh(fid, fact_ids)] = fact
    edits = []
    if new_sources:
        edits.append(_append(sheet_text, top, "sources", new_sources))
    edits.append(_append(sheet_text, top, "facts", new_facts))
    if None in edits:
        return None
    return [e for e in edits if e is not None]
