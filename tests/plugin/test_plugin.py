"""The pytest plugin: one item per check, quote and claim; failures at file:line."""

from __future__ import annotations

import re

import pytest

from tests.conftest import make_project


@pytest.fixture
def seeded(pytester: pytest.Pytester):
    make_project(pytester.path)
    return pytester


def _mutate(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


def test_each_check_and_quote_is_an_item(seeded: pytest.Pytester, seed_text: str):
    result = seeded.runpytest("--collect-only", "-q", "facts")
    out = result.stdout.str()
    assert "facts/seed.yaml::drone-accounting" in out
    assert "facts/seed.yaml::quote:drones_destroyed" in out
    assert "facts/seed.yaml::claim:nk/troops-deployed-to-russia" in out
    n_checks = len(re.findall(r"^  [a-z0-9-]+:\n    (rule|validator):", seed_text, re.M))
    assert n_checks >= 10
    assert sum(1 for line in out.splitlines() if line.startswith("facts/seed.yaml::")
               and "::quote:" not in line and "::claim:" not in line) == n_checks


def test_seed_sheet_passes(seeded: pytest.Pytester):
    result = seeded.runpytest("facts", "-q")
    assert result.ret == 0
    outcomes = result.parseoutcomes()
    assert "failed" not in outcomes and outcomes["passed"] > 40


def test_changing_31_to_51_fails_exactly_the_drone_check(seeded: pytest.Pytester,
                                                          seed_text: str):
    bad = _mutate(seed_text, "    value: 31\n", "    value: 51\n")
    (seeded.path / "facts" / "seed.yaml").write_text(bad)
    line = bad.splitlines().index("  drone-accounting:") + 1
    result = seeded.runpytest("facts", "-q", "-rf")
    out = result.stdout.str()
    failed = re.findall(r"^FAILED (\S+)", out, re.M)
    checks = [f for f in failed if "::quote:" not in f and "::claim:" not in f]
    assert checks == ["facts/seed.yaml::drone-accounting"]
    # the quote still says 31, so grounding reports that too, and the air force's own
    # row (data/airforce-attacks) disagrees with 51
    assert failed == ["facts/seed.yaml::quote:decoys_lost", "facts/seed.yaml::drone-accounting",
                      "facts/seed.yaml::claim:ua/overnight-attack/2025-04-26/decoys_lost"]
    assert f"facts/seed.yaml:{line}: check `drone-accounting` (parts_within) violated" in out
    assert "66 + 51 = 117 > 114" in out


def test_expected_violation_is_strict_xfail(seeded: pytest.Pytester, seed_text: str):
    sheet = seed_text + (
        "  documented-discrepancy:\n"
        "    rule: killed_yarova + killed_yarova == killed_total\n"
        "    expect: violated\n"
        "    reason: the source double counts Yarova\n")
    (seeded.path / "facts" / "seed.yaml").write_text(sheet)
    result = seeded.runpytest("facts", "-q", "-k", "documented")
    result.assert_outcomes(xfailed=1)
    # when the discrepancy disappears the check fails (strict xfail)
    fixed = sheet.replace("killed_yarova + killed_yarova", "killed_yarova + killed_dnipropetrovsk")
    (seeded.path / "facts" / "seed.yaml").write_text(fixed)
    result = seeded.runpytest("facts", "-q", "-k", "documented")
    result.assert_outcomes(failed=1)
    assert "XPASS(strict)" in result.stdout.str()


def test_bad_sheet_is_a_failing_item_and_others_still_run(seeded: pytest.Pytester):
    (seeded.path / "facts" / "broken.yaml").write_text(
        "document: seeds/000_1973e27dd785980b.txt\nfacts:\n  a: {value: 1, quote: x}\n"
        "  a: {value: 2, quote: y}\n")
    result = seeded.runpytest("facts", "-q", "-rf")
    out = result.stdout.str()
    assert "facts/broken.yaml:4:3: duplicate-key: duplicate key `a` (first at line 3)" in out
    outcomes = result.parseoutcomes()
    assert outcomes["failed"] == 1 and outcomes["passed"] > 40


def test_junit_xml_carries_file_and_line(seeded: pytest.Pytester):
    seeded.runpytest("facts", "-q", "--junitxml=out.xml")
    xml = (seeded.path / "out.xml").read_text()
    assert '<property name="file" value="facts/seed.yaml"' in xml
    assert re.search(r'<property name="line" value="\d+"', xml)


def test_works_with_xdist(seeded: pytest.Pytester):
    result = seeded.runpytest_subprocess("facts", "-q", "-n", "2", "-p", "xdist")
    assert result.ret == 0, result.stdout.str()
    assert re.search(r"\d+ passed", result.stdout.str())


def test_works_without_autoload(seeded: pytest.Pytester, monkeypatch):
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    result = seeded.runpytest_subprocess("facts", "-q", "-p", "factcheck.pytest_plugin")
    assert result.ret == 0, result.stdout.str()
    assert re.search(r"[4-9]\d passed", result.stdout.str())


def test_github_annotations_and_step_summary(seeded: pytest.Pytester, seed_text: str,
                                             monkeypatch):
    (seeded.path / "facts" / "seed.yaml").write_text(
        seed_text.replace("    value: 31\n", "    value: 51\n"))
    summary = seeded.path / "summary.md"
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = seeded.runpytest_subprocess("facts", "-q", "-n", "2", "-p", "xdist")
    out = result.stdout.str()
    line = seed_text.splitlines().index("  drone-accounting:") + 1
    assert f"::error file=facts/seed.yaml,line={line},title=drone-accounting::" \
           "66 + 51 = 117 > 114" in out
    text = summary.read_text()
    assert "### factcheck:" in text and "3 failed" in text  # + the claim against the data
    assert f"facts/seed.yaml:{line}" in text


def test_annotation_escaping():
    from factcheck.ci import Failure, annotation, annotations

    line = annotation(Failure("facts/a,b.yaml", 3, "x:y", "50% off\nsecond line"))
    assert line == "::error file=facts/a%2Cb.yaml,line=3,title=x%3Ay::50%25 off%0Asecond line"
    many = annotations([Failure("f.yaml", i, "t", "m") for i in range(1, 15)])
    assert len(many) == 11 and many[-1].startswith("::warning::")


def test_session_end_report_written_under_xdist(seeded: pytest.Pytester):
    result = seeded.runpytest_subprocess("facts", "-q", "-n", "2", "-p", "xdist",
                                         "--factcheck-report")
    assert result.ret == 0
    data = (seeded.path / "reports" / "consistency.json").read_text()
    assert '"schema_version": 1' in data
    assert not list((seeded.path / "reports").glob("*.tmp"))


def test_a_project_without_tool_factcheck_is_left_alone(pytester):
    """An unrelated project's facts/*.yaml (hostname: web1) is not collected."""
    pytester.makefile(".toml", pyproject="[tool.other]\nx = 1\n")
    (pytester.path / "facts").mkdir()
    (pytester.path / "facts" / "hosts.yaml").write_text("hostname: web1\n")
    pytester.makepyfile(test_ok="def test_ok():\n    assert True\n")
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
