"""Reruns from the manifest: no per-sheet work, exact invalidation, incremental claims."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from factcheck import cache as cache_mod
from factcheck import crossstage, pipeline, sheets, spool
from factcheck.cache import CACHE_DIR
from factcheck.cli import main
from factcheck.crosssource import small
from factcheck.report import build_report
from factcheck.spool import ON_DISK
from tests.conftest import SEED_DOC

PAST = 1_600_000_000  # a time stamp long before any manifest entry is recorded


def _age(root: Path) -> None:
    """Every project file written long ago (so the manifest trusts its time stamps)."""
    for p in root.rglob("*"):
        if p.is_file() and CACHE_DIR not in p.parts:
            os.utime(p, (PAST, PAST))


def _comparable(result) -> str:
    return build_report(result).to_json(indent=None, exclude={"run_id", "elapsed_seconds"})


def _uncached(root: Path) -> str:
    return _comparable(pipeline.run([root / "facts"], root, cache=False, jobs=1))


def _no_sheet_reads(monkeypatch) -> list[str]:
    """Record every read of a sheet's cache entry and every check of a sheet."""
    reads: list[str] = []
    real_read, real_check = cache_mod.read_entry, sheets.check_sheet
    monkeypatch.setattr(spool, "read_entry", lambda f: reads.append(f"entry {f}") or
                        real_read(f))
    monkeypatch.setattr(cache_mod, "read_entry", lambda f: reads.append(f"entry {f}") or
                        real_read(f))
    monkeypatch.setattr(sheets, "check_sheet", lambda p, r, c=None: reads.append(
        f"check {p}") or real_check(p, r, c))
    return reads


@pytest.fixture
def many(project: Path, seed_text: str) -> Path:
    """Five sheets: the seed, two copies, and two with the drone figure changed."""
    for i, value in enumerate((114, 114, 115, 116)):
        (project / "facts" / f"copy{i}.yaml").write_text(
            seed_text.replace("value: 114", f"value: {value}", 1))
    _age(project)
    return project


def test_an_unchanged_rerun_reads_no_sheet(many, monkeypatch, capsys):
    first = pipeline.run([many / "facts"], many, jobs=1)
    expected = (first.exit_code(), [o.name for o in first.failures], _comparable(first))
    reads = _no_sheet_reads(monkeypatch)
    again = pipeline.run([many / "facts"], many, jobs=1)
    code, failures = again.exit_code(), [o.name for o in again.failures]
    from factcheck.report.build import summarize

    summary = summarize(again)
    assert reads == []  # counts, failures and exit status from the manifest alone
    assert again.rechecked == 0
    assert all(s.__dict__["grounding"] is ON_DISK for s in again.sheets)
    assert again.__dict__["claims"] is ON_DISK
    assert summary == summarize(first)
    assert (code, failures, _comparable(again)) == expected  # detail read when asked for
    assert _comparable(again) == _uncached(many)


def _edit_sheet(root: Path) -> None:
    p = root / "facts" / "copy0.yaml"
    p.write_text(p.read_text().replace("value: 114", "value: 117", 1))


def _edit_document(root: Path) -> None:
    p = root / "seeds" / SEED_DOC
    p.write_text(p.read_text().replace("Sixty-six", "Sixty-seven", 1))


def _edit_config(root: Path) -> None:
    p = root / "pyproject.toml"
    p.write_text(p.read_text() + 'approx_tolerance = "50%"\n')


def _remove_sheet(root: Path) -> None:
    (root / "facts" / "copy3.yaml").unlink()


def _add_sheet(root: Path) -> None:
    shutil.copy(root / "facts" / "copy2.yaml", root / "facts" / "copy9.yaml")


@pytest.mark.parametrize("edit,rechecked", [
    (_edit_sheet, {"copy0.yaml"}),
    (_edit_document, {"seed.yaml", "copy0.yaml", "copy1.yaml", "copy2.yaml", "copy3.yaml"}),
    (_edit_config, {"seed.yaml", "copy0.yaml", "copy1.yaml", "copy2.yaml", "copy3.yaml"}),
    (_remove_sheet, set()),
    (_add_sheet, {"copy9.yaml"}),
])
def test_each_dependency_invalidates_through_the_manifest(many, monkeypatch, edit, rechecked):
    before = _comparable(pipeline.run([many / "facts"], many, jobs=1))
    edit(many)
    reads = _no_sheet_reads(monkeypatch)
    after = pipeline.run([many / "facts"], many, jobs=1)
    assert {Path(r.split(" ", 1)[1]).name for r in reads if r.startswith("check")} == rechecked
    assert _comparable(after) != before
    monkeypatch.undo()
    assert _comparable(after) == _uncached(many)


def test_an_edit_within_the_time_stamp_resolution_is_seen(many):
    """Same size, same modification time: a file written just before the manifest entry
    was recorded is hashed again, as git does with its index."""
    p = many / "facts" / "copy0.yaml"
    p.write_text(p.read_text())  # modified now: racy for the entry recorded next
    stamp = os.stat(p).st_mtime_ns
    pipeline.run([many / "facts"], many, jobs=1)
    p.write_text(p.read_text().replace("value: 114", "value: 411", 1))  # same size
    os.utime(p, ns=(stamp, stamp))
    after = pipeline.run([many / "facts"], many, jobs=1)
    assert _comparable(after) == _uncached(many)
    assert any("411" in o.message for o in after.failures)


def test_one_edit_compares_only_its_claim_groups_again(many, monkeypatch):
    pipeline.run([many / "facts"], many, jobs=1)
    _edit_sheet(many)
    compared: list[list[str]] = []
    real = small.compare_rows

    def spy(rows, known=None):
        rows = list(rows)
        compared.append(sorted({r["key"] for r in rows}))
        return real(rows, known)

    monkeypatch.setattr(crossstage, "compare_rows", spy)
    after = pipeline.run([many / "facts"], many, jobs=1)
    assert compared == [["ua/overnight-attack/2025-04-26/drones_launched"]]
    monkeypatch.undo()
    assert _comparable(after) == _uncached(many)
    # and the same against the SQL engine the full table takes when large
    monkeypatch.setattr(pipeline, "SMALL_TABLE", 0)
    full = pipeline.compare_claims(pipeline.run([many / "facts"], many, cache=False,
                                                jobs=1).sheets, 0, "auto")
    assert [(o.name, o.verdict, o.message) for o in full] == \
        [(o.name, o.verdict, o.message) for o in after.claims]


def test_a_changed_statement_stance_judges_statements_anew(many):
    pipeline.run([many / "facts"], many, jobs=1)
    p = many / "facts" / "copy1.yaml"
    text = p.read_text()
    assert "stance: denies" in text
    p.write_text(text.replace("stance: denies", "stance: affirms"))
    after = pipeline.run([many / "facts"], many, jobs=1)
    assert _comparable(after) == _uncached(many)


def test_a_corrupt_manifest_is_a_miss(many, monkeypatch):
    expected = _comparable(pipeline.run([many / "facts"], many, jobs=1))
    (many / CACHE_DIR / "manifest").write_bytes(b"torn")
    assert _comparable(pipeline.run([many / "facts"], many, jobs=1)) == expected


def test_cli_rerun_leaves_unchanged_reports_alone(many, monkeypatch, capsys):
    monkeypatch.chdir(many)
    main(["check"])
    first = capsys.readouterr()
    assert "wrote reports/consistency.json" in first.err
    index = many / "reports" / "index.html"
    stamp = os.stat(index).st_mtime_ns
    main(["check"])
    second = capsys.readouterr()
    assert "unchanged (not rewritten) reports/consistency.json" in second.err
    assert second.out == first.out and os.stat(index).st_mtime_ns == stamp
    run = first.err.rsplit("run ", 1)[1].strip()
    assert second.err.rsplit("run ", 1)[1].strip() == run
    assert run in index.read_text()
    page = next((many / "reports" / "sheets").iterdir())
    page.unlink()  # a report file gone: written again
    main(["check"])
    assert "wrote reports/consistency.json" in capsys.readouterr().err and page.exists()
    _edit_sheet(many)
    main(["check"])
    assert "wrote reports/consistency.json" in capsys.readouterr().err
    assert os.stat(index).st_mtime_ns != stamp and run not in index.read_text()


def test_stored_claims_gone_are_compared_anew(many):
    expected = _comparable(pipeline.run([many / "facts"], many, jobs=1))
    for f in (many / CACHE_DIR / "cross").rglob("*"):
        if f.is_file():
            f.unlink()
    again = pipeline.run([many / "facts"], many, jobs=1)
    assert again.rechecked == 0 and _comparable(again) == expected


def _large(monkeypatch) -> None:
    """Run as a large run does: detail, outcomes and claim rows on disk, claims by shard."""
    monkeypatch.setattr(sheets, "SPOOL_MIN_SHEETS", 0)
    monkeypatch.setattr(pipeline, "SPOOL_MIN_SHEETS", 0)
    monkeypatch.setattr(crossstage, "STREAM_MIN_SHEETS", 0)


@pytest.mark.parametrize("shard_small", [0, crossstage.SHARD_SMALL_TABLE])  # DuckDB, Python
def test_a_large_run_compares_claims_shard_by_shard(many, monkeypatch, shard_small):
    expected = _uncached(many)
    _large(monkeypatch)
    monkeypatch.setattr(crossstage, "SHARD_SMALL_TABLE", shard_small)
    calls = []
    real = crossstage._compare_by_shard
    monkeypatch.setattr(crossstage, "_compare_by_shard",
                        lambda *a: calls.append(1) or real(*a))
    result = pipeline.run([many / "facts"], many, jobs=1)
    assert calls == [1]
    assert all(s.__dict__["cross"] is ON_DISK for s in result.sheets)  # rows not held
    assert _comparable(result) == expected
    _edit_sheet(many)  # then one edit is compared group by group, as in a small run
    after = pipeline.run([many / "facts"], many, jobs=1)
    assert calls == [1] and after.rechecked == 1
    assert _comparable(after) == _uncached(many)


def test_an_invalid_fact_table_is_named_alike_shard_by_shard(many, monkeypatch):
    real = small._check

    def planted(row, known):
        if row["sheet"].endswith("copy2.yaml") and row["fact"] == "drones_launched":
            raise ValueError(f"fact table row {row['sheet']}:{row['line']}: planted")
        real(row, known)

    def claims(result) -> list[tuple]:
        return [(o.name, o.sheet, o.line, str(o.verdict), o.message) for o in result.claims]

    monkeypatch.setattr(small, "_check", planted)
    whole = claims(pipeline.run([many / "facts"], many, cache=False, jobs=1))
    assert len(whole) == 1 and "planted" in whole[0][-1]
    _large(monkeypatch)
    streamed = pipeline.run([many / "facts"], many, jobs=1)
    assert claims(streamed) == whole and streamed.exit_code() == 2
    [table] = build_report(streamed).cross_source  # reported, not a crash
    assert (table.verdict, table.passed, table.reports) == ("error", False, [])
    assert "planted" in table.message and "facts/copy2.yaml:" in table.message


def test_a_previous_entry_holding_other_rows_is_not_trusted(many, monkeypatch):
    """The rows a changed sheet brought before are read from its previous cache entry;
    an entry that holds other rows now (checked again against a changed data file under
    the same key) must not be taken for them: everything is compared anew."""
    pipeline.run([many / "facts"], many, jobs=1)
    _edit_sheet(many)
    now = sheets.check_sheet(many / "facts" / "copy0.yaml", many).cross
    monkeypatch.setattr(pipeline, "_stored_cross", lambda cache_dir: lambda key: now)
    after = pipeline.run([many / "facts"], many, jobs=1)
    monkeypatch.undo()
    assert _comparable(after) == _uncached(many)


def test_a_manifest_written_in_chunks_reads_back_whole(many, monkeypatch):
    from factcheck import manifest

    monkeypatch.setattr(manifest, "CHUNK", 2)  # five sheets: three chunks a column
    first = pipeline.run([many / "facts"], many, jobs=1)
    reads = _no_sheet_reads(monkeypatch)
    again = pipeline.run([many / "facts"], many, jobs=1)
    assert reads == [] and again.rechecked == 0
    assert _comparable(again) == _comparable(first)
