"""Sentences and attribution clauses of news text: one implementation for drafting
sheets and for grounding who said what.

:func:`sentences` splits a text into sentences (abbreviations such as "Gov." and
"U.S." do not end one); :func:`speaker` finds the attributed speaker of a sentence
("Ukraine's air force said" -> "Ukraine's air force"), a pronoun ("he said" -> "he"),
or None.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# --- sentences --------------------------------------------------------------------------------

_ABBREV = _words(
    "gov gen sen rep lt col maj capt sgt dr mr mrs ms st jr sr no mt prof rev adm cmdr gov "
    "jan feb mar apr jun jul aug sep sept oct nov dec vs etc inc corp co ltd dept"
)
# A sentence ends at . ! ? before a capital or digit, and at a line break (headlines,
# datelines and the bullets of a factbox carry no full stop).
_BOUNDARY = re.compile(
    r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018\u201e\u201a\u00ab(\[]?[A-Z0-9\u00c0-\u00de"
    r"\u0141\u015a\u0179\u017b\u0400-\u042f\u0621-\u064a])"
    r"|[\u0964\u0965\u3002\uff01\uff1f]\s*|\n")
# also before a German opening quote („Die ...), a capital with a diacritic ("É", "Ł"),
# a Cyrillic capital or an Arabic
# letter; the Devanagari danda, the Chinese and Japanese full stop; a line break
_BOUNDARY_WRAPPED = re.compile(_BOUNDARY.pattern.removesuffix("|\\n"))
_PARAGRAPH = re.compile(r"\n\s*\n")
_LAST_WORD = re.compile(r"((?:[^\W\d_]|\.)+)$")  # "año." ends a sentence; "U.S." does not
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
# A break between two lines of text; the line before ends with neither sentence nor
# clause punctuation nor a closing quote (a candidate for a wrapped line).
_END_MARKS = "!?:\"'\u201c\u201d\u2019\u00bb\u00ab\u2026\u3002\uff01\uff1f\u0964"
_LINE_BREAK = re.compile(rf"(?<=[^\s.;{_END_MARKS}])[ \t]*\n[ \t]*(?!\d+[.)]\s)(?P<next>\S)")
_BREAK = re.compile(r"[ \t]*\n\s*")
_ENDS_LINE = re.compile(rf"[.{_END_MARKS}]\s*$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    para: int


def sentences(text: str, line_breaks: bool = True) -> list[Sentence]:
    """Sentences of ``text`` with their offsets and paragraph numbers.

    With ``line_breaks`` off, a single line break does not end a sentence (hard-wrapped
    copy); a blank line (a paragraph break) always does."""
    out: list[Sentence] = []
    for para, start, end in _spans(text, line_breaks):
        out.append(Sentence(start, end, para))
    return [x for x in (_trim(text, s) for s in out) if x.end > x.start]


def sentence_starts(text: str, line_breaks: bool = True) -> list[int]:
    """Offsets where a sentence or paragraph of ``text`` begins after a boundary (0
    excluded): just past the boundary's whitespace, so a text that ends in a boundary
    ends with an empty sentence."""
    return [start for _, start, _ in _spans(text, line_breaks) if start]


def _spans(text: str, line_breaks: bool):
    """(paragraph, start, end) of each sentence, untrimmed, in order; linear in
    ``text`` (each boundary looks back at most 40 characters)."""
    boundary = _BOUNDARY if line_breaks else _BOUNDARY_WRAPPED
    breaks = [*_PARAGRAPH.finditer(text)]
    bounds = zip([0] + [m.end() for m in breaks], [m.start() for m in breaks] + [len(text)],
                 strict=True)
    for para, (cstart, pos) in enumerate(bounds):
        s = cstart
        for b in boundary.finditer(text, cstart, pos):
            if not _ends_sentence(text, b, s):
                continue
            end = b.end()
            yield para, s, end
            s = end
        if s < pos or cstart == pos:
            yield para, s, pos


def _ends_sentence(text: str, b: re.Match[str], s: int) -> bool:
    """Whether boundary ``b`` (in a sentence starting at ``s``) ends it: not after an
    abbreviation or an initial. ``s`` never splits the word before ``b`` (a sentence
    starts after whitespace, a danda, an ideographic stop or a line break), so it
    changes no answer."""
    word = _LAST_WORD.search(text, max(s, b.start() - 40), b.start())
    w = word.group(1) if word else ""
    bare = w.rstrip(".").split(".")[-1].lower()
    full_stop = b.group().strip() not in ("", "\u0964", "\u0965", "\u3002", "\uff01",
                                          "\uff1f")
    return not (full_stop and (bare in _ABBREV or len(bare) == 1 or _INITIALS.fullmatch(w)))


def starts_after(text: str, pos: int, line_breaks: bool = True) -> bool:
    """Whether a sentence of ``text`` starts after offset ``pos``, a word character's:
    ``sentence_starts(text, line_breaks)[-1] > pos`` (False when there is none), reading
    only from ``pos`` on. No boundary or paragraph break holds a word character, and
    each boundary is judged by the 40 characters before it, so those after ``pos`` are
    the ones :func:`sentence_starts` finds there."""
    cstart = 0
    for m in _PARAGRAPH.finditer(text):
        if m.start() > pos:
            return True  # a later paragraph starts after pos
        cstart = m.end()
    boundary = _BOUNDARY if line_breaks else _BOUNDARY_WRAPPED
    return any(b.end() < len(text) and _ends_sentence(text, b, cstart)  # one at the very
               for b in boundary.finditer(text, pos))  # end starts no sentence


def _trim(text: str, s: Sentence) -> Sentence:
    start, end = s.start, s.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, s.para)


def hard_wrapped(text: str) -> bool:
    """Whether ``text`` is hard-wrapped copy: lines broken every few words mid-sentence
    (a line of three words or more without a full stop, colon or closing quote, and the
    next one going on in lower case, with a digit or an opening bracket), at least four
    such breaks and a third of all breaks between two lines of text. Headlines,
    datelines, lists and table cells break lines too, but they are short, the next line
    starts with a capital, a bullet or an item number ("2. "), or a blank line comes
    between. Linear: each line is read once."""
    breaks = wraps = 0
    for m in _LINE_BREAK.finditer(text):
        breaks += 1
        line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        wraps += len(line.split()) >= 3 and (
            m["next"][0].islower() or m["next"][0].isdigit() or m["next"] == "(")
    return wraps >= 4 and 3 * wraps >= breaks


def wrapped_breaks(text: str) -> list[tuple[int, int]]:
    """The line breaks of hard-wrapped ``text`` that end a paragraph (after a full stop,
    "!", "?", a colon or a closing quote, or a blank line), as (start, end) spans of the
    break and the indentation after it; the others continue the sentence."""
    return [m.span() for m in _BREAK.finditer(text)
            if _ENDS_LINE.search(text, max(m.start() - 2, 0), m.start()) or "\n" in m.group()[1:]]


# --- sources ----------------------------------------------------------------------------------

_VERB = re.compile(
    r"\b(?:said|says|wrote|writes|told|reported|reports|confirmed|announced|stated|claimed|"
    r"claims|reporting|expects|expected|predicts|predicted|forecasts|shows|showed|estimates|estimated|warned|warns|noted|notes|cited|quoted|"
    r"added|explained|explains|stressed|[Aa]ccording\s+to|[Aa]s\s+per|[Cc]iting)\b"
)
# "according to X", "as per X", "citing X": every word up to the clause's end names X
# ("According to the Uttar Pradesh chief electoral officer's office, ...")
_NAMING = re.compile(r"[Aa]ccording\s+to|[Aa]s\s+per|[Cc]iting")
_NAMING_WORDS = 8
# "according to a report released by X", "according to data from X": X speaks
_DOCUMENT_OF = re.compile(
    r"\s+(?:(?:a|an|the|its|their|new|latest|official)\s+)*(?:report|statement|data|figures|"
    r"estimates?|survey|bulletin|release|forecast|poll|count|tally|review|study)\s+"
    r"(?:(?:released|published|issued|compiled|conducted|carried\s+out)\s+)?(?:by|from|of)"
    r"(?=\s)", re.I)
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019.-]*|[^\sA-Za-z]")
_ROLES = _words(
    """air force forces ministry defense defence spokesperson spokesman spokeswoman officials
    official governor president presidential minister general staff office police military
    army navy agency service services local regional state news outlet command chief head
    mayor administration council authorities authority prosecutor prosecutors emergency
    emergencies rescue civil protection department committee government commander director
    intelligence border guard guards operator company"""
)
# words between a speaker and its verb: "Ford today said", "Abbott has reported", "the
# ministry on Monday said", "EMSC is reporting"
_SKIP_BEFORE_VERB = _words("also all later earlier previously again separately then now today "
                           "yesterday tonight has have had on monday tuesday wednesday "
                           "thursday friday saturday sunday")
_BE = _words("is are was were")  # before "reporting" only: "was reported" is a passive
PRONOUNS = _words("he she it they we")
_TITLES = _words("gov gov. gen gen. sen sen. rep rep. lt lt. col col. dr dr. mr mr. ms ms. "
                    "mrs mrs. president governor")


def _name_ok(tok: str) -> bool:
    return tok[0].isupper() or tok.lower() in _ROLES or tok.endswith(("'s", "\u2019s"))


def _tokens_from(sentence: str, tokens: list[tuple[int, int, str]], starts: list[int],
                 pos: int):
    """The tokens of ``sentence[pos:]``, as ``_TOKEN.findall`` gives them, from the
    sentence's own tokens: a token cut at ``pos`` is tokenised afresh up to its end (the
    two tokenisations agree after it)."""
    a = bisect.bisect_left(starts, pos)
    if a and tokens[a - 1][1] > pos:
        for m in _TOKEN.finditer(sentence, pos, tokens[a - 1][1]):
            yield m.group()
    for i in range(a, len(tokens)):
        yield tokens[i][2]


def _phrase_after(sentence: str, tokens: list[tuple[int, int, str]], starts: list[int],
                  v: re.Match[str]) -> list[str]:
    """The name after an attribution verb: "said Lynne Tolmachoff", "according to the
    US Navy's ...", "according to a report released by X"."""
    phrase: list[str] = []
    first = True
    naming = _NAMING.fullmatch(v.group()) is not None
    doc = _DOCUMENT_OF.match(sentence, v.end()) if naming else None
    for t in _tokens_from(sentence, tokens, starts, doc.end() if doc else v.end()):
        if first and t.lower() == "the":  # "according to the US Navy's ..."
            first = False
            continue
        if naming and phrase and t[0].isalpha() and len(phrase) < _NAMING_WORDS:
            phrase.append(t.rstrip("."))  # "the chief electoral officer's office"
            if t.endswith(".") and t.lower() not in _TITLES:
                break  # the sentence's end
            continue
        first = False
        if not (_name_ok(t.rstrip(".") or t) and t[0] not in "\"'\u201c\u2018"):
            break
        phrase.append(t)
        if t.endswith(".") and t.lower() not in _TITLES:
            break  # "..., said the ministry."
    return phrase


_QUOTE_MARKS = re.compile("[\"\u201c\u201d]")


def _quoted(sentence: str) -> list[tuple[int, int]]:
    """(opening, closing) offsets of the quotations of ``sentence`` ("...", “...”)."""
    out, opened = [], None
    for m in _QUOTE_MARKS.finditer(sentence):
        if opened is None and m.group() in "\"\u201c":
            opened = m.start()
        elif opened is not None and m.group() in "\"\u201d":
            out.append((opened, m.start()))
            opened = None
    return out


def speaker(sentence: str) -> str | None:
    """The attributed speaker of a sentence, a pronoun, or None.

    The sentence is tokenised once; each attribution verb looks at the tokens just before
    and after it by index (never re-tokenising the sentence), so a sentence of many verbs
    ("said said ...") is read in linear time."""
    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(sentence)]
    starts = [t[0] for t in tokens]
    quoted = _quoted(sentence)
    for v in _VERB.finditer(sentence):
        q = bisect.bisect_right(quoted, (v.start(), len(sentence))) - 1
        if q >= 0 and quoted[q][0] < v.start() < quoted[q][1]:
            continue  # the quotation's own words ("Preliminary reports indicate ...")
        # the tokens of sentence[:v.start()]: the whole tokens before the verb, the last
        # one cut at the verb if it runs into it
        k = bisect.bisect_left(starts, v.start())
        cut = None
        if k and tokens[k - 1][1] > v.start():
            cut = _TOKEN.match(sentence, tokens[k - 1][0], v.start()).group()  # type: ignore

        def tok(i: int, k: int = k, cut: str | None = cut) -> str:
            return cut if cut is not None and i == k - 1 else tokens[i][2]

        i = k  # before = tokens[:i]
        while i and (tok(i - 1).lower() in _SKIP_BEFORE_VERB or (
                v.group() == "reporting" and tok(i - 1).lower() in _BE)):
            i -= 1
        if i and tok(i - 1).lower() in PRONOUNS:
            return tok(i - 1).lower()
        # "..., to leave their homes, said Lynne Tolmachoff": the name after the verb
        inverted = _phrase_after(sentence, tokens, starts, v) if i and tok(i - 1) in (
            ",", "\"", "\u201d") and v.group() not in ("told", "tells") else []
        if not inverted and i and tok(i - 1) == ",":  # "Wang Yongbo, a local official, told"
            c = next((x for x in range(i - 2, max(i - 20, 0) - 1, -1) if tok(x) == ","), None)
            if c is not None and c > 0 and _name_ok(tok(c - 1)):
                i = c
            elif c is None and i > 1 and tok(i - 2)[0].isupper():
                i -= 1  # a stray comma: "The UN refugee commissioner Filippo Grandi, said"
        j = i  # phrase = tokens[j:i]
        while not inverted and j and _name_ok(tok(j - 1)) and not (
                j == 1 and tok(0).lower() in ("in", "the", "a")):
            j -= 1
        phrase = inverted or [tok(x) for x in range(j, i)]
        if phrase and not inverted and j and tok(j - 1).lower() == "and":
            continue  # "Ukraine, the U.S. and South Korea all said": several sources
        if not phrase:
            phrase = _phrase_after(sentence, tokens, starts, v)
        if phrase and phrase[-1].endswith(".") and phrase[-1].lower() not in _TITLES:
            phrase[-1] = phrase[-1].rstrip(".")
        if any(p[0].isupper() for p in phrase):
            while phrase and phrase[0].lower() in ("local", "regional", "the"):
                phrase.pop(0)
        if phrase and any(p[0].isupper() or p.lower() in _ROLES for p in phrase):
            return " ".join(phrase).replace("\u2019", "'")
    return None
