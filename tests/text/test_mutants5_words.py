"""Nouns and speaker clauses at the edges mutation testing of the code changed since
cc510f8 found untested (benchmarks/mutation-survivors.md, branch mutate5): compounds
that start with a word for people, "the number of voters", a sheet's own alias keyed
with an underscore, Turkish reporting verbs."""

from __future__ import annotations

import pytest

from factcheck.engine.units import parse_unit
from factcheck.text.clauses import speakers
from factcheck.text.nouns import Aliases


@pytest.mark.parametrize(("lang", "word"), [
    ("fi", "henkilöautoa"),   # "30 henkilöautoa": 30 passenger cars
    ("sv", "personbilar"),    # passenger cars
    ("es", "personal"),       # "120 personal sanitario": staff, a word of its own
])
def test_a_compound_starting_with_the_word_for_person_is_no_person(lang, word):
    """Only a compound ending in the word for "number of" names what its first part
    names: kills ``nouns.xǁAliasesǁnames__mutmut_57`` (any word starting with a stem)."""
    a = Aliases(language=lang)
    assert not a.names("person", a.norm(word))


def test_the_number_of_voters_names_voters():
    """Swedish "väljarantalet" (the number of voters): "antal" cut off, "väljar" starts
    with the four-letter stem "välj": kills ``nouns.xǁAliasesǁnames__mutmut_61``
    (stems of five letters or more only)."""
    a = Aliases(language="sv")
    assert a.names("person", a.norm("väljarantalet"))


def test_a_sheet_alias_keyed_with_an_underscore_gives_the_language_words_for_the_unit():
    """A sheet writes ``aliases: {polling_station: [投票所]}`` and ``unit:
    polling_station``; the unit's name is "polling station", and the language has words
    for it (a counter no table knows then counts something else): kills
    ``nouns.xǁAliasesǁ__init____mutmut_59`` (the underscore kept)."""
    a = Aliases({"polling_station": ["投票所"]}, "ja")
    assert a.has_words_for(parse_unit("polling_station").name)


def test_a_turkish_reporting_verb_without_a_comma_names_no_subject_clause():
    """"Sağlık Bakanlığı 12 kişinin öldüğünü açıkladı." has no comma before the reported
    words: no subject clause is read from it (and no error); a subject of more than six
    words is no speaker: kills ``clauses.x_speakers__mutmut_58`` (``or`` for ``and``)."""
    assert speakers("Sağlık Bakanlığı 12 kişinin öldüğünü açıkladı.", "tr") == [
        (0, 45, "Sağlık Bakanlığı 12 kişinin öldüğünü")]
    long = ("Depremden etkilenen on bir ilde görev yapan ekipler, 120 kişinin "
            "kurtarıldığını bildirdi.")
    assert [who for _, _, who in speakers(long, "tr")] == ["120 kişinin kurtarıldığını"]
