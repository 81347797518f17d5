"""Drafting fact-sheet skeletons: valid sheets, exact quotes, no invented values."""

from __future__ import annotations

import calendar
import datetime
import pathlib
import re
from collections import Counter

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.api.model import Sheet
from factcheck.draft import SCHEMA_COMMENT, draft_data, draft_sheet
from factcheck.text.normalize import locate, normalize
from factcheck.text.numbers import find_mentions

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_1973e27dd785980b.txt"
FIXTURES = pathlib.Path(__file__).resolve().parent / "fixtures"
SECOND = FIXTURES / "second_article.txt"


def _load(path: pathlib.Path, root: pathlib.Path = ROOT) -> tuple[str, dict, Sheet]:
    text = draft_sheet(path, root)
    raw = yaml.safe_load(text)
    return text, raw, Sheet.model_validate(raw)


def _key(value) -> tuple:
    """Comparable form of a fact value (numbers, [low, high], dates, YYYY-MM)."""
    if isinstance(value, list):
        return ("range", float(value[0]), float(value[1]))
    if isinstance(value, datetime.date):
        return ("date", value.isoformat())
    if isinstance(value, str):
        return ("date", value)
    return ("number", float(value))


MONTHS = list(calendar.month_name)[1:]
WEEKDAY_NAMES = list(calendar.day_name)


def _number_forms(x: float) -> set[str]:
    """Ways English news writes ``x``, spelled by num2words (not by factcheck's reader)."""
    from num2words import num2words

    forms = {f"{x:g}", f"{x:,g}"}
    if x == int(x):
        n = int(x)
        forms |= {str(n), f"{n:,}", f"{n:,}".replace(",", " ")}  # "500 500" grouping
        if n < 1000:
            forms |= {num2words(n), num2words(n).replace("-", " ")}
            if n == 1:
                forms |= {"a ", "an ", "one", "another", "single"}
            if n == 2:
                forms |= {"both", "two", "pair"}
            if n % 12 == 0 and n <= 144:
                forms.add("dozen" if n == 12 else f"{num2words(n // 12)} dozen")
    for scale, word in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if x >= scale:
            forms.add(f"{x / scale:g} {word}")
            forms.add(f"{num2words(int(x / scale))} {word}" if x / scale == int(x / scale)
                      else f"{x / scale:g}{word[0]}")
    return forms


def _stated_in(quote: str, value, published: datetime.date | None = None) -> bool:
    """Whether ``value`` is written in ``quote``, by an oracle independent of grounding:
    a number in digits (with or without separators), in words or with a scale word; a
    range as both ends; a date as its month and day (or its weekday, resolved against
    ``published`` by the test's own rule); a month or a year as written."""
    q = re.sub("[\u00a0\u202f\u2009]", " ", quote.lower())

    def number(x) -> bool:
        return any(f.lower() in q for f in _number_forms(float(x)))

    if isinstance(value, list):
        a, b = (float(x) for x in value)
        shared = any(f"{a / k:g}{sep}{b / k:g} {word}" in q  # "20-30 million"
                     for k, word in ((1e9, "billion"), (1e6, "million"), (1e3, "thousand"))
                     for sep in ("-", "–", " to "))
        return shared or (number(a) and number(b))
    if isinstance(value, datetime.date):
        named = (MONTHS[value.month - 1].lower() in q and str(value.day) in q) or any(
            f.format(d=value) in q for f in ("{d:%Y-%m-%d}", "{d.day}/{d.month}/{d.year}",
                                            "{d.month}/{d.day}/{d.year}", "{d:%d.%m.%Y}"))
        weekday = WEEKDAY_NAMES[value.weekday()].lower() in q and published is not None \
            and 0 <= (published - value).days <= 7
        return named or weekday
    if isinstance(value, str):  # "YYYY-MM" or "YYYY"
        if len(value) == 7:
            return MONTHS[int(value[5:]) - 1].lower() in q
        return value in q
    return number(value)


def _weekday_date(text: str, weekday: int, published: datetime.date) -> datetime.date | None:
    """The grounding rule, restated: a weekday is 0..6 days before publication,
    "last <weekday>" 1..7 days before; "next/this/past <weekday>" is not resolved."""
    first = text.split()[0].lower()
    if first in ("next", "this", "past"):
        return None
    lo = 1 if first == "last" else 0
    return next(
        published - datetime.timedelta(days=ago)
        for ago in range(lo, lo + 7)
        if (published - datetime.timedelta(days=ago)).weekday() == weekday
    )


@pytest.fixture(scope="module", params=[SEED, SECOND], ids=["seed", "second"])
def drafted(request):
    path = request.param
    text, raw, sheet = _load(path)
    return path, text, raw, sheet


def test_header_document_and_determinism(drafted):
    path, text, _raw, sheet = drafted
    assert text.splitlines()[0] == SCHEMA_COMMENT
    assert sheet.document == path.relative_to(ROOT).as_posix()
    assert draft_sheet(path, ROOT) == text


def test_quotes_are_exact_and_carry_their_values(drafted):
    path, _text, _raw, sheet = drafted
    document = path.read_text(encoding="utf-8")
    assert sheet.facts
    for fid, fact in sheet.facts.items():
        assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", fid)
        assert locate(fact.quote, document) is not None, fid
        assert normalize(fact.quote) in normalize(document), fid
        assert _stated_in(fact.quote, fact.value, sheet.published), (fid, fact.value, fact.quote)


def test_no_value_is_invented(drafted):
    path, _text, _raw, sheet = drafted
    document = path.read_text(encoding="utf-8")
    written = Counter()
    for m in find_mentions(document):
        if m.date is not None:
            written[("date", m.date.isoformat())] += 1
        elif m.month is not None:
            written[("date", f"{m.month[0]:04d}-{m.month[1]:02d}")] += 1
        elif m.kind == "year":
            written[("date", f"{int(m.low):04d}")] += 1
        elif m.kind == "weekday":
            day = sheet.published and _weekday_date(m.text, m.weekday, sheet.published)
            if day:
                written[("date", day.isoformat())] += 1
        elif m.low is not None and m.low != m.high:
            written[("range", m.low, m.high)] += 1
        elif m.low is not None:
            written[("number", m.low)] += 1
    drafted_values = Counter(_key(f.value) for f in sheet.facts.values())
    assert not drafted_values - written


def test_sources_and_checks_refer_to_entries(drafted):
    _path, _text, _raw, sheet = drafted
    for fact in sheet.facts.values():
        assert fact.source is None or fact.source in sheet.sources
    for name, check in sheet.checks.items():
        refs = (
            re.findall(r"[A-Za-z_][A-Za-z0-9_]*", check.rule)
            if check.rule
            else [v for k, v in check.args.items() if k in ("date", "from", "to")]
        )
        assert refs, name
        assert all(r in sheet.facts for r in refs), (name, refs)


def test_seed_facts():
    _text, _raw, sheet = _load(SEED)
    by_value = {}
    for fid, f in sheet.facts.items():
        by_value.setdefault(_key(f.value), []).append((fid, f))
    assert sheet.published == datetime.date(2025, 4, 26)

    [(_, launched)] = by_value[("number", 114.0)]
    assert launched.unit == "drone" and launched.meaning.value == "exact"
    assert sheet.sources[launched.source].name == "Ukraine's air force"

    [(_, area)] = by_value[("number", 1300.0)]
    assert (area.unit, area.meaning.value) == ("km**2", "estimated")
    [(_, minutes)] = by_value[("number", 15.0)]
    assert (minutes.unit, minutes.meaning.value) == ("minute", "approx")
    [(_, troops)] = by_value[("range", 10000.0, 12000.0)]
    assert (troops.unit, troops.meaning.value) == ("troop", "range")
    [(_, another)] = by_value[("number", 1.0)]
    assert another.unit == "person"
    assert sheet.sources[another.source].name == "Gov Serhiy Lysak"
    [(_, injured)] = by_value[("number", 6.0)]
    assert injured.source == another.source  # "..., he said." inherits the speaker
    days = by_value[("date", "2025-04-26")]
    [(date_id, date)] = [(i, f) for i, f in days if "April 26, 2025" in f.quote]
    assert date.unit is None and date.meaning is None
    assert ("date", "2024-08") in by_value

    # the dateline, and the six "Saturday"s resolved against published (a Saturday)
    assert sheet.facts["dateline"].value == datetime.date(2025, 4, 26)
    assert sheet.facts["dateline"].quote == "date 2025-04-26"
    saturdays = [f for i, f in days if i.startswith("saturday_")]
    assert len(saturdays) == 6 and all("Saturday" in f.quote for f in saturdays)
    assert len(days) == 8
    # "last Friday" (1..7 days before) and "earlier Friday" (0..6 days before)
    fridays = {i: f for i, f in by_value[("date", "2025-04-25")]}
    assert set(fridays) == {"last_friday_2025_04_25", "friday_2025_04_25"}
    assert "last Friday" in fridays["last_friday_2025_04_25"].quote
    # the bare year of "throughout early 2025"
    [(_, year)] = by_value[("date", "2025")]
    assert year.value == "2025" and "early 2025" in year.quote

    expected = Counter(
        [114.0, 66.0, 31.0, 45.0, 3.0, 3.0, 3.0, 2.0, 1.0, 6.0, 88.0, 11.0, 1300.0, 500.0,
         15.0]
    )
    got = Counter(k[1] for k in by_value for _ in by_value[k] if k[0] == "number")
    assert got == expected

    kinds = {c.validator or "rule": c for c in sheet.checks.values()}
    assert kinds["weekday_is"].args == {"date": date_id, "weekday": "Saturday"}
    conv = kinds["converts_to"].args
    assert sheet.facts[conv["from"]].value == 1300 and sheet.facts[conv["to"]].value == 500
    rules = [c.rule for c in sheet.checks.values() if c.rule]
    sums = {}
    for rule in rules:
        lhs, op, total = re.fullmatch(r"(.+) (==|<=) (\w+)", rule).groups()
        parts = [p.strip() for p in lhs.split("+")]
        sums[op] = (sum(sheet.facts[p].value for p in parts), sheet.facts[total].value)
    assert sums["=="] == (3, 3)  # 2 killed in Donetsk + 1 in Dnipropetrovsk == 3 killed
    assert sums["<="] == (97, 114)  # 66 destroyed + 31 decoys <= 114 launched


def _precision_recall(sheet: Sheet, expected: list[dict]) -> tuple[float, float]:
    """A drafted fact matches an annotation when values are equal and the annotated
    words lie inside the drafted quote; each annotation matches at most once."""
    unmatched = list(expected)
    hits = 0
    for fact in sheet.facts.values():
        for e in unmatched:
            if _key(fact.value) == _key(e["value"]) and normalize(e["quote"]) in normalize(
                fact.quote
            ):
                unmatched.remove(e)
                hits += 1
                break
    return hits / len(sheet.facts), hits / len(expected)


def test_second_article_precision_and_recall():
    _text, _raw, sheet = _load(SECOND)
    annotation = yaml.safe_load((FIXTURES / "second_article.expected.yaml").read_text("utf-8"))
    assert sheet.published == annotation["published"]
    precision, recall = _precision_recall(sheet, annotation["values"])
    assert precision == 1.0
    assert recall >= 0.9
    conversions = {
        (sheet.facts[c.args["from"]].value, sheet.facts[c.args["to"]].value)
        for c in sheet.checks.values()
        if c.validator == "converts_to"
    }
    assert conversions == {(4, 13), (2600, 6400)}
    [weekday] = [c for c in sheet.checks.values() if c.validator == "weekday_is"]
    assert weekday.args["weekday"] == "Friday"
    assert sheet.facts[weekday.args["date"]].value == datetime.date(2024, 9, 13)


def test_precision_recall_metric_detects_invented_values():
    _text, _raw, sheet = _load(SECOND)
    annotation = yaml.safe_load((FIXTURES / "second_article.expected.yaml").read_text("utf-8"))
    fact = next(iter(sheet.facts.values()))
    bad = sheet.model_copy(
        update={"facts": {**sheet.facts, "bogus": fact.model_copy(update={"value": 999})}}
    )
    precision, _ = _precision_recall(bad, annotation["values"])
    assert precision < 1.0


def test_document_without_numbers(tmp_path):
    doc = tmp_path / "seeds" / "plain.txt"
    doc.parent.mkdir()
    doc.write_text("Officials said talks would continue.\n", encoding="utf-8")
    text = draft_sheet(doc, tmp_path)
    sheet = Sheet.model_validate(yaml.safe_load(text))
    assert sheet.document == "seeds/plain.txt"
    assert sheet.published is None
    assert sheet.facts == {} and sheet.checks == {}


def test_draft_data_matches_yaml():
    data = draft_data(SEED, ROOT)
    assert yaml.safe_load(draft_sheet(SEED, ROOT)) == {k: v for k, v in data.items()}


@settings(max_examples=40, deadline=None)
@given(
    a=st.integers(min_value=2, max_value=5000),
    b=st.integers(min_value=2, max_value=5000),
    c=st.integers(min_value=1, max_value=28),
)
def test_generated_articles_draft_exactly_their_numbers(tmp_path_factory, a, b, c):
    lo, hi = sorted((a, a + b))
    text = (
        f"Officials said {a:,} drones were launched on Monday, March {c}, 2025. "
        f"Between {lo:,} and {hi:,} people were evacuated, the mayor said.\n"
    )
    root = tmp_path_factory.mktemp("gen")
    doc = root / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    sheet = Sheet.model_validate(yaml.safe_load(draft_sheet(doc, root)))
    values = sorted((_key(f.value) for f in sheet.facts.values()), key=repr)
    expected = sorted(
        [("number", float(a)), ("date", f"2025-03-{c:02d}"), ("range", float(lo), float(hi))],
        key=repr,
    )
    assert values == expected


_WORDS = st.sampled_from(
    [
        "Officials said", "the army", "drones", "people were killed", "injured", "about",
        "an estimated", "between", "and", "to", "three", "Sixty-six", "1,300", "500", "12",
        "2025", "August", "Saturday, April 26, 2025", "last Friday", "square kilometers",
        "(500 square miles)", "another person died", "Gov. Ivan Petrenko said", ".", ",",
        "10,000-12,000 troops", "88-year-old woman", "minutes", "one of", "a dozen",
    ]
)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=25), min_size=1, max_size=6))
def test_draft_random_articles_stay_valid(tmp_path_factory, paragraphs):
    document = "\n\n".join(" ".join(p) for p in paragraphs) + "\n"
    root = tmp_path_factory.mktemp("fuzz")
    doc = root / "doc.txt"
    doc.write_text(document, encoding="utf-8")
    sheet = Sheet.model_validate(yaml.safe_load(draft_sheet(doc, root)))
    for fact in sheet.facts.values():
        assert locate(fact.quote, document) is not None
        assert _stated_in(fact.quote, fact.value)


def _draft_text(tmp_path: pathlib.Path, document: str) -> Sheet:
    doc = tmp_path / "doc.txt"
    doc.write_text(document, encoding="utf-8")
    return Sheet.model_validate(yaml.safe_load(draft_sheet(doc, tmp_path)))


def test_weekdays_resolve_against_published(tmp_path):
    sheet = _draft_text(
        tmp_path,
        "date 2025-04-26 Officials met Saturday. The army said last Saturday that "
        "it withdrew Friday. Police said Monday that two people died.\n",
    )
    dates = {fid: f.value for fid, f in sheet.facts.items()}
    assert dates == {
        "dateline": datetime.date(2025, 4, 26),
        "saturday_2025_04_26": datetime.date(2025, 4, 26),  # 0..6 days before
        "last_saturday_2025_04_19": datetime.date(2025, 4, 19),  # 1..7 days before
        "friday_2025_04_25": datetime.date(2025, 4, 25),
        "monday_2025_04_21": datetime.date(2025, 4, 21),
        "people_died_2": 2,
    }
    for fact in sheet.facts.values():
        assert _stated_in(fact.quote, fact.value, sheet.published)


def test_weekdays_skipped_without_published_or_when_future(tmp_path):
    no_date = _draft_text(tmp_path, "Officials met Saturday and last Friday.\n")
    assert no_date.facts == {}
    future = _draft_text(
        tmp_path,
        "date 2025-04-26 Talks will resume Monday. They meet again next Friday. "
        "Officials expect a deal by the coming Tuesday. The vote is set for this Sunday.\n",
    )
    assert list(future.facts) == ["dateline"]


def test_bare_years_are_drafted_as_strings(tmp_path):
    sheet = _draft_text(tmp_path, "Troops held the town throughout early 2025.\n")
    [(fid, fact)] = sheet.facts.items()
    assert (fid, fact.value) == ("year_2025", "2025")
    assert fact.unit is None and fact.meaning is None
