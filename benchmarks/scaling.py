"""Scaling test: every text algorithm is linear or n log n in its input.

Each case builds a pathological input (from the reliability findings of 2026-11-25,
section A and B) at 1x, 2x, 4x and 8x its base size, times the algorithm on it (CPU
time of this process, best of ``--repeat`` runs: on a machine shared with other jobs
wall-clock time measures the queue for the CPU as much as the algorithm), and fits the
log-log slope of time against size. A slope near 1
is linear; n log n shows as about 1.1. The script exits 1 if any slope exceeds
``--max-slope`` (1.3), so a quadratic path (slope 2) fails it.

Whole-pipeline cases (marked "gc off") are timed with Python's cyclic garbage collector
disabled: with it on, full collections rescan the growing heap of a large run and add
about 0.3 to their slope (the same cost the performance findings of 2026-11-25 measure
as 43 % of a large run, and propose to tune in the CLI); the algorithms themselves are
what this script checks. ``--gc`` times those cases with the collector on as well.

    .venv/bin/python benchmarks/scaling.py            # every case
    .venv/bin/python benchmarks/scaling.py -k draft   # cases whose name contains "draft"
"""

from __future__ import annotations

import argparse
import gc
import math
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = (ROOT / "seeds" / "000_1973e27dd785980b.txt").read_text(encoding="utf-8")
SCALES = (1, 2, 4, 8)

Case = Callable[[int], Callable[[], object]]  # size -> the work to time


def _find_mentions(unit: str, strict_one: bool = True, language: str | None = None) -> Case:
    from factcheck.text.numbers import find_mentions

    return lambda n: (lambda: find_mentions(unit * n, strict_one, language))


def _article(n: int) -> Callable[[], object]:
    from factcheck.text.numbers import find_mentions

    text = (SEED * (n // len(SEED) + 1))[:n]
    return lambda: find_mentions(text)


def _coverage(n: int) -> Callable[[], object]:
    """B1: n sentences, n facts each quoting its own sentence."""
    from factcheck.text.coverage import coverage

    parts, facts, pos = [], [], 0
    for i in range(n):
        s = f"Unit {i} saw {i % 90 + 10} drones. "
        parts.append(s)
        facts.append((pos, pos + len(s) - 1, float(i % 90 + 10), float(i % 90 + 10), None))
        pos += len(s)
    doc = "".join(parts)
    return lambda: coverage(doc, facts)


def _coverage_one_sentence(n: int) -> Callable[[], object]:
    """n numbers in one sentence, n facts all quoting the whole sentence."""
    from factcheck.text.coverage import coverage

    doc = "Officials said " + ", ".join(f"{i + 10} drones" for i in range(n)) + "."
    facts = [(0, len(doc), float(i + 10), float(i + 10), None) for i in range(n)]
    return lambda: coverage(doc, facts)


def _nearest(doc_unit: str) -> Case:
    """A10: a 2,000-character quote that is not in the document."""
    from factcheck.ground.grounding import _nearest_passage

    def case(n: int) -> Callable[[], object]:
        doc = (doc_unit * (n // len(doc_unit) + 1))[:n]
        words = SEED.split()
        quote = " ".join(reversed(words))[:2000]
        return lambda: _nearest_passage(quote, doc)

    return case


def _suggest(n: int) -> Callable[[], object]:
    """A18: n misspelled names against n facts."""
    from factcheck.problems import _POOLS, suggest

    facts = {f"fact_number_{i}": i for i in range(n)}

    def work() -> None:
        _POOLS.clear()
        for i in range(n):
            suggest(f"fact_numbr_{i}", facts)

    return work


def _sentences(unit: str, tail: str) -> Case:
    from factcheck.text.sentences import sentences

    return lambda n: (lambda: sentences(unit * n + tail))


def _draft(make: Callable[[int], str]) -> Case:
    from factcheck.draft import draft_data

    def case(n: int) -> Callable[[], object]:
        tmp = Path(tempfile.mkdtemp(prefix="fc-scaling-"))
        doc = tmp / "doc.txt"
        doc.write_text(make(n), encoding="utf-8")
        return lambda: draft_data(doc, tmp)

    return case


def _ground_quote(n: int) -> Callable[[], object]:
    """A8: a number-word quote ("one one one ...") read for grounding."""
    from factcheck.ground.grounding import _mentions, matching_mentions

    quote = ("one " * n).strip()

    def work() -> None:
        _mentions.cache_clear()
        list(matching_mentions(1, list(_mentions(quote)), None))

    return work


def _b1_project(n: int) -> Path:
    """B1: one sheet with n facts and n checks over one paragraph of n sentences."""
    tmp = Path(tempfile.mkdtemp(prefix="fc-scaling-"))
    (tmp / "facts").mkdir()
    (tmp / "seeds").mkdir()
    (tmp / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n')
    letters = "abcdefghijklmnopqrstuvwxyz"

    def tag(i: int) -> str:
        out = ""
        while True:
            i, r = divmod(i, 26)
            out += letters[r]
            if not i:
                return out

    doc, facts, checks = [], [], []
    for i in range(n):
        v = i % 90 + 10
        doc.append(f"Unit {tag(i)} saw {v} drones, Sentinel said.")
        facts.append(f'  f{i}: {{value: {v}, unit: drone, source: s, '
                     f'quote: "Unit {tag(i)} saw {v} drones"}}\n')
        checks.append(f"  c{i}: f{i} <= f{i} + 1\n")
    (tmp / "seeds" / "doc.txt").write_text("\n".join(doc) + "\n")
    (tmp / "facts" / "s.yaml").write_text(
        'document: seeds/doc.txt\npublished: 2025-04-26\n'
        'sources:\n  s: {name: "Sentinel"}\nfacts:\n'
        + "".join(facts) + "checks:\n" + "".join(checks))
    return tmp


def _run_b1(n: int) -> Callable[[], object]:
    """B1 sheet checked (load, ground with attribution, evaluate)."""
    from factcheck.pipeline import run

    tmp = _b1_project(n)
    return lambda: run([tmp / "facts"], tmp)


def _report(n: int) -> Callable[[], object]:
    """B1 sheet, report built (coverage included)."""
    from factcheck.pipeline import run
    from factcheck.report.build import build_report

    tmp = _b1_project(n)
    result = run([tmp / "facts"], tmp)
    assert not result.failures and not result.problems, "the scaling sheet must pass"
    return lambda: build_report(result)


def _engine(n: int) -> Callable[[], object]:
    """n facts and n validator checks (each once copied the sheet's values)."""
    from factcheck.pipeline import run

    tmp = Path(tempfile.mkdtemp(prefix="fc-scaling-"))
    (tmp / "facts").mkdir()
    (tmp / "seeds").mkdir()
    (tmp / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n')
    (tmp / "seeds" / "doc.txt").write_text("Russia launched 114 drones.\n")
    facts = "".join(f'  f{i}: {{value: 114, unit: drone, source: s, '
                    f'quote: "Russia launched 114 drones"}}\n' for i in range(n))
    checks = "".join(f"  c{i}: {{validator: parts_sum_to, args: {{parts: [f{i}], "
                     f"total: f{(i + 1) % n}}}}}\n" for i in range(n))
    (tmp / "facts" / "s.yaml").write_text(
        'document: seeds/doc.txt\nsources:\n  s: {name: "Sentinel"}\nfacts:\n' + facts
        + "checks:\n" + checks)
    return lambda: run([tmp / "facts"], tmp)


def _text(make: Callable[[int], str]) -> Case:
    """find_mentions on a generated text (A1-A5: runs of digits, commas, spaces)."""
    from factcheck.text.numbers import find_mentions

    def case(n: int) -> Callable[[], object]:
        text = make(n)
        return lambda: find_mentions(text)

    return case


def _speaker(n: int) -> Callable[[], object]:
    """A13: a sentence of n attribution verbs."""
    from factcheck.text.sentences import speaker

    text = "said " * n + "the air force said"
    return lambda: speaker(text)


def _foreign_clauses(n: int) -> Callable[[], object]:
    """Attribution clauses of Japanese, Finnish, Italian ("secondo quanto riferito da un
    comunicato di", a name set off after a title), Russian ("В X сообщили") and Chinese
    ("据X介绍") sentences n clauses long."""
    from factcheck.text.clauses import speakers

    ja = "気象庁は" * n + "発表した。"
    fi = "Tilastokeskuksen mukaan " * n
    it = "secondo quanto riferito da un comunicato di " * n + "ha detto il ceo, Carlo Messina " * n
    ru = "В МЧС России сообщили, " * n
    zh = "据围场医院" * n + "介绍"
    return lambda: (speakers(ja, "ja"), speakers(fi, "fi"), speakers(it, "it"),
                    speakers(ru, "ru"), speakers(zh, "zh"))


def _declined_name(n: int) -> Callable[[], object]:
    """A name with case endings looked for in a paragraph of n words."""
    from factcheck.api.model import Source
    from factcheck.ground.attribution import named_form

    source = Source(name="Tilastokeskus Suomen", kind="official")
    text = "tilastokeskuksen " * n + "suomen"
    return lambda: named_form(source, text, "fi")


def _carried_statement(n: int) -> Callable[[], object]:
    """n facts in one paragraph of n sentences after "Sentinel said ...", and n more in a
    quotation of n sentences closed by its clause, each credited to another source (the
    carried speaker, the source's name and the quotation's clause are each read once)."""
    from factcheck.api.model import Source
    from factcheck.ground.attribution import Paragraphs, unattributed

    said = " ".join(f"Unit {i} saw {i % 90 + 10} drones." for i in range(n))
    quoted = " ".join(f"Post {i} saw {i % 90 + 10} drones." for i in range(n))
    doc = (f"Other spoke first.\n\nSentinel said the count began. {said} \"{quoted[:-1]},\" "
           "Sentinel said.\n")
    sources = {"s": Source(name="Sentinel"), "o": Source(name="Other")}
    spans = [(doc.index(f"{w} {i} saw"), doc.index(f"{w} {i} saw") + 8)
             for w in ("Unit", "Post") for i in range(n)]

    def run() -> object:
        paragraphs = Paragraphs(doc)
        return [unattributed("o", None, sources, paragraphs, span) for span in spans]

    return run


def _project(doc: str, sheets: dict[str, str]) -> Path:
    tmp = Path(tempfile.mkdtemp(prefix="fc-scaling-"))
    (tmp / "facts").mkdir()
    (tmp / "seeds").mkdir()
    (tmp / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n')
    (tmp / "seeds" / "doc.txt").write_text(doc, encoding="utf-8")
    for name, text in sheets.items():
        (tmp / "facts" / name).write_text(text, encoding="utf-8")
    return tmp


def _one_fact_sheet(fact: str, source: str = "s: {name: Sentinel, kind: outlet}") -> str:
    return (f"document: seeds/doc.txt\npublished: 2025-04-26\nsources:\n  {source}\n"
            f"facts:\n  {fact}\n")


def _wrong_unit_quote(n: int) -> Callable[[], object]:
    """A9: a quote "1 1 1 ... drones" for a fact counting people (a unit test per
    mention), checked by the engine."""
    from factcheck.pipeline import run

    quote = "1 " * n + "drones"
    tmp = _project(f"Start. {quote}.\n", {"s.yaml": _one_fact_sheet(
        f'd: {{value: 1, unit: person, source: s, quote: "{quote}"}}')})
    return lambda: run([tmp / "facts"], tmp)


def _report_of(tmp: Path) -> Callable[[], object]:
    """Engine, report data and HTML of a project: `factcheck check` without the writes."""
    from factcheck.pipeline import run
    from factcheck.report.build import build_report, documents
    from factcheck.report.html import render_html
    from factcheck.text.coverage import _countable

    def work() -> None:
        _countable.cache_clear()
        result = run([tmp / "facts"], tmp)
        render_html(build_report(result), documents(result))

    return work


def _big_document(n: int) -> Callable[[], object]:
    """B6: the seed sheet against its article repeated to n characters."""
    sheet = (ROOT / "facts" / "000_1973e27dd785980b.yaml").read_text(encoding="utf-8")
    sheet = sheet.replace("seeds/000_1973e27dd785980b.txt", "seeds/doc.txt")
    return _report_of(_project((SEED * (n // len(SEED) + 1))[:n], {"seed.yaml": sheet}))


def _shared_document(n: int) -> Callable[[], object]:
    """B7: n one-fact sheets on one 64 KB document."""
    doc = "Russia launched 114 drones. " + "Then 5 more came. " * 3500
    fact = 'd: {value: 114, unit: drone, source: s, quote: "Russia launched 114 drones"}'
    return _report_of(_project(doc, {f"s{i}.yaml": _one_fact_sheet(fact) for i in range(n)}))


def _shared_key(n: int) -> Callable[[], object]:
    """B4: one claim key reported by n sheets, the last one differing: the fact-table
    rows judged in plain Python (the path for tables up to 2,000 rows; larger tables go
    through pandas, measured by crosssource_bench.py)."""
    from factcheck.crosssource.small import compare_rows

    rows = [{"sheet": f"facts/s{i}.yaml", "line": 6, "fact": "d", "key": "ua/drones",
             "scope": "", "source": f"s{i}", "via": None, "lower": 114.0,
             "upper": 115.0 if i == n - 1 else 114.0, "unit": "drone", "rank": "normal",
             "quote": "114 drones", "tolerance": 0.0} for i in range(n)]
    return lambda: compare_rows(rows)


#: name -> (case, base size). Base sizes make 1x take a few tens of milliseconds.
CASES: dict[str, tuple[Case, int]] = {
    "numbers: long digit run (A1)": (_text(lambda n: "1" * n + "x"), 250_000),
    "numbers: '1,' run (A2)": (_text(lambda n: "1," * n), 125_000),
    "numbers: 'April' and spaces (A3)": (_text(lambda n: "April" + " " * n + "x"), 250_000),
    "numbers: '1.' run (A4)": (_text(lambda n: "1." * n), 125_000),
    "numbers: digits overflowing to inf (A5)": (_text(lambda n: "1" * n + " drones."),
                                                250_000),
    "numbers: 'one ' run (A6)": (_find_mentions("one "), 2000),
    "numbers: 'sixty-six ' run (A6)": (_find_mentions("sixty-six "), 2000),
    "numbers: 'one and two and ' (A6)": (_find_mentions("one and two and "), 1000),
    "numbers: 'hundred ' run (A6)": (_find_mentions("hundred "), 2000),
    "numbers: 'a hundred and one ' run": (_find_mentions("a hundred and one "), 1000),
    "numbers: 'two and a half million and a quarter of a ' run": (
        _find_mentions("two and a half million and a quarter of a "), 1000),
    "numbers: 'a hundred and' then one long run": (
        _text(lambda n: "a hundred and " + "one hundred and " * n), 1000),
    "numbers: 'one ' run, strict_one off (A8)": (_find_mentions("one ", False), 2000),
    "numbers: 'a half another drone ' (phrases)": (_find_mentions("a half another drone "), 1000),
    "numbers: '10:30 to 11 a.m. ' (times)": (_find_mentions("10:30 to 11 a.m. "), 1000),
    "numbers: '1,300 ' digits": (_find_mentions("1,300 "), 2000),
    "numbers: seed article (A16)": (_article, 250_000),
    # other languages read numbers with their own words, separators and scales
    "numbers: Italian '18.25 xyz ' (clock, scale words)": (
        _find_mentions("18.25 xyz ", language="it"), 5000),
    "numbers: Russian '12,5 тыс. дронов '": (_find_mentions("12,5 тыс. дронов ", language="ru"),
                                            2000),
    "numbers: Korean '2만8784명 '": (_find_mentions("2만8784명 ", language="ko"), 5000),
    "numbers: Chinese '529971亿元，'": (_find_mentions("529971亿元，", language="zh"), 5000),
    "numbers: Arabic '3 أشخاص و'": (_find_mentions("3 أشخاص و", language="ar"), 5000),
    "numbers: Polish 'pięciu osób i '": (_find_mentions("pięciu osób i ", language="pl"), 2000),
    "numbers: 'one in four, .716, went 20-62 at 0400 hrs ' (held-out forms)": (
        _find_mentions("one in four, .716, went 20-62 at 0400 hrs "), 1000),
    "numbers: German 'am 14. November 2021 keine Toten, 2,2 % ' ": (
        _find_mentions("am 14. November 2021 keine Toten, 2,2 % ", language="de"), 1000),
    "numbers: Portuguese 'quarta-feira (31) em junho, um milhão ' ": (
        _find_mentions("quarta-feira (31) em junho, um milhão ", language="pt"), 1000),
    "numbers: Chinese '共40余人，48名乘客，'": (
        _find_mentions("共40余人，48名乘客，", language="zh"), 2000),
    "numbers: Portuguese 'trezentos e vinte e ' (joined words)": (
        _find_mentions("trezentos e vinte e ", language="pt"), 2000),
    "numbers: Spanish '2-3 millones 1 1/2 ' (scaled pairs)": (
        _find_mentions("2-3 millones 1 1/2 ", language="es"), 2000),
    "numbers: Croatian 'u svibnju 2024. ' (month stems)": (
        _find_mentions("u svibnju 2024. ", language="hr"), 2000),
    "clauses: Japanese, Finnish, Italian, Russian and Chinese runs": (_foreign_clauses, 2000),
    "attribution: a declined name in n words": (_declined_name, 20_000),
    "attribution: n sentences carried after a clause, n quoted": (_carried_statement, 500),
    "grounding: number-word quote (A8)": (_ground_quote, 600),
    "grounding: quote of the wrong unit (A9)": (_wrong_unit_quote, 300),
    "coverage: n sentences, n facts (B1)": (_coverage, 2000),
    "coverage: one sentence, n facts": (_coverage_one_sentence, 1000),
    "nearest passage: 'a' document (A10)": (_nearest("a"), 25_000),
    "nearest passage: seed article (A10)": (_nearest(SEED), 25_000),
    "suggest: n misspelled names (A18)": (_suggest, 500),
    "sentences: long word (A11)": (_sentences("a", "1. B.\n"), 400_000),
    "sentences: 'Dr. ' run (A12)": (_sentences("Dr. ", "12 drones.\n"), 5000),
    "speaker: 'said ' run (A13)": (_speaker, 10_000),
    "draft: number words (A7)": (_draft(lambda n: "Russia launched 114 drones. " + "one " * n),
                                 400),
    "draft: long word (A11)": (_draft(lambda n: "a" * n + "1. B.\n"), 20_000),
    "draft: 'Dr. ' run (A12)": (_draft(lambda n: "Dr. " * n + "12 drones.\n"), 2500),
    "draft: 'said ' run (A13)": (_draft(lambda n: "said " * n + "12 drones.\n"), 2500),
    "draft: many mentions in a sentence (A14)": (
        _draft(lambda n: "Officials said " + ", ".join(f"{i % 90 + 2} drones" for i in range(n))
               + ".\n"), 200),
    "draft: repeated sentence (A15)": (_draft(lambda n: "Russia launched 5 drones. " * n), 500),
    "draft: seed article repeated (A16)": (_draft(lambda n: (SEED * (n // len(SEED) + 1))[:n]),
                                           32_000),
    "check: n facts, n checks, one paragraph (B1)": (_run_b1, 1000),
    "report: n facts, n checks (B1)": (_report, 500),
    "engine: n facts, n validator checks": (_engine, 1000),
    "report: one document of n characters (B6)": (_big_document, 64_000),
    "report: n sheets sharing one document (B7)": (_shared_document, 5),
    "claims: n sheets sharing one key (B4)": (_shared_key, 4000),
}


#: whole-pipeline cases, timed with the cyclic GC off (see the module docstring)
GC_OFF = frozenset({"check: n facts, n checks, one paragraph (B1)",
                    "report: n facts, n checks (B1)", "engine: n facts, n validator checks",
                    "report: one document of n characters (B6)",
                    "report: n sheets sharing one document (B7)",
                    "claims: n sheets sharing one key (B4)"})


def slope(sizes: list[int], times: list[float]) -> float:
    """Least-squares slope of log(time) against log(size)."""
    xs = [math.log(s) for s in sizes]
    ys = [math.log(max(t, 1e-6)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum(
        (x - mx) ** 2 for x in xs)


def measure(case: Case, base: int, repeat: int, gc_off: bool = False
            ) -> tuple[list[int], list[float]]:
    sizes, times = [], []
    for k in SCALES:
        work = case(base * k)
        best = math.inf
        for _ in range(repeat):
            gc.collect()
            if gc_off:
                gc.disable()
            try:
                start = time.process_time()
                work()
                best = min(best, time.process_time() - start)
            finally:
                gc.enable()
        sizes.append(base * k)
        times.append(best)
    return sizes, times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-k", default="", help="only cases whose name contains this")
    ap.add_argument("--repeat", type=int, default=3, help="runs per size (best is kept)")
    ap.add_argument("--max-slope", type=float, default=1.3)
    ap.add_argument("--gc", action="store_true",
                    help="also time the gc-off cases with the collector on (not gated)")
    args = ap.parse_args(argv)
    failed = []
    print(f"{'case':<55} {'1x / 2x / 4x / 8x (s)':<34} slope")
    for name, (case, base) in CASES.items():
        if args.k not in name:
            continue
        gc_off = name in GC_OFF
        if gc_off and args.gc:
            sizes, times = measure(case, base, args.repeat)
            shown = " / ".join(f"{t:.3f}" for t in times)
            print(f"{name + ' [gc on]':<55} {shown:<34} {slope(sizes, times):5.2f}  (not gated)")
        sizes, times = measure(case, base, args.repeat, gc_off)
        s = slope(sizes, times)
        flag = "" if s <= args.max_slope else "  <-- super-linear"
        shown = " / ".join(f"{t:.3f}" for t in times)
        label = name + (" [gc off]" if gc_off else "")
        print(f"{label:<55} {shown:<34} {s:5.2f}{flag}", flush=True)
        if s > args.max_slope:
            failed.append(name)
    if failed:
        print(f"{len(failed)} case(s) above slope {args.max_slope}: {', '.join(failed)}")
        return 1
    print(f"every slope at most {args.max_slope}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
