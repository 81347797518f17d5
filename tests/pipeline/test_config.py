"""`[tool.factcheck]` settings reach the engine through both front ends."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.config import ConfigError, load_config
from factcheck.pipeline import run
from factcheck.report import build_report
from tests.conftest import make_project

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "second_outlet"


def _config(root: Path, extra: str) -> None:
    (root / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n' + extra)


def _fact(report, fid: str):
    return next(f for f in report.sheets[0].facts if f.id == fid)


def test_approx_tolerance_applies_to_approximate_facts_without_their_own(tmp_path: Path):
    make_project(tmp_path)
    default = build_report(run([tmp_path / "facts"], tmp_path, config=load_config(tmp_path)))
    assert _fact(default, "kursk_area_km2").interval == "[1250, 1350] km²"
    assert _fact(default, "vatican_meeting_minutes").interval == "[10, 20] min"
    _config(tmp_path, 'approx_tolerance = "50%"\n')
    wide = build_report(run([tmp_path / "facts"], tmp_path, config=load_config(tmp_path)))
    assert _fact(wide, "kursk_area_km2").interval == "[650, 1950] km²"
    assert _fact(wide, "vatican_meeting_minutes").interval == "[10, 20] min"  # its own
    assert _fact(wide, "drones_launched").interval == "114"  # exact facts unchanged


def test_claim_tolerance_widens_cross_source_comparison(tmp_path: Path):
    make_project(tmp_path)
    shutil.copy(FIXTURE / "second_outlet.txt", tmp_path / "seeds")
    shutil.copy(FIXTURE / "second_outlet.yaml", tmp_path / "facts")
    key = "ua/overnight-attack/2025-04-26/drones_destroyed"

    def verdict() -> str:
        result = run([tmp_path / "facts"], tmp_path, config=load_config(tmp_path))
        return next(o.verdict for o in result.claims if o.result.key == key)

    assert verdict() == "conflict"  # 66 vs 67
    _config(tmp_path, 'claim_tolerance = "1%"\n')
    assert verdict() == "agree"
    _config(tmp_path, "claim_tolerance = 0.4\n")
    assert verdict() == "conflict"


@pytest.mark.parametrize(("extra", "fragment"), [
    ('approx_tolerance = "ten"\n', "approx_tolerance must be a number"),
    ("claim_tolerance = -1\n", "claim_tolerance must be a number"),
    ('reprots = "x"\n', "unknown [tool.factcheck] key(s) reprots"),
    ("facts = 5\n", "facts must be a list of directory paths"),
    ("facts = [1]\n", "facts must be a list of directory paths"),
])
def test_bad_config_is_a_clear_error(tmp_path: Path, extra: str, fragment: str):
    make_project(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[tool.factcheck]\n" + extra)
    with pytest.raises(ConfigError, match=re.escape(fragment)):
        load_config(tmp_path)
    r = subprocess.run([sys.executable, "-m", "factcheck", "check"], cwd=tmp_path,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and fragment in r.stderr and "Traceback" not in r.stderr


def test_claim_tolerance_never_widens_dates(tmp_path: Path, seed_text: str):
    sheet = seed_text.replace("  meeting_date:\n    value: 2025-04-26\n",
                              "  meeting_date:\n    value: 2025-04-26\n    key: meeting\n")
    other = sheet.replace("  meeting_date:\n    value: 2025-04-26\n",
                          "  meeting_date:\n    value: 2025-04-25\n")
    make_project(tmp_path, sheet)
    (tmp_path / "facts" / "other.yaml").write_text(other)
    _config(tmp_path, 'claim_tolerance = "5%"\n')
    result = run([tmp_path / "facts"], tmp_path)
    meeting = next(o for o in result.claims if o.result.key == "meeting")
    assert meeting.verdict == "conflict"
