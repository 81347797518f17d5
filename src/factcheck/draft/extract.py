"""Read a document into drafted facts: values, units, meanings, quotes, sources."""


from __future__ import annotations

import bisect
import datetime
import itertools
import os
import pathlib
import re
from dataclasses import dataclass, field
from typing import Any

from factcheck.ground.grounding import value_in_mentions
from factcheck.load.sheet import MAX_SHEET_BYTES
from factcheck.load.yaml_tree import MAX_NUMBER
from factcheck.problems import SheetError
from factcheck.text.languages import detect
from factcheck.text.languages import speaker as foreign_speaker
from factcheck.text.nouns import Aliases, singular
from factcheck.text.numbers import CURRENCY_CODES, Mention, find_mentions
from factcheck.text.sentences import _TITLES, PRONOUNS, Sentence, speaker
from factcheck.text.sentences import sentences as split_sentences
from factcheck.text.written import hedge_before, mention_meaning

__all__ = ["Draft", "MAX_DRAFT_BYTES", "MEASURES", "extract"]

#: Largest document :func:`draft_data` reads. A draft is about three times the size of
#: its document, so a larger one would make a sheet over the loader's ``MAX_SHEET_BYTES``.
MAX_DRAFT_BYTES = 2 * 1024 * 1024



def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


_DRAFT_KINDS = frozenset(
    {"number", "range", "age", "duration", "date", "month", "year", "weekday"}
)
#: kinds whose value is a date (or a "YYYY-MM"/"YYYY" string): no unit, no meaning
_DATE_KINDS = frozenset({"date", "month", "year", "weekday"})

# --- units ------------------------------------------------------------------------------------

#: written unit -> (pint unit, dimension) for measures a converts_to check can relate
MEASURES: dict[str, tuple[str, str]] = {}
for _names, _pint, _dim in (
    (("square kilometers", "square kilometres", "square kilometer", "square kilometre",
      "sq km", "sq. km", "km2", "km²"), "km**2", "area"),
    (("square miles", "square mile", "sq mi", "sq. mi"), "mile**2", "area"),
    (("square meters", "square metres", "square meter", "square metre", "sq m"), "m**2", "area"),
    (("square feet", "square foot"), "foot**2", "area"),
    (("hectares", "hectare"), "hectare", "area"),
    (("acres", "acre"), "acre", "area"),
    (("kilometers", "kilometres", "kilometer", "kilometre", "km"), "km", "length"),
    (("miles", "mile"), "mile", "length"),
    (("meters", "metres", "meter", "metre"), "m", "length"),
    (("feet", "foot"), "foot", "length"),
    (("yards", "yard"), "yard", "length"),
    (("kilograms", "kilogram", "kg"), "kg", "mass"),
    (("pounds", "pound"), "pound", "mass"),
    (("tonnes", "tonne"), "metric_ton", "mass"),
    (("tons", "ton"), "ton", "mass"),
    (("litres", "liters", "litre", "liter"), "liter", "volume"),
    (("gallons", "gallon"), "gallon", "volume"),
    (("percent", "per cent"), "percent", "ratio"),
):
    for _n in _names:
        MEASURES[_n] = (_pint, _dim)

def _fact_unit(m: Mention) -> str | None:
    if m.kind in _DATE_KINDS or m.unit is None or m.unit == "score":
        return None  # a result counts goals, points or runs: the editor says which
    if m.kind == "age":
        return m.unit.removesuffix("-old")
    if m.unit in MEASURES:
        return MEASURES[m.unit][0]
    code = CURRENCY_CODES.get(m.unit.lower().rstrip("."))
    if code is not None:
        return code
    noun = re.sub(r"['\u2019`]s?$", "", m.unit)  # "the Mavericks’ lead": a possessive
    return singular(noun) if noun else None


def _meaning(m: Mention) -> str | None:
    if m.kind in _DATE_KINDS:
        return None
    if m.kind == "range" or m.low != m.high:
        return "range"
    # a hedge, or "$1.64bn", "1.9 million": a scaled figure rounded to its last written
    # digit; the same reading `check` gives a fact that sets no meaning
    return mention_meaning(m, m.low) or "exact"


def _value(m: Mention, published: datetime.date | None) -> Any:
    """The fact value of ``m``; None for a weekday that cannot be resolved."""
    if m.kind == "date":
        return m.date
    if m.kind == "month":
        assert m.month is not None
        return f"{m.month[0]:04d}-{m.month[1]:02d}"
    if m.kind == "year":
        assert m.low is not None
        return f"{int(m.low):04d}"
    if m.kind == "weekday":
        return _weekday_date(m, published)
    assert m.low is not None and m.high is not None
    if not all(abs(x) <= MAX_NUMBER for x in (m.low, m.high)) or \
            sum(c.isdigit() for c in m.text) > 15:
        return None  # beyond what a sheet may hold, or more digits than a float keeps (I2)
    lo, hi = _num(float(f"{m.low:.15g}")), _num(float(f"{m.high:.15g}"))  # no float noise
    return [lo, hi] if m.kind == "range" or lo != hi else lo


def _num(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def _slug(words: list[str]) -> str:
    parts = [re.sub(r"[^a-z0-9]+", "_", re.sub(r"'s$", "", w.lower())).strip("_") for w in words]
    s = "_".join(p for p in parts if p)
    if not s or not (s[0].isalpha() or s[0] == "_"):
        s = "x_" + s
    return s


def _source_id(name: str) -> str:
    words = name.split()
    if not any(w.endswith("'s") for w in words) and len(words) >= 3 and all(
        w[0].isupper() for w in words[-2:]
    ):
        words = words[-2:]
    words = [w for w in words if w.lower() not in _TITLES] or words
    slug = _slug([w.translate(_TRANSLIT) for w in words])
    return "source" if slug.strip("x_") == "" else slug  # a name in Devanagari or Telugu


# Cyrillic letters in ASCII for source ids ("Повітряних силах ЗСУ" -> povitrianykh_...).
_TRANSLIT = str.maketrans({
    **dict(zip("абвгґдезийіїклмнопрстуф", "abvhgdezyiiiklmnoprstuf", strict=True)),
    **dict(zip("АБВГҐДЕЗИЙІЇКЛМНОПРСТУФ", "ABVHGDEZYIIIKLMNOPRSTUF", strict=True)),
    "є": "ie", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ю": "iu", "я": "ia", "ы": "y", "э": "e", "ё": "io", "ь": "", "ъ": "", "Є": "Ie",
    "Ж": "Zh", "Х": "Kh", "Ц": "Ts", "Ч": "Ch", "Ш": "Sh", "Щ": "Shch", "Ю": "Iu",
    "Я": "Ia", "Ы": "Y", "Э": "E", "Ё": "Io", "Ь": "", "Ъ": ""})


# --- facts ------------------------------------------------------------------------------------

_AUX = _words("were was are is been have has had got")
_VERB_AFTER = re.compile(r"[a-z]+ed|died|fled|lost|hit|struck|shot|killed|fell|went|came")
_VERB_BEFORE = re.compile(
    r"\b(shot down|[a-z]{3,}ed|shot|hit|struck|sent|fired|lost|took|fought|killed)\b"
)
_STOP_AFTER = _words(
    """of in on at over across from to into for by with against during after before since
    and or but that which who overnight"""
)


def _verb(text: str, sent: Sentence, m: Mention) -> str | None:
    pos = m.end
    words = re.findall(r"[A-Za-z'\u2019-]+|[^\sA-Za-z]", text[pos : min(sent.end, pos + 80)])
    i = 0
    while i < len(words) and i < 3 and words[i][0].isalpha() and words[i].lower() not in _AUX \
            and words[i].lower() not in _STOP_AFTER and not _VERB_AFTER.fullmatch(words[i]):
        i += 1
    if i < len(words) and words[i].lower() in _AUX:
        i += 1
        if i < len(words) and words[i] == "been":
            i += 1
    if i < len(words) and _VERB_AFTER.fullmatch(words[i]):
        return words[i]
    lo = max(sent.start, m.start - 60)
    cut = max(text.rfind(",", lo, m.start), text.rfind(";", lo, m.start))
    found = [v for v in _VERB_BEFORE.findall(text[max(lo, cut + 1) : m.start])
             if v not in ("estimated", "reported")]
    return found[-1] if found else None


def _value_slug(value: Any) -> str:
    if isinstance(value, list):
        return "_".join(_value_slug(v) for v in value)
    if isinstance(value, datetime.date):
        return value.strftime("%Y_%m_%d")
    return re.sub(r"[^0-9A-Za-z]+", "_", str(value)).strip("_")


def _fact_id(text: str, sent: Sentence, m: Mention, value: Any) -> str:
    if m.kind == "date":
        return f"date_{_value_slug(value)}"
    if m.kind == "month":
        return f"month_{_value_slug(value)}"
    if m.kind == "year":
        return f"year_{_value_slug(value)}"
    if m.kind == "weekday":  # "last_friday_2025_04_25"
        return _slug([*m.text.split(), _value_slug(value)])
    noun = re.match(r"\s+([a-z]+)", text[m.end : m.end + 30])
    head = noun.group(1) if noun and noun.group(1) not in _STOP_AFTER else None
    if m.kind == "age":
        return _slug([w for w in (head, "age", _value_slug(value)) if w])
    if m.kind == "duration" and "-" in m.text and head:
        return _slug([head, m.unit or "duration", _value_slug(value)])
    unit = (m.unit or "value").split()
    verb = _verb(text, sent, m)
    parts = [*unit, *(verb.split() if verb else []), _value_slug(value)]
    return _slug(parts)


_CLAUSE = re.compile(r"[,;]\s+|\s+[-\u2013\u2014]\s+")


#: A drafted quote longer than this (a clause of a very long sentence, or a sentence
#: without clauses) is cut to the chunk of about ``_CHUNK`` characters holding its
#: mention: the loader takes quotes up to 5,000 characters, and re-reading each mention's
#: whole sentence would make drafting quadratic in the sentence.
_MAX_DRAFT_QUOTE = 1000
_CHUNK = 300


class _Spans:
    """Quote spans of the sentences of one document, computed once per sentence."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.mentions = mentions
        self.starts = [x.start for x in mentions]
        self._pieces: dict[tuple[int, int], tuple[list[tuple[int, int]], list[int]]] = {}
        self._chunks: dict[tuple[int, int], tuple[list[tuple[int, int]], list[int]]] = {}

    def _inside(self, sent: Sentence) -> list[Mention]:
        lo = bisect.bisect_left(self.starts, sent.start)
        hi = bisect.bisect_left(self.starts, sent.end)
        return self.mentions[lo:hi]

    def pieces(self, sent: Sentence) -> tuple[list[tuple[int, int]], list[int]]:
        """Clauses of a sentence (cut at separators that no mention overlaps), and their
        starts."""
        key = (sent.start, sent.end)
        if key not in self._pieces:
            inside = self._inside(sent)
            # a separator overlaps a mention iff, of the mentions starting before the
            # separator's end, one reaches past its start
            ends = [x.end for x in inside]
            starts = [x.start for x in inside]
            reach = list(itertools.accumulate(ends, max))  # largest end so far
            cuts = [sent.start]
            for c in _CLAUSE.finditer(self.text, sent.start, sent.end):
                k = bisect.bisect_left(starts, c.end())
                if not (k and reach[k - 1] > c.start()):
                    cuts.append(c.start())
                    cuts.append(c.end())
            cuts.append(sent.end)
            pieces = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts), 2)]
            self._pieces[key] = (pieces, [a for a, _ in pieces])
        return self._pieces[key]

    def chunk(self, start: int, end: int, m: Mention) -> tuple[int, int]:
        """The piece of ``[start, end)`` of about ``_CHUNK`` characters that holds ``m``:
        the span is cut once, at spaces outside mentions, so mentions share chunks."""
        key = (start, end)
        if key not in self._chunks:
            lo = bisect.bisect_left(self.starts, start)
            hi = bisect.bisect_left(self.starts, end)
            inside = self.mentions[lo:hi]
            chunks, s, i = [], start, 0
            for sp in _SPACE.finditer(self.text, start, end):
                while i < len(inside) and inside[i].end <= sp.start():
                    i += 1
                if i < len(inside) and inside[i].start < sp.end():
                    continue  # a space inside a mention
                if sp.start() - s >= _CHUNK:
                    chunks.append((s, sp.start()))
                    s = sp.end()
            chunks.append((s, end))
            self._chunks[key] = (chunks, [a for a, _ in chunks])
        chunks, starts = self._chunks[key]
        k = max(0, bisect.bisect_right(starts, m.start) - 1)
        return chunks[k]


_SPACE = re.compile(r"\s+")


def _bounded(spans: _Spans, qs: int, qe: int, m: Mention) -> tuple[int, int]:
    if qe - qs <= _MAX_DRAFT_QUOTE:
        return qs, qe
    return spans.chunk(qs, qe, m)


def _quote_span(spans: _Spans, sent: Sentence, m: Mention) -> tuple[int, int]:
    """The sentence, or for a long sentence the clause(s) around the mention."""
    if sent.end - sent.start <= 160:
        return sent.start, sent.end
    pieces, starts = spans.pieces(sent)
    k = bisect.bisect_right(starts, m.start) - 1
    # the first piece holding the mention (a <= m.start and m.end <= b + 1)
    while k > 0 and pieces[k - 1][0] <= m.start and m.end <= pieces[k - 1][1] + 1:
        k -= 1
    if k < 0 or not (pieces[k][0] <= m.start and m.end <= pieces[k][1] + 1):
        return _bounded(spans, sent.start, sent.end, m)
    lo = hi = k
    while pieces[hi][1] - pieces[lo][0] < 60 and (lo > 0 or hi < len(pieces) - 1):
        if lo > 0:
            lo -= 1
        if pieces[hi][1] - pieces[lo][0] < 60 and hi < len(pieces) - 1:
            hi += 1
    return _bounded(spans, pieces[lo][0], pieces[hi][1], m)


def _quote(text: str, start: int, end: int) -> str:
    return re.sub(r"\s+", " ", text[start:end]).strip()


class _Reader:
    """Quotes of a document and their re-scanned mentions, each made once: mentions of one
    sentence share its quote, so re-scanning it per mention would be quadratic."""

    def __init__(self, text: str, language: str = "en") -> None:
        self.text = text
        self.language = language
        self._quotes: dict[tuple[int, int], str] = {}
        self._mentions: dict[str, list[Mention]] = {}

    def quote(self, start: int, end: int) -> str:
        key = (start, end)
        if key not in self._quotes:
            self._quotes[key] = _quote(self.text, start, end)
        return self._quotes[key]

    def states(self, quote: str, value: Any, published: datetime.date | None) -> bool:
        """Whether re-scanning ``quote`` finds ``value`` the way grounding will."""
        if quote not in self._mentions:
            self._mentions[quote] = find_mentions(quote, language=self.language)
        return value_in_mentions(value, self._mentions[quote], published) is not None


# --- weekdays ---------------------------------------------------------------------------------

_WEEKDAY_SKIP_PREFIX = _words("next this past")
_WEEKDAY_SKIP_BEFORE = re.compile(r"\b(?:coming|following|until|till)\s+$", re.IGNORECASE)
_FUTURE_CUE = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due|scheduled|set|expected|to)|"
    r"plans?\s+to|planned\s+to|intends?\s+to|next)\b",
    re.IGNORECASE,
)


def _weekday_date(m: Mention, published: datetime.date | None) -> datetime.date | None:
    """The date a weekday mention names, by grounding's rule, or None."""
    if published is None or m.weekday is None:
        return None
    first = m.text.split()[0].lower()
    if first in _WEEKDAY_SKIP_PREFIX:
        return None
    lo, hi = (1, 7) if first == "last" else (0, 6)
    for ago in range(lo, hi + 1):
        day = published - datetime.timedelta(days=ago)
        if day.weekday() == m.weekday:
            return day
    return None  # unreachable: seven consecutive days hold every weekday


def _weekday_ok(text: str, sent: Sentence, m: Mention,
                cues: dict[tuple[int, int], re.Match | None] | None = None) -> bool:
    """Whether a weekday plainly refers to a day up to publication (not a future one).

    ``cues`` remembers each sentence's first future cue, so many weekdays in one sentence
    do not each search it from its start."""
    if _WEEKDAY_SKIP_BEFORE.search(text, max(sent.start, m.start - 20), m.start):
        return False
    if cues is None:
        return _FUTURE_CUE.search(text, sent.start, m.start) is None
    key = (sent.start, sent.end)
    if key not in cues:
        cues[key] = _FUTURE_CUE.search(text, sent.start, sent.end)
    first = cues[key]
    if first is None or first.start() >= m.start:
        return True  # no cue starts before the weekday
    if first.end() <= m.start:
        return False
    return _FUTURE_CUE.search(text, sent.start, m.start) is None  # a cue runs into it


_PUBLISHED = re.compile(
    r"\b(?:date|published|updated|posted)\b[:\s]+(\d{4}-\d\d-\d\d)\b", re.IGNORECASE
)


@dataclass
class Draft:
    """The drafted facts with the mention and sentence each was read from."""

    facts: dict[str, dict[str, Any]] = field(default_factory=dict)
    mention_of: dict[str, Mention] = field(default_factory=dict)
    sentence_of: dict[str, Sentence] = field(default_factory=dict)


def extract(document_path: pathlib.Path, root: pathlib.Path
            ) -> tuple[dict[str, Any], Draft, str]:
    """The drafted sheet's data without checks, the draft behind it, and the text."""
    document_path = pathlib.Path(document_path)
    size = document_path.stat().st_size
    if size > MAX_DRAFT_BYTES:
        raise SheetError("too-large", f"document `{document_path}` is {size:,} bytes; draft "
                         f"takes at most {MAX_DRAFT_BYTES:,} (its sheet would pass the "
                         f"{MAX_SHEET_BYTES:,}-byte sheet limit): draft a part of it")
    text = document_path.read_text(encoding="utf-8")
    try:
        rel = document_path.resolve().relative_to(pathlib.Path(root).resolve()).as_posix()
    except ValueError:
        rel = pathlib.Path(os.path.relpath(document_path.resolve(), root)).as_posix()
    data: dict[str, Any] = {"document": rel}

    published_at: tuple[int, int] | None = None
    published: datetime.date | None = None
    pm = _PUBLISHED.search(text, 0, 300)
    if pm:
        try:
            published = datetime.date.fromisoformat(pm.group(1))
            data["published"] = published
            published_at = pm.span(1)
        except ValueError:
            pass

    language = detect(text)
    if language != "en":
        data["language"] = language
    aliases = Aliases(None, language)
    mentions = find_mentions(text, language=language)
    sentences = split_sentences(text)

    # attribution per sentence; pronouns inherit the previous speaker of the paragraph
    speakers: list[str | None] = []
    for i, s in enumerate(sentences):
        sentence = text[s.start : s.end]
        who = speaker(sentence) if language == "en" else foreign_speaker(sentence, language)
        if who in PRONOUNS:
            prev = speakers[i - 1] if i and sentences[i - 1].para == s.para else None
            who = prev
        speakers.append(who)
    names = {n for n in speakers if n}
    surname_of = {n.split()[-1]: n for n in sorted(names, key=len) if len(n.split()) > 1}
    source_ids: dict[str, str] = {}
    sources: dict[str, dict[str, str]] = {}
    next_source_n: dict[str, int] = {}

    def source_for(name: str | None) -> str | None:
        if name is None or not any(c.isalpha() for c in name):
            return None  # "45%" is no one's name
        if len(name.split()) == 1 and name in surname_of:
            name = surname_of[name]
        if name not in source_ids:
            sid = base = _source_id(name)
            if sid in sources:  # a new name: the first free suffix (see fact ids)
                n = next_source_n.get(base, 2)
                sid = f"{base}_{n}"
                while sid in sources:
                    n += 1
                    sid = f"{base}_{n}"
                next_source_n[base] = n + 1
            source_ids[name] = sid
        sid = source_ids[name]
        sources.setdefault(sid, {"name": name})
        return sid

    d = Draft()
    spans, reader = _Spans(text, mentions), _Reader(text, language)
    cues: dict[tuple[int, int], re.Match | None] = {}
    next_n: dict[str, int] = {}  # the next suffix to try for a repeated fact id
    after_dateline = None
    if published_at:
        after_dateline = published_at[1]
        while after_dateline < len(text) and text[after_dateline].isspace():
            after_dateline += 1
    si = 0
    for m in mentions:
        if m.kind not in _DRAFT_KINDS:
            continue
        if pm and published_at and m.start <= published_at[0] < m.end:
            # the dateline itself: quoted alone ("date 2025-04-26")
            quote = _quote(text, pm.start(), pm.end())
            if m.date == published and reader.states(quote, published, published):
                d.facts["dateline"] = {"value": published, "quote": quote}
                d.mention_of["dateline"] = m
                d.sentence_of["dateline"] = Sentence(pm.start(), pm.end(), 0)
            continue
        while si < len(sentences) and sentences[si].end <= m.start:
            si += 1
        if si >= len(sentences) or not sentences[si].start <= m.start:
            continue
        sent = sentences[si]
        if m.end > sent.end:
            continue
        value = _value(m, published)
        if value is None or (m.kind == "weekday" and not _weekday_ok(text, sent, m, cues)):
            continue
        if published_at and sent.start <= published_at[0] < published_at[1] <= m.start:
            # the dateline is metadata: start the quote after it
            assert after_dateline is not None
            sent = Sentence(min(after_dateline, m.start), sent.end, sent.para)
        qs, qe = _quote_span(spans, sent, m)
        quote = reader.quote(qs, qe)
        if not reader.states(quote, value, published):
            if sent.end - sent.start > _MAX_DRAFT_QUOTE:
                continue
            quote = reader.quote(sent.start, sent.end)
            if not reader.states(quote, value, published):
                continue
        fid = base = _fact_id(text, sent, m, value)
        if fid in d.facts:
            # the first free suffix, as counting up from 2 finds it: ids are only added,
            # so the search resumes where the last one for this base stopped
            n = next_n.get(base, 2)
            fid = f"{base}_{n}"
            while fid in d.facts:
                n += 1
                fid = f"{base}_{n}"
            next_n[base] = n + 1
        fact: dict[str, Any] = {"value": value}
        unit = _fact_unit(m) if language == "en" else aliases.unit_of(m.unit or "")
        if unit:
            fact["unit"] = unit
        meaning = _meaning(m)
        if meaning in ("exact", "rounded") and language != "en":
            meaning = hedge_before(text, m.start, language) or meaning  # "más de 4.900"
        if meaning:
            fact["meaning"] = meaning
        sid = source_for(speakers[si])
        if sid:
            fact["source"] = sid
        fact["quote"] = quote
        d.facts[fid] = fact
        d.mention_of[fid] = m
        d.sentence_of[fid] = sent

    data["sources"] = dict(sorted(sources.items()))
    data["facts"] = d.facts
    return data, d, text


