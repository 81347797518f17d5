"""Section G of the reliability findings (the pytest plugin), a polite plugin, and
annotations that GitHub reads: each case a test run by a real pytest."""

from __future__ import annotations

import re

import pytest

from tests.cli.scratch import GOOD, scratch

BAD = GOOD.replace("    value: 31\n", "    value: 51\n")  # a violated check, an ungrounded quote


@pytest.fixture
def failing(pytester: pytest.Pytester) -> pytest.Pytester:
    scratch(pytester.path, sheet=BAD)
    return pytester


@pytest.mark.parametrize("args", [("-q",), ("-n", "2", "-p", "xdist"),
                                  ("-q", "-n", "2", "-p", "xdist")],
                         ids=["q", "n2", "q-n2"])
def test_g8_every_annotation_starts_its_own_line(failing: pytest.Pytester, monkeypatch, args):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    result = failing.runpytest_subprocess("-p", "no:cacheprovider", *args)
    lines = result.stdout.lines
    marked = [ln for ln in lines if "::error" in ln]
    assert len(marked) == 2, result.stdout.str()
    assert all(ln.startswith("::error file=facts/good.yaml,line=") for ln in marked)
    assert any("title=drone-accounting::66 + 51 = 117 > 114" in ln for ln in marked)


def test_g1_g2_g3_outcomes_last_failed_and_selection(failing: pytest.Pytester):
    first = failing.runpytest("-q")
    first.assert_outcomes(failed=2, passed=3)
    again = failing.runpytest("-q", "--lf")
    again.assert_outcomes(failed=2)
    chosen = failing.runpytest("-q", "-k", "drone and accounting")
    chosen.assert_outcomes(failed=1, deselected=4)


def test_g1_the_same_outcomes_under_xdist(failing: pytest.Pytester):
    result = failing.runpytest_subprocess("-q", "-p", "no:cacheprovider", "-n", "2",
                                          "-p", "xdist")
    result.assert_outcomes(failed=2, passed=3)


def test_g4_unreadable_sheets_named_on_the_command_line(pytester: pytest.Pytester):
    scratch(pytester.path)
    (pytester.path / "facts" / "unclosed.yaml").write_text("document: [seeds/article.txt\n")
    (pytester.path / "facts" / "binary.yaml").write_bytes(b"\x00\x01\x02\xff" * 10)
    result = pytester.runpytest("--collect-only", "-q", "facts/unclosed.yaml",
                                "facts/binary.yaml")
    out = result.stdout.str()
    assert "facts/unclosed.yaml::yaml-syntax:" in out and "facts/binary.yaml::binary:1" in out
    assert "error" not in out.lower().split("collected")[0]


def test_g5_other_yaml_is_collected_only_when_named(pytester: pytest.Pytester):
    scratch(pytester.path)
    (pytester.path / "config").mkdir()
    (pytester.path / "config" / "settings.yaml").write_text("debug: no\n")
    (pytester.path / "docker-compose.yml").write_text("services: {}\n")
    result = pytester.runpytest("--collect-only", "-q")
    out = result.stdout.str()
    assert "facts/good.yaml::drone-accounting" in out
    assert "settings.yaml" not in out and "docker-compose" not in out
    named = pytester.runpytest("--collect-only", "-q", "config/settings.yaml").stdout.str()
    assert "config/settings.yaml::yaml-bool:1" in named


def test_g6_hidden_directories_are_skipped_with_facts_dot(pytester: pytest.Pytester):
    scratch(pytester.path, '[tool.factcheck]\nfacts = ["."]\n')
    (pytester.path / ".github" / "workflows").mkdir(parents=True)
    (pytester.path / ".github" / "workflows" / "ci.yml").write_text("on: [push]\n")
    result = pytester.runpytest("-q", "-p", "no:cacheprovider", "-o", "norecursedirs=")
    result.assert_outcomes(passed=5)
    named = pytester.runpytest("-q", "-p", "no:cacheprovider", ".github/workflows/ci.yml")
    named.assert_outcomes(failed=1)
    assert "yaml-bool" in named.stdout.str()


def test_g7_one_node_id_per_item_and_colons_in_keys(pytester: pytest.Pytester):
    """`k[place=x]` as a key is refused (so it cannot clash with key k at place x); a key
    with `::` gets a node id that selects it."""
    sheet = GOOD.replace("    value: 114\n", "    value: 114\n    key: k[place=x]\n").replace(
        "    value: 66\n", "    value: 66\n    key: k\n    scope: {place: x}\n").replace(
        "    value: 31\n", "    value: 31\n    key: a::b\n")
    scratch(pytester.path, sheet=sheet)
    out = pytester.runpytest("--collect-only", "-q").stdout.str()
    ids = [ln for ln in out.splitlines() if ln.startswith("facts/good.yaml::")]
    assert len(ids) == len(set(ids)), out
    assert "facts/good.yaml::invalid-value:9" in ids
    assert {i for i in ids if "::claim:" in i} == {"facts/good.yaml::claim:a:.:b",
                                                   "facts/good.yaml::claim:k[place=x]"}
    pytester.runpytest("-q", "facts/good.yaml::claim:a:.:b").assert_outcomes(passed=1)


def test_g9_a_file_name_that_is_not_utf8(pytester: pytest.Pytester):
    scratch(pytester.path, sheet=None)
    (pytester.path / "facts").joinpath(b"bad\xff.yaml".decode("utf-8", "surrogateescape")) \
        .write_text(GOOD)
    result = pytester.runpytest_subprocess("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=5)


@pytest.mark.parametrize("config", [None, "[tool.other]\nx = 1\n"], ids=["none", "other"])
def test_an_unrelated_project_runs_untouched(pytester: pytest.Pytester, config):
    """Not a factcheck project: its facts/hostname.yaml is not collected, not judged."""
    if config is not None:
        pytester.makefile(".toml", pyproject=config)
    (pytester.path / "facts").mkdir()
    (pytester.path / "facts" / "hostname.yaml").write_text("hostname: web1\n")
    pytester.makepyfile(test_ok="def test_ok():\n    assert True\n")
    result = pytester.runpytest("-p", "no:cacheprovider", "-v")
    result.assert_outcomes(passed=1)
    assert "hostname.yaml" not in result.stdout.str()
    assert not (pytester.path / "reports").exists()


def test_the_explicit_option_collects_sheets_without_tool_factcheck(pytester: pytest.Pytester):
    scratch(pytester.path, config=None, sheet=BAD)
    pytester.runpytest("-q", "-p", "no:cacheprovider").assert_outcomes()
    result = pytester.runpytest("-q", "-p", "no:cacheprovider", "--factcheck")
    result.assert_outcomes(failed=2, passed=3)


def test_annotation_data_comes_from_the_outcome_not_the_failure_text(failing, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    out = failing.runpytest("-q", "-p", "no:cacheprovider").stdout.str()
    grounding = [ln for ln in out.splitlines() if "title=quote%3Adecoys_lost" in ln]
    assert len(grounding) == 1
    assert re.search(r"::value 51 is not written in the quote", grounding[0])


def test_annotations_end_an_open_progress_line(monkeypatch):
    """Whatever pytest has left on the current line, the first annotation starts a new one."""
    import io

    from _pytest._io import TerminalWriter
    from _pytest.terminal import TerminalReporter

    from factcheck.ci import Failure
    from factcheck.pytest_plugin import SessionReporter

    class Config:
        pass

    out = io.StringIO()
    tr = TerminalReporter.__new__(TerminalReporter)
    tr._tw = TerminalWriter(out)
    tr.currentfspath = None
    tr._tw.write("....F    [100%]")  # a progress line pytest has not ended
    reporter = SessionReporter.__new__(SessionReporter)
    reporter.config, reporter.errors = Config(), []
    reporter.failures = [Failure("facts/a.yaml", 3, "c", "m")]
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    reporter.pytest_terminal_summary(tr)
    assert out.getvalue().splitlines() == ["....F    [100%]",
                                           "::error file=facts/a.yaml,line=3,title=c::m"]


def test_other_tests_with_file_properties_are_not_annotated(pytester, monkeypatch):
    """A project's own test that records `file` and `line` is not a fact-sheet failure."""
    scratch(pytester.path)
    pytester.makepyfile(test_own="def test_own(record_property):\n"
                        "    record_property('file', 'x.py')\n"
                        "    record_property('line', 1)\n"
                        "    assert False\n")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = pytester.runpytest("-q", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1, passed=5)
    assert "::error" not in result.stdout.str()
