"""HTML report: one self-contained static page (inline CSS/JS, no network).

Renders the same data as :mod:`.markdown` (the dict from
:func:`factcheck.report.build.build_report`). Everything taken from the report
is untrusted sheet content and goes through :func:`factcheck.escape.html_text`; ids derived
from it are slugged. The output is deterministic: same input, same bytes.

Document texts are not part of the report, so callers may pass them in
``documents`` (keyed by each sheet's ``document`` path, as written in the
sheet); grounded quotes are then highlighted in the text from their
``grounding.span`` offsets. Without a document only the quotes are shown.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable
from importlib import resources
from typing import Any

from factcheck import escape

__all__ = ["render_html"]

# verdict -> (css class, label). Labels carry a symbol and the word, never colour alone.
VERDICTS: dict[str, tuple[str, str]] = {
    "holds": ("v-holds", "✓ holds"),
    "holds within rounding": ("v-within", "≈ holds within rounding"),
    "violated": ("v-violated", "✗ violated"),
    "error": ("v-error", "⚠ error"),
    "grounded": ("v-holds", "✓ grounded"),
    "ungrounded": ("v-violated", "✗ ungrounded"),
    "agree": ("v-holds", "✓ agree"),
    "conflict": ("v-violated", "✗ conflict"),
    "single": ("v-neutral", "• single source"),
    "disputed": ("v-disputed", "⚖ disputed"),
    "affirmed": ("v-neutral", "+ affirmed"),
    "denied": ("v-neutral", "− denied"),
}
ROW = {"holds": "holds", "holds within rounding": "within", "violated": "violated",
       "error": "error"}


def _asset(name: str) -> str:
    return resources.files("factcheck.report").joinpath(name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def e(x: Any) -> str:
    """Escape anything for text or a quoted attribute; None is empty; bidi and controls shown."""
    return escape.html_text(x)


def slug(x: Any) -> str:
    """A safe, stable id fragment; distinct inputs stay distinct."""
    s = str(x)
    clean = re.sub(r"[^A-Za-z0-9_.-]", "_", s)[:80]
    if clean != s:
        clean += "-" + hashlib.sha1(s.encode()).hexdigest()[:8]
    return clean or "_"


def badge(verdict: Any, expect: Any = "holds") -> str:
    v = str(verdict)
    if v == "violated" and expect == "violated":
        return '<span class="badge v-expected">✗ violated (expected)</span>'
    cls, label = VERDICTS.get(v, ("v-neutral", v))
    return f'<span class="badge {cls}">{e(label)}</span>'


def _value(v: Any, unit: Any = None) -> str:
    if isinstance(v, list):
        v = "[" + ", ".join(str(x) for x in v) + "]"
    text = "" if v is None else str(v)
    return text + (f" {unit}" if unit else "")


def _int(x: Any) -> int | None:
    return x if isinstance(x, int) and not isinstance(x, bool) else None


class _Ids:
    """Element ids for one sheet (``s1-check-…``) and cross-sheet links."""

    def __init__(self, n: int) -> None:
        self.p = f"s{n}"

    def check(self, cid: Any) -> str:
        return f"{self.p}-check-{slug(cid)}"

    def fact(self, fid: Any) -> str:
        return f"{self.p}-fact-{slug(fid)}"

    def quote(self, fid: Any) -> str:
        return f"{self.p}-q-{slug(fid)}"

    def background(self, bid: Any) -> str:
        return f"{self.p}-bg-{slug(bid)}"


def render_html(report: dict[str, Any], documents: dict[str, str] | None = None) -> str:
    """The whole report as one HTML page; ``documents`` maps a sheet's document path to text."""
    documents = documents or {}
    if not isinstance(report, dict):
        report = report.to_json_data()
    css, js = _asset("report.css"), _asset("report.js")
    s = report.get("summary", {})
    sheets = report.get("sheets", [])
    index = {sh.get("path"): i + 1 for i, sh in enumerate(sheets)}
    passed = bool(s.get("passed"))
    csp = (f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(js)}; "
           "img-src data:; base-uri 'none'; form-action 'none'")
    out = [
        "<!doctype html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{e(csp)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        f"<title>factcheck report: {'pass' if passed else 'FAIL'}</title>",
        f"<style>{css}</style>",
        f"<script>{js}</script>",
        f'<meta name="factcheck-run" content="{e(report.get("run_id", ""))}">',
        "</head>",
        f'<body data-passed="{str(passed).lower()}" data-run="{e(report.get("run_id", ""))}">',
        "<main>",
    ]
    tool = report.get("tool", {})
    out += ['<header class="top"><h1>Consistency report</h1>',
            f'<span class="muted">{e(tool.get("name", "factcheck"))} '
            f'{e(tool.get("version", ""))} · report schema '
            f'{e(report.get("schema_version", ""))}</span></header>']
    toc = ['<a href="#summary">Summary</a>']
    failing = _failing(report, index)
    bad_sheets = {n for n, _, _ in failing if n}
    for i, sh in enumerate(sheets, 1):
        mark = ' <span class="badge v-violated">✗</span>' if i in bad_sheets else ""
        toc.append(f'<a href="#sheet-{i}">{e(sh.get("path"))}{mark}</a>')
    if report.get("cross_source"):
        toc.append('<a href="#cross-source">Cross-source</a>')
    if report.get("statements"):
        toc.append('<a href="#statements">Statements</a>')
    out.append('<nav class="toc" aria-label="Contents">' + "".join(toc) + "</nav>")
    out += _summary(s, [(href, label) for _, href, label in failing])
    for i, sh in enumerate(sheets):
        out += _sheet(sh, i + 1, documents.get(sh.get("document") or ""))
    out += _cross_source(report.get("cross_source") or [], index)
    out += _statements(report.get("statements") or [], index, sheets)
    out += ['<footer>Generated by factcheck. This page is self-contained: it loads nothing '
            "from the network.</footer>", "</main>", "</body>", "</html>"]
    return "\n".join(out) + "\n"


def _failing(report: dict[str, Any], index: dict[Any, int]) -> list[tuple[int, str, str]]:
    """(sheet number or 0, link target, label) for everything that makes the run fail."""
    out = []
    for n, sh in enumerate(report.get("sheets") or [], 1):
        ids, path = _Ids(n), sh.get("path")
        for p in sh.get("problems") or []:
            out.append((n, f"sheet-{n}", f"{path}:{p.get('line')}: {p.get('code')}"))
        for c in sh.get("checks") or []:
            if c.get("passed") is False:
                out.append((n, ids.check(c.get("id")),
                            f"{path}:{c.get('line')}: {c.get('id')} {c.get('verdict')}"))
        for f in sh.get("facts") or []:
            g = f.get("grounding") or {}
            if g and g.get("verdict") != "grounded":
                out.append((n, ids.fact(f.get("id")),
                            f"{path}:{f.get('line')}: quote of {f.get('id')} {g.get('verdict')}"))
        for x in sh.get("stance_grounding") or []:
            if x.get("verdict") != "grounded":
                out.append((n, f"sheet-{n}", f"{path}:{x.get('line')}: {x.get('id')} "
                                             f"{x.get('verdict')}"))
    for c in report.get("cross_source") or []:
        if c.get("passed") is False:
            out.append((0, _claim_id(c), f"claim {c.get('key')} {c.get('verdict')}"))
    return out


def _claim_id(c: dict[str, Any]) -> str:
    key, scope = c.get("key"), c.get("scope")
    return "claim-" + slug(f"{key}[{scope}]" if scope else key)


def _summary(s: dict[str, Any], todo: list[tuple[str, str]]) -> list[str]:
    def card(label: str, value: Any, cls: str = "", sub: str = "") -> str:
        extra = f' <span class="small muted">{e(sub)}</span>' if sub else ""
        return (f'<div class="card {cls}" data-count="{e(label)}"><dt>{e(label)}</dt>'
                f"<dd>{e(value)}{extra}</dd></div>")

    def n(k: str) -> int:
        v = s.get(k, 0)
        return v if isinstance(v, int) else 0

    passed = bool(s.get("passed"))
    failing = n("failed") + n("problems")
    if passed:
        banner = '<div class="banner pass" role="status">✓ PASS: all checks pass</div>'
    else:
        banner = (f'<div class="banner fail" role="alert">✗ FAIL: {failing} failing '
                  f"({n('failed')} failed outcome(s), {n('problems')} problem(s))</div>")
    exp = n("expected_violations")
    cards = [
        card("sheets", n("sheets")),
        card("facts", n("facts")),
        card("checks", n("checks")),
        card("holds", n("holds"), "good"),
        card("within rounding", n("holds_within_rounding"), "teal"),
        card("violated", n("violated"), "bad" if n("violated") > exp else "",
             f"{exp} expected" if exp else ""),
        card("errors", n("errors"), "warn" if n("errors") else ""),
        card("ungrounded quotes", n("ungrounded"), "bad" if n("ungrounded") else "",
             f"of {n('quotes')}"),
        card("problems", n("problems"), "bad" if n("problems") else ""),
        card("claims in conflict", n("claims_conflict"), "bad" if n("claims_conflict") else "",
             f"of {n('claims')}"),
        card("disputed statements", n("statements_disputed"),
             "purple" if n("statements_disputed") else ""),
    ]
    jump = []
    if todo:
        items = "".join(f'<li><a href="#{href}">{e(label)}</a></li>' for href, label in todo)
        jump = [f'<details class="failing" open><summary>{len(todo)} item(s) to look at'
                f'</summary><ul>{items}</ul></details>']
    return ['<section id="summary" aria-label="Summary">', banner, *jump,
            '<dl class="cards">', *cards, "</dl>",
            '<div class="controls"><label><input type="checkbox" id="only-failing" disabled> '
            "Show only failing checks</label></div>", "</section>"]


def _table(headers: Iterable[str], rows: list[str], cls: str = "") -> list[str]:
    head = "".join(f"<th>{e(h)}</th>" for h in headers)
    return [f'<div class="tablewrap"><table class="{cls}"><thead><tr>{head}</tr></thead>',
            "<tbody>", *rows, "</tbody></table></div>"]


def _sheet(sh: dict[str, Any], n: int, document: str | None) -> list[str]:
    ids = _Ids(n)
    path = sh.get("path", "")
    out = [f'<section class="sheet" id="sheet-{n}" data-sheet="{e(path)}">',
           f"<h2>{e(path)}</h2>"]
    meta = []
    if sh.get("title"):
        meta.append(f"<strong>{e(sh['title'])}</strong>")
    if sh.get("document"):
        meta.append(f"document <code>{e(sh['document'])}</code>")
    if sh.get("published"):
        meta.append(f"published {e(sh['published'])}")
    if meta:
        out.append('<p class="meta">' + " · ".join(meta) + "</p>")
    problems = sh.get("problems") or []
    if problems:
        out.append(f"<h3>Problems ({len(problems)})</h3>")
        rows = []
        for p in problems:
            loc = f"{path}:{p.get('line')}" + (f":{p['column']}" if p.get("column") else "")
            rows.append(f'<tr class="problem" data-code="{e(p.get("code"))}">'
                        f'<td class="mono">{e(loc)}</td><td class="code"><code>'
                        f'{e(p.get("code"))}</code></td><td>{e(p.get("message"))}</td></tr>')
        out += _table(["location", "code", "what to change"], rows, "problems")
    if "facts" not in sh:
        return [*out, "</section>"]
    fact_ids = {f.get("id") for f in sh.get("facts", [])}
    bg_ids = {b.get("id") for b in sh.get("background") or []}
    checks = sh.get("checks") or []
    if checks:
        out.append(f"<h3>Checks ({len(checks)})</h3>")
        rows = [_check(c, ids, path, fact_ids, bg_ids) for c in checks]
        out += _table(["check", "line", "verdict", "arithmetic"], rows, "checks")
    highlighted: set[str] = set()
    if document is not None:
        out.append("<h3>Document</h3>")
        out.append('<p class="legend"><mark>highlighted</mark> text is quoted by a fact '
                   '(click to jump to it); <span class="uncov">dotted</span> numbers are '
                   "not covered by any fact.</p>")
        text, highlighted = _document(document, sh, ids)
        out.append(f'<div class="doc" id="{ids.p}-document">{text}</div>')
    out += _facts(sh, ids, highlighted)
    background = sh.get("background") or []
    if background:
        out.append("<h3>Background</h3>")
        rows = [f'<tr id="{ids.background(b.get("id"))}"><td><code>{e(b.get("id"))}</code></td>'
                f"<td>{e(_value(b.get('value'), b.get('unit')))}</td>"
                f"<td>{e(b.get('citation'))}</td></tr>" for b in background]
        out += _table(["background", "value", "citation"], rows)
    stances = [x for x in sh.get("stance_grounding") or [] if x.get("verdict") != "grounded"]
    if stances:
        out.append("<h3>Ungrounded statement quotes</h3>")
        rows = [f'<tr data-verdict="{e(x.get("verdict"))}"><td><code>{e(x.get("id"))}</code>'
                f'</td><td class="num">{e(x.get("line"))}</td><td>{badge(x.get("verdict"))}'
                f"</td><td>{e(x.get('message'))}</td></tr>" for x in stances]
        out += _table(["stance", "line", "verdict", "message"], rows)
    cov = sh.get("coverage")
    if cov:
        share = cov.get("share")
        pct = f" ({share * 100:.0f}%)" if isinstance(share, int | float) else ""
        out.append(f'<p class="coverage">Coverage: {e(cov.get("covered"))} of '
                   f'{e(cov.get("mentions"))} numeric mentions{e(pct)} are covered by a fact.'
                   "</p>")
        unc = cov.get("uncovered") or []
        if unc:
            rows = [f"<tr><td>{e(u.get('text'))}</td><td>{e(u.get('kind'))}</td>"
                    f'<td class="num">{e(u.get("offset"))}</td></tr>' for u in unc]
            out.append(f"<details><summary>{len(unc)} uncovered mention(s)</summary>")
            out += _table(["uncovered mention", "kind", "offset"], rows)
            out.append("</details>")
    return [*out, "</section>"]


def _check(c: dict[str, Any], ids: _Ids, path: str, fact_ids: set, bg_ids: set) -> str:
    verdict, expect = c.get("verdict"), c.get("expect", "holds")
    passed = c.get("passed", verdict in ("holds", "holds within rounding"))
    kind = "expected" if verdict == "violated" and expect == "violated" else \
        ROW.get(str(verdict), "other")
    cls = f"check v-row-{kind}" + ("" if passed else " failing")
    verdict_cell = badge(verdict, expect)
    if expect == "violated" and verdict != "violated":
        verdict_cell += ' <span class="badge v-violated">✗ expected a violation</span>'
    body = [f'<div class="arith mono">{e(c.get("message"))}</div>']
    if c.get("reason"):
        body.append(f'<div class="small">reason: {e(c["reason"])}</div>')
    recomputed = c.get("recomputed") or []
    if recomputed:
        items = "".join(f"<li><code>{e(r.get('expression'))} = {e(r.get('value'))}</code></li>"
                        for r in recomputed)
        body.append(f'<div class="small">recomputed: <ul class="plain">{items}</ul></div>')
    inputs = c.get("inputs") or []
    if inputs:
        rows = []
        for i in inputs:
            name = i.get("name")
            if name in fact_ids:
                ref = f'<a href="#{ids.fact(name)}"><code>{e(name)}</code></a>'
            elif name in bg_ids:
                ref = f'<a href="#{ids.background(name)}"><code>{e(name)}</code></a>'
            else:
                ref = f"<code>{e(name)}</code>"
            rows.append(f"<tr><td>{ref}</td><td>{e(i.get('reported'))}</td>"
                        f"<td>{e(i.get('interval'))}</td><td>{e(i.get('meaning'))}</td>"
                        f'<td>{e(i.get("unit"))}</td><td class="num">{e(i.get("line"))}</td></tr>')
        head = "".join(f"<th>{h}</th>" for h in
                       ("input", "reported", "interval", "meaning", "unit", "line"))
        body.append(f'<details class="inputs"><summary>{len(inputs)} input(s) · '
                    f"<code>{e(c.get('expression'))}</code></summary><table><thead><tr>{head}"
                    f"</tr></thead><tbody>{''.join(rows)}</tbody></table></details>")
    elif c.get("expression"):
        body.append(f'<div class="small muted"><code>{e(c["expression"])}</code></div>')
    return (f'<tr id="{ids.check(c.get("id"))}" class="{cls}" data-check="{e(c.get("id"))}" '
            f'data-verdict="{e(verdict)}" data-expect="{e(expect)}" '
            f'data-passed="{str(bool(passed)).lower()}">'
            f'<td><code>{e(c.get("id"))}</code><div class="small muted">{e(c.get("rule"))}</div>'
            f'</td><td class="num" title="{e(path)}:{e(c.get("line"))}">{e(c.get("line"))}</td>'
            f"<td>{verdict_cell}</td><td>{''.join(body)}</td></tr>")


def _facts(sh: dict[str, Any], ids: _Ids, highlighted: set[str]) -> list[str]:
    facts = sh.get("facts") or []
    if not facts:
        return []
    rows = []
    for f in facts:
        fid = f.get("id")
        g = f.get("grounding") or {}
        name = f"<code>{e(fid)}</code>"
        if fid in highlighted:
            name = f'<a href="#{ids.quote(fid)}" title="show in document">{name}</a>'
        src = e(f.get("source"))
        if f.get("source_name"):
            src = f'<span title="{e(f["source_name"])}">{src}</span>'
        extra = []
        if f.get("via"):
            extra.append(f"via {e(f['via'])}")
        if f.get("key"):
            extra.append(f"key <code>{e(f['key'])}</code>")
        if f.get("rank") and f.get("rank") != "normal":
            extra.append(f"rank {e(f['rank'])}")
        if extra:
            src += '<div class="small muted">' + " · ".join(extra) + "</div>"
        quote = f'<span class="quote">{e(f.get("quote"))}</span>' if f.get("quote") else ""
        ground = ""
        if g:
            ground = (f'<div class="small">{badge(g.get("verdict"))} '
                      f'<span class="muted">{e(g.get("message"))}</span></div>')
        rows.append(f'<tr id="{ids.fact(fid)}" class="fact" data-fact="{e(fid)}" '
                    f'data-grounding="{e(g.get("verdict"))}"><td>{name}</td>'
                    f'<td class="num">{e(f.get("line"))}</td>'
                    f"<td>{e(_value(f.get('value'), f.get('unit')))}</td>"
                    f"<td>{e(f.get('interval'))}<div class=\"small muted\">"
                    f"{e(f.get('meaning'))}</div></td>"
                    f"<td>{src}</td><td>{quote}{ground}</td></tr>")
    return [f"<h3>Facts ({len(facts)})</h3>",
            *_table(["fact", "line", "value", "interval", "source", "quote"], rows, "facts")]


MAX_NAMES = 12  # facts named in one highlighted segment's tooltip


def _document(text: str, sh: dict[str, Any], ids: _Ids) -> tuple[str, set[str]]:
    """Escaped ``text`` with each grounded quote span in a <mark> linking to its fact row.

    Overlapping spans are split at every boundary into flat segments (never nested
    marks or links); a segment links to its innermost fact and is shaded by depth.
    """
    size = len(text)
    spans: list[tuple[int, int, int, str]] = []  # start, end, order, fact id
    for order, f in enumerate(sh.get("facts") or []):
        span = (f.get("grounding") or {}).get("span")
        if not isinstance(span, list | tuple) or len(span) != 2:
            continue
        a, b = _int(span[0]), _int(span[1])
        if a is None or b is None or not 0 <= a < b <= size:
            continue
        spans.append((a, b, order, str(f.get("id"))))
    uncovered: list[tuple[int, int, str]] = []
    for u in (sh.get("coverage") or {}).get("uncovered") or []:
        a, t = _int(u.get("offset")), u.get("text")
        if a is None or not isinstance(t, str) or not t or text[a:a + len(t)] != t or a < 0:
            continue
        uncovered.append((a, a + len(t), str(u.get("kind") or "")))
    bounds = sorted({0, size} | {x for s in spans for x in s[:2]}
                    | {x for u in uncovered for x in u[:2]})
    starts: dict[int, list[tuple[int, int, int, str]]] = {}
    for sp in spans:
        starts.setdefault(sp[0], []).append(sp)
    ends: dict[int, list[tuple[int, int, int, str]]] = {}
    for sp in spans:
        ends.setdefault(sp[1], []).append(sp)
    unc_starts: dict[int, list[str]] = {}
    unc_ends: dict[int, int] = {}
    for ua, ub, k in uncovered:
        unc_starts.setdefault(ua, []).append(k)
        unc_ends[ub] = unc_ends.get(ub, 0) + 1
    # one sweep over the boundaries: the spans and uncovered mentions active at each
    # segment are kept up to date, never searched for (linear in spans + segments)
    active: dict[int, tuple[int, int, int, str]] = {}
    unc_active: list[str] = []
    out = []
    done: set[str] = set()
    for a, b in zip(bounds, bounds[1:], strict=False):
        for sp in ends.get(a, []):
            active.pop(sp[2], None)
        for _ in range(unc_ends.get(a, 0)):
            if unc_active:
                unc_active.pop(0)
        for sp in starts.get(a, []):
            active[sp[2]] = sp
            if sp[3] not in done:
                done.add(sp[3])
                out.append(f'<span class="anchor" id="{ids.quote(sp[3])}"></span>')
        unc_active.extend(unc_starts.get(a, []))
        seg = e(text[a:b])
        if unc_active:
            seg = (f'<span class="uncov" title="number not covered by a fact '
                   f'({e(unc_active[0])})">{seg}</span>')
        if active:
            inner = min(active.values(), key=lambda s: (s[1] - s[0], -s[0], s[2]))
            shown = sorted(active)[:MAX_NAMES]
            names = ", ".join(active[o][3] for o in shown)
            if len(active) > MAX_NAMES:
                names += f" and {len(active) - MAX_NAMES} more"
            depth = min(len(active), 3)
            seg = (f'<a class="q" href="#{ids.fact(inner[3])}" title="{e(names)}">'
                   f'<mark class="d{depth}" data-facts="{e(names)}">{seg}</mark></a>')
        out.append(seg)
    return "".join(out), done


def _loc(sheet: Any, line: Any, fact: Any, index: dict[Any, int]) -> str:
    label = e(f"{sheet}:{line}")
    n = index.get(sheet)
    if n is None or fact is None:
        return f'<span class="mono small">{label}</span>'
    return f'<a class="mono small" href="#{_Ids(n).fact(fact)}">{label}</a>'


def _cross_source(claims: list[dict[str, Any]], index: dict[Any, int]) -> list[str]:
    if not claims:
        return []
    rows = []
    for c in claims:
        key = c.get("key")
        scope = c.get("scope")
        claim = f"<code>{e(key)}</code>"
        if scope:
            claim += f'<div class="small muted">{e(scope)}</div>'
        reports = []
        for r in c.get("reports") or []:
            who = e(r.get("source")) + (f" via {e(r['via'])}" if r.get("via") else "")
            rank = (f' <span class="badge v-neutral">{e(r["rank"])}</span>'
                    if r.get("rank") and r.get("rank") != "normal" else "")
            quote = (f'<div class="small quote">{e(r["quote"])}</div>' if r.get("quote")
                     else "")
            reports.append(f"<li><strong>{who}</strong>: {e(_value(r.get('value'), r.get('unit')))}"
                           f"{rank} · {_loc(r.get('sheet'), r.get('line'), r.get('fact'), index)}"
                           f"{quote}</li>")
        ident = _claim_id(c)
        rows.append(f'<tr id="{ident}" class="claim" data-verdict="{e(c.get("verdict"))}">'
                    f"<td>{claim}</td><td>{badge(c.get('verdict'))}"
                    f'<div class="small muted">{e(c.get("message"))}</div></td>'
                    f"<td>{e(', '.join(str(x) for x in c.get('independent_sources') or []))}</td>"
                    f'<td><ul class="plain">{"".join(reports)}</ul></td></tr>')
    return ['<section id="cross-source"><h2>Cross-source agreement</h2>',
            *_table(["claim", "verdict", "independent sources", "reports"], rows),
            "</section>"]


def _statements(statements: list[dict[str, Any]], index: dict[Any, int],
                sheets: list[dict[str, Any]]) -> list[str]:
    if not statements:
        return []
    names: dict[Any, str] = {}
    for sh in sheets:
        for k, v in (sh.get("sources") or {}).items():
            names.setdefault(k, v)
    ordered = sorted(statements, key=lambda st: st.get("verdict") != "disputed")

    def side(xs: list[dict[str, Any]]) -> str:
        if not xs:
            return '<p class="muted small">none</p>'
        items = []
        for x in xs:
            who = e(x.get("source"))
            if x.get("source") in names:
                who = f'<span title="{e(names[x["source"]])}">{who}</span>'
            if x.get("via"):
                who += f" via {e(x['via'])}"
            items.append(f'<li><strong>{who}</strong>: <span class="quote">'
                         f'{e(x.get("quote"))}</span> '
                         f"{_loc(x.get('sheet'), x.get('line'), None, index)}</li>")
        return f'<ul class="plain">{"".join(items)}</ul>'

    out = ['<section id="statements"><h2>Statements</h2>']
    for st in ordered:
        verdict = st.get("verdict")
        out.append(f'<article class="stmt {e(verdict)}" id="stmt-{slug(st.get("key"))}" '
                   f'data-verdict="{e(verdict)}">'
                   f"<h3>{badge(verdict)} {e(st.get('text') or st.get('key'))}</h3>"
                   f'<div class="small muted"><code>{e(st.get("key"))}</code></div>'
                   f'<div class="sides"><div><h4>affirmed by</h4>{side(st.get("affirm") or [])}'
                   f'</div><div><h4>denied by</h4>{side(st.get("deny") or [])}</div></div>'
                   "</article>")
    out.append("</section>")
    return out
