"""Reference copy of text/sentences.py before issue 15 (speaker re-tokenised per verb),
kept in step with speaker()'s rules since (only the scan differs):
tests/hostile/test_scaling.py checks the linear speaker() against it on small inputs.

:func:`sentences` splits a text into sentences (abbreviations such as "Gov." and
"U.S." do not end one); :func:`speaker` finds the attributed speaker of a sentence
("Ukraine's air force said" -> "Ukraine's air force"), a pronoun ("he said" -> "he"),
or None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# the same verbs and "according to X" clauses: only the scan differs
from factcheck.text.sentences import _BE, _DOCUMENT_OF, _NAMING, _NAMING_WORDS, _VERB, _quoted


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# --- sentences --------------------------------------------------------------------------------

_ABBREV = _words(
    "gov gen sen rep lt col maj capt sgt dr mr mrs ms st jr sr no mt prof rev adm cmdr gov "
    "jan feb mar apr jun jul aug sep sept oct nov dec vs etc inc corp co ltd dept"
)
# A sentence ends at . ! ? before a capital or digit, and at a line break (headlines,
# datelines and the bullets of a factbox carry no full stop).
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|\n")
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    para: int


def sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their offsets and paragraph numbers."""
    out: list[Sentence] = []
    pos = 0
    for para, chunk in enumerate([*_PARAGRAPH.split(text)]):
        cstart = text.index(chunk, pos) if chunk else pos
        pos = cstart + len(chunk)
        s = cstart
        for b in _BOUNDARY.finditer(text, cstart, pos):
            word = re.search(r"([A-Za-z.]+)$", text[max(s, b.start() - 40) : b.start()])
            w = word.group(1) if word else ""
            bare = w.rstrip(".").split(".")[-1].lower()
            if b.group() != "\n" and (bare in _ABBREV or len(bare) == 1
                                       or re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", w)):
                continue
            end = b.end()
            out.append(Sentence(s, end, para))
            s = end
        if s < pos:
            out.append(Sentence(s, pos, para))
    return [x for x in (_trim(text, s) for s in out) if x.end > x.start]


def _trim(text: str, s: Sentence) -> Sentence:
    start, end = s.start, s.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end, s.para)


# --- sources ----------------------------------------------------------------------------------


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\u2019.-]*|[^\sA-Za-z]")
_ROLES = _words(
    """air force forces ministry defense defence spokesperson spokesman spokeswoman officials
    official governor president presidential minister general staff office police military
    army navy agency service services local regional state news outlet command chief head
    mayor administration council authorities authority prosecutor prosecutors emergency
    emergencies rescue civil protection department committee government commander director
    intelligence border guard guards operator company"""
)
_SKIP_BEFORE_VERB = _words("also all later earlier previously again separately then now today "
                           "yesterday tonight has have had on monday tuesday wednesday "
                           "thursday friday saturday sunday")
PRONOUNS = _words("he she it they we")
_TITLES = _words("gov gov. gen gen. sen sen. rep rep. lt lt. col col. dr dr. mr mr. ms ms. "
                    "mrs mrs. president governor")


def _name_ok(tok: str) -> bool:
    return tok[0].isupper() or tok.lower() in _ROLES or tok.endswith(("'s", "\u2019s"))


def _after(sentence: str, v: re.Match[str]) -> list[str]:
    """The name after the verb, from the tokens of the rest of the sentence."""
    naming = _NAMING.fullmatch(v.group()) is not None
    doc = _DOCUMENT_OF.match(sentence, v.end()) if naming else None
    after = _TOKEN.findall(sentence[doc.end() if doc else v.end():])
    if after and after[0].lower() == "the":  # "according to the US Navy's ..."
        after.pop(0)
    phrase: list[str] = []
    while after:
        t = after[0]
        if naming and phrase and t[0].isalpha() and len(phrase) < _NAMING_WORDS:
            phrase.append(after.pop(0).rstrip("."))  # "according to X": every word
            if t.endswith(".") and t.lower() not in _TITLES:
                break
            continue
        if not (_name_ok(t.rstrip(".") or t) and t[0] not in "\"'\u201c\u2018"):
            break
        phrase.append(after.pop(0))
        if t.endswith(".") and t.lower() not in _TITLES:
            break
    return phrase


def speaker(sentence: str) -> str | None:
    """The attributed speaker of a sentence, a pronoun, or None."""
    quoted = _quoted(sentence)
    for v in _VERB.finditer(sentence):
        if any(a < v.start() < b for a, b in quoted):
            continue
        before = _TOKEN.findall(sentence[: v.start()])
        while before and (before[-1].lower() in _SKIP_BEFORE_VERB or (
                v.group() == "reporting" and before[-1].lower() in _BE)):
            before.pop()
        if before and before[-1].lower() in PRONOUNS:
            return before[-1].lower()
        inverted = _after(sentence, v) if before and before[-1] in (
            ",", '"', "\u201d") and v.group() not in ("told", "tells") else []
        if not inverted and before and before[-1] == ",":  # "Wang Yongbo, an official, told"
            i = len(before)
            c = next((x for x in range(i - 2, max(i - 20, 0) - 1, -1) if before[x] == ","),
                     None)
            if c is not None and c > 0 and _name_ok(before[c - 1]):
                before = before[:c]
            elif c is None and i > 1 and before[-2][0].isupper():
                before = before[:-1]
        phrase: list[str] = list(inverted)
        while not inverted and before and _name_ok(before[-1]) and not (
            len(before) == 1 and before[-1].lower() in ("in", "the", "a")
        ):
            phrase.insert(0, before.pop())
        if phrase and not inverted and before and before[-1].lower() == "and":
            continue  # "Ukraine, the U.S. and South Korea all said": several sources
        if not phrase:
            phrase = _after(sentence, v)
        if phrase and phrase[-1].endswith(".") and phrase[-1].lower() not in _TITLES:
            phrase[-1] = phrase[-1].rstrip(".")
        if any(p[0].isupper() for p in phrase):
            while phrase and phrase[0].lower() in ("local", "regional", "the"):
                phrase.pop(0)
        if phrase and any(p[0].isupper() or p.lower() in _ROLES for p in phrase):
            return " ".join(phrase).replace("\u2019", "'")
    return None
