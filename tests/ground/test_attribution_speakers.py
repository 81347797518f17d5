"""Who speaks a sentence that has no attribution clause of its own, as news writes it:
a statement goes on past its clause within its paragraph, a quotation's sentences are
the words of the speaker named at its close, a speaker named by a word of another
source's longer name is that source; and clauses English, Russian and Ukrainian news
write ("X has reported", "according to a report released by X", ", said X",
"По данным X", "В X сообщили"). Each rule catches a swap and stays silent on the
correct source."""

from __future__ import annotations

import pytest

from factcheck.api.model import Source
from factcheck.ground.attribution import Paragraphs, unattributed
from factcheck.text.clauses import pronoun_speaks, speakers
from factcheck.text.sentences import speaker


def _why(doc: str, quote: str, source: str, sources: dict[str, Source], lang: str = "en",
         via: str | None = None) -> str | None:
    start = doc.index(quote)
    return unattributed(source, via, sources, Paragraphs(doc), (start, start + len(quote)),
                        lang)


MINE = {"soylu": Source(name="Interior Minister Suleyman Soylu", kind="official"),
        "afad": Source(name="Turkey's disaster management agency, AFAD", kind="official")}
MINE_DOC = ("AFAD said rescue teams reached the mine overnight.\n\n"
            "Interior Minister Suleyman Soylu said Saturday that 40 miners were confirmed "
            "dead. Eleven were injured and hospitalized, while 58 others got out.\n\n"
            "Energy Minister Fatih Donmez said rescue efforts were almost complete.\n")


def test_a_statement_goes_on_past_its_clause_within_the_paragraph():
    assert _why(MINE_DOC, "Eleven were injured", "soylu", MINE) is None
    why = _why(MINE_DOC, "Eleven were injured", "afad", MINE)
    assert "Suleyman Soylu" in why and "`soylu`" in why


def test_a_paragraph_that_names_the_source_before_the_quote_is_not_carried_over():
    doc = ("Soylu said 40 miners were confirmed dead. AFAD counted 11 injured.\n\n"
           "AFAD said teams were at the site.\n")
    assert _why(doc, "11 injured", "afad", MINE) is None


def test_a_source_named_before_the_carried_clause_spoke_before_it():
    doc = ("AFAD sent 600 rescuers. Soylu said 40 miners were confirmed dead. Eleven were "
           "injured.\n")
    assert _why(doc, "Eleven were injured", "soylu", MINE) is None
    assert "`soylu`" in _why(doc, "Eleven were injured", "afad", MINE)


def test_a_later_speaker_of_the_paragraph_does_not_take_the_sentence():
    doc = ("Rescue teams reached the mine overnight, AFAD said.\n\n"
           "Forty miners died. Eleven were injured, Soylu said.\n")
    # "Forty miners died." has no clause and none before it in its paragraph: silent
    assert _why(doc, "Forty miners died", "afad", MINE) is None


def test_the_outlet_s_own_sentences_are_not_carried_over():
    sources = {**MINE, "ap": Source(name="Associated Press", kind="outlet")}
    assert _why(MINE_DOC, "Eleven were injured", "ap", sources) is None


RAIL = {"official": Source(name="a senior railway official", kind="official"),
        "gupta": Source(name="Kamlesh Gupta, divisional railway manager", kind="official",
                        aliases=["Gupta"])}
RAIL_DOC = ("At least seven people were killed, a senior railway official says. The train was "
            "travelling to Patna. \"Thirteen of the 24 coaches of the train derailed early "
            "morning. The injured have been taken to nearby hospitals,\" Kamlesh Gupta, "
            "divisional railway manager, said.\n")


def test_a_quotation_is_the_words_of_the_speaker_named_at_its_close():
    assert _why(RAIL_DOC, "Thirteen of the 24 coaches", "gupta", RAIL) is None
    why = _why(RAIL_DOC, "Thirteen of the 24 coaches", "official", RAIL)
    assert "Kamlesh Gupta" in why and "`gupta`" in why


def test_a_quotation_opened_after_its_clause():
    doc = ("The railway official spoke first. Gupta said: \u201cThirteen coaches derailed. "
           "The injured are in hospital.\u201d\n")
    assert _why(doc, "Thirteen coaches derailed", "gupta", RAIL) is None
    assert "`gupta`" in _why(doc, "Thirteen coaches derailed", "official", RAIL)


def test_a_quotation_never_closed_in_its_paragraph_names_no_one():
    doc = ("A senior railway official said more trains were late. \u201cThirteen coaches "
           "derailed. The injured are in hospital.\n\nGupta spoke later.\n")
    assert _why(doc, "Thirteen coaches derailed", "official", RAIL) is None


def test_a_german_quotation_closed_by_its_clause():
    sources = {"destatis": Source(name="Statistisches Bundesamt", kind="official"),
               "brand": Source(name="Ruth Brand", kind="official")}
    doc = ("Das Statistische Bundesamt meldet neue Zahlen. \u201eDie Rate lag bei 5,9 Prozent. "
           "Nahrungsmittel verteuerten sich stark\u201c, sagte Ruth Brand.\n")
    assert _why(doc, "lag bei 5,9 Prozent", "brand", sources, "de") is None
    assert "`brand`" in _why(doc, "lag bei 5,9 Prozent", "destatis", sources, "de")


FIRE = {"cal_fire": Source(name="California Department of Forestry and Fire Protection "
                                "(Cal Fire)", kind="official"),
        "officials": Source(name="Fire officials", kind="official")}


def test_a_word_of_another_source_s_longer_name_does_not_name_the_source():
    doc = "The fire covered 15,000 acres, Cal Fire said.\n"
    assert _why(doc, "15,000 acres", "cal_fire", FIRE) is None
    assert "`cal_fire`" in _why(doc, "15,000 acres", "officials", FIRE)
    # the source's own words still name it
    assert _why("The fire covered 15,000 acres, fire officials said.\n", "15,000 acres",
                "officials", FIRE) is None


def test_a_quote_that_names_the_source_only_inside_another_s_name():
    sources = {"wildfire": Source(name="Alberta Wildfire"),
               "alert": Source(name="Alberta Emergency Alert")}
    doc = "By 7 p.m., Alberta Wildfire said it had grown to 75 hectares.\n"
    quote = "Alberta Wildfire said it had grown to 75 hectares"
    assert _why(doc, quote, "wildfire", sources) is None
    assert "`wildfire`" in _why(doc, quote, "alert", sources)


def test_a_title_is_no_longer_name():
    sources = {"kremlin": Source(name="The Kremlin", kind="official"),
               "peskov": Source(name="Dmitry Peskov", kind="official")}
    doc = "Talks will resume on Monday, Kremlin spokesman Dmitry Peskov said.\n"
    assert _why(doc, "Talks will resume", "kremlin", sources) is None


@pytest.mark.parametrize(("sentence", "who"), [
    ("Abbott Laboratories has reported net earnings of $1.64bn.", "Abbott Laboratories"),
    ("US car maker Ford today said that its profits jumped 70%.", "Ford"),
    ("The ministry on Monday said 20 drones fell.", "ministry"),
    ("EMSC is reporting M7.1 at a depth of 41 km.", "EMSC"),
    ("The toll was reported by local media.", None),
    ("HMD claims that the X7 has an 86.5 percent screen.", "HMD"),
    ("According to a report released by the Andhra Pradesh Health Department, 90 percent "
     "recovered.", "Andhra Pradesh Health Department"),
    ("According to the statement, four vehicles crashed.", None),
    ("Residents of Wrightwood, east of Los Angeles, were told to leave, said Lynne Tolmachoff.",
     "Lynne Tolmachoff"),
    ("Wang Yongbo, a local rescue official, told Xinhua that 10 died.", "Wang Yongbo"),
    ("The UN refugee commissioner Filippo Grandi, said the number rose.", "Filippo Grandi"),
    ("The Syrian Observatory for Human Rights, a British-based group which monitors the "
     "violence through a network of activists, said 94,000 people died.",
     "Human Rights"),  # the name's words after "for"
    ("Analysts polled by Reuters had expected an increase.", "Reuters"),
    ("Inflation is expected to return to target.", None),
    ("\u201cPreliminary reports indicate no casualties,\u201d the Air Force stated.",
     "Air Force"),
])
def test_english_clauses(sentence, who):
    assert speaker(sentence) == who


@pytest.mark.parametrize("sentence", [
    "\u201c33 Shaheds were shot down,\u201d it said in a post on Telegram.",
    "\u201cWe lost five,\u201d he said, adding that more were hurt.",
])
def test_a_pronoun_clause_with_a_tail(sentence):
    assert pronoun_speaks(sentence, "en")


RU = {"ria": Source(name="РИА \"Новости\"", kind="agency"),
      "mchs": Source(name="МЧС", kind="official")}


@pytest.mark.parametrize(("sentence", "lang", "who"), [
    ("По данным РИА \"Новости\", пострадали 39 человек.", "ru", "РИА"),
    ("В ГУ МЧС России по Камчатскому краю сообщили, что жертв нет.", "ru",
     "ГУ МЧС России по Камчатскому краю"),
    ("«Она составила 8,1%», — уточнили в ЦБ.", "ru", "ЦБ"),
    ("У Повітряних силах повідомили, що збили 20 дронів.", "uk", "Повітряних силах"),
])
def test_russian_and_ukrainian_clauses(sentence, lang, who):
    assert [w for *_, w in speakers(sentence, lang)][:1] == [who]


def test_russian_according_to_at_the_sentence_start():
    doc = "По данным РИА \"Новости\", пострадали 39 человек.\n"
    assert _why(doc, "пострадали 39 человек", "ria", RU, "ru") is None
    assert "`ria`" in _why(doc, "пострадали 39 человек", "mchs", RU, "ru")


def test_russian_impersonal_clause():
    doc = "В МЧС сообщили, что пострадали 39 человек. РИА \"Новости\" передает подробности.\n"
    assert _why(doc, "пострадали 39 человек", "mchs", RU, "ru") is None
    assert "`mchs`" in _why(doc, "пострадали 39 человек", "ria", RU, "ru")


@pytest.mark.parametrize(("doc", "quote", "lang", "sources", "right", "wrong"), [
    ("Selon le dernier bilan communiqué par les pompiers, 19 370 hectares ont brûlé.\n",
     "19 370 hectares", "fr", {"pompiers": Source(name="les pompiers"),
                                "prefecture": Source(name="la préfecture")},
     "pompiers", "prefecture"),
    ("Segundo os últimos dados divulgados pelo IBGE, o IPCA ficou em 10,67%.\n",
     "o IPCA ficou em 10,67%", "pt", {"ibge": Source(name="IBGE"),
                                      "bc": Source(name="Banco Central")}, "ibge", "bc"),
    ("Según el último informe publicado por el Ministerio de Salud, murieron 5 personas.\n",
     "murieron 5 personas", "es", {"minsa": Source(name="Ministerio de Salud"),
                                   "oms": Source(name="Organización Mundial de la Salud")},
     "minsa", "oms"),
    ("Secondo quanto riferito da un comunicato di Autostrade per l'Italia, una persona è "
     "deceduta.\n", "una persona è deceduta", "it",
     {"autostrade": Source(name="Autostrade per l'Italia"), "istat": Source(name="Istat")},
     "autostrade", "istat"),
    ("Das BIP ist nach den ersten Berechnungen des Statistischen Bundesamtes um 2,2 % "
     "gestiegen.\n", "um 2,2 % gestiegen", "de",
     {"destatis": Source(name="Statistisches Bundesamt"),
      "bmf": Source(name="Bundesfinanzministerium")}, "destatis", "bmf"),
    ("据围场医院方面介绍，该院共接收6名重伤伤员。\n", "该院共接收6名重伤伤员", "zh",
     {"hospital": Source(name="围场医院"), "county": Source(name="承德围场方面")},
     "hospital", "county"),
])
def test_the_maker_of_a_cited_document_speaks(doc, quote, lang, sources, right, wrong):
    assert _why(doc, quote, right, sources, lang) is None
    assert f"`{right}`" in _why(doc, quote, wrong, sources, lang)


def test_a_name_set_off_after_a_title_speaks_with_it():
    sources = {"intesa": Source(name="Intesa Sanpaolo"), "messina": Source(name="Carlo Messina")}
    doc = ("\u201cPotremo distribuire 5,8 miliardi\u201d, ha sottolineato il ceo di Intesa "
           "Sanpaolo, Carlo Messina.\n")
    assert _why(doc, "distribuire 5,8 miliardi", "messina", sources, "it") is None
    assert [w for *_, w in speakers(doc, "it")] == ["il ceo di Intesa Sanpaolo, Carlo Messina"]
