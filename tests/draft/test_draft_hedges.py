"""Drafts take the meaning of a hedged number from the hedge of the document's language."""

from __future__ import annotations

import pytest

from factcheck.draft import draft_data

DOCS = {
    "es": ("El Gobierno destinará más de 4.900 millones de euros a la reconstrucción, según "
           "informó el ministerio de Hacienda. Las obras empezarán en marzo y durarán dos años "
           "en total, añadió el ministerio en un comunicado publicado el martes.", 4.9e9),
    "de": ("Bei dem Unglück kamen mindestens elf Menschen ums Leben, teilte die Polizei am "
           "Dienstag in Stuttgart mit. Die Ermittlungen zur Ursache dauern nach Angaben der "
           "Behörden noch an, hieß es in einer Mitteilung der Stadtverwaltung.", 11),
}


@pytest.mark.parametrize("lang", sorted(DOCS))
def test_a_hedged_number_is_drafted_with_its_hedge(tmp_path, lang):
    text, value = DOCS[lang]
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_text(text, encoding="utf-8")
    facts = draft_data(tmp_path / "seeds" / "d.txt", tmp_path)["facts"]
    meanings = [f.get("meaning") for f in facts.values() if f["value"] == value]
    assert meanings == ["at_least"]
