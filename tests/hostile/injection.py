"""The injection project of findings H/C8: a sheet and document that try to smuggle
workflow commands, terminal escapes, raw HTML, links and bidi overrides into output."""

from __future__ import annotations

from pathlib import Path

# H7: a quote over the first two lines, with a workflow command on its own line;
# H8: terminal escapes (clear screen, colour, window title); C8: a right-to-left override.
DOC = ("Russia launched 114 drones\n::error file=README.md,line=1::CLI-INJECTED\novernight. "
       "Alarm: \x1b[2J\x1b[31m66 drones\x1b]0;pwned\x07 launched, Russia said. "
       "The count was \u202e411\u202c drones, Russia said.\n")

SHEET = r'''document: seeds/doc.txt
published: 2025-04-26
title: "T <script>alert(1)</script></textarea><img src=x onerror=alert(2)>\n\n\
  # INJECTED HEADING\n\n[click](javascript:alert(4))"
sources:
  r: {name: "Russia", kind: "javascript:alert(3)"}
  s: {name: "S <img src=x onerror=alert(5)>"}
facts:
  launched:
    value: 115
    unit: drone
    source: r
    quote: "Russia launched 114 drones\n::error file=README.md,line=1::CLI-INJECTED\novernight."
  alarm:
    value: 67
    unit: drone
    source: r
    quote: "Alarm: \e[2J\e[31m66 drones\e]0;pwned\a launched"
  count:
    value: 411
    unit: drone
    source: r
    quote: "The count was \u202e411\u202c drones"
  piped:
    value: 66
    unit: drone
    source: s
    quote: "A | pipe | 66 `tick`\r\n::error file=README.md,line=1::INJECTED%0A\e[2J\
      \e]0;pwned\a drones"
statements:
  st:
    text: "<script>alert(6)</script>"
    stances:
      - {source: r, stance: affirms, quote: "|x|\r\n::warning::INJECTED-STANCE"}
'''

RAW_CONTROLS = ("\x1b", "\x07", "\u202e", "\u202c", "\r")


def injection_project(root: Path) -> Path:
    (root / "facts").mkdir(parents=True, exist_ok=True)
    (root / "seeds").mkdir(exist_ok=True)
    (root / "pyproject.toml").write_text('[tool.factcheck]\nfacts = ["facts"]\n')
    (root / "seeds" / "doc.txt").write_text(DOC, encoding="utf-8")
    (root / "facts" / "inj.yaml").write_text(SHEET, encoding="utf-8")
    return root


def command_lines(text: str) -> list[str]:
    """Lines a GitHub runner would read as workflow commands (it trims leading space)."""
    return [ln for ln in text.splitlines() if ln.lstrip().startswith("::")]
