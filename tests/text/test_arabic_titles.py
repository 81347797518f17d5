"""An Arabic attribution clause names a title and its ministry before the person, all
after the verb: the person is in the speaker phrase."""

from __future__ import annotations

from factcheck.text.clauses import speakers

SENTENCE = ("وأكد الناطق باسم وزارة الصحة المصرية خالد مجاهد، على أن عدد ضحايا السيول "
            "وصل إلى 22 قتيلاً")


def test_the_name_after_a_title_and_ministry_is_in_the_phrase():
    [(_, _, who)] = speakers(SENTENCE, "ar")
    assert who.endswith("خالد مجاهد") and who.startswith("الناطق")


def test_other_languages_keep_five_words():
    [(_, _, who)] = speakers("según el portavoz del ministerio de salud de la provincia, 22",
                             "es")
    assert len(who.split()) == 5
