"""Pinned numeric and dated mentions of the seed article, plus edge cases."""

from __future__ import annotations

import datetime
import pathlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.text.numbers import Mention, find_mentions

ROOT = pathlib.Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_1973e27dd785980b.txt"


@pytest.fixture(scope="module")
def seed() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def mentions(seed: str) -> list[Mention]:
    return find_mentions(seed)


def _by_text(mentions: list[Mention], text: str) -> list[Mention]:
    return [m for m in mentions if m.text == text]


def _one(mentions: list[Mention], text: str) -> Mention:
    found = _by_text(mentions, text)
    assert len(found) == 1, (text, found)
    return found[0]


# (surface text, low, high, kind, unit)
SEED_NUMBERS = [
    ("114", 114, 114, "number", "drones"),
    ("Sixty-six", 66, 66, "number", "drones"),
    ("31", 31, 31, "number", "drones"),
    ("45", 45, 45, "number", "drones"),
    ("Three", 3, 3, "number", "people"),
    ("three", 3, 3, "number", "missiles"),
    ("Two", 2, 2, "number", "people"),
    ("Another", 1, 1, "number", "person"),
    ("Six", 6, 6, "number", "people"),
    ("88-year-old", 88, 88, "age", "year-old"),
    ("11-year-old", 11, 11, "age", "year-old"),
    ("1,300", 1300, 1300, "number", "square kilometers"),
    ("500", 500, 500, "number", "square miles"),
    ("10,000-12,000", 10000, 12000, "range", "troops"),
    ("15 minutes", 15, 15, "duration", "minutes"),
    ("three-year", 3, 3, "duration", "year"),
    ("2025", 2025, 2025, "year", None),
]


@pytest.mark.parametrize(("text", "low", "high", "kind", "unit"), SEED_NUMBERS)
def test_seed_numbers(mentions, seed, text, low, high, kind, unit):
    m = _one(mentions, text)
    assert (m.low, m.high, m.kind, m.unit) == (low, high, kind, unit)
    assert seed[m.start : m.end] == m.text


def test_seed_qualifiers(mentions):
    assert _one(mentions, "1,300").qualifier == "an estimated"
    assert _one(mentions, "15 minutes").qualifier == "about"
    assert _one(mentions, "31").qualifier == "a further"
    assert _one(mentions, "114").qualifier is None


def test_seed_dates(mentions):
    full = _one(mentions, "Saturday, April 26, 2025")
    assert full.kind == "date"
    assert full.date == datetime.date(2025, 4, 26)
    assert full.weekday == 5
    assert (full.low, full.high) == (None, None)
    iso = _one(mentions, "2025-04-26")
    assert iso.kind == "date" and iso.date == datetime.date(2025, 4, 26)
    month = _one(mentions, "August 2024")
    assert month.kind == "month" and month.month == (2024, 8) and month.date is None
    last_friday = _one(mentions, "last Friday")
    assert last_friday.kind == "weekday" and last_friday.weekday == 4
    assert last_friday.date is None
    saturdays = [m for m in mentions if m.kind == "weekday" and m.weekday == 5]
    assert len(saturdays) == 6
    assert all(m.text == "Saturday" for m in saturdays)


def test_seed_exact_inventory(mentions):
    """The full list: nothing invented, nothing missing."""
    numeric = sorted(
        (m.low, m.high) for m in mentions if m.kind in ("number", "range", "age", "duration")
    )
    assert numeric == sorted(
        (float(lo), float(hi)) for _, lo, hi, kind, _ in SEED_NUMBERS if kind != "year"
    )
    kinds = [m.kind for m in mentions]
    assert kinds.count("date") == 2
    assert kinds.count("month") == 1
    assert kinds.count("year") == 1
    assert kinds.count("weekday") == 8


def test_sorted_non_overlapping_offsets(mentions, seed):
    for a, b in zip(mentions, mentions[1:], strict=False):
        assert a.end <= b.start
    for m in mentions:
        assert seed[m.start : m.end] == m.text


def test_repeated_seed_repeats_its_mentions(seed):
    """Three copies of the seed hold three copies of its mentions (its time per size is
    measured in benchmarks/scaling.py, not asserted here)."""
    text = seed.rstrip("\n") + "\n\n"
    one = [(m.text, m.low, m.kind) for m in find_mentions(text)]
    assert [(m.text, m.low, m.kind) for m in find_mentions(text * 3)] == one * 3


def _values(text: str) -> list[tuple[str, float | None, float | None, str]]:
    return [(m.text, m.low, m.high, m.kind) for m in find_mentions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("between 10 and 12 people", [("10 and 12", 10, 12, "range")]),
        ("from 5 to 7 km", [("5 to 7", 5, 7, "range")]),
        ("10\u201312 drones", [("10\u201312", 10, 12, "range")]),
        ("two to three hours", [("two to three hours", 2, 3, "range")]),
        ("10 to 12 million people", [("10 to 12 million", 10e6, 12e6, "range")]),
        ("a dozen villages", [("a dozen", 12, 12, "number")]),
        ("two dozen drones", [("two dozen", 24, 24, "number")]),
        ("one hundred and five men", [("one hundred and five", 105, 105, "number")]),
        ("twenty-one people", [("twenty-one", 21, 21, "number")]),
        ("$1.5 billion in aid", [("$1.5 billion", 1.5e9, 1.5e9, "number")]),
        ("more than 2,000 people", [("2,000", 2000, 2000, "number")]),
        ("aged 70", [("70", 70, 70, "age")]),
        ("a 40 years old man", [("40 years old", 40, 40, "age")]),
        ("a one-year ceasefire", [("one-year", 1, 1, "duration")]),
        ("one person died", [("one", 1, 1, "number")]),
        ("A further soldier was wounded.", [("A further", 1, 1, "number")]),
        ("Two died and a further one was hurt.", [("Two", 2, 2, "number"),
                                                  ("a further one", 1, 1, "number")]),
        ("In 2014, 300 people died.", [("2014", 2014, 2014, "year"), ("300", 300, 300, "number")]),
        ("a 3-2 vote", [("3", 3, 3, "number"), ("2", 2, 2, "number")]),
        ("3.5 percent", [("3.5", 3.5, 3.5, "number")]),
    ],
)
def test_edge_cases(text, expected):
    assert _values(text) == [(t, float(lo), float(hi), k) for t, lo, hi, k in expected]


@pytest.mark.parametrize(
    "text",
    [
        "One of the soldiers said someone saw it.",
        "The one thing that matters.",
        "one another",
        "hundreds of drones and dozens of missiles",
        "COVID-19 and F-16 jets and the Su-34",
        "in the second half of the 21st century",
        "Several people, many of them children, were hurt.",
        "He will one day return.",
    ],
)
def test_not_numbers(text):
    assert _values(text) == []


def test_dates_variants():
    ms = find_mentions("On 26 April 2025 and Jan. 3, 2024 and May 5 and Sept. 2023 and Sunday")
    got = [(m.kind, m.date, m.month, m.monthday, m.weekday) for m in ms]
    assert got == [
        ("date", datetime.date(2025, 4, 26), None, None, None),
        ("date", datetime.date(2024, 1, 3), None, None, None),
        ("monthday", None, None, (5, 5), None),
        ("month", None, (2023, 9), None, None),
        ("weekday", None, None, None, 6),
    ]


def test_invalid_date_is_not_a_date():
    assert all(m.kind != "date" for m in find_mentions("February 30, 2025"))


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_round_trip(n):
    text = f"Officials counted {n:,} drones."
    ms = [m for m in find_mentions(text) if m.kind in ("number", "year")]
    assert len(ms) == 1
    assert ms[0].low == ms[0].high == n
    assert ms[0].text == f"{n:,}"


@given(st.integers(min_value=2, max_value=999_999))
def test_number_words_round_trip(n):
    words = _spell(n)
    text = f"Officials said {words} drones were shot down."
    ms = find_mentions(text)
    assert [(m.low, m.kind) for m in ms] == [(float(n), "number")]
    assert ms[0].text == words


def _spell(n: int) -> str:
    ones = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen",
    ]
    tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

    def below_1000(k: int) -> str:
        parts = []
        if k >= 100:
            parts.append(f"{ones[k // 100]} hundred")
            k %= 100
        if k >= 20:
            parts.append(tens[k // 10] + (f"-{ones[k % 10]}" if k % 10 else ""))
        elif k or not parts:
            parts.append(ones[k])
        return " ".join(parts)

    if n >= 1000:
        rest = n % 1000
        head = f"{below_1000(n // 1000)} thousand"
        return head if rest == 0 else f"{head} {below_1000(rest)}"
    return below_1000(n)


@given(st.text(max_size=200))
def test_never_crashes_and_offsets_hold(text):
    ms = find_mentions(text)
    for m in ms:
        assert text[m.start : m.end] == m.text
        if m.low is not None:
            assert m.high is not None and m.low <= m.high
    for a, b in zip(ms, ms[1:], strict=False):
        assert a.end <= b.start


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("No one was hurt.", [("No one", 0, 0, "implicit")]),
        ("no casualties were reported", [("no casualties", 0, 0, "implicit")]),
        ("both were killed", [("both", 2, 2, "implicit")]),
        ("two-thirds of the seats", [("two-thirds", 2 / 3, 2 / 3, "fraction")]),
        ("a third were lost", [("a third", 1 / 3, 1 / 3, "fraction")]),
        ("half of the drones", [("half", 0.5, 0.5, "fraction")]),
        ("1,98,706 cases", [("1,98,706", 198706, 198706, "number")]),
        ("Rs 1,200 crore", [("Rs 1,200 crore", 1.2e10, 1.2e10, "number")]),
        ("1.5 lakh", [("1.5 lakh", 150000, 150000, "number")]),
        ("$5bn and A$12.5m", [("$5bn", 5e9, 5e9, "number"), ("A$12.5m", 1.25e7, 1.25e7, "number")]),
        ("1\u00a0300 drones", [("1\u00a0300", 1300, 1300, "number")]),
        ("1,5 million", [("1,5 million", 1.5e6, 1.5e6, "number")]),
        ("fell to -5", [("-5", -5, -5, "number")]),
        ("fiscal 2007-08", [("2007-08", 2007, 2008, "year")]),
    ],
)
def test_words_scales_and_groupings(text, expected):
    assert _values(text) == [(t, float(lo), float(hi), k) for t, lo, hi, k in expected]


@pytest.mark.parametrize(
    ("text", "date"),
    [("on 25-12-2023", "2023-12-25"), ("on 25.12.2023", "2023-12-25"),
     ("on 4/26/2025", "2025-04-26"), ("Updated: 15-12-2023 12:13 IST", "2023-12-15")],
)
def test_numeric_dates(text, date):
    m = find_mentions(text)[0]
    assert (m.kind, m.date.isoformat()) == ("date", date)


def test_monthday_before_a_time():
    m, start, end = find_mentions("October 28, from 8:00 p.m. to 11:00 p.m. Moscow time")
    assert (m.kind, m.monthday) == ("monthday", (10, 28))
    assert [(t.kind, t.text, t.low) for t in (start, end)] == [
        ("time", "8:00 p.m.", 20.0), ("time", "11:00 p.m.", 23.0)]


@pytest.mark.parametrize(
    ("text", "hours"),
    [("at 09:18 UTC", [9.3]), ("(4:00-7:00 a.m. GMT)", [4.0, 7.0]),
     ("at around 9:25-11:00 p.m.", [21 + 25 / 60, 23.0]), ("8 p.m. GMT", [20.0]),
     ("12 a.m.", [0.0]), ("12:30 p.m.", [12.5])],
)
def test_times_of_day(text, hours):
    got = [m.low for m in find_mentions(text) if m.kind == "time"]
    assert got == pytest.approx(hours)


def test_currency_is_the_unit():
    units = [m.unit for m in find_mentions("$42.9 billion, Rs. 40,000, \u20b93 crore, US$1m")]
    assert units == ["$", "Rs", "\u20b9", "US$"]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("a hundred thousand people fled", 1e5, "people"),  # was read as "a hundred" people
    ("a hundred million dollars", 1e8, "dollars"),
    ("A hundred-thousand strong crowd", 1e5, "crowd"),
    ("half a million people", 5e5, "people"),
    ("a million thousand", 1e6, "thousand"),  # a smaller scale after it is not taken in
])
def test_a_scale_word_after_a_hundred_or_a_dozen_multiplies_it(text, value, unit):
    [m] = find_mentions(text)
    assert (m.low, m.high, m.unit) == (value, value, unit)


@pytest.mark.parametrize("text", ["won the 1500m final", "a 2000m climb to the summit"])
def test_digits_glued_to_m_are_no_year(text):
    """"1500m" is metres or millions (both readings kept), never the year 1500."""
    [m] = find_mentions(text)
    assert (m.kind, m.low, m.alt) == ("number", float(m.text), float(m.text) * 1e6)


def test_a_fraction_takes_a_scale_word():
    [m] = find_mentions("2½ million people")
    assert (m.text, m.low, m.unit) == ("2½ million", 2.5e6, "people")


def test_a_grouped_figure_is_no_year():
    """Only plain digits read as a year: "1,500" before "2025" stays a count."""
    kinds = [(m.text, m.kind) for m in find_mentions("1,500 in 2025")]
    assert kinds == [("1,500", "number"), ("2025", "year")]


def test_an_idiomatic_one_does_not_hide_the_numbers_after_it():
    found = [(m.text, m.low, m.unit) for m in find_mentions("at one point 12 people died")]
    assert found == [("12", 12.0, "people")]


def test_digits_before_a_hyphenated_fraction_word_are_no_count():
    """"3-quarters" is a fraction, not three quarters counted."""
    assert [m.text for m in find_mentions("3-quarters of the 40 seats")] == ["40"]


@pytest.mark.parametrize(("text", "value"), [
    ("a dozen dozen eggs", 144.0),  # dozens of a dozen
    ("two lakh dozen bananas", 2.4e6),  # a scaled word number, then "dozen"
])
def test_dozen_after_a_word_number_multiplies_it(text, value):
    [m] = find_mentions(text)
    assert m.low == m.high == value


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("a hundred and fifty people", 150.0, "people"),  # was read as "a hundred"
    ("a hundred and fifty-five drones", 155.0, "drones"),
    ("a hundred and fifty thousand people", 150000.0, "people"),
    ("a hundred and the rest", 100.0, None),  # "and" with no number after it
])
def test_a_hundred_and_more(text, value, unit):
    m = find_mentions(text)[0]
    assert (m.low, m.high, m.unit) == (value, value, unit)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("two and a half million people", 2.5e6, "people"),  # was 2 and a half, apart
    ("2 and a half million people", 2.5e6, "people"),
    ("a quarter of a million people", 2.5e5, "people"),  # was 0.25 and 1,000,000
    ("three-quarters of a million people", 7.5e5, "people"),
    ("one and a half years", 1.5, "years"),
])
def test_a_half_and_fractions_of_a_scale_are_one_figure(text, value, unit):
    [m] = find_mentions(text)
    assert (m.low, m.high, m.unit, m.text) == (value, value, unit, text.rsplit(" ", 1)[0]
                                               if unit == "people" else text)


@pytest.mark.parametrize(("text", "value"), [
    ("a half-million dollars", 5e5), ("a half million people", 5e5),
    ("a quarter-million people", 2.5e5),
])
def test_a_half_million(text, value):
    [m] = find_mentions(text)
    assert (m.low, m.kind) == (value, "number")
