"""What a rerun of `factcheck check --no-report` loads: a warm run none of the engine,
one edited sheet only the engine (no DataFrame, database, template or table library)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

#: loaded by no rerun of `check --no-report` (reports, history queries, large tables)
NEVER = ("pandas", "pandera", "duckdb", "jinja2", "tabulate", "pyspark",
         "factcheck.report", "factcheck.store.queries")
#: the engine: loaded only when a sheet is checked again
ENGINE = ("yaml", "pydantic", "pint", "factcheck.checks", "factcheck.api",
          "factcheck.engine.expr", "factcheck.ground.grounding", "factcheck.load.sheet")


def _loaded(project: Path) -> tuple[int, set[str]]:
    """The exit status of one `factcheck check --no-report` and the modules it loaded."""
    code = ("import sys; from factcheck.cli import main; rc = main(['check', '--no-report']); "
            "print(rc); print(' '.join(sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True,
                         text=True, check=True).stdout.splitlines()
    return int(out[-2]), set(out[-1].split())


def _twin(project: Path) -> None:
    """A second sheet reporting the seed's claims (a cross-source key with two rows)."""
    seed = project / "facts" / "seed.yaml"
    (project / "facts" / "twin.yaml").write_text(seed.read_text())


def test_a_warm_rerun_loads_no_engine(project):
    _twin(project)
    first, _ = _loaded(project)
    again, modules = _loaded(project)
    assert again == first
    assert not [m for m in (*NEVER, *ENGINE) if m in modules]
    assert "factcheck.manifest" in modules  # it did run, from the manifest


def test_one_edited_sheet_loads_the_engine_and_nothing_heavier(project):
    _twin(project)
    _loaded(project)
    twin = project / "facts" / "twin.yaml"
    twin.write_text(twin.read_text().replace("value: 114", "value: 115", 1))
    code, modules = _loaded(project)
    assert code == 1  # the edit is seen: the two sheets now conflict
    assert "factcheck.checks" in modules
    assert not [m for m in NEVER if m in modules]
