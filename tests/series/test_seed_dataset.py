"""The seed article's 114/66/31 against the air force's own row for the night."""

from __future__ import annotations

from factcheck.pipeline import run
from tests.conftest import make_project

KEYS = ("drones_launched", "drones_destroyed", "decoys_lost")


def _claims(root):
    result = run([root / "facts"], root)
    return result, {o.result.key.rsplit("/", 1)[1]: o for o in result.claims
                    if o.result.key.startswith("ua/overnight-attack/2025-04-26/")}


def test_seed_counts_agree_with_the_air_force_row(project):
    result, claims = _claims(project)
    assert not result.problems
    for key, stated in zip(KEYS, (114, 66, 31), strict=True):
        claim = claims[key]
        assert claim.verdict == "agree"
        facts = {r.fact: (r.lower, r.source, r.via) for r in claim.result.rows}
        assert facts == {key: (stated, "ua_air_force", None),
                         f"dataset_{key}": (stated, "ua_air_force", None)}


def test_a_changed_row_is_a_conflict(tmp_path):
    make_project(tmp_path)
    csv = tmp_path / "data" / "airforce-attacks" / "seed-night.csv"
    csv.write_text(csv.read_text().replace(",114.0,66.0,31.0,", ",114.0,67.0,31.0,"))
    result, claims = _claims(tmp_path)
    assert claims["drones_destroyed"].verdict == "conflict"
    assert "67" in claims["drones_destroyed"].message
    assert claims["drones_launched"].verdict == "agree"
    assert result.exit_code() == 1


def test_a_changed_data_file_is_not_served_from_the_cache(tmp_path):
    import subprocess
    import sys

    make_project(tmp_path)

    def check() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "factcheck", "check", "--no-report"],
                              cwd=tmp_path, capture_output=True, text=True, timeout=120)

    assert check().returncode == 0  # cached now
    assert (tmp_path / ".factcheck-cache").exists()
    csv = tmp_path / "data" / "airforce-attacks" / "seed-night.csv"
    csv.write_text(csv.read_text().replace(",114.0,66.0,31.0,", ",114.0,67.0,31.0,"))
    second = check()
    assert second.returncode == 1
    assert "claim:ua/overnight-attack/2025-04-26/drones_destroyed" in second.stdout
