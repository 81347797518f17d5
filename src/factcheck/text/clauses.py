"""Attribution clauses of news in languages other than English: who a sentence says
spoke ("повідомили в Повітряних силах ЗСУ", "पुलिस ने बताया", "meldt de politie",
"según el ministerio", "ujar Sutopo", "질병관리청은 ... 밝혔다", "säger Ann-Marie Persson",
"Tilastokeskuksen mukaan", "気象庁によると", "وقالت وزارة الصحة"). English clauses are read by
:mod:`factcheck.text.sentences`. Every pattern reads a bounded number of words around its
verb, so a sentence is read in linear time."""

from __future__ import annotations

import re

# Attribution clauses: the verb (or "according to") and the name after it.
_SPEAKER = {
    "uk": re.compile(r"(?i:повідоми(?:в|ла|ли|ло)|заяви(?:в|ла|ли)|написа(?:в|ла|ли)|"
                     r"за даними|як повідомля[єю]|зазначи(?:в|ла|ли)|уточни(?:в|ла|ли))\s+"
                     r"(?:в|у)?\s*"
                     r"(?P<who>(?:[а-яіїєґ'ʼ’-]+\s+){0,2}[А-ЯІЇЄҐ][\w'ʼ’-]*(?:\s+[\w'ʼ’-]+){0,4})"),
    "ru": re.compile(r"(?i:сообщи(?:л|ла|ли|ло)|заяви(?:л|ла|ли)|написа(?:л|ла|ли)|"
                     r"по данным|как сообща(?:ет|ют)|отмети(?:л|ла|ли)|уточни(?:л|ла|ли))\s+"
                     r"(?:в|во)?\s*"
                     r"(?P<who>(?:[а-яё-]+\s+){0,2}[А-ЯЁ][\w-]*(?:\s+[\w-]+){0,4})"),
}
# Hindi and Telugu put the speaker before the verb: "पुलिस ने बताया", "X के अनुसार",
# "అధికారులు తెలిపారు", "X ప్రకారం".
_SPEAKER_BEFORE = {
    "hi": re.compile(r"(?P<who>(?:\S{1,40}\s+){0,3}?\S{1,40})\s+(?:ने\s+(?:बताया|कहा|जानकारी\s+दी)|"
                     r"के\s+(?:अनुसार|मुताबिक))"),
    "te": re.compile(r"(?P<who>(?:\S{1,40}\s+){0,2}?\S{1,40})\s+(?:తెలిపారు|చెప్పారు|వెల్లడించారు|"
                     r"ప్రకారం)"),
}
# The impersonal clause of Russian and Ukrainian news: "В ГУ МЧС России сообщили, что ...",
# "У Повітряних силах заявили" (they said at X): X speaks.
_IN_VERBS = {
    "ru": r"сообщили|заявили|отметили|уточнили|рассказали|пояснили|подтвердили",
    "uk": r"повідомили|заявили|зазначили|уточнили|розповіли|пояснили|підтвердили",
}
_SPEAKER_IN = {lang: re.compile(r"(?<!\w)(?:[ВвУу]|[Вв]о)\s+"
                                r"(?P<who>[А-ЯЁІЇЄҐ][^,.;:!?«»\"—]{0,60}?)"
                                rf"\s+(?:також\s+|также\s+)?(?:{verbs})(?!\w)")
               for lang, verbs in _IN_VERBS.items()}
_NAME_END = re.compile(r"\s+(?:що|что|о|об|про|в|у|на|із|из|с|з)\b.*$", re.S)
# Other languages: up to five words after the verb or "according to" ("meldt de politie",
# "según el ministerio", "ujar Sutopo"), or before the verb ("De politie zegt",
# "Sutopo mengatakan"); Korean names the speaker as the topic ("질병관리청은 ... 밝혔다").
_WORD = r"[^\s,.;:!?\u060c\u061b\"“”„«»()]{1,40}"  # (U+060C, U+061B: Arabic comma, semicolon)
_PHRASE = rf"(?P<who>(?:{_WORD}\s+){{0,4}}{_WORD})"
_AFTER_VERBS = {
    "nl": r"meldt|melden|meldde|meldden|zegt|zeggen|zei|zeiden|aldus|volgens|verklaarde",
    "de": r"sagte|sagten|sagt|teilte|teilten|erklärte|erklärten|laut|berichtete|meldete|"
          r"nach Angaben(?: der| des| von)?",
    "fr": r"selon|d'après|d’après|a déclaré|a indiqué|a annoncé|a affirmé|a précisé|"
          r"ont indiqué|ont annoncé|ont déclaré|a dit|indique|précise",
    "es": r"según|dijo|afirmó|informó|indicó|señaló|declaró|explicó|aseguró|de acuerdo con|"
          r"informaron|indicaron",
    "pt": r"segundo|disse|afirmou|informou|declarou|de acordo com|conforme|explicou|anunciou",
    "it": r"secondo|ha detto|ha dichiarato|ha spiegato|ha annunciato|ha riferito|hanno detto|"
          r"riferisce|ha sottolineato|ha aggiunto|ha precisato|ha affermato|ha confermato|"
          r"ha comunicato|come comunicato da(?:l|lla|lle|i|gli)?",
    "id": r"ujar|kata|menurut|ungkap|tutur|terang|papar",
    "pl": r"według|powiedział|powiedziała|poinformował|poinformowała|poinformowali|podał|"
          r"podała|podali|przekazał|przekazała",
    "vi": r"theo",
    "sv": r"säger|sade|sa|enligt|uppger|meddelar|meddelade|skriver",
    "nb": r"sier|sa|ifølge|opplyser|melder|skriver",
    "da": r"siger|sagde|ifølge|oplyser|oplyste|meddeler|skriver",
    "fi": r"kertoo|kertoi|sanoo|sanoi|ilmoitti|tiedotti",
    "cs": r"uvedl|uvedla|uvedli|sdělil|sdělila|sdělili|řekl|řekla|oznámil|oznámila|podle",
    "sk": r"uviedol|uviedla|uviedli|povedal|povedala|oznámil|podľa",
    "ro": r"potrivit|conform|a declarat|a anunțat|a anunţat|a precizat|a spus|a transmis|"
          r"au anunțat|au anunţat|arată|anunță|anunţă",
    "el": r"σύμφωνα με|δήλωσε|ανακοίνωσε|ανέφερε|είπε|έδωσε στη δημοσιότητα|κατά",
    "bg": r"каза|заяви|съобщи|обяви|посочи|според|по данни на|обясни|добави",
    "ms": r"menurut|kata|berkata|memaklumkan|memberitahu|ujar",
    "hr": r"prema|objavio je|objavila je|objavio|rekao je|rekla je|izjavio je|priopćio je|"
          r"stoji u objavi|navodi",
    "sr": r"prema|objavio je|rekao je|izjavio je|navodi|према|објавио је|рекао је|наводи",
    "hu": r"közölte|közli|mondta|szerint|tájékoztatott",
    "ar": r"[وف]?(?:قال|قالت|أعلن|أعلنت|أفاد|أفادت|ذكر|ذكرت|أكد|أكدت|أضاف|أضافت|بحسب|حسب|"
          r"وفقا\s+ل|وفقاً\s+ل|طبقا\s+ل|نقلا\s+عن)ـ?",
}
_BEFORE_VERBS = {
    "nl": r"zegt|zei|meldt|meldde|laat weten|liet weten|verklaarde|bevestigde",
    "de": r"sagte|sagt|teilte|erklärte|berichtete|meldete|bestätigte",
    "fr": r"a déclaré|a indiqué|a annoncé|a affirmé|a précisé|ont indiqué|ont annoncé|a dit|"
          r"a confirmé",
    "es": r"dijo|afirmó|informó|indicó|señaló|declaró|explicó|aseguró|confirmó|anunció|"
          r"reportó|detalló|precisó",
    "pt": r"disse|afirmou|informou|declarou|explicou|anunciou|confirmou|relatou",
    "it": r"ha detto|ha dichiarato|ha spiegato|ha annunciato|ha riferito|ha confermato",
    "id": r"mengatakan|menyebutkan|menjelaskan|menyatakan|mencatat|melaporkan",
    "pl": r"powiedział|powiedziała|poinformował|poinformowała|podał|podała|przekazał",
    # bare "göre" also compares ("Aralık 2021'e göre"): only its reporting phrases
    # nor is "kaydetti" speech when a figure rises ("artış kaydetti")
    "tr": r"açıkladı|bildirdi|dedi|belirtti|duyurdu|ifade etti|aktardı|"
          r"söyledi|açıklamasına göre|verilerine göre|raporuna göre|tahminine göre",
    "sv": r"säger|sade|uppger|meddelar|meddelade",
    "nb": r"sier|sa|opplyser|melder",
    "da": r"siger|sagde|oplyser|oplyste|meddeler",
    "fi": r"mukaan|kertoo|kertoi|sanoo|sanoi|ilmoitti",
    "cs": r"uvedl|uvedla|uvedli|sdělil|sdělila|oznámil|oznámila",
    "ro": r"a declarat|a anunțat|a anunţat|a precizat|a spus|a transmis",
    "el": r"δήλωσε|ανακοίνωσε|ανέφερε|είπε",
    "bg": r"каза|заяви|съобщи|обяви|посочи",
    "ms": r"berkata|memaklumkan|menyatakan|memberitahu",
    "hr": r"je objavio|je objavila|je rekao|je rekla|je izjavio",
    "hu": r"közölte|mondta|szerint",
    "vi": r"cho biết|nói|khẳng định|xác nhận|thông báo",
}
# "selon le dernier bilan communiqué par les pompiers", "segundo os últimos dados
# divulgados pelo IBGE", "nach den ersten Berechnungen des Statistischen Bundesamts": the
# maker of the document a statement comes from speaks.
_DOCUMENT_OF = {
    "fr": (r"selon|d'après|d’après", r"bilan|rapport|chiffres|données|communiqué|estimations?|"
           r"enquête|étude|relevé|statistiques", r"par|de|du|des|de la"),
    "es": (r"según|de acuerdo con|conforme a", r"informe|datos|cifras|balance|comunicado|"
           r"estimaci[oó]n(?:es)?|encuesta|estudio|boletín|reporte|estadísticas",
           r"por|de|del|de la"),
    "pt": (r"segundo|de acordo com|conforme", r"dados|relatório|boletim|levantamento|números|"
           r"comunicado|estimativas?|pesquisa|estudo|balanço|estatísticas",
           r"pelo|pela|pelos|pelas|por|do|da|dos|das"),
    "it": (r"secondo|stando a", r"dati|rapporto|bollettino|comunicato|stime|stima|indagine|"
           r"studio|bilancio|cifre|nota", r"da|dal|dalla|dai|dalle|dallo|dagli|di|del|della|"
           r"dei|delle|dello|dell['’]"),
    "de": (r"nach|laut|gemäß", r"Angaben|Berechnungen|Schätzungen|Daten|Zahlen|Bericht|"
           r"Mitteilung|Statistik|Erhebung|Studie|Umfrage", r"des|der|von|vom"),
}
_DOCUMENT_CLAUSES = {
    lang: re.compile(rf"(?<!\w)(?:{acc})\s+(?:{_WORD}\s+){{0,4}}?(?:{nouns})(?!\w)"
                     rf"(?:\s+{_WORD}){{0,4}}?\s+(?:{by})(?:\s+|(?<=['’])){_PHRASE}", re.I)
    for lang, (acc, nouns, by) in _DOCUMENT_OF.items()}
# Chinese: "据围场医院方面介绍", "据广铁集团通报" (according to X's account)
_ZH_ACCORDING = re.compile(r"据(?P<who>[^\s，,。、：:“”「」()（）]{2,20}?)"
                           r"(?:方面)?(?:介绍|通报|报道|消息|统计|数据|显示|发布|称|透露|表示)")
# Arabic puts a title and its ministry before the name, all after the verb: "وأكد الناطق
# باسم وزارة الصحة المصرية خالد مجاهد" (the Egyptian health ministry's spokesman Khaled
# Mujahid said): up to eight words
_LONG_PHRASE = _PHRASE.replace("{0,4}", "{0,7}")
_CLAUSES = {lang: re.compile(rf"(?<!\w)(?:{verbs})\s+{_LONG_PHRASE if lang == 'ar' else _PHRASE}",
                             re.I)
            for lang, verbs in _AFTER_VERBS.items()}
_CLAUSES_BEFORE = {lang: re.compile(rf"{_PHRASE}\s+(?:{verbs})(?!\w)", re.I)
                   for lang, verbs in _BEFORE_VERBS.items()}
# Japanese: "気象庁によると" (according to), or the topic before the reporting verb
# ("総務省は…と発表した").
_JA_NAME = r"(?P<who>[^\s、。，,「」『』()（）]{2,20}?)"
_JA_ACCORDING = re.compile(_JA_NAME + r"(?:によると|によれば|の発表では|の調べでは|のまとめでは)")
_JA_TOPIC = re.compile(r"(?<![^\s、。「」（(])" + _JA_NAME + "は")
_JA_SAID = re.compile(r"発表した|明らかにした|述べた|伝えた|まとめた|公表した|報告した|語った")
# Turkish puts the speaker first and the reporting verb last: "ENAG ise ... yıllık
# enflasyonun yüzde 176 olduğunu bildirdi", "TÜİK, ... endeksini açıkladı".
_TR_SAID = re.compile(r"(?:açıkladı|bildirdi|belirtti|dedi|duyurdu|ifade etti|"
                      r"aktardı|söyledi)[.!]?\s*$")
_TR_SUBJECT = re.compile(r"\s*(?P<who>[^,.;:]{2,80}?)(?:,|\s+ise\s)")
_KO_TOPIC = re.compile(r"(?<![^\s(\"“])(?P<who>[^\s,.]{2,30}?)(?:은|는)\s")
_KO_SAID = re.compile(r"밝혔다|말했다|발표했다|전했다|설명했다|집계했다")


# a name set off after a title: "ha sottolineato il ceo di Intesa Sanpaolo, Carlo Messina."
_APPOSITION = re.compile(r",\s+((?:[^\W\d_][\w'’.-]*\s+){0,3}[^\W\d_][\w'’.-]*?)\s*(?:[.;:!?)]|$)")


def _apposed(sentence: str, end: int) -> str:
    """The name set off by a comma right after a clause's phrase ending at ``end``, or ""."""
    m = _APPOSITION.match(sentence, end)
    if m is None or not all(w[0].isupper() for w in m[1].split()):
        return ""
    return m[1]


def speakers(sentence: str, lang: str) -> list[tuple[int, int, str]]:
    """Every attribution clause of ``sentence`` in ``lang``: (start, end, phrase naming
    the speaker), in order; :func:`speaker` gives the first phrase."""
    out = []
    for table in (_SPEAKER, _SPEAKER_IN, _SPEAKER_BEFORE, _DOCUMENT_CLAUSES, _CLAUSES,
                  _CLAUSES_BEFORE):
        pattern = table.get(lang)
        for m in pattern.finditer(sentence) if pattern else ():
            who = m["who"]
            if table is _SPEAKER_BEFORE:  # the clause may start mid-sentence
                who = re.split(r"[,;:।.()]\s*", " ".join(who.split()))[-1]
            elif table is _SPEAKER:
                who = _NAME_END.sub("", who)
            elif table is _CLAUSES and (name := _apposed(sentence, m.end())):
                who = f"{who}, {name}"
            who = who.strip(" ,.;:—-")
            if any(c.isalpha() for c in who):  # "κατά 45%": a figure speaks for no one
                out.append((m.start(), m.end(), who))
    said = _KO_SAID.search(sentence) if lang == "ko" else None
    if said:  # the topics before the reporting verb
        out += [(m.start(), m.end(), m["who"]) for m in _KO_TOPIC.finditer(sentence, 0,
                                                                          said.start())]
    if lang == "tr" and _TR_SAID.search(sentence):
        m = _TR_SUBJECT.match(sentence)
        if m and len(m["who"].split()) <= 6:
            out.append((m.start("who"), m.end("who"), m["who"].strip()))
    if lang == "zh":
        out += [(m.start(), m.end(), m["who"]) for m in _ZH_ACCORDING.finditer(sentence)]
    if lang == "ja":
        out += [(m.start(), m.end(), m["who"]) for m in _JA_ACCORDING.finditer(sentence)]
        said = _JA_SAID.search(sentence)
        if said:
            out += [(m.start(), m.end(), m["who"]) for m in _JA_TOPIC.finditer(
                sentence, 0, said.start())]
    return sorted(out)


# Clauses whose speaker is a pronoun, or a verb with no subject ("he explained that"):
# "واوضح ان", "sagte er", "a-t-il ajouté", "selon lui", "он добавил", "додала вона",
# "explicó que", "وی افزود". The speaker is someone named before, never the outlet.
_AR_VERB = (r"[وف]?(?:قال|قالت|[أا]وضح|[أا]وضحت|[أا]ضاف|[أا]ضافت|[أا]كد|[أا]كدت|[أا]شار|"
            r"[أا]شارت|تابع|تابعت|لفت|لفتت|[أا]فاد|[أا]فادت)")
_RU_VERB = (r"(?:добавил|заявил|сказал|отметил|пояснил|подчеркнул|уточнил|сообщил)"
            r"(?:а|и)?")
_UK_VERB = (r"(?:дода|заяви|сказа|зазначи|поясни|наголоси|уточни|повідоми)(?:в|ла|ли)")
_ES_VERB = r"dijo|explicó|añadió|agregó|precisó|señaló|indicó|aseguró|afirmó|detalló"
_PT_VERB = r"disse|explicou|acrescentou|afirmou|informou|declarou|destacou|ressaltou"
_IT_VERB = r"ha detto|ha spiegato|ha aggiunto|ha dichiarato|ha sottolineato|ha precisato"
_SUBJECTLESS = r"(?:^|[,\"”»]\s*)(?:{})(?:\s+(?:que|che)\b|\s*[.,;:]|\s*$)"
_EN_VERB = (r"(?:also\s+)?(?:said|says|told\s+\w+|added|adds|explained|explains|stressed|"
            r"noted|wrote|continued|confirmed)")
# what may follow "he said" to the sentence's end: "in a post on Telegram", "on Monday",
# ", adding that ..."
_EN_TAIL = (r"\s+(?:in|on|at|during|after|via|late|early|later|earlier|this|last|today|"
            r"yesterday)\b[^,;:\"“”]{0,80}|,\s+(?:adding|noting|saying)\b[^\"“”]{0,200}")
_PRONOUN_CLAUSE = {
    # opening the sentence ("He explained that ...") or closing it ("..., she added.");
    # not a relative clause ("a cut he said would benefit ...")
    "en": rf"^\W*(?:he|she|they|it)\s+{_EN_VERB}\b"
          rf"|[,\"”]\s*(?:(?:he|she|they|it)\s+{_EN_VERB}|said\s+(?:he|she))(?:{_EN_TAIL})?\W*$",
    "ar": rf"(?<!\w){_AR_VERB}\s+(?:إلى\s+)?(?:[أاإ]ن|[أاإ]نه|[أاإ]نها)(?!\w)",
    "fa": r"(?<!\w)(?:وی|او)\s+(?:گفت|افزود|اظهار\s+کرد|توضیح\s+داد|تصریح\s+کرد)",
    "de": r"\b(?:sagte|erklärte|betonte|ergänzte|fügte|berichtete|teilte)\s+(?:er|sie)\b"
          r"|\b(?:er|sie)\s+(?:sagte|erklärte|betonte|ergänzte)\b",
    "nl": r"\b(?:zei|zegt|verklaarde|voegde)\s+(?:hij|zij|ze)\b|\b(?:hij|zij)\s+(?:zei|zegt)\b",
    "sv": r"\b(?:sa|sade|säger|uppger)\s+(?:han|hon)\b|\b(?:han|hon)\s+(?:sa|sade|säger)\b",
    "da": r"\b(?:siger|sagde|oplyser)\s+(?:han|hun)\b|\b(?:han|hun)\s+(?:siger|sagde)\b",
    "nb": r"\b(?:sier|sa|opplyser)\s+(?:han|hun)\b|\b(?:han|hun)\s+(?:sier|sa)\b",
    "fr": r"\b(?:a|avait|ont)-t-(?:il|elle|ils|elles)\s+(?:dit|déclaré|ajouté|précisé|expliqué|"
          r"indiqué|souligné)\b|\b(?:il|elle)\s+a\s+(?:ajouté|précisé|expliqué|souligné)\b"
          r"|\bselon (?:lui|elle|eux)\b",
    "es": _SUBJECTLESS.format(_ES_VERB) + r"|\bsegún (?:él|ella|ellos)\b",
    "pt": _SUBJECTLESS.format(_PT_VERB) + r"|\bsegundo (?:ele|ela)\b",
    "it": _SUBJECTLESS.format(_IT_VERB) + r"|\bsecondo (?:lui|lei)\b",
    "ru": rf"(?<!\w)(?:он|она|они)\s+(?:также\s+)?{_RU_VERB}(?!\w)"
          rf"|(?<!\w){_RU_VERB}\s+(?:он|она|они)(?!\w)",
    "uk": rf"(?<!\w)(?:він|вона|вони)\s+(?:також\s+)?{_UK_VERB}(?!\w)"
          rf"|(?<!\w){_UK_VERB}\s+(?:він|вона|вони)(?!\w)",
}
_PRONOUN_CLAUSES = {lang: re.compile(p, re.I) for lang, p in _PRONOUN_CLAUSE.items()}


def pronoun_speaks(sentence: str, lang: str) -> bool:
    """Whether an attribution clause of ``sentence`` has a pronoun for its speaker, or
    no subject at all ("واوضح ان ...", "sagte er", "explicó que"): someone named
    before speaks."""
    pattern = _PRONOUN_CLAUSES.get(lang)
    return bool(pattern and pattern.search(sentence))


def speaker(sentence: str, lang: str) -> str | None:
    """The source an attribution clause names ("повідомили в Повітряних силах ЗСУ" ->
    "Повітряних силах ЗСУ", "meldt de politie" -> "de politie"), or None; a phrase, not
    yet matched to a sheet source."""
    found = speakers(sentence, lang)
    return found[0][2] if found else None
