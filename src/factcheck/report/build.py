"""Turn a run into the typed report (:mod:`factcheck.report.model`), deterministically.

The model is the contract of ``reports/consistency.json`` (its JSON Schema,
``schema/report.schema.json``, is generated from it); Markdown and HTML render it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from factcheck import __version__
from factcheck.engine.outcome import Outcome
from factcheck.engine.values import fmt
from factcheck.pipeline import RunResult, SheetResult, summary_counts
from factcheck.report import model as m
from factcheck.report.model import SCHEMA_VERSION


def _value(v: Any) -> Any:
    if isinstance(v, dt.date):
        return v.isoformat()
    return v


def _outcome(o: Outcome) -> m.Check:
    optional = {k: v for k, v in (("reason", o.reason), ("note", o.note),
                                  ("description", o.description)) if v}
    return m.Check(
        id=o.name, line=o.line, rule=o.rule, verdict=o.verdict, passed=o.passed,
        expect=o.expect, expression=o.expression, substituted=o.substituted,
        message=o.message,
        recomputed=[m.Step(expression=e, value=v) for e, v in o.recomputed],
        inputs=[m.Input(name=i.name, reported=i.reported, interval=i.interval,
                        meaning=i.meaning, unit=i.unit, line=i.line) for i in o.inputs],
        **optional)


def _coverage(s: SheetResult, spans: dict[str, list[int]]) -> m.Coverage | None:
    from factcheck.text.coverage import coverage

    ls = s.loaded
    if ls is None:
        return None
    facts = []
    for fid, fact in ls.sheet.facts.items():
        if fid not in spans:
            continue
        v = fact.value
        if isinstance(v, list):
            facts.append((spans[fid][0], spans[fid][1], float(v[0]), float(v[1]), None))
        elif isinstance(v, dt.date):
            facts.append((spans[fid][0], spans[fid][1], None, None, v))
        elif isinstance(v, str):  # "YYYY-MM" or "YYYY": the month's (year's) first day
            year, month = (int(p) for p in (v + "-01")[:7].split("-"))
            facts.append((spans[fid][0], spans[fid][1], None, None, dt.date(year, month, 1)))
        else:
            facts.append((spans[fid][0], spans[fid][1], float(v), float(v), None))
    cov = coverage(ls.document_text, facts, ls.sheet.language)
    return m.Coverage(
        mentions=len(cov.mentions), covered=len(cov.covered), share=round(cov.share, 4),
        uncovered=[m.Mention(text=x.text, offset=x.start, kind=x.kind) for x in cov.uncovered])


def _sheet(s: SheetResult) -> m.Sheet:
    problems = [m.Problem(line=p.line, column=p.column, code=p.code, message=p.message)
                for p in s.problems]
    ls = s.loaded
    if ls is None:
        return m.Sheet(path=s.rel, problems=problems)
    sheet = ls.sheet
    values = s.values
    grounding = {o.fact: o for o in s.grounding if o.fact is not None}
    spans = {k: list(o.span) for k, o in grounding.items() if o.span is not None
             and o.verdict == "grounded"}
    facts = []
    for fid, fact in sheet.facts.items():
        g = grounding.get(fid)
        v = values.get(fid)
        facts.append(m.Fact(
            id=fid, line=ls.line("facts", fid), value=_value(fact.value), unit=fact.unit,
            meaning=v.meaning if v else None, interval=v.describe() if v else None,
            source=fact.source,
            source_name=sheet.sources[fact.source].name if fact.source else None,
            quote=fact.quote, key=fact.key, via=fact.via, rank=fact.rank.value,
            grounding=m.Grounding(verdict=g.verdict, message=g.message,
                                  span=list(g.span) if g.span else None, line=g.line,
                                  passed=g.passed) if g else None,
            **({"note": fact.note} if fact.note else {})))
    return m.Sheet(
        path=s.rel, problems=problems, document=sheet.document,
        published=_value(sheet.published), title=sheet.title,
        **{k: v for k in ("url", "outlet", "language") if (v := getattr(sheet, k))},
        sources={k: src.name for k, src in sheet.sources.items()}, facts=facts,
        background=[m.Background(id=k, value=_value(b.value), unit=b.unit,
                                 citation=b.citation) for k, b in sheet.background.items()],
        checks=[_outcome(o) for o in s.checks],
        stance_grounding=[m.StanceGrounding(id=o.name, line=o.line, verdict=o.verdict,
                                            message=o.message)
                          for o in s.grounding if o.stance is not None],
        coverage=_coverage(s, spans))


def _claim(o: Outcome) -> m.Claim:
    r = o.result
    if r is None:  # the fact table itself is invalid: no claim was judged
        return m.Claim(key=o.name.removeprefix("claim:"), scope="", verdict="error",
                       passed=False, sheet=o.sheet, line=o.line, message=o.message,
                       independent_sources=[], agreed=None, reports=[])
    return m.Claim(
        key=r.key, scope=r.scope, verdict=o.verdict, passed=o.passed, sheet=o.sheet,
        line=o.line, message=r.message, independent_sources=list(r.independent_sources),
        agreed=[r.agreed[0], r.agreed[1]] if r.agreed else None,
        reports=[m.ClaimRow(sheet=x.sheet, line=x.line, fact=x.fact, source=x.source,
                            via=x.via, value=fmt(x.lower) if x.lower == x.upper
                            else f"[{fmt(x.lower)}, {fmt(x.upper)}]", unit=x.unit,
                            rank=x.rank, quote=x.quote) for x in r.rows])


def _statement(o: Outcome) -> m.Statement:
    r = o.result

    def side(rows) -> list[m.Stance]:
        return [m.Stance(source=x.source, via=x.via, sheet=x.sheet, line=x.line,
                         quote=x.quote) for x in rows]

    return m.Statement(key=r.statement, text=o.expression, verdict=r.verdict,
                       affirm=side(r.affirms), deny=side(r.denies), message=r.message)


def documents(result: RunResult) -> dict[str, str]:
    """Document texts by the path sheets name them with (for highlighting quotes)."""
    return {s.loaded.sheet.document: s.loaded.document_text
            for s in result.sheets if s.loaded is not None}


def summarize(result: RunResult) -> m.Summary:
    """The report's summary counts (:func:`factcheck.pipeline.summary_counts`)."""
    return m.Summary(**summary_counts(result))


def build_report(result: RunResult) -> m.Report:
    """The whole report, typed, in a stable order."""
    return m.Report(
        schema_version=SCHEMA_VERSION, tool=m.Tool(name="factcheck", version=__version__),
        **({} if result.elapsed is None else {"elapsed_seconds": round(result.elapsed, 1)}),
        summary=summarize(result), sheets=[_sheet(s) for s in result.sheets],
        cross_source=[_claim(o) for o in result.claims],
        statements=[_statement(o) for o in result.statements])
