"""The manifest's journal: one edit writes its rows there, not the whole manifest again;
reruns read both, and a journal that is torn or amends another manifest is left out."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck import manifest, pipeline
from factcheck.cache import CACHE_DIR, SheetCache
from factcheck.config import load_config
from tests.pipeline.test_warm import (
    _add_sheet,
    _age,
    _comparable,
    _edit_sheet,
    _no_sheet_reads,
    _remove_sheet,
    _uncached,
)


@pytest.fixture
def many(project: Path, seed_text: str) -> Path:
    """Five sheets, as in test_warm: the seed, two copies, two with a changed figure."""
    for i, value in enumerate((114, 114, 115, 116)):
        (project / "facts" / f"copy{i}.yaml").write_text(
            seed_text.replace("value: 114", f"value: {value}", 1))
    _age(project)
    return project


def _files(root: Path) -> tuple[Path, Path]:
    return root / CACHE_DIR / manifest.NAME, root / CACHE_DIR / manifest.JOURNAL


def _base(root: Path) -> str:
    return SheetCache(root, load_config(root)).base


@pytest.mark.parametrize("edit,rechecked", [(_edit_sheet, 1), (_add_sheet, 1),
                                           (_remove_sheet, 0)])
def test_one_edit_goes_to_the_journal_and_reruns_read_it(many, monkeypatch, edit, rechecked):
    whole, journal = _files(many)
    pipeline.run([many / "facts"], many, jobs=1)
    written = (whole.read_bytes(), os.stat(whole).st_mtime_ns)
    assert not journal.exists()
    edit(many)
    edited = pipeline.run([many / "facts"], many, jobs=1)
    assert edited.rechecked == rechecked
    assert (whole.read_bytes(), os.stat(whole).st_mtime_ns) == written  # not rewritten
    assert journal.exists()
    reads = _no_sheet_reads(monkeypatch)
    again = pipeline.run([many / "facts"], many, jobs=1)
    assert again.rechecked == 0 and [r for r in reads if r.startswith("check")] == []
    monkeypatch.undo()
    assert _comparable(again) == _comparable(edited) == _uncached(many)


@pytest.mark.parametrize("spoil", ["torn", "another manifest"])
def test_a_journal_left_out_costs_checks_never_results(many, spoil):
    whole, journal = _files(many)
    pipeline.run([many / "facts"], many, jobs=1)
    _edit_sheet(many)
    pipeline.run([many / "facts"], many, jobs=1)
    if spoil == "torn":
        journal.write_bytes(journal.read_bytes()[:40])
    else:  # the manifest it amends written whole again meanwhile, by another run
        read = manifest.Manifest.load(many, _base(many))
        assert read.journal_rows  # applied while it amends the manifest read
        read.rewrite = read.dirty = True
        journal_bytes = journal.read_bytes()
        assert read.save()
        journal.write_bytes(journal_bytes)  # a journal of the manifest replaced
        assert manifest.Manifest.load(many, _base(many)).journal_rows == {}
    again = pipeline.run([many / "facts"], many, jobs=1)
    assert _comparable(again) == _uncached(many)


def test_a_large_journal_writes_the_manifest_whole(many, monkeypatch):
    whole, journal = _files(many)
    pipeline.run([many / "facts"], many, jobs=1)
    monkeypatch.setattr(manifest, "JOURNAL_ROWS", 0)
    _edit_sheet(many)
    before = os.stat(whole).st_mtime_ns
    after = pipeline.run([many / "facts"], many, jobs=1)
    assert not journal.exists() and whole.read_bytes() and os.stat(whole).st_mtime_ns != before
    assert _comparable(after) == _uncached(many)
    monkeypatch.undo()
    assert pipeline.run([many / "facts"], many, jobs=1).rechecked == 0
