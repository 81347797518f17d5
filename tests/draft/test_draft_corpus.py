"""`draft` on every real article of the corpus writes a sheet that `check` accepts:
it loads without problems, every quote it drafted grounds, and no check or value fails
on a unit it wrote."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from factcheck.draft import draft_data, draft_sheet
from factcheck.engine.outcome import ERROR, GROUNDED
from factcheck.pipeline import check_sheet

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def test_the_corpus_has_real_articles():
    assert len(SEEDS) >= 26


@pytest.mark.parametrize("seed", SEEDS, ids=[s.stem for s in SEEDS])
def test_draft_of_a_real_article_is_accepted_by_check(tmp_path: Path, seed: Path):
    (tmp_path / "seeds").mkdir()
    doc = tmp_path / "seeds" / seed.name
    shutil.copy(seed, doc)
    (tmp_path / "facts").mkdir()
    sheet = tmp_path / "facts" / "draft.yaml"
    sheet.write_text(draft_sheet(doc, tmp_path))
    result = check_sheet(sheet, tmp_path)
    assert result.loaded is not None
    assert [str(p) for p in result.problems] == []
    assert [o.message for o in result.checks if o.verdict == ERROR] == []
    assert [o.message for o in result.grounding if o.verdict != GROUNDED] == []


def test_draft_names_currencies_by_their_iso_code(tmp_path: Path):
    doc = tmp_path / "a.txt"
    doc.write_text("The budget is Rs 1,200 crore, up from $3bn and A$12.5m.\n")
    units = sorted({f.get("unit") for f in draft_data(doc, tmp_path)["facts"].values()})
    assert units == ["AUD", "INR", "USD"]


def test_draft_of_a_ukrainian_report_drafts_neutral_units_and_the_language(tmp_path: Path):
    doc = tmp_path / "a.txt"
    doc.write_text("У ніч на 12 липня 2025 року противник атакував 597 ударними БпЛА та "
                   "26 ракетами, повідомили в Повітряних силах ЗСУ.\n\nЗбито 319 "
                   "безпілотників і 25 ракет. Загинули двоє людей.\n")
    data = draft_data(doc, tmp_path)
    assert data["language"] == "uk"
    assert data["sources"] == {"povitrianykh_sylakh_zsu": {"name": "Повітряних силах ЗСУ"}}
    assert data["facts"]["x_597"]["source"] == "povitrianykh_sylakh_zsu"
    got = sorted((f["value"], f.get("unit")) for f in data["facts"].values()
                 if isinstance(f["value"], int))
    assert got == [(2, "person"), (25, "missile"), (26, "missile"), (319, "drone"),
                   (597, "drone")]


def test_draft_of_a_hindi_report_names_the_source_before_the_verb(tmp_path: Path):
    doc = tmp_path / "h.txt"
    doc.write_text("हादसे में पांच लोगों की मौत हो गई, पुलिस ने बताया।\n")
    data = draft_data(doc, tmp_path)
    assert data["language"] == "hi"
    assert data["sources"] == {"source": {"name": "पुलिस"}}
    [fact] = data["facts"].values()
    assert (fact["value"], fact["unit"], fact["source"]) == (5, "person", "source")


def test_a_number_at_a_lines_end_counts_no_word_of_the_next_line(tmp_path: Path):
    doc = tmp_path / "t.txt"
    doc.write_text("Seats won so far:\nLabor 67\nGreens 1\n\nThe count launched 114\n"
                   "drones in all.\n")
    units = {f["value"]: f.get("unit") for f in draft_data(doc, tmp_path)["facts"].values()}
    assert units == {67: None, 1: None, 114: "drone"}
