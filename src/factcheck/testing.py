"""Hypothesis strategies for fact sheets, for testing factcheck and your own validators.

    from hypothesis import given
    from factcheck.testing import sheets, write_project
    from factcheck.pipeline import check_sheet

    @given(case=sheets())
    def test_my_validator(tmp_path_factory, case):
        root = tmp_path_factory.mktemp("p")
        path = write_project(root, case.sheet, case.document)
        result = check_sheet(path, root)
        assert not result.problems and all(o.passed for o in result.outcomes)

:func:`sheets` draws *consistent* sheets: every quote is a sentence of the
generated document and carries its fact's value, parts add up to their totals,
dates are as many days apart as the checks say, so every check holds. Mutate one
to test that a check catches the error (see ``benchmarks/mutations.py``).

Hypothesis is imported lazily: importing this module needs it installed
(``pip install factcheck[test]``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, NamedTuple

import yaml

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover
    raise ImportError("factcheck.testing needs hypothesis: pip install 'factcheck[test]'") \
        from exc

__all__ = ["SheetCase", "dump_sheet", "sheets", "write_project"]

DOCUMENT = "seeds/article.txt"
NOUNS = ("drone", "missile", "shell", "rocket", "vehicle", "tank")
PART_VERBS = ("destroyed", "intercepted", "jammed", "lost", "captured", "damaged")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class SheetCase(NamedTuple):
    """A generated sheet (plain data, as YAML would load it) and the document it describes."""

    sheet: dict[str, Any]
    document: str


def _number(n: int, commas: bool) -> str:
    return f"{n:,}" if commas else str(n)


def _long_date(d: dt.date) -> str:
    return f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year}"


@st.composite
def _counts(draw: Any, prefix: str, noun: str) -> tuple[dict, list[str], dict]:
    """A total, its parts (summing to it or to less), their sentences and checks."""
    total = draw(st.integers(1, 999_999))
    k = draw(st.integers(1, 4))
    exact = draw(st.booleans())
    budget = total if exact else draw(st.integers(0, total))
    cuts = sorted(draw(st.lists(st.integers(0, budget), min_size=k - 1, max_size=k - 1)))
    parts = [b - a for a, b in zip([0, *cuts], [*cuts, budget], strict=True)]
    commas = draw(st.booleans())
    verbs = draw(st.permutations(PART_VERBS))[:k]
    tname = f"{prefix}_launched"
    t_sentence = f"Officials said {_number(total, commas)} {noun}s were launched overnight."
    facts = {tname: {"value": total, "unit": noun, "source": "officials",
                     "quote": t_sentence[:-1]}}
    sentences = [t_sentence]
    names = []
    for verb, p in zip(verbs, parts, strict=True):
        name = f"{prefix}_{verb}"
        s = f"Of the {noun}s, {_number(p, commas)} were {verb}."
        sentences.append(s)
        facts[name] = {"value": p, "unit": noun, "source": "officials", "quote": s[:-1]}
        names.append(name)
    checks: dict[str, Any] = {
        f"{prefix}-parts": {"validator": "parts_sum_to" if exact else "parts_within",
                            "args": {"parts": names, "total": tname}},
        f"{prefix}-first-part-at-most-total": f"{names[0]} <= {tname}",
    }
    return facts, sentences, checks


@st.composite
def _dates(draw: Any, published: dt.date) -> tuple[dict, list[str], dict]:
    ago = draw(st.integers(0, 6))
    day = published - dt.timedelta(days=ago)
    s = f"The attack began on {_long_date(day)}."
    facts = {"attack_day": {"value": day, "source": "officials", "quote": s[:-1]}}
    checks = {
        "attack-days-before-publication": f"days_between(attack_day, published) == {ago}",
        "attack-weekday": {"validator": "weekday_is",
                           "args": {"date": "attack_day", "weekday": DAYS[day.weekday()]}},
    }
    return facts, [s], checks


@st.composite
def _range(draw: Any) -> tuple[dict, list[str], dict]:
    lo = draw(st.integers(1, 50_000))
    hi = draw(st.integers(lo + 1, lo * 3))
    s = f"Between {lo:,} and {hi:,} troops were deployed to the front."
    facts = {"troops_deployed": {"value": [lo, hi], "unit": "troop", "source": "officials",
                                 "quote": s[:-1]}}
    checks = {"troops-range": {"validator": "range_ordered",
                               "args": {"fact": "troops_deployed", "max_ratio": 3}},
              "troops-low-below-high": "troops_deployed >= 1"}
    return facts, [s], checks


@st.composite
def sheets(draw: Any, max_groups: int = 3) -> SheetCase:
    """Valid, consistent sheets with a document that grounds every quote.

    Each draw has 1..``max_groups`` count groups (a total and parts that add up to
    it, or to less with ``parts_within``), and optionally a date fact with day and
    weekday checks and a range fact with ``range_ordered``. Every check holds.
    """
    published = draw(st.dates(dt.date(1990, 1, 8), dt.date(2060, 12, 31)))
    n = draw(st.integers(1, max_groups))
    nouns = draw(st.permutations(NOUNS))[:n]
    facts: dict[str, Any] = {}
    sentences: list[str] = []
    checks: dict[str, Any] = {}
    for i, noun in enumerate(nouns):
        f, s, c = draw(_counts(f"{noun}{i}", noun))
        facts |= f
        sentences += s
        checks |= c
    if draw(st.booleans()):
        f, s, c = draw(_dates(published))
        facts |= f
        sentences += s
        checks |= c
    if draw(st.booleans()):
        f, s, c = draw(_range())
        facts |= f
        sentences += s
        checks |= c
    sentences = draw(st.permutations(sentences))
    document = f"KYIV ({published.isoformat()}) - " + " ".join(sentences) + "\n"
    sheet = {
        "document": DOCUMENT,
        "published": published,
        "title": "Generated report",
        "sources": {"officials": {"name": "Officials", "kind": "official"}},
        "facts": facts,
        "checks": checks,
    }
    return SheetCase(sheet, document)


def dump_sheet(sheet: dict[str, Any]) -> str:
    """YAML text of a sheet dict, in its key order, that factcheck's loader accepts."""
    return yaml.safe_dump(sheet, sort_keys=False, allow_unicode=True, width=1000)


def write_project(root: Path, sheet: dict[str, Any] | str, document_text: str,
                  name: str = "sheet.yaml") -> Path:
    """Write a project under ``root``: pyproject.toml, the document, facts/<name>.

    ``sheet`` is a dict (dumped as YAML) or YAML text. The document goes to the
    sheet's ``document`` path (``seeds/article.txt`` by default). Returns the
    sheet's path; check it with ``check_sheet(path, root)`` or ``run([path], root)``.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    pyproject = root / "pyproject.toml"
    if not pyproject.exists():
        pyproject.write_text('[tool.factcheck]\nfacts = ["facts"]\n', encoding="utf-8")
    doc = sheet.get("document", DOCUMENT) if isinstance(sheet, dict) else DOCUMENT
    doc_path = root / (doc if isinstance(doc, str) and doc.strip() else DOCUMENT)
    if doc_path.resolve().is_relative_to(root.resolve()):
        doc_path.parent.mkdir(parents=True, exist_ok=True)
        doc_path.write_text(document_text, encoding="utf-8")
    facts = root / "facts"
    facts.mkdir(exist_ok=True)
    path = facts / name
    text = sheet if isinstance(sheet, str) else dump_sheet(sheet)
    path.write_text(text, encoding="utf-8")
    return path
