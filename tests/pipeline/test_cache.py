"""The per-sheet cache: reruns reuse results, and every dependency invalidates exactly."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from factcheck import cache as cache_mod
from factcheck import pipeline, sheets
from factcheck.cache import CACHE_DIR
from factcheck.cli import main
from factcheck.report import build_report
from tests.conftest import SEED_DOC, make_project


def _comparable(result) -> str:
    """The report of ``result`` as JSON, without the run time (which differs per run)."""
    return build_report(result).to_json(indent=None, exclude={"run_id", "elapsed_seconds"})


def _report(root: Path, **kw) -> str:
    return _comparable(pipeline.run([root / "facts"], root, **kw))


def _count_checks(monkeypatch) -> list[Path]:
    """Record every sheet the engine really checks (the cache bypasses check_sheet)."""
    calls: list[Path] = []
    real = sheets.check_sheet

    def spy(path, root, config=None):
        calls.append(path)
        return real(path, root, config)

    monkeypatch.setattr(sheets, "check_sheet", spy)
    return calls


@pytest.fixture
def two_sheets(project: Path) -> Path:
    """The seed sheet and a second sheet reporting the same claim keys (in another file)."""
    shutil.copy(project / "facts" / "seed.yaml", project / "facts" / "twin.yaml")
    return project


def test_rerun_does_no_sheet_work_and_gives_the_same_report(two_sheets, monkeypatch):
    first = _report(two_sheets, jobs=1)
    calls = _count_checks(monkeypatch)
    second = _report(two_sheets, jobs=1)
    assert calls == []
    assert second == first == _report(two_sheets, cache=False, jobs=1)
    assert (two_sheets / CACHE_DIR / ".gitignore").read_text().strip().endswith("*")


def _edit_sheet(root: Path) -> None:
    p = root / "facts" / "seed.yaml"
    p.write_text(p.read_text().replace("value: 114", "value: 115", 1))


def _edit_document(root: Path) -> None:
    p = root / "seeds" / SEED_DOC
    p.write_text(p.read_text().replace("Sixty-six", "Sixty-seven", 1))


def _edit_config(root: Path) -> None:
    p = root / "pyproject.toml"
    p.write_text(p.read_text() + 'approx_tolerance = "50%"\n')


def _edit_twin(root: Path) -> None:
    p = root / "facts" / "twin.yaml"
    p.write_text(p.read_text().replace("value: 114", "value: 115", 1))


@pytest.mark.parametrize("edit,rechecked", [
    (_edit_sheet, {"seed.yaml"}),
    (_edit_document, {"seed.yaml", "twin.yaml"}),
    (_edit_config, {"seed.yaml", "twin.yaml"}),
    (_edit_twin, {"twin.yaml"}),  # seed.yaml is reused, its claims compared anew
])
def test_each_dependency_invalidates_exactly(two_sheets, monkeypatch, edit, rechecked):
    before = _report(two_sheets, jobs=1)
    edit(two_sheets)
    calls = _count_checks(monkeypatch)
    after = _report(two_sheets, jobs=1)
    assert {p.name for p in calls} == rechecked
    assert after != before
    assert after == _report(two_sheets, cache=False, jobs=1)


def test_shared_claim_key_change_is_seen_through_a_cached_sheet(two_sheets, monkeypatch):
    result = pipeline.run([two_sheets / "facts"], two_sheets, jobs=1)
    launched = [o for o in result.claims if o.name.endswith("drones_launched")]
    assert [o.verdict for o in launched] == ["agree"]
    _edit_twin(two_sheets)
    calls = _count_checks(monkeypatch)
    result = pipeline.run([two_sheets / "facts"], two_sheets, jobs=1)
    assert [p.name for p in calls] == ["twin.yaml"]
    launched = [o for o in result.claims if o.name.endswith("drones_launched")]
    assert [o.verdict for o in launched] == ["conflict"]


def test_code_change_invalidates(two_sheets, monkeypatch):
    _report(two_sheets, jobs=1)
    monkeypatch.setattr(cache_mod, "code_fingerprint", lambda: "another factcheck")
    calls = _count_checks(monkeypatch)
    _report(two_sheets, jobs=1)
    assert {p.name for p in calls} == {"seed.yaml", "twin.yaml"}


def test_code_fingerprint_covers_library_versions(monkeypatch):
    names = {name for name, _ in cache_mod._dependency_versions()}
    assert {"pint", "pydantic", "pyyaml", "inflect"} <= names  # read from the installed dist
    before = cache_mod.code_fingerprint.__wrapped__()
    real = cache_mod.metadata.version
    monkeypatch.setattr(cache_mod.metadata, "version",
                        lambda name: "0.0-other" if name == "pint" else real(name))
    assert cache_mod.code_fingerprint.__wrapped__() != before


def test_corrupt_entries_are_misses(two_sheets, monkeypatch):
    expected = _report(two_sheets, jobs=1)
    entries = [p for p in (two_sheets / CACHE_DIR / "sheets").rglob("*") if p.is_file()
               and p.name != ".gitignore"]
    assert len(entries) == 2
    entries[0].write_bytes(b"not a pickle")
    entries[1].write_bytes(entries[1].read_bytes()[:100])
    calls = _count_checks(monkeypatch)
    assert _report(two_sheets, jobs=1) == expected
    assert len(calls) == 2


def test_unwritable_cache_is_not_an_error(project):
    (project / CACHE_DIR).write_text("a file where the cache directory would be")
    assert _report(project, jobs=1) == _report(project, cache=False, jobs=1)


def test_a_sheet_that_did_not_load_is_rechecked_when_its_document_appears(project):
    (project / "seeds" / SEED_DOC).rename(project / "doc.txt")
    broken = pipeline.run([project / "facts"], project, jobs=1)
    assert broken.problems
    (project / "doc.txt").rename(project / "seeds" / SEED_DOC)
    fixed = pipeline.run([project / "facts"], project, jobs=1)
    assert not fixed.problems


def test_cli_no_cache_reads_and_writes_nothing(project, monkeypatch, capsys):
    monkeypatch.chdir(project)
    assert main(["check", "--no-report", "--no-cache"]) == 0
    assert not (project / CACHE_DIR).exists()
    uncached = capsys.readouterr().out
    assert main(["check", "--no-report"]) == 0
    assert any((project / CACHE_DIR).rglob("*"))
    calls = _count_checks(monkeypatch)
    capsys.readouterr()
    assert main(["check", "--no-report"]) == 0
    assert calls == []
    assert capsys.readouterr().out == uncached


def test_process_pool_gives_the_same_results_in_order(tmp_path, monkeypatch):
    make_project(tmp_path)
    for i in range(4):
        shutil.copy(tmp_path / "facts" / "seed.yaml", tmp_path / "facts" / f"copy{i}.yaml")
    serial = _report(tmp_path, cache=False, jobs=1)
    pooled = _report(tmp_path, jobs=2)  # workers check and store
    assert pooled == serial
    calls = _count_checks(monkeypatch)
    assert _report(tmp_path, jobs=2) == serial  # all from what the workers stored
    assert calls == []



def test_workers_look_up_the_cache_the_parent_reads_no_sheet(tmp_path, monkeypatch):
    """With a pool, each sheet is read, hashed and looked up in the worker that would
    check it: the parent reads none before starting them, and reads back none of what
    the workers stored (however small the run) until asked. Entries the workers find (no
    manifest to know them by) give the results a check gives, with their keys."""
    from factcheck.spool import ON_DISK

    make_project(tmp_path)
    for i in range(4):
        shutil.copy(tmp_path / "facts" / "seed.yaml", tmp_path / "facts" / f"copy{i}.yaml")
    serial = _report(tmp_path, cache=False, jobs=1)
    in_parent: list[Path] = []
    real_get = cache_mod.SheetCache.get
    parent = os.getpid()

    def get(self, path):
        if os.getpid() == parent:
            in_parent.append(path)
        return real_get(self, path)

    monkeypatch.setattr(cache_mod.SheetCache, "get", get)
    first = pipeline.run([tmp_path / "facts"], tmp_path, jobs=2)
    assert all(s.__dict__["loaded"] is ON_DISK and s.__dict__["checks"] is ON_DISK
               for s in first.sheets)
    assert _comparable(first) == serial
    assert in_parent == []
    (tmp_path / CACHE_DIR / "manifest").unlink()  # only the entries are left
    again = pipeline.run([tmp_path / "facts"], tmp_path, jobs=2)
    assert in_parent == []
    assert _comparable(again) == serial
    assert [(s.key, s.deps) for s in again.sheets] == [(s.key, s.deps) for s in first.sheets]
    assert all(s.key for s in again.sheets)
    # an entry that reads but does not restore (its outcomes torn) is a miss, checked again
    entry = again.sheets[0].detail
    deps, slim, detail, rows = cache_mod.read_entry(entry)
    cache_mod.write_entry(entry, deps, slim[: len(slim) // 2], detail, rows)
    (tmp_path / CACHE_DIR / "manifest").unlink()
    assert _comparable(pipeline.run([tmp_path / "facts"], tmp_path, jobs=2)) == serial

@pytest.mark.parametrize("cache,jobs", [(True, 1), (True, 2), (False, 1), (False, 2)])
def test_large_runs_keep_sheet_detail_on_disk(tmp_path, monkeypatch, cache, jobs):
    import gc

    from factcheck.spool import ON_DISK

    make_project(tmp_path)
    shutil.copy(tmp_path / "facts" / "seed.yaml", tmp_path / "facts" / "twin.yaml")
    in_memory = _report(tmp_path, cache=False, jobs=1)
    monkeypatch.setattr(sheets, "SPOOL_MIN_SHEETS", 0)
    monkeypatch.setattr(pipeline, "SPOOL_MIN_SHEETS", 0)
    for _ in range(2):  # checked, then (with the cache) reused
        result = pipeline.run([tmp_path / "facts"], tmp_path, cache=cache, jobs=jobs)
        assert all(s.__dict__["loaded"] is ON_DISK for s in result.sheets)
        assert _comparable(result) == in_memory
    spool_dirs = {s.detail.parent for s in result.sheets}
    del result
    gc.collect()
    assert all(d.exists() == cache for d in spool_dirs)  # a spool is removed with its run


def test_xdist_workers_check_their_own_share_first(two_sheets, monkeypatch):
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", "2")
    assert sheets._shard_first(5) == ([1, 3, 0, 2, 4], 2)
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", "1")
    assert sheets._shard_first(3) == ([0, 1, 2], 3)


def test_a_sheet_stored_by_a_sibling_meanwhile_is_reused(two_sheets, monkeypatch):
    """gw1 misses both sheets at the start; gw0 stores seed.yaml while gw1 checks its own."""
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", "2")
    calls: list[Path] = []
    real = sheets.check_sheet

    def sibling_stores_seed(path, root, config=None):
        calls.append(path)
        if path.name == "twin.yaml":  # gw1's own share; meanwhile gw0 stores seed.yaml
            monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw0")
            pipeline.run([two_sheets / "facts" / "seed.yaml"], two_sheets, jobs=1)
            monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw1")
        return real(path, root, config)

    monkeypatch.setattr(sheets, "check_sheet", sibling_stores_seed)
    result = pipeline.run([two_sheets / "facts"], two_sheets, jobs=1)
    assert [p.name for p in calls] == ["twin.yaml", "seed.yaml"]  # seed.yaml: by "gw0"
    monkeypatch.setattr(sheets, "check_sheet", real)
    assert _comparable(result) == _report(two_sheets, cache=False, jobs=1)


def test_a_focused_view_leaves_detail_on_disk(two_sheets, monkeypatch):
    from factcheck.spool import ON_DISK

    monkeypatch.setattr(sheets, "SPOOL_MIN_SHEETS", 0)
    monkeypatch.setattr(pipeline, "SPOOL_MIN_SHEETS", 0)
    result = pipeline.run([two_sheets / "facts"], two_sheets, jobs=1)
    view = pipeline.focus_view(result, {(two_sheets / "facts" / "seed.yaml").resolve()},
                               keep=lambda o: o.kind == "grounding")
    assert [s.rel for s in view.sheets] == ["facts/seed.yaml"]
    assert view.sheets[0].__dict__["loaded"] is ON_DISK
    assert view.sheets[0].checks == [] and view.sheets[0].grounding
    assert view.sheets[0].loaded.rel == "facts/seed.yaml"  # read back when asked for
