"""HTML report: a summary page and one page per sheet, self-contained and offline.

``index.html`` fits the verdict on one screen (banner first), lists what fails, and
has a searchable, sortable, filterable table of sheets; ``claims.html`` compares the
claims across sources and ``statements.html`` shows what sources affirm and deny;
``sheets/<n>-<name>.html`` holds one sheet's checks, document (with its quotes
highlighted), facts, background and coverage. Pages are rendered from
the typed report (:class:`factcheck.report.model.Report`) with Jinja2 templates.

Everything taken from the report is untrusted sheet content: the templates escape it
for HTML (with control and bidi characters made visible, :func:`factcheck.escape.html_text`),
ids derived from it are slugged, and each page's Content-Security-Policy admits only
its own inline style and script (by hash). Same report, same bytes.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import re
from importlib import resources
from typing import Any

from markupsafe import Markup

from factcheck import escape
from factcheck.report.model import Check, Claim, Fact, Report, Sheet

__all__ = ["render_html", "sheet_page"]

SHEETS_DIR = "sheets"
MAX_FAILING = 100  # items listed under the banner; the rest are one filter away

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


def slug(x: Any) -> str:
    """A safe, stable id fragment; distinct inputs stay distinct."""
    s = str(x)
    clean = re.sub(r"[^A-Za-z0-9_.-]", "_", s)[:80]
    if clean != s:
        clean += "-" + hashlib.sha1(s.encode()).hexdigest()[:8]
    return clean or "_"


def sheet_page(n: int, path: str) -> str:
    """File name of sheet ``n``'s page, relative to the reports directory."""
    stem = re.sub(r"[^A-Za-z0-9_.-]", "_", path.rsplit("/", 1)[-1].rsplit(".", 1)[0])[:60]
    return f"{SHEETS_DIR}/{n:04d}-{stem or 'sheet'}.html"


@functools.lru_cache(maxsize=1024)
def unit_text(unit: str | None) -> str:
    """A unit as people write it: ``km**2`` -> km², ``square_mile`` -> sq mi."""
    if not unit:
        return ""
    try:
        from factcheck.engine.units import parse_unit

        return parse_unit(unit).display
    except Exception:  # a unit the sheet got wrong is shown as written
        return unit


def _asset(name: str) -> str:
    return resources.files("factcheck.report").joinpath(name).read_text(encoding="utf-8")


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


@functools.cache
def _env():
    from jinja2 import Environment, PackageLoader, StrictUndefined

    def finalize(x: Any) -> Any:  # every printed value: None empty, controls made visible
        if x is None:
            return ""
        return x if isinstance(x, Markup) else Markup(escape.html_text(x))

    env = Environment(loader=PackageLoader("factcheck.report", "templates"), autoescape=True,
                      finalize=finalize, undefined=StrictUndefined, trim_blocks=True,
                      lstrip_blocks=True, keep_trailing_newline=True)
    css, js = _asset("report.css"), _asset("report.js")
    env.globals.update(
        css=Markup(css), js=Markup(js), slug=slug, unit_text=unit_text, badge=badge,
        value=value_text,
        csp=(f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(js)}; "
             "img-src data:; base-uri 'none'; form-action 'none'"))
    return env


def badge(verdict: str, expect: str = "holds") -> Markup:
    """A verdict as a labelled badge (symbol and word, never colour alone)."""
    if verdict == "violated" and expect == "violated":
        return Markup('<span class="badge v-expected">✗ violated (expected)</span>')
    cls, label = VERDICTS.get(verdict, ("v-neutral", verdict))
    return Markup(f'<span class="badge {cls}">{escape.html_text(label)}</span>')


def value_text(v: Any, unit: str | None) -> str:
    """A reported value with its unit as people write it."""
    text = f"[{', '.join(str(x) for x in v)}]" if isinstance(v, list) else str(v)
    return text + (f" {unit_text(unit)}" if unit else "")


class _Links:
    """Where things are: sheet pages, element ids, and the sheet files themselves."""

    def __init__(self, report: Report, source_href: str | None) -> None:
        self.pages = {sh.path: sheet_page(i, sh.path) for i, sh in enumerate(report.sheets, 1)}
        self.source_href = source_href  # the project root, relative to the reports directory

    def file(self, path: str, depth: int) -> str | None:
        """A link to a sheet file from a page ``depth`` directories below the reports."""
        if self.source_href is None:
            return None
        return "../" * depth + f"{self.source_href}/{path}"

    def where(self, path: str, line: int, depth: int, column: int | None = None) -> Markup:
        """``path:line[:col]``, linked to the sheet file when the project root is known."""
        text = escape.html_text(f"{path}:{line}" + (f":{column}" if column else ""))
        href = self.file(path, depth)
        if href is None:
            return Markup(f'<span class="mono small">{text}</span>')
        return Markup(f'<a class="mono small file" href="{escape.html_text(href)}" '
                      f'title="open the sheet file">{text}</a>')

    def line(self, path: str, line: int, depth: int) -> Markup:
        """A line number linked to its sheet file, ``path:line`` as its title."""
        title = escape.html_text(f"{path}:{line}")
        href = self.file(path, depth)
        if href is None:
            return Markup(f'<span class="mono small" title="{title}">{line}</span>')
        return Markup(f'<a class="mono small file" href="{escape.html_text(href)}" '
                      f'title="{title}">{line}</a>')

    def fact(self, sheet: str, fid: str) -> str | None:
        """A link from a summary page to a fact on its sheet's page."""
        page = self.pages.get(sheet)
        if page is None:
            return None
        return f"{page}#fact-{slug(fid)}"


def _failing(report: Report, links: _Links) -> list[dict[str, Any]]:
    """Everything that makes the run fail: where (file:line), what, and a link to it."""
    out: list[dict[str, Any]] = []
    for sh in report.sheets:
        page = links.pages[sh.path]
        for p in sh.problems:
            out.append({"path": sh.path, "line": p.line, "column": p.column, "what": p.code,
                        "why": p.message, "href": f"{page}#problems"})
        for c in sh.checks or ():
            if not c.passed:
                out.append({"path": sh.path, "line": c.line, "what": c.id, "why": c.verdict,
                            "href": f"{page}#check-{slug(c.id)}"})
        for f in sh.facts or ():
            g = f.grounding
            if g is not None and _quote_fails(f):
                out.append({"path": sh.path, "line": g.line or f.line, "what": f"quote:{f.id}",
                            "why": g.verdict, "href": f"{page}#fact-{slug(f.id)}"})
        for x in sh.stance_grounding or ():
            if x.verdict != "grounded":
                out.append({"path": sh.path, "line": x.line, "what": x.id, "why": x.verdict,
                            "href": f"{page}#stances"})
    for c in report.cross_source:
        if not c.passed:
            out.append({"path": c.sheet, "line": c.line, "what": f"claim:{c.key}",
                        "why": c.verdict, "href": f"claims.html#{claim_id(c)}"})
    return out


def claim_id(c: Claim) -> str:
    return "claim-" + slug(f"{c.key}[{c.scope}]" if c.scope else c.key)


def _quote_fails(f: Fact) -> bool:
    """Whether a fact's quote fails (a report without ``passed`` fails when ungrounded)."""
    g = f.grounding
    if g is None:
        return False
    return not g.passed if g.passed is not None else g.verdict != "grounded"


def _sheet_failing(sh: Sheet) -> int:
    return (len(sh.problems) + sum(1 for c in sh.checks or () if not c.passed)
            + sum(1 for f in sh.facts or () if _quote_fails(f)))


def _check_row(c: Check) -> str:
    kind = "expected" if c.verdict == "violated" and c.expect == "violated" else \
        ROW.get(c.verdict, "other")
    return f"check v-row-{kind}" + ("" if c.passed else " failing")


def render_html(report: Report, documents: dict[str, str] | None = None,
                source_href: str | None = None) -> dict[str, str]:
    """Every page of the HTML report: file name (relative to the reports directory) -> text.

    ``documents`` maps a sheet's ``document`` path to its text (quotes are then
    highlighted in it); ``source_href`` is the project root as seen from the reports
    directory (e.g. ``..``), so findings link to their sheet files.
    """
    from factcheck.report.highlight import highlight

    documents = documents or {}
    env = _env()
    links = _Links(report, source_href)
    names: dict[str, str] = {}
    for sh in report.sheets:
        for k, v in (sh.sources or {}).items():
            names.setdefault(k, v)
    common = {"report": report, "links": links, "source_names": names}
    pages = {"index.html": env.get_template("index.html.j2").render(
        **common, failing=_failing(report, links), sheet_failing=_sheet_failing,
        max_failing=MAX_FAILING, depth=0, summary_page=True)}
    for name in ("claims", "statements"):
        pages[f"{name}.html"] = env.get_template(f"{name}.html.j2").render(
            **common, claim_id=claim_id, depth=0)
    sheet_tpl = env.get_template("sheet.html.j2")
    for n, sh in enumerate(report.sheets, 1):
        text = documents.get(sh.document or "") if sh.loaded else None
        marked, done = (None, set()) if text is None else highlight(
            text, sh, lambda fid: f"#fact-{slug(fid)}", lambda fid: f"q-{slug(fid)}")
        pages[sheet_page(n, sh.path)] = sheet_tpl.render(
            **common, sheet=sh, n=n, document=marked, highlighted=done,
            failing=_sheet_failing(sh), check_row=_check_row, quote_fails=_quote_fails,
            fact_ids={f.id for f in sh.facts or ()},
            background_ids={b.id for b in sh.background or ()}, depth=1)
    return pages
