"""Attribution: does the document credit a fact's words to the source the sheet names?

The attribution clause of a wire story ("the air force said", "according to TASS",
"Peskov told Interfax"; in other languages "meldt de politie", "según el ministerio",
"ujar Sutopo", "질병관리청은 ... 밝혔다") may stand in the quote's sentence, elsewhere in its
paragraph or, for a continued statement ("It said 28 drones ..."), in the paragraph
before; a credit line ("(Ministry of Health, March 12, 2007)") covers the whole text. The
source is *named* there when its name, one of its declared ``aliases`` or a
distinctive part of its name (a surname, "air force", "defence ministry") is written.
A sentence with no clause of its own is the words of the speaker named at the close of
the quotation it belongs to, or of the last speaker of its paragraph ("Soylu said 40
miners died. Eleven were injured ..."); a source named only by a word of another
source's longer name ("Fire officials" in "Cal Fire said") is not the one named.

PASS  source `ua_air_force` (name "Ukraine's air force"), paragraph "..., the air force
      said. Sixty-six drones were destroyed"
FAIL  the same quote credited to `ru_mod` ("Russia's defense ministry"): no form of
      its name in the paragraph or the one before
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

from factcheck.api.model import Source
from factcheck.text.clauses import pronoun_speaks, speakers
from factcheck.text.languages import WORD, lemma_function
from factcheck.text.locales import GLUED
from factcheck.text.sentences import (
    PRONOUNS,
    SAYS,
    hard_wrapped,
    sentences,
    speaker,
    wrapped_breaks,
)

_PARAGRAPH = re.compile(r"\n\s*\n")
_LINE = re.compile(r"\n\s*")
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_TOKEN = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")
# Words that name nothing on their own ("the", "Ukraine's", "spokesperson").
_WEAK = frozenset("""
    the a an of for and in on at to by from with de la le al el von van der
    s said says official officials spokesperson spokesman spokeswoman office press service
    state national federal local regional central chief head deputy senior acting former
    president presidential minister ministers general gen gov governor mayor mr mrs ms dr
    news agency outlet reporter reporters media statement report
    ukraine ukrainian russia russian us u.s united states american
    india indian china chinese uk british britain israel israeli iran iranian
""".split())  # noqa: SIM905
# British and American spellings name the same office.
_SPELLING = {"defence": "defense", "programme": "program", "organisation": "organization"}
# An attribution clause: the paragraph that introduces a statement, list or table.
# A noun names a statement only with its source or its verb: "data from the PBS", "figures
# released by", "the statement said"; not "the highest since data is available".
_CUE = re.compile(r"\b(?:said|says|say|told|tells|according to|stated|states|reported|reports|"
                  r"announced|wrote|writes|added|confirmed|claimed|showed|shows|"
                  r"(?:data|figures|statement|bulletin|report)\s+(?:(?:released|published|"
                  r"issued|compiled)\s+by|(?:from|by|of)\s+(?:the\s+)?(?-i:[A-Z])|showed|"
                  r"shows|show|said|says)|"
                  r"(?:a|latest|official|new)\s+(?:statement|bulletin|report))\b",
                  re.I)
# "It said ...", "It was reported ...", "the bureau also says", "As the report says": a
# statement continued, its speaker named before.
_CONTINUED = re.compile(r"\b(?:it|he|she|they|we|was|were|been|is|are|(?:the|its|their)\s+"
                        r"(?:report|bureau|agency|ministry|department|office|service|survey|"
                        r"study|release|bulletin|statement|data|figures|authority|institute))"
                        r"\s+(?:also\s+)?"
                        r"(?:said|says|say|told|reported|added|wrote|stated|announced|confirmed|"
                        r"claimed|showed|shows|added|noted)\b", re.I)
MAX_PARAGRAPHS_BACK = 20
_CELL_CHARS = 40  # a table cell flattened to a paragraph: "Socialdemokratiet", "924.940"
_SENTENCE_END = re.compile(r"[.!?]\s+\S")
# A credit line: a paragraph of its own that names the source of the whole text,
# "(Ministry of Health, March 12, 2007)", "Source: Rosstat", "Quelle: dpa".
_CREDIT = re.compile(r"\((?P<a>[^()\n]{3,120})\)\.?|(?:sources?|quelle|fuente|fonte|"
                     r"źródło|bron|sumber|출처|来源|出典)\s*[:：]\s*(?P<b>[^\n]{3,120})", re.I)
# Another outlet's report: "..., the Honolulu Star-Advertiser reported", "according to CBS".
_REPORTED = re.compile(r",\s+[^,]{2,60}\s(?:reported|reports)\b|\baccording to\b", re.I)
_CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas|but|and|although)\s+|;\s+"
                           # "X said Thursday as the release of public accounts showed ..."
                           r"|\s(?:as|after|when)\s+(?=[^,.;]{0,60}?\s(?:showed|shows|"
                           r"revealed|reveals|indicated|indicates)\b)")


def _introduces(paragraph: str, lang: str = "en") -> bool:
    """Has an attribution clause that is not a pronoun's or a passive's continuation
    (in another language: one of its clauses, "Türkiye İstatistik Kurumu verilerine
    göre")."""
    if lang != "en":  # English cue words are other languages' words ("data" in Indonesian)
        return bool(speakers(paragraph, lang))
    continued = [m.span() for m in _CONTINUED.finditer(paragraph)]
    return any(not any(s <= m.start() < e for s, e in continued)
               for m in _CUE.finditer(paragraph))
# Sources that are the outlet itself: their words need no attribution clause, but a
# clause naming someone else ("..., the Star-Advertiser reported", "he said") is not theirs.
OUTLET_KINDS = frozenset({"outlet", "reporter", "newsroom", "editorial"})


# Articles and prepositions elided onto the next word: "l'Insee", "dell'Istat", "d'Ukraine"
_ELIDED = frozenset({"l", "d", "dell", "dall", "nell", "sull", "all", "coll", "quell", "un",
                     "qu", "j", "s", "c", "n", "m", "t"})
_APOSTROPHE = re.compile(r"['\u2019\u02bc]")


def _unelided(word: str) -> str:
    """``word`` without an elided article before it ("dell'istat" -> "istat")."""
    parts = _APOSTROPHE.split(word, maxsplit=1)
    return parts[1] if len(parts) == 2 and parts[0] in _ELIDED and parts[1] else word


@functools.lru_cache(maxsize=8192)
def _norm(text: str, lang: str = "en") -> str:
    """``text`` normalised for comparing names (remembered: a source's name and a quote are
    normalised again for every fact and every source otherwise)."""
    if lang in ("uk", "ru"):  # "Повітряних силах" names "Повітряні сили"
        lemma = lemma_function(lang)
        return " ".join(lemma(w) for w in WORD.findall(text))
    if lang != "en":
        return " ".join(_unelided(w.lower()) for w in WORD.findall(text))
    words = _TOKEN.findall(_POSSESSIVE.sub("", text.lower().replace("\u2019", "'")))
    return " ".join(_SPELLING.get(w, w) for w in words)


@functools.lru_cache(maxsize=4096)
def _forms(name: str, aliases: tuple[str, ...], lang: str = "en") -> tuple[str, ...]:
    """Normalised phrases that name a source: its name, aliases, the strong words of its
    name (a surname, "air force") and adjacent pairs of them ("defense ministry"). In
    other languages: the name, aliases, adjacent pairs and acronyms ("ЗСУ")."""
    own = {_norm(name, lang), *(_norm(a, lang) for a in aliases)} - {""}
    if lang != "en":
        words = _norm(name, lang).split()
        acronyms = {_norm(w, lang) for w in WORD.findall(name) if w.isupper() and len(w) > 1}
        pairs = {f"{a} {b}" for a, b in zip(words, words[1:], strict=False)}
        return tuple(sorted(own | acronyms | pairs))
    words = [w for w in _norm(name).split() if w != "the"]
    proper = {_norm(w) for w in _TOKEN.findall(name) if w[:1].isupper() or w.isupper()}
    # alone, only a proper name names a source ("Peskov", "AFAD"); "health" or "budget"
    # name nothing by themselves, and figures ("2024-25") never do
    strong = [w for w in words if w not in _WEAK and len(w) > 2 and w in proper
              and not any(c.isdigit() for c in w)]
    head = [w for w in _norm(re.sub(r"\([^)]*\)|,.*", "", name)).split() if w != "the"]
    forms = set(strong)
    forms.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False)
                 if a not in _WEAK or b not in _WEAK)
    own.add(" ".join(head))  # the name without its gloss: "Ukraine (Ukrainian officials)"
    if len(head) >= 2:
        forms.add(" ".join(head[-2:]))  # the head of the name: "local officials"
    # "Ministry of Defense" and "defense ministry" are the same office
    if "ministry" in words and len(strong) >= 2:
        forms.update(f"{w} ministry" for w in strong if w != "ministry")
        forms.update(f"ministry of {w}" for w in strong if w != "ministry")
    return tuple(sorted(own | {f for f in forms if f and f not in _WEAK}))


class Paragraphs:
    """Paragraphs and sentences of a document, found once: each lookup is a binary search."""

    def __init__(self, document: str) -> None:
        self.document = document
        # hard-wrapped copy: a line break that ends no sentence continues it
        wrapped = hard_wrapped(document)
        self.sentences = sentences(document, line_breaks=not wrapped)
        self._sentence_starts = [s.start for s in self.sentences]
        self._speakers: dict[int, str | None] = {}
        self._last: dict[tuple[str, int], int | None] = {}  # last sentence naming a speaker
        self._named_at: dict[tuple[str, int], str] = {}  # and the speaker it names
        self._quotations: dict[int, list[tuple[int, int]]] = {}  # per paragraph
        self._naming: dict[tuple[object, int], int | None] = {}  # see last_naming
        #: answers that depend only on a context span (and the sources asked about):
        #: facts of one paragraph share them, so a long paragraph is read once, not per fact
        self.memo: dict[tuple, object] = {}
        self.starts = [0]
        self.ends = []
        # text scraped with single line breaks has no blank lines: each line is a
        # paragraph, unless the lines are hard-wrapped (then each line that ends a sentence)
        if len(_PARAGRAPH.findall(document)) >= 2:
            breaks = [m.span() for m in _PARAGRAPH.finditer(document)]
        else:
            breaks = wrapped_breaks(document) if wrapped else [
                m.span() for m in _LINE.finditer(document)]
        for a, b in breaks:
            self.ends.append(a)
            self.starts.append(b)
        self.ends.append(len(document))
        self._table_intro = _table_intros([document[a:b].strip() for a, b in zip(
            self.starts, self.ends, strict=True)])
        #: the text of the document's credit lines (:data:`_CREDIT`), or ""
        self.credits = " ".join(
            m["a"] or m["b"] for m in (_CREDIT.fullmatch(document, a, b) for a, b in zip(
                self.starts, self.ends, strict=True)) if m)

    def _speaker(self, i: int) -> str | None:
        if i not in self._speakers:
            s = self.sentences[i]
            self._speakers[i] = speaker(self.document[s.start:s.end])
        return self._speakers[i]

    def speaker(self, span: tuple[int, int]) -> str | None:
        """The speaker named by the attribution clause of the quote's own sentence
        ("..., the air force said"), or None (no clause, or only "he said")."""
        if not self.sentences:
            return None
        i = max(bisect.bisect_right(self._sentence_starts, span[0]) - 1, 0)
        s = self.sentences[i]
        # "X said ..., while one other governor said ...": the clause holding the quote
        cuts = [s.start] + [m.end() for m in _CLAUSE_BREAK.finditer(self.document, s.start, s.end)]
        start = max(c for c in cuts if c <= max(span[0], s.start))
        nxt = [c for c in cuts if c > start]
        clause = self.document[start:nxt[0] if nxt else s.end]
        who = speaker(clause) if start != s.start or nxt else None
        if who is None and (start != s.start or nxt) and SAYS.search(clause):
            return None  # "The center said ..., while the administration said ...": the
            # quote's clause has a speaker of its own, though no name the reader knows
        if who is None or who in PRONOUNS:
            who = self._speaker(i)
        return who if who is not None and who not in PRONOUNS else None

    def _index(self, pos: int) -> int:
        return max(bisect.bisect_right(self._sentence_starts, pos) - 1, 0)

    def pronoun_speaks(self, span: tuple[int, int], lang: str = "en") -> bool:
        """Whether the quote's sentence is spoken by a pronoun ("He explained that ...",
        "واوضح ان ...", "sagte er") rather than a name or nobody."""
        if not self.sentences:
            return False
        s = self.sentences[self._index(span[0])]
        return pronoun_speaks(self.document[s.start:s.end], lang)

    def previous_speaker(self, span: tuple[int, int], lang: str = "en",
                         named: Callable[[str], bool] = bool) -> str | None:
        """The speaker last named before the quote's sentence, within the reach of its
        attribution (:meth:`context_span`): who a pronoun speaker refers to. In other
        languages, the last clause phrase that ``named`` accepts (names a source of the
        sheet; one sheet's sources per instance). Each sentence is read once."""
        j = self._last_named(self._index(span[0]) - 1, lang, named)
        if j is None or self.sentences[j].end <= self.context_span(span, lang)[0]:
            return None
        return self._named_at[(lang, j)]

    def carried_speaker(self, span: tuple[int, int], lang: str = "en",
                        named: Callable[[str], bool] = bool) -> tuple[str, int] | None:
        """The speaker of the last earlier sentence of the quote's own paragraph that
        names one ("Soylu said 40 miners died. Eleven were injured ..."), and that
        sentence's index: a statement goes on past its clause until another speaker is
        named. None when no earlier sentence of the paragraph names a speaker."""
        if not self.sentences:
            return None
        i = self._index(span[0])
        j = self._last_named(i - 1, lang, named)
        if j is None or self.sentences[j].start < self.starts[self._paragraph(span[0])]:
            return None
        return self._named_at[(lang, j)], j

    def last_naming(self, pos: int, key: object, names: Callable[[str], bool]) -> int | None:
        """The last sentence at or before the one holding ``pos`` whose text ``names``
        accepts; ``key`` identifies ``names`` (the sources it looks for). Each sentence is
        read once per key."""
        i = self._index(pos)
        todo = []
        while i >= 0 and (key, i) not in self._naming:
            todo.append(i)
            i -= 1
        found = self._naming[(key, i)] if i >= 0 else None
        for k in reversed(todo):
            s = self.sentences[k]
            if names(self.document[s.start:s.end]):
                found = k
            self._naming[(key, k)] = found
        return found

    def quotation_clause(self, span: tuple[int, int]) -> tuple[int, int, str, str] | None:
        """Where the speaker of the quotation holding ``span`` is named, when the quote's
        sentence is one of its words ("“Thirteen coaches derailed. The injured were
        taken to hospitals,” Kamlesh Gupta said."): the quotation's opening and closing
        offsets, the text from its closing mark to the end of that sentence, and the text
        of its opening sentence before the opening mark ("Gupta said: “..."). None
        outside a quotation closed in its paragraph. Each paragraph is read once."""
        k = self._paragraph(span[0])
        if k not in self._quotations:
            self._quotations[k] = _quotations(self.document, self.starts[k], self.ends[k])
        spans = self._quotations[k]
        i = bisect.bisect_right(spans, (span[0], len(self.document))) - 1
        if i < 0 or not spans[i][0] < span[0] <= span[1] <= spans[i][1]:
            return None
        start, end = spans[i]
        after = self.document[end + 1:self.sentences[self._index(end + 1)].end] \
            if end + 1 < self.ends[k] else ""
        before = self.document[self.sentences[self._index(start)].start:start]
        return start, end, after, before

    def _paragraph(self, pos: int) -> int:
        return max(bisect.bisect_right(self.starts, pos) - 1, 0)

    def _last_named(self, i: int, lang: str, named: Callable[[str], bool]) -> int | None:
        """The last sentence at or before ``i`` that names a speaker, remembered."""
        todo = []
        while i >= 0 and (lang, i) not in self._last:
            todo.append(i)
            i -= 1
        found = self._last[(lang, i)] if i >= 0 else None
        for k in reversed(todo):
            s = self.sentences[k]
            if lang == "en":
                who = self._speaker(k)
                who = None if who in PRONOUNS else who
            else:
                who = next((w for *_, w in reversed(speakers(
                    self.document[s.start:s.end], lang)) if named(w)), None)
            if who is not None:
                found, self._named_at[(lang, k)] = k, who
            self._last[(lang, k)] = found
        return found

    def foreign_speakers(self, span: tuple[int, int], lang: str) -> list[str]:
        """The speakers ``lang``'s attribution clauses name in the quote's sentence
        ("meldt de politie", "ujar Sutopo"), the clause nearest the quote first."""
        if not self.sentences:
            return []
        i = max(bisect.bisect_right(self._sentence_starts, span[0]) - 1, 0)
        s = self.sentences[i]
        a, b = span[0] - s.start, span[1] - s.start
        found = sorted(speakers(self.document[s.start:s.end], lang),
                       key=lambda f: max(f[0] - b, a - f[1], 0))
        return [who for _, _, who in found]

    def context(self, span: tuple[int, int]) -> str:
        start, end = self.context_span(span)
        return self.document[start:end]

    def speakers_within(self, start: int, end: int) -> list[str]:
        """Named speakers of the sentences between two offsets."""
        first = bisect.bisect_left(self._sentence_starts, start)
        last = bisect.bisect_left(self._sentence_starts, end)
        return [w for i in range(first, last)
                if (w := self._speaker(i)) is not None and w not in PRONOUNS]

    def context_span(self, span: tuple[int, int], lang: str = "en") -> tuple[int, int]:
        """Where the quote's attribution can stand: its paragraph, the ones before and
        after it, and further back up to the last paragraph with an attribution clause
        (a list or table continues the statement that introduced it)."""
        first = max(bisect.bisect_right(self.starts, span[0]) - 1, 0)
        last = max(bisect.bisect_right(self.starts, max(span[1] - 1, span[0])) - 1, first)
        begin = max(first - 1, 0)
        while begin > 0 and first - begin < MAX_PARAGRAPHS_BACK and not _introduces(
                self.document[self.starts[begin]:self.ends[begin]], lang):
            begin -= 1
        intro = self._table_intro[first]
        if intro is not None:  # a table's rows, however many: its introduction names them
            begin = min(begin, intro)
        end = min(last + 1, len(self.ends) - 1)  # "..., FAO said." may follow
        return self.starts[begin], self.ends[end]


_QUOTE_MARK = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]")
_CLOSES = {"\"": "\"", "\u201c": "\u201d", "\u201e": "\u201c\u201d", "\u00ab": "\u00bb",
           "\u00bb": "\u00ab"}


def _quotations(document: str, start: int, end: int) -> list[tuple[int, int]]:
    """(opening, closing) offsets of the quotation marks of ``document[start:end]``
    that open and close a quotation, in order: “...”, "...", „...“, «...», »...«. An
    opening mark inside an open quotation, or one never closed, starts nothing."""
    out = []
    opened: tuple[int, str] | None = None
    for m in _QUOTE_MARK.finditer(document, start, end):
        mark = m.group()
        if opened is not None and mark in _CLOSES[opened[1]]:
            out.append((opened[0], m.start()))
            opened = None
        elif opened is None and mark in _CLOSES:
            opened = (m.start(), mark)
    return out


def _is_cell(paragraph: str) -> bool:
    """A table cell or list row flattened to a paragraph: a few words, no sentence."""
    return (len(paragraph) <= _CELL_CHARS and len(paragraph.split()) <= 6
            and not _SENTENCE_END.search(paragraph))


def _table_intros(paragraphs: list[str]) -> list[int | None]:
    """For each paragraph, the paragraph ending in ":" that introduces the table it is
    a cell of ("... fordelt således:" and then "Socialdemokratiet", "924.940", "47",
    ...), or None; one pass over the document."""
    out: list[int | None] = []
    intro = None
    for k, text in enumerate(paragraphs):
        cell = _is_cell(text)
        if text.endswith((":", "\uff1a")) and not (cell and intro is not None):
            out.append(None)
            intro = k
            continue
        if not cell:
            intro = None
        out.append(intro)
    return out


def named_form(source: Source, text: str, lang: str = "en") -> str | None:
    """The first phrase of ``text`` that names ``source``, or None."""
    return _named_in(source, f" {_norm(text, lang)} ", lang)


LEAD_PARAGRAPHS = 3  # the headline, a dateline and the lead


def _lead_covers(own: list[Source], sources: dict[str, Source], paragraphs: Paragraphs,
                 span: tuple[int, int], lang: str) -> bool:
    """Whether the source is the one the document's lead names, and the quote's paragraph
    up to the end of its sentence speaks for no one else: a statistics release or a
    company's results, whose figures follow the lead paragraph after paragraph with no
    clause of their own ("Arbetslösheten
    var 6,0 procent, enligt SCB" ... "I juli var arbetslösheten 6,6 procent"). The lead is
    the first paragraphs up to the first that holds a sentence; a source of the sheet named
    there first, by its name, is the lead's."""
    key = ("lead", lang)
    if key not in paragraphs.memo:
        paragraphs.memo[key] = _lead_source(sources, paragraphs, lang)
    lead, last, taken = paragraphs.memo[key]  # type: ignore[misc]
    if lead is None or not any(s is sources.get(lead) for s in own):
        return False
    i = max(bisect.bisect_right(paragraphs.starts, span[0]) - 1, 0)
    if i <= last or (taken is not None and taken < i):
        return False  # the lead itself, or after another source took the statement over
    end = max(span[1], paragraphs.sentences[paragraphs._index(span[0])].end) \
        if paragraphs.sentences else paragraphs.ends[i]
    text = paragraphs.document[paragraphs.starts[i]:end]  # the paragraph up to the quote's
    if _introduces(text, lang):  # sentence's end: a clause there gives it a speaker
        return False
    padded = f" {_norm(text, lang)} "
    return not any(_named_in(s, padded, lang) for sid, s in sources.items()
                   if sid != lead and not own_voice(sid, sources))


def _lead_source(sources: dict[str, Source], paragraphs: Paragraphs,
                 lang: str) -> tuple[str | None, int, int | None]:
    """(the source of the sheet the document's lead names first, the lead's last
    paragraph, the first later paragraph where another source's clause takes the
    statement over), see :func:`_lead_covers`; an outlet's own name is no lead source, and
    a clause that gives a forecast ("Enligt SME Direkt väntades ...") takes nothing over."""
    text, last = [], 0
    for i, (a, b) in enumerate(zip(paragraphs.starts, paragraphs.ends, strict=True)):
        paragraph = paragraphs.document[a:b].strip()
        if paragraph:
            text.append(paragraph)
            last = i
            if _SENTENCE_END.search(paragraph + " x") or len(text) >= LEAD_PARAGRAPHS:
                break
    padded = f" {_norm(' '.join(text), lang)} "
    named = [(padded.find(f" {form} "), sid) for sid, s in sources.items()
             if not own_voice(sid, sources) and (form := _named_in(s, padded, lang))]
    named = [(at if at >= 0 else len(padded), sid) for at, sid in named]
    if not named:
        return None, last, None
    lead = min(named)[1]
    others = [s for sid, s in sources.items() if sid != lead and not own_voice(sid, sources)]
    for i in range(last + 1, len(paragraphs.starts)):
        paragraph = paragraphs.document[paragraphs.starts[i]:paragraphs.ends[i]]
        if _introduces(paragraph, lang) and not _FORECAST.search(paragraph):
            words = f" {_norm(paragraph, lang)} "
            if any(_named_in(s, words, lang) for s in others):
                return lead, last, i
    return lead, last, None


# a clause that gives what was expected, not what happened: a forecast beside a release
_FORECAST = re.compile(r"(?<!\w)(?:expect\w*|forecast\w*|predict\w*|anticipat\w*|consensus|"
                       r"poll(?:ed|s)?|väntad\w*|väntat|förvänt\w*|prognos\w*|forvent\w*|"
                       r"ventet|erwart\w*|progno\w*|prévu\w*|prévision\w*|attendu\w*|"
                       r"esperab\w*|previst\w*|previsión\w*|pronóstic\w*|attes\w*|"
                       r"ожида\w*|прогноз\w*|очіку\w*|verwacht\w*|oczekiw\w*)", re.I)


def _named_in(source: Source, padded: str, lang: str = "en") -> str | None:
    """:func:`named_form` of a text already normalised and padded with spaces."""
    glued = padded.replace(" ", "") if lang in GLUED else ""
    forms = _forms(source.name, tuple(source.aliases), lang)
    for form in forms:
        if f" {form} " in padded or (glued and form and form.replace(" ", "") in glued):
            return form  # Chinese, Japanese, Korean: "気象庁によると" names 気象庁
    if lang in CASE_ENDINGS:
        return next((f for f in forms if _declined_in(f, padded)), None)
    if lang in GENITIVE:
        return next((f for f in forms if _genitive_pattern(f, lang).search(padded)), None)
    return _back_reference(source.name, padded.strip()) if lang == "en" else None


# Languages that decline names with case endings: "Tilastokeskuksen mukaan" names
# Tilastokeskus, "potrivit Institutului" the Institutul, "της Στατιστικής Αρχής" the Αρχή.
CASE_ENDINGS = frozenset({"fi", "et", "hu", "tr", "cs", "sk", "pl", "hr", "sr", "bs", "sl",
                          "ro", "el", "lt", "lv", "is"})


# Languages that mark a name's genitive with -s: "Danmarks Statistiks opgørelse",
# "SCB:s siffror", "DR's", "des Statistischen Bundesamtes" (German adjectives decline too).
GENITIVE = frozenset({"da", "sv", "nb", "nn", "no", "de"})
_ADJECTIVE = re.compile(r"(\w{3,}?)(?:es|en|er|em|e)")


@functools.lru_cache(maxsize=4096)
def _genitive_pattern(form: str, lang: str) -> re.Pattern[str]:
    """``form`` with a genitive ending on its last word ("statistiks", "dr's"); in German
    also "-es"/"-en" on the noun and any adjective ending on the words before it
    ("statistischen bundesamtes" for "statistisches bundesamt")."""
    words = form.split()
    parts = []
    for w in words[:-1]:
        adj = _ADJECTIVE.fullmatch(w) if lang == "de" else None
        parts.append(re.escape(adj[1]) + "(?:es|en|er|em|e)" if adj else re.escape(w))
    ending = r"(?:s|es|n|en|['\u2019]s)?" if lang == "de" else r"(?:s|['\u2019]s)?"
    parts.append(re.escape(words[-1]) + ending)
    return re.compile(" " + " ".join(parts) + " ")


def _declined_in(form: str, padded: str) -> bool:
    """``form`` is written in ``padded`` with endings: each of its words of five letters
    or more begins a word of the text with all but its last two letters (shorter words
    as written), the words in order and adjacent."""
    stems = [w if len(w) < 5 else w[:-2] for w in form.split()]
    if not stems or all(len(w) < 5 for w in form.split()):
        return False  # an acronym or short word must be written as it is
    pattern = _declined_pattern(tuple(stems))
    return pattern.search(padded) is not None


@functools.lru_cache(maxsize=4096)
def _declined_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(" " + " ".join(re.escape(s) + r"\w{0,6}" for s in stems) + " ")


_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "that", "this"})


def _back_reference(name: str, normed: str) -> str | None:
    """"the military", "a health official": a determiner, then words of the name ending
    in its head noun, refer back to the source ("A Maharashtra health department
    official", "The Ukrainian military")."""
    head = _norm(re.sub(r"\([^)]*\)|,.*", "", name)).split()
    if not head or head[-1] in _DETERMINERS or len(head[-1]) < 3:
        return None
    name_words = set(head)
    words = normed.split()
    for i, w in enumerate(words):
        if w != head[-1]:
            continue
        j = i - 1
        while j >= 0 and i - j <= 3 and words[j] in name_words and words[j] not in _DETERMINERS:
            j -= 1
        if j >= 0 and words[j] in _DETERMINERS:
            return " ".join(words[j:i + 1])
    return None


def _clause_speaker(sources: dict[str, Source], paragraphs: Paragraphs,
                    span: tuple[int, int], lang: str) -> str | None:
    """The speaker the attribution clause of the quote's sentence names: in English any
    name ("..., the Honolulu Star-Advertiser reported"); in other languages the nearest
    clause that names a source of the sheet."""
    if lang == "en":
        return paragraphs.speaker(span)
    return next((w for w in paragraphs.foreign_speakers(span, lang)
                 if any(is_speaker(s, w, lang) for s in sources.values())), None)


def is_speaker(source: Source, phrase: str, lang: str = "en") -> bool:
    """The attribution clause's speaker is the source: it names it, or it is a shorter
    form of the source's name ("officials" for "Ukrainian local officials")."""
    if named_form(source, phrase, lang):
        return True
    said = set(_norm(phrase, lang).split()) - {"the", "its", "their", "his", "her", "our"}
    return bool(said) and said <= set(_norm(source.name, lang).split())


def own_voice(source_id: str, sources: dict[str, Source], outlet: str | None = None) -> bool:
    """Whether the source is the document's own voice: a reporter or newsroom, the
    sheet's only outlet, or of several outlets the one the sheet's ``outlet:`` names. A
    cited outlet ("CBS News" in a Stuff article) is a source like any other."""
    kind = (sources[source_id].kind or "").lower()
    if kind not in OUTLET_KINDS:
        return False
    outlets = [sid for sid, s in sources.items() if (s.kind or "").lower() == "outlet"]
    if kind != "outlet" or len(outlets) == 1:
        return True
    named = [sid for sid in outlets if outlet and named_form(sources[sid], outlet)]
    return source_id in named or not named  # none is the sheet's outlet: each may be


def _outnamed(own: list[Source], others: list[Source], phrase: str, lang: str) -> bool:
    """Whether the speaker ``phrase`` names the fact's source only by a word that is part
    of another source's longer name it spells ("Cal Fire said" names `Fire officials` by
    "fire", a word of Cal Fire's own name; "Abbott Laboratories" names "Robert Ford,
    Abbott chairman" by "abbott"); a title is no name ("Kremlin spokesman Dmitry Peskov"
    still names the Kremlin). A phrase made of the source's own words names it."""
    normed = _norm(phrase, lang)
    padded = f" {normed} "
    if any(set(normed.split()) <= set(_norm(s.name, lang).split()) for s in own):
        return False

    def found(s: Source) -> list[str]:
        return [f for f in _forms(s.name, tuple(s.aliases), lang) if f" {f} " in padded]

    mine = [f for s in own for f in found(s)]
    theirs = [g for s in others for g in found(s)]
    return bool(mine) and all(any(f" {f} " in f" {g} " and set(g.split()) - set(f.split())
                                  - _WEAK for g in theirs) for f in mine)


def _quotation_speaker(sources: dict[str, Source], paragraphs: Paragraphs,
                       span: tuple[int, int], lang: str) -> str | None:
    """The speaker named by the clause that closes (or opens) the quotation holding the
    quote, when it names a source of the sheet; None for a pronoun or no clause."""
    found = paragraphs.quotation_clause(span)
    if found is None:
        return None
    start, end, after, before = found
    key = ("quotation", start, end, lang)  # the facts of one quotation share its speaker
    if key not in paragraphs.memo:
        if lang == "en":
            names = [speaker(after), speaker(before)]
        else:
            names = [w for *_, w in speakers(after, lang)] + [
                w for *_, w in reversed(speakers(before, lang))]
        paragraphs.memo[key] = next((w for w in names if w and w not in PRONOUNS and any(
            is_speaker(s, w, lang) for s in sources.values())), None)
    return paragraphs.memo[key]  # type: ignore[return-value]


def _carried_other(source_id: str, via: str | None, sources: dict[str, Source],
                   paragraphs: Paragraphs, span: tuple[int, int], lang: str) -> str | None:
    """Why a quote whose sentence has no attribution clause is not the fact's source's:
    an earlier sentence of its paragraph gives the words to another source of the sheet,
    and neither that sentence nor any after it up to the quote's names the fact's
    source."""
    own = [sources[s] for s in (source_id, via) if s in sources]
    carried = paragraphs.carried_speaker(span, lang, lambda w: any(
        is_speaker(s, w, lang) for s in sources.values()))
    if carried is None:
        return None
    said_by, j = carried
    if any(is_speaker(s, said_by, lang) for s in own):
        return None
    others = [sid for sid, s in sources.items()
              if sid not in (source_id, via) and is_speaker(s, said_by, lang)]
    if not others:
        return None
    naming = paragraphs.last_naming(span[0], ("named", source_id, via, lang), lambda text: any(
        _named_in(s, f" {_norm(text, lang)} ", lang) for s in own))
    if naming is not None and naming >= j:
        return None
    return (f"the paragraph gives these words to {said_by} (source `{others[0]}`), who "
            f"speaks until another speaker is named, not to {sources[source_id].name} "
            f"(source `{source_id}`); fix the source")


def unattributed(source_id: str | None, via: str | None, sources: dict[str, Source],
                 paragraphs: Paragraphs, span: tuple[int, int],
                 lang: str = "en", outlet: str | None = None) -> str | None:
    """Why the document does not credit the words at ``span`` to the fact's source (or to
    ``via``, who relayed it), or None.

    Where an attribution clause names a speaker, the speaker must be the source; where
    it names no source of the sheet (or there is none), the source must be named near
    the quote (:meth:`Paragraphs.context`)."""
    if source_id is None or source_id not in sources:
        return None  # no source, or an unknown one (reported by the loader)
    key = ("own-voice", source_id)
    if key not in paragraphs.memo:
        paragraphs.memo[key] = own_voice(source_id, sources, outlet)
    voice = paragraphs.memo[key]
    own = [sources[s] for s in (source_id, via) if s in sources]
    who = sources[source_id].name
    quote = paragraphs.document[span[0]:span[1]]
    rest = [s for sid, s in sources.items() if sid not in (source_id, via)]
    if any(named_form(s, quote, lang) for s in own) and not _outnamed(own, rest, quote, lang):
        return None  # "the 2.8 per cent forecast by economists polled by Reuters"
    said_by = _clause_speaker(sources, paragraphs, span, lang)
    if voice and said_by is not None and _REPORTED.search(quote) and not any(
            is_speaker(s, said_by, lang) for s in own) and named_form(
            Source(name=said_by), quote, lang):  # "..., the Star-Advertiser reported"
        return (f"the quote credits its words to {said_by}, not to {who} (source "
                f"`{source_id}`, the outlet's own voice); credit the source it names")
    pronoun = said_by is None and paragraphs.pronoun_speaks(span, lang)
    if said_by is None and not pronoun:  # a sentence of a quotation: its speaker's words
        said_by = _quotation_speaker(sources, paragraphs, span, lang)
    if pronoun:  # "He explained that ...": the person last named speaks
        said_by = paragraphs.previous_speaker(span, lang, lambda w: any(
            is_speaker(s, w, lang) for s in sources.values()))
    if said_by is not None:
        if any(is_speaker(s, said_by, lang) for s in own) and not _outnamed(
                own, rest, said_by, lang):
            return None
        key = ("speaker-of", said_by, lang)
        if key not in paragraphs.memo:  # once per speaker, not per fact
            paragraphs.memo[key] = [sid for sid, s in sources.items()
                                    if is_speaker(s, said_by, lang)]
        others = [sid for sid in paragraphs.memo[key]  # type: ignore[union-attr]
                  if sid not in (source_id, via)]
        if others and (pronoun or not voice):  # the outlet reports named clauses too
            return (f"the document attributes these words to {said_by} (source "
                    f"`{others[0]}`), not to {who} (source `{source_id}`); fix the source")
    if said_by is None and not pronoun and not voice:
        carried = _carried_other(source_id, via, sources, paragraphs, span, lang)
        if carried:
            return carried
    if voice:
        if pronoun and said_by is not None:  # the outlet does not speak through "he said"
            return (f"the document attributes these words to {said_by} (\"he said\"), not "
                    f"to {who} (source `{source_id}`, the outlet's own voice); credit "
                    f"the speaker")
        return None  # "It said ..." with no one named before: whose, the text does not say
    start, end = paragraphs.context_span(span, lang)
    key = ("named", source_id, via, start, end, lang)
    if key not in paragraphs.memo:
        text_key = ("text", start, end, lang)
        if text_key not in paragraphs.memo:
            paragraphs.memo[text_key] = f" {_norm(paragraphs.document[start:end], lang)} "
        padded = paragraphs.memo[text_key]
        paragraphs.memo[key] = any(_named_in(s, padded, lang) for s in own) or any(  # type: ignore
            is_speaker(s, w) for w in paragraphs.speakers_within(start, end) for s in own)
    if paragraphs.memo[key]:
        return None
    if paragraphs.credits and any(named_form(s, paragraphs.credits, lang) for s in own):
        return None  # "(Ministry of Health, March 12, 2007)" credits the whole text
    if _lead_covers(own, sources, paragraphs, span, lang):
        return None  # a release's figures, paragraph after paragraph, after its lead
    return (f"the quote's paragraph (and the one before) does not name {who} "
            f"(source `{source_id}`); fix the source or list the name the document uses "
            f"under the source's `aliases:`")
