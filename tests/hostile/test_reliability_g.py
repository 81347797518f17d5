"""Reliability findings 2026-11-25, section G (pytest plugin), the cases not already in
test_environment.py (G7) and test_output_safety.py (G8). The findings' project: sheets
in facts/, ``testpaths = [".", "facts"]`` and three YAML files that are no sheets."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .helpers import CORPUS, GOOD, project

BAD = GOOD.read_text().replace("value: 31", "value: 51")
OTHER_YAML = {".github/workflows/ci.yml": "on: [push]\njobs: {}\n",
              "docker-compose.yml": "services: {web: {image: x}}\n",
              "config/settings.yaml": "debug: no\n"}


def _project(root: Path) -> Path:
    project(root, GOOD, ("bad.yaml", BAD.encode()),
            *(CORPUS / f"{n}.yaml" for n in ("unclosed", "binary", "alias_bomb")))
    (root / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n\n'
                                         '[tool.pytest.ini_options]\n'
                                         'testpaths = [".", "facts"]\n')
    for name, text in OTHER_YAML.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root


def _counts(out: str) -> dict[str, int]:
    line = out.strip().splitlines()[-1]
    return {k: int(n) for n, k in re.findall(r"(\d+) (passed|failed|xfailed|deselected)", line)}


@pytest.fixture
def proj(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    _project(pytester.path)
    return pytester


def test_g1_g2_same_items_serial_parallel_and_last_failed(proj: pytest.Pytester) -> None:
    serial = proj.runpytest("-q", "-p", "cacheprovider")
    counts = _counts(serial.stdout.str())
    assert counts == {"failed": 5, "passed": 8}, serial.stdout.str()[-600:]
    parallel = proj.runpytest("-q", "-n", "2")
    assert _counts(parallel.stdout.str()) == counts
    last = proj.runpytest("-q", "-p", "cacheprovider", "--lf")
    assert _counts(last.stdout.str()) == {"failed": 5}


def test_g3_select_by_keyword(proj: pytest.Pytester) -> None:
    result = proj.runpytest("-q", "-k", "drone and accounting")
    assert _counts(result.stdout.str()) == {"failed": 1, "passed": 1, "deselected": 11}
    result = proj.runpytest("-q", "-k", "quote:drones_launched")
    assert _counts(result.stdout.str()) == {"passed": 2, "deselected": 11}
    result = proj.runpytest("-q", "-k", "yaml-alias")
    assert _counts(result.stdout.str()) == {"failed": 1, "deselected": 12}


def test_g4_bad_sheets_collect_as_located_items(proj: pytest.Pytester) -> None:
    result = proj.runpytest("--collect-only", "-q", "facts/unclosed.yaml", "facts/binary.yaml",
                            "facts/alias_bomb.yaml")
    out = result.stdout.str()
    for item in ("facts/unclosed.yaml::yaml-syntax:9", "facts/binary.yaml::binary:1",
                 "facts/alias_bomb.yaml::yaml-alias:3"):
        assert item in out
    assert "error" not in out.lower().replace("errors", "")


def test_g5_yaml_that_is_no_sheet_is_not_collected(proj: pytest.Pytester) -> None:
    out = proj.runpytest("--collect-only", "-q").stdout.str()
    assert all(n not in out for n in OTHER_YAML)
    named = proj.runpytest("--collect-only", "-q", *OTHER_YAML).stdout.str()
    assert all(n in named for n in OTHER_YAML)  # named on the command line: collected


def test_g9_a_file_name_that_is_not_utf8(proj: pytest.Pytester) -> None:
    raw = bytes(proj.path / "facts") + b"/bad\xff\xfename.yaml"
    with open(raw, "wb") as f:
        f.write(GOOD.read_bytes())
    # (pytest's own cache cannot store such a node id: it is left out here)
    result = proj.runpytest("-q", "-p", "no:cacheprovider")
    assert _counts(result.stdout.str()) == {"failed": 5, "passed": 13}
    assert "Traceback" not in result.stdout.str()
