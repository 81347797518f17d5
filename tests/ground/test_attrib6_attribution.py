"""Attribution as real news is written: hard-wrapped copy, the genitive of a source's
name (da, sv, nb, de), a table of one-cell paragraphs under its introduction, a cited
outlet checked like any source, and a pronoun speaker ("He explained that ...")."""

from __future__ import annotations

import pytest

from factcheck.api.model import Source
from factcheck.ground.attribution import MAX_PARAGRAPHS_BACK, Paragraphs, named_form, unattributed


def _why(doc: str, quote: str, source: str, sources: dict[str, Source], lang: str = "en",
         outlet: str | None = None) -> str | None:
    start = doc.index(quote)
    return unattributed(source, None, sources, Paragraphs(doc), (start, start + len(quote)),
                        lang, outlet)


WRAPPED = ("Wie das Statistische Bundesamt\n(Destatis) mitteilt, stiegen\ndie Preise 2023 um "
           "5,9 %.\n„Die Rate ist mit knapp\n6 Prozent weiterhin\nhoch. Nahrungsmittel\n"
           "verteuerten sich stark“,\nsagte Dr. Ruth Brand, Präsidentin des Statistischen\n"
           "Bundesamtes.\nIm Dezember lag die Rate\nbei +3,7 %.\n")
DE = {"destatis": Source(name="Statistisches Bundesamt (Destatis)", kind="official"),
      "brand": Source(name="Dr. Ruth Brand", kind="official"),
      "ifo": Source(name="ifo Institut", kind="academic")}


def test_hard_wrapped_lines_continue_the_paragraph():
    assert _why(WRAPPED, "mit knapp\n6 Prozent", "brand", DE, "de") is None
    assert _why(WRAPPED, "Im Dezember lag die Rate\nbei +3,7 %", "destatis", DE, "de") is None
    # a source the wrapped paragraphs do not name still fails
    # (the quotation's closing clause names its speaker, Dr. Ruth Brand)
    why = _why(WRAPPED, "mit knapp\n6 Prozent", "ifo", DE, "de")
    assert "not to ifo Institut" in why and "`brand`" in why
    assert "does not name ifo" in _why(WRAPPED, "bei +3,7 %", "ifo", DE, "de")


def test_lines_that_are_paragraphs_stay_paragraphs():
    doc = ("Quake kills 5 in Peru\nLIMA, May 3\nThe quake killed 5 people, police said.\n"
           "Rescuers found 2 more.\nA family of 3 was saved.\nThe mayor said 40 homes fell.\n")
    p = Paragraphs(doc)
    assert [doc[a:b] for a, b in zip(p.starts, p.ends, strict=True)][:3] == [
        "Quake kills 5 in Peru", "LIMA, May 3", "The quake killed 5 people, police said."]
    src = {"police": Source(name="Police", kind="official")}
    assert _why(doc, "Rescuers found 2 more", "police", src) is None
    # the headline stands alone: the police named two lines below do not reach it
    assert "does not name Police" in _why(doc, "Quake kills 5 in Peru", "police", src)


@pytest.mark.parametrize(("lang", "name", "text"), [
    ("da", "Danmarks Statistik", "Ifølge Danmarks Statistiks opgørelse er mandaterne fordelt"),
    ("sv", "SCB", "enligt SCB:s siffror"),
    ("nb", "Statistisk sentralbyrå", "viser Statistisk sentralbyrås tall"),
    ("da", "DR", "oplyser DR's valgredaktion"),
    ("de", "Statistisches Bundesamt", "sagte die Präsidentin des Statistischen Bundesamtes"),
])
def test_genitive_names_the_source(lang, name, text):
    assert named_form(Source(name=name), text, lang) is not None


@pytest.mark.parametrize(("lang", "name", "text"), [
    ("da", "Danmarks Statistik", "Danmarks Statistikbank viser"),  # another word
    ("da", "Danmarks Statistik", "Danmarks Nationalbank oplyser"),
    ("de", "Statistisches Bundesamt", "das Statistische Landesamt"),
])
def test_genitive_does_not_stretch_to_other_words(lang, name, text):
    assert named_form(Source(name=name), text, lang) is None


def _table(rows: int) -> str:
    cells = "\n\n".join(f" {chr(65 + i % 26)}. \n\nParti {i}\n\n{1000 + i}\n\n{i}"
                          for i in range(rows))
    return ("Valget er afholdt.\n\nIfølge Danmarks Statistiks opgørelse er stemmerne fordelt "
            f"således:\n\n{cells}\n\nDet samlede vælgertal er på 4.145.105, og det er højt.\n")


DA = {"dst": Source(name="Danmarks Statistik", kind="official"),
      "km": Source(name="Kommunernes Landsforening", kind="official")}


def test_a_table_row_is_attributed_by_its_introduction_however_far():
    doc = _table(30)
    assert MAX_PARAGRAPHS_BACK < 4 * 29  # the last row lies beyond the fixed reach
    assert _why(doc, "Parti 29\n\n1029", "dst", DA, "da") is None
    assert "does not name Kommunernes" in _why(doc, "Parti 29\n\n1029", "km", DA, "da")


def test_prose_after_a_table_is_not_a_row():
    doc = _table(30)
    assert "does not name Danmarks" in _why(doc, "vælgertal er på 4.145.105", "dst", DA, "da")


def test_a_table_needs_an_introduction_ending_in_a_colon():
    doc = _table(30).replace("således:", "således.")
    assert _why(doc, "Parti 29\n\n1029", "dst", DA, "da") is not None


STUFF = "They were separated by 5.3 miles laterally, the Honolulu Star-Advertiser reported.\n"


def test_a_cited_outlet_is_checked_like_any_source():
    sources = {"reporter": Source(name="Stuff", kind="outlet"),
               "sa": Source(name="Honolulu Star-Advertiser", kind="outlet"),
               "cbs": Source(name="CBS News", kind="outlet")}
    quote = "separated by 5.3 miles laterally"
    assert "Honolulu Star-Advertiser (source `sa`)" in _why(STUFF, quote, "cbs", sources,
                                                           outlet="Stuff")
    assert _why(STUFF, quote, "sa", sources, outlet="Stuff") is None
    assert _why(STUFF, quote, "reporter", sources, outlet="Stuff") is None  # the own voice


def test_an_own_voice_quote_that_says_who_reported_it():
    sources = {"cbs": Source(name="CBS News", kind="outlet")}
    quote = "separated by 5.3 miles laterally, the Honolulu Star-Advertiser reported"
    assert "credits its words to Honolulu Star-Advertiser" in _why(STUFF, quote, "cbs", sources)
    assert _why(STUFF, "separated by 5.3 miles laterally", "cbs", sources) is None


PRONOUN = ("Morteza Soleimani said on Thursday the quake hit Malard.\n\n"
           "He explained that 34 people were hurt in Tehran.\n\n"
           "The quake struck at a depth of 7 km.\n")
IRNA = {"irna": Source(name="IRNA", kind="outlet"),
        "rc": Source(name="Morteza Soleimani", kind="official"),
        "usgs": Source(name="USGS", kind="agency")}


def test_a_pronoun_speaker_is_the_person_named_before():
    quote = "34 people were hurt in Tehran"
    assert _why(PRONOUN, quote, "rc", IRNA) is None
    assert "Morteza Soleimani (source `rc`), not to IRNA" in _why(PRONOUN, quote, "irna", IRNA)
    assert "Morteza Soleimani (source `rc`), not to USGS" in _why(PRONOUN, quote, "usgs", IRNA)
    assert _why(PRONOUN, "a depth of 7 km", "irna", IRNA) is None  # the outlet's own words


def test_the_outlet_does_not_speak_through_he_said():
    irna = {"o": Source(name="IRNA", kind="outlet")}
    doc = "Governor Ali Rezaei said the site was hit.\n\nHe said 34 people were hurt.\n"
    why = _why(doc, "34 people were hurt", "o", irna)
    assert why is not None and "Governor Ali Rezaei" in why and "own voice" in why
    # nobody named before: whose words they are, the text does not say
    assert _why("It said 34 people were hurt.\n", "34 people were hurt", "o", irna) is None
    relative = "The cut was the heart of the budget - a cut he said would help 27 million.\n"
    assert _why(relative, "The cut was the heart of the budget", "o",
                {"o": Source(name="The Independent", kind="outlet")}) is None


@pytest.mark.parametrize(("lang", "doc", "quote"), [
    ("ar", "وقال مرتضى سليمي يوم الخميس ان الهزة ضربت ملارد.\nواوضح ان 50 شخصا في البرز اصيبوا.\n",
     "50 شخصا في البرز"),
    ("de", "Morteza Soleimani sagte, das Beben traf Malard.\n\nEs gab 50 Verletzte, sagte er.\n",
     "Es gab 50 Verletzte"),
])
def test_a_pronoun_speaker_in_other_languages(lang, doc, quote):
    sources = {"irna": Source(name="IRNA", kind="outlet"),
               "rc": Source(name="مرتضى سليمي" if lang == "ar" else "Morteza Soleimani",
                            kind="official")}
    assert _why(doc, quote, "rc", sources, lang) is None
    assert "not to IRNA" in _why(doc, quote, "irna", sources, lang)



def test_pronoun_speakers_in_a_long_table_are_resolved_in_linear_time(monkeypatch):
    import factcheck.ground.attribution as attribution

    calls = []
    real = attribution.speakers
    monkeypatch.setattr(attribution, "speakers", lambda s, lang: calls.append(s) or real(s, lang))
    n = 300
    doc = "وقال مرتضى سليمي ان المصابين:\n\n" + "".join(
        f"واوضح ان {i} اصيبوا\n\n" for i in range(n))
    sources = {"irna": Source(name="IRNA", kind="outlet"),
               "rc": Source(name="مرتضى سليمي", kind="official")}
    paragraphs = Paragraphs(doc)
    for i in reversed(range(n)):  # the last row first: its walk back is the longest
        start = doc.index(f"ان {i} ") + 3
        why = unattributed("irna", None, sources, paragraphs, (start, start + len(str(i))), "ar")
        assert why is not None and "مرتضى سليمي" in why
    # the paragraphs looked at before each row are bounded (MAX_PARAGRAPHS_BACK); the
    # sentences searched for the pronoun's speaker are read once for the whole table
    assert len(calls) <= (MAX_PARAGRAPHS_BACK + 5) * n
