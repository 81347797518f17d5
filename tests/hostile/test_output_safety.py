"""Findings H1-H8, C8, G8: sheet and document text cannot inject into any output.

Terminal, Markdown, HTML, pytest and annotation output of the injection project
(:mod:`.injection`) carry no raw control or bidi character, no workflow command
line, no raw HTML and no link; every escape goes through :mod:`factcheck.escape`.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from factcheck import escape
from factcheck.ci import Failure, annotation
from factcheck.cli import main

from .injection import RAW_CONTROLS, command_lines, injection_project


@pytest.fixture
def inj(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(injection_project(tmp_path))
    monkeypatch.delenv("CI", raising=False)
    return tmp_path


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _no_raw_controls(text: str) -> None:
    assert not [c for c in RAW_CONTROLS if c in text], [c for c in RAW_CONTROLS if c in text]


def test_h7_h8_cli_table_shows_escapes_and_plants_no_command(inj: Path, capsys) -> None:
    code, out, _ = _cli(capsys, "check", "--no-report", "--output-format", "table")
    assert code == 1
    _no_raw_controls(out)
    assert command_lines(out) == []
    assert r'"Russia launched 114 drones\n::error' in out  # the line break is shown
    assert r"Alarm: \x1b[2J\x1b[31m66" in out and r"pwned\x07" in out
    # tabulate wraps the nearest-passage text so `::error` begins a line: it is broken
    assert ":\\:error file=README.md" in out


def test_h8_c8_cli_markdown_output_is_escaped(inj: Path, capsys) -> None:
    _, out, _ = _cli(capsys, "check", "--no-report", "--format", "markdown")
    _no_raw_controls(out)
    assert r"\\x1b[2J" in out and r"\\u202e411\\u202c" in out


def test_h2_h3_h4_markdown_report_title_cells_and_rows(inj: Path, capsys) -> None:
    _cli(capsys, "check")
    md = (inj / "reports" / "consistency.md").read_text(encoding="utf-8")
    _no_raw_controls(md)
    assert not [ln for ln in md.splitlines() if ln.startswith("#") and "INJECTED" in ln]
    assert not re.search(r"(?<!\\)\]\(javascript:", md)  # no inline link
    assert "<script" not in md and "<img" not in md
    assert "*T &lt;script>alert(1)&lt;/script>" in md  # the title, on one line
    assert "[click\\](javascript:alert(4))" in md
    assert "A \\| pipe \\| 66 \\`tick\\` ::error" in md  # \r\n became one space, | escaped
    for table in re.findall(r"(?:^\|.*\n)+", md, re.M):  # \r never splits a row
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in table.splitlines()}
        assert len(widths) == 1, table
    assert "&lt;script>alert(6)&lt;/script>" in md  # statement text in a cell


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def test_h1_c8_html_report_stays_escaped(inj: Path, capsys) -> None:
    _cli(capsys, "check")
    files = [inj / "reports" / "index.html", *sorted((inj / "reports" / "sheets").iterdir())]
    pages = [p.read_text(encoding="utf-8") for p in files]
    page = "".join(pages)
    parser = _Tags()
    parser.feed(page)
    names = [t for t, _ in parser.tags]
    assert names.count("script") == len(pages)
    assert not {"img", "iframe", "textarea"} & set(names)
    attrs = [(k, v or "") for _, a in parser.tags for k, v in a.items()]
    assert not [k for k, _ in attrs if k.startswith("on")]
    assert not [v for k, v in attrs if k in ("href", "src") and "javascript:" in v]
    for ch in ("\x1b", "\x07", "\u202e", "\u202c"):
        assert ch not in page
    assert "The count was \\u202e411\\u202c drones" in page


def test_h6_h8_g8_pytest_failure_text_and_annotations(pytester: pytest.Pytester,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    injection_project(pytester.path)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    result = pytester.runpytest("-q", "facts")
    out = result.stdout.str()
    _no_raw_controls(out)
    commands = command_lines(out)
    assert commands, out  # factcheck's own annotations are there ...
    assert all(c.startswith("::error file=facts/inj.yaml,line=") for c in commands), commands
    assert len(commands) == result.parseoutcomes()["failed"]  # ... each on its own line (G8)
    assert "INJECTED-STANCE" not in "".join(commands)
    assert r"quote:    Russia launched 114 drones\n::error file=README.md" in out


def test_h5_annotation_escapes_data_properties_and_controls() -> None:
    line = annotation(Failure("facts/a,b.yaml", 3, "quote:d", "x\r\n::error::y %0A \x1b[2J \u202e"))
    assert line == (r"::error file=facts/a%2Cb.yaml,line=3,title=quote%3Ad::"
                    r"x%0D%0A::error::y %250A \x1b[2J \u202e")


def test_escape_functions() -> None:
    assert escape.terminal("a\nb\x1b[2J\u202e\udcff") == r"a\nb\x1b[2J\u202e\xff"
    assert escape.no_commands("ok\n   ::error::x\n::warning::y") == \
        "ok\n   :\\:error::x\n:\\:warning::y"
    assert escape.markdown("a|b\r\nc <b>x</b> a < b [1, 2] [l](u) &amp; `c`") == \
        r"a\|b c &lt;b>x&lt;/b> a < b [1, 2] [l\](u) &amp;amp; \`c\`"
    assert escape.markdown_code("a`b``c\n") == "```a`b``c ```"
    assert escape.html_text("<a>\n\t\x1b\u2067") == "&lt;a&gt;\n\t\\x1b\\u2067"
