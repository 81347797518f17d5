"""A document's text with every grounded quote marked, for the HTML report.

Overlapping quote spans are split at every boundary into flat segments (never nested
marks or links); a segment links to its innermost fact and is shaded by how many
quotes cover it. Numbers no fact covers are underlined. One sweep over the sorted
boundaries: linear in the text plus n log n in the spans.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from factcheck import escape
from factcheck.report.model import Sheet

MAX_NAMES = 12  # facts named in one highlighted segment's tooltip


def _e(x: object) -> str:
    return escape.html_text(x)


def highlight(text: str, sheet: Sheet, fact_href: Callable[[str], str],
              quote_id: Callable[[str], str]) -> tuple[Markup, set[str]]:
    """Escaped ``text`` with quote spans marked; also the ids of the facts marked."""
    size = len(text)
    spans: list[tuple[int, int, int, str]] = []  # start, end, order, fact id
    for order, f in enumerate(sheet.facts or ()):
        span = f.grounding.span if f.grounding else None
        if span is None or len(span) != 2:
            continue
        a, b = span
        if isinstance(a, bool) or isinstance(b, bool) or not 0 <= a < b <= size:
            continue
        spans.append((a, b, order, f.id))
    uncovered: list[tuple[int, int, str]] = []
    for u in sheet.coverage.uncovered if sheet.coverage else ():
        a, t = u.offset, u.text
        if t and text[a:a + len(t)] == t:
            uncovered.append((a, a + len(t), u.kind))
    bounds = sorted({0, size} | {x for s in spans for x in s[:2]}
                    | {x for u in uncovered for x in u[:2]})
    starts: dict[int, list[tuple[int, int, int, str]]] = {}
    ends: dict[int, list[tuple[int, int, int, str]]] = {}
    for sp in spans:
        starts.setdefault(sp[0], []).append(sp)
        ends.setdefault(sp[1], []).append(sp)
    unc_starts: dict[int, list[str]] = {}
    unc_ends: dict[int, int] = {}
    for ua, ub, k in uncovered:
        unc_starts.setdefault(ua, []).append(k)
        unc_ends[ub] = unc_ends.get(ub, 0) + 1
    active: dict[int, tuple[int, int, int, str]] = {}
    unc_active: list[str] = []
    out: list[str] = []
    done: set[str] = set()
    for a, b in zip(bounds, bounds[1:], strict=False):
        for sp in ends.get(a, ()):
            active.pop(sp[2], None)
        for _ in range(unc_ends.get(a, 0)):
            if unc_active:
                unc_active.pop(0)
        for sp in starts.get(a, ()):
            active[sp[2]] = sp
            if sp[3] not in done:
                done.add(sp[3])
                out.append(f'<span class="anchor" id="{_e(quote_id(sp[3]))}"></span>')
        unc_active.extend(unc_starts.get(a, ()))
        seg = _e(text[a:b])
        if unc_active:
            seg = (f'<span class="uncov" title="number not covered by a fact '
                   f'({_e(unc_active[0])})">{seg}</span>')
        if active:
            inner = min(active.values(), key=lambda s: (s[1] - s[0], -s[0], s[2]))
            shown = sorted(active)[:MAX_NAMES]
            names = ", ".join(active[o][3] for o in shown)
            if len(active) > MAX_NAMES:
                names += f" and {len(active) - MAX_NAMES} more"
            depth = min(len(active), 3)
            seg = (f'<a class="q" href="{_e(fact_href(inner[3]))}" title="{_e(names)}">'
                   f'<mark class="d{depth}" data-facts="{_e(names)}">{seg}</mark></a>')
        out.append(seg)
    return Markup("".join(out)), done
